"""
Parse the bundled sample pages into articles and print what each says.

The pages in ``examples/pages/`` are invented, in the layouts of real
MENAFN-syndicated pages (KUNA, Petra, Trend, The Peninsula, AzerNews).  Each
is read with `relwatch.parse_article`, checked by the model on the way, and
summarised; ``--jsonl`` prints the articles as JSON Lines instead.

Run it with ``python examples/parse_pages.py [--jsonl]``.
"""

import sys

from pathlib import Path

import relwatch


PAGES = Path(__file__).parent / "pages"


def main(argv: list[str]) -> None:
    articles = [
        relwatch.parse_article(path.read_text(encoding="utf-8"))
        for path in sorted(PAGES.glob("*.txt"))
    ]
    if "--jsonl" in argv:
        relwatch.dump_jsonl(articles, sys.stdout)
        return
    for article in articles:
        print(
            f"{article.id}  {article.outlet} via {article.aggregator}, "
            f"published {article.published}"
        )
        d = article.dateline
        if d is not None:
            print(
                f"  dateline: place={d.place!r} date={d.date} "
                f"agency={d.agency!r} bylines={list(d.bylines)}"
            )
        first = article.paragraphs[0]
        print(
            f"  body: {len(article.paragraphs)} paragraph(s); {first[:70]}..."
        )


if __name__ == "__main__":
    main(sys.argv[1:])
