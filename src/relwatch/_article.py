"""
Whole page text -> `Article`: the opening read by `_dateline`, the body
cleaned of the feed's furniture.
"""

from __future__ import annotations

import datetime as dt

from typing import Final

from . import _patterns as p
from ._dateline import check_input, normalise, scan_opening
from ._models import Article
from .exceptions import ParseError


__all__ = ["parse_article"]

_QUOTE_START: Final = 80


def clean_body(text: str) -> str:
    """
    The article text of *text* (everything after the opening): footers,
    tracking codes, sign-offs, link lines and HTML residue removed,
    paragraphs separated by one blank line.
    """
    disclaimer = p.LEGAL_DISCLAIMER.search(text)
    if disclaimer is not None:
        text = text[: disclaimer.start()]
    text = p.TEASER_BLOCK.sub("", text)
    text = _without_page_matter(text)
    text = p.TRACKING_CODE.sub("", text)
    text = p.END_SIGN_OFF.sub("", text)
    text = p.HTML_RESIDUE.sub(" ", text)
    text = p.READ_MORE_LINE.sub("", text)
    return Article.join_paragraphs(p.BLANK_LINES.split(text))


def _without_page_matter(text: str) -> str:
    """
    *text* up to the page's own matter after the article (related links,
    tags, comments, other stories' headlines), without widgets inside it
    (newsletter boxes, share buttons, vote counts, `Check also` links, a
    label of other stories with prose after it).
    """
    kept = []
    lines = text.split("\n")
    prose_after: list[bool] | None = None  # read only for a label, once
    for index, line in enumerate(lines):
        stripped = line.strip()
        short = len(stripped) <= p.FOOTER_LINE_MAX
        if not stripped or len(stripped) > p.NEWSLETTER_LINE_MAX:
            kept.append(line)
        elif short and p.FOOTER_LINE.fullmatch(stripped):
            break
        elif short and p.SOFT_FOOTER_LINE.fullmatch(stripped):
            if prose_after is None:
                prose_after = _prose_after(lines)
            if not prose_after[index + 1]:
                break  # `RECENT STORIES` over headlines only
        elif not (
            p.WIDGET_LINE.fullmatch(stripped)
            or "newsletter" in stripped.casefold()
        ):
            kept.append(line)
    return "\n".join(kept)


def _prose_after(lines: list[str]) -> list[bool]:
    """
    Whether prose follows each of *lines* (one more for the end), read once
    from the end: linear however many labels the text holds.
    """
    after = [False] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        after[index] = after[index + 1] or _prose(lines[index])
    return after


def _prose(line: str) -> bool:
    """
    Whether *line* reads as prose: it ends a sentence, not cut short
    (`...`), and has a sentence's length.
    """
    stripped = line.rstrip()
    return (
        stripped.endswith(p.PROSE_END)
        and not stripped.endswith(("..", "…"))
        and len(stripped.split()) >= p.PROSE_WORDS_MIN
    )


def _url_date(url: str | None) -> dt.date | None:
    """
    The date a news page's address gives (`/2025/04/08/`), if a real one.
    """
    if url is None:
        return None
    m = p.URL_DATE.search(url)
    if m is None:
        return None
    try:
        return dt.date(
            int(m["year"]), int(m["month"] or m["mm"]), int(m["day"])
        )
    except ValueError:
        return None


def parse_article(
    text: str, url: str | None = None, reference: dt.date | None = None
) -> Article:
    """
    Turn the text of a syndicated page, or of a page from any outlet, into
    an `Article`.

    The dateline gives outlet, aggregator, bylines and the publication date
    (the dateline's date, else the crawl date, else the page's own
    timestamp below its headline, else a date in *url*'s path, else a date
    above the headline, else *reference*).  The
    headline is the page's title line, if it has one.  The body is what
    follows the opening (headline, timestamps, captions, credits and other
    page furniture), without footers, related links, widgets and feed noise.

    Args:
        text: The page text, from its beginning.
        url: Where the page was read, kept as the article's url and id.
        reference: The date the page was read, when it has no crawl prefix.

    Raises:
        ParseError: For input that is not text, or has no article text.
        ValidationError: For a *url* that is not an absolute URI.

    >>> a = parse_article(" date 2025-04-04 MENAFN - AzerNews) Leyla Karimova "
    ...                   "Read more\\n\\nTalks on transit resumed in Baku.")
    >>> a.outlet, a.bylines, a.published, a.body
    ('AzerNews', ('Leyla Karimova',), datetime.date(2025, 4, 4), 'Talks on transit resumed in Baku.')
    >>> a = parse_article("Transit Talks Resume\\n\\n7 April 2025 16:11\\n\\n"
    ...                   "Rabat — Talks on transit resumed in the capital on Monday.")
    >>> a.headline, a.dateline.place, a.body
    ('Transit Talks Resume', 'Rabat', 'Talks on transit resumed in the capital on Monday.')
    """
    check_input(text, reference, ParseError)
    page = normalise(text)
    opening = scan_opening(page, reference)
    dateline, start, headline = opening.dateline, opening.end, opening.headline
    body = clean_body(page[start:])
    if not body:
        msg = f"no article text after the opening of a page that starts {text[:_QUOTE_START].strip()!r}"
        raise ParseError(msg, text)
    published = (
        opening.stamp or _url_date(url) or opening.stamp_above or reference
    )
    if dateline is not None:
        published = dateline.date or dateline.crawl_date or published
    return Article(
        url=url,
        headline=headline,
        body=body,
        outlet=None if dateline is None else dateline.outlet,
        aggregator=None if dateline is None else dateline.aggregator,
        bylines=() if dateline is None else dateline.bylines,
        published=published,
        dateline=dateline,
    )
