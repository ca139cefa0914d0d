import inspect
import json
import os
import pickle
import runpy
import subprocess
import sys
import tarfile
import tomllib
import zipfile

from importlib import metadata
from pathlib import Path

import pytest

import relwatch


ROOT = Path(__file__).parent.parent
SCHEMAS = sorted((ROOT / "schema").rglob("*.schema.json"))
BUILD_SDIST = (
    "import sys; from hatchling.build import build_sdist; "
    "print(build_sdist(sys.argv[1]))"
)
BUILD = (
    "import sys; from hatchling import build; "
    "print(getattr(build, sys.argv[1])(sys.argv[2]))"
)
HOOKS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
    "tool"
]["hatch"]["build"]["targets"]["wheel"]["hooks"]
COMPILED = HOOKS["mypyc"]["include"]
# CI also runs the suite against the installed compiled wheel, from a copy
# of the project without src/: tests of the build itself need the sources.
NEEDS_SOURCES = pytest.mark.skipif(
    not (ROOT / "src").is_dir(), reason="builds from the source tree"
)
# What mypyc leaves beside the sources when it compiles in place.
STALE = (
    "src/relwatch/_lines.cpython-311-x86_64-linux-gnu.so",
    "src/0123abcd__mypyc.cpython-311-x86_64-linux-gnu.so",
)


@pytest.fixture(name="sdist", scope="module")
def _sdist(tmp_path_factory):
    """
    The source distribution, built offline with the project's own backend,
    and unpacked.
    """
    out = tmp_path_factory.mktemp("dist")
    name = subprocess.run(
        [sys.executable, "-c", BUILD_SDIST, str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    with tarfile.open(out / name) as archive:
        archive.extractall(out, filter="data")
    (unpacked,) = (p for p in out.iterdir() if p.is_dir())
    return unpacked


class TestSourceDistribution:
    def test_holds_what_the_tests_read(self, sdist):
        """
        The schema files, sample pages, fixtures, docs and build hook are
        all in the source distribution.
        """
        wanted = [
            *SCHEMAS,
            *(ROOT / "examples").rglob("*.txt"),
            *(ROOT / "tests" / "fixtures").rglob("*.json"),
            *(ROOT / "docs").glob("*.md"),
            ROOT / "conftest.py",
            ROOT / "pyproject.toml",
            ROOT / "hatch_build.py",  # a wheel built from it needs its hook
        ]
        relative = sorted(str(p.relative_to(ROOT)) for p in wanted)

        assert SCHEMAS
        assert [] == [p for p in relative if not (sdist / p).is_file()]

    def test_schema_tests_pass_unpacked(self, sdist):
        """
        The tests that compare the committed schema files with the code
        pass in the unpacked source distribution.
        """
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:randomly",
                "tests/test_schema.py",
                "-k",
                "committed_files_match",
            ],
            cwd=sdist,
            capture_output=True,
            text=True,
            check=False,
        )

        assert 0 == result.returncode, result.stdout[-2000:]
        assert f"{len(SCHEMAS)} passed" in result.stdout


class TestPublishedSchemas:
    def test_docs_serve_each_schema_at_its_id(self, tmp_path):
        """
        The docs build copies every schema file to the path its $id names
        below the documentation's address.
        """
        conf = runpy.run_path(str(ROOT / "docs" / "conf.py"))
        app = type("App", (), {"confdir": str(tmp_path)})()
        conf["copy_schemas"](app)
        urls = dict(
            url.split(", ", 1)
            for url in metadata.metadata("relwatch").get_all("Project-URL")
        )
        site = tmp_path / conf["html_extra_path"][0]

        for path in SCHEMAS:
            schema = json.loads(path.read_text(encoding="utf-8"))
            served = schema["$id"].removeprefix(urls["Documentation"])

            assert served != schema["$id"]
            assert path.read_bytes() == (site / served).read_bytes()


@pytest.fixture(name="project")
def _project(tmp_path):
    """
    A copy of what a wheel is built from, with compiled modules left
    beside the sources as an earlier compiled build leaves them.
    """
    project = tmp_path / "project"
    for name in ("pyproject.toml", "hatch_build.py", "README.md", "LICENSE"):
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_bytes((ROOT / name).read_bytes())
    for source in (ROOT / "src" / "relwatch").rglob("*"):
        if source.is_file() and "__pycache__" not in source.parts:
            copy = project / source.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(source.read_bytes())
    for stale in STALE:
        (project / stale).write_bytes(b"not a module")
    return project


# The guard's part of a compiled wheel build that then fails: what mypyc
# compiled (here, the fixture's stale modules) is still in src/.
STOPPED_BUILD = """
from hatch_build import SourceTreeGuard
guard = SourceTreeGuard(".", {}, None, None, "dist", "wheel")
guard.initialize("standard", {"build_hooks": ["custom", "mypyc"]})
raise RuntimeError("stopped after compiling")
"""


def build(project, hook, out, **env):
    """
    Run hatchling's PEP 517 *hook* on *project*, writing to *out*.
    """
    return subprocess.run(
        [sys.executable, "-c", BUILD, hook, str(out)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **env},
    )


class TestCompiledBuild:
    @NEEDS_SOURCES
    def test_compiles_modules_that_exist(self):
        """
        Each module the opt-in mypyc build compiles is a module of the
        package, so a rename cannot silently drop it from the build.
        """
        assert COMPILED
        assert [] == [m for m in COMPILED if not (ROOT / m).is_file()]

    def test_entry_points_stay_python(self):
        """
        The public parsers, the extractor and the date resolvers are
        defined in modules that are never compiled, so they raise
        relwatch's errors for wrong types in either build.
        """
        package = Path(relwatch.__file__).parent
        for parse in (
            relwatch.parse_dateline,
            relwatch.parse_article,
            relwatch.extract,
            relwatch.resolve_date,
            relwatch.find_dates,
        ):
            defined_in = sys.modules[parse.__globals__["__name__"]].__file__
            assert defined_in is not None
            path = f"src/relwatch/{Path(defined_in).relative_to(package)}"

            assert path.endswith(".py")
            assert path not in COMPILED

    def test_entry_point_is_its_own_function(self):
        """
        The exported parser pickles as itself (for multiprocessing) and
        shows its annotated signature and documentation in either build.
        """
        parse = relwatch.parse_dateline
        signature = inspect.signature(parse)

        assert parse is pickle.loads(pickle.dumps(parse))
        assert "str" == signature.parameters["text"].annotation
        assert "Dateline" == signature.return_annotation
        assert "dateline" in (parse.__doc__ or "")

    @NEEDS_SOURCES
    def test_pure_build_removes_stale_compiled_modules(self, project):
        """
        A default wheel build removes compiled modules left in src/, where
        they would shadow the sources, and ships pure Python.
        """
        out = project / "dist"
        result = build(project, "build_wheel", out)

        assert 0 == result.returncode, result.stderr[-2000:]
        wheel = out / result.stdout.strip()
        assert wheel.name.endswith("-py3-none-any.whl")
        with zipfile.ZipFile(wheel) as archive:
            assert [] == [
                n for n in archive.namelist() if n.endswith((".so", ".pyd"))
            ]
        assert [] == [s for s in STALE if (project / s).exists()]

    @NEEDS_SOURCES
    def test_editable_compiled_build_refused(self, project):
        """
        Asking for the compiled build of an editable install fails with a
        message that says why, before anything is compiled.
        """
        result = build(
            project,
            "build_editable",
            project / "dist",
            HATCH_BUILD_HOOK_ENABLE_MYPYC="true",
        )

        assert 0 != result.returncode
        assert "an editable install runs the sources" in result.stderr
        assert [] == [s for s in STALE if (project / s).exists()]

    @NEEDS_SOURCES
    def test_compiled_build_stopped_half_way_cleans_up(self, project):
        """
        A compiled build that stops after compiling, by an error or
        Ctrl-C, still leaves no compiled module beside the sources.
        """
        stopped = subprocess.run(
            [sys.executable, "-c", STOPPED_BUILD],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
        )

        assert "stopped after compiling" in stopped.stderr
        assert [] == [s for s in STALE if (project / s).exists()]
