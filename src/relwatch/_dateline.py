"""
The opening of a page -> `Dateline`, where its body begins and its headline.

A MENAFN page opens with some of: a crawl prefix (`` date 2025-04-04``),
junk or a headline, the header ``(MENAFN- Outlet)``, a credit or byline, and
an in-body wire dateline (``KUWAIT, Sept 4 (KUNA) --``).  A page from any
other outlet opens with its headline and furniture (timestamps, breadcrumbs,
captions, credits; see `_lines`) before the dateline or the text.  Each part
is looked for where it can stand, within a bounded window, so that any input
parses in linear time.  Dates are read with dateutil's month names.
"""

from __future__ import annotations

import datetime as dt
import re

from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

from dateutil import parser as date_parser

from . import _checks
from . import _patterns as p
from ._lines import (
    TITLE_WORDS_MAX,
    agency_in,
    agency_line,
    dated_title,
    ends_sentence,
    glued_title_end,
    is_agency,
    is_breadcrumb,
    is_caption,
    is_chrome,
    is_counter,
    is_furniture,
    is_photo_credit,
    is_prose,
    is_timestamp,
    is_title,
    letters_key,
    repeats,
    same_title,
    stamp_words_only,
    title_shape,
    unglued,
)
from ._models import Dateline
from ._places import is_known_place, is_state_only
from .exceptions import DatelineError, ParseError


__all__ = ["check_input", "normalise", "parse_dateline", "scan_opening"]

# How far into the text the header and a dateline are looked for.
_WINDOW: Final = 4000
_HALF_YEAR: Final = 182
# Stands in for a missing anchor where a date gives its own year.
_NO_ANCHOR: Final = dt.date(2000, 1, 1)
_QUOTE_START: Final = 80
# The longest line read as a credit or a byline (`By Dana Levi and Omar
# Haddad in Kabul - Apr 08,2021 - Last updated Apr 08,2021`).
_CREDIT_LINE_MAX: Final = 120
# What a line above a byline can be.
_NAME_ABOVE: Final = frozenset(
    {"header", "timestamp", "title", "subtitle", "label"}
)
# How many writers' names a line may list alone: `Dana Levi, Sam Roe`.
_WRITERS_MIN: Final = 2
_WRITERS_MAX: Final = 4
# The parts of a line between bars that holds a byline: a section's
# label, the byline and the date.
_BAR_PARTS_MAX: Final = 3
# What a page's first title line can follow: the crawl prefix's outlet,
# an agency's name, nothing.
_TOP: Final = frozenset({"start", "other", "credit"})
# A label above the title is four words at most, three in capitals
# (`EXAMPLE / DIPLOMACY`), and the title twice as long; a deck below a
# headline may open with an article.
_LABEL_WORDS_MAX: Final = 4
_ACRONYM_LABEL_WORDS_MAX: Final = 3
_DECK_STARTS: Final = frozenset({"The", "A", "An"})
# What parts a section's path in capitals: `NORTHLAND / DIPLOMACY`.
_PATH_MARKS: Final = ("/", "|", "»", "›", ">")
_BY_SPACE: Final = frozenset({"By ", "by ", "BY "})
# The longest small word that links a name's words in any language:
# `de`, `del`, `von`.
_LINK_LETTERS_MAX: Final = 3
# What a line between the site's name and the title can be.
_FURNITURE: Final = frozenset({"chrome", "label", "timestamp"})
# What a line above the body can be that makes it the body for certain.
_BODY_ABOVE: Final = frozenset(
    {"credit", "byline", "timestamp", "place", "entry"}
)
# The most words of a headline in Title Case that ends with a full stop,
# or of a sentence right above a tagged dateline taken for the headline.
_TITLE_CASE_WORDS_MAX: Final = 16
_TITLE_CASE_SHARE: Final = 0.85
_SENTENCE_TITLE_WORDS_MAX: Final = 12
# The months of a year: a number up to it may be a day or a month.
_MONTHS_IN_YEAR: Final = 12
# The letters a summary has at least that a lead below it says again, and
# the words of the sentence the lead goes on with.
_REPEATED_SUMMARY_MIN: Final = 40
_SENTENCE_AFTER_WORDS: Final = 5
# The first words of a caption's credit or of page furniture after a line's
# first sentence, which no lead goes on with.
_FURNITURE_OPENINGS: Final = frozenset(
    """photo photos picture pictures image images credit credits source
    courtesy file video watch read related tags see click""".split()  # noqa: SIM905
)
# The fewest words of the line below a hard-wrapped paragraph's first.
_WRAPPED_WORDS_MIN: Final = 6
# The fewest words of a line that opens with an untagged dateline.
_DATELINE_LINE_WORDS_MIN: Final = 10
# How far a dateline's date before a comma may be before the page's date
# (a year: `Helsinki, August 1, 1975, ...` opens a sentence), and after it.
_COMMA_DATELINE_DAYS: Final = 366
_COMMA_DATELINE_AHEAD: Final = 2
# The marks that end a dateline alone on its line: `Tunis, 6 April 2017:`.
_LINE_END_MARKS: Final = frozenset(":-–—")
# The marks a line of text, or a speaker's label, ends with.
_TEXT_END_MARKS: Final = frozenset('.:?!"”’)')
# The most words of a line that names a person (`Akbar Novruz Read more`).
_NAME_WORDS_MAX: Final = 6
# The words of a pictured person's name after the office: `Dana Levi`,
# `Dana Levi-Kim Roe`.
_PICTURED_NAME_MIN: Final = 2
_PICTURED_NAME_MAX: Final = 3
# The most words of a line of writers each with a place: `Dana Levi in
# Northport and Sam Roe in Southport`.
_PLACED_NAMES_WORDS_MAX: Final = 16
# How far in the `(` of a date in parentheses can be: three words of 21
# letters, one space between, a comma and two spaces, a country of two
# words of 21 letters, and two spaces before it.
_PAREN_DATE_PLACE_MAX: Final = 113
# How far after a `(` the first `/` of a credits dateline can be.
_CREDITS_MAX: Final = 42
# The first letters of STAFF_REPORT_LABEL: `Own report: `.
_STAFF: Final = frozenset("OSBDW")
# A title's trail after bars: a section, the outlet and the date, each part
# but the date of three words at most.
_SITE_SUFFIX_PARTS: Final = 2
_SITE_SUFFIX_WORDS_MAX: Final = 3
# The most words of a weather widget's city: `Port Elena`.
_WIDGET_CITY_WORDS_MAX: Final = 3
# How far before the body a dateline's day is looked for: `NORTHPORT,
# Sept. 10 (Example News Agency) -- `.
_DAY_REACH: Final = 48
# The longest line, with spaces after it, read for a summary box's label.
_BOX_LEFT_MAX: Final = 40
# Where the lines read are as to a summary box: outside one, below its
# label, in its text, or below its text (bulleted items may follow).
_NO_BOX: Final = 0
_BOX_LABEL: Final = 1
_BOX_TEXT: Final = 2
_BOX_BELOW: Final = 3
# The marks BULLET starts with.
_BULLETS: Final = frozenset("-•*–—")
# The dashes that open a line of dialogue too.
_DIALOGUE_DASHES: Final = frozenset("–—")
# The fewest words of a title that ends a breadcrumb.
_CRUMB_TITLE_WORDS_MIN: Final = 4
# A breadcrumb's first part, its home: `Home`, `Latest News`.
_CRUMB_HEAD_WORDS_MAX: Final = 3
# Marks enough to make a breadcrumb of a line whose home is a site's name.
_CRUMB_MARKS_MIN: Final = 2
# The small words of a section's name in capitals: `Peace and Security`.
_CRUMB_PARTICLES: Final = frozenset(
    ["and", "of", "the", "in", "for", "on", "&"]
)
# The most words of an agency's name and a place on a line of their own.
_AGENCY_PLACE_WORDS_MAX: Final = 6
# How far below a transcript's first answer its speaker's label is looked
# for again.
_SPEAKER_REACH: Final = 20_000
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
        "latest",
        "poll",
        "polls",
        "source",
        "sources",
        "deadline",
        "published",
        "date",
        "title",
        "headline",
        "met",
        "albawaba",
        "report",
        "news",
        "daily",
        "weekly",
        "press",
        "release",
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
        "question",
        "answer",
        "reporter",
        "journalist",
        "moderator",
        "interviewer",
    }
)
# Titles and offices: a line that holds one is no byline, and a colon or
# dash "place" that holds one is a label (`Foreign Minister: ...`).
_ROLES: Final = p.word_set(
    """
    minister ministers president presidents secretary general prince princess
    king queen sheikh amir emir sultan ambassador envoy chief council state
    government ministry foreign prime deputy crown chairman head director
    spokesman spokesperson governor mayor commander army forces police court
    embassy parliament assembly summit talks highness excellency majesty
    """
)
# Words of an institution's name that no person's name holds: `Example
# Policy Forum | Northport | 6 May 2025` names the host of an event.
_INSTITUTION_WORDS: Final = p.word_set(
    """
    forum institute institution foundation centre center association
    society university college academy commission committee council
    """
)
# The most words of a newsletter's or a site's name in a masthead: `THE
# DIPLOMATIC WEEKLY`, `The Example Policy Brief`.
_MASTHEAD_WORDS_MAX: Final = 4
# The last words of a region's or a topic's name, never a writer's:
# `West Bank`, `Gaza Strip`, `Eastern Province`, `Human Rights`, `Climate
# Crisis`.
_NOT_WRITER_ENDS: Final = p.word_set(
    """
    bank strip province region regions territory territories coast valley
    peninsula gulf islands basin delta corridor heights border borders
    governorate district county prefecture oblast east west
    rights crisis change affairs relations security policy politics
    """
)
# Roles that are surnames too, and so may end a person's name: `Dana King`.
_SURNAME_ROLES: Final = frozenset({"king", "prince"})
# The marks around a timestamp's words: `(Updated:`, `14:22,`.
_STAMP_MARKS: Final = "()[]|,.:;-–—/"
_PLACE_SPLIT: Final = re.compile(r"[\s,.-]+")
# Month numbers of French, Spanish and Portuguese datelines (`Bakou, 9
# avril, AZERTAC`, `Dakar, 11 fév (APS)`, `Lima, 11 de febrero (Example)`),
# with the abbreviations French agencies write.
_FOREIGN_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        [
            ("janvier", "janv", "enero", "janeiro"),
            ("février", "fevrier", "févr", "fév", "febrero", "fevereiro"),
            ("mars", "marzo", "março", "marco"),
            ("avril", "avr", "abril"),
            ("mai", "mayo", "maio"),
            ("juin", "junio", "junho"),
            ("juillet", "juil", "julio", "julho"),
            ("août", "aout", "agosto"),
            ("septembre", "septiembre", "setiembre", "setembro"),
            ("octobre", "octubre", "outubro"),
            ("novembre", "noviembre", "novembro"),
            ("décembre", "decembre", "déc", "diciembre", "dezembro"),
        ],
        1,
    )
    for name in names
}
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
        "By",
    ]
)
# Dateline(...) with the same checks, without attrs' per-field setattr.
_new_dateline: Final = _checks.builder(Dateline)


def _setter(name: str) -> Callable[[Dateline, object], None]:
    setter: Callable[[Dateline, object], None] = vars(Dateline)[name].__set__
    return setter


_SET_CRAWL_DATE: Final = _setter("crawl_date")
_SET_AGGREGATOR: Final = _setter("aggregator")
_SET_OUTLET: Final = _setter("outlet")
_SET_BYLINES: Final = _setter("bylines")
_SET_PLACE: Final = _setter("place")
_SET_DATE: Final = _setter("date")
_SET_AGENCY: Final = _setter("agency")
_SET_END: Final = _setter("end")


def _trusted_dateline(  # noqa: PLR0913 - one argument per field
    *,
    crawl_date: dt.date | None,
    aggregator: str | None,
    outlet: str | None,
    bylines: tuple[str, ...],
    place: str | None,
    date: dt.date | None,
    agency: str | None,
    end: int,
) -> Dateline:
    """
    The `Dateline` of these fields, unchecked: only for values that
    `scan_opening` knows every check passes (see there).
    """
    dateline: Dateline = object.__new__(Dateline)
    _SET_CRAWL_DATE(dateline, crawl_date)
    _SET_AGGREGATOR(dateline, aggregator)
    _SET_OUTLET(dateline, outlet)
    _SET_BYLINES(dateline, bylines)
    _SET_PLACE(dateline, place)
    _SET_DATE(dateline, date)
    _SET_AGENCY(dateline, agency)
    _SET_END(dateline, end)
    return dateline


# How a place and its date end: `NORTHPORT, May 6`, `Lima, May 6.`.
_DATE_ENDS: Final = frozenset("0123456789.")
# What a BY_LINE starts with.
_BY: Final = frozenset({"By", "by"})
# The small words of an institution's name, in capitals: `MINISTRY OF
# FOREIGN AFFAIRS AND TRADE`.
_LINK_CAPS: Final = frozenset({"OF", "AND", "FOR", "IN", "TO", "THE"})
_LINKS: Final = frozenset(word.lower() for word in _LINK_CAPS)
# ... and of a newsletter's or an institution's name: `Example Council on
# Foreign Relations`, `The Morning Brief from Example Institute`.
_NAME_LINKS: Final = _LINKS | {"on", "from", "&"}
# Those links capitalised, as a headline in Title Case writes them.
_NAME_LINK_CAPS: Final = frozenset(w.capitalize() for w in _NAME_LINKS)
# The longest word in capitals alone on its line that is read as an
# outlet's acronym, not a place, unless the tables know the place.
_ACRONYM_MAX: Final = 4
# The dashes that end a wire's dateline.
_DASHES: Final = frozenset({"-", "--", "–", "—"})
# What joins the two subjects of a section's name
# (`Peace and Security`), or its place (`War in Example`).
_SUBJECT_JOINS: Final = frozenset({"and", "&"})
_SECTION_JOINS: Final = _SUBJECT_JOINS | {"in"}
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


class Opening(NamedTuple):
    """
    What the opening of a page says: its dateline (None when it has none),
    where its body begins and its headline (None when it has none).
    """

    dateline: Dateline | None
    end: int
    headline: str | None
    # The date of the page's own timestamp (`Published: 2 May 2025`), which
    # dates the page where no dateline nor crawl prefix does.
    stamp: dt.date | None = None
    # A date above the headline only, which may be the site's clock: it
    # dates the page after the date in its address.
    stamp_above: dt.date | None = None


def _skip_space(text: str, at: int) -> int:
    found = p.NOT_SPACE.search(text, at)
    return len(text) if found is None else found.start()


def _stamp_line(line: str) -> bool:
    """
    Whether *line* is a stamp, or holds one between bars: `World | Example
    Agency | Updated: May 6, 2025 6:41 pm`.
    """
    return is_timestamp(line) or (
        "|" in line and any(map(is_timestamp, line.split("|")))
    )


def _above_photo_credit(text: str, line_end: int) -> bool:
    """
    Whether the next line after *line_end* that is not blank is a short
    photo credit alone (`Photo/Supplied`): the line above is its caption.
    """
    below = _line_below(text, line_end)
    return len(below) <= p.CHROME_LINE_MAX and is_photo_credit(
        below.casefold()
    )


def _runs_on(text: str, line: str, line_end: int) -> bool:
    """
    Whether *line*, ending at *line_end*, runs on into the next, as a hard
    wrapped paragraph does: no blank line between, and the next a line of
    text, not a timestamp or a label, that goes on in small letters or
    whose first word did not fit on *line*, which is then as long as it;
    a headline above its text is shorter (`PARIS - Envoys meet on port`).
    """
    following = _next_line(text, line_end)
    words = following.split()
    return (
        text[line_end + 1 : line_end + 2].strip() != ""
        and len(words) >= _WRAPPED_WORDS_MIN
        and not is_timestamp(following)
        and (
            following[:1].islower()
            or len(line) + 1 + len(words[0]) > len(following)
        )
    )


def _known_place_dash(line: str) -> bool:
    """
    Whether *line* opens with a place the tables know in capitals and a
    dash: `NORTHPORT - The envoy ...`, not `GULF STOCKS - Factors to watch`.
    """
    dash = p.DASH_DATELINE.match(line) if line[1:2].isupper() else None
    return dash is not None and is_known_place(dash["place"])


def _goes_on(line: str) -> bool:
    """
    Whether *line* holds a sentence of its own after its first: a lead
    that goes on past the summary it says again, not a caption said again
    with its credit (`... the flag. Source: EXA`).
    """
    end = p.INNER_SENTENCE_END.search(line)
    if end is None:
        return False
    tail = line[end.end() - 1 :]
    words = tail.split()
    # `... Photo by Ana Example for the ministry`, `Read more about ...`,
    # `Tags Norway Border Trade`: a caption's or a page's furniture.
    return (
        len(words) >= _SENTENCE_AFTER_WORDS
        and words[0].strip('“"').casefold().rstrip(":")
        not in _FURNITURE_OPENINGS
        and not is_chrome(tail)
    )


def _line_below(text: str, end: int) -> str:
    """The first line after *end* that is not blank, stripped."""
    return _next_line(text, _skip_space(text, end) - 1)


def _next_line(text: str, line_end: int) -> str:
    nxt = text.find("\n", line_end + 1)
    return text[line_end + 1 : len(text) if nxt < 0 else nxt].strip()


def _read_date(token: str, year: int, *, dayfirst: bool) -> dt.date | None:
    """
    The date *token* names, in *year* unless it gives its own.

    Every date part of the dateline patterns is ``dd.mm.yyyy`` or a month
    name with a day (and perhaps a year), read here with dateutil's month
    names; any other token names no date.
    """
    dotted = p.NUMERIC_DATE.fullmatch(token)
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


def _opens_with_month(date_text: str) -> bool:
    """Whether *date_text* opens with an English month's name (`Dec. 10`)."""
    return date_text.split(maxsplit=1)[0].rstrip(".").lower() in _MONTHS


def _month_date(month_name: str, day: int, year: int) -> dt.date | None:
    folded = month_name.lower()
    month = _MONTHS.get(folded) or _FOREIGN_MONTHS.get(folded)
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


def _may_be_strong(line: str) -> bool:
    """
    Whether *line* has what a tagged or wire dateline needs: a parenthesis,
    a slash or a square bracket, two commas, or Anadolu's name; most lines
    have none.
    """
    return (
        "(" in line
        or "/" in line
        or "[" in line
        or line.count(",") >= 2  # noqa: PLR2004
        or "Anadolu" in line
    )


def _strong_dateline(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    """
    A dateline with an agency tag or a wire's own layout, at *at*.
    """
    first = text[at]
    if first == "(":
        return _credits_dateline(
            text, at, line_end, anchor
        ) or _leading_tag_dateline(text, at, anchor)
    if first in "0123456789":
        return _date_tag_dateline(text, at)
    if not first.isupper():
        return None
    return (
        _tagged_dateline(text, at, line_end, anchor)
        or _bracket_dateline(text, at, line_end, anchor)
        or _wire_layout(text, at, line_end, anchor)
    )


def _bracket_dateline(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    """
    ANI's layout with no tag: the place, its country in square brackets,
    the date and a colon (`New Delhi [India], March 15 : `).
    """
    if text.find("[", at, line_end) < 0:
        return None
    m = p.BRACKET_DATELINE.match(text, at, line_end)
    shape = None if m is None else _date_shape(m["date"])
    if m is None or shape is None:
        return None
    return _Found(
        m["place"].strip(), _tag_date(shape, anchor), None, (), m.end()
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
    if slash >= 0:
        if text.find(",", at, slash) >= 0:
            candidates.append(p.SLASH_DATELINE)
        candidates.append(p.SLASH_TAG_DATELINE)
    paren = text.find("(", at, line_end)
    if paren >= 0:
        if text.startswith("(BUSINESS WIRE)", paren):
            candidates.append(p.BUSINESS_WIRE)
        comma_at = text.find(",", at, paren)
        comma = comma_at >= 0
        # `MOSCOW (Outlet News / Exa - 5th April, 2022) `: the credits
        # need no comma after the place.
        if 0 <= slash - paren < _CREDITS_MAX:
            candidates.append(p.CREDITS_DATELINE)
        if comma:
            candidates.append(p.TAG_DATELINE)
            if text[at : at + 3] in p.MONTH_STARTS:
                candidates.append(p.DATE_PAREN_PLACE_DATELINE)
        elif (
            text[at + 1 : at + 2].isupper() and text.find(".", at, paren) >= 0
        ):
            candidates.append(p.STOP_TAG_DATELINE)
        candidates.append(p.CAPS_TAG_DATELINE)
        # `KUCHING (May 6): `: the place, in capitals and without a comma,
        # is all before it; or with its country after a comma: `NORTHPORT,
        # Examplia (May 6, 2025) – `.
        if paren - at <= _PAREN_DATE_PLACE_MAX and (
            text[at : comma_at if comma else paren].isupper()
        ):
            candidates.append(p.PAREN_DATE_DATELINE)
    return candidates


def _tagged_dateline(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    for pattern in _tagged_candidates(text, at, line_end):
        m = pattern.match(text, at, at + 200)
        if m is None:
            continue
        # These two are read by functions of their own.
        if (
            pattern is p.CREDITS_DATELINE
            or pattern is p.DATE_PAREN_PLACE_DATELINE
        ):
            read = (
                _credits_found
                if pattern is p.CREDITS_DATELINE
                else _date_first_found
            )
            found = read(m, anchor)
            if found is not None:
                return found
            continue
        date = None
        # Only these two have no date part (and `groupindex` builds a
        # mapping on every read).
        if (
            pattern is not p.CAPS_TAG_DATELINE
            and pattern is not p.BUSINESS_WIRE
            and m["date"] is not None
        ):
            shape = _date_shape(m["date"])
            # Not a date where the date goes; `LIVE (May 6): `, `MONDAY (May
            # 6): ` name no place.
            if shape is None or (
                pattern is p.PAREN_DATE_DATELINE and not _is_place(m["place"])
            ):
                continue
            date = _tag_date(shape, anchor)
        place = m["place"].strip()
        # `ABUJA, Nigeria, May 6, 2025/ -- ` and `KUCHING (May 6): ` name no
        # agency.
        tag = None if pattern is p.PAREN_DATE_DATELINE else m["agency"]
        agency = tag.strip() if tag else None
        if agency is None:
            return _Found(place, date, None, (), m.end())
        # `The Foreign Ministry (MOFA) -` is no place: in small letters,
        # only a known agency's tag makes one (`(dpa)` as dpa writes it).
        if pattern is p.CAPS_TAG_DATELINE and (
            # `Geneva (ICRC) – `: a known place makes any short tag in
            # capitals one.
            (
                not place.isupper()
                and not is_agency(agency)
                # `Jakarta (ANTARA News) - `: nor a service's name of two
                # words, the only tag the pattern lets hold a space.
                and not (
                    (agency.isupper() or " " in agency)
                    # `BEIJING, China (NBC) – `: the city known.
                    and is_known_place(place.partition(",")[0])
                )
            )
            # `KUWAIT, Sunday (KUNA)` names a day where the country goes.
            or place.rpartition(",")[2].strip().casefold() in p.TIMESTAMP_WORDS
            # Alone on its line, as a title could be: both known.
            or (
                m["alone"] is not None
                and not (is_agency(agency) and is_known_place(place))
            )
            # `KUCHING (May 6): ` is a date, `WASHINGTON (Day 3) – ` a
            # count, not `ERBIL (Example 24) – `; `(U.S.)` a place.
            or (
                agency[-1].isdigit()
                and (
                    _opens_with_month(agency)
                    or agency.split(None, 1)[0].casefold() in p.COUNTED_WORDS
                )
            )
            or is_known_place(agency)
            # `MOSCOW (Public Radio of Example) — `: a long name with a
            # broadcaster's word; not `KYIV (Live Updates) – `.
            or (
                " " in agency
                and not _outlet_end(agency.rsplit(None, 1)[-1])
                and not is_agency(agency)
                and p.BROADCASTER_WORDS.isdisjoint(agency.split())
                and not agency[-1].isdigit()
            )
        ):
            continue
        if pattern is p.SLASH_TAG_DATELINE and not _slash_tag(
            agency, place, m["sep"]
        ):
            continue
        return _Found(place, date, agency, (), m.end())
    return None


def _without_agency_suffix(headline: str | None) -> str | None:
    """
    *headline* without an agency's name glued to its end by a hyphen, as
    an agency's site titles its pages: `Talks resume in the capital-Exa`.
    """
    if headline is None:
        return None
    head, hyphen, tail = headline.rpartition("-")
    if (
        hyphen
        and head
        and " " not in tail
        and head[-1:].isalnum()
        and is_agency(tail)
    ):
        return head.rstrip()
    return headline


def _without_site_suffix(headline: str) -> str:
    """
    *headline* without a trail of a section, the outlet and the date after
    bars, which ends on the date: `Talks resume | News | Example | 07.02.2017`
    (one part after a bar, `Talks Resume | Example Daily`, stays).
    """
    parts = headline.split(" | ")
    if (
        len(parts) > _SITE_SUFFIX_PARTS
        and is_timestamp(parts[-1])
        and all(
            len(part.split()) <= _SITE_SUFFIX_WORDS_MAX for part in parts[1:-1]
        )
    ):
        return parts[0]
    return headline


def _date_shape(token: str) -> re.Match[str] | None:
    """
    The TAG_DATE match of a dateline's date; of a dual date
    (`4 Safar 1437/16 November 2015`), its second, Gregorian half.
    """
    token = token.strip(" ,.")
    shape = p.TAG_DATE.fullmatch(token)
    if shape is None and token[:3] in p.WEEKDAY_STARTS:
        weekday = p.WEEKDAY_PREFIX.match(token)
        if weekday is not None:
            token = token[weekday.end() :]
            shape = p.TAG_DATE.fullmatch(token)
    if shape is None and "/" in token:
        head, _, tail = token.rpartition("/")
        tail = tail.strip(" ,.")
        # `February 10/2025`: the year after a slash.
        if len(tail) == 4 and tail.isdigit():  # noqa: PLR2004
            shape = p.TAG_DATE.fullmatch(f"{head.rstrip()}, {tail}")
        if shape is None:
            shape = p.TAG_DATE.fullmatch(tail)
    return shape


def _credits_dateline(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    # `(Outlet / Outlet / WAM - 12th Feb, 2025) PLACE: `
    if text.find("/", at, min(line_end, at + _CREDITS_MAX)) < 0:
        return None
    m = p.CREDITS_DATELINE.match(text, at, at + 200)
    return None if m is None else _credits_found(m, anchor)


def _leading_tag_dateline(
    text: str, at: int, anchor: dt.date | None
) -> _Found | None:
    # `(ANSA) - ROME, MAR 4 - `
    m = p.LEADING_TAG_DATELINE.match(text, at, at + 120)
    if m is None:
        # `(Reuters) - The minister ...`: a known agency alone.
        tag = p.TAG_ONLY_DATELINE.match(text, at, at + 120)
        if tag is None:
            return None
        name = tag["agency"]
        if is_agency(name):
            return _Found(None, None, name, (), tag.end())
        # `(BRUSSELS) -- The secretary ...`: a known place in capitals.
        if name.isupper() and is_known_place(name):
            return _Found(name, None, None, (), tag.end())
        return None
    # An agency's service the list does not know (`(ANSAmed) - TUNIS, FEB
    # 11 - `) is a tag when a date follows the place.
    if not is_agency(m["agency"]) and (
        m["date"] is None or p.SIMPLE_DATE.fullmatch(m["date"]) is None
    ):
        return None
    date = None if m["date"] is None else _parse_date(m["date"], anchor)
    return _Found(m["place"], date, m["agency"], (), m.end())


def _date_tag_dateline(text: str, at: int) -> _Found | None:
    """
    A numeric date with its year and an agency's tag at *at*, no place:
    `29/05/2007 (Agence Exemple) - `.  The date is read day first, as
    most wires outside the United States write it, unless its numbers
    allow only month first (`05/29/2007`) or, either way round, the page
    writes another date that only month first can read (`3/19/2021`).
    """
    m = p.DATE_TAG_DATELINE.match(text, at, at + 120)
    if m is None:
        return None
    date = _dotted_date(
        int(m["first"]),
        int(m["second"]),
        int(m["year"]),
        dayfirst=p.MONTH_FIRST_DATE.search(text, 0, _WINDOW) is None,
    )
    if date is None:
        return None
    return _Found(None, date, m["agency"], (), m.end())


def _credits_found(m: re.Match[str], anchor: dt.date | None) -> _Found | None:
    shape = _date_shape(m["date"])
    if shape is None:
        return None
    last = m["credits"].rsplit("/", 1)[1].strip()
    # The credits name the outlet first and the wire last: a wire's tag,
    # or a one-word name (`Exa`); a name of words (`Example Point News`)
    # is a sister outlet's.
    agency = last if _wire_tag(last) or last.isalpha() else None
    place = m["place"] or m["after"]
    return _Found(
        place and place.strip(), _tag_date(shape, anchor), agency, (), m.end()
    )


def _date_first_found(
    m: re.Match[str], anchor: dt.date | None
) -> _Found | None:
    """
    The dateline of a DATE_PAREN_PLACE_DATELINE match: `May 6, 2025
    (NORTHPORT) - `; `May 6, 2025 (UPDATED) - ` names no place.
    """
    place = m["place"].strip()
    if not _is_place(place) or is_chrome(place):
        return None
    shape = _date_shape(m["date"])
    date = None if shape is None else _tag_date(shape, anchor)
    # `May 6, 2025 (AFP) - ` names the agency, no place.
    if is_agency(place):
        return _Found(None, date, place, (), m.end())
    return _Found(place, date, None, (), m.end())


# What a page labels its pictures and clips with, between slashes too.
_MEDIA_LABELS: Final = frozenset(
    ["photo", "photos", "video", "videos", "audio", "gallery", "live"]
)


def _slash_tag(agency: str, place: str, sep: str) -> bool:
    """
    Whether *agency* between slashes after *place* is a tag: `Sales/
    Marketing/ ...` is no dateline.  A wire's tag is, and an outlet's name
    after a place the tables know and before a full stop (`Yerevan
    /Mediamax/. `).
    """
    return _wire_tag(agency) or (
        agency[0].isupper()
        and sep.strip() == "."
        and agency.casefold() not in _MEDIA_LABELS  # `Yerevan /Photo/. `
        and is_known_place(place)
    )


def _wire_tag(name: str) -> bool:
    """
    Whether *name* reads as a wire agency's tag: a known agency, or a long
    word in capitals (`KAZINFORM`).
    """
    return is_agency(name) or (
        name.isupper() and len(name) >= p.UNKNOWN_AGENCY_MIN
    )


def _wire_layout(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    # `Baku, April 9, AZERTAC`, Anadolu's `ANKARA-Anadolu Agency` and
    # Trend's `BAKU, Azerbaijan, March 2.`, each on its line.
    m = (
        p.ANADOLU_LINE.match(text, at, at + 80)
        if text.find("Anadolu", at, min(line_end, at + 200)) >= 0
        else None
    )
    if m:
        return _Found(m["place"].strip(), None, m["agency"], (), m.end())
    # Its place and country (or date) each end in a comma, the first at
    # most 51 characters in, the next at most 54 after it: most lines are
    # not tried.
    comma = text.find(",", at, min(line_end, at + 52))
    if comma < 0 or text.find(",", comma + 1, min(line_end, comma + 55)) < 0:
        return None
    m = p.PLACE_DATE_AGENCY.match(text, at, at + 120)
    # A short tag no list knows is one before a dash: `NORTHPORT, Example,
    # May 6, EXA – `.
    if m and (_wire_tag(m["agency"]) or m["sep"].strip(" .") in _DASHES):
        date = _parse_date(m["date"], anchor)
        return _Found(m["place"], date, m["agency"], (), m.end())
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
        # `By   - Trend:` credits the agency and no one: bylines are people.
        name = (credit["name"] or "").strip()
        if name:
            bylines = (name,)
        end = credit.end()
    return _Found(m["place"], date, agency, bylines, end)


def _weak_dateline(
    text: str,
    at: int,
    line_end: int,
    anchor: dt.date | None,
    outlet: str | None,
) -> _Found | None:
    """
    An untagged dateline at *at*, at the start of a line of prose: a place
    with a date, with an agency's name, or before a colon or a dash.
    """
    # Each is tried only where it can match: a comma or stop after the
    # place, a colon after it (neither place holds its own), a dash, and a
    # dash dateline's second letter.
    head = text[at : min(line_end, at + p.COLON_PLACE_MAX + 1)]
    found = _slash_or_bracket(text, at, line_end, head, anchor)
    comma = head.find(",", 0, p.PLACE_DATE_PLACE_MAX + 1)
    colon = ":" in head
    dash = "-" in head or "–" in head or "—" in head
    if (
        found is None
        and (
            (
                comma >= 0
                and (
                    colon
                    or dash
                    or head[1:2].isupper()
                    # `Colombo, Dec 10 Sri Lankan ...`
                    or head[comma + 2 : comma + 3].isupper()
                )
            )
            or (colon and head.find(":", 0, p.PLACE_DATE_PLACE_MAX + 1) >= 0)
        )
    ):
        found = _place_date(text, at, line_end, anchor)
    if found is not None:
        return found
    # A timestamp and a bar before the place: `10:41 | Cusco, Jan. 30. `.
    found = (
        _time_bar(text, at, line_end, anchor)
        if head[:1].isdigit() and "|" in head
        else None
    ) or (
        _agency_or_date_dash(text, at, line_end, anchor, head)
        if dash
        else None
    )
    if found is not None:
        return found
    if not colon and not dash:
        # The rest end their place with one or the other.
        return (
            _stop_or_slash(text, at, line_end, head, anchor)
            if "/" in head or ". " in head
            else None
        )
    second = head[1:2]
    caps = dash and second in p.DASH_PLACE_SECOND
    for pattern, possible in (
        (p.COLON_DATELINE, colon),
        (p.DASH_DATELINE, caps),
        (p.MIXED_DASH_DATELINE, dash and second.islower()),
        (p.GLUED_DASH_DATELINE, "-" in head and second.islower()),
        (p.DASH_REGION_DATELINE, caps and comma >= 0),
    ):
        m = pattern.match(text, at, line_end) if possible else None
        if (
            m is None
            or not _is_place(m["place"])
            # The accented letters of the capitals' patterns include small
            # ones.
            or (
                not m["place"].isascii()
                and (
                    pattern is p.DASH_DATELINE
                    or pattern is p.DASH_REGION_DATELINE
                )
                and not m["place"].partition(",")[0].isupper()
            )
        ):
            continue
        if (
            _loose_mark(text, m)
            or (
                pattern is p.COLON_DATELINE
                and (
                    _speaker_label(text, m) or _topic_label(text, m, line_end)
                )
            )
            or (
                # A country after a place in small letters, which prose has
                # too (`Moreover, Northland - `): one of them a known place.
                pattern is p.MIXED_DASH_DATELINE
                and "," in m["place"]
                and not any(map(is_known_place, m["place"].split(", ")))
            )
            or (
                pattern is p.GLUED_DASH_DATELINE
                and not _glued_place(m, text[m.end() : line_end])
            )
            or (
                # A region and a country after the place; a state before the
                # last part makes a list of states (`US, Japan, Philippines
                # - `).
                pattern is p.DASH_REGION_DATELINE
                and any(map(is_state_only, m["place"].split(", ")[:-1]))
            )
        ):
            continue
        if pattern is p.DASH_DATELINE and is_agency(m["place"]):
            # `NNA - The minister ...`: the agency's tag, no place.
            return _Found(None, None, m["place"], (), m.end())
        place = m["place"]
        # `NORTHPORT.- `: the full stop of a Spanish separator.
        if place[-1] == "." and text[m.end("place")] in _DASHES:
            place = place[:-1]
        return _Found(_without_outlet(place, outlet), None, None, (), m.end())
    return _credit_slash(text, at, line_end) if "/" in head else None


def _loose_mark(text: str, m: re.Match[str]) -> bool:
    """
    Whether the mark of dateline match *m* is one of the loose forms that
    only a place the tables know may take: a space before a colon
    (`COLOMBO : `, not a speaker's `MR LEVI : `), or a double hyphen glued
    to the text, before no place (`ABU DHABI--H.H.`, not `US--China`).
    """
    sep = m["sep"]
    if sep[:1].isspace() and ":" in sep:
        return not is_known_place(m["place"])
    if sep == "--":
        after = p.LETTER_WORDS.match(text, m.end())
        return after is not None and is_known_place(after.group())
    return False


def _glued_place(m: re.Match[str], rest: str) -> bool:
    """
    Whether the place of *m*, glued to the text by a hyphen, is one: a
    place the tables know before a word that opens a sentence
    (`Khartoum-The ministry ...`), not a pair or a name (`Israel-Hamas
    talks`, `Georgia-Pacific said`, `Kyiv-Warsaw rail link`), with a
    sentence after it, not a headline (`Dubai-Based Firm Opens Office`).
    """
    return (
        is_known_place(m["place"])
        and m["next"] in p.GLUED_OPENERS
        and ends_sentence(rest, 0)
    )


def _speaker_label(text: str, m: re.Match[str]) -> bool:
    """
    Whether the colon "place" of *m* is a speaker's label, as in a
    transcript: it opens a later paragraph too (`Dana Levi: ...`, then
    `Dana Levi: ...` again) and no table knows it as a place (a digest may
    open each item with `Doha: `).
    """
    label = m["place"]
    return text.find(
        f"\n{label}:", m.end(), m.end() + _SPEAKER_REACH
    ) >= 0 and not is_known_place(label)


def _topic_label(text: str, m: re.Match[str], line_end: int) -> bool:
    """
    Whether the colon "place" of *m* is a title's topic, not a dateline: a
    state's name in small letters (a dateline names a city) before a line
    that ends no sentence (`Northland: Statement on the sanctions`).
    """
    label = m["place"]
    return (
        not label.isupper()
        and is_state_only(label)
        and not ends_sentence(text[m.end() : line_end], 0)
    )


def _time_bar(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    """
    A timestamp, a bar, a known place with its region in brackets and its
    date before the text on the same line at *at*: `10:41 | Cusco (Cusco
    region), Jan. 30. `, the place with its region as the line writes it.
    """
    m = p.TIME_BAR_DATELINE.match(text, at, line_end)
    if (
        m is None
        or not is_known_place(m["city"])
        or not _opens_with_month(m["date"])
    ):
        return None
    # Its year is the page's: without one, no date.
    date = _parse_date(m["date"], anchor)
    return _Found(m["place"], date, None, (), m.end())


def _stop_or_slash(
    text: str, at: int, line_end: int, head: str, anchor: dt.date | None
) -> _Found | None:
    """
    A known place or an agency and a full stop (`Jakarta. `, `ArmInfo. `),
    or an outlet's name and a slash (`Example News/ `), at *at*, where
    *head* starts.
    """
    if head.find(". ", 0, p.STOP_PLACE_MAX) > 0:
        found = (
            _stop_date_slash(text, at, line_end, anchor)
            if "/" in head
            else None
        )
        if found is not None:
            return found
        m = p.STOP_DATELINE.match(text, at, line_end)
        if m is not None and is_known_place(m["place"]):
            return _Found(m["place"], None, None, (), m.end())
        if (
            m is not None
            and is_agency(m["place"])
            # `ArmInfo. `, `ENA. `: written as a name, not a word (`Trend.`)
            and m["place"] != m["place"].capitalize()
        ):
            # `Exa. The minister ...`: the agency's tag, no place.
            return _Found(None, None, m["place"], (), m.end())
    return _credit_slash(text, at, line_end) if "/" in head else None


def _slash_or_bracket(
    text: str, at: int, line_end: int, head: str, anchor: dt.date | None
) -> _Found | None:
    """
    A dateline with slashes or a place in brackets at *at*, where *head*
    starts: `_slash_dateline`, `_date_caps_place`.
    """
    found = (
        _slash_dateline(text, at, line_end, anchor) if "/" in head else None
    )
    if found is None and "(" in head:
        found = _date_caps_place(text, at, line_end)
    return found


def _date_caps_place(text: str, at: int, line_end: int) -> _Found | None:
    """
    A full date, then the place in capitals in brackets and a dash, at
    *at*: `May 6, 2025 (NORTHPORT/SOUTHPORT) - `.
    """
    m = p.DATE_CAPS_PLACE_DATELINE.match(text, at, line_end)
    if (
        m is None
        or not _opens_with_month(m["date"])
        # not `May 6, 2025 (UPDATED) - `: each place one the tables know
        or not all(map(is_known_place, m["place"].split("/")))
    ):
        return None
    date = _parse_date(m["date"], None)
    return _Found(m["place"], date, None, (), m.end())


def _either_way(
    first: int, second: int, year: int, anchor: dt.date | None
) -> dt.date | None:
    """
    The date of numbers that may be month and day or day and month: the
    one reading that makes a date, else the one nearest *anchor* (the
    page's date) and not after it, else month first, as the agencies that
    write `03.27.23` do.
    """
    readings = [
        found
        for found in (
            _dotted_date(first, second, year, dayfirst=False),
            _dotted_date(first, second, year, dayfirst=True),
        )
        if found is not None
    ]
    if not readings:
        return None
    if anchor is not None:
        past = [d for d in readings if d <= anchor] or readings
        return min(past, key=lambda d: abs((anchor - d).days))
    return readings[0]


def _slash_dateline(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    """
    A known place with its date and agency between slashes at *at*:
    `Northport / 03.27.23 / Exa: ` (either way round, see `_either_way`)
    or `Northport May 6/2025 /EXA/`.
    """
    m = p.SLASH_DATE_DATELINE.match(text, at, line_end)
    if m is not None:
        year = int(m["year"])
        date = _either_way(
            int(m["first"]),
            int(m["second"]),
            year + 2000 if year < 100 else year,  # noqa: PLR2004 - `23`
            anchor,
        )
    else:
        m = p.MONTH_SLASH_DATELINE.match(text, at, line_end)
        if m is None or m["month"].lower() not in _MONTHS:
            return None
        date = _month_date(m["month"], int(m["day"]), int(m["year"]))
    if not (is_known_place(m["place"]) and is_agency(m["agency"])):
        return None
    return _Found(m["place"], date, m["agency"], (), m.end())


def _stop_date_slash(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    """
    A known place, its day and month and an agency with a slash at *at*,
    the first two ending on a full stop: `Baku. 22 May. EXAPRESS.GE/ `.
    """
    m = p.STOP_DATE_SLASH_DATELINE.match(text, at, line_end)
    if (
        m is None
        or not is_known_place(m["place"])
        or m["date"].rpartition(" ")[2].lower() not in _MONTHS
        or not (is_agency(m["agency"]) or p.SITE_AGENCY.fullmatch(m["agency"]))
    ):
        return None
    # Its year is the page's: without one, no date.
    date = _parse_date(m["date"], anchor)
    return _Found(m["place"], date, m["agency"], (), m.end())


def _credit_slash(text: str, at: int, line_end: int) -> _Found | None:
    """
    An outlet's or agency's name and a slash before the text, at *at*:
    `Example News/ The minister ...`, no place.
    """
    m = p.CREDIT_SLASH.match(text, at, line_end)
    if m is None:
        return None
    credit = m["credit"]
    if is_agency(credit):
        return _Found(None, None, credit, (), m.end())
    if _credit_end(credit.rsplit(None, 1)[-1]):
        return _Found(None, None, None, (), m.end())
    return None


def _agency_or_date_dash(
    text: str, at: int, line_end: int, anchor: dt.date | None, head: str
) -> _Found | None:
    """
    A place and a known agency's name before a dash at *at* (`Riyadh,
    SANA- `, `NORTHPORT, Example Isles, Nov. 5 Kyodo - `), or a date with
    its year alone before one (`16 October 2024 — `); *head* is the text
    from *at* on, as far as a place reaches.
    """
    if (
        head.find(",", 0, p.PLACE_DATE_PLACE_MAX + 1) >= 0
        or head.find(".", 0, p.PLACE_DATE_PLACE_MAX + 1) >= 0
    ):
        m = p.PLACE_AGENCY_DATELINE.match(text, at, line_end)
        if m and is_agency(m["agency"]) and _is_place(m["place"]):
            date = (
                None if m["date"] is None else _parse_date(m["date"], anchor)
            )
            return _Found(m["place"], date, m["agency"], (), m.end())
    m = p.DATE_DASH_DATELINE.match(text, at, line_end)
    date = None if m is None else _parse_date(m["date"], anchor)
    return (
        None
        if m is None or date is None
        else _Found(None, date, None, (), m.end())
    )


def _place_date(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    """
    A place and a date before a colon or a dash, at *at*: `DUBAI, May 21`,
    `Moscow, April 26: `, `NICOSIA: 6 May 2025 - `.
    """
    found = _tagless_place_date(text, at, line_end, anchor)
    if found is not None:
        return found
    m = p.PLACE_DATE_DATELINE.match(text, at, line_end)
    if (
        m is None
        or not (_is_place(m["place"]) or _venue(m["place"]))
        or (m["sep"] is None and not _comma_dateline(m, anchor))
    ):
        return None
    place = m["place"]
    # A dash after a name in small letters opens a title or a speaker's
    # words as often as a dateline (`Joint Statement – 6 May 2025: `,
    # `Dana Levi – 6 May 2025: `): the place is in capitals or known.
    if (
        text[m.end("place")].isspace()
        and not place.isupper()
        and not is_known_place(place)
    ):
        return None
    date = _parse_date(m["date"], anchor)
    # `MOSCOW, 4 Mar - RIA Novosti. `: the agency after the dash.
    tag = p.AGENCY_AFTER.match(text, m.end(), line_end)
    if tag is not None and is_agency(tag["agency"]):
        return _Found(place, date, tag["agency"], (), tag.end())
    return _Found(place, date, m["outlet"], (), m.end())


def _comma_dateline(m: re.Match[str], anchor: dt.date | None) -> bool:
    """
    Whether a place and a full date before a comma (`Rabat, May 30, 2025,
    In ...`) date the page, not an event of the past that a sentence opens
    with (`Helsinki, August 1, 1975, Thirty-five states signed ...`): the
    date is within the page's year, when the page is dated; an outlet's name before a colon after
    it is an outlet's (`Example Today: `), not a speaker's (`Secretary
    Levi: `).
    """
    if m["year"] is None:
        return False
    date = _parse_date(m["date"], anchor)
    if date is None or (
        anchor is not None
        and not -_COMMA_DATELINE_AHEAD
        <= (anchor - date).days
        <= _COMMA_DATELINE_DAYS
    ):
        return False
    outlet = m["outlet"]
    # One word is an outlet's (`UzDaily: `, `Kun.uz: `); a title and a name
    # is a speaker's label.
    return (
        outlet is None
        or " " not in outlet
        or is_agency(outlet)
        or _outlet_end(outlet.rsplit(None, 1)[-1])
    )


def _dateline_alone(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    """
    A place and a date alone on their line, with the mark that ends a
    dateline, above the text: `Tunis, 6 April 2017:`.  Short as a title
    is, the place must be one the tables know, or in capitals.
    """
    found = _place_date(text, at, line_end, anchor)
    if (
        found is None
        or found.place is None
        or text[found.end : line_end].strip()
    ):
        return None
    place = found.place
    return (
        found
        if place.isupper() or is_known_place(place.partition(",")[0])
        else None
    )


def _tagless_place_date(
    text: str, at: int, line_end: int, anchor: dt.date | None
) -> _Found | None:
    """
    A place and a date with no mark before the text, at *at*: Reuters'
    `DUBAI, May 21 ` (an agency and a dash may follow, `SEOUL, Nov. 5
    Yonhap - `), and a known place in small letters, `Colombo, Dec 10 `.
    """
    m = p.CAPS_DATE_DATELINE.match(text, at, line_end)
    if m:
        date = _parse_date(m["date"], anchor)
        if date is not None:
            tag = p.AGENCY_DASH.match(text, m.end(), line_end)
            if tag is not None and is_agency(tag["agency"]):
                return _Found(m["place"], date, tag["agency"], (), tag.end())
            return _Found(m["place"], date, None, (), m.end())
    m = p.TITLE_DATE_DATELINE.match(text, at, line_end)
    if (
        m is None
        or not is_known_place(m["place"])
        or not _opens_with_month(m["date"])
    ):
        return None
    return _Found(
        m["place"], _parse_date(m["date"], anchor), None, (), m.end()
    )


def _is_place(place: str) -> bool:
    """
    Whether a dateline's place is one, not a label, a title or an outlet:
    `Health Minister`, `KT File Photo`, `ALBAWABA`.
    """
    folded = place.casefold()
    # A day or a timestamp's word ends no place: `GAZA, Tuesday - `,
    # `Friday: 9 May 2025 - `.
    last = folded.rpartition(",")[2].split()[-1:]
    # Roles whole-word only: `Nur-Sultan` is a place.
    return (
        _NOT_PLACES.isdisjoint(_PLACE_SPLIT.split(folded))
        and _ROLES.isdisjoint(folded.replace(",", " ").split())
        and p.TIMESTAMP_WORDS.isdisjoint(last)
    )


def _venue(place: str) -> bool:
    """
    Whether *place* names a venue, its city and its country, the city or
    the country a place the tables know: `State House, Northport, Kenya`,
    whose first part may hold an office's word, as a residence's name does.
    """
    rest = place.partition(", ")[2]
    return (
        "," in rest
        and _is_place(rest)
        and any(map(is_known_place, rest.split(", ")))
    )


def _without_outlet(place: str, outlet: str | None) -> str:
    """
    *place* without the outlet's name glued before it: `Doha, Qatar` in
    `The Peninsula Doha, Qatar`.
    """
    if outlet and place.startswith(outlet + " "):
        return place[len(outlet) + 1 :]
    head, comma, rest = place.partition(",")
    # `EXAMPLE.CO, Jakarta - `: a website's name before the place.
    if comma and p.WEBSITE.search(head):
        return rest.strip()
    words = head.split()
    # Places do not start with `The` and three words (`The Hague` is two).
    if len(words) >= 3 and words[0] == "The":  # noqa: PLR2004
        return words[-1] + comma + rest
    return place


def _no_writer(name: str) -> bool:
    """
    Whether *name*, beside a date between dots or bars, is a place, a
    region, a topic, a section or an agency, not a writer: `West Bank`,
    `Human Rights`, `Peace and Security`, `Associated Press`.
    """
    words = name.split()
    return (
        not words
        or is_agency(name)
        or is_known_place(name)
        or words[-1].casefold() in _NOT_WRITER_ENDS
        or _section_label(name, places=True)
    )


def _person(line: str) -> re.Match[str] | None:
    """
    The match of a person's name filling *line*, with no word such as
    ``Of`` or ``The`` that marks a headline, no title such as ``Minister``,
    no word of page furniture (``Contact Us``) and no word in capitals
    (``Columbus CEO``).
    """
    if len(line) > p.PERSON_NAME_MAX:
        return None
    m = p.PERSON_NAME.fullmatch(line)
    if m is None:
        return None
    words = p.WORD_RUN.findall(m["name"])
    if not _NOT_NAMES.isdisjoint(words):
        return None
    for word in words:
        if len(word) >= 3 and word.isupper():  # noqa: PLR2004
            return None
    # Whole words only: `Min` in `Kim Min-ji` is no `min` of a reading time.
    names = m["name"].split()
    for word in names:
        folded = word.casefold()
        if (
            (folded in _ROLES and not _role_surname(word, names))
            or folded in _INSTITUTION_WORDS
            or folded in p.CHROME_WORDS
            or folded in p.STAFF_CREDIT_ENDS
        ):
            return None
    return m


def _role_surname(word: str, names: list[str]) -> bool:
    """
    Whether the role *word* is the surname that ends the *names* of a
    person: `Dana King`, not `Crown Prince` or `Jordan King`.
    """
    return (
        word == names[-1]
        and word.casefold() in _SURNAME_ROLES
        and names[-2].casefold() not in _ROLES
        and not is_known_place(names[-2])
    )


def _pictured(line: str) -> bool:
    """
    Whether *line* is an office and a person's name alone, as a picture's
    caption names who it shows: `Deputy Foreign Minister Dana Levi`; a
    headline says what the person did.
    """
    words = line.split()
    roles = 0
    while roles < len(words) and words[roles].casefold() in _ROLES:
        roles += 1
    return (
        roles > 0
        and _PICTURED_NAME_MIN <= len(words) - roles <= _PICTURED_NAME_MAX
        and _person(" ".join(words[roles:])) is not None
    )


def _person_with_title(line: str) -> str | None:
    """
    The name, as written, in a byline that gives the person's title or
    agencies after it: `Dana Levi, Senior Reporter`, `Dana Levi with AP,
    Reuters`, `DANA LEVI, Example staff writer`.
    """
    m = p.NAME_AND_TITLE.fullmatch(line)
    if m is None:
        return None
    if m["title"] is not None:
        if not _journalist_title(m["title"]) and not _credit_end(
            m["title"].rsplit(None, 1)[-1]
        ):
            return None
    elif not all(
        is_agency(wire) for wire in p.NAME_SEPARATOR.split(m["wires"]) if wire
    ):
        return None
    return _person_any_case(m["name"].strip())


def _bare_name(line: str) -> str | None:
    """
    The person named alone by a line that is no plain name (`Dana Levi`,
    `Dana Levi Read more`), without `By`: `DANA LEVI`, `Dana Levi, Senior
    Reporter`, `Dana Levi in Northport`.
    """
    name = None
    # A name is four words at most: a headline in capitals is longer.
    if line.isupper() and line.count(" ") < _NAME_WORDS_MAX:
        name = _person_any_case(line)
    if name is None and ("," in line or " with " in line):
        name = _person_with_title(line)
    if name is None and "/" in line:
        # `Dana Levi/Senior Example Writer`.
        role = p.SLASH_ROLE.search(line)
        if role is not None:
            name = _person_any_case(line[: role.start()])
    if name is None and " in " in line:
        head, _, place = line.partition(" in ")
        if place[:1].isupper():
            name = _person_any_case(head)
    return name


def _person_any_case(line: str) -> str | None:
    """
    The person's name filling *line*, in Title Case or in capitals
    (`DANA LEVI`), as written.
    """
    person = _person(line.title() if line.isupper() else line)
    return None if person is None else line


def _outlet_named(name: str) -> bool:
    """
    Whether *name*, read as a person's, is an outlet's: `Example Standard`,
    `DAILY EXAMPLE`.
    """
    return (
        name.rsplit(None, 1)[-1].casefold() in p.OUTLET_NAME_ENDS
        or name.split(None, 1)[0].casefold() in p.OUTLET_NAME_STARTS
    )


def _journalist_title(title: str) -> bool:
    """
    Whether *title*, after a byline's name, is a journalist's: `Senior
    Correspondent`, `Staff writer`.
    """
    return title.rsplit(None, 1)[-1].casefold() in p.JOURNALIST_TITLE_ENDS


def _credit_end(word: str) -> bool:
    """
    Whether *word* may end a credit.
    """
    if word.isascii():
        return word.lower() in p.CREDIT_ENDS
    return p.CREDIT_END.fullmatch(word) is not None


def _stamp_only(text: str) -> bool:
    """
    Whether *text* holds only a timestamp's words, numbers and marks
    (`Published on 06/05/2025 - 14:22`), not a headline's words (`Talks Set
    For May 6 Hosted`).
    """
    for word in text.split():
        folded = word.strip(_STAMP_MARKS).casefold()
        if (
            folded
            and not folded[0].isdigit()
            and folded not in p.TIMESTAMP_WORDS
        ):
            return False
    return True


def _outlet_note(note: str) -> bool:
    """
    Whether *note*, in brackets after a name, is the writer's outlet (`The
    Example Post`), not a picture's note (`File`, `Photo: Example News`)
    nor an agency's credit for a picture of the person (`Olaf Scholz
    (AFP)`).
    """
    folded = note.casefold()
    return (
        bool(note)
        and "photo" not in folded
        and folded not in p.AGENCIES
        and _outlet_end(note.rsplit(None, 1)[-1])
    )


def _outlet_end(word: str) -> bool:
    """
    Whether *word* may end an outlet's name: a credit's last word or one of
    a newspaper's (`Example Daily`, `Example Star`).
    """
    return _credit_end(word) or word.casefold() in p.OUTLET_NAME_ENDS


def _credit_line(  # noqa: C901, PLR0911 - one return per kind of credit
    line: str, *, after_header: bool
) -> tuple[tuple[str, ...], str | None] | None:
    """
    (bylines, agency) for a credit or byline line, or None when it is
    neither.  Without a MENAFN header, only a known agency's name is an
    agency (`By WAM`, `BSS`); after one, any short tag in capitals is.
    """
    # `Example Staff ,`, `By: EXA | Northport |`: a mark left at the end.
    stripped = _by_in_capitals(line.strip().rstrip(" ,|"))
    if " with " in stripped:
        m = p.OUTLET_WITH_AGENCY.fullmatch(stripped)
        if m is not None and is_agency(m["agency"]):
            outlet = m["outlet"].split()
            # `Le Example with AFP`; `Dana Levi with AFP` is a byline.
            if _outlet_end(outlet[-1]) or (
                outlet[0] in p.OUTLET_ARTICLES
                and (len(outlet) == 2 or outlet[0] not in p.NAME_ARTICLES)  # noqa: PLR2004
            ):
                return (), m["agency"]
    label = (
        p.BYLINE_LABEL.match(stripped)
        if stripped.find(":", 0, p.BYLINE_LABEL_MAX) >= 0
        else None
    )
    if label is not None:
        # `Writer: The Last Days Of Summer` names nobody: no credit; the
        # date may follow the name: `Author : Dana Levi | May 6, 2025`.
        names = _names(_before_date(stripped[label.end() :]))
        return (names, None) if names else None
    noun = (
        p.BYLINE_NOUN.match(stripped)
        if stripped.startswith(p.BYLINE_NOUN_STARTS)
        else None
    )
    if noun is not None:
        stripped = stripped[noun.end() :]  # `Story by Dana Levi`
    by = stripped[:2] in _BY
    if by:
        stripped = _without_sources(_by_credit(stripped))
    elif (titled := _titled_writer(stripped)) is not None:
        return (titled,), None
    if (
        len(stripped) <= p.CREDIT_MAX
        and _credit_end(stripped.rsplit(None, 1)[-1])
        and (by or not any(w[:1].islower() for w in stripped.split()))
        and p.CREDIT.fullmatch(stripped)
        and _outlet_credit(stripped, by=by)
    ):
        tag = stripped.removeprefix("By ").removeprefix("by ")
        if is_agency(tag):
            return (), tag
        short = tag.isupper() and len(tag) <= 6  # noqa: PLR2004
        return (), tag if after_header and short else None
    if by:
        found = _by_names(stripped)
        if found is not None:
            return found
    elif stripped[:5] in {"From ", "from "}:
        m = p.FROM_LINE.fullmatch(stripped)
        names = () if m is None else _names(m["name"])
        return (names, None) if names else None
    agency = agency_line(stripped)
    return None if agency is None else ((), agency)


def _titled_writer(line: str) -> str | None:
    """
    The writer a line names with a journalist's title after a dash, a bar
    or a comma: `Dana Levi - Diplomatic Correspondent`.
    """
    if not _journalist_title(line):
        return None
    name = _person_with_title(line)
    if name is None or _no_writer(name) or _outlet_named(name):
        return None
    return name


def _by_in_capitals(line: str) -> str:
    """
    *line* with a byline's `BY` in capitals as `By`, and `AND` between
    names in capitals as `and`: `BY DANA LEVI AND SAM ROE`.
    """
    if line[:3] != "BY ":
        return line
    return "By " + line[3:].replace(" AND ", " and ")


def _by_credit(line: str) -> str:
    """
    The credit of a `By` *line*, without what follows the names: `By Dana
    Levi - Apr 08,2021 - Last updated ...`, `By: Dana Levi / @dlevi`, `BY
    DANA LEVI [dana.levi@example.com]`.
    """
    if line[2:3] == ":":  # `By: Dana Levi`
        line = "By " + line[3:].lstrip()
    # `By: EXA | Northport`: the place the credit is from, after a bar.
    head, bar, tail = line.partition(" | ")
    if bar and is_known_place(tail.strip(" |")):
        line = head
    if "@" in line:  # `By Dana Levi, Reporter / @dlevi`
        line = p.SOCIAL_HANDLE_END.sub("", p.EMAIL_END.sub("", line))
    # The credit ends where the date begins.
    cut = p.BYLINE_END.search(line)
    if cut and p.TIMESTAMP_TOKEN.search(line, cut.end()):
        line = line[: cut.start()]
    # `By Dana Levi.`: a sentence's stop, not an initial's (`By Dana L.`).
    if line.endswith(".") and line[-4:-1].isalpha():
        line = line[:-1]
    return _before_date(line)


def _by_names(credit: str) -> tuple[tuple[str, ...], str | None] | None:
    """
    (bylines, agency) of a `By` *credit* that names people, else None:
    `By Dana Levi | MAP`, `by Example writer Dana Levi`.
    """
    credit, wire = _without_agency(credit)
    role = p.SLASH_ROLE.search(credit) if "/" in credit else None
    if role is not None:
        credit = credit[: role.start()]
    m = p.BY_LINE.fullmatch(credit)
    if m is None:
        return None
    name = m["name"]
    if is_agency(name):
        return (), name  # `Story by Associated Press`
    # `by Example writer Dana Levi`: the role is no part of the name.
    role = p.ROLE_BEFORE_NAME.match(name)
    names = _names(name if role is None else name[role.end() :])
    if not names:
        return None
    # `By Dana Levi | Example Daily`: an outlet is no wire's tag.
    tag: str | None = m["agency"]
    return names, tag if tag is not None and _wire_tag(tag) else wire


def _without_sources(credit: str) -> str:
    """
    *credit* without the agencies the story drew on, after `with`: `By Dana
    Levi with AP, AFP` is Dana Levi's (no agency filed it), `By Dana Levi
    with Sam Roe` names two.
    """
    head, found, sources = credit.rpartition(" with ")
    if not found:
        return credit
    parts = sources.replace(" and ", ",").replace("&", ",").split(",")
    if all(is_agency(part.strip()) for part in parts):
        return head
    # `with additional reporting by Sam Roe`, `with Sam Roe`: a writer too.
    helper = sources.removeprefix("additional reporting by ")
    if _names(helper):
        return f"{head} and {helper}"
    return credit


def _outlet_credit(credit: str, *, by: bool) -> bool:
    """
    Whether *credit*, a match of CREDIT, names a staff, an agency or an
    outlet rather than a person whose surname is an outlet's word: `The
    Example Herald` and `Example Post` alone are outlets, `By Sam Herald`,
    `Richard English` and `Trump Truth Social Post` are not.
    """
    words = credit.split()[1:] if by else credit.split()
    last = words[-1].lower()
    if words[0].casefold() == "the" or not (
        last in p.EDITION_ENDS or last in p.NEWSPAPER_ENDS
    ):
        return True
    if by:
        return False
    # `Gulf Example English`; `Example Post`, `New York Example Post`.
    if last in p.EDITION_ENDS:
        return len(words) >= 3  # noqa: PLR2004
    return len(words) <= 3  # noqa: PLR2004


def _before_date(credit: str) -> str:
    """
    *credit* up to the date it carries, without the labels and marks
    before that: `By Dana Levi` in `By Dana Levi  Updated March 4, 2025`.
    """
    date = p.TIMESTAMP_TOKEN.search(credit)
    if date is None:
        return credit
    words = credit[: date.start()].split()
    while len(words) > 2 and (  # noqa: PLR2004 - `By` and a name stay
        words[-1].strip("-–—|,:").casefold() in p.TIMESTAMP_WORDS
        or not words[-1].strip("-–—|,:")
    ):
        words.pop()
    return " ".join(words).rstrip("-–—|,: ")


def _without_agency(credit: str) -> tuple[str, str | None]:
    """
    *credit* without a known agency's name that ends it, and that name:
    `By Dana Levi and Sam Roe Associated Press`.
    """
    words = credit.split()
    if not words or words[-1].casefold() not in p.AGENCY_LAST_WORDS:
        return credit, None
    for size in range(min(p.AGENCY_WORDS_MAX, len(words) - 2), 0, -1):
        name = " ".join(words[-size:])
        if is_agency(name):
            return " ".join(words[:-size]).rstrip("-–—|,: "), name
    return credit, None


def _writers(line: str) -> tuple[str, ...]:
    """
    The names of a line that lists two writers or more and nothing else:
    `Dana Levi, Sam Roe`; not places (`Abu Dhabi, Dubai`).
    """
    if "," not in line and "&" not in line and " and " not in line:
        return ()
    for word in line.split():
        if word[:1].islower() and word != "and":
            return ()  # a line of text, not of names: one quick pass
    names = tuple(n.strip() for n in p.NAME_SEPARATOR.split(line))
    if not _WRITERS_MIN <= len(names) <= _WRITERS_MAX or any(
        _person(name) is None
        or is_known_place(name)
        # `Dana Levi, Example Daily`: a writer and the outlet;
        # `Dana Levi, Senior Fellow`: a writer and the title.
        or _outlet_end(name.rsplit(None, 1)[-1])
        or _journalist_title(name)
        for name in names
    ):
        return ()
    return names


def _names(credit: str) -> tuple[str, ...]:
    """
    The people a byline names, without their place: `Dana Levi and Omar
    Haddad in Kabul` names two.  Empty unless every part is a name.
    """
    if " in " in credit:
        credit = p.BYLINE_INNER_PLACE.sub("", credit)
    while True:
        credit = p.BYLINE_PLACE.sub("", credit.strip())
        names = tuple(n for n in p.NAME_SEPARATOR.split(credit) if n)
        head, _, last = credit.rpartition(",")
        # `Dana Levi, Diplomatic Editor`: a journalist's title after the
        # names, in any case, is no name.
        if (
            len(names) >= 2  # noqa: PLR2004
            and last.strip() == names[-1]
            and _journalist_title(last)
        ):
            credit = head
            continue
        # Names in capitals (`By SAMIR KHALIL`) are read as names written
        # in Title Case.
        if names and all(
            _person(n.title() if n.isupper() else n) for n in names
        ):
            return names
        # `By Dana Levi, New Delhi`, `By Dana Levi, Senior Reporter`: after
        # the names, a place or a title in capitalised words, dropped one
        # by one (a loop: no recursion limit on a long list).
        if not (
            len(names) >= 2  # noqa: PLR2004
            and last.strip() == names[-1]
            and p.STAMP_PLACE.fullmatch(names[-1])
        ):
            return ()
        credit = head


def _find_header(text: str, start: int) -> tuple[int, str, int] | None:
    """
    (start, outlet, end) of the first MENAFN header in the window.
    """
    stop = start + _WINDOW  # `find` stops at the text's end anyway
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
    limit = start + p.HEADER_OUTLET_MAX  # `find` stops at the end anyway
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


def _headline_before(text: str, start: int, stop: int) -> str | None:
    """
    The first title among the whole lines of text[start:stop]: the
    headline above a MENAFN header.
    """
    while start < stop:
        newline = text.find("\n", start, stop)
        if newline < 0:
            return None  # the header's own line
        line = text[start:newline].strip()
        start = newline + 1
        if line and is_title(line) and not is_timestamp(line):
            return unglued(line)
    return None


def _footer_authors(text: str, start: int) -> tuple[str, ...]:
    """
    The people an author credit after the body names (`Author: Dana
    Levi`), if the page has one.
    """
    # Most pages name no label anywhere: `in` says so for less than `find`.
    if (
        ("Author" not in text or text.find("Author", start) < 0)
        and ("Written by" not in text or text.find("Written by", start) < 0)
        and (
            "Reporting by" not in text or text.find("Reporting by", start) < 0
        )
        and ("Reporter" not in text or text.find("Reporter", start) < 0)
    ):
        return ()
    m = p.AUTHOR_FOOTER.search(text, start)
    if m is None:
        return ()
    # `(Reporting by Dana Levi; Writing by Li Ming; Editing by Sam Roe)`.
    line_end = text.find("\n", m.end())
    more = p.AUTHOR_FOOTER_MORE.finditer(
        text, m.end() - 1, len(text) if line_end < 0 else line_end
    )
    return _names(m["name"].rstrip(")")) + tuple(
        name for found in more for name in _names(found["name"])
    )


def _stamp_date(line: str, *, exact: bool = False) -> dt.date | None:
    """
    The full date a timestamp line gives, if it gives one; when *exact*,
    not one whose day and month could be either way round in slashes
    (`03/04/2024`: a US page's March 4, a French page's April 3), which
    gives only its year, for a dateline without one.
    """
    m = p.STAMP_DATE.search(line)
    if m is None:
        return None
    if m["iso_year"]:
        try:
            return dt.date(
                int(m["iso_year"]), int(m["iso_month"]), int(m["iso_day"])
            )
        except ValueError:
            return None
    if m["num_year"]:
        first, second = int(m["first"]), int(m["second"])
        either_way = (
            "/" in m[0]
            and first != second
            and max(first, second) <= _MONTHS_IN_YEAR
        )
        # Day first, as `_read_date` reads dotted dates.
        return (
            None
            if exact and either_way
            else _dotted_date(first, second, int(m["num_year"]), dayfirst=True)
        )
    if m["year1"]:
        return _month_date(m["month1"], int(m["day1"]), int(m["year1"]))
    return _month_date(m["month2"], int(m["day2"]), int(m["year2"]))


def _closing_date(text: str, agency: str | None) -> dt.date | None:
    """
    The date of *agency*'s (or a known agency's) sign-off on a line of its
    own at the page's end, the first one there, `(EXA) 2026.06.10 16:48`:
    the year of a page that has no crawl date.  Not `GDP 2024.03.31` nor
    `UPDATED 10.06.2019`, nor a related story's stamp below the sign-off.
    """
    own = agency.casefold() if agency else None
    # From an offset, `^` still matches only where a line starts.
    start = max(0, len(text) - p.CLOSING_STAMP_TAIL)
    for m in p.CLOSING_STAMP.finditer(text, start):
        if m["tag"].casefold() == own or is_agency(m["tag"]):
            return _sign_off_date(m)
    return None


def _sign_off_date(m: re.Match[str]) -> dt.date | None:
    """
    The date a CLOSING_STAMP match *m* gives, if it is one.
    """
    if m["month3"]:
        return _month_date(m["month3"], int(m["day3"]), int(m["year3"]))
    if m["year"]:
        year, month, day = m["year"], m["month"], m["day"]
    else:
        year, month, day = m["year2"], m["month2"], m["day2"]
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


class _Reader:
    """
    One pass over the lines of an opening: bylines, credits, the headline,
    page furniture and the wire dateline, and where the body begins.

    After a MENAFN header the dateline, if any, comes before the first line
    of the body.  Without a header a page may carry the end of another
    story first, so a tagged dateline is looked for through the whole
    window; and the first line of text may still prove to be a summary or
    a caption when the next line is furniture.
    """

    __slots__ = (
        "above_key",
        "after_credit",
        "after_header",
        "agency",
        "anchor",
        "bar",
        "body_at",
        "body_line",
        "box",
        "box_at",
        "bylines",
        "caps_place",
        "clock",
        "dated",
        "deck_at",
        "deck_line",
        "headline",
        "headline_key",
        "key_above_stamp",
        "line_key",
        "masthead",
        "outlet",
        "previous",
        "published",
        "site_agency",
        "site_name",
        "skipped",
        "stamp",
        "stamp_above",
        "start",
        "text",
        "ticker",
        "title_end",
    )

    def __init__(
        self,
        text: str,
        start: int,
        anchor: dt.date | None,
        outlet: str | None,
        after_header: bool,
    ) -> None:
        self.text = text
        # Whether a crawl prefix dates the page (then no stamp need be read
        # for its publication date); set by the caller.
        self.dated = False
        self.start = start
        self.anchor = anchor
        self.outlet = outlet
        self.after_header = after_header
        self.bylines: list[str] = []
        self.agency: str | None = None
        self.headline: str | None = None
        self.headline_key = ""
        # The letters of the line read, and of the one above it.
        self.line_key = ""
        self.above_key = ""
        self.key_above_stamp = ""  # of the line above the last timestamp
        # What the last line read was: header, start, credit, byline,
        # timestamp, title, subtitle, deck, caption, chrome, place, other.
        self.previous = "header" if after_header else "start"
        self.body_at: int | None = None
        self.body_line = ""
        self.after_credit = False
        self.skipped = ""  # the last line read after the body's first
        self.stamp: dt.date | None = None  # a timestamp line's date
        # The first timestamp's date below the headline, when it is no
        # update's nor either way round (`03/04/2024`): the page's
        # publication date.
        self.published: dt.date | None = None
        self.stamp_above: dt.date | None = None  # the first above a headline
        self.caps_place: str | None = None
        self.clock = False  # whether the last timestamp is a time alone
        self.bar: _Found | None = None  # a credit bar's place and date
        self.deck_at: int | None = None
        self.deck_line = ""  # the last line too long for a title
        self.title_end: int | None = None
        self.box = _NO_BOX
        self.box_at: int | None = None  # where the box's text starts
        # Whether the headline so far may be the site's name, which a
        # title further down replaces.
        self.masthead = False
        self.site_agency: str | None = None  # an agency's name above all
        # Whether the headline so far is a name at the page's top, which
        # furniture below makes the site's name, a title further down
        # replacing it.
        self.site_name = False
        # Whether a ticker of other stories' dated titles was read.
        self.ticker = False

    def read(self) -> tuple[_Found, str | None]:  # noqa: C901 - one pass
        text = self.text
        start = self.start
        stop = start + _WINDOW  # a slice stops at the text's end anyway
        # One split of the window: `find` with bounds costs more per line.
        line_end = start - 1
        lines = iter(text[start:stop].split("\n"))
        for raw in lines:
            line_end += len(raw) + 1
            left = raw.lstrip()
            # A blank line, or a summary box's label or text: most lines
            # are longer than a label and outside a box.
            if (
                not left or self.box != _NO_BOX or len(left) <= _BOX_LEFT_MAX
            ) and self._boxed(left, line_end - len(left)):
                continue
            line = left.rstrip()
            at = line_end - len(left)
            # LINE_LABEL_STARTS' first letters, as a literal: most lines
            # start with none of them.
            if line[0] in "[TDS," and line.startswith(p.LINE_LABEL_STARTS):
                line, at = _without_label(line, at)
            anchor = self.anchor or self.stamp
            if _may_be_strong(line):
                strong = _strong_dateline(text, at, line_end, anchor)
                if strong is not None:
                    # A headline glued to the dateline would make part of
                    # its place, in mixed case.
                    if self.headline is None and not _caps_or_none(
                        strong.place
                    ):
                        strong = (
                            self._glued(line, at, line_end, anchor) or strong
                        )
                    return self._with(strong), self._headline_above()
            if self.body_at is not None:
                # A picture's credit below it makes a caption of the first
                # line of text, even below a timestamp.
                if (
                    self.after_credit
                    and not _credits_picture(line)
                    and not self._caption_again(line)
                    and p.CREDIT_LABEL_LINE.fullmatch(line) is None
                ) or not self._ends_preamble(line, line_end):
                    self.skipped = line
                    return self._later(lines, line_end, line)
                if self.headline is None and (
                    self.body_line[-1] == "?" or self._title_above_stamp(line)
                ):
                    # A long question above a byline or a timestamp is the
                    # headline, not text: `Can the port reset its ties?`;
                    # so is a short sentence above the page's stamp.
                    self._set_headline(
                        self.body_line, self.body_at + len(self.body_line)
                    )
                    self.previous = "title"
                self.body_at = None
                self.caps_place = None
            found = self._line(line, at, line_end, anchor)
            if found is not None:
                if self.headline is None and self.previous == "deck":
                    # A press release's long title, right above its
                    # dateline: `The Council welcomes ... the accord`.
                    self._set_headline(self.deck_line, at)
                return self._with(found), self.headline
            if self.after_header and self._has_body():
                break  # the body follows a header's opening at once
        return self._finish(), self.headline

    def _note_stamp(self, line: str) -> None:
        """
        Note the date of the timestamp *line*: the latest dates the
        dateline, the first that is no update the page.
        """
        if self.anchor is None:  # else the anchor dates the dateline
            self.stamp = _stamp_date(line) or self.stamp
        if self.dated or line.lstrip().casefold().startswith(p.UPDATE_LABELS):
            return  # a crawl prefix dates the page before any stamp
        # A date above the headline may be the site's clock (`Friday May
        # 25, 2018` over a story of 2012): the story's own goes first.
        if self.headline is None:
            self.stamp_above = self.stamp_above or _stamp_date(
                line, exact=True
            )
        elif self.published is None:
            self.published = _stamp_date(line, exact=True)

    def _boxed(self, left: str, at: int) -> bool:
        """
        Whether the line *left* (stripped on the left), at *at*, is blank,
        or a summary box's label or in its text, which the body is below:
        `Summary`, then a line or two, then a blank line.
        """
        if not left:
            if self.box == _BOX_TEXT:
                self.box = _BOX_BELOW
            return True
        line = left.rstrip()
        # A box sums up the story below its title: above one, the label is
        # a menu's item (`Home`, `Highlights`, then the title).
        if (
            len(line) <= p.BOX_LABEL_MAX
            and self.headline is not None
            and not self.masthead
            and line.removesuffix(":").casefold() in p.BOX_LABELS
        ):
            # Any first line of text above it was a deck or a caption.
            self.body_at = None
            self.box = _BOX_LABEL
            self.previous = "chrome"
            return True
        if self.box == _BOX_BELOW and line[0] not in _BULLETS:
            self.box = _NO_BOX
        if self.box == _BOX_LABEL:
            self.box_at = at
        if self.box != _NO_BOX:
            self.box = _BOX_TEXT
            return True
        return False

    def _glued(
        self, line: str, at: int, line_end: int, anchor: dt.date | None
    ) -> _Found | None:
        """
        A tagged dateline glued to the headline before it, which then ends
        the headline: `Talks ResumeNORTHPORT, May 6 (Example) - `.
        """
        # The glue is in the place, before the comma before the tag.
        comma = line.rfind(",", 0, line.find("(", 0, p.GLUED_TITLE_MAX))
        glue = p.GLUED_CAPITALS.search(
            line, max(0, comma - p.GLUED_PLACE_MAX), max(0, comma)
        )
        if glue is None or not title_shape(line[: glue.end()]):
            return None
        found = _strong_dateline(self.text, at + glue.end(), line_end, anchor)
        if found is not None:
            self._set_headline(line[: glue.end()], at + glue.end())
        return found

    def _titled(self) -> bool:
        """
        Whether a header or a headline is above the line read.
        """
        return self.after_header or self.headline is not None

    def _has_body(self) -> bool:
        return self.body_at is not None

    def _later(
        self, lines: Iterator[str], line_end: int, below: str
    ) -> tuple[_Found, str | None]:
        """
        Read the *lines* below the body's first line and the line *below*
        it, which ends at *line_end*: only a tagged or wire dateline further
        down (below the end of another story), or a dateline opening the
        paragraph below widgets right below the first line, changes the
        opening now.
        """
        text = self.text
        anchor = self.anchor or self.stamp
        last = ""  # the last line with text, as read
        # Whether only widgets have stood below the first line of text, and
        # any (`Must Read`, `- Advertisement -`); the lines a weather
        # widget's temperature heads (`26.5 C`, the city, the date) among
        # them.
        widgets_only = widgets = is_chrome(below)
        weather = widgets and p.TEMPERATURE.fullmatch(below) is not None
        for raw in lines:
            line_end += len(raw) + 1
            at = line_end - len(raw.lstrip())
            if _may_be_strong(raw):
                strong = _strong_dateline(text, at, line_end, anchor)
                if strong is not None:
                    if last:
                        self.skipped = last.strip()
                    return self._with(strong), self._headline_above()
            if raw and not raw.isspace():
                stripped = raw.strip()
                if widgets_only and (
                    is_chrome(stripped)
                    or (
                        weather
                        and (is_timestamp(stripped) or _widget_city(stripped))
                    )
                ):
                    widgets = True
                    weather = weather or (
                        p.TEMPERATURE.fullmatch(stripped) is not None
                    )
                elif widgets_only:
                    widgets_only = False
                    # `Moscow: ` opening the paragraph below the widgets:
                    # the line above them was the summary.
                    weak = (
                        _weak_dateline(text, at, line_end, anchor, self.outlet)
                        if widgets
                        else None
                    )
                    if weak is not None and weak.place:
                        self.skipped = self.body_line
                        return self._with(weak), self.headline
                last = raw
        return self._finish(), self.headline

    def _line(  # noqa: C901, PLR0911, PLR0912 - one return per kind of line
        self, line: str, at: int, line_end: int, anchor: dt.date | None
    ) -> _Found | None:
        """
        Read one line before the body: a weak dateline ends the opening;
        anything else is noted and None returned.
        """
        tokens = line.split()
        words = len(tokens)
        self.above_key, self.line_key = self.line_key, letters_key(line)
        if self.previous != "timestamp":
            # the line above a timestamp, whatever follows it
            self.key_above_stamp = self.above_key
        prose = is_prose(line, tokens, self.text, line_end)
        # `NORTHPORT - President of the Republic, Dana Levi, received`, with
        # the paragraph hard wrapped below it: a dateline opens it.
        wrapped = (
            not prose
            and _known_place_dash(line)
            and _runs_on(self.text, line, line_end)
        )
        prose = (
            prose
            or wrapped
            # The lead that says the summary above it again and goes on past
            # it, its last sentence cut short of its full stop.
            or (
                len(self.above_key) >= _REPEATED_SUMMARY_MIN
                and self.line_key.startswith(self.above_key)
                and _goes_on(line)
            )
        )
        # A paragraph that lacks its full stop is still text, not a title
        # (`Moscow, April 26: Russia ... announced`).
        if prose or words > TITLE_WORDS_MAX:
            if not self.after_header and (
                is_furniture(line, _next_line(self.text, line_end))
                or _above_photo_credit(self.text, line_end)
            ):
                self.previous = "caption"
                return None
            # A dateline opens a paragraph, not a short headline
            # (`Insiders: Trump will rebound.`); below a header no
            # headline is left.
            weak = (
                _weak_dateline(self.text, at, line_end, anchor, self.outlet)
                if self.after_header
                or wrapped
                or words >= _DATELINE_LINE_WORDS_MIN
                else None
            )
            if (
                prose
                and self.headline is None
                and not self.after_header
                and words <= _TITLE_CASE_WORDS_MAX
                and (
                    weak is None or not weak.place or not weak.place.isupper()
                )
                and _title_case(line, tokens)
            ):
                # `Stealth Over Health: Leaders Head To The Capital.` is a
                # headline with a full stop, not a dateline and text; a
                # place in capitals (`TEHRAN – The Minister Left Tehran.`)
                # is one.
                self._title(line, at + len(line))
                return None
            if weak is not None:
                return weak
        elif line[-1] in _LINE_END_MARKS and not self._title_below(line_end):
            # Text below, not a title (`Geneva, 6 May 2025 -`, then
            # `Ministers agree on port deal`).
            alone = _dateline_alone(self.text, at, line_end, anchor)
            if alone is not None:
                return alone
        # Credits are short or start with `By`; names are a few words.
        if (
            not prose
            and ("·" in line or "•" in line)
            and self._dot_byline(line)
        ) or (_may_credit(line, tokens) and self._credit(line)):
            return None
        if (
            words <= _NAME_WORDS_MAX
            or (
                words <= _PLACED_NAMES_WORDS_MAX
                and (
                    (" in " in line and " and " in line)
                    or bool(self._writers(line))
                )
            )
        ) and self._byline(line, line_end):
            return None
        if line == "Read more":
            return None
        if line[-1] == ":" and p.LEAD_IN.fullmatch(line):
            # Who the text below is from: it starts below.
            self.previous = "credit"
            return None
        if self.previous == "byline" and self._author_note(line):
            return None
        # `Question: ...?` opens an interview's text, as the answer does.
        if (
            self.after_header
            or prose
            or (line[0] in "QI" and p.QUESTION_LABEL.match(line))
        ):
            return self._text(line, at, line_end, anchor)
        self._other(line, at, tokens)
        return None

    def _text(
        self, line: str, at: int, line_end: int, anchor: dt.date | None
    ) -> _Found | None:
        """
        Note the first line of text, or read the dateline glued to it when
        the line is a headline with a dateline after it.
        """
        # Below a MENAFN header, the headline was above it.
        if (
            self.headline is None
            and not self.after_header
            and _may_be_strong(line)
        ):
            glued = self._glued(line, at, line_end, anchor)
            if glued is not None:
                return glued
        if self.headline is None and not self.after_header:
            end = glued_title_end(line)
            if end:
                # The body right after the headline glued to it.
                self._set_headline(line[:end], at + end)
                self.body_at = at + end
                self.body_line = line[end:]
                self.after_credit = True
                return None
        if self.headline is not None and _glued_after(line, self.headline):
            # The headline said again, the body glued to it: `Envoys Meet
            # At State HouseThe envoys met ...`.
            at += len(self.headline)
            line = line[len(self.headline) :]
        bullet = p.BULLET.match(line) if line[0] in _BULLETS else None
        if bullet is not None and (
            line[0] not in _DIALOGUE_DASHES
            # `— We will not give up the port, the minister told ...`: a
            # dash is a digest's bullet only if an item below has one too.
            or self.text.find("\n" + line[0], line_end) >= 0
        ):
            # A digest's first item: its text, not its bullet.
            at += bullet.end()
            line = line[bullet.end() :]
        label = p.STAFF_REPORT_LABEL.match(line) if line[0] in _STAFF else None
        if label is not None:
            at += label.end()
            line = line[label.end() :]
        if (
            self.headline is None
            and self.previous == "chrome"
            and self.deck_at == _skip_space(self.text, self.start)
            and self.text.startswith(self.deck_line, self.deck_at)
        ):
            # A long title that opens the page alone, chrome below it (`...
            # Visit by the Foreign Secretary of Southland ..., 4 to 5
            # October 2013`, then `Ministry of Example - $name`).
            self._set_headline(
                self.deck_line, self.deck_at + len(self.deck_line)
            )
        self.body_at = at
        self.body_line = line
        # Text right below a credit, a byline or a timestamp is the body;
        # below a headline it may be a summary or a caption.
        self.after_credit = self.previous in _BODY_ABOVE
        if self.previous not in {"place", "timestamp", "byline"} and not (
            self.previous == "caption" and self._caps_place_kept()
        ):
            self.caps_place = None
        return None

    def _credit(self, line: str) -> bool:
        credit = _credit_line(line, after_header=self.after_header)
        if credit is None:
            return False
        names, tag = credit
        self.bylines.extend(n for n in names if n not in self.bylines)
        # `By JT - Apr 08,2021 - Last updated ...`: the credit dates the page.
        self._note_stamp(line)
        # An agency's name alone below a caption credits the picture; above
        # the headline, with no header, it is the site's own name (`By
        # EXA` credits the agency there too).
        if tag and self.previous not in {"caption", "deck"}:
            if line != tag or self._titled():
                self.agency = self.agency or tag
            else:
                # The site's name if a headline follows; right above the
                # text (`AFP`, then `NORTHPORT, May 6 - `) it credits.
                self.site_agency = self.site_agency or tag
        self.previous = "byline" if names else "credit"
        return True

    def _byline(self, line: str, line_end: int) -> bool:
        # Below a header, a timestamp, the headline or its deck, or beside
        # `Read more`; a name said twice only after a header (a headline
        # said twice is no name).
        if not (
            self.previous in _NAME_ABOVE
            or (
                self.previous in {"deck", "caption"}
                and self.headline is not None
            )
            or line.endswith("Read more")
            or self._beside(line, line_end)
        ):
            return False
        person = _person(line)
        if person is not None:
            name: str | None = person["name"]
        elif " and " in line and " in " in line:
            # `Dana Levi in Northport and Sam Roe in Example`.
            names = _names(line)
            for each in names:
                self._add_byline(each)
            return bool(names)
        elif writers := self._writers(line):
            # `Dana Levi, Sam Roe`: the writers' names alone.
            for each in writers:
                self._add_byline(each)
            return True
        elif (
            line.isupper()
            or "," in line
            or " in " in line
            or " with " in line
            or "/" in line
        ):
            name = _bare_name(line)
        else:
            return False
        if (
            name is None
            or is_known_place(line)  # `Kuala Lumpur` is the story's place
            or _outlet_named(name)
        ):
            return False
        self._add_byline(name)
        return True

    def _author_note(self, line: str) -> bool:
        """
        Note a line below the byline that says who its writer is: `Ms.
        Levi is a former diplomat.` after `By Dana Levi`.
        """
        note = p.AUTHOR_NOTE.match(line)
        if note is None:
            return False
        surname = note["name"].rsplit(None, 1)[-1]
        if all(name.rsplit(None, 1)[-1] != surname for name in self.bylines):
            return False
        self.previous = "credit"
        return True

    def _add_byline(self, name: str) -> None:
        if name not in self.bylines:
            self.bylines.append(name)
        self.previous = "byline"

    def _beside(self, line: str, line_end: int) -> bool:
        """
        Whether the line below is `Read more`, or after a header the same
        name again.
        """
        text = self.text
        if "Read more" not in text[line_end : line_end + 16] and not (
            self.after_header
            and text.find(line, line_end, line_end + 200) >= 0
        ):
            return False
        following = _next_line(text, line_end)
        return following == "Read more" or (
            self.after_header and following == line
        )

    def _long_line(self, line: str, at: int, tokens: list[str]) -> None:
        """
        Note a line too long for a title's shape: a deck, or a long title
        below the site's name.
        """
        if self.headline is not None and self._crumb_below(
            line, at + len(line)
        ):
            return
        if self.headline is not None and (
            (
                self.previous == "title"
                and _institution(self.headline, right_above=True)
            )
            # Or below its breadcrumb from the home page.
            or (
                self.masthead
                and self.previous == "chrome"
                and _institution(self.headline, right_above=False)
            )
        ):
            # A long title right below the site's name: `Northland:
            # Statement by the Council on the adoption of ...`.
            self._set_headline(line, at + len(line))
            return
        if (
            self.line_key != self.above_key
            and self._said_again()
            and self.line_key != self.headline_key
            and not ends_sentence(line, len(tokens))
        ):
            # A long title said again below the page's date, the line
            # above it first the site's name.
            self._set_headline(line, at + len(line))
            self.previous = "title"
            return
        self.previous = "deck"
        self.deck_line = line
        if self.deck_at is None:
            self.deck_at = at

    def _other(  # noqa: C901 - one branch per kind of line
        self, line: str, at: int, tokens: list[str]
    ) -> None:
        """
        Note a line above the body, without a header: a credit bar, a
        timestamp, a repeated or new title, furniture, a summary, a place.
        """
        if "|" in line and self._credit_bar(line):
            self.caps_place = None
            return
        if " By " in line and (
            self._stamp_byline(line) or self._bar_byline(line)
        ):
            return
        if (("|" in line or line[-1:] == ")") and self._name_beside(line)) or (
            # `Dana Levi May 6, 2025`: two words of a name, a date at the end.
            (line[-1:].isdigit() or line.endswith(("AM", "PM")))
            # `VIETNAM` or `PM` alone ends in "AM"/"PM" too: one word.
            and len(tokens) > 1
            and tokens[0].isalpha()
            and tokens[1].isalpha()
            and self._name_before_date(line)
        ):
            return
        # `ISTANBUL`, then the time, then the text: the place holds.
        if p.DIGIT.search(line) and (
            self._date_place_line(line)
            or self._credit_stamp(line)
            or self._timestamp(line)
        ):
            return
        # A place of three words, a dash and an agency of three at most.
        # Or a photo's caption below the headline.
        # Or an agency and the story's place: `IANS New Delhi`.
        if (
            (
                len(tokens) <= 7  # noqa: PLR2004
                and ("-" in line or "–" in line or "—" in line)
                and self._place_agency(line)
            )
            or self._caption(line)
            or (
                len(tokens) <= _AGENCY_PLACE_WORDS_MAX
                and self._agency_place(tokens)
            )
        ):
            return
        self.caps_place = None
        # `NORTHPORT, Example` alone, a place in capitals and its country.
        if (
            "," in line
            and line[1:2].isupper()
            and self._caps_place(line, p.CAPS_REGION_LINE)
        ):
            return
        if self.previous == "title" and _known_place_line(line):
            # `Kuala Lumpur` alone right below the headline is the story's
            # place; below an outlet's name it is the outlet's city.
            self.caps_place = line
            self.previous = "place"
        elif title_shape(line, tokens):
            self._title(line, at + len(line))
        elif len(tokens) > TITLE_WORDS_MAX:
            self._long_line(line, at, tokens)
        elif not (
            line[1:2].isupper()
            and (
                self._caps_place(line, p.CAPS_PLACE_LINE)
                # `ISLAMABAD:` alone: a colon dateline, the text below.
                or (
                    line[-1] == ":"
                    and is_known_place(line[:-1])
                    and self._caps_place(line[:-1], p.CAPS_PLACE_LINE)
                )
            )
        ):
            self._short_line(line, at, tokens)

    def _short_line(self, line: str, at: int, tokens: list[str]) -> None:
        """
        Note a line (of *tokens*) that is no title's shape: a title of two
        words right above the page's date, below the site's furniture
        (`Events`, `Northland-Southland talks`, `May 6, 2025`), a section's
        label or anything else.
        """
        if (
            len(tokens) == 2  # noqa: PLR2004
            and (self.previous in _FURNITURE or self.previous == "credit")
            and not tokens[1][0].isupper()
            # Below a site's name or an institution's: with no title above
            # it, such a line is a page's button (`Listen now`).
            and self.headline is not None
            and (
                self.site_name
                or _institution(self.headline, right_above=False)
            )
            and not is_chrome(line)
            and self._dated_below(at + len(line))
        ):
            self._set_headline(line, at + len(line))
            self.site_name = False
            self.previous = "title"
            return
        # `Foreign policy`, a section's label of two words at most below
        # the headline or a timestamp: the writer's name may follow.
        self.previous = (
            "label"
            if len(tokens) <= 2  # noqa: PLR2004
            and self.previous in _NAME_ABOVE
            and line.replace(" ", "").isalpha()
            else "other"
        )

    def _caption(self, line: str) -> bool:
        """
        Note a photo's caption below the headline, which keeps a place in
        capitals above it.
        """
        if self.headline is None or not is_caption(line):
            return False
        if not self._caps_place_kept():
            self.caps_place = None
        self.previous = "caption"
        return True

    def _caps_place_kept(self) -> bool:
        """
        Whether a photo's caption below the place keeps it: a place in
        capitals alone on its line is a dateline (`NORTHPORT`), a place in
        small letters may be the section's name (`Northland`).
        """
        return self.caps_place is not None and self.caps_place.isupper()

    def _caps_place(self, line: str, pattern: re.Pattern[str]) -> bool:
        """
        Note a place in capitals alone on its line, as *pattern* reads it:
        `TOKYO`, `NORTHPORT, Example`.
        """
        if (
            pattern.fullmatch(line)
            and line[-1] != "."  # `ABSTRACT.`, `LETTERS.` are labels
            and _is_place(line)
            and not is_chrome(line)  # `WORLD`, `POLITICS`
            # An acronym without a vowel is an outlet's name: `NHK`; so is
            # a short word no table knows: `EXNB`, not `DOHA`.
            and not (line.isascii() and p.NO_VOWEL.fullmatch(line))
            and not (len(line) <= _ACRONYM_MAX and not is_known_place(line))
        ):
            self.caps_place = line
            self.previous = "place"
            return True
        return False

    def _stamp_byline(self, line: str) -> bool:
        """
        Note a byline after the date of a timestamp line: `Published on
        06/05/2025 - 14:22 By Dana Levi - Example Reporter - Northport`.
        """
        by = line.find(" By ")
        if not p.TIMESTAMP_TOKEN.search(line, 0, by) or not _stamp_only(
            line[:by]
        ):
            return False
        credit = line[by + 4 :]
        cut = p.BYLINE_END.search(credit)
        names = _names(credit if cut is None else credit[: cut.start()])
        if not names:
            return False
        for name in names:
            self._add_byline(name)
        return True

    def _bar_byline(self, line: str) -> bool:
        """
        Note a byline between a section's label and a date, each in a part
        of its own between bars: `Politics | By Dana Levi | 6 May 2025`.
        """
        parts = [part.strip() for part in line.split("|")]
        bylines = [part for part in parts if part.startswith("By ")]
        stamps = [part for part in parts if _stamp_date(part) is not None]
        if (
            len(bylines) != 1
            or len(stamps) != 1
            or len(parts) > _BAR_PARTS_MAX
            or not all(
                part in bylines or part in stamps or _label_part(part)
                for part in parts
            )
        ):
            return False
        credit = bylines[0][3:]
        cut = p.BYLINE_END.search(credit)
        names = _names(credit if cut is None else credit[: cut.start()])
        if not names:
            return False
        self._note_stamp(stamps[0])
        for name in names:
            self._add_byline(name)
        return True

    def _dot_byline(self, line: str) -> bool:
        """
        Note the writers first on a line of parts between dots, one of them
        dated: `Dana Levi · Example News · Posted: Dec 12, 2024`, `By Dana
        Levi • Diplomatic Editor • 12 December 2024`.
        """
        first, *rest = p.DOT_PART_SEPARATOR.split(line)
        # Or a reading time: `By Dana Levi • 3 min read`.
        if not rest or not any(
            p.TIMESTAMP_TOKEN.search(part) or is_counter(part, part.casefold())
            for part in rest
        ):
            return False
        first = first.removeprefix("By ").removeprefix("BY ").strip()
        person = _person_any_case(first)
        names = (
            (person,)
            if person is not None and not is_known_place(first)
            else self._writers(first)
        )
        if not names or _no_writer(first):
            return False
        self._note_stamp(line)
        for name in names:
            self._add_byline(name)
        return True

    def _place_agency(self, line: str) -> bool:
        """
        Note a place and a known agency on a line of their own: `Ramallah -
        Wafa:`, `Baghdad-INA`; below the headline, any credit: `Riyadh -
        Example Daily` (an outlet, no agency), `Sana'a - Example:` (a colon
        marks a tag).
        """
        m = p.PLACE_AGENCY_LINE.fullmatch(line)
        glued = p.PLACE_AGENCY_GLUED.fullmatch(line) if m is None else None
        if (
            glued is not None
            and is_agency(glued["agency"])
            and is_known_place(glued["place"])
        ):
            m = glued  # `Baghdad-EXA`: a known agency glued to a known place
        if m is None or not _is_place(m["place"]):
            return False
        agency = m["agency"]
        colon = line[-1] == ":"
        # Before a colon a short name is a tag however written (`Wafa:`);
        # else as is_agency says (`Interactive - Map` is no tag).
        known = is_agency(agency) or (
            colon and agency.casefold() in p.AGENCIES
        )
        if not known and (
            self.headline is None
            or is_chrome(agency)
            # An unknown credit is one word before a colon (`Example:`),
            # ends as an outlet's name does (`Example Daily`) or follows a
            # known place in two words or more, no place or talks itself
            # (`Riyadh - Example Al-Arabiya`): not `Real Madrid -
            # Barcelona`, `Liverpool - Arsenal`, `Chelsea - Manchester
            # United:`, `Kyiv - Moscow`, `Iran - Saudi Talks`.
            or not (
                (colon and " " not in agency)
                or _outlet_end(agency.rsplit(None, 1)[-1])
                or (
                    is_known_place(m["place"])
                    and " " in agency
                    and not is_known_place(agency)
                    and _ROLES.isdisjoint(agency.casefold().split())
                )
            )
        ):
            return False
        self.caps_place = m["place"]
        if known or colon:
            self.agency = self.agency or agency
        self.previous = "place"
        return True

    def _name_beside(self, line: str) -> bool:
        """
        Note a name beside its date or agency (`Ahmet Yilmaz | 12.05.2024`,
        `Dana Levi | AA`) or its outlet (`Dana Levi (The Example Post)`),
        below the headline or a timestamp.
        """
        if self.previous not in _NAME_ABOVE:
            return False
        mark = line.find("|")
        if mark < 0:
            mark = line.find("(")  # the line ends with `)`
            # An outlet or agency in the brackets, not a picture's note:
            # `Dana Levi (File photo)` is the person shown.
            if not _outlet_note(line[mark + 1 : -1].strip()):
                return False
        elif not (
            p.TIMESTAMP_TOKEN.search(line, mark)
            or is_agency(line[mark + 1 :].strip())
        ) or _outlet_section_date(line[mark + 1 :]):
            return False
        name = line[:mark].strip()
        person = _person(name)
        if person is None and "," in name:
            # `Dana Levi, Northport | 6 May 2025`: the writer's place.
            name, _, place = name.partition(",")
            place = place.strip()
            if p.STAMP_PLACE.fullmatch(place) and _is_place(place):
                person = _person(name.strip())
        # `Abu Dhabi | May 6, 2025` is a place and its date.
        if person is None or _no_writer(name):
            return False
        self._add_byline(person["name"])
        return True

    def _writers(self, line: str) -> tuple[str, ...]:
        """
        The writers *line* lists alone (`Dana Levi, Sam Roe & Omar
        Haddad`), unless it names the story's subjects: a surname the
        headline holds (`Envoys Levi and Roe meet`, then `Dana Levi, Sam
        Roe`, a line of tags).
        """
        names = _writers(line)
        if names and self.headline is not None:
            said = set(p.WORD_RUN.findall(self.headline))
            if any(name.rsplit(None, 1)[-1] in said for name in names):
                return ()
        return names

    def _name_before_date(self, line: str) -> bool:
        """
        Note a name with its date after it and no bar, below the headline:
        `Dana Levi May 6, 2025`, perhaps with the time: `... at 10:00`.
        """
        if self.previous not in _NAME_ABOVE:
            return False
        date = p.STAMP_DATE.search(line)
        if date is None or (
            date.end() != len(line)
            and p.TIME_AFTER_DATE.fullmatch(line, date.end()) is None
        ):
            return False
        # `Dana Levi (@dlevi) Published May 6, 2025 | 10:00 AM`: the name
        # before the handle and the label.
        name = _before_stamp_words(line[: date.start()], stamp_after=True)
        person = _person(name)
        # `Abu Dhabi May 6, 2025` is a place and its date.
        if person is None or is_known_place(name):
            return False
        self._note_stamp(line)
        self._add_byline(person["name"])
        return True

    def _credit_bar(self, line: str) -> bool:
        bar = p.CREDIT_BAR.match(line)
        if bar is None or not is_agency(bar["agency"]):
            return False
        date = None
        if bar["date"]:
            date = _parse_date(bar["date"], None, dayfirst=True)
        self.bar = _Found(bar["place"], date, bar["agency"], (), 0)
        self.agency = self.agency or bar["agency"]
        self.previous = "credit"
        return True

    def _agency_place(self, tokens: list[str]) -> bool:
        """
        Note a known agency's name and the story's place on a line of
        their own below the headline: `IANS New Delhi`, `EXA, NORTHPORT`.
        """
        if self.headline is None or tokens[0].casefold().rstrip(",") not in (
            p.AGENCY_FIRST_WORDS
        ):
            return False
        for size in range(min(len(tokens) - 1, p.AGENCY_WORDS_MAX), 0, -1):
            name = " ".join(tokens[:size]).removesuffix(",")
            if not is_agency(name):
                continue
            place = " ".join(tokens[size:])
            if (
                (is_known_place(place) or place.isupper())
                and _is_place(place)
                and not is_chrome(place)
                and not is_agency(place)
            ):
                self.agency = self.agency or name
                self.bar = self.bar or _Found(place, None, None, (), 0)
                self.previous = "credit"
                return True
            return False
        return False

    def _credit_stamp(self, line: str) -> bool:
        """
        Note a credit, an agency's or the staff's, and the story's
        timestamp on one line below the headline (`EXA, 09 Jan, 2019 01:49
        AM`, `Example Bureau. Updated: 3/19/2021 2:15:07 PM Politics`): its
        date is the story's, whatever date the page's top shows, and a
        staff credit names no writer.
        """
        m = p.CREDIT_STAMP.match(line)
        if m is None or self.headline is None:
            return False
        credit = m["credit"]
        stamp = line[m.end() :]
        agency = credit if is_agency(credit) else None
        if not is_timestamp(stamp) or (
            agency is None and not _credit_end(credit.rsplit(None, 1)[-1])
        ):
            return False
        self.agency = self.agency or agency
        # Either way round in slashes (`03/04/2024`), no date.
        self.bar = _Found(
            None if self.bar is None else self.bar.place,
            _stamp_date(stamp, exact=True),
            None,
            (),
            0,
        )
        self._note_stamp(stamp)
        self.previous = "credit"
        return True

    def _timestamp(self, line: str) -> bool:
        if len(line) > p.TIMESTAMP_LINE_MAX or not p.TIMESTAMP_TOKEN.search(
            line
        ):
            return False
        words = p.LETTER_WORDS.findall(line)
        named = agency_in(words) if self.agency is None else None
        if not named and not stamp_words_only(words):
            return False
        # `A photo of the talks on May 6. (Yonhap)` dates a picture and
        # credits it, not the story.
        if named and is_caption(line):
            return False
        if named and self.previous not in {"caption", "deck"}:
            self.agency = named
        self._note_stamp(line)
        # Above the headline, a press release's place and date head the
        # page (`Northport, 6 May 2025`), no story's dateline.
        placed = (
            "," in line
            and line[-1] in _DATE_ENDS
            and self.headline is not None
            and self._place_date_line(line)
        )
        if not placed and p.STAMP_PART_SEPARATOR.search(line):
            place, person = _stamp_name(line)
            if place is not None and self.headline is not None:
                # `Jakarta ● Tue, May 6, 2025` below the headline: the
                # story's place and date, which widgets below keep.
                self.bar = self.bar or _Found(
                    place, _stamp_date(line, exact=True), None, (), 0
                )
            self.caps_place = place or self.caps_place
            if person is not None:
                self._add_byline(person)
        self.clock = p.CLOCK_LINE.fullmatch(line) is not None
        self.previous = "timestamp"
        return True

    def _date_place_line(self, line: str) -> bool:
        """
        Note a press release's date and place on a line of their own, its
        issuer perhaps after them: `May 6, 2025 - Ankara, Example - Ministry
        of Foreign Affairs`.
        """
        m = p.DATE_PLACE_LINE.fullmatch(line)
        if m is None:
            return False
        place = m["place"]
        city = place.partition(",")[0]
        if not is_known_place(city) or not _is_place(place):
            return False
        self.bar = _Found(
            place, _parse_date(m["date"], self.anchor), None, (), 0
        )
        self.previous = "timestamp"
        return True

    def _place_date_line(self, line: str) -> bool:
        """
        Note a place and its date on a line of their own, or last on a
        timestamp line: `COLOMBO, Feb. 11`, `14:05 | Lima, Feb. 11.`.
        """
        last = p.STAMP_PART_SEPARATOR.split(line)[-1]
        m = p.PLACE_DATE_LINE.fullmatch(last.strip())
        if m is None:
            return False
        place = m["place"]
        if not (place.isupper() or is_known_place(place)) or not _is_place(
            place
        ):
            return False
        date = _parse_date(m["date"], self.anchor)
        self.bar = _Found(place, date, None, (), 0)
        if m["agency"] is not None and is_agency(m["agency"]):
            self.agency = self.agency or m["agency"]
        return True

    def _title(self, line: str, end: int) -> None:
        if self.headline is not None:
            if (
                self._crumb_below(line, end)
                or self._below_site(self.headline, line, end)
                or (self.site_name and self._below_name(line, end))
                or self._said_twice(line, end)
            ):
                return
            if same_title(self.headline_key, line) or _site_repeat(
                self.headline, line
            ):
                # A breadcrumb glued before the title, or the site's name
                # after it: keep the title alone.
                if len(letters_key(line)) < len(self.headline_key):
                    self._set_headline(line, end)
                self.previous = "title"
            elif (
                self.previous in {"title", "timestamp"}
                # `Erdogan in Moscow` above a stamp is a title of its own.
                and _section_label(
                    self.headline, places=self.previous == "title"
                )
            ) or _institution(
                self.headline, right_above=self.previous == "title"
            ):
                # `Peace and Security` above the title names its section;
                # `Embassy of Example in Northport`, the site; a letterhead's
                # `For immediate release` is no title either, nor a line of
                # the release's date and kind (`08/03/2024 | Press release`).
                if is_chrome(line) or (line[:1].isdigit() and " | " in line):
                    self.previous = "chrome"
                else:
                    self._set_headline(line, end)
            elif (
                self.previous == "title"
                and _label(self.headline, line)
                and self._credited_below(end)
            ):
                # `NORTHLAND / DIPLOMACY`, `Border war latest` or `Example World
                # News` above the title, which the byline or the page's date
                # follows: the label names the section or the site.
                self._set_headline(line, end)
            elif (
                self.previous == "timestamp"
                and self.title_end is not None
                # a site's name, not a title of its own (`Ministers agree
                # on port plan`), nor a live page's (`Talks: live updates`)
                and _site_cased(self.headline)
                and self._stamp_right_below(self.title_end)
                and self._stamp_right_below(end)
            ):
                # `Example Press, en Español`, the site's clock, then the
                # title with its own date below: the first was the site.
                self._set_headline(line, end)
                self.previous = "title"
            elif self.previous == "timestamp" and self.clock:
                # `18:55`, then `Embassy hits back`: a live page's entry
                # and its title, the text below it is the body.
                self.previous = "entry"
            else:
                self.previous = "subtitle"
        else:
            self._first_title(line, end)

    def _said_twice(self, line: str, end: int) -> bool:
        """
        Note a line that says a line above it again, below the headline so
        far: a paragraph said twice, in a row or with the page's date
        between, is the title, whatever is above it the page's chrome
        (`Example metrika tracker`, then `Envoys sign accord` twice).
        """
        if (
            not self.line_key
            or not self._said_again()
            or same_title(self.headline_key, line)
            or is_chrome(line)
        ):
            return False
        self.site_name = False
        self._set_headline(line, end)
        self.previous = "title"
        return True

    def _said_again(self) -> bool:
        """
        Whether the line read says again the line right above it, or the
        line above the timestamp right above it when the headline so far
        may be the site's name (`President of Northland`, the title, the
        page's date, the title again).
        """
        return self.line_key == self.above_key or (
            self.previous == "timestamp"
            and self.line_key == self.key_above_stamp
            and self.headline is not None
            and _site_cased(self.headline)
        )

    def _next_item(self, end: int) -> str:
        """
        The next line after the one ending at *end* that is not blank nor a
        dash alone, as a ticker puts between its items.
        """
        text = self.text
        below = _line_below(text, end)
        if below.strip("-–—• ") == "":
            end = text.find("\n", _skip_space(text, end))
            below = "" if end < 0 else _line_below(text, end)
        return below

    def _crumb_below(self, line: str, end: int) -> bool:
        """
        Note the title a breadcrumb right below the headline ends with, in
        its place: `Example Central (eC)`, then `Home » Envoys agree on
        port deal`, was the site's name.  A part cut short (`Envoys agree
        on port deal`) keeps the title.
        """
        headline = self.headline
        crumb = (
            _crumb_title(line)
            if self.previous == "title"
            and headline is not None
            # the site's name: `Example Central (eC)`, `Example News`,
            # `Example News | Latest news from Northland`
            and (
                headline.endswith(")")
                or " | " in headline
                or _site_cased(headline)
            )
            and _crumbed(line)
            else None
        )
        if (
            crumb is None
            or self.headline_key.startswith(letters_key(crumb))
            # A story's title in small letters, not a section's name in
            # capitals (`Middle East and North Africa`).
            or all(
                w[0].isupper() or w in _CRUMB_PARTICLES for w in crumb.split()
            )
        ):
            return False
        self._set_headline(crumb, end)
        self.masthead = True
        return True

    def _first_title(self, line: str, end: int) -> None:
        """
        Note a line with a title's shape, the first one: furniture, a
        caption or the headline (perhaps the site's name, until a title
        below replaces it).
        """
        if dated_title(line) and (
            self.ticker or dated_title(self._next_item(end))
        ):
            # `Envoys meet - February 25, 2021`, another one below: a
            # ticker of other stories; a title with its date alone is one.
            self.ticker = True
            self.previous = "chrome"
            return
        if is_chrome(line):
            self.previous = "chrome"
            last = _crumb_title(line) if _crumbed(line) else None
            if last is not None:
                # `Home > World > Envoys agree on port deal`: a title below
                # replaces the breadcrumb's last part, a copy keeps it.
                self._set_headline(last, end)
                self.masthead = True
                self.previous = "title"
        elif is_caption(line) or (
            _pictured(line)
            # The body names the person as the caption does; a headline
            # says what the person did (`Prime Minister Levi Resigns`).
            and self.text.find(line, end, end + _WINDOW) >= 0
        ):
            self.previous = "caption"
        else:
            # Only the crawl prefix's outlet or an agency's name above it.
            # A name's links may be another language's short words
            # (`Exa - Agencia Northlandesa de Noticias`).
            self.site_name = (
                self.previous in _TOP
                and _site_cased(line)
                and _site_named(line, self._word_above(end - len(line)))
            )
            self._set_headline(line, end)
            # Most titles hold no bar and end on no newsletter's word.
            self.masthead = (
                " | " in line
                or line.endswith(p.NEWSLETTER_ENDS)
                or " from " in line
            ) and _masthead(line)
            self.previous = "title"

    def _below_site(self, headline: str, line: str, end: int) -> bool:
        """
        Note a breadcrumb from the site's home right below the first title
        (*headline* so far), which makes that the site's name (`Saeima of
        the Republic of Example`, then `Home > News`), or the title below
        such a name or a masthead, which replaces it.
        """
        if (
            self.previous == "title"
            and "Home" in line
            and is_breadcrumb(line)
            # `Envoys agree on port deal` above a crumb is the title still.
            and _name_cased(headline)
        ):
            self.masthead = True
            self.previous = "chrome"
            return True
        if self.masthead and not is_chrome(line):
            self.masthead = False
            self._set_headline(line, end)
            self.previous = "title"
            return True
        return False

    def _word_above(self, start: int) -> str:
        """
        The last word of the line above the one starting at *start*: the
        crawl prefix's outlet (` date 2025-05-06 NSK`), or none.
        """
        end = max(start - 1, 0)
        above = self.text[self.text.rfind("\n", 0, end) + 1 : end].split()
        return above[-1] if above else ""

    def _below_name(self, line: str, end: int) -> bool:
        """
        Note furniture right below a name at the page's top, which makes
        that the site's name (`Northland Presse Service`, then `National`,
        a timestamp or `Inicio > English`), or the title below such a
        name and furniture, which replaces it.
        """
        if self.previous == "title" and is_chrome(line):
            self.previous = "chrome"
            return True
        # The title is right above the dateline or the page's date, a deck
        # below the headline above the text (`Example Agency of Northland`,
        # `National`, `Envoy receives minister`, `Northport, 6 May (Exa) -
        # `).  Below a timestamp, the title is in small letters too, and
        # short as a title is (`Envoys Open Talks`, `06.05.2025`, `Talks to
        # resume`, a dateline: the headline stays).
        if (
            self.previous in _FURNITURE
            and not is_chrome(line)
            and (
                self.previous != "timestamp"
                or (
                    not _site_cased(line)
                    and len(line.split()) <= _SENTENCE_TITLE_WORDS_MAX
                )
            )
            and (
                self._dated_below(end)
                # Or, the page's date above it, the text below it
                # (`Northland News Agency (NNA)`, `Politics`, `06.05.2025`,
                # `Envoy receives minister`, `On May 5, the envoy ...`).
                or (self.previous == "timestamp" and self._text_below(end))
            )
        ):
            self.site_name = False
            self._set_headline(line, end)
            self.previous = "title"
            return True
        return False

    def _dated_below(self, end: int) -> bool:
        """
        Whether the line below the one ending at *end* is a timestamp or
        opens with a dateline: a tagged one, or a known place in capitals
        and a dash.
        """
        text = self.text
        at = _skip_space(text, end)
        line_end = text.find("\n", at)
        if line_end < 0:
            line_end = len(text)
        below = text[at:line_end]
        if is_timestamp(below):
            return True
        if _may_be_strong(below) and (
            _strong_dateline(text, at, line_end, self.anchor) is not None
        ):
            return True
        return _known_place_dash(below)

    def _stamp_right_below(self, end: int) -> bool:
        """
        Whether the line below the one ending at *end* is a timestamp.
        """
        at = _skip_space(self.text, end)
        return is_timestamp(_next_line(self.text, at - 1))

    def _text_below(self, end: int) -> bool:
        """
        Whether the line below the one ending at *end* reads as text.
        """
        text = self.text
        at = _skip_space(text, end)
        below = _next_line(text, at - 1)
        return is_prose(below, below.split(), text, at + len(below))

    def _title_below(self, end: int) -> bool:
        """
        Whether the line below the one ending at *end* is a title's: its
        shape, and no mark that ends a sentence or a label.
        """
        text = self.text
        below = _line_below(text, end)
        return (
            bool(below)
            and below[-1] not in _TEXT_END_MARKS
            and title_shape(below)
        )

    def _credited_below(self, end: int) -> bool:
        """
        Whether the line below the one ending at *end* is a byline, a
        timestamp or a dateline: the title ends above it.
        """
        text = self.text
        below = _line_below(text, end)
        if below[:3] in _BY_SPACE or self._dated_below(end):
            return True
        # Or the title's deck is between them, longer than the title: the
        # byline, the writer's name alone or the date below it.
        title = text[text.rfind("\n", 0, end) + 1 : end]
        deck_end = text.find(below, end) + len(below)
        after = _line_below(text, deck_end)
        return len(below.split()) > len(title.split()) and (
            after[:3] in _BY_SPACE
            or (_person(after) is not None and not is_known_place(after))
            or self._dated_below(deck_end)
        )

    def _set_headline(self, line: str, end: int) -> None:
        headline = unglued(line)
        # Most headlines have no capital right after a small letter at all.
        if p.CAMEL_GLUE.search(headline) is not None:
            headline = _without_section(headline)
        # `Talks Resume | Example.com - Example News`: the site's name after
        # a bar is no part of the title.
        if " | " in headline:
            title, _, site = headline.rpartition(" | ")
            if p.WEBSITE.search(site):
                headline = title
            else:
                headline = _without_site_suffix(headline)
        self.headline = headline
        self.headline_key = letters_key(self.headline)
        self.title_end = end

    def _ends_preamble(self, line: str, line_end: int) -> bool:
        """
        Whether *line*, right after the first line of text and ending at
        *line_end*, shows that line to be a summary or a caption above the
        body: it is a timestamp, a photo credit, a credit or byline, an
        outlet's name in one word above a timestamp, or repeats a title or
        it.
        """
        if len(line) <= p.CHROME_LINE_MAX and self._short_mark(line, line_end):
            return True
        if self.headline is not None and (
            same_title(self.headline_key, line)
            # `JOHANNESBURG - ` opening the line right below the summary
            # right below the headline: a dateline starts the text.
            or (
                self._summary_touches(line_end - len(line))
                and _known_place_dash(line)
            )
        ):
            return True
        if self._caption_again(line) or p.CREDIT_LABEL_LINE.fullmatch(line):
            return True
        # A summary that the lead repeats has no full stop of its own.
        body_line = self.body_line
        return not ends_sentence(body_line, 0) and repeats(line, body_line)

    def _title_above_stamp(self, line: str) -> bool:
        """
        Whether the first line of text, a short sentence with nothing but
        furniture above it, is the title: *line* below it is the page's
        stamp (`Minister receives a letter.`, then `6th May, 2025 8:16 AM |
        Written by |`).
        """
        # The stamp opens with its date (`Dana Levi May 6, 2025` names the
        # writer of a line of text).
        body_line = self.body_line
        return (
            self.previous in _TOP
            and len(body_line.split()) <= _SENTENCE_TITLE_WORDS_MAX
            # `Follow us on ...`, `This article is more than ...`,
            # `Editor's note: ...`: notices, no title.
            and not body_line.startswith(p.NOTICE_OPENINGS)
            and not is_furniture(body_line)
            and (
                p.TIMESTAMP_TOKEN.match(line) is not None
                or p.WEEKDAY_PREFIX.match(line) is not None
            )
            and _stamp_line(line)
        )

    def _summary_touches(self, line_start: int) -> bool:
        """
        Whether the first line of text sits right below the headline and
        right above the line starting at *line_start*, no blank line
        between: the three lines of a headline, its summary and the text.
        """
        text = self.text
        body_at = self.body_at
        return (
            self.title_end is not None
            and body_at is not None
            and "\n\n" not in text[self.title_end : body_at]
            and "\n\n" not in text[body_at:line_start]
        )

    def _caption_again(self, line: str) -> bool:
        """
        Whether *line* says the first line of text again with a picture's
        credit after it, which makes that line a caption, even below a
        timestamp: `Flags by the door.`, then `Flags by the door. Source:
        EXA`.
        """
        body_line = self.body_line
        return (
            line.startswith(body_line)
            and p.REPEATED_CAPTION_CREDIT.fullmatch(line, len(body_line))
            is not None
        )

    def _short_mark(self, line: str, line_end: int) -> bool:
        """
        Whether the short *line*, ending at *line_end*, marks the line of
        text above it as a summary or a caption: a timestamp, an outlet's
        name in one word above one, a photo credit, a counter, a credit or
        a byline.
        """
        if (
            _stamp_line(line)
            or line.removesuffix(":").casefold() in p.STAMP_LABELS
        ):
            return True
        # `Examplenet` between the summary and the page's date.
        if (
            line.isalpha()
            and line[0].isupper()
            and is_timestamp(_line_below(self.text, line_end))
        ):
            return True
        folded = line.casefold()
        return (
            is_photo_credit(folded)
            or is_counter(line, folded)
            or _credits_picture(line)
            or ("/" in line and _photographer(line))
            or _credit_line(line, after_header=False) is not None
            # A summary below the headline, or a long question that is
            # the headline, then the writer's name alone, or the writers'
            # names.
            or (
                (
                    self.previous == "title"
                    or (self.headline is None and self.body_line[-1] == "?")
                )
                and (
                    (_person(line) is not None and not is_known_place(line))
                    or bool(self._writers(line))
                )
            )
        )

    def _headline_above(self) -> str | None:
        # A title right above a tagged dateline, below a summary; or a
        # short sentence right above it (`Talks resume in Vienna.`).
        if self.headline is not None:
            return self.headline
        if self.skipped:
            return unglued(self.skipped) if is_title(self.skipped) else None
        if (
            self.body_at is not None
            and len(self.body_line.split()) <= _SENTENCE_TITLE_WORDS_MAX
        ):
            return self.body_line
        return None

    def _with(self, found: _Found) -> _Found:
        """
        *found* with the bylines and agency read before it, and its end
        past the headline said again right below it.
        """
        end = self._past_title(found.end)
        agency = self._agency()
        if not self.bylines and agency is None and end == found.end:
            return found  # nothing found before it to add
        return _Found(
            found.place,
            found.date,
            found.agency or agency,
            (*self.bylines, *found.bylines),
            end,
        )

    def _past_title(self, end: int) -> int:
        """
        Where the body begins when a dateline on a line of its own ends at
        *end*: below the headline, when the page says it again there
        (`Envoys open talks`, `ANKARA- Example Agency`, `Envoys open
        talks`, the text).
        """
        text = self.text
        if self.headline is None or text[
            text.rfind("\n", 0, end) + 1 : end
        ].strip(" \t"):
            return end
        line_end = text.find("\n", end)
        # A title with nothing below it is the text.
        if line_end < 0 or letters_key(text[end:line_end]) != (
            self.headline_key
        ):
            return end
        return _skip_space(text, line_end)

    def _finish(self) -> _Found:
        text = self.text
        body_at = self.body_at
        if body_at is None:
            # No text below a box: its text is the body's (a page with no
            # blank lines between paragraphs, or the box never ends).
            body_at = self.box_at
        if body_at is None:
            # No line of text: the body is what follows the headline, from
            # a summary on; a page that is a title alone is text.
            floor = self.start if self.title_end is None else self.title_end
            if self.deck_at is not None and self.deck_at >= floor:
                body_at = self.deck_at
            else:
                body_at = _skip_space(text, floor)
            if body_at == len(text):
                self.headline = None
                body_at = _skip_space(text, self.start)
        place, date = None, None
        if self.bar is not None:
            place, date = self.bar.place, self.bar.date
        elif self.body_at is not None and self.caps_place is not None:
            place = self.caps_place
        return _Found(
            place, date, self._agency(), tuple(self.bylines), body_at
        )

    def _agency(self) -> str | None:
        """
        The agency credited above the text: an agency's name alone above
        all is the site's when a headline is below it.
        """
        if self.agency is not None or self._titled():
            return self.agency
        return self.site_agency


def _institution(line: str, *, right_above: bool) -> bool:
    """
    Whether *line* names an institution, as a letterhead or a site's name
    does: `Embassy of Example in Northport`, `REPUBLIC OF EXAMPLE`, `Example
    News Agency`, or its press office: `Sejm of Example - Press Office`.  A
    body that headlines are about is one only when a line stands between it
    and the title (not *right_above* it): `Parliament of Example Adopts Law`
    is a headline.
    """
    # `ress` finds `Press` and `PRESS` at C speed before the marks.
    if "ress " in line.casefold():
        for mark in p.PRESS_OFFICE_MARKS:
            name, found, office = line.rpartition(mark)
            if (
                found
                and name
                and office.casefold() in p.PRESS_OFFICES
                # `Envoy to visit Northport - press service` is a headline.
                and all(
                    word[:1].isupper() or word in _LINKS
                    for word in name.split()
                )
            ):
                return True
    if line.isupper():
        # `İ` in small letters gains a combining dot: `TÜRKİYE`, `Türkiye`.
        first, *rest = line.replace("İ", "I").split()
        line = " ".join(
            [
                first.capitalize(),
                *(
                    w.lower() if w in _LINK_CAPS else w.capitalize()
                    for w in rest
                ),
            ]
        )
    return (
        line.startswith(p.INSTITUTION_STARTS)
        and not (right_above and line.startswith(p.DEBATING_STARTS))
        and p.INSTITUTION_NAME.fullmatch(line) is not None
        and (not line.startswith(p.STATE_OFFICE_STARTS) or _state_office(line))
    ) or (
        p.PRESS_OFFICE_NAME.fullmatch(line) is not None
        or p.SITE_NAME.fullmatch(line) is not None
    )


def _label(line: str, title: str) -> bool:
    """
    Whether *line*, a short first title above the longer *title*, is a
    label above it rather than a headline above its deck: a section's,
    a live page's or a site's name, which ends on furniture's word
    (`Border war latest`, `Example World News`, `Local voices World
    stories`), or a kicker in capitals (`EXAMPLE / DIPLOMACY`).  A deck
    opens as a sentence does (`The two sides ...`).
    """
    words = line.split()
    title_words = title.split()
    if (
        len(words) > _LABEL_WORDS_MAX
        or len(title_words) < 2 * len(words)
        or title_words[0] in _DECK_STARTS
    ):
        return False
    if line.isupper():
        # A section's path, not a headline in capitals (`PORT DEAL SIGNED`,
        # `BREAKING: TRUCE AGREED`).
        return (
            len(words) <= _ACRONYM_LABEL_WORDS_MAX
            and not title.isupper()
            and any(mark in line for mark in _PATH_MARKS)
        )
    # A section's path or two sections joined, its words capitalised as
    # sections' names are: `Northland / Diplomacy`, `Northland & the
    # Region`; not a headline in small letters (`Oil & gas talks`).
    if (" / " in line or " & " in line) and _name_cased(
        line.replace(" / ", " ")
    ):
        return True
    # A noun of the page's, not any furniture's word: `Border tensions
    # flare up`, `Ceasefire talks open` are headlines.
    last = p.LETTER_WORDS.findall(line)[-1:]
    return bool(last) and last[0].casefold() in p.LABEL_END_WORDS


def _state_office(line: str) -> bool:
    """
    Whether *line* names a head of state or their office, and the state's
    name ends it: one word or a known place (`President of Example`,
    `Office of the President of South Example` only if the tables know it).
    """
    m = p.STATE_OFFICE.fullmatch(line)
    if m is None:
        return False
    state = m["state"]
    return state is None or " " not in state or is_known_place(state)


def _glued_after(line: str, headline: str) -> bool:
    """
    Whether *line* is *headline* with more text glued right after it, no
    space between: a letter or a stop, then a capital.
    """
    size = len(headline)
    return (
        len(line) > size + 1
        and line.startswith(headline)
        # a new word starts: `... for the G20The leaders`; not a word
        # cut, `... head of the UN`, then `UNHCR`
        and line[size].isupper()
        and line[size + 1].islower()
        and len(headline.split()) >= _CRUMB_TITLE_WORDS_MIN
    )


def _crumbed(line: str) -> bool:
    """
    Whether *line* is a breadcrumb, of any length: its first part a few
    words (`Home`, `News`), a crumb's mark after it.
    """
    if not (">" in line or "»" in line or "›" in line):
        return False
    mark = p.BREADCRUMB.search(line)
    if mark is None:
        return False
    head = line[: mark.start()]
    # `Home » ...`, `Example Times › World › ...`; not `Oil > $100 as ...`.
    return len(head.split()) <= _CRUMB_HEAD_WORDS_MAX and (
        p.CHROME_WORDS.issuperset(head.casefold().split())
        or len(p.BREADCRUMB.findall(line)) >= _CRUMB_MARKS_MIN
    )


def _crumb_title(line: str) -> str | None:
    """
    The title a breadcrumb ends with, if it ends with one of four words or
    more: `Home > World > Envoys agree on port deal`.
    """
    # A line with no breadcrumb's mark is its own last part, and furniture.
    last = p.BREADCRUMB.split(line)[-1].strip()
    if (
        len(last.split()) < _CRUMB_TITLE_WORDS_MIN
        or not title_shape(last)
        or is_chrome(last)
    ):
        return None
    return last


def _site_repeat(headline: str, line: str) -> bool:
    """
    Whether *line* is the *headline* again without the site's name that a
    bar or a dash puts after it: `Talks Resume | Example Daily`, then
    `Talks Resume`.
    """
    for mark in p.SITE_NAME_MARKS:
        if mark in headline:
            title = headline.rpartition(mark)[0]
            return letters_key(title) == letters_key(line)
    return False


def _without_section(headline: str) -> str:
    """
    *headline* without a section's name glued before or after it:
    `WorldEnvoys agree`, `Envoys agreePolitics`.
    """
    glued = p.GLUED_SECTION.search(headline)
    if glued is None or glued.group().casefold() not in p.SECTION_NAMES:
        return headline
    if glued.start() == 0:
        return headline[glued.end() :]
    return headline[: glued.start()]


def _masthead(line: str) -> bool:
    """
    Whether *line* is a newsletter's or a site's masthead: a newsletter's
    name (`THE MORNING BRIEF`, `The Morning Brief from Example Institute`),
    or names between bars, one of them an institution's or an issue's
    number (`THE EXAMPLE WEEKLY | Institute for Example Affairs`, `EXAMPLE
    BRIEF | Issue 42 | May 2025`); no title (`Talks Resume | Example
    Daily`).
    """
    parts = line.split(" | ")
    if len(parts) > 1 and p.ISSUE_NUMBER.search(line) is not None:
        return True
    if any(map(_newsletter_name, parts)):
        return True
    # An institution names the site only beside a name: `Security Council
    # Extends Mandate | Example Daily` is a title and its outlet.
    return _short_name(parts[0]) and any(
        _name_cased(part)
        and not _INSTITUTION_WORDS.isdisjoint(part.casefold().split())
        for part in parts[1:]
    )


def _name_cased(part: str) -> bool:
    """
    Whether every word of *part* is capitalised or links a name's words:
    `Example Council on Foreign Relations`.
    """
    return all(w[:1].isupper() or w in _NAME_LINKS for w in part.split())


def _site_cased(line: str) -> bool:
    """
    Whether every word of *line* is capitalised, a dash or a link of a
    name, in any language (`Exa - Agencia Northlandesa de Noticias`), its
    acronym in brackets too (`Northland News Agency (NNA)`).
    """
    # A loop, not all() over a generator: it runs on every first title.
    for w in line.split():
        if not (
            w.lstrip("(")[:1].isupper()
            or w in _NAME_LINKS
            or w in _DASHES
            or (len(w) <= _LINK_LETTERS_MAX and w.isalpha())
        ):
            return False
    return True


def _site_named(line: str, above: str) -> bool:
    """
    Whether *line*, a name at the page's top with furniture below it, is
    the site's rather than a headline in Title Case, which has the same
    shape (`Envoys Open Talks On Harbour`, `Foreign Minister Visits
    Northport`): it holds a word that names a news service in some
    language (`Agencia Northlandesa de Noticias`, `Northland Presse
    Service`), or its initials spell the outlet's acronym on the line
    *above* (`NSK`, then `Northland Sambad Kendra`).
    """
    words = line.split()
    # A name links its words in small letters; Title Case capitalises the
    # links too (`Envoys Press For Port Deal`).
    # Set operations over the words, at C speed: this runs on many first
    # titles.
    if not _NAME_LINK_CAPS.isdisjoint(words[1:]):
        return False
    if not p.NEWS_SERVICE_WORDS.isdisjoint(map(str.casefold, words)):
        return True
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(initials) > 1 and initials.casefold() == above.casefold()


def _short_name(part: str) -> bool:
    """
    Whether *part* can be a site's or a newsletter's name, four words at
    most: `THE DIPLOMATIC WEEKLY`, not `Security Council Extends Mandate
    Again`.
    """
    return 0 < len(part.split()) <= _MASTHEAD_WORDS_MAX and _name_cased(part)


def _newsletter_name(part: str) -> bool:
    """
    Whether *part* is a newsletter's name, perhaps with its publisher: a
    short name that ends on a newsletter's word (`The Morning Brief from
    Example Institute`, not `Key Takeaways From the Ministers' Briefing`).
    """
    name = part.partition(" from ")[0]
    return (
        _short_name(name)
        and name.split()[-1].casefold() in p.NEWSLETTER_WORDS
        and _name_cased(part)
    )


def _credits_picture(line: str) -> bool:
    """
    Whether *line* credits the picture of a caption above it: `DANA
    LEVI/EXAMPLE`.
    """
    return (
        "/" in line
        and line.isupper()
        and len(line) <= p.CHROME_LINE_MAX
        and p.CAPS_SLASH_CREDIT.fullmatch(line) is not None
    )


def _photographer(line: str) -> bool:
    """
    Whether *line* credits the picture of a caption above it in mixed
    case, a person and the agency: `Sam Roe/Example Agency` (not a
    writer's role, `Dana Levi/Senior Example Writer`).
    """
    m = p.SLASH_CREDIT.fullmatch(line)
    return (
        m is not None
        and _person(m["name"]) is not None
        and not _journalist_title(m["outlet"])
    )


def _caps_or_none(place: str | None) -> bool:
    """
    Whether a dateline's *place* is none or in capitals, so that no
    headline can be glued to it.
    """
    return not place or place.isupper()


def _without_label(line: str, at: int) -> tuple[str, int]:
    """
    *line*, starting at *at*, without a feed's field name or a source in
    brackets before its text, and where it then starts.
    """
    label = p.LINE_LABEL.match(line)
    if label is None:
        return line, at
    return line[label.end() :], at + label.end()


def _stamp_name(line: str) -> tuple[str | None, str | None]:
    """
    (place, person) that a timestamp line names in a part of its own, first
    or last: `Jakarta  ●  Tue, March 4, 2025`, `Updated - March 4, 2025 -
    NEW DELHI`, `May 6, 2025 | Dana Levi`.  A place in small letters is a
    known one; another name is a person's or nothing (`Middle East`).
    """
    parts = p.STAMP_PART_SEPARATOR.split(line)
    for part, stamp_after in ((parts[0], len(parts) > 1), (parts[-1], False)):
        name = _before_stamp_words(part, stamp_after=stamp_after)
        if (
            not p.STAMP_PLACE.fullmatch(name)
            or name.casefold() in p.TIMESTAMP_WORDS
        ):
            continue
        if name.isupper() or is_known_place(name):
            # `MTI | 2025.02.11.` credits an agency, no place.
            if (
                not is_agency(name)
                and _is_place(name)
                and not is_chrome(name)
                and not _credit_end(name.rsplit(None, 1)[-1])
            ):
                return name, None
            continue
        person = _person(name)
        if person is not None and not _no_writer(name):
            return None, person["name"]
    return None, None


def _widget_city(line: str) -> bool:
    """
    Whether *line* is a weather widget's city below its temperature: a
    place's name of three words at most, `Northport`.
    """
    return (
        len(line.split()) <= _WIDGET_CITY_WORDS_MAX
        and line[0].isupper()
        and _is_place(line)
    )


def _before_stamp_words(part: str, *, stamp_after: bool) -> str:
    """
    The words of a timestamp line's *part* before the first of its date's
    or its labels': `Dana Levi` in `Dana Levi Apr` (`Dana Levi Apr - 03 -
    2024`) and in `Dana Levi Published April 05, 2022`.  A month's or a
    label's word starts the stamp only before a digit or another stamp
    word, or at the part's end when *stamp_after* it: a name may hold one,
    `June Levi`, `Sun Levi`, `Theresa May`.
    """
    words = part.split()
    for i, word in enumerate(words):
        if _stamp_token(word, label=False) or (
            _stamp_token(word, label=True)
            and (
                _stamp_token(words[i + 1], label=True)
                if i + 1 < len(words)
                else stamp_after
            )
        ):
            return " ".join(words[:i])
    return " ".join(words)


def _stamp_token(word: str, *, label: bool) -> bool:
    """
    Whether *word* is a timestamp's number or handle (`6,`, `(@dlevi)`),
    or also, when *label*, its month's or label's word (`May`, `Published`).
    """
    folded = word.strip(".,:;").casefold()
    return (
        not folded
        or folded[0].isdigit()
        or folded.startswith("(@")
        or (label and folded in p.TIMESTAMP_WORDS)
    )


def _outlet_section_date(rest: str) -> bool:
    """
    Whether *rest*, after the first bar of a line, is a section's label and
    more: the line is an outlet's masthead, `Example Herald | Politics |
    May 6, 2025`, and names no writer.
    """
    section, bar, _ = rest.partition("|")
    return (
        bool(bar) and _label_part(section) and not is_agency(section.strip())
    )


def _label_part(part: str) -> bool:
    """
    Whether *part* of a line between bars is a section's label of two
    words at most: `Politics`, `World News`.
    """
    words = part.split()
    return 0 < len(words) <= 2 and part.replace(" ", "").isalpha()  # noqa: PLR2004


def _known_place_line(line: str) -> bool:
    """
    Whether *line* is only a place the tables know, as a page may set it
    alone below its headline: `Kuala Lumpur`.
    """
    return is_known_place(line) and _is_place(line) and not is_chrome(line)


def _section_label(line: str, *, places: bool) -> bool:
    """
    Whether *line* is a section's name of two subjects, the kind of label a
    page puts above its title: `Peace and Security`, `Science & Health`,
    `Northland Politics & Diplomacy`, or, when *places*, of a subject and its place: `War in Example`.
    """
    words = line.split()
    # One word may qualify both subjects joined by an ampersand, which
    # headlines seldom use: `Northland Politics & Diplomacy`.
    if len(words) == 4 and words[2] == "&" and words[0][:1].isupper():  # noqa: PLR2004
        words = words[1:]
    return (
        len(words) == 3  # noqa: PLR2004
        and words[1] in (_SECTION_JOINS if places else _SUBJECT_JOINS)
        and words[0][:1].isupper()
        and words[2][:1].isupper()
        and line.replace(" ", "").replace("&", "").isalpha()
    )


def _title_case(line: str, tokens: list[str]) -> bool:
    """
    Whether *line* (split into *tokens*) is written in Title Case: nearly
    all its words of four letters or more start with a capital, as a
    headline's do and a sentence's do not.
    """
    # Long words (four letters, and a separator after each but the last)
    # are at most (len + 1) // 5; a token that starts with four letters,
    # the first no capital, starts a long word that does not count.  Past
    # that many, the share cannot be reached: most sentences stop here.
    most = (len(line) + 1) // 5
    small_most = most - _TITLE_CASE_SHARE * most
    small = 0
    for token in tokens:
        if not token[0].isupper() and token[:4].isalpha() and len(token) > 3:  # noqa: PLR2004
            small += 1
            if small > small_most:
                return False
    long = [w for w in p.LETTER_WORDS.findall(line) if len(w) >= 4]  # noqa: PLR2004
    if len(long) < 3:  # noqa: PLR2004
        return False
    capitals = sum(1 for w in long if w[0].isupper())
    return capitals >= _TITLE_CASE_SHARE * len(long)


def _may_credit(line: str, tokens: list[str]) -> bool:
    """
    Whether *line* (split into *tokens*) has what a credit line needs: `By`
    first, a credit's last word, or an agency's first word, and is short.
    """
    if line[:2] in _BY or line[:3] == "BY ":
        return len(line) <= _CREDIT_LINE_MAX
    if len(line) > p.CREDIT_MAX:
        return False
    if _credit_end(tokens[-1]):
        return True
    first = tokens[0].strip("-–—•*|:") or (
        tokens[1] if len(tokens) > 1 else ""
    )
    # `WRITER: Dana Levi` starts with a byline's label.
    return first.casefold() in p.CREDIT_FIRST_WORDS


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


def scan_opening(text: str, reference: dt.date | None = None) -> Opening:
    """
    The page's dateline, where its body begins and its headline.
    """
    crawl_date = None
    at = 0
    # The prefix's `date` starts within its first nine characters.
    prefix = (
        p.CRAWL_PREFIX.match(text)
        if text.find("date", 0, p.CRAWL_PREFIX_DATE_END) >= 0
        else None
    )
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
    outlet = headline = None
    if header is not None:
        header_at, outlet, after = header
        headline = _headline_before(text, at, header_at)
        at = after
    reader = _Reader(text, at, anchor, outlet, header is not None)
    reader.dated = crawl_date is not None
    found, title = reader.read()
    stamp, stamp_above = reader.published, reader.stamp_above
    if (
        anchor is None
        and found.date is None
        and (found.place or found.agency)
        # A day's number just before the body: `June 10 (EXA) - `.
        and p.DIGIT.search(text, max(0, found.end - _DAY_REACH), found.end)
    ):
        # A dateline without a year: an agency's sign-off at the page's
        # end may date it (read only here, where it matters).
        closing = _closing_date(text, found.agency)
        if closing is not None:
            found, title = _Reader(
                text, at, closing, outlet, header is not None
            ).read()
    headline = _without_agency_suffix(headline or title)
    place, date, agency, bylines, end = found
    if not bylines:
        bylines = _footer_authors(text, end)
    if (
        prefix is None
        and header is None
        and place is None
        and date is None
        and agency is None
        and not bylines
    ):
        return Opening(None, end, headline, stamp, stamp_above)
    # Every text field is a stripped, non-empty piece of the page (or a
    # name of ours), the dates are dates and the offset is within the page:
    # the checks can fail only on a lone surrogate, which ASCII text has
    # none of.
    build = _trusted_dateline if text.isascii() else _new_dateline
    dateline = build(
        crawl_date=crawl_date,
        aggregator="MENAFN" if header is not None else None,
        outlet=outlet,
        bylines=bylines,
        place=place,
        date=date,
        agency=agency,
        end=end,
    )
    return Opening(dateline, end, headline, stamp, stamp_above)


def parse_dateline(text: str, reference: dt.date | None = None) -> Dateline:
    """
    The engine of `relwatch.parse_dateline`, which checks its input and
    documents it.
    """
    dateline = scan_opening(normalise(text), reference).dateline
    if dateline is None:
        start = text[:_QUOTE_START].strip()
        msg = (
            "no dateline: looked for a 'date YYYY-MM-DD' crawl prefix, a "
            "'(MENAFN- Outlet)' header, a byline and a wire dateline such as "
            f"'KUWAIT, Sept 4 (KUNA) --' in a text that starts {start!r}"
        )
        raise DatelineError(msg, text)
    return dateline
