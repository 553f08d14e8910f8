"""The text layer: normalization with an offset map, noise zones, numbers and dates."""
