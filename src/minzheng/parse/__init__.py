"""The parsing stages: metadata, sections, money, programs, run by :mod:`pipeline`."""
