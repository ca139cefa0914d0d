import io
import json
import runpy
import subprocess
import sys

from pathlib import Path

import pytest

import relwatch

from relwatch import _cli
from relwatch._cli import main


PAGES = Path(__file__).parent.parent / "examples" / "pages"
GOOD = (
    " date 2025-04-04 (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, April 4 (KUNA) -- "
    "The foreign minister received the visiting envoy on Friday.\n"
)


def _write(path, data):
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return str(path)


class TestParse:
    def test_folder_to_file(self, tmp_path, capsys):
        """
        Every *.txt page of a folder becomes one article a line.
        """
        out = tmp_path / "articles.jsonl"

        status = main(["parse", str(PAGES), "-o", str(out)])

        pages = list(PAGES.rglob("*.txt"))
        with out.open(encoding="utf-8") as f:
            articles = list(relwatch.load_jsonl(f, relwatch.Article))
        assert 0 == status
        assert len(pages) == len(articles)
        assert (
            f"{len(pages)} pages parsed into {out}" in capsys.readouterr().err
        )

    def test_folders_recursively_txt_only(self, tmp_path, capsys):
        """
        Folders are searched recursively for *.txt pages, in sorted order;
        other files are left alone.
        """
        (tmp_path / "sub").mkdir()
        _write(
            tmp_path / "sub" / "b.txt", GOOD.replace("envoy", "second envoy")
        )
        _write(tmp_path / "a.txt", GOOD)
        _write(tmp_path / "notes.md", "# not a page")

        status = main(["parse", str(tmp_path)])

        bodies = [
            relwatch.from_json(relwatch.Article, line).body
            for line in capsys.readouterr().out.splitlines()
        ]
        assert 0 == status
        assert [
            "envoy on Friday." in bodies[0],
            "second envoy" in bodies[1],
        ] == [True, True]

    def test_standard_input_and_output(self, monkeypatch, capsys):
        """
        `-` reads a page from standard input; without -o the articles go to
        standard output.
        """
        monkeypatch.setattr(
            sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode()))
        )

        status = main(["parse", "-"])

        out = capsys.readouterr().out
        assert 0 == status
        assert (
            "KUWAIT"
            == relwatch.from_json(relwatch.Article, out).dateline.place
        )

    def test_reference(self, tmp_path, capsys):
        """
        --reference dates pages whose dateline has no year.
        """
        page = _write(
            tmp_path / "p.txt",
            "(MENAFN- KUNA) KUWAIT, April 4 (KUNA) -- The envoy arrived.",
        )

        main(["parse", page, "--reference", "2025-04-05"])

        article = relwatch.from_json(relwatch.Article, capsys.readouterr().out)
        assert "2025-04-04" == str(article.published)

    def test_bad_pages_reported_not_fatal(self, tmp_path, capsys):
        """
        Empty and undecodable pages are reported as path: reason, the rest
        are written, and the status is 1.
        """
        empty = _write(tmp_path / "empty.txt", "")
        binary = _write(tmp_path / "binary.txt", b"\xff\xfe\x00\x81garbage")
        good = _write(tmp_path / "good.txt", GOOD)
        out = tmp_path / "out.jsonl"

        status = main(["parse", empty, binary, good, "-o", str(out)])

        err = capsys.readouterr().err
        assert 1 == status
        assert f"{empty}: no article text" in err
        assert f"{binary}: not UTF-8 text (byte 0: b'\\xff')" in err
        assert "1 of 3 pages parsed" in err
        assert 1 == len(out.read_text(encoding="utf-8").splitlines())

    def test_skip(self, tmp_path, capsys):
        """
        --errors skip leaves bad pages out quietly and succeeds.
        """
        empty = _write(tmp_path / "empty.txt", "")
        good = _write(tmp_path / "good.txt", GOOD)

        status = main(["parse", empty, good, "--errors", "skip"])

        captured = capsys.readouterr()
        assert 0 == status
        assert empty not in captured.err
        assert "1 failed" in captured.err
        assert 1 == len(captured.out.splitlines())

    def test_fail_keeps_the_old_output(self, tmp_path, capsys):
        """
        --errors fail stops at the first bad page and leaves the previous
        output file untouched: output is replaced only when complete.
        """
        out = _write(tmp_path / "out.jsonl", "previous contents\n")
        good = _write(tmp_path / "a.txt", GOOD)
        empty = _write(tmp_path / "b.txt", "")

        status = main(["parse", good, empty, "-o", out, "--errors", "fail"])

        assert 1 == status
        assert "previous contents\n" == Path(out).read_text(encoding="utf-8")
        assert [
            p.name for p in tmp_path.iterdir() if p.name.startswith(".")
        ] == []

    @pytest.mark.parametrize(
        ("argv", "message"),
        [
            (
                ["parse", "no/such/page.txt"],
                "no/such/page.txt: no such file or folder",
            ),
            (["parse", "{empty}"], "no *.txt pages in"),
            (
                ["parse", str(PAGES), "-o", "no/such/folder/out.jsonl"],
                "cannot write here: no folder",
            ),
        ],
    )
    def test_usage_errors(self, argv, message, tmp_path, capsys):
        """
        Missing inputs, a folder without pages and an unwritable output are
        usage errors: one line, status 2.
        """
        empty = tmp_path / "empty"
        empty.mkdir()
        argv = [a.replace("{empty}", str(empty)) for a in argv]

        status = main(argv)

        err = capsys.readouterr().err
        assert 2 == status
        assert message in err
        assert "Traceback" not in err
        assert 1 == len(err.splitlines())

    def test_output_folder_not_writable(self, tmp_path, capsys, monkeypatch):
        """
        An output folder that refuses new files is a usage error too.
        """

        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(_cli.tempfile, "mkstemp", refuse)

        status = main(["parse", str(PAGES), "-o", str(tmp_path / "out.jsonl")])

        assert 2 == status
        assert (
            "cannot write here: Permission denied" in capsys.readouterr().err
        )

    def test_bad_reference(self, capsys):
        """
        A reference that is not a date is a usage error.
        """
        assert 2 == main(["parse", str(PAGES), "--reference", "2025-13-01"])
        assert "is not a date (YYYY-MM-DD)" in capsys.readouterr().err


class TestProgress:
    class _Terminal(io.StringIO):
        def isatty(self):
            return True

    def test_drawn_on_a_terminal(self):
        """
        More than a screenful of pages on a terminal shows done/total, rate
        and failures, ending with a newline.
        """
        stream = self._Terminal()
        progress = _cli._Progress(60, stream)
        for done in range(1, 61):
            progress.update(done, 2, final=done == 60)

        assert "60/60 pages" in stream.getvalue()
        assert "2 failed" in stream.getvalue()
        assert stream.getvalue().endswith("\n")

    def test_silent_otherwise(self):
        """
        Small jobs and non-terminals draw nothing.
        """
        small, piped = self._Terminal(), io.StringIO()
        _cli._Progress(10, small).update(10, 0, final=True)
        _cli._Progress(100, piped).update(100, 0, final=True)

        assert "" == small.getvalue() == piped.getvalue()


class TestValidate:
    def test_valid(self, tmp_path, capsys):
        """
        A file of valid documents passes with status 0.
        """
        path = tmp_path / "a.jsonl"
        main(["parse", str(PAGES), "-o", str(path)])

        assert 0 == main(["validate", str(path)])
        assert "documents valid" in capsys.readouterr().out

    def test_corrupt_line_in_the_middle(self, tmp_path, capsys):
        """
        Each problem is printed as FILE:LINE: path: what; status 1.
        """
        good = relwatch.to_json(relwatch.Article(body="Talks resumed."))
        path = _write(
            tmp_path / "a.jsonl",
            f'{good}\n{{"body": "x", "outlet": 5, "extra": 1}}\n{{"body": "trunc\n\n{good}',
        )

        status = main(["validate", path])

        err = capsys.readouterr().err.splitlines()
        assert 1 == status
        assert f"{path}:2: $.outlet: expected a string, got 5 (int)" in err
        assert (
            f"{path}:2: $.extra: unknown key (not a field of Article)" in err
        )
        assert any(
            line.startswith(f"{path}:3: $: not valid JSON") for line in err
        )
        assert (
            "relwatch: 2 of 4 documents invalid" == err[-1]
        )  # blank line skipped

    def test_json_document_and_types(self, tmp_path, capsys):
        """
        A .json file is one document; --type picks the record type; a newer
        major version is reported with its line.
        """
        actor = _write(
            tmp_path / "actor.json",
            relwatch.to_json(relwatch.Actor(name="Iran")),
        )
        newer = _write(
            tmp_path / "newer.jsonl",
            '{"schema": "relwatch/9.0", "name": "Iran"}',
        )
        missing = str(tmp_path / "missing.jsonl")

        assert 0 == main(["validate", "--type", "actor", actor])
        assert 1 == main(["validate", "--type", "actor", newer, missing])
        err = capsys.readouterr().err
        assert f"{newer}:1: the document is relwatch/9.0" in err
        assert f"{missing}: No such file or directory" in err


class TestSchemaAndConvert:
    def test_schema(self, capsys):
        """
        schema prints the JSON Schema, Article by default.
        """
        assert 0 == main(["schema"])
        assert "Article" == json.loads(capsys.readouterr().out)["title"]
        assert 0 == main(["schema", "event"])
        assert (
            "DiplomaticEvent" == json.loads(capsys.readouterr().out)["title"]
        )

    def test_convert_round_trip(self, tmp_path):
        """
        JSON Lines to a JSON array and back gives the same records.
        """
        lines = tmp_path / "a.jsonl"
        main(["parse", str(PAGES), "-o", str(lines)])
        array, back = tmp_path / "a.json", tmp_path / "b.jsonl"

        assert 0 == main(["convert", str(lines), "-o", str(array)])
        assert 0 == main(["convert", str(array), "-o", str(back)])
        assert isinstance(json.loads(array.read_text(encoding="utf-8")), list)
        assert lines.read_text(encoding="utf-8") == back.read_text(
            encoding="utf-8"
        )

    @pytest.mark.parametrize(
        ("source", "target", "message"),
        [
            (
                '{"body": "x"}',
                "out.json",
                "expected a JSON array of documents",
            ),
            ("[]", "no/such/out.parquet", "cannot write here"),
        ],
    )
    def test_convert_usage_errors(
        self, tmp_path, capsys, source, target, message
    ):
        """
        A JSON file that is not an array, and Parquet output, are refused.
        """
        path = _write(tmp_path / "in.json", source)

        assert 2 == main(["convert", path, "-o", str(tmp_path / target)])
        assert message in capsys.readouterr().err

    def test_convert_parquet(self, tmp_path):
        """
        JSON Lines to Parquet and back gives the same records.
        """
        lines = tmp_path / "a.jsonl"
        main(["parse", str(PAGES), "-o", str(lines)])
        parquet, back = tmp_path / "a.parquet", tmp_path / "b.jsonl"

        assert 0 == main(["convert", str(lines), "-o", str(parquet)])
        assert 0 == main(["convert", str(parquet), "-o", str(back)])
        assert lines.read_text(encoding="utf-8") == back.read_text(
            encoding="utf-8"
        )

    def test_parquet_without_pyarrow(self, tmp_path, capsys, monkeypatch):
        """
        Without the arrow extra, Parquet is a usage error saying what to
        install.
        """
        monkeypatch.setitem(sys.modules, "relwatch.interop.arrow", None)
        path = _write(tmp_path / "in.jsonl", "")

        assert 2 == main(
            ["convert", path, "-o", str(tmp_path / "out.parquet")]
        )
        assert "pip install 'relwatch[arrow]'" in capsys.readouterr().err

    def test_bad_input_is_one_line_unless_debug(self, tmp_path, capsys):
        """
        A bad document stops convert with one line and status 1; --debug
        shows the traceback instead.
        """
        path = _write(tmp_path / "in.jsonl", '{"body": 5}\n')
        out = str(tmp_path / "out.json")

        assert 1 == main(["convert", path, "-o", out])
        assert (
            "relwatch: line 1: $.body: expected a string"
            in capsys.readouterr().err
        )
        with pytest.raises(relwatch.ValidationError):
            main(["--debug", "convert", path, "-o", out])


class TestCommand:
    def test_version_and_help(self, capsys):
        """
        --version and --help succeed; no command is a usage error.
        """
        assert 0 == main(["--version"])
        assert f"relwatch {relwatch.__version__}" in capsys.readouterr().out
        assert 0 == main(["parse", "--help"])
        assert (
            "relwatch parse examples/pages -o articles.jsonl"
            in capsys.readouterr().out
        )
        assert 2 == main([])

    def test_installed_script_and_module(self, tmp_path):
        """
        The console script and python -m relwatch run the same command.
        """
        script = Path(sys.executable).parent / "relwatch"
        version = subprocess.run(
            [str(script), "--version"],
            capture_output=True,
            text=True,
            check=False,
        )
        schema = subprocess.run(
            [sys.executable, "-m", "relwatch", "schema", "actor"],
            capture_output=True,
            text=True,
            check=False,
        )
        missing = subprocess.run(
            [
                sys.executable,
                "-m",
                "relwatch",
                "parse",
                str(tmp_path / "none.txt"),
            ],
            capture_output=True,
            text=True,
            check=False,
        )

        assert (0, f"relwatch {relwatch.__version__}") == (
            version.returncode,
            version.stdout.strip(),
        )
        assert "Actor" == json.loads(schema.stdout)["title"]
        assert 2 == missing.returncode
        assert "Traceback" not in missing.stderr

    def test_module_and_script_entry_points(self, monkeypatch, capsys):
        """
        python -m relwatch and the console script's entry point exit with
        main's status.
        """
        monkeypatch.setattr(sys, "argv", ["relwatch", "--version"])

        with pytest.raises(SystemExit) as module_exit:
            runpy.run_module("relwatch", run_name="__main__")
        with pytest.raises(SystemExit) as script_exit:
            _cli.main_exit()

        assert 0 == module_exit.value.code == script_exit.value.code
        assert 2 == capsys.readouterr().out.count("relwatch ")
