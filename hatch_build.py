"""
Keeps compiled modules out of the source tree.

The opt-in mypyc hook (see pyproject.toml) compiles in place, beside the
sources, and Python imports an extension module before the ``.py`` of the
same name: a compiled ``_dateline`` left in ``src/`` would silently shadow
every later edit of ``_dateline.py`` in an editable install.  So every
build removes them once the wheel holds them, or when it stops half-way
(an error, Ctrl-C), and a pure build removes stale ones first.
"""

from __future__ import annotations

import atexit

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


# What mypyc writes: a module per source file, and one shared library
# for them all at the top of the source directory.
_COMPILED = ("relwatch/**/*.so", "relwatch/**/*.pyd", "*__mypyc.*")


class SourceTreeGuard(BuildHookInterface):  # type: ignore[type-arg]
    """
    Removes compiled modules from ``src/`` around each build.
    """

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        compiling = "mypyc" in build_data["build_hooks"]
        if compiling:
            # finalize runs only when the wheel is written: a build that
            # fails or is interrupted after compiling must clean up too.
            atexit.register(self._remove_compiled)
        if compiling and version == "editable":
            msg = (
                "the compiled build is for wheels: an editable install "
                "runs the sources themselves; unset "
                "HATCH_BUILD_HOOK_ENABLE_MYPYC"
            )
            raise RuntimeError(msg)
        if not compiling:
            self._remove_compiled()

    def finalize(
        self, version: str, build_data: dict[str, Any], artifact_path: str
    ) -> None:
        self._remove_compiled()

    def _remove_compiled(self) -> None:
        sources = Path(self.root) / "src"
        for pattern in _COMPILED:
            for path in sources.glob(pattern):
                path.unlink()
