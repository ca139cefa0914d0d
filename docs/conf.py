"""
Sphinx configuration for relwatch's documentation.
"""

import os
import shutil
import typing

from importlib import metadata
from pathlib import Path

import attrs


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
exclude_patterns = ["_build", "_generated"]

default_role = "any"
autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"exclude-members": "__new__, __init__"}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"relwatch {release}"

# Every cross-reference must resolve.  Without a network intersphinx cannot
# fetch inventories, and -W turns that into a failure: RELWATCH_DOCS_OFFLINE=1
# (set by .ci/run) drops them, and only references to other projects' names
# (dotted identifiers outside relwatch) go unchecked; relwatch's own must
# still resolve, and a docstring line that Napoleon misreads as "type:
# description" (a "type" with spaces in it) still fails.
nitpicky = True
nitpick_ignore = [
    # Type variables: Sphinx links them, and they have no page.
    ("py:class", "T"),
    ("py:class", "relwatch.serialization.T"),
    ("py:class", "relwatch.interop.arrow.R"),
    # pyarrow documents these as pyarrow.Schema and pyarrow.Table.
    ("py:class", "pyarrow.lib.Schema"),
    ("py:class", "pyarrow.lib.Table"),
]
if os.environ.get("RELWATCH_DOCS_OFFLINE"):
    intersphinx_mapping = {}
    nitpick_ignore_regex = [
        (r"py:.*", r"(?!relwatch\.)[A-Za-z_][\w.]*"),
        # Other projects' dotted names in the default role, `any`:
        # `~typing.TypedDict`.
        ("any", r"~?(?!relwatch\.)[A-Za-z_]\w*\.[\w.]+"),
    ]
else:
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
        "cattrs": ("https://catt.rs/en/stable/", None),
        "hypothesis": ("https://hypothesis.readthedocs.io/en/latest/", None),
    }

# The JSON Schema files, served where their $id says they are: an $id is
# https://relwatch.readthedocs.io/schema/relwatch-1.0/article.schema.json,
# and the schema folder of the repository is copied to schema/ at the root
# of the built site.
SCHEMA_SOURCE = Path(__file__).parent.parent / "schema"
html_extra_path = ["_generated/extra"]


# -- the model diagram, drawn from the classes at every build -----------------


def _label(hint):
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is tuple:
        name, inner = _label(args[0])
        return f"[{name}]", inner
    if len(args) == 1:
        return _label(args[0])
    return getattr(hint, "__name__", str(hint)), hint


def _tree(cls, prefix="", seen=()):
    lines = []
    hints = typing.get_type_hints(cls)
    nested = []
    for field in attrs.fields(cls):
        label, inner = _label(hints[field.name])
        if attrs.has(inner):
            nested.append((field.name, label, inner))
    for i, (name, label, inner) in enumerate(nested):
        last = i == len(nested) - 1
        lines.append(f"{prefix}{'└── ' if last else '├── '}{name}: {label}")
        if inner not in seen:
            more = prefix + ("    " if last else "│   ")
            lines += _tree(inner, more, (*seen, inner))
    return lines


def _write_model_diagram(app):
    import relwatch

    text = "\n".join(
        ["Article", *_tree(relwatch.Article, seen=(relwatch.Article,))]
    )
    target = Path(app.srcdir) / "_generated" / "model-tree.txt"
    target.parent.mkdir(exist_ok=True)
    if (
        not target.exists()
        or target.read_text(encoding="utf-8") != text + "\n"
    ):
        target.write_text(text + "\n", encoding="utf-8")


def _write_taxonomy_table(app):
    from relwatch._taxonomy import taxonomy

    lines = [
        "| kind | phase | CAMEO | CAMEO name | Goldstein | PLOVER | mode |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    notes = []
    for (kind, phase), codes in taxonomy().items():
        lines.append(
            f"| `{kind.value}` | {phase.value} | `{codes.cameo}` | "
            f"{codes.cameo_name} | {codes.goldstein:+.1f} | {codes.plover} | "
            f"{codes.plover_mode or ''} |"
        )
        if codes.note:
            notes.append(f"- `{kind.value}` ({phase.value}): {codes.note}")
    text = "\n".join([*lines, "", "Notes on the rows:", "", *notes]) + "\n"
    target = Path(app.srcdir) / "_generated" / "taxonomy-table.md"
    target.parent.mkdir(exist_ok=True)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def copy_schemas(app, config=None):
    """
    Copy the JSON Schema files to where html_extra_path serves them.
    """
    target = Path(app.confdir) / "_generated" / "extra" / "schema"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(SCHEMA_SOURCE, target)


def setup(app):
    # Before Sphinx checks that html_extra_path exists (priority 800).
    app.connect("config-inited", copy_schemas, priority=100)
    app.connect("builder-inited", _write_model_diagram)
    app.connect("builder-inited", _write_taxonomy_table)
