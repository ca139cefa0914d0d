# ruff: noqa: RUF001, RUF002, RUF003 - feeds write dashes and curly quotes
"""
What one line of a page's opening is: a line of article text, a title, a
timestamp, a photo caption or page furniture.

Each test reads one line, and the longest only up to a fixed length, so that
scanning an opening stays linear in its size.
"""

from __future__ import annotations

from typing import Final

from . import _patterns as p
from ._places import is_known_place


__all__ = [
    "agency_in",
    "agency_line",
    "ends_sentence",
    "glued_title_end",
    "is_agency",
    "is_caption",
    "is_chrome",
    "is_counter",
    "is_furniture",
    "is_photo_credit",
    "is_prose",
    "is_timestamp",
    "is_title",
    "letters_key",
    "repeats",
    "same_title",
    "stamp_words_only",
    "title_shape",
    "unglued",
]

# Lines that end a sentence rather than a headline or a label.
_TERMINAL: Final = frozenset(".…:;,")
_QUESTION: Final = frozenset("!?")
_CLOSING_QUOTES: Final = frozenset("\"”’'»")
# A question or an exclamation this long is a sentence, shorter a headline.
_QUESTION_WORDS: Final = 12
# The most words of a headline; a longer line without a sentence end is a
# summary (deck), never the title.
TITLE_WORDS_MAX: Final = 20
# The fewest words of a line of article text.
_PROSE_WORDS_MIN: Final = 6
# The fewest words of a lead-in to a quote: `The minister said:`.
_LEAD_IN_WORDS_MIN: Final = 3
# The marks a quotation opens with.
_OPENING_QUOTES: Final = frozenset('"“‘«')
# The small letters that make a word a lower-case one: `[a-zà-ÿ]`.
_LOWER_FIRST: Final = frozenset(
    "abcdefghijklmnopqrstuvwxyz" + "".join(map(chr, range(0xE0, 0x100)))
)
# Words that a hard-wrapped line of text may end on and a headline never
# does: `... the Prime Minister of` / `Example paid a visit ...`.
_CONTINUED_BY: Final = frozenset(
    ("of", "the", "a", "an", "and", "to", "for", "with", "from", "by")
)
# A line in another language: four words or more with letters beyond
# ASCII, and at least this share of its words.
_FOREIGN_WORDS_MIN: Final = 4
_FOREIGN_SHARE: Final = 0.6
# Letters compared when one line repeats another.
_KEY_LENGTH: Final = 40
# The ASCII bytes that are no small letter or digit.
_NOT_KEY_BYTES: Final = bytes(
    b for b in range(128) if not chr(b).isdigit() and not chr(b).islower()
)


def ends_sentence(line: str, words: int) -> bool:
    """
    Whether *line* (of *words* words) ends as a sentence does.
    """
    end = line.rstrip()
    last = end[-1:]
    if last in _TERMINAL:
        return True
    if last in _QUESTION:
        return words >= _QUESTION_WORDS
    # `... he said."` ends a sentence; `... the ‘Riyadh Declaration’` ends
    # a headline.
    return last in _CLOSING_QUOTES and end[-2:-1] in ".!?,"


def is_prose(line: str, tokens: list[str], text: str, end: int) -> bool:
    """
    Whether *line*, split into *tokens* and ending at *end* in *text*,
    reads as a line of article text rather than a headline, label, summary
    or timestamp.
    """
    words = len(tokens)
    # A lead-in to the quote below, in small letters as a sentence is (`A
    # government spokesperson said:`, then `"The talks ...`); not a label
    # (`Key Points:`).
    if (
        words >= _LEAD_IN_WORDS_MIN
        and line[-1] == ":"
        and tokens[-1][0].islower()
        and _quote_below(text, end)
    ):
        return True
    if words < _PROSE_WORDS_MIN:
        return False
    if (
        line[0].isdigit()
        and "|" in line
        and p.PLACE_DATE_LINE.fullmatch(
            p.STAMP_PART_SEPARATOR.split(line)[-1].strip()
        )
    ):
        # `10:05 | Lima, Jan. 11 (EXA).`: a timestamp line, no sentence.
        return False
    if ends_sentence(line, words):
        # `May 6, 2025 at 10:12 a.m.` is a timestamp, not a sentence.
        # `Polls opened May 6 at 7 a.m.` is one (stamp words only count).
        return not (line.endswith(("a.m.", "p.m.")) and is_timestamp(line))
    if words < 8:  # noqa: PLR2004
        return False
    # A run of mostly lower-case words that stops short of a sentence end
    # is text only if it goes on below (hard wrapped: the next line starts
    # in lower case, or this one ends on a word no headline ends on);
    # otherwise it is a headline or a summary above the text.
    return _lower_starts(tokens, 4) and (
        tokens[-1] in _CONTINUED_BY or _wraps(text, end)
    )


def _quote_below(text: str, end: int) -> bool:
    """
    Whether the next line of text after *end* opens with a quotation mark.
    """
    nxt = end
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    return text[nxt : nxt + 1] in _OPENING_QUOTES


def _lower_starts(tokens: list[str], least: int) -> bool:
    """
    Whether at least *least* of *tokens* start with a small letter.
    """
    for token in tokens:
        if token[0] in _LOWER_FIRST:
            least -= 1
            if not least:
                return True
    return False


def _wraps(text: str, line_end: int) -> bool:
    """
    Whether the line after *line_end* continues a sentence: it starts in
    lower case, or the text ends there, cut mid-sentence.
    """
    nxt = line_end + 1
    while nxt < len(text) and text[nxt] in " \t":
        nxt += 1
    return nxt >= len(text) or text[nxt].islower()


def is_chrome(line: str) -> bool:  # noqa: PLR0911 - one return per kind
    """
    Whether *line* is page furniture: navigation, a section label, a
    counter, a photo credit, a breadcrumb, a cookie notice or table residue.
    """
    folded = line.casefold()
    if _is_long_chrome(line, folded):
        return True
    if len(line) > p.CHROME_LINE_MAX:
        return False
    if (":" in line or " by " in folded) and _is_staff_credit(line, folded):
        return True
    # The first word of letters: most lines start with one, alone.
    head = folded.split(None, 1)
    if head and head[0].isalpha():
        first = head[0]
    else:
        found = p.LETTER_WORDS.search(folded)
        if found is None:
            return True  # `|  |`, `1.1466085-1626746379`
        first = found.group()
    # `Contact Us`, `Header Ad`, `Go to contents`.
    if first in p.CHROME_WORDS and p.CHROME_WORDS.issuperset(
        p.LETTER_WORDS.findall(folded)
    ):
        return True
    # `Press Release No. 123/2025` numbers a page, as a counter counts.
    if (
        folded in p.CHROME_LINES
        or (first == "trending" and p.TRENDING_BAR.fullmatch(line) is not None)
        or p.STORY_WIDGET.fullmatch(" ".join(folded.split())) is not None
        # A clock widget: `In Kyiv (EET)`.
        or (line[-1] == ")" and p.CLOCK_WIDGET.fullmatch(line) is not None)
        or is_counter(line, folded)
        or is_photo_credit(folded)
        # `(C) Example News / Twitter`: a picture's copyright.
        or folded.startswith(("(c) ", "© "))
        or _foreign_banner(line)
        or (line[-1] == ")" and _is_masthead(line))
        # A weather widget's temperature: `26.5 C`.
        or (line[-1] in "CF" and p.TEMPERATURE.fullmatch(line) is not None)
        or (
            first in p.RELEASE_FIRST_WORDS and p.RELEASE_NUMBER.fullmatch(line)
        )
    ):
        return True
    if (">" in line or "»" in line or "›" in line) and p.BREADCRUMB.search(
        line
    ):
        return True
    if (" / " in line or " | " in line) and _is_trail(line):
        return True
    # A menu spaced out, or its items glued (`Featured NewsIFP ExclusiveNuclear`).
    return (
        line.count("   ") >= 2  # noqa: PLR2004
        or len(p.CAMEL_GLUE.findall(line)) >= 2  # noqa: PLR2004
        or is_paywall(folded)
    )


def _foreign_banner(line: str) -> bool:
    """
    Whether *line* is in another language, a site's banner above an English
    page: most of its words, four or more, hold letters beyond ASCII
    (`Vətən günü rəmzi olan bülbül`), as a headline's names alone do not.
    """
    if line.isascii():
        return False
    words = line.split()
    foreign = sum(not word.isascii() for word in words)
    return (
        foreign >= _FOREIGN_WORDS_MIN
        and foreign >= len(words) * _FOREIGN_SHARE
    )


def _ticker_item(line: str) -> bool:
    """
    Whether *line* is a ticker's item: another story's title, a dash and
    how long ago it ran (`Port traffic rebounds - 1 day ago`).
    """
    return line.endswith(" ago") and dated_title(line)


def dated_title(line: str) -> bool:
    """
    Whether *line* is a title, a dash and when it ran: a ticker's item
    (`Envoys meet - February 25, 2021`, `... - 1 day ago`), or a release's
    title with its date (`Daily press briefing - 6 May 2025`).
    """
    head, dash, when = line.rpartition(" - ")
    return (
        bool(dash)
        and (when[-1:].isdigit() or when.endswith(" ago"))
        and len(head.split()) >= p.TICKER_TITLE_WORDS_MIN
        and p.TICKER_ITEM_DATE.fullmatch(when) is not None
    )


def _is_long_chrome(line: str, folded: str) -> bool:
    """
    Whether *line* (*folded*, casefolded) is furniture of any length: a
    cookie notice, a link to another story with its title, or a line with
    a template's unfilled placeholder.
    """
    return (
        "cookie" in folded
        or folded.startswith(p.CHROME_OPENINGS)
        # A line of a page's markup: `<img height="1" ... src="...">`.
        or (folded[:1] == "<" and folded[-1:] == ">")
        or _ticker_item(line)
        # A menu glued longer than a line of chrome (shorter ones: is_chrome).
        or (
            len(line) > p.CHROME_LINE_MAX
            and len(p.CAMEL_GLUE.findall(line)) >= p.MENU_GLUES_MIN
        )
        or (
            len(folded) <= p.LANGUAGE_SWITCHER_MAX
            and _language_switcher(folded)
        )
        or (":" in line and p.ADJACENT_LINK.match(folded) is not None)
        or (
            ("$" in line or "{{" in line)
            and p.TEMPLATE_PLACEHOLDER.search(line) is not None
        )
    )


def _language_switcher(folded: str) -> bool:
    """
    Whether *folded* names two languages or more and nothing else, as a
    site's language switcher does: `عربي español русский français`,
    `portuguese / spanish / english`, `ro ru en`.
    """
    words = folded.translate(p.LANGUAGE_SEPARATORS).split()
    return len(words) > 1 and p.LANGUAGE_NAMES.issuperset(words)


def _is_masthead(line: str) -> bool:
    """
    Whether *line* is a newspaper's name with its city in brackets:
    `Daily Herald (Lagos)`.  The city must be one the tables know, as a
    headline's label in brackets is none: `Minister Slams Opposition Leader
    (Video)`, `Sanctions Hit Nation (Update)`.
    """
    m = p.MASTHEAD_CITY.fullmatch(line)
    if m is None or not is_known_place(m["city"]):
        return False
    words = m["name"].casefold().split()
    return (
        words[0] in p.OUTLET_NAME_STARTS
        or words[-1] in p.OUTLET_NAME_ENDS
        or words[-1] in p.NEWSPAPER_NAME_ENDS
    )


def is_breadcrumb(line: str) -> bool:
    """
    Whether *line* is a breadcrumb from the site's home: `Home > News >
    Press releases`, `Home / News`, `You are here: Home > News`.
    """
    return p.HOME_TRAIL.match(line) is not None


def _is_staff_credit(line: str, folded: str) -> bool:
    """
    Whether *line* (*folded*, casefolded) credits the page's staff, not its
    author: `Editor: Li Ming`, `Source: Example Daily`, `Translated by Dana
    Levi`.
    """
    return bool(
        (":" in line and p.STAFF_LABEL.match(line))
        or (" by " in folded and p.MAKER_CREDIT.match(line))
    )


def _is_trail(line: str) -> bool:
    """
    Whether *line* is a trail of sections, with slashes or bars.
    """
    return (" / " in line and _slash_trail(line)) or (
        " | " in line and _section_trail(line)
    )


def _slash_trail(line: str) -> bool:
    """
    Whether *line* is a breadcrumb with slashes: three parts or more, each
    of at most three words, the first of navigation's words (`Home / News /
    Embassy News`), or two from the site's home (`Home / Trade Relations`);
    a headline joins names (`Gaza / Israel / Hamas Truce Holds`) or
    sections (`Sport / Politics Collide`).
    """
    parts = line.split(" / ")
    most = 3  # parts, and words in each
    return (
        (len(parts) >= most or is_breadcrumb(line))
        and all(0 < len(part.split()) <= most for part in parts)
        and all(w in p.CHROME_WORDS for w in parts[0].casefold().split())
    )


def _section_trail(line: str) -> bool:
    """
    Whether *line* is a trail of sections between bars, of at most three
    words each and no number: three or more (`Example Beat | Diplomacy |
    East Asia`), or two under a section of navigation's words (`Politics |
    Germany`); a credit bar has its date (`Dana Levi | Example | 6 May`), a
    title its outlet (`Talks Resume | Example Daily`).
    """
    parts = line.split(" | ")
    most = 3  # parts, and words in each
    return (
        (
            len(parts) >= most
            or (
                len(parts) == 2  # noqa: PLR2004
                and p.CHROME_WORDS.issuperset(parts[0].casefold().split())
            )
        )
        and p.DIGIT.search(line) is None
        and all(0 < len(part.split()) <= most for part in parts)
    )


def is_counter(line: str, folded: str) -> bool:
    """
    Whether *line* (*folded*, casefolded) counts reads, views or minutes:
    `This story has been read 512 times!`, `3 min read`.
    """
    return ("read" in folded or p.DIGIT.search(line) is not None) and (
        p.COUNTER.search(folded) is not None
    )


def is_photo_credit(folded: str) -> bool:
    """
    Whether the casefolded line *folded* credits a photo: `Photo: AA`.
    """
    return (
        _has_photo_word(folded) and p.PHOTO_CREDIT.search(folded) is not None
    )


def is_furniture(line: str, following: str = "") -> bool:
    """
    Whether a line that reads as text, with the line *following* it, is a
    photo caption, a cookie notice, a save button's text or a counter.
    """
    if "ookie" in line or "OOKIE" in line or is_caption(line):
        return True
    # `Premier Dana Levi shakes hands with Sam Roe during talks.`
    if len(line) <= p.POSED_CAPTION_MAX and (
        p.POSED_CAPTION.search(line) is not None
        or (
            p.LOOKS_ON_CAPTION.search(line) is not None
            and _caption_shape(line, following)
        )
    ):
        return True
    folded = line.casefold()
    return (
        is_paywall(folded)
        or (
            len(line) <= p.SAVE_WIDGET_MAX
            and p.SAVE_WIDGET.match(folded) is not None
        )
        or (len(line) <= p.CHROME_LINE_MAX and is_counter(line, folded))
        or ("generated" in folded and is_ai_notice(folded))
        # A sidebar's placeholder, a transcript's or a translation's notice.
        or folded.startswith(p.CHROME_OPENINGS)
    )


def _caption_shape(line: str, following: str) -> bool:
    """
    Whether *line* is shaped as a caption: no full stop at its end, as a
    lead has, or a picture's credit on the line *following* it.
    """
    return (
        line[-1:] != "."
        or p.CREDIT_LABEL_LINE.fullmatch(following) is not None
        or is_photo_credit(following.casefold())
    )


def is_ai_notice(folded: str) -> bool:
    """
    Whether the casefolded line *folded* warns that a machine wrote the
    summary: `This is an AI-generated summary, which may have errors.`; a
    line of text on such summaries says no `summary` and no `error`.
    """
    return (
        len(folded) <= p.AI_NOTICE_MAX
        and ("summar" in folded or "error" in folded)
        and p.AI_NOTICE.search(folded) is not None
    )


def is_paywall(folded: str) -> bool:
    """
    Whether the casefolded line *folded* is a paywall's offer: `Subscribe
    to unlock this article`, `Only $1 for 4 weeks`.
    """
    return (
        len(folded) <= p.PAYWALL_LINE_MAX
        # A word every offer has, found at C speed before the pattern.
        and (
            "$" in folded
            or "subscri" in folded
            or "cancel" in folded
            or "free" in folded
            or "unlimited" in folded
            or "paywall" in folded
            or "licen" in folded
            or "€" in folded
            or "£" in folded
        )
        and p.PAYWALL.search(folded) is not None
    )


def _has_photo_word(folded: str) -> bool:
    # `pic` stands for `picture` too.
    return (
        "photo" in folded
        or "image" in folded
        or "pic" in folded
        or "©" in folded
    )


def is_timestamp(line: str) -> bool:
    """
    Whether *line* is a date or time stamp with at most a label or two:
    `Politics 18 April 2025 12:52 (UTC +04:00)`, `Posted July. 15, 2008`.
    """
    return (
        len(line) <= p.TIMESTAMP_LINE_MAX
        and p.DIGIT.search(line) is not None
        and p.TIMESTAMP_TOKEN.search(line) is not None
        and stamp_words_only(p.LETTER_WORDS.findall(line))
    )


def stamp_words_only(words: list[str]) -> bool:
    """
    Whether a line that holds a date, of letter *words* *words*, has at
    most two words besides the words of dates and times.
    """
    content = 0
    for word in words:
        if word.casefold() not in p.TIMESTAMP_WORDS:
            content += 1
    return content <= 2  # noqa: PLR2004


def is_caption(line: str) -> bool:
    """
    Whether *line* is a photo caption: it starts as one (`A handout
    picture ...`) or ends with the picture's credit (`(Photo: X)`, `– KUNA`).
    """
    if line[:1] in "AaTtFfHh" and p.CAPTION_START.match(line):
        return True
    tail = line[-p.CAPTION_END_MAX :].casefold()
    if _has_photo_word(tail) and (
        p.CAPTION_CREDIT_END.search(tail)
        or p.CAPTION_PHOTOGRAPHER_END.search(line[-p.CAPTION_END_MAX :])
        or p.CAPTION_CREDIT_BY_END.search(line[-p.CAPTION_END_MAX :])
    ):
        return True
    if line[-1:] == "]" and p.CAPTION_BRACKET_END.search(tail):
        return True
    end = line[-p.CAPTION_AGENCY_END_MAX :]
    return ("–" in end or "—" in end or "-" in end) and bool(
        p.CAPTION_AGENCY_END.search(end)
    )


def is_title(line: str) -> bool:
    """
    Whether *line* can be a headline: three to twenty words, most of them
    words of letters, not ending a sentence, not furniture.
    """
    return title_shape(line) and not is_chrome(line)


def title_shape(line: str, tokens: list[str] | None = None) -> bool:
    """
    Whether *line* (split into *tokens*, when given) has a headline's
    shape, furniture or not: fewer than half its tokens are bare.
    """
    if tokens is None:
        tokens = line.split()
    words = len(tokens)
    if not 3 <= words <= TITLE_WORDS_MAX:  # noqa: PLR2004
        return False
    # `…reaffirms its commitment` continues a title; it is none.
    first = line[:1]
    if first in "…." or first.islower() or line[-1:] in ".,;:":
        return False
    # A token of letters alone is never bare: when they are most, the
    # bare ones cannot be half.
    if 2 * (words - sum(map(str.isalpha, tokens))) < words:
        return True
    return 2 * len(p.BARE_TOKEN.findall(line)) < words


def unglued(line: str) -> str:
    """
    *line* without a copy of itself glued on: `Talks ResumeTalks Resume` is
    `Talks Resume`.
    """
    half, odd = divmod(len(line), 2)
    # Glued (`AB` + `AB`) or a space apart (`A B` + ` ` + `A B`).
    if line[:half] == line[half + odd :] and (not odd or line[half] == " "):
        return line[:half].strip()
    return line


def glued_title_end(line: str) -> int:
    """
    Where a headline glued to the body's first sentence ends in *line*, or
    0: `Neighbours hold talksNeighbours held talks on Tuesday.` (the body
    starts with the headline's first word, so `Shares of PetroChina rose`
    is no glue).
    """
    space = line.find(" ")
    first = line[:space]
    if space < 2 or not first[0].isupper():  # noqa: PLR2004
        return 0
    at = line.find(first, space, p.TITLE_BODY_GLUE_MAX)
    while at > 0:
        head = line[:at]
        if (
            head[-1].islower()
            and line[at + space : at + space + 1] == " "
            and ". " not in head
            and title_shape(head)
        ):
            return at
        at = line.find(first, at + 1, p.TITLE_BODY_GLUE_MAX)
    return 0


def letters_key(line: str) -> str:
    """
    The ASCII letters and digits of *line*, in lower case: what stays when
    a page repeats a line with other quotes, spaces or case.
    """
    # Casefolded, every letter or digit left in ASCII is one of a-z0-9:
    # dropping the rest of ASCII and all else keeps just those.
    return (
        line[: 4 * _KEY_LENGTH]
        .casefold()
        .encode("ascii", "ignore")
        .translate(None, _NOT_KEY_BYTES)
        .decode("ascii")
    )


def same_title(title_key: str, line: str) -> bool:
    """
    Whether *line* repeats the title whose `letters_key` is *title_key*,
    perhaps in capitals or after a breadcrumb glued before it (`News
    Politics Talks Resume`).
    """
    key = letters_key(line)
    return bool(key) and (
        key == title_key or title_key.endswith(key) or key.endswith(title_key)
    )


def repeats(line: str, earlier: str) -> bool:
    """
    Whether *line* begins by saying again what *earlier* says, as a lead
    that repeats the summary above it does (a first letter lost or not).
    """
    key = letters_key(line)[:_KEY_LENGTH]
    return len(key) == _KEY_LENGTH and key in letters_key(earlier)


def agency_line(line: str) -> str | None:
    """
    The agency that a line credits alone, as written: `By WAM`, `BSS`,
    `- Anadolu Agency`, `Trend reports`, `Anadolu Agency WORLD`.
    """
    if len(line) > p.AGENCY_LINE_MAX:
        return None
    first = p.LETTER_WORDS.search(line)
    if first is None or first.group().casefold() not in p.AGENCY_OR_BY:
        return None
    words = line.strip(" -–—•*|:").split()
    if words[:1] in (["By"], ["by"], ["By:"], ["by:"]):
        words = words[1:]
        if words[:1] == [":"]:
            words = words[1:]  # `by : Reuters`
    if words[-1:] in (["reports"], ["Reports"]):
        words = words[:-1]
    if (
        not words
        or len(words) > p.AGENCY_WORDS_MAX + 1
        or words[0].casefold() not in p.AGENCY_FIRST_WORDS
    ):
        return None
    for size in range(min(len(words), p.AGENCY_WORDS_MAX), 0, -1):
        name = " ".join(words[:size]).rstrip(":,")
        if is_agency(name) and all(
            w.casefold() in p.CHROME_WORDS for w in words[size:]
        ):
            return name
    return None


def agency_in(words: list[str]) -> str | None:
    """
    The first agency named by the letter *words* of a line, as written:
    `Xinhua` in `2012-02-09 15:25 Xinhua  Web Editor: ...`.
    """
    for i, word in enumerate(words):
        if word.casefold() not in p.AGENCY_FIRST_WORDS:
            continue
        for size in range(min(p.AGENCY_WORDS_MAX, len(words) - i), 0, -1):
            name = " ".join(words[i : i + size])
            if is_agency(name):
                return name
    return None


def is_agency(name: str) -> bool:
    """
    Whether *name* is a known wire agency's, as written.
    """
    folded = name.casefold()
    if folded not in p.AGENCIES:
        # `Antara Bali`: an agency's bureau, by its region's name.
        head, _, region = name.rpartition(" ")
        return bool(head) and is_known_place(region) and is_agency(head)
    # `MAP` is the Moroccan agency, `map` a word; `dpa` writes itself so.
    return (
        len(name) > 4  # noqa: PLR2004
        or name.isupper()
        or name in p.SMALL_LETTER_AGENCIES
    )
