"""
Which build of relwatch a benchmark measures: pure Python, or compiled with
mypyc (docs/installation.md, "Faster parsing: the compiled build").
"""

from __future__ import annotations

from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from types import ModuleType


def build(*modules: ModuleType) -> str:
    """
    The build that *modules*, the ones a benchmark times, come from.
    """
    # mypyc's modules are extension modules; a pure install's are sources.
    files = [m.__file__ or "" for m in modules]
    if all(f.endswith(".py") for f in files):
        return "pure Python"
    if any(f.endswith(".py") for f in files):
        return "partly compiled with mypyc"
    return "compiled with mypyc"
