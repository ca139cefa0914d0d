import runpy

from pathlib import Path

import pytest

import relwatch


EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.py"))


class TestExamples:
    def test_examples_exist(self):
        """
        The examples folder is found, so the tests below are not vacuous.
        """
        assert EXAMPLES

    @pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
    def test_runs(self, path, capsys, monkeypatch):
        """
        Every example runs offline as a script and prints something.
        """
        monkeypatch.setattr("sys.argv", [str(path)])
        runpy.run_path(str(path), run_name="__main__")

        assert capsys.readouterr().out.strip()

    def test_dask_pipeline(self, capsys, monkeypatch):
        """
        The Dask example parses every bundled page and reports the summary.
        """
        script = str(EXAMPLES[0].parent / "dask_pipeline.py")
        monkeypatch.setattr("sys.argv", [script])
        runpy.run_path(script, run_name="__main__")
        pages = len(list((EXAMPLES[0].parent / "pages").glob("*.txt")))

        assert (
            f"pages: {pages}, articles: {pages}, failures: 0"
            in capsys.readouterr().out
        )

    def test_sample_article(self, capsys):
        """
        The sample article prints each record with the codes its status
        gives: a planned visit is intent (036 / AGREE), the call that took
        place is 041 / CONSULT by phone.
        """
        runpy.run_path(
            str(EXAMPLES[0].parent / "sample_article.py"), run_name="__main__"
        )
        out = capsys.readouterr().out

        assert "person:massoud-pezeshkian" in out
        assert "visit, planned, 2025-04" in out
        assert "CAMEO 036 / PLOVER AGREE" in out
        assert "phone_call, occurred, 2025-03-31" in out
        assert "CAMEO 041 / PLOVER CONSULT (phone)" in out

    def test_parse_pages(self, capsys, monkeypatch):
        """
        The README's main job parses every bundled page and prints its
        dateline; --jsonl prints documents that read back.
        """
        script = str(EXAMPLES[0].parent / "parse_pages.py")
        pages = sorted((EXAMPLES[0].parent / "pages").glob("*.txt"))
        runpy.run_path(script, run_name="__main__")
        out = capsys.readouterr().out

        assert len(pages) == out.count("  dateline: ")
        assert "place='KUWAIT' date=2024-12-30 agency='KUNA'" in out
        monkeypatch.setattr("sys.argv", [script, "--jsonl"])
        runpy.run_path(script, run_name="__main__")
        lines = capsys.readouterr().out.splitlines()
        assert len(pages) == len(
            list(relwatch.load_jsonl(lines, relwatch.Article))
        )
