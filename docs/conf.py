"""
Sphinx configuration for relwatch's documentation.
"""

import os

from importlib import metadata


project = "relwatch"
author = "relwatch developers"
copyright = "2026, relwatch developers"
release = metadata.version("relwatch")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",  # renders the {doctest} blocks that Sybil runs
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
]
myst_enable_extensions = ["colon_fence", "deflist", "smartquotes"]
myst_heading_anchors = 3
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]

default_role = "any"
autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"exclude-members": "__new__, __init__"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"relwatch {release}"

# Without a network intersphinx cannot fetch inventories, and -W turns that
# into a failure: RELWATCH_DOCS_OFFLINE=1 (set by .ci/run) switches it off.
if os.environ.get("RELWATCH_DOCS_OFFLINE"):
    intersphinx_mapping = {}
else:
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
        "cattrs": ("https://catt.rs/en/stable/", None),
    }
    nitpicky = True
