import ast
import subprocess
import sys

from importlib import metadata
from pathlib import Path

import pytest

import relwatch

from relwatch import Actor, ActorKind, _checks


class TestPackage:
    def test_version_from_metadata(self):
        """
        __version__ is the installed distribution's version.
        """
        assert metadata.version("relwatch") == relwatch.__version__

    def test_version_from_an_uninstalled_source_tree(self, monkeypatch):
        """
        Without package metadata (the source tree on the path, never
        installed), the version is the one the project's pyproject.toml
        states: the installed one, from the same tree.
        """
        installed = metadata.version("relwatch")

        def not_installed(name):
            raise metadata.PackageNotFoundError(name)

        monkeypatch.setattr(metadata, "version", not_installed)
        # The compiled build's tests run with no source tree beside it.
        pyproject = Path(relwatch.__file__).parents[2] / "pyproject.toml"

        assert (
            installed if pyproject.exists() else "0+unknown"
        ) == relwatch._installed_version()

    def test_source_tree_version_read_from_pyproject(self, tmp_path):
        """
        The source tree's version is its pyproject.toml's project version.
        """
        pyproject = tmp_path / "pyproject.toml"
        pyproject.write_text(
            '[project]\nname = "relwatch"\nversion = "4.5.6"\n'
        )

        assert "4.5.6" == relwatch._source_tree_version(pyproject)

    @pytest.mark.parametrize(
        "text",
        [
            None,
            "[project\n",
            '[tool.other]\nversion = "1.0"\n',
            '[project]\nname = "another"\nversion = "1.0"\n',
            '[project]\nname = "relwatch"\nversion = 1\n',
        ],
        ids=[
            "missing",
            "malformed",
            "no-project",
            "other-project",
            "not-a-string",
        ],
    )
    def test_source_tree_version_unknown(self, tmp_path, text):
        """
        A missing, malformed or foreign pyproject.toml gives the version
        '0+unknown', never an error.
        """
        pyproject = tmp_path / "pyproject.toml"
        if text is not None:
            pyproject.write_text(text)

        assert "0+unknown" == relwatch._source_tree_version(pyproject)

    def test_unknown_attribute(self):
        """
        Other missing attributes still raise AttributeError.
        """
        with pytest.raises(AttributeError, match="no_such_name"):
            _ = relwatch.no_such_name  # type: ignore[attr-defined]

    def test_all_sorted_and_complete(self):
        """
        __all__ is sorted and every name in it exists.
        """
        assert sorted(relwatch.__all__) == relwatch.__all__
        assert all(hasattr(relwatch, name) for name in relwatch.__all__)

    def test_runtime_dependencies(self):
        """
        The only runtime dependencies are attrs, cattrs and python-dateutil.
        """
        requires = metadata.requires("relwatch") or []
        runtime = {
            r.split(">")[0].split("=")[0].split("[")[0].strip()
            for r in requires
            if "extra ==" not in r
        }

        assert {"attrs", "cattrs", "python-dateutil"} == runtime

    def test_import_is_lazy(self):
        """
        Importing relwatch loads neither cattrs, dateutil nor hypothesis, and
        reads no data file.
        """
        code = (
            "import sys, relwatch; "
            "print(sorted(m for m in ('cattrs', 'dateutil', 'hypothesis', "
            "'csv', 'importlib.resources') if m in sys.modules))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

        assert "[]" == out.strip()

    def test_py_typed_shipped(self):
        """
        The package is marked as typed.
        """
        files = metadata.files("relwatch") or []

        assert any(str(f).endswith("relwatch/py.typed") for f in files) or (
            any(str(f).endswith(".pth") for f in files)  # editable install
        )


class TestCountryList:
    def test_real_list(self):
        """
        The bundled list is the 249 official ISO 3166-1 alpha-3 codes.
        """
        names = _checks.country_names()

        assert 249 == len(set(names) - {"XKX"})
        assert "Azerbaijan" == names["AZE"]
        assert "Iran, Islamic Republic of" == names["IRN"]
        assert all(len(c) == 3 and c.isupper() for c in names)
        for not_iso in ("EUR", "UNK", "IR"):
            assert not_iso not in names

    def test_kosovo_is_the_one_exception(self):
        """
        XKX (Kosovo) is accepted, and it is the only code from ISO 3166-1's
        user-assigned ranges in the list.
        """
        names = _checks.country_names()

        def user_assigned(code):
            return code.startswith(("AA", "X", "ZZ")) or "QMA" <= code <= "QZZ"

        assert {"XKX": "Kosovo"} == {
            code: name for code, name in names.items() if user_assigned(code)
        }
        assert (
            "state:XKX"
            == Actor(name="Kosovo", kind=ActorKind.STATE, country="XKX").id
        )


def _module_names(tree):
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for target in targets:
            if isinstance(target, ast.Name):
                yield target.id


@pytest.mark.parametrize(
    "module",
    sorted(Path(relwatch.__file__).parent.rglob("*.py")),
    ids=lambda path: str(path.relative_to(Path(relwatch.__file__).parent)),
)
def test_no_module_constant_is_assigned_twice(module):
    """
    No module binds a name twice at its top level: in a long table of
    constants, a second binding silently replaces the first for every
    reader above it.
    """
    names = list(_module_names(ast.parse(module.read_text(encoding="utf-8"))))

    assert [] == sorted(
        {n for n in names if names.count(n) > 1 and n != "__all__"}
    )
