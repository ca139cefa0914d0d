import json
import runpy
import subprocess
import sys
import tarfile

from importlib import metadata
from pathlib import Path

import pytest


ROOT = Path(__file__).parent.parent
SCHEMAS = sorted((ROOT / "schema").rglob("*.schema.json"))
BUILD_SDIST = (
    "import sys; from hatchling.build import build_sdist; "
    "print(build_sdist(sys.argv[1]))"
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
        The schema files, sample pages, fixtures and docs are all in the
        source distribution.
        """
        wanted = [
            *SCHEMAS,
            *(ROOT / "examples").rglob("*.txt"),
            *(ROOT / "tests" / "fixtures").rglob("*.json"),
            *(ROOT / "docs").glob("*.md"),
            ROOT / "conftest.py",
            ROOT / "pyproject.toml",
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
