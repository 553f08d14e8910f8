# ruff: noqa: INP001  (Sphinx reads this file by path: docs/ is no package)
"""Sphinx configuration: Markdown pages through MyST, the API reference through autodoc.

Build with warnings as errors: ``sphinx-build -W --keep-going -b html docs build/docs``.
"""

from importlib import metadata

project = "minzheng"
author = "The minzheng developers"
project_copyright = "The minzheng developers, MIT License"
release = metadata.version("minzheng")
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
language = "en"

myst_heading_anchors = 3
myst_enable_extensions = ["deflist"]

# The docstrings are reStructuredText (``literal``, :class:`Role`), read as written.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
add_module_names = False
python_display_short_literal_types = True

html_theme = "furo"
html_title = f"minzheng {release}"
html_show_sourcelink = False
