import contextlib
import io
import json
import os
import re
import runpy
import signal
import subprocess
import sys
import time

from pathlib import Path
from unittest import mock

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

import relwatch

from relwatch import _cli, _files
from relwatch._cli import main
from relwatch.interop.arrow import read_parquet
from relwatch.testing import articles

from .strategies import NOT_UTF8, articles_with_line_breaks
from .timing import grows_linearly


PAGES = Path(__file__).parent.parent / "examples" / "pages"
GOOD = (
    " date 2025-04-04 (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, April 4 (KUNA) -- "
    "The foreign minister received the visiting envoy on Friday.\n"
)


# A visit received and a quote: something for extraction to find.
DIPLOMATIC = (
    " date 2025-04-07 (MENAFN- Kuwait News Agency (KUNA)) KUWAIT, April 7 "
    "(KUNA) -- Kuwaiti Foreign Minister Hamad Al-Sabahi received Chilean "
    "Foreign Minister Lucia Pardo in Kuwait City on Monday.\n\n"
    '"Our ports can serve both our peoples," Pardo told reporters after the '
    "talks.\n"
)


def _write(path, data):
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return str(path)


def _run(argv, stdin=b""):
    """
    main(argv) with *stdin* as standard input: (status, stdout, stderr).
    Needs no fixture, so property tests can call it.
    """
    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.object(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin))),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


def _temporaries(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _lines(records):
    return "".join(relwatch.to_json(r) + "\n" for r in records).encode()


def _read_jsonl(path):
    with Path(path).open("rb") as f:
        return list(relwatch.load_jsonl(f, relwatch.Article))


def _found(articles):
    """
    What the summary line says extraction found in *articles*.
    """
    statements = sum(len(a.statements) for a in articles)
    events = sum(len(a.events) for a in articles)
    return (
        f"{statements} statement{'' if statements == 1 else 's'}, "
        f"{events} event{'' if events == 1 else 's'}"
    )


def _sample_articles():
    """
    The sample pages parsed, in the order parse reads them.
    """
    return [
        relwatch.parse_article(page.read_text(encoding="utf-8"))
        for page in sorted(PAGES.glob("*.txt"))
    ]


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
        assert (
            f"{binary}: line 1: not UTF-8 text: byte 0xff at column 1" in err
        )
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
            (
                ["parse", str(PAGES), "-o", "{empty}"],
                "cannot write here: it is a folder",
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

        monkeypatch.setattr(_files, "_temporary", refuse)

        status = main(["parse", str(PAGES), "-o", str(tmp_path / "out.jsonl")])

        assert 2 == status
        assert (
            "cannot write here: Permission denied" in capsys.readouterr().err
        )

    def test_output_through_links_devices_and_descriptors(
        self, tmp_path, capfd
    ):
        """
        -o writes through a symlink to its file, to a character device, and
        to the descriptor that /dev/stdout names; none of them is replaced.
        """
        page = _write(tmp_path / "page.txt", GOOD)
        real = Path(_write(tmp_path / "real.jsonl", "old\n"))
        links = {
            "file": real,
            "device": Path("/dev/null"),
            "stdout": Path("/proc/self/fd/1"),
        }
        for name, target in links.items():
            (tmp_path / name).symlink_to(target)

        statuses = [
            main(["parse", page, "-o", str(tmp_path / name)]) for name in links
        ]

        out = capfd.readouterr().out
        assert [0, 0, 0] == statuses
        assert [True, True, True] == [
            (tmp_path / name).is_symlink() for name in links
        ]
        assert (
            "KUWAIT"
            == relwatch.from_json(
                relwatch.Article, real.read_text(encoding="utf-8")
            ).dateline.place
        )
        assert (
            "KUWAIT"
            == relwatch.from_json(relwatch.Article, out).dateline.place
        )

    def test_format_from_the_extension(self, tmp_path):
        """
        parse -o picks the format by the output's extension, as convert
        does: Parquet, a JSON array, or JSON Lines.
        """
        page = _write(tmp_path / "page.txt", GOOD)
        parquet, array, lines = (
            tmp_path / "a.parquet",
            tmp_path / "a.json",
            tmp_path / "a.jsonl",
        )

        for out in (parquet, array, lines):
            assert 0 == main(["parse", page, "-o", str(out)])

        expected = [relwatch.parse_article(GOOD)]
        assert expected == list(read_parquet(parquet, relwatch.Article))
        assert [relwatch.to_dict(a) for a in expected] == json.loads(
            array.read_text(encoding="utf-8")
        )
        with lines.open("rb") as f:
            assert expected == list(relwatch.load_jsonl(f, relwatch.Article))

    def test_bad_reference(self, capsys):
        """
        A reference that is not a date is a usage error.
        """
        assert 2 == main(["parse", str(PAGES), "--reference", "2025-13-01"])
        assert "is not a date (YYYY-MM-DD)" in capsys.readouterr().err

    def test_extract(self, tmp_path, capsys):
        """
        --extract writes each page's article as relwatch.extract returns
        it, and the summary adds the statements and events found.
        """
        out = tmp_path / "articles.jsonl"

        status = main(["parse", "--extract", str(PAGES), "-o", str(out)])

        expected = [relwatch.extract(a) for a in _sample_articles()]
        assert 0 == status
        assert expected == _read_jsonl(out)
        assert [True, True] == [
            any(a.statements for a in expected),
            any(a.events for a in expected),
        ]
        assert [
            (
                f"relwatch: {len(expected)} pages parsed into {out}; "
                f"{_found(expected)} extracted"
            )
        ] == capsys.readouterr().err.splitlines()

    def test_extract_with_failures(self, tmp_path, capsys):
        """
        With --extract a bad page is reported as without it, and the
        summary counts what the good pages gave.
        """
        empty = _write(tmp_path / "a.txt", "")
        good = _write(tmp_path / "b.txt", DIPLOMATIC)
        out = tmp_path / "out.jsonl"

        status = main(["parse", "--extract", empty, good, "-o", str(out)])

        expected = [relwatch.extract(relwatch.parse_article(DIPLOMATIC))]
        err = capsys.readouterr().err.splitlines()
        assert 1 == status
        assert expected == _read_jsonl(out)
        assert err[0].startswith(f"{empty}: no article text")
        assert (
            f"relwatch: 1 of 2 pages parsed into {out}, 1 failed; "
            f"{_found(expected)} extracted"
        ) == err[-1]

    @pytest.mark.parametrize("suffix", [".jsonl", ".json", ".parquet"])
    def test_extract_in_every_format(self, suffix, tmp_path):
        """
        parse --extract writes JSON Lines, a JSON array and Parquet, each
        reading back as the extracted articles.
        """
        page = _write(tmp_path / "page.txt", DIPLOMATIC)
        out = tmp_path / f"out{suffix}"

        status = main(["parse", "--extract", page, "-o", str(out)])

        expected = [relwatch.extract(relwatch.parse_article(DIPLOMATIC))]
        assert (0, expected) == (status, _records_of(out))


def _records_of(path):
    """
    The articles in a .jsonl, .json or .parquet file.
    """
    path = Path(path)
    if path.suffix == ".parquet":
        return list(read_parquet(path, relwatch.Article))
    if path.suffix == ".json":
        return [
            relwatch.from_dict(relwatch.Article, d)
            for d in json.loads(path.read_text(encoding="utf-8"))
        ]
    return _read_jsonl(path)


class TestProgress:
    class _Terminal(io.StringIO):
        def isatty(self):
            return True

    def _console(self, stream, *, quiet=False):
        return _cli._Console(stream, quiet=quiet)

    def test_drawn_on_a_terminal(self):
        """
        More than a screenful of pages on a terminal shows done/total, rate
        and failures, ending with a newline.
        """
        stream = self._Terminal()
        progress = _cli._Progress(60, self._console(stream))
        for done in range(1, 61):
            progress.update(done, 2)

        assert "60/60 pages" in stream.getvalue()
        assert "2 failed" in stream.getvalue()
        assert stream.getvalue().endswith("\n")

    def test_silent_otherwise(self):
        """
        Small jobs, non-terminals and --quiet draw nothing.
        """
        small, piped, quiet = self._Terminal(), io.StringIO(), self._Terminal()
        _cli._Progress(10, self._console(small)).update(10, 0)
        _cli._Progress(100, self._console(piped)).update(100, 0)
        _cli._Progress(100, self._console(quiet, quiet=True)).update(100, 0)

        assert "" == small.getvalue() == piped.getvalue() == quiet.getvalue()

    @pytest.mark.parametrize(
        ("columns", "bar"),
        [(12, False), (30, False), (50, False), (79, True), (200, True)],
    )
    def test_fits_the_terminal(self, columns, bar, monkeypatch):
        """
        Each progress line is narrower than the terminal, so that it never
        wraps; the bar goes first when room is short.
        """
        monkeypatch.setenv("COLUMNS", str(columns))
        stream = self._Terminal()
        progress = _cli._Progress(1_000_000, self._console(stream))
        for done in (1, 500_000, 1_000_000):
            progress.drawn = 0.0
            progress.update(done, 123_456)

        drawn = [
            line.removesuffix("\x1b[K")
            for line in re.split(r"[\r\n]", stream.getvalue())
            if line
        ]
        assert 3 == len(drawn)
        assert [] == [line for line in drawn if len(line) >= columns]
        assert bar == drawn[-1].startswith("[")

    @pytest.mark.parametrize(("size", "room"), [(60, 59), (0, 79)])
    def test_width_of_a_real_terminal(self, size, room):
        """
        The width comes from the terminal itself; one that does not know
        its size is taken as 80 columns.
        """
        import fcntl
        import struct
        import termios

        main_fd, terminal_fd = os.openpty()
        fcntl.ioctl(
            terminal_fd,
            termios.TIOCSWINSZ,
            struct.pack("HHHH", 24, size, 0, 0),
        )
        with (
            os.fdopen(main_fd, "rb") as screen,
            os.fdopen(terminal_fd, "w", encoding="utf-8") as terminal,
        ):
            # Counts too long for any terminal: cut to its width.
            endless = 10**100
            progress = _cli._Progress(endless, self._console(terminal))
            progress.update(endless, endless)
            drawn = screen.read1(1000).decode()

        assert room == len(drawn.strip("\r\n").removesuffix("\x1b[K"))

    def test_unknown_total(self, monkeypatch):
        """
        A job of unknown size draws nothing while it is small, then done,
        rate and failures with no bar, and ends its line when told to.
        """
        monkeypatch.setenv("COLUMNS", "200")
        stream = self._Terminal()
        progress = _cli._Progress(None, self._console(stream), "article")
        progress.update(50, 0)
        small = stream.getvalue()
        progress.update(51, 1)
        progress.update(70, 2)  # within a tenth of a second: not drawn
        progress.update(70, 2, last=True)

        drawn = stream.getvalue().split("\r")
        assert "" == small
        assert 3 == len(drawn)
        assert re.fullmatch(
            r"51 articles, [\d,]+/s, 1 failed\x1b\[K", drawn[1]
        )
        assert re.fullmatch(
            r"70 articles, [\d,]+/s, 2 failed\x1b\[K\n", drawn[2]
        )

    def test_errors_clear_the_line_first(self, tmp_path, monkeypatch):
        """
        An error reported while the progress line is up clears it first, so
        that it is not written after the bar.
        """
        for n in range(60):
            _write(tmp_path / f"page{n:02}.txt", GOOD)
        bad = _write(tmp_path / "page30.txt", "")
        terminal = self._Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)

        status = main(
            ["parse", str(tmp_path), "-o", str(tmp_path / "a.jsonl")]
        )

        err = terminal.getvalue()
        assert 1 == status
        assert f"\r\x1b[K{bad}: no article text" in err
        assert f"\n{bad}: no article text" not in err


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

        assert 0 == main(["validate", "--type", "actor", actor])
        assert 1 == main(["validate", "--type", "actor", newer])
        assert (
            f"{newer}:1: the document is relwatch/9.0"
            in capsys.readouterr().err
        )

    def test_own_output_with_line_separators(self, tmp_path, capsys):
        """
        What parse wrote validates, also when its text holds U+2028, which
        the JSON writer leaves raw.
        """
        page = _write(
            tmp_path / "p.txt",
            " date 2025-04-04 (MENAFN- Gulf\u2028Times) DOHA, April 4 (QNA) "
            "-- Talks.\n",
        )
        out = str(tmp_path / "p.jsonl")
        main(["parse", page, "-o", out])
        capsys.readouterr()

        status = main(["validate", out])

        assert (0, "1 document valid\n") == (status, capsys.readouterr().out)

    @settings(max_examples=25)
    @given(st.lists(articles_with_line_breaks(), min_size=1, max_size=3))
    def test_line_breaks_inside_lines(self, records):
        """
        For all records whose text holds any character that str.splitlines()
        breaks on, validate accepts them and convert copies them unchanged:
        JSON Lines end at \\n only.
        """
        data = _lines(records)

        validated = _run(["validate", "-"], data)
        converted = _run(["convert", "-", "-o", "-"], data)

        assert (0, f"{len(records)} document") == (
            validated[0],
            validated[1][: len(f"{len(records)} document")],
        )
        assert (0, data.decode()) == converted[:2]

    def test_invalid_utf8_is_one_bad_line(self, tmp_path, capsys):
        """
        An invalid byte makes its line invalid, with its number; every other
        line is still checked.
        """
        lines = _lines(
            relwatch.Article(body=f"Talks {n} resumed.") for n in range(2000)
        ).replace(b"Talks 1000", b"Ta\xfflks 1000")
        path = _write(tmp_path / "bad.jsonl", lines)

        status = main(["validate", path])

        assert 1 == status
        assert [
            f"{path}:1001: $: not UTF-8 text: byte 0xff at column 36",
            "relwatch: 1 of 2000 documents invalid",
        ] == capsys.readouterr().err.splitlines()

    @settings(max_examples=40)
    @given(
        st.lists(
            st.tuples(
                st.booleans(),
                st.sampled_from(NOT_UTF8),
            ),
            min_size=1,
            max_size=8,
        )
    )
    def test_each_undecodable_line_reported(self, lines):
        """
        For all streams with invalid UTF-8 on some lines, validate reports
        each such line once, by number, and counts every other line valid.
        """
        data = b"".join(
            _lines([relwatch.Article(body=f"Talks {n}.")]).replace(
                b"Talks", b"Talks" + junk if bad else b"Talks"
            )
            for n, (bad, junk) in enumerate(lines)
        )
        bad_lines = [n for n, (bad, _) in enumerate(lines, start=1) if bad]

        status, _, err = _run(["validate", "-"], data)

        reported = [
            int(line.split(":")[1])
            for line in err.splitlines()
            if line.startswith("<stdin>:")
        ]
        assert (1 if bad_lines else 0) == status
        assert bad_lines == reported

    def test_json_arrays_item_by_item(self, tmp_path, capsys):
        """
        validate checks each document of the JSON arrays convert writes,
        naming a bad one by the line it starts on and its index.
        """
        lines, array = str(tmp_path / "a.jsonl"), str(tmp_path / "a.json")
        main(["parse", str(PAGES), "-o", lines])
        main(["convert", lines, "-o", array])
        bad = _write(
            tmp_path / "bad.json",
            '[\n  {"body": "fine"},\n\n  {"body": 5},\n'
            '  {"schema": "relwatch/9.0", "body": "x"}\n]\n',
        )
        capsys.readouterr()

        pages = len(list(PAGES.glob("*.txt")))

        assert 0 == main(["validate", array])
        assert f"{pages} documents valid\n" == capsys.readouterr().out
        assert 1 == main(["validate", bad])
        assert [
            f"{bad}:4: $[1].body: expected a string, got 5 (int)",
            (
                f"{bad}:5: $[2]: the document is relwatch/9.0, a newer major "
                "version than this relwatch reads (relwatch/1.0): upgrade relwatch"
            ),
            "relwatch: 2 of 3 documents invalid",
        ] == capsys.readouterr().err.splitlines()

    @pytest.mark.parametrize(
        ("text", "problem"),
        [
            (
                '[\n{"body": "a"},\n{"body": "b"}\n',
                (
                    "4: $: not valid JSON: "
                    "expected ',' or ']', not the end of the text"
                ),
            ),
            (
                '[{"body": "a"} {"body": "b"}]',
                "1: $: not valid JSON: expected ',' or ']'",
            ),
            ("[\n  NaN\n]", "2: $: not valid JSON: NaN is not a JSON number"),
            (
                '{"body": "a"} x',
                "1: $: not valid JSON: expected nothing after the JSON value",
            ),
            ("[" * 100_000, "1: $: not valid JSON: nested too deeply"),
            (
                '\n\n{"body": ',
                "3: $: not valid JSON: Expecting value (column 10)",
            ),
            (b'[\n  "\xff"]', "2: $: not UTF-8 text: byte 0xff at column 4"),
            ("5", "1: $: expected an object, got 5 (int)"),
        ],
    )
    def test_bad_json_text(self, text, problem, tmp_path, capsys):
        """
        JSON text that does not parse is one problem, at its line.
        """
        path = _write(tmp_path / "bad.json", text)

        status = main(["validate", path])

        assert (1, f"{path}:{problem}") == (
            status,
            capsys.readouterr().err.splitlines()[0],
        )

    @pytest.mark.parametrize("text", ["", "\n  \n", "[]", " [\n]\n"])
    def test_nothing_to_check(self, text):
        """
        Empty input, and an empty array, have no documents, all valid.
        """
        assert (0, "0 documents valid\n", "") == _run(
            ["validate", "-"], text.encode()
        )

    @pytest.mark.parametrize("layout", ["lines", "array"])
    def test_standard_input(self, layout):
        """
        validate - reads JSON Lines, or a JSON array, from standard input.
        """
        records = [
            relwatch.Article(body="Talks."),
            relwatch.Article(body="More."),
        ]
        data = (
            _lines(records)
            if layout == "lines"
            else b"\n\n"
            + json.dumps([relwatch.to_dict(r) for r in records]).encode()
        )

        assert (0, "2 documents valid\n", "") == _run(["validate", "-"], data)

    def test_unreadable_input(self, tmp_path, capsys):
        """
        An input that cannot be read is one line naming it, and status 1.
        """
        assert 1 == main(["validate", str(tmp_path)])
        assert f"{tmp_path}: Is a directory" in capsys.readouterr().err


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
        "target", ["no/such/out.parquet", "no/such/out.json", "."]
    )
    def test_convert_usage_errors(self, tmp_path, capsys, target):
        """
        An output in a folder that does not exist, or that is a folder, is
        refused before anything is read.
        """
        path = _write(tmp_path / "in.json", "[]")

        assert 2 == main(["convert", path, "-o", str(tmp_path / target)])
        assert "cannot write here" in capsys.readouterr().err

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

    @pytest.mark.parametrize(
        "argv",
        [
            ["convert", "{jsonl}", "-o", "{out}.parquet"],
            ["convert", "{parquet}", "-o", "{out}.jsonl"],
            ["validate", "{parquet}"],
            ["parse", str(PAGES), "-o", "{out}.parquet"],
            ["extract", "{jsonl}", "-o", "{out}.parquet"],
            ["extract", "{parquet}", "-o", "{out}.jsonl"],
        ],
    )
    def test_parquet_without_pyarrow(
        self, argv, tmp_path, capsys, monkeypatch
    ):
        """
        Without the arrow extra, Parquet in or out is a usage error saying
        what to install, before any work is done.
        """
        monkeypatch.setitem(sys.modules, "relwatch.interop.arrow", None)
        monkeypatch.delattr(relwatch.interop, "arrow", raising=False)
        names = {
            "jsonl": _write(tmp_path / "in.jsonl", ""),
            "parquet": _write(tmp_path / "in.parquet", ""),
            "out": str(tmp_path / "out"),
        }

        assert 2 == main([a.format(**names) for a in argv])
        assert "pip install 'relwatch[arrow]'" in capsys.readouterr().err
        assert not list(tmp_path.glob("out*"))

    def test_unexpected_error_is_one_line_unless_debug(
        self, tmp_path, capsys, monkeypatch
    ):
        """
        An error nobody foresaw is one line and status 1; --debug shows the
        traceback instead.
        """
        path = _write(tmp_path / "in.jsonl", "")
        out = str(tmp_path / "out.json")

        def full(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(_cli, "_write_json_array", full)

        assert 1 == main(["convert", path, "-o", out])
        assert "relwatch: No space left on device\n" == capsys.readouterr().err
        with pytest.raises(OSError, match="No space left"):
            main(["--debug", "convert", path, "-o", out])

    def test_every_problem_of_a_file(self, tmp_path, capsys):
        """
        convert reports every bad record as FILE:LINE: path: what, writes the
        good ones, and exits 1.
        """
        good = relwatch.to_json(relwatch.Article(body="Talks."))
        path = _write(
            tmp_path / "two.jsonl",
            f'{{"body": 5}}\n{good}\n{{"body": "x", "outlet": 3}}\n',
        )
        out = tmp_path / "out.json"

        status = main(["convert", path, "-o", str(out)])

        assert 1 == status
        assert [
            f"{path}:1: $.body: expected a string, got 5 (int)",
            f"{path}:3: $.outlet: expected a string, got 3 (int)",
            f"relwatch: 1 of 3 records converted into {out}, 2 failed",
        ] == capsys.readouterr().err.splitlines()
        assert [json.loads(good)] == json.loads(out.read_text("utf-8"))

    @pytest.mark.parametrize(("mode", "expected"), [("skip", 0), ("fail", 1)])
    def test_errors_option(self, mode, expected, tmp_path, capsys):
        """
        --errors skip writes the good records quietly and exits 0; --errors
        fail stops at the first bad one and leaves OUT as it was.
        """
        good = relwatch.to_json(relwatch.Article(body="Talks."))
        path = _write(tmp_path / "in.jsonl", f"{good}\n{{}}\n{good}\n")
        out = Path(_write(tmp_path / "out.jsonl", "old\n"))

        status = main(["convert", path, "-o", str(out), "--errors", mode])

        err = capsys.readouterr().err
        assert expected == status
        assert (mode == "fail") == (f"{path}:2: $.body:" in err)
        assert (
            f"{good}\n{good}\n" if mode == "skip" else "old\n"
        ) == out.read_text(encoding="utf-8")
        assert [] == _temporaries(tmp_path)

    def test_deeply_nested_json(self, tmp_path, capsys):
        """
        A .json nested too deeply for the parser is one line, no traceback.
        """
        path = _write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)

        status = main(["convert", path, "-o", str(tmp_path / "out.jsonl")])

        err = capsys.readouterr().err
        assert 1 == status
        assert f"{path}:1: $: not valid JSON: nested too deeply\n" in err
        assert "Traceback" not in err

    def test_from_standard_input(self, tmp_path):
        """
        convert - reads standard input.
        """
        records = [relwatch.Article(body="Talks.")]
        out = tmp_path / "out.parquet"

        assert 0 == _run(["convert", "-", "-o", str(out)], _lines(records))[0]
        assert records == list(read_parquet(out, relwatch.Article))

    def test_one_document_json(self, tmp_path):
        """
        A .json file holding one document converts to one record.
        """
        record = relwatch.Article(body="Talks.")
        path = _write(tmp_path / "one.json", relwatch.to_json(record))
        out = tmp_path / "out.jsonl"

        assert 0 == main(["convert", path, "-o", str(out)])
        assert _lines([record]) == out.read_bytes()

    def test_bad_parquet_row(self, tmp_path, capsys):
        """
        A Parquet row that breaks the schema is one problem naming the file.
        """
        import pyarrow as pa
        import pyarrow.parquet as pq

        from relwatch.interop.arrow import to_table

        table = to_table([relwatch.Actor(name="Iran")], relwatch.Actor)
        table = table.set_column(0, "name", pa.array([""], pa.string()))
        path = tmp_path / "bad.parquet"
        pq.write_table(table, path)

        status = main(["validate", "--type", "actor", str(path)])

        err = capsys.readouterr().err.splitlines()
        assert 1 == status
        assert err[0].startswith(f"{path}: ")
        assert "must not be empty" in err[0]

    def test_not_a_parquet_file(self, tmp_path, capsys):
        """
        A .parquet file that is not Parquet is one line, no traceback.
        """
        path = _write(tmp_path / "in.parquet", b"not parquet at all")

        status = main(["convert", path, "-o", str(tmp_path / "out.jsonl")])

        err = capsys.readouterr().err
        assert 1 == status
        assert err.startswith(f"{path}: ")
        assert "Traceback" not in err


class TestExtract:
    def test_same_as_parse_extract(self, tmp_path, capsys):
        """
        parse then extract writes byte for byte what parse --extract
        writes, with the same counts in its summary.
        """
        parsed, once, twice = (
            tmp_path / "parsed.jsonl",
            tmp_path / "once.jsonl",
            tmp_path / "twice.jsonl",
        )
        main(["parse", str(PAGES), "-o", str(parsed)])
        main(["parse", "--extract", str(PAGES), "-o", str(once)])
        capsys.readouterr()

        status = main(["extract", str(parsed), "-o", str(twice)])

        expected = _read_jsonl(once)
        assert 0 == status
        assert once.read_bytes() == twice.read_bytes()
        assert [
            (
                f"relwatch: {len(expected)} articles, {_found(expected)} "
                f"extracted into {twice}"
            )
        ] == capsys.readouterr().err.splitlines()

    def test_replaces_what_articles_carried(self, tmp_path):
        """
        Actors, statements and events an article already has are replaced
        by what the rules find, as relwatch.extract does; extracting again
        changes nothing.
        """
        parsed = relwatch.parse_article(DIPLOMATIC)
        stale = relwatch.Statement(
            text="Nothing was agreed.",
            speaker=relwatch.Actor(name="Someone Else"),
            kind=relwatch.StatementKind.INDIRECT,
        )
        carried = relwatch.Article(
            body=parsed.body,
            published=parsed.published,
            dateline=parsed.dateline,
            statements=[stale],
            actors=[stale.speaker],
        )
        path = _write(tmp_path / "in.jsonl", _lines([carried]))
        out, again = tmp_path / "out.jsonl", tmp_path / "again.jsonl"

        assert 0 == main(["extract", path, "-o", str(out)])
        assert 0 == main(["extract", str(out), "-o", str(again)])

        expected = relwatch.extract(carried)
        assert [expected] == _read_jsonl(out)
        assert stale not in expected.statements
        assert out.read_bytes() == again.read_bytes()

    @pytest.mark.parametrize("source", [".jsonl", ".json", ".parquet"])
    @pytest.mark.parametrize("target", [".jsonl", ".json", ".parquet"])
    def test_every_format(self, source, target, tmp_path):
        """
        extract reads and writes JSON Lines, a JSON array and Parquet, by
        the extension, as convert does.
        """
        articles = _sample_articles()[:3]
        lines = _write(tmp_path / "in.jsonl", _lines(articles))
        path = str(tmp_path / f"in{source}")
        if source != ".jsonl":
            main(["convert", lines, "-o", path])
        out = tmp_path / f"out{target}"

        status = main(["extract", path, "-o", str(out)])

        expected = [relwatch.extract(a) for a in articles]
        assert (0, expected) == (status, _records_of(out))

    @pytest.mark.parametrize("layout", ["lines", "array"])
    def test_standard_input_and_output(self, layout):
        """
        extract - reads JSON Lines, or a JSON array, from standard input,
        and without -o writes JSON Lines to standard output, with no
        summary.
        """
        articles = [relwatch.parse_article(DIPLOMATIC), *_sample_articles()]
        data = (
            _lines(articles)
            if layout == "lines"
            else json.dumps([relwatch.to_dict(a) for a in articles]).encode()
        )

        status, out, err = _run(["extract", "-"], data)

        expected = [relwatch.extract(a) for a in articles]
        assert (0, _lines(expected).decode(), "") == (status, out, err)

    def test_bad_records_reported(self, tmp_path, capsys):
        """
        Each bad line is reported as FILE:LINE: path: what and counted;
        the good articles are extracted and written; status 1.
        """
        good = relwatch.to_json(relwatch.parse_article(DIPLOMATIC))
        path = _write(
            tmp_path / "in.jsonl",
            f'{good}\n{{"body": 5}}\n{good}\n{{"body": "trunc\n',
        )
        out = tmp_path / "out.jsonl"

        status = main(["extract", path, "-o", str(out)])

        expected = [relwatch.extract(relwatch.parse_article(DIPLOMATIC))] * 2
        err = capsys.readouterr().err.splitlines()
        assert 1 == status
        assert expected == _read_jsonl(out)
        assert f"{path}:2: $.body: expected a string, got 5 (int)" == err[0]
        assert err[1].startswith(f"{path}:4: $: not valid JSON")
        assert (
            f"relwatch: 2 of 4 articles, {_found(expected)} extracted "
            f"into {out}, 2 failed"
        ) == err[2]

    @pytest.mark.parametrize(("mode", "expected"), [("skip", 0), ("fail", 1)])
    def test_errors_option(self, mode, expected, tmp_path, capsys):
        """
        --errors skip writes the good articles quietly and exits 0;
        --errors fail stops at the first bad one and leaves OUT as it was,
        with no temporary file behind.
        """
        good = relwatch.to_json(relwatch.parse_article(DIPLOMATIC))
        path = _write(tmp_path / "in.jsonl", f"{good}\n{{}}\n{good}\n")
        out = Path(_write(tmp_path / "out.jsonl", "old\n"))

        status = main(["extract", path, "-o", str(out), "--errors", mode])

        err = capsys.readouterr().err
        extracted = relwatch.extract(relwatch.parse_article(DIPLOMATIC))
        assert expected == status
        assert (mode == "fail") == (f"{path}:2: $.body:" in err)
        assert (mode == "skip") == ("2 of 3 articles" in err)
        assert (
            _lines([extracted] * 2).decode() if mode == "skip" else "old\n"
        ) == out.read_text(encoding="utf-8")
        assert [] == _temporaries(tmp_path)

    def test_failed_write_keeps_the_old_output(
        self, tmp_path, capsys, monkeypatch
    ):
        """
        An output that fails while it is written is one line, status 1,
        and leaves OUT as it was: extract writes through the atomic writer.
        """
        path = _write(tmp_path / "in.jsonl", _lines(_sample_articles()))
        out = Path(_write(tmp_path / "out.json", "old\n"))

        def full(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(_cli, "_write_json_array", full)

        status = main(["extract", path, "-o", str(out)])

        assert (1, "relwatch: No space left on device\n") == (
            status,
            capsys.readouterr().err,
        )
        assert "old\n" == out.read_text(encoding="utf-8")
        assert [] == _temporaries(tmp_path)

    @pytest.mark.parametrize(
        ("target", "message"),
        [
            ("no/such/out.jsonl", "cannot write here: no folder"),
            (".", "cannot write here: it is a folder"),
        ],
    )
    def test_unwritable_output(self, target, message, tmp_path, capsys):
        """
        An output that cannot be written is a usage error, before any
        article is read.
        """
        path = _write(tmp_path / "in.jsonl", _lines(_sample_articles()))

        status = main(["extract", path, "-o", str(tmp_path / target)])

        err = capsys.readouterr().err.splitlines()
        assert (2, 1) == (status, len(err))
        assert message in err[0]

    def test_quiet(self, tmp_path, capsys):
        """
        --quiet leaves out the summary, and still reports each problem.
        """
        good = relwatch.to_json(relwatch.parse_article(DIPLOMATIC))
        path = _write(tmp_path / "in.jsonl", f"{good}\n")
        bad = _write(tmp_path / "bad.jsonl", f'{good}\n{{"body": 5}}\n')
        out = str(tmp_path / "out.jsonl")

        statuses = [
            main(["extract", path, "-o", out, "--quiet"]),
            main(["-q", "extract", bad, "-o", out]),
        ]

        assert (
            [0, 1],
            ("", f"{bad}:2: $.body: expected a string, got 5 (int)\n"),
        ) == (
            statuses,
            capsys.readouterr(),
        )

    def test_progress_on_a_terminal(self, tmp_path, monkeypatch):
        """
        On a terminal, extracting more than fifty articles shows how many
        are done and how many failed, on a line that ends when they are.
        """
        articles = [relwatch.parse_article(DIPLOMATIC)] * 60
        path = _write(
            tmp_path / "in.jsonl", _lines(articles) + b'{"body": 5}\n'
        )
        terminal = TestProgress._Terminal()
        monkeypatch.setattr(sys, "stderr", terminal)

        status = main(["extract", path, "-o", str(tmp_path / "out.jsonl")])

        lines = terminal.getvalue().split("\n")
        assert 1 == status
        assert f"\r\x1b[K{path}:61: $.body: expected a string" in lines[-4]
        assert re.fullmatch(
            r"\r61 articles, [\d,]+/s, 1 failed\x1b\[K", lines[-3]
        )
        assert lines[-2].startswith("relwatch: 60 of 61 articles")

    @settings(max_examples=25)
    @given(st.lists(articles(), max_size=3))
    def test_any_articles(self, records):
        """
        For all lists of valid articles, extract writes relwatch.extract of
        each, in order, and succeeds.
        """
        status, out, err = _run(["extract", "-"], _lines(records))

        expected = [relwatch.extract(r) for r in records]
        assert (0, _lines(expected).decode(), "") == (status, out, err)


class TestCommand:
    def test_version_and_help(self, capsys):
        """
        --version and --help succeed, the help with examples of extraction;
        no command is a usage error.
        """
        assert 0 == main(["--version"])
        assert f"relwatch {relwatch.__version__}" in capsys.readouterr().out
        assert 0 == main(["parse", "--help"])
        assert (
            "relwatch parse examples/pages -o articles.jsonl"
            in capsys.readouterr().out
        )
        assert 0 == main(["extract", "--help"])
        assert (
            "relwatch extract articles.jsonl -o extracted.jsonl"
            in capsys.readouterr().out
        )
        assert 0 == main(["--help"])
        assert (
            "relwatch parse --extract examples/pages -o articles.jsonl"
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

    @pytest.mark.parametrize(
        "argv",
        [
            ["parse", "{missing}"],
            ["validate", "{present}", "{missing}"],
            ["convert", "{missing}", "-o", "{out}"],
            ["extract", "{missing}"],
            ["extract", "{missing}", "-o", "{out}"],
        ],
    )
    def test_missing_input_is_a_usage_error(self, argv, tmp_path, capsys):
        """
        Every command exits 2, with one line, for an input that is not
        there, and checks nothing before it says so.
        """
        names = {
            "missing": str(tmp_path / "missing.jsonl"),
            "present": _write(tmp_path / "present.jsonl", ""),
            "out": str(tmp_path / "out.jsonl"),
        }

        status = main([a.format(**names) for a in argv])

        assert (
            2,
            [f"relwatch: {names['missing']}: no such file or folder"],
        ) == (
            status,
            capsys.readouterr().err.splitlines(),
        )

    @pytest.mark.parametrize(
        "argv",
        [
            ["--quiet", "--debug", "validate", "{file}"],
            ["validate", "{file}", "--quiet", "--debug"],
            ["--debug", "validate", "-q", "{file}"],
            ["-q", "validate", "{file}", "--debug"],
        ],
    )
    def test_options_before_or_after_the_command(self, argv, tmp_path):
        """
        --quiet and --debug work before the command and after it, and one
        given before is not undone by the command's defaults.
        """
        path = _write(tmp_path / "a.jsonl", "")

        args = _cli._parser().parse_args([a.format(file=path) for a in argv])

        assert (True, True) == (args.quiet, args.debug)

    def test_quiet(self, tmp_path, capsys):
        """
        --quiet prints the problems and nothing else.
        """
        good = _write(tmp_path / "good.txt", GOOD)
        empty = _write(tmp_path / "empty.txt", "")
        out = str(tmp_path / "a.jsonl")

        parsed = main(["parse", good, empty, "-o", out, "--quiet"])
        validated = main(["validate", out, "--quiet"])

        assert (1, 0) == (parsed, validated)
        assert (
            "",
            (
                f"{empty}: no article text after the opening of a page "
                "that starts ''\n"
            ),
        ) == capsys.readouterr()

    def test_ctrl_c(self, tmp_path, capsys, monkeypatch):
        """
        Ctrl-C exits 130 quietly and leaves the old output as it was; with
        --debug it shows where it stopped.
        """
        from relwatch import _article

        def interrupted(*args, **kwargs):
            raise KeyboardInterrupt

        monkeypatch.setattr(_article, "parse_article", interrupted)
        out = _write(tmp_path / "out.jsonl", "old\n")

        status = main(["parse", str(PAGES), "-o", out])

        assert (130, "", "") == (status, *capsys.readouterr())
        assert "old\n" == Path(out).read_text(encoding="utf-8")
        assert [] == _temporaries(tmp_path)
        with pytest.raises(KeyboardInterrupt):
            main(["parse", str(PAGES), "-o", out, "--debug"])

    def _closed_stdout(self, monkeypatch):
        """
        Standard output as a pipe that nobody reads any more.
        """
        read_end, write_end = os.pipe()
        os.close(read_end)
        stdout = os.fdopen(write_end, "w", encoding="utf-8")
        monkeypatch.setattr(sys, "stdout", stdout)
        return stdout

    def test_broken_pipe(self, monkeypatch, capsys):
        """
        When the reader of standard output goes away, relwatch exits 141
        quietly, and standard output no longer fails.
        """
        stdout = self._closed_stdout(monkeypatch)

        status = main(["parse", str(PAGES)])

        stdout.write("after")
        stdout.close()
        assert (141, "") == (status, capsys.readouterr().err)

    def test_broken_pipe_without_a_descriptor(self, monkeypatch, capsys):
        """
        A closed standard output that is no file descriptor exits 141 too.
        """

        class Gone(io.StringIO):
            def write(self, text):
                raise BrokenPipeError(32, "Broken pipe")

        monkeypatch.setattr(sys, "stdout", Gone())

        assert (141, "") == (main(["schema"]), capsys.readouterr().err)

    def test_unencodable_output(self, tmp_path, monkeypatch, capsys):
        """
        Standard output that cannot take the text is one line, status 1.
        """
        ascii_only = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
        monkeypatch.setattr(sys, "stdout", ascii_only)
        page = _write(tmp_path / "p.txt", GOOD.replace("envoy", "Qasımlı"))

        status = main(["parse", page])

        err = capsys.readouterr().err.splitlines()
        assert (1, 1) == (status, len(err))
        assert err[0].startswith("relwatch: 'ascii' codec can't encode")

    def test_broken_pipe_debug(self, monkeypatch):
        """
        With --debug a broken pipe shows its traceback.
        """
        stdout = self._closed_stdout(monkeypatch)

        with pytest.raises(BrokenPipeError):
            main(["--debug", "schema"])
        with contextlib.suppress(BrokenPipeError):
            stdout.close()

    def test_signals_end_to_end(self, tmp_path):
        """
        In the installed command, Ctrl-C exits 130 and a closed pipe 141,
        and neither prints anything.
        """
        command = [sys.executable, "-m", "relwatch", "parse"]
        # As in a terminal: a background job of a shell script starts with
        # Ctrl-C ignored, which a child inherits, and a handled one is not.
        ignored = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            waiting = subprocess.Popen(
                [*command, "-", "-o", str(tmp_path / "out.jsonl")],
                stdin=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        finally:
            signal.signal(signal.SIGINT, ignored)
        _wait_for_temporary(tmp_path)
        waiting.send_signal(signal.SIGINT)
        _, interrupted = waiting.communicate(timeout=30)
        piped = subprocess.Popen(
            [*command, str(PAGES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        piped.stdout.close()
        broken = piped.stderr.read()
        piped.wait(timeout=30)
        piped.stderr.close()

        assert (130, b"", []) == (
            waiting.returncode,
            interrupted,
            _temporaries(tmp_path),
        )
        assert (141, b"") == (piped.returncode, broken)


def _wait_for_temporary(folder):
    # Until the run holds its lock: a file seen between its creation and its
    # lock is still fair game for another run's cleanup (which the run then
    # survives by making a new one), so a test that sees it that early races.
    for _ in range(600):
        if any(_locked(folder / name) for name in _temporaries(folder)):
            return
        time.sleep(0.05)
    raise AssertionError("no locked temporary file appeared")


def _locked(path):
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing also drops a lock taken here
    return False


class TestKilledRuns:
    def _start(self, out):
        """
        A run that has opened its output and waits for its page.
        """
        run = subprocess.Popen(
            [sys.executable, "-m", "relwatch", "parse", "-", "-o", str(out)],
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        _wait_for_temporary(out.parent)
        return run

    def test_next_run_cleans_up(self, tmp_path, capsys):
        """
        A run killed outright leaves its temporary file; the next run to
        the same output removes it.
        """
        out = tmp_path / "out.jsonl"
        killed = self._start(out)
        killed.kill()
        killed.communicate(timeout=30)
        left = _temporaries(tmp_path)

        status = main(
            ["parse", _write(tmp_path / "p.txt", GOOD), "-o", str(out)]
        )

        assert 1 == len(left)
        assert left[0].startswith(".out.jsonl.relwatch-")
        assert (0, []) == (status, _temporaries(tmp_path))

    def test_two_runs_at_once(self, tmp_path, capsys):
        """
        A run to the same output does not remove the temporary file of one
        still writing; each replaces the output whole when it is done.
        """
        out = tmp_path / "out.jsonl"
        first = self._start(out)
        left = _temporaries(tmp_path)
        page = _write(
            tmp_path / "p.txt", GOOD.replace("envoy", "second envoy")
        )

        second = main(["parse", page, "-o", str(out)])

        assert (0, left) == (second, _temporaries(tmp_path))
        first.communicate(GOOD.encode(), timeout=30)
        assert (0, []) == (first.returncode, _temporaries(tmp_path))
        assert "second envoy" not in out.read_text(encoding="utf-8")


class TestLinearTime:
    @pytest.mark.parametrize(
        "unit",
        ['{"body": "x"},\n', " \n\t\r", "[", "[\n", '"\\n",'],
        ids=repr,
    )
    def test_growth(self, unit):
        """
        Reading adversarial JSON text item by item grows linearly: four
        times the text takes far less than sixteen times as long.
        """

        def seconds(size):
            text = "[" + unit * (size // len(unit)) + '{"body": "x"}]'
            start = time.process_time()
            with contextlib.suppress(_cli._JsonTextError):
                list(_cli._JsonText(text).documents())
            return time.process_time() - start

        assert grows_linearly(seconds, 62_500, 250_000, 10)
