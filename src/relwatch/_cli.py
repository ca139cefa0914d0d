"""
The ``relwatch`` command: the only code in relwatch that reads files (it
writes them through `_files`).

Every command reads its inputs with `_records` (or `_pages`), reports each bad
input as one line through a `_Failures`, and writes with `_write_records`; a
new command is those three and an argparse entry, as ``relwatch extract`` is.

Exit status: 0 when everything went through, 1 when some input failed, 2 for
a usage error (a missing input, an output that cannot be written), 130 after
Ctrl-C, 141 when the reader of standard output went away.  Errors are one line
on standard error; ``--debug`` shows the traceback as well.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import json
import os
import re
import shutil
import sys
import time

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Final, Literal

from . import _files, _models
from .exceptions import RelwatchError, SchemaVersionError, ValidationError


OK: Final = 0
FAILED: Final = 1
USAGE: Final = 2
# 128 + the signal, as the shell reports a command the signal killed.
INTERRUPTED: Final = 130
BROKEN_PIPE: Final = 141
_TYPES: Final = {
    "article": _models.Article,
    "actor": _models.Actor,
    "statement": _models.Statement,
    "event": _models.DiplomaticEvent,
    "dateline": _models.Dateline,
}
# Below this many pages a progress bar would only flicker.
_PROGRESS_AFTER: Final = 50
_BAR_WIDTH: Final = 30
_NARROWEST_BAR: Final = 10
_STDIN: Final = "<stdin>"

ErrorMode = Literal["report", "skip", "fail"]


class _UsageError(Exception):
    """A problem with the command line itself: exit status 2."""


class _FailFastError(Exception):
    """--errors fail: stop at the first failure (already reported)."""


# -- standard error -----------------------------------------------------------


class _Console:
    """
    Standard error: one line per message, and at most one progress line,
    which a message clears before it is written.
    """

    def __init__(self, stream: IO[str], *, quiet: bool) -> None:
        self.stream = stream
        self.quiet = quiet
        self._drawn = False

    def error(self, line: str) -> None:
        self.clear()
        self.stream.write(line + "\n")
        self.stream.flush()

    def note(self, line: str) -> None:
        """A summary line; --quiet leaves it out."""
        if not self.quiet:
            self.error(line)

    def draw(self, line: str, *, final: bool) -> None:
        self.stream.write(f"\r{line}\x1b[K" + ("\n" if final else ""))
        self.stream.flush()
        self._drawn = not final

    def clear(self) -> None:
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False


def _terminal_width(stream: IO[str]) -> int:
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = shutil.get_terminal_size().columns
    return columns or 80


class _Progress:
    """
    ``[####----] done/total pages, pages/s, failures`` on one terminal line
    that fits its width, redrawn at most ten times a second; silent when
    standard error is not a terminal, with --quiet, or for a small job.

    A job of unknown size (records read as they come) shows ``done
    articles, articles/s, failures`` without a bar, once it is past a small
    job's size, and ends its line at `update` with ``last=True``.
    """

    def __init__(
        self, total: int | None, console: _Console, unit: str = "page"
    ) -> None:
        self.total = total
        self.console = console
        self.unit = unit
        self.enabled = (
            (total is None or total > _PROGRESS_AFTER)
            and not console.quiet
            and console.stream.isatty()
        )
        self.started = time.monotonic()
        self.drawn = 0.0

    def update(self, done: int, failures: int, *, last: bool = False) -> None:
        if not self.enabled or (
            self.total is None and done <= _PROGRESS_AFTER
        ):
            return
        now = time.monotonic()
        final = last or done == self.total
        if not final and now - self.drawn < 0.1:  # noqa: PLR2004
            return
        self.drawn = now
        rate = done / max(now - self.started, 1e-9)
        of = "" if self.total is None else f"/{self.total}"
        counts = f"{done}{of} {self.unit}s, {rate:,.0f}/s, {failures} failed"
        # One column short of the width: a full line wraps on some terminals.
        room = _terminal_width(self.console.stream) - 1
        width = min(_BAR_WIDTH, room - len(counts) - 3)
        if self.total is not None and width >= _NARROWEST_BAR:
            filled = width * done // max(self.total, 1)
            counts = f"[{'#' * filled}{'-' * (width - filled)}] {counts}"
        self.console.draw(counts[:room], final=final)


class _Failures:
    """
    Counts the inputs that failed and reports each as ``--errors`` says:
    every line (report), nothing (skip), or every line and stop (fail).
    """

    def __init__(self, console: _Console, mode: ErrorMode = "report") -> None:
        self.console = console
        self.mode = mode
        self.count = 0

    def add(self, lines: Iterable[str]) -> None:
        self.count += 1
        if self.mode != "skip":
            for line in lines:
                self.console.error(line)
        if self.mode == "fail":
            raise _FailFastError

    def status(self) -> int:
        """
        The exit status: failures fail the run unless they are skipped.
        """
        return OK if not self.count or self.mode == "skip" else FAILED


# -- inputs -------------------------------------------------------------------


def _check_inputs(paths: Sequence[str]) -> None:
    for name in paths:
        if name != "-" and not Path(name).exists():
            msg = f"{name}: no such file or folder"
            raise _UsageError(msg)
        _check_format(name)


def _pages(paths: Sequence[str]) -> Iterator[str]:
    """
    Every page to parse, in a stable order: files as given, folders searched
    for ``*.txt``.  A generator, so that a folder of any size costs the
    memory of one directory listing at a time.
    """
    for name in paths:
        if not Path(name).is_dir():
            yield name
            continue
        for folder, subfolders, files in os.walk(name):
            subfolders.sort()
            for file in sorted(files):
                if file.endswith(".txt"):
                    yield str(Path(folder, file))


def _read_page(name: str) -> str:
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        from .serialization import _where_not_utf8

        line, problem = _where_not_utf8(data, e)
        msg = f"line {line}: {problem}"
        raise RelwatchError(msg) from None


def _format(path: str | None) -> Literal["jsonl", "json", "parquet"]:
    """The file format that a name's extension says; JSON Lines otherwise."""
    suffix = Path(path).suffix.lower() if path else ""
    if suffix == ".parquet":
        return "parquet"
    return "json" if suffix == ".json" else "jsonl"


def _records(source: str, cls: type, failures: _Failures) -> Iterator[Any]:
    """
    The valid records of *source*, checked as they are read: JSON Lines, a
    JSON array of documents or one document (``.json``), Parquet
    (``.parquet``), or standard input (``-``: JSON Lines, or a JSON array
    when it starts with ``[``).  Each bad record is reported to *failures*
    as ``FILE:LINE: path: what``; so is an input that cannot be read.
    """
    name = _STDIN if source == "-" else source
    try:
        if source == "-":
            yield from _stdin_records(cls, failures)
        elif _format(source) == "parquet":
            from .interop.arrow import read_parquet

            # A file that is not Parquet is a ValidationError too.
            yield from read_parquet(source, cls)
        elif _format(source) == "json":
            yield from _json_records(
                name, Path(source).read_bytes(), cls, failures
            )
        else:
            with Path(source).open("rb") as f:
                yield from _jsonl_records(name, f, cls, failures)
    except (RelwatchError, OSError) as e:
        failures.add(f"{name}: {line}" for line in _messages(e))


def _messages(error: Exception) -> list[str]:
    if isinstance(error, ValidationError):
        return [f"{where}: {message}" for where, message in error.errors]
    if isinstance(error, OSError) and error.strerror:
        return [error.strerror]
    return [str(error)]


def _stdin_records(cls: type, failures: _Failures) -> Iterator[Any]:
    stream = sys.stdin.buffer
    head: list[bytes] = []
    for line in stream:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip().startswith(b"["):
        data = b"".join(head) + stream.read()
        yield from _json_records(_STDIN, data, cls, failures)
    else:
        lines = itertools.chain(head, stream)
        yield from _jsonl_records(_STDIN, lines, cls, failures)


def _jsonl_records(
    name: str, lines: Iterable[bytes], cls: type, failures: _Failures
) -> Iterator[Any]:
    from .serialization import LineError, load_jsonl

    def report(problem: LineError) -> None:
        prefix = f"line {problem.line}: "
        failures.add(
            f"{name}:{problem.line}: {line.removeprefix(prefix)}"
            for line in _messages(problem.error)
        )

    yield from load_jsonl(lines, cls, errors=report)


class _JsonTextError(Exception):
    """JSON text that does not parse, at a line."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line


def _refuse_constant(name: str) -> object:
    msg = f"{name} is not a JSON number"
    raise ValueError(msg)


_DECODER: Final = json.JSONDecoder(parse_constant=_refuse_constant)
# The first character that is not JSON whitespace.
_NOT_SPACE: Final = re.compile(r"[^ \t\n\r]")


class _JsonText:
    """
    JSON text read a value at a time, so that each item of an array is
    known by the line it starts on.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = self._skip(0)
        self._counted, self._line = 0, 1

    def _skip(self, position: int) -> int:
        found = _NOT_SPACE.search(self.text, position)
        return found.start() if found else len(self.text)

    def line(self) -> int:
        self._line += self.text.count("\n", self._counted, self.position)
        self._counted = self.position
        return self._line

    def take(self, token: str) -> bool:
        if self.text.startswith(token, self.position):
            self.position = self._skip(self.position + len(token))
            return True
        return False

    def value(self) -> object:
        try:
            value, end = _DECODER.raw_decode(self.text, self.position)
        except json.JSONDecodeError as e:
            raise _JsonTextError(
                e.lineno, f"{e.msg} (column {e.colno})"
            ) from None
        except RecursionError:
            raise _JsonTextError(self.line(), "nested too deeply") from None
        except ValueError as e:  # a huge integer, NaN
            raise _JsonTextError(self.line(), str(e)) from None
        self.position = self._skip(end)
        return value

    def fail(self, expected: str) -> None:
        problem = (
            f"expected {expected}"
            if self.position < len(self.text)
            else f"expected {expected}, not the end of the text"
        )
        raise _JsonTextError(self.line(), problem)

    def documents(self) -> Iterator[tuple[int, str, object]]:
        """(line, path, value): each item of an array, or the one value."""
        if not self.take("["):
            yield self.line(), "$", self.value()
        elif not self.take("]"):
            index = 0
            while True:
                yield self.line(), f"$[{index}]", self.value()
                if self.take("]"):
                    break
                if not self.take(","):
                    self.fail("',' or ']'")
                index += 1
        if self.position < len(self.text):
            self.fail("nothing after the JSON value")


def _json_records(
    name: str, data: bytes, cls: type, failures: _Failures
) -> Iterator[Any]:
    from .serialization import _where_not_utf8, from_dict

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line, problem = _where_not_utf8(data, e)
        failures.add([f"{name}:{line}: $: {problem}"])
        return
    try:
        for line, where, value in _JsonText(text).documents():
            try:
                record: Any = from_dict(cls, value)  # type: ignore[arg-type]
            except (ValidationError, SchemaVersionError) as e:
                failures.add(
                    f"{name}:{line}: {where}{message.removeprefix('$')}"
                    if message.startswith("$")
                    else f"{name}:{line}: {where}: {message}"
                    for message in _messages(e)
                )
            else:
                yield record
    except _JsonTextError as e:
        failures.add([f"{name}:{e.line}: $: not valid JSON: {e}"])


# -- outputs ------------------------------------------------------------------


def _check_format(path: str | None) -> None:
    if _format(path) == "parquet":
        try:
            from .interop import arrow  # noqa: F401
        except ImportError:
            msg = "Parquet needs pyarrow: pip install 'relwatch[arrow]'"
            raise _UsageError(msg) from None


def _check_output(target: str | None) -> None:
    """
    Refuse an output that cannot be written before any work is done.
    """
    if target is None or target == "-":
        return
    _check_format(target)
    real = Path(os.path.realpath(target))
    if real.is_dir():
        msg = f"{target}: cannot write here: it is a folder"
        raise _UsageError(msg)
    if not real.parent.is_dir():
        msg = f"{target}: cannot write here: no folder {str(real.parent)!r}"
        raise _UsageError(msg)


@contextlib.contextmanager
def _text_output(target: str | None) -> Iterator[IO[str]]:
    """Text to *target*, or to standard output for None or ``-``."""
    if target is None or target == "-":
        yield sys.stdout
        return
    with contextlib.ExitStack() as stack:
        try:
            out = stack.enter_context(_files.output(target))
        except OSError as e:
            msg = f"{target}: cannot write here: {e.strerror}"
            raise _UsageError(msg) from None
        yield out


def _write_records(
    records: Iterable[Any], target: str | None, cls: type
) -> int:
    """
    Write *records* to *target* in the format its extension names (JSON
    Lines on standard output); returns how many were written.
    """
    from .serialization import dump_jsonl

    fmt = _format(target)
    if target is not None and fmt == "parquet":
        from .interop.arrow import write_parquet

        return write_parquet(records, target, cls=cls)
    with _text_output(target) as out:
        if fmt == "json":
            return _write_json_array(records, out)
        return dump_jsonl(records, out)


def _write_json_array(records: Iterable[Any], out: IO[str]) -> int:
    # The layout of json.dump(list, indent=2), one record at a time.
    from .serialization import to_dict

    count = 0
    for record in records:
        text = json.dumps(to_dict(record), ensure_ascii=False, indent=2)
        out.write(
            ("[\n  " if count == 0 else ",\n  ") + text.replace("\n", "\n  ")
        )
        count += 1
    out.write("\n]\n" if count else "[]\n")
    return count


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _into(target: str | None) -> str:
    return f" into {target}" if target not in (None, "-") else ""


class _Extractor:
    """
    `relwatch.extract` on each article, counting what it finds for the
    summary line.
    """

    def __init__(self) -> None:
        from ._extract import extract

        self._extract = extract
        self.articles = self.statements = self.events = 0

    def __call__(self, article: _models.Article) -> _models.Article:
        extracted = self._extract(article)
        self.articles += 1
        self.statements += len(extracted.statements)
        self.events += len(extracted.events)
        return extracted

    def found(self) -> str:
        statements = _count(self.statements, "statement")
        return f"{statements}, {_count(self.events, 'event')}"


# -- commands -----------------------------------------------------------------


def _parse(args: argparse.Namespace, console: _Console) -> int:
    from ._article import parse_article

    _check_inputs(args.paths)
    _check_output(args.output)
    total = sum(1 for _ in _pages(args.paths))
    if not total:
        msg = f"no *.txt pages in {', '.join(args.paths)}"
        raise _UsageError(msg)
    failures = _Failures(console, args.errors)
    progress = _Progress(total, console)
    extractor = _Extractor() if args.extract else None

    def articles() -> Iterator[_models.Article]:
        for done, name in enumerate(_pages(args.paths), start=1):
            try:
                text = _read_page(name)
                article = parse_article(text, reference=args.reference)
                if extractor is not None:
                    article = extractor(article)
            except (RelwatchError, OSError) as e:
                failures.add(f"{name}: {line}" for line in _messages(e))
            else:
                yield article
            progress.update(done, failures.count)

    _write_records(articles(), args.output, _models.Article)
    where = _into(args.output)
    found = f"; {extractor.found()} extracted" if extractor else ""
    if failures.count:
        console.note(
            f"relwatch: {total - failures.count} of {_count(total, 'page')} "
            f"parsed{where}, {failures.count} failed{found}"
        )
        return failures.status()
    if where:
        console.note(f"relwatch: {_count(total, 'page')} parsed{where}{found}")
    return OK


def _extract(args: argparse.Namespace, console: _Console) -> int:
    _check_inputs([args.input])
    _check_output(args.output)
    failures = _Failures(console, args.errors)
    progress = _Progress(None, console, "article")
    extractor = _Extractor()

    def extracted() -> Iterator[_models.Article]:
        for article in _records(args.input, _models.Article, failures):
            yield extractor(article)
            done = extractor.articles + failures.count
            progress.update(done, failures.count)
        done = extractor.articles + failures.count
        progress.update(done, failures.count, last=True)

    _write_records(extracted(), args.output, _models.Article)
    where = _into(args.output)
    found = extractor.found()
    if failures.count:
        total = _count(extractor.articles + failures.count, "article")
        console.note(
            f"relwatch: {extractor.articles} of {total}, {found} extracted"
            f"{where}, {failures.count} failed"
        )
        return failures.status()
    if where:
        total = _count(extractor.articles, "article")
        console.note(f"relwatch: {total}, {found} extracted{where}")
    return OK


def _validate(args: argparse.Namespace, console: _Console) -> int:
    cls = _TYPES[args.type]
    _check_inputs(args.files)
    failures = _Failures(console)
    valid = sum(
        1 for path in args.files for _ in _records(path, cls, failures)
    )
    checked = valid + failures.count
    if failures.count:
        console.note(
            f"relwatch: {failures.count} of {_count(checked, 'document')} "
            "invalid"
        )
        return FAILED
    if not console.quiet:
        sys.stdout.write(f"{_count(checked, 'document')} valid\n")
    return OK


def _convert(args: argparse.Namespace, console: _Console) -> int:
    cls = _TYPES[args.type]
    _check_inputs([args.input])
    _check_output(args.output)
    failures = _Failures(console, args.errors)
    written = _write_records(
        _records(args.input, cls, failures), args.output, cls
    )
    if failures.count:
        total = _count(written + failures.count, "record")
        console.note(
            f"relwatch: {written} of {total} converted"
            f"{_into(args.output)}, {failures.count} failed"
        )
        return failures.status()
    return OK


def _schema(args: argparse.Namespace, console: _Console) -> int:
    from .schema import json_schema

    sys.stdout.write(
        json.dumps(
            json_schema(_TYPES[args.type]), indent=2, ensure_ascii=False
        )
        + "\n"
    )
    return OK


# -- the command line ---------------------------------------------------------


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"{text!r} is not a date (YYYY-MM-DD)"
        raise argparse.ArgumentTypeError(msg) from None


def _common_options(*, top: bool) -> argparse.ArgumentParser:
    # Before the command or after it; given after, argparse would otherwise
    # reset what was given before to the default.
    options = argparse.ArgumentParser(add_help=False)
    default = False if top else argparse.SUPPRESS
    options.add_argument(
        "--debug",
        action="store_true",
        default=default,
        help="show tracebacks",
    )
    options.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default,
        help="print only the problems: no progress, no summary",
    )
    return options


def _add_command(  # noqa: PLR0913 - all but two by keyword
    commands: Any,
    name: str,
    run: Callable[[argparse.Namespace, _Console], int],
    *,
    summary: str,
    epilog: str,
    description: str | None = None,
) -> argparse.ArgumentParser:
    command: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=description or summary[0].upper() + summary[1:] + ".",
        epilog="examples:\n" + epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_common_options(top=False)],
    )
    command.set_defaults(run=run)
    return command


def _add_input(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "input", metavar="IN", help="file or - (standard input)"
    )


def _add_output(command: argparse.ArgumentParser, *, required: bool) -> None:
    command.add_argument(
        "-o",
        "--output",
        required=required,
        metavar="OUT",
        help="the file to write, in the format its extension names: "
        ".jsonl (JSON Lines), .json (a JSON array) or .parquet; - or none "
        "is JSON Lines on standard output",
    )


def _add_errors(command: argparse.ArgumentParser, what: str) -> None:
    command.add_argument(
        "--errors",
        choices=("report", "skip", "fail"),
        default="report",
        help=f"report each failed {what} and exit 1 (default); skip them "
        "quietly and exit 0; or stop at the first, leaving OUT as it was",
    )


def _add_type(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--type",
        choices=sorted(_TYPES),
        default="article",
        help="the record type (default: article)",
    )


def _parser() -> argparse.ArgumentParser:
    from . import __version__  # the package metadata, read on first use

    top = argparse.ArgumentParser(
        prog="relwatch",
        description="Parse news pages into relwatch records, extract "
        "statements and events\nfrom them, and check, convert and describe "
        "relwatch data.",
        epilog="examples:\n"
        "  relwatch parse --extract examples/pages -o articles.jsonl\n"
        "  relwatch extract articles.jsonl -o extracted.jsonl\n"
        "  relwatch validate articles.jsonl\n"
        "  relwatch schema article\n"
        "  relwatch convert articles.jsonl -o articles.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_common_options(top=True)],
    )
    top.add_argument(
        "--version", action="version", version=f"relwatch {__version__}"
    )
    commands = top.add_subparsers(
        dest="command", metavar="COMMAND", required=True
    )

    parse = _add_command(
        commands,
        "parse",
        _parse,
        summary="parse pages into articles",
        description="Parse page files, folders of *.txt pages, or - "
        "(standard input) into one Article\neach; with --extract, with the "
        "actors, statements and events each one reports.",
        epilog="  relwatch parse examples/pages -o articles.jsonl\n"
        "  relwatch parse --extract examples/pages -o articles.jsonl\n"
        "  relwatch parse examples/pages -o articles.parquet\n"
        "  relwatch parse page.txt --reference 2025-04-04\n"
        "  cat page.txt | relwatch parse - > articles.jsonl",
    )
    parse.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, folder or -"
    )
    _add_output(parse, required=False)
    parse.add_argument(
        "--reference",
        type=_date,
        metavar="DATE",
        help="date the pages were read, for datelines without a year",
    )
    parse.add_argument(
        "--extract",
        action="store_true",
        help="also extract each article's actors, statements and events, "
        "as relwatch extract does",
    )
    _add_errors(parse, "page")

    extract = _add_command(
        commands,
        "extract",
        _extract,
        summary="extract actors, statements and events from articles",
        description="Read articles (JSON Lines, a JSON array or Parquet, "
        "as convert reads them) and\nwrite each with the actors, statements "
        "and events its body reports, in place\nof any it had.",
        epilog="  relwatch extract articles.jsonl -o extracted.jsonl\n"
        "  relwatch extract articles.parquet -o extracted.parquet\n"
        "  relwatch parse examples/pages | relwatch extract - > "
        "extracted.jsonl",
    )
    _add_input(extract)
    _add_output(extract, required=False)
    _add_errors(extract, "article")

    validate = _add_command(
        commands,
        "validate",
        _validate,
        summary="check JSON Lines, JSON or Parquet files against the schema",
        description="Check each document; print every problem as "
        "FILE:LINE: path: what.",
        epilog="  relwatch validate articles.jsonl\n"
        "  relwatch validate articles.json\n"
        "  relwatch validate --type actor actors.jsonl\n"
        "  cat articles.jsonl | relwatch validate -",
    )
    validate.add_argument(
        "files", nargs="+", metavar="FILE", help="file or - (standard input)"
    )
    _add_type(validate)

    schema = _add_command(
        commands,
        "schema",
        _schema,
        summary="print the JSON Schema of a record type",
        epilog="  relwatch schema\n  relwatch schema event",
    )
    schema.add_argument(
        "type", nargs="?", choices=sorted(_TYPES), default="article"
    )

    convert = _add_command(
        commands,
        "convert",
        _convert,
        summary="convert between JSON Lines (.jsonl), a JSON array (.json) "
        "and Parquet (.parquet)",
        epilog="  relwatch convert articles.jsonl -o articles.json\n"
        "  relwatch convert articles.json -o articles.jsonl\n"
        "  relwatch convert articles.jsonl -o articles.parquet\n"
        "  cat articles.jsonl | relwatch convert - -o articles.parquet",
    )
    _add_input(convert)
    _add_output(convert, required=True)
    _add_type(convert)
    _add_errors(convert, "record")
    return top


def _drop_stdout() -> None:
    # Nobody reads standard output any more: point it at /dev/null so that
    # flushing it at exit does not fail again.
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, OSError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return where + error.strerror
    return str(error)


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``relwatch`` command with *argv* (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 ok, 1 some input failed, 2 usage error, 130
        interrupted, 141 standard output closed by its reader.
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, --version and argparse's own errors
        return int(e.code or 0)
    console = _Console(sys.stderr, quiet=args.quiet)
    run: Callable[[argparse.Namespace, _Console], int] = args.run
    try:
        return run(args, console)
    except (_FailFastError, _UsageError) as e:
        return _exit_status(e, console)
    except (
        KeyboardInterrupt,
        BrokenPipeError,
        RelwatchError,
        OSError,
        ValueError,
    ) as e:
        if args.debug:
            raise
        return _exit_status(e, console)


def _exit_status(error: BaseException, console: _Console) -> int:
    """The exit status for *error*, said on one line where it needs it."""
    if isinstance(error, _FailFastError):  # already reported
        return FAILED
    if isinstance(error, _UsageError):
        console.error(f"relwatch: {error}")
        return USAGE
    if isinstance(error, KeyboardInterrupt):
        console.clear()
        return INTERRUPTED
    if isinstance(error, BrokenPipeError):
        _drop_stdout()
        return BROKEN_PIPE
    console.error(f"relwatch: {_describe(error)}")
    return FAILED


def main_exit() -> None:
    """
    Entry point of the installed ``relwatch`` script.
    """
    sys.exit(main())
