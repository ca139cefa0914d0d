import collections
import csv
import re
import runpy
import sys

from pathlib import Path

import duckdb
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
        The Dask example parses and extracts every bundled page in worker
        processes and reports the statements and events that extracting
        the pages one by one finds.
        """
        script = str(EXAMPLES[0].parent / "dask_pipeline.py")
        monkeypatch.setattr("sys.argv", [script])
        runpy.run_path(script, run_name="__main__")
        out = capsys.readouterr().out
        pages = sorted((EXAMPLES[0].parent / "pages").glob("*.txt"))
        articles = [
            relwatch.extract(relwatch.parse_article(p.read_text("utf-8")))
            for p in pages
        ]
        kinds = collections.Counter(
            e.kind.value for a in articles for e in a.events
        )

        assert kinds
        assert (
            f"pages: {len(pages)}, articles: {len(pages)}, failures: 0" in out
        )
        assert f"statements: {sum(len(a.statements) for a in articles)}" in out
        assert (
            "events by kind: "
            + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
            in out
        )

    def test_dask_pipeline_reads_each_page_once(self, monkeypatch, tmp_path):
        """
        The Dask example parses and extracts each page once, not once per
        result it reports (written articles and failures).
        """
        pipeline = runpy.run_path(str(EXAMPLES[0].parent / "dask_pipeline.py"))
        calls = collections.Counter()

        def counted(name):
            function = getattr(relwatch, name)

            def call(arg):
                calls[name] += 1
                return function(arg)

            return call

        for name in ("parse_article", "extract"):
            monkeypatch.setattr(relwatch, name, counted(name))
        pages = len(list((EXAMPLES[0].parent / "pages").glob("*.txt")))

        summary = pipeline["run"](
            str(EXAMPLES[0].parent / "pages"), str(tmp_path), scheduler="sync"
        )

        assert pages == summary["articles"]
        assert {"parse_article": pages, "extract": pages} == calls

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


class TestExtractEvents:
    SCRIPT = str(EXAMPLES[0].parent / "extract_events.py")

    def run(self, monkeypatch, *args):
        monkeypatch.setattr("sys.argv", [self.SCRIPT, *args])
        runpy.run_path(self.SCRIPT, run_name="__main__")

    def test_prints_who_met_whom_and_who_said_what(
        self, capsys, monkeypatch, tmp_path
    ):
        """
        DuckDB finds the invented host visit, the planned visit and the
        meeting on a summit's sidelines, and the quotes that name a state,
        and the GDELT rows code the visit that took place from both sides.
        """
        self.run(monkeypatch, "--out", str(tmp_path))
        out = capsys.readouterr().out

        for line in (
            r"2025-04-08  host_visit  occurred +Gabor Farkas \(HUN\) +Rauf Mammadli \(AZE\)",
            r"2025-05 +visit +planned +Salim Al-Harthy \(OMN\) +Kuwait \(KWT\)",
            r"2025-04-09  meeting +occurred +Dewi Kartika \(IDN\) +Noura Al-Suwaidi \(ARE\)",
            r" +meeting +postponed +Egypt \(EGY\) +Ethiopia \(ETH\)",
            r"Majed Al-Hajri +direct +Egypt, Ethiopia +What matters is that",
            r"Tomas Vaitkus +indirect +Belarus, Lithuania +Lithuania would keep",
            r"20250408  GABOR FARKAS +HUN +042 +RAUF MAMMADLI +AZE",
            r"20250408  RAUF MAMMADLI +AZE +043 +GABOR FARKAS +HUN",
            r"20250414  EUROPEAN UNION +163 +BELARUS +BLR +4 +-8.0",
        ):
            assert re.search(line, out), line

    def test_writes_tables_that_duckdb_reads(
        self, capsys, monkeypatch, tmp_path
    ):
        """
        --out gets events, quotes and actors as Parquet and the GDELT rows
        as TSV, and nothing else: an interrupted quote is two rows with
        their speaker, the sanction its codes, participants and evidence.
        """
        self.run(monkeypatch, "--out", str(tmp_path))
        printed = capsys.readouterr().out

        assert {
            "actors.parquet",
            "events.parquet",
            "events.gdelt.tsv",
            "quotes.parquet",
        } == {p.name for p in tmp_path.iterdir()}
        assert [
            ("Our partnership rests on energy,", "direct", "AZE", "told"),
            (
                "and on the trust our peoples have built over thirty years.",
                "direct",
                "AZE",
                "told",
            ),
        ] == duckdb.sql(
            "select text, kind, speaker_country, cue"
            f" from '{tmp_path}/quotes.parquet'"
            " where speaker = 'Rauf Mammadli' and kind = 'direct'"
        ).fetchall()
        assert [
            (
                "2025-04-14",
                "163",
                "SANCTION",
                "European Union",
                "Belarus",
                "BLR",
                True,
            )
        ] == duckdb.sql(
            'select "when", cameo, plover, initiator, recipient,'
            " recipient_country,"
            " list_bool_or([contains(t, 'imposed new sanctions on Belarus')"
            "               for t in evidence])"
            f" from '{tmp_path}/events.parquet' where kind = 'sanction'"
        ).fetchall()
        with (tmp_path / "events.gdelt.tsv").open(encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        assert f"events.gdelt.tsv: {len(rows)} rows" in printed
        assert {"036", "041", "042", "043", "044", "057", "112", "163"} <= {
            r["EventCode"] for r in rows
        }

    def test_leaves_the_repository_alone(self, capsys, monkeypatch):
        """
        Without --out the tables go to a temporary folder, never into the
        repository.
        """
        examples = EXAMPLES[0].parent
        before = sorted(examples.rglob("*"))

        self.run(monkeypatch)

        assert "tables in " in capsys.readouterr().out
        assert before == sorted(examples.rglob("*"))

    def test_names_the_extra_when_duckdb_is_missing(self, monkeypatch):
        """
        Without duckdb or pyarrow the script exits with the extra to
        install, not a traceback.
        """
        monkeypatch.setitem(sys.modules, "duckdb", None)

        with pytest.raises(
            SystemExit, match=r"duckdb is missing.*relwatch\[examples\]"
        ):
            self.run(monkeypatch)
