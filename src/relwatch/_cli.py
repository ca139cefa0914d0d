"""
The ``relwatch`` command: the only code in relwatch that touches files.

Exit status: 0 when everything went through, 1 when some input failed, 2 for
a usage error.  Errors are one line on standard error; ``--debug`` shows the
traceback as well.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
import tempfile
import time

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Final

from . import _models
from .exceptions import RelwatchError, SchemaVersionError, ValidationError


OK: Final = 0
FAILED: Final = 1
USAGE: Final = 2
_TYPES: Final = {
    "article": _models.Article,
    "actor": _models.Actor,
    "statement": _models.Statement,
    "event": _models.DiplomaticEvent,
    "dateline": _models.Dateline,
}
# Below this many pages a progress bar would only flicker.
_PROGRESS_AFTER: Final = 50


class _UsageError(Exception):
    """A problem with the command line itself: exit status 2."""


def _version() -> str:
    from importlib.metadata import version

    return version("relwatch")


@contextlib.contextmanager
def _atomic_output(path: str | None) -> Iterator[IO[str]]:
    """
    A text stream for *path* (standard output for None or ``-``) that
    replaces the file only once everything was written.
    """
    if path is None or path == "-":
        yield sys.stdout
        return
    target = Path(path)
    folder = target.parent if str(target.parent) else Path()
    if not folder.is_dir():
        msg = f"{path}: cannot write here: no folder {str(folder)!r}"
        raise _UsageError(msg)
    try:
        fd, temporary = tempfile.mkstemp(
            dir=folder, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as e:
        msg = f"{path}: cannot write here: {e.strerror}"
        raise _UsageError(msg) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        Path(temporary).replace(target)
    finally:
        Path(temporary).unlink(missing_ok=True)


class _Progress:
    """
    ``pages done/total, pages/s, failures`` on one terminal line, redrawn
    at most ten times a second; silent when standard error is not a
    terminal or the job is small.
    """

    def __init__(self, total: int, stream: IO[str]) -> None:
        self.total = total
        self.stream = stream
        self.enabled = total > _PROGRESS_AFTER and stream.isatty()
        self.started = time.monotonic()
        self.drawn = 0.0

    def update(self, done: int, failures: int, *, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self.drawn < 0.1:  # noqa: PLR2004
            return
        self.drawn = now
        rate = done / max(now - self.started, 1e-9)
        width = 30
        filled = width * done // max(self.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(
            f"\r[{bar}] {done}/{self.total} pages, {rate:,.0f}/s, "
            f"{failures} failed"
        )
        if final:
            self.stream.write("\n")
        self.stream.flush()


def _check_paths(paths: Sequence[str]) -> None:
    for name in paths:
        if name != "-" and not Path(name).exists():
            msg = f"{name}: no such file or folder"
            raise _UsageError(msg)


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
        msg = (
            f"not UTF-8 text (byte {e.start}: {data[e.start : e.start + 1]!r})"
        )
        raise RelwatchError(msg) from None


def _parse(args: argparse.Namespace) -> int:
    from ._article import parse_article
    from .serialization import to_json

    _check_paths(args.paths)
    total = sum(1 for _ in _pages(args.paths))
    if not total:
        msg = f"no *.txt pages in {', '.join(args.paths)}"
        raise _UsageError(msg)
    failures = 0
    progress = _Progress(total, sys.stderr)
    with _atomic_output(args.output) as out:
        for done, name in enumerate(_pages(args.paths), start=1):
            try:
                article = parse_article(
                    _read_page(name), reference=args.reference
                )
            except (RelwatchError, OSError) as e:
                reason = e.strerror if isinstance(e, OSError) else str(e)
                failures += 1
                if args.errors != "skip":
                    sys.stderr.write(f"{name}: {reason}\n")
                if args.errors == "fail":
                    raise _FailFastError from None
            else:
                out.write(to_json(article) + "\n")
            progress.update(done, failures, final=done == total)
    where = f" into {args.output}" if args.output not in (None, "-") else ""
    if failures:
        sys.stderr.write(
            f"relwatch: {total - failures} of {total} pages "
            f"parsed{where}, {failures} failed\n"
        )
        return OK if args.errors == "skip" else FAILED
    if where:
        sys.stderr.write(f"relwatch: {total} pages parsed{where}\n")
    return OK


class _FailFastError(Exception):
    """--errors fail: stop at the first failure (already reported)."""


def _documents(path: str) -> Iterator[tuple[int, object]]:
    """
    (line number, parsed JSON) for each document of a JSON Lines file, or
    the one document of a JSON file (line 1).
    """
    text = Path(path).read_text(encoding="utf-8")
    if path.endswith(".json"):
        yield 1, text
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def _validate(args: argparse.Namespace) -> int:
    from .serialization import from_json

    cls = _TYPES[args.type]
    problems = 0
    checked = 0
    for path in args.files:
        try:
            documents = list(_documents(path))
        except (OSError, UnicodeDecodeError) as e:
            reason = getattr(e, "strerror", None) or str(e)
            sys.stderr.write(f"{path}: {reason}\n")
            problems += 1
            continue
        for number, text in documents:
            checked += 1
            try:
                from_json(cls, text)  # type: ignore[arg-type]
            except ValidationError as e:
                for where, message in e.errors:
                    sys.stderr.write(f"{path}:{number}: {where}: {message}\n")
                problems += 1
            except SchemaVersionError as e:
                sys.stderr.write(f"{path}:{number}: {e}\n")
                problems += 1
    if problems:
        sys.stderr.write(
            f"relwatch: {problems} of {checked} documents invalid\n"
        )
        return FAILED
    sys.stdout.write(f"{checked} documents valid\n")
    return OK


def _schema(args: argparse.Namespace) -> int:
    from .schema import json_schema

    sys.stdout.write(
        json.dumps(
            json_schema(_TYPES[args.type]), indent=2, ensure_ascii=False
        )
        + "\n"
    )
    return OK


def _records(source: str, cls: type) -> list[Any]:
    """
    The records of a JSON Lines file, a JSON array (``.json``) or a Parquet
    file (``.parquet``), each checked.
    """
    from .serialization import from_json, load_jsonl

    if source.endswith(".parquet"):
        from .interop.arrow import read_parquet

        return list(read_parquet(source, cls))
    if source.endswith(".json"):
        data = json.loads(Path(source).read_text(encoding="utf-8"))
        if not isinstance(data, list):
            msg = f"{source}: expected a JSON array of documents"
            raise _UsageError(msg)
        return [from_json(cls, json.dumps(item)) for item in data]
    with Path(source).open(encoding="utf-8") as f:
        return list(load_jsonl(f, cls))


def _convert(args: argparse.Namespace) -> int:
    from .serialization import to_dict, to_json

    cls = _TYPES[args.type]
    source, target = args.input, args.output
    if target.endswith(".parquet") or source.endswith(".parquet"):
        try:
            from .interop.arrow import write_parquet
        except ImportError:
            msg = "Parquet needs pyarrow: pip install 'relwatch[arrow]'"
            raise _UsageError(msg) from None
    records = _records(source, cls)
    if target.endswith(".parquet"):
        folder = Path(target).parent
        if not folder.is_dir():
            msg = f"{target}: cannot write here: no folder {str(folder)!r}"
            raise _UsageError(msg)
        write_parquet(records, target, cls=cls)
        return OK
    with _atomic_output(target) as out:
        if target.endswith(".json"):
            json.dump(
                [to_dict(r) for r in records],
                out,
                ensure_ascii=False,
                indent=2,
            )
            out.write("\n")
        else:
            for record in records:
                out.write(to_json(record) + "\n")
    return OK


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"{text!r} is not a date (YYYY-MM-DD)"
        raise argparse.ArgumentTypeError(msg) from None


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    top = argparse.ArgumentParser(
        prog="relwatch",
        description="Parse news pages into relwatch records, and check, "
        "convert and describe relwatch data.",
        epilog="examples:\n"
        "  relwatch parse examples/pages -o articles.jsonl\n"
        "  relwatch validate articles.jsonl\n"
        "  relwatch schema article\n"
        "  relwatch convert articles.jsonl -o articles.json",
        formatter_class=formatter,
    )
    top.add_argument(
        "--version", action="version", version=f"relwatch {_version()}"
    )
    top.add_argument("--debug", action="store_true", help="show tracebacks")
    commands = top.add_subparsers(
        dest="command", metavar="COMMAND", required=True
    )

    parse = commands.add_parser(
        "parse",
        help="parse pages into articles (JSON Lines)",
        description="Parse page files, folders of *.txt pages, or - (standard "
        "input) into one Article a line.",
        epilog="examples:\n"
        "  relwatch parse examples/pages -o articles.jsonl\n"
        "  relwatch parse page.txt --reference 2025-04-04\n"
        "  cat page.txt | relwatch parse - > articles.jsonl",
        formatter_class=formatter,
    )
    parse.add_argument(
        "paths", nargs="+", metavar="PATH", help="file, folder or -"
    )
    parse.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="JSON Lines file (default: standard output)",
    )
    parse.add_argument(
        "--reference",
        type=_date,
        metavar="DATE",
        help="date the pages were read, for datelines without a year",
    )
    parse.add_argument(
        "--errors",
        choices=("report", "skip", "fail"),
        default="report",
        help="report each failed page and exit 1 (default); skip them "
        "quietly and exit 0; or fail at the first",
    )
    parse.set_defaults(run=_parse)

    validate = commands.add_parser(
        "validate",
        help="check JSON Lines or JSON documents against the schema",
        description="Check each document; print every problem as "
        "FILE:LINE: path: what.",
        epilog="examples:\n"
        "  relwatch validate articles.jsonl\n"
        "  relwatch validate --type actor actors.jsonl",
        formatter_class=formatter,
    )
    validate.add_argument("files", nargs="+", metavar="FILE")
    validate.add_argument("--type", choices=sorted(_TYPES), default="article")
    validate.set_defaults(run=_validate)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a record type",
        epilog="examples:\n  relwatch schema\n  relwatch schema event",
        formatter_class=formatter,
    )
    schema.add_argument(
        "type", nargs="?", choices=sorted(_TYPES), default="article"
    )
    schema.set_defaults(run=_schema)

    convert = commands.add_parser(
        "convert",
        help="convert between JSON Lines (.jsonl), a JSON array (.json) "
        "and Parquet (.parquet)",
        epilog="examples:\n"
        "  relwatch convert articles.jsonl -o articles.json\n"
        "  relwatch convert articles.json -o articles.jsonl\n"
        "  relwatch convert articles.jsonl -o articles.parquet",
        formatter_class=formatter,
    )
    convert.add_argument("input", metavar="IN")
    convert.add_argument("-o", "--output", required=True, metavar="OUT")
    convert.add_argument("--type", choices=sorted(_TYPES), default="article")
    convert.set_defaults(run=_convert)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``relwatch`` command with *argv* (default: ``sys.argv[1:]``).

    Returns:
        The exit status: 0 ok, 1 some input failed, 2 usage error.
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # --help, --version and argparse's own errors
        return int(e.code or 0)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except _FailFastError:
        return FAILED
    except _UsageError as e:
        sys.stderr.write(f"relwatch: {e}\n")
        return USAGE
    except (RelwatchError, OSError, ValueError) as e:
        if args.debug:
            raise
        sys.stderr.write(f"relwatch: {e}\n")
        return FAILED


def main_exit() -> None:
    """
    Entry point of the installed ``relwatch`` script.
    """
    sys.exit(main())
