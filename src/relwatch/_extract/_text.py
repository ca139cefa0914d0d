"""
The body cut into what the rules read: word tokens with their offsets,
sentences, and quotations (which may run over several paragraphs).
"""

from __future__ import annotations

import itertools
import re

from typing import Final, NamedTuple


# Weekdays, folded: "on Monday" is when, never who.
WEEKDAYS: Final = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)

# Words keep inner hyphens and apostrophes ("Al-Sabah", "O'Brien",
# "don't"; also the modifier letter "ʼ" some outlets type, a word's letter
# to the engine); a possessive "'s" is a token of its own; "U.S." and "U.N." are
# one token; anything else that is not a space is a token by itself.
# The acronym is spelt out to two letters so that the engine passes it over
# at once where no capital stands (a counted group is entered at every
# word); the one group makes split() keep the tokens.
_TOKEN: Final = re.compile(
    r"([A-Z]\.[A-Z]\.(?:[A-Z]\.)*+"
    r"|[^\W_ʼ]+(?:[-‐‑][^\W_ʼ]+)*+(?:['’`´ʼ](?![sS]\b)[^\W_ʼ]+)*+"
    r"|['’`´ʼ][sS]\b"
    r"|[^\w\s]|ʼ)"
)

# A sentence ends at . ! or ? (and any closing quote or bracket after it)
# before a space and a capital, a digit or an opening quote.  A run of
# marks is read from its first mark only (the look-behind), else a long
# run would be read again from each of its marks; and that first mark
# stands alone, so that the engine leaps from one mark to the next.  Pages
# that lost the space between two sentences ("the ministry said.According
# to ...") end one at a full stop between a lowercase word and a capital.
_SENTENCE_END: Final = re.compile(
    r"[.!?](?<![.!?].)[.!?]*+[\"”’')\]]*+"
    r"(?:(?=\s++[\"“‘'(\[]{0,2}+[A-Z0-9])|(?<=[a-z][a-z]\.)(?=[A-Z][a-z]))"
)
# Words whose full stop is no sentence end: "Mr. Aliyev", "Gen. Smith",
# "Jan. 5", single initials ("S. Jaishankar") and "U.S." before a name.
_ABBREVIATIONS: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "gov",
        "sen",
        "rep",
        "rev",
        "jr",
        "sr",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "hon",
        "amb",
        "adm",
        "cmdr",
        "brig",
        "pres",
        "dept",
        "est",
        "approx",
        "fig",
        "ft",
        "mt",
    ]
)
_LAST_WORD: Final = re.compile(r"([\w.]+)\.$")

OPENING: Final = frozenset('“"«')
CLOSING: Final = frozenset('”"»')
# Two apostrophes stand for a straight double quote in some archives, two
# curly single marks for a curly double one in some papers (‘‘We agree,’’).
# Every branch opens with a literal, so that the engine leaps from one of
# those characters to the next (with a class, it tries every position).
_MARK: Final = re.compile("''|‘‘|’’|“|”|\"|«|»")
# Single quotation marks, read only in a paragraph with no double ones:
# "’" and "'" are apostrophes far more often than quotation marks.
_SINGLE_MARK: Final = re.compile("[‘’']")
_LOOSE_MARK: Final = re.compile(r"(?<!\S)['‘’]|['‘’](?!\S)")
_BEFORE_OPENING: Final = "([{—–-:,;/."
_END_OF_WORDS: Final = ".,!?;:"


class Tokens(NamedTuple):
    """
    The word tokens of a text, as parallel lists.
    """

    texts: list[str]
    starts: list[int]
    ends: list[int]


def tokenize(text: str) -> Tokens:
    """
    The tokens of *text* with their character offsets.

    >>> tokenize("Iran's U.S. envoy said: \\"Yes.\\"").texts
    ['Iran', "'s", 'U.S.', 'envoy', 'said', ':', '"', 'Yes', '.', '"']
    """
    # Split around the tokens: what lies between and the tokens alternate,
    # so the offsets are running sums of their lengths (made in C, with no
    # match object per token).
    parts = _TOKEN.split(text)
    offsets = list(itertools.accumulate(map(len, parts)))
    return Tokens(parts[1::2], offsets[0:-1:2], offsets[1::2])


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """
    The sentences of one paragraph, as ``(start, end)`` offsets shifted by
    *start*.

    >>> p = "Mr. Aliyev met Gen. Smith. They spoke for an hour."
    >>> [p[a:b] for a, b in sentences(p)]
    ['Mr. Aliyev met Gen. Smith.', 'They spoke for an hour.']
    >>> sentences("")
    []
    """
    found = []
    begin = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[m.start()] == ".":
            word = _LAST_WORD.search(
                text, max(0, m.start() - 12), m.start() + 1
            )
            if word is not None:
                last = word.group(1).casefold()
                # "U.S. President": a dotted acronym seldom ends a sentence.
                if last in _ABBREVIATIONS or len(last) == 1 or "." in last:
                    continue
        found.append((start + begin, start + end))
        begin = end
        while begin < len(text) and text[begin].isspace():
            begin += 1
    if begin < len(text):
        found.append((start + begin, start + len(text)))
    return found


class Quote(NamedTuple):
    """
    The words inside one pair of quotation marks, within one paragraph.

    ``start`` and ``end`` bound the words without the marks; ``open_end`` is
    true when the paragraph ends before the quotation closes (it goes on in
    the next paragraph).
    """

    start: int
    end: int
    open_end: bool
    outer_start: int  # where the opening mark starts (start with none)
    outer_end: int  # just past the closing mark (end with none)


def _is_opening(text: str, i: int, end: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[end] if end < len(text) else " "
    if ch == "“":
        # '“We agree,“ she said': one typed for the closing mark, after
        # the words and before a space, closes.
        return before.isspace() or not after.isspace()
    if ch == "«":
        return True
    if ch in "”»":
        return False
    if before.isspace() or before in "([{—–-:,;/":
        return not after.isspace()
    return False


def quotes(
    paragraph: str, start: int = 0, *, going_on: bool = False
) -> list[Quote]:
    """
    The quotations of one paragraph, offsets shifted by *start*: curly and
    straight double quotes, each mark read as opening or closing from the
    characters around it.

    >>> p = 'He said: “We agree,” and added "Talks go on'
    >>> [(p[q.start:q.end], q.open_end) for q in quotes(p)]
    [('We agree,', False), ('Talks go on', True)]
    """
    if not going_on and _MARK.search(paragraph) is None:
        return _single_quotes(paragraph, start)
    found = []
    # A quotation from the paragraph before may go on with no new mark.
    marked = paragraph[:1] in OPENING or paragraph.startswith(("''", "‘‘"))
    opened = 0 if going_on and not marked else -1
    mark_start = 0
    for mark in _MARK.finditer(paragraph):
        i, end = mark.span()
        ch = paragraph[i]
        if opened < 0:
            if _is_opening(paragraph, i, end):
                opened, mark_start = end, i
        elif not _is_opening(paragraph, i, end) or ch in "”»":
            if i > opened:
                found.append(
                    Quote(
                        start + opened,
                        start + i,
                        False,
                        start + mark_start,
                        start + end,
                    )
                )
            opened = -1
        else:
            # Two openings in a row: the first was never closed.
            opened, mark_start = end, i
    if opened >= 0 and opened < len(paragraph):
        found.append(
            Quote(
                start + opened,
                start + len(paragraph),
                True,
                start + mark_start,
                start + len(paragraph),
            )
        )
    return found


def _single_quotes(paragraph: str, start: int) -> list[Quote]:
    """
    The quotations of a paragraph in single marks (‘...’ or '...'), each
    closed within it.  A mark opens after a space or an opening bracket
    and before a word ("'" only before a capital); it closes after the
    words' last punctuation or before punctuation ("issue,' said",
    "Caucasus.’"), so "Iran’s" and "countries’ leaders" stay apostrophes.
    """
    if "‘" not in paragraph and "'" not in paragraph:
        # Only these open a quotation ("’" closes one or is an apostrophe):
        # most paragraphs have neither, and many an apostrophe to pass.
        return []
    found = []
    opened = -1
    end = len(paragraph)
    for mark in _SINGLE_MARK.finditer(paragraph):
        i = mark.start()
        ch = paragraph[i]
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < end else " "
        closes = (
            opened >= 0
            and ch != "‘"
            and i > opened
            and not after.isalnum()
            and (before in _END_OF_WORDS or after in _END_OF_WORDS)
        )
        if closes:
            words = paragraph[opened:i].split()
            capitalised = sum(1 for w in words if w[:1].isupper())
            if (
                capitalised * 3 <= len(words) * 2  # not a headline's title
                # no other mark inside: "the 'X' will ... called it 'Y.'"
                and _LOOSE_MARK.search(paragraph, opened, i) is None
            ):
                found.append(
                    Quote(
                        start + opened,
                        start + i,
                        False,
                        start + opened - 1,
                        start + i + 1,
                    )
                )
            opened = -1
        elif (
            ch != "’"
            and (before.isspace() or before in _BEFORE_OPENING)
            and not after.isspace()
            and (ch == "‘" or after.isupper())
        ):
            # A mark that opens, also while one never closed: "the
            # 'Zangezur corridor' ... called it 'a new era.'"
            opened = i + 1
    return found


# How far from a date a relative clause around it opens and closes, in
# characters: "who was appointed by the bloc as a facilitator in 2024,".
_CLAUSE_CHARS: Final = 100
# The words that open a relative clause set off by commas.
_ASIDE_RELATIVES: Final = ("who", "which", "whose")


def in_aside(text: str, start: int, end: int, act: int) -> bool:
    """
    Whether the date from offset *start* to *end* of the sentence *text*
    stands in a relative clause set off by commas that closes before the
    act at offset *act*: "X, who took office last month, will visit Y next
    week", "X, which it hosted in May, ...", "X, whose term began in
    January, ..."; the clause tells of its noun, not of the act.
    """
    # Within reach of the date on each side, so that a sentence of many
    # dates is read in linear time.
    reach = max(start - _CLAUSE_CHARS, 0)
    opened = max(
        text.rfind(f", {relative} ", reach, start)
        for relative in _ASIDE_RELATIVES
    )
    return (
        opened >= 0
        and text.find(",", opened + 1, start) < 0
        and text.find(",", end, min(act, end + _CLAUSE_CHARS)) >= 0
    )
