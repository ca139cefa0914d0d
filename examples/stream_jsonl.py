"""
Stream articles through JSON Lines in constant memory, keeping every valid
record when some lines are bad.

Parses the bundled pages, writes them to a JSON Lines file with one line
deliberately corrupted, then reads it back lazily with ``errors="skip"``:
the valid articles come through and the bad line is reported with its
number.

Run it with ``python examples/stream_jsonl.py``.
"""

import tempfile

from pathlib import Path

import relwatch


PAGES = Path(__file__).parent / "pages"


def main() -> None:
    articles = (
        relwatch.parse_article(p.read_text(encoding="utf-8"))
        for p in sorted(PAGES.glob("*.txt"))
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        with path.open("w", encoding="utf-8") as f:
            written = relwatch.dump_jsonl(articles, f)
        lines = path.read_text(encoding="utf-8").splitlines()
        lines[2] = lines[2].replace('"body":', '"body": 5, "oops":', 1)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

        with path.open(encoding="utf-8") as f:
            reader = relwatch.load_jsonl(f, relwatch.Article, errors="skip")
            kept = sum(1 for _ in reader)
        print(f"wrote {written} articles, read back {kept}")
        for bad in reader.errors:
            print(f"  skipped {bad.error}")


if __name__ == "__main__":
    main()
