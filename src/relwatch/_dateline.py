"""
The opening of a syndicated page -> `Dateline`.

A MENAFN page opens with some of: a crawl prefix (`` date 2025-04-04``),
junk or a headline, the header ``(MENAFN- Outlet)``, a credit or byline, and
an in-body wire dateline (``KUWAIT, Sept 4 (KUNA) --``).  Each is looked for
where it can stand, within a bounded window, so that any input parses in
linear time.  Dates are read with dateutil's month names.
"""

from __future__ import annotations

import datetime as dt
import re

from typing import Final, NamedTuple

from dateutil import parser as date_parser

from . import _checks
from . import _patterns as p
from ._models import Dateline
from .exceptions import DatelineError, ParseError


__all__ = ["check_input", "normalise", "parse_dateline", "scan_opening"]

# How far into the text the header and a dateline are looked for.
_WINDOW: Final = 4000
_HALF_YEAR: Final = 182
# Stands in for a missing anchor where a date gives its own year.
_NO_ANCHOR: Final = dt.date(2000, 1, 1)
_QUOTE_START: Final = 80
# Lines that end like prose rather than like a headline or a label.
_TERMINAL: Final = (".", "!", "?", '"', "”", "’", "'", ":", ";", ",")
# Words that end a colon or dash "place" that is really a label or outlet:
# `Health Minister: ...`, `KT File Photo: ...`, `ALBAWABA - ...`.
_NOT_PLACES: Final = frozenset(
    {
        "minister",
        "photo",
        "update",
        "updated",
        "watch",
        "video",
        "breaking",
        "exclusive",
        "opinion",
        "editorial",
        "analysis",
        "interview",
        "note",
        "source",
        "sources",
        "published",
        "date",
        "title",
        "headline",
        "met",
        "albawaba",
        "report",
        "news",
        "live",
        "read",
        "also",
        "more",
        "comment",
        "factbox",
        "explainer",
        "stocks",
        "mideast",
        "quote",
        "summary",
        "agency",
        "president",
        "says",
        "said",
    }
)
# Words that make a capitalised line a headline, not a name.
_NOT_NAMES: Final = frozenset(
    [
        "Of",
        "In",
        "To",
        "The",
        "For",
        "And",
        "On",
        "At",
        "With",
        "From",
        "As",
        "Is",
        "Are",
        "Over",
        "New",
    ]
)
# Dateline(...) with the same checks, without attrs' per-field setattr.
_new_dateline: Final = _checks.builder(Dateline)
# What a BY_LINE starts with.
_BY: Final = frozenset({"By", "by"})
_TIME_OF_DAY: Final = re.compile(r"[0-9]{1,2}:[0-9]{2}")
# Month numbers by lower-case name, from dateutil's own list (`Sept`,
# `September`, `Sep`): a dict lookup, without parserinfo.month's call.
_MONTHS: Final = {
    name.lower(): number
    for number, names in enumerate(date_parser.parserinfo.MONTHS, 1)
    for name in names
}


class _Found(NamedTuple):
    place: str | None
    date: dt.date | None
    agency: str | None
    bylines: tuple[str, ...]
    end: int


def _skip_space(text: str, at: int, stop: int) -> int:
    while at < stop and text[at].isspace():
        at += 1
    return at


def _is_prose(text: str, start: int, end: int) -> bool:
    """
    Whether the line text[start:end] reads as a line of article text rather
    than a headline, label or timestamp.
    """
    line = text[start:end]
    words = line.split()
    if len(words) < 6:  # noqa: PLR2004
        return False
    if line.rstrip().endswith(_TERMINAL):
        return True
    if len(words) < 8:  # noqa: PLR2004
        return False
    lowercase = sum(w[:1].islower() for w in words)
    # A long run of mostly lower-case words is no headline wherever it
    # stops; a hard-wrapped line of text ends anywhere, but goes on below.
    if len(words) >= 20 and lowercase >= 5:  # noqa: PLR2004
        return True
    return lowercase >= 4 and _continues(text, end)  # noqa: PLR2004


def _next_line(text: str, line_end: int) -> str:
    nxt = text.find("\n", line_end + 1)
    return text[line_end + 1 : len(text) if nxt < 0 else nxt].strip()


def _continues(text: str, line_end: int) -> bool:
    """
    Whether the line ending at *line_end* is followed by a non-blank line.
    """
    # Four words or more: a name or a label below a headline is no
    # continuation.
    return len(_next_line(text, line_end).split()) >= 4  # noqa: PLR2004


def _read_date(token: str, year: int, *, dayfirst: bool) -> dt.date | None:
    """
    The date *token* names, in *year* unless it gives its own.

    Every date part of the dateline patterns is ``dd.mm.yyyy`` or a month
    name with a day (and perhaps a year), read here with dateutil's month
    names; any other token names no date.
    """
    dotted = p.DOTTED_DATE.fullmatch(token)
    if dotted is not None:
        return _dotted_date(
            int(dotted["first"]),
            int(dotted["second"]),
            int(dotted["year"]),
            dayfirst=dayfirst,
        )
    m = p.SIMPLE_DATE.fullmatch(token)
    if m is not None:
        return _month_date(
            m["month1"] or m["month2"],
            int(m["day1"] or m["day2"]),
            int(m["year"]) if m["year"] else year,
        )
    return None


def _dotted_date(
    first: int, second: int, year: int, *, dayfirst: bool
) -> dt.date | None:
    # As dateutil reads `04.03.2025`: in the order asked for, unless the
    # month would be past 12 (`04.13.2025` is April 13 either way).
    day, month = (first, second) if dayfirst else (second, first)
    if month > 12:  # noqa: PLR2004
        day, month = month, day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_date(month_name: str, day: int, year: int) -> dt.date | None:
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _parse_date(
    token: str, anchor: dt.date | None, *, dayfirst: bool = False
) -> dt.date | None:
    """
    The date *token* names; a missing year is the one that puts the date
    nearest *anchor* (``Dec 30`` read on 2 January is last year's).
    """
    token = token.strip(" ,.")
    has_year = p.DATE_WITH_YEAR.search(token) is not None
    if not has_year and anchor is None:
        return None
    parsed = _read_date(token, (anchor or _NO_ANCHOR).year, dayfirst=dayfirst)
    return _nearest(parsed, anchor, has_year=has_year)


def _tag_date(m: re.Match[str], anchor: dt.date | None) -> dt.date | None:
    """
    The date of a `TAG_DATE` match, as `_parse_date` reads its text:
    dotted dates day first, a missing year the one nearest *anchor*.
    """
    # All groups in one call, in TAG_DATE's order.
    first, second, dotted_year, day1, month1, month2, day2, year = m.groups()
    # Whether the token gives its year, as DATE_WITH_YEAR reads it.
    if dotted_year is not None:
        has_year = dotted_year[0] in "12"
    else:
        has_year = year is not None
    if not has_year and anchor is None:
        return None
    if dotted_year is not None:
        parsed = _dotted_date(
            int(first), int(second), int(dotted_year), dayfirst=True
        )
    else:
        parsed = _month_date(
            month1 or month2,
            int(day1 or day2),
            int(year) if year is not None else (anchor or _NO_ANCHOR).year,
        )
    return _nearest(parsed, anchor, has_year=has_year)


def _nearest(
    parsed: dt.date | None, anchor: dt.date | None, *, has_year: bool
) -> dt.date | None:
    """
    *parsed*, or for a date without a year the same day in the year that
    puts it nearest *anchor*.
    """
    if parsed is None or has_year or anchor is None:
        return parsed
    # The year that puts the date nearest the anchor.  Within 182 days in
    # the anchor's own year, no other year can be nearer.
    if abs((parsed - anchor).days) <= _HALF_YEAR:
        return parsed
    candidates = []
    for year in (parsed.year - 1, parsed.year, parsed.year + 1):
        try:
            candidates.append(parsed.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(candidates, key=lambda day: abs((day - anchor).days))


def _strong_dateline(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    """
    A dateline with an agency tag or a wire's own layout, at *at*.
    """
    if not text[at].isupper():
        return None
    return _tagged_dateline(text, at, line_end, anchor) or _wire_layout(
        text, at, anchor
    )


def _tagged_candidates(
    text: str, at: int, line_end: int
) -> list[re.Pattern[str]]:
    """
    The tagged layouts that can match at *at*, most specific first.

    Their place and date parts hold no newline, parenthesis or slash, so
    the tag is the line's first ``(`` or ``/``, after a comma: a line
    without one is not tried at all, and most lines have none.
    """
    candidates = []
    slash = text.find("/", at, line_end)
    if slash >= 0 and text.find(",", at, slash) >= 0:
        candidates.append(p.SLASH_DATELINE)
    paren = text.find("(", at, line_end)
    if paren >= 0:
        if text.startswith("(BUSINESS WIRE)", paren):
            candidates.append(p.BUSINESS_WIRE)
        if text.find(",", at, paren) >= 0:
            candidates.append(p.TAG_DATELINE)
        candidates.append(p.CAPS_TAG_DATELINE)
    return candidates


def _tagged_dateline(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    for pattern in _tagged_candidates(text, at, line_end):
        m = pattern.match(text, at, at + 200)
        if m is None:
            continue
        date = None
        if "date" in pattern.groupindex:
            shape = p.TAG_DATE.fullmatch(m["date"].strip(" ,."))
            if shape is None:
                continue  # not a date where the date goes
            date = _tag_date(shape, anchor)
        return _Found(
            m["place"].strip(), date, m["agency"].strip(), (), m.end()
        )
    return None


def _wire_layout(text: str, at: int, anchor: dt.date | None) -> _Found | None:
    # AZERTAC's `Baku, April 9, AZERTAC`, Anadolu's `ANKARA-Anadolu Agency`
    # and Trend's `BAKU, Azerbaijan, March 2.`
    m = (
        p.AZERTAC_DATELINE.match(text, at, at + 120)
        if text.find("AZERTAC", at, at + 200) >= 0
        else None
    )
    if m:
        date = _parse_date(m["date"], anchor)
        return _Found(m["place"], date, m["agency"], (), m.end())
    m = (
        p.ANADOLU_LINE.match(text, at, at + 80)
        if text.find("Anadolu", at, at + 200) >= 0
        else None
    )
    if m:
        return _Found(m["place"].strip(), None, m["agency"], (), m.end())
    # Its place and country each end in a comma, the first at most 51
    # characters in, the next at most 54 after it: most lines are not tried.
    comma = text.find(",", at, at + 52)
    if comma < 0 or text.find(",", comma + 1, comma + 55) < 0:
        return None
    m = p.TREND_DATELINE.match(text, at, at + 120)
    if m is None:
        return None
    date = _parse_date(m["date"], anchor)
    end = m.end()
    bylines: tuple[str, ...] = ()
    agency = None
    credit = p.TREND_CREDIT.match(text, end, end + 120)
    if credit:
        agency = credit["agency"]
        if credit["name"]:
            bylines = (credit["name"].strip(),)
        end = credit.end()
    return _Found(m["place"], date, agency, bylines, end)


def _weak_dateline(
    text: str, at: int, line_end: int, anchor: dt.date | None, *, prose: bool
) -> _Found | None:
    """
    A colon, dash or bare-date dateline at *at*, on a line of prose only.
    """
    if not prose:
        return None
    # Each is tried only where it can match: the comma after a capital
    # place, the colon after a place (neither place holds its own), and a
    # dash dateline's capital second letter.
    if text.find(",", at, at + p.CAPS_DATE_PLACE_MAX + 1) >= 0:
        m = p.CAPS_DATE_DATELINE.match(text, at, line_end)
        if m:
            date = _parse_date(m["date"], anchor)
            if date is not None:
                return _Found(m["place"], date, None, (), m.end())
    colon = text.find(":", at, at + p.COLON_PLACE_MAX + 1) >= 0
    capitals = text[at + 1 : at + 2] in p.DASH_PLACE_SECOND
    for pattern, possible in (
        (p.COLON_DATELINE, colon),
        (p.DASH_DATELINE, capitals),
    ):
        m = pattern.match(text, at, line_end) if possible else None
        if m is None:
            continue
        words = re.split(r"[\s,.-]+", m["place"].casefold())
        if _NOT_PLACES.intersection(words):
            continue
        return _Found(m["place"], None, None, (), m.end())
    return None


def _person(line: str) -> re.Match[str] | None:
    """
    The match of a person's name filling *line*, with no word such as
    ``Of`` or ``The`` that marks a headline.
    """
    if len(line) > p.PERSON_NAME_MAX:
        return None
    m = p.PERSON_NAME.fullmatch(line)
    if m is None or not _NOT_NAMES.isdisjoint(p.WORD_RUN.findall(line)):
        return None
    return m


def _credit_end(word: str) -> bool:
    """
    Whether *word* may end a credit.
    """
    if word.isascii():
        return word.lower() in p.CREDIT_ENDS
    return p.CREDIT_END.fullmatch(word) is not None


def _credit_line(line: str) -> tuple[str | None, str | None] | None:
    """
    (byline, agency) for a credit or byline line, or None when it is neither.
    """
    stripped = line.strip()
    if (
        len(stripped) <= p.CREDIT_MAX
        and _credit_end(stripped.rsplit(None, 1)[-1])
        and p.CREDIT.fullmatch(stripped)
    ):
        tag = stripped.removeprefix("By ").removeprefix("by ")
        agency = tag if tag.isupper() and len(tag) <= 6 else None  # noqa: PLR2004
        return None, agency
    m = p.BY_LINE.fullmatch(stripped) if stripped[:2] in _BY else None
    if m:
        name = m["name"].strip()
        if _person(name):
            return name, m["agency"]
    return None


def _find_header(text: str, start: int) -> tuple[int, str, int] | None:
    """
    (start, outlet, end) of the first MENAFN header in the window.
    """
    stop = min(len(text), start + _WINDOW)
    at = text.find(p.HEADER_WORD, start, stop)
    while at >= 0:
        dash = p.HEADER_DASH.match(text, at + len(p.HEADER_WORD))
        if dash is not None:
            outlet = _outlet(text, dash.end())
            if outlet is not None:
                return at, outlet[0], outlet[1]
        at = text.find(p.HEADER_WORD, at + 1, stop)
    return None


def _outlet(text: str, start: int) -> tuple[str, int] | None:
    """
    The outlet up to the parenthesis that closes the header, which may
    contain its own: `Kuwait News Agency (KUNA))`.  Never past the line.
    """
    limit = min(len(text), start + p.HEADER_OUTLET_MAX)
    newline = text.find("\n", start, limit)
    if newline >= 0:
        limit = newline
    depth = 0
    at = start
    while (close := text.find(")", at, limit)) >= 0:
        depth += text.count("(", at, close)
        if depth == 0:
            outlet = text[start:close].strip()
            return (outlet, close + 1) if outlet else None
        depth -= 1
        at = close + 1
    return None


def _read_openings(  # noqa: C901, PLR0912 - one pass, one state machine
    text: str, start: int, anchor: dt.date | None, *, after_header: bool
) -> _Found:
    """
    Bylines, credits and the wire dateline from *start*, and where the body
    begins.

    After a MENAFN header the dateline, if any, comes before the first line
    of the body.  Without a header a page may carry the end of another story
    first, so a tagged dateline is looked for through the whole window.
    """
    stop = min(len(text), start + _WINDOW)
    bylines: list[str] = []
    agency: str | None = None
    previous = "header" if after_header else "start"
    body_at: int | None = None
    next_line = start
    while next_line < stop:
        newline = text.find("\n", next_line, stop)
        line_end = stop if newline < 0 else newline
        raw = text[next_line:line_end]
        next_line = line_end + 1
        line = raw.strip()
        if not line:
            continue
        at = line_end - len(raw.lstrip())
        strong = _strong_dateline(text, at, line_end, anchor)
        if strong is not None:
            if not bylines and agency is None:
                return strong  # nothing found before it to add
            return _Found(
                strong.place,
                strong.date,
                strong.agency or agency,
                (*bylines, *strong.bylines),
                strong.end,
            )
        if body_at is not None:
            continue
        prose = _is_prose(text, at, line_end)
        weak = _weak_dateline(text, at, line_end, anchor, prose=prose)
        if weak is not None:
            return _Found(
                weak.place, weak.date, agency, tuple(bylines), weak.end
            )
        credit = _credit_line(line)
        if credit is not None:
            name, tag = credit
            if name:
                bylines.append(name)
            # An agency credit counts only where MENAFN puts it, after the
            # header; `By WAM` on an outlet's own page is a credit only.
            agency = agency or (tag if after_header else None)
            previous = "credit" if name is None else "byline"
            continue
        person = _person(line)
        if person and (
            previous in {"header", "start", "timestamp"}
            or line.endswith("Read more")
            or _next_line(text, line_end) in {"Read more", line}
        ):
            if person["name"] not in bylines:
                bylines.append(person["name"])
            previous = "byline"
            continue
        if line == "Read more":
            continue
        if after_header or prose:
            body_at = at
            if after_header:
                break
        else:
            timestamp = ":" in line and _TIME_OF_DAY.search(line)
            previous = "timestamp" if timestamp else "other"
    if body_at is None:
        body_at = _skip_space(text, start, len(text))
    return _Found(None, None, agency, tuple(bylines), body_at)


def normalise(text: str) -> str:
    """
    *text* with invisible marks before its first character blanked and
    carriage returns read as line breaks, at the same length, so that
    offsets into it are offsets into *text*.
    """
    # A byte order mark or a right-to-left mark would hide the crawl
    # prefix; `\r` alone would make one line, and one paragraph, of a page.
    if not text[:64].isascii():
        marks = p.LEADING_MARKS.match(text)
        if marks is not None:
            text = " " * marks.end() + text[marks.end() :]
    if "\r" in text:
        text = text.replace("\r\n", " \n").replace("\r", "\n")
    return text


def check_input(
    text: object, reference: object, error: type[ParseError]
) -> None:
    """
    Raise *error* unless *text* is a str and *reference* a date or None.
    """
    if not isinstance(text, str):
        msg = f"expected the page as text, got {type(text).__name__}"
        raise error(msg, repr(text)[:_QUOTE_START])
    if reference is not None and (
        isinstance(reference, dt.datetime)
        or not isinstance(reference, dt.date)
    ):
        msg = f"reference must be a datetime.date, got {reference!r}"
        raise error(msg, text)


def scan_opening(
    text: str, reference: dt.date | None = None
) -> tuple[Dateline | None, int]:
    """
    The page's dateline (None when it has none) and where its body begins.
    """
    crawl_date = None
    at = 0
    prefix = p.CRAWL_PREFIX.match(text)
    if prefix is not None:
        at = prefix.end()
        if prefix["day"] is not None:
            # The pattern matched ASCII digits as YYYY-MM-DD.
            iso = text[prefix.start("year") : prefix.end("day")]
            try:
                crawl_date = dt.date.fromisoformat(iso)
            except ValueError:
                crawl_date = None
    anchor = crawl_date or reference
    header = _find_header(text, at)
    outlet = None
    if header is not None:
        _, outlet, at = header
    found = _read_openings(text, at, anchor, after_header=header is not None)
    if (
        prefix is None
        and header is None
        and found.place is None
        and not found.bylines
    ):
        return None, found.end
    dateline = _new_dateline(
        crawl_date=crawl_date,
        aggregator="MENAFN" if header is not None else None,
        outlet=outlet,
        bylines=found.bylines,
        place=found.place,
        date=found.date,
        agency=found.agency,
        end=found.end,
    )
    return dateline, found.end


def parse_dateline(text: str, reference: dt.date | None = None) -> Dateline:
    """
    Read what the opening of a syndicated page says.

    Args:
        text: The page text, from its beginning.
        reference: The date the page was read, for datelines without a year
            when the page has no crawl prefix.

    Returns:
        The crawl date, aggregator, outlet, bylines, in-body dateline (place,
        date, agency) and the offset where the body begins.

    Raises:
        DatelineError: When the text has none of a crawl prefix, a MENAFN
            header, a byline or a wire dateline.

    >>> d = parse_dateline(" date 2025-04-04 (MENAFN- Kuwait News Agency (KUNA)) "
    ...                    "KUWAIT, April 4 (KUNA) -- The ministry said ...")
    >>> d.outlet, d.place, d.date, d.agency
    ('Kuwait News Agency (KUNA)', 'KUWAIT', datetime.date(2025, 4, 4), 'KUNA')
    """
    check_input(text, reference, DatelineError)
    dateline, _ = scan_opening(normalise(text), reference)
    if dateline is None:
        start = text[:_QUOTE_START].strip()
        msg = (
            "no dateline: looked for a 'date YYYY-MM-DD' crawl prefix, a "
            "'(MENAFN- Outlet)' header, a byline and a wire dateline such as "
            f"'KUWAIT, Sept 4 (KUNA) --' in a text that starts {start!r}"
        )
        raise DatelineError(msg, text)
    return dateline
