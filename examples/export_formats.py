"""
Export one article to PLOVER, GDELT-style rows, schema.org JSON-LD and IPTC
ninjs, and show what each format keeps.

Uses the hand-built sample article (a planned state visit and the phone
call that arranged it) from ``sample_article.py``.

Run it with ``python examples/export_formats.py``.
"""

import json
import runpy

from pathlib import Path

from relwatch.interop import to_gdelt_rows, to_ninjs, to_plover, to_schemaorg


def main() -> None:
    sample = runpy.run_path(str(Path(__file__).parent / "sample_article.py"))
    article = sample["build_article"]()
    print("PLOVER:")
    for record in to_plover(article):
        print(
            f"  {record['event']}/{record['mode']} CAMEO {record['cameo']} {record['date']} context={record['context']}"
        )
    print("GDELT rows:")
    for row in to_gdelt_rows(article):
        print(
            f"  {row['SQLDATE']} {row['Actor1Name']} -> {row['Actor2Name']}: {row['EventCode']} (Goldstein {row['GoldsteinScale']})"
        )
    print("schema.org:")
    data = to_schemaorg(article)
    print(f"  {data['@type']} with {len(data['mentions'])} mentions")
    print("ninjs:")
    print(
        "  "
        + json.dumps(
            {k: to_ninjs(article)[k] for k in ("uri", "type", "byline")}
        )
    )


if __name__ == "__main__":
    main()
