"""
Every regular expression of the page parsers, each above a sample it exists
for (samples are invented, in the formats of real MENAFN-syndicated pages).

All patterns are anchored or bounded so that they run in linear time on any
input: no nested unbounded quantifiers, and scans that could go far are
limited by explicit lengths.
"""

from __future__ import annotations

import re

from typing import Final


# Invisible marks a page may open with, before ` date 2025-04-04`: a byte
# order mark, left-to-right and right-to-left marks and embeddings,
# zero-width spaces and joiners.
LEADING_MARKS: Final = re.compile(
    r"[\s\ufeff\u200b-\u200f\u2060\u061c\u202a-\u202e\u2066-\u2069]+"
)

# ` date 2025-04-04 (MENAFN- AzerNews) ...` and the truncated ` date 2020-04 `.
CRAWL_PREFIX: Final = re.compile(
    r"\s{0,8}date\s{1,4}(?P<year>[0-9]{4})-(?P<month>[0-9]{2})"
    r"(?:-(?P<day>[0-9]{2}))?(?=\s|$)"
)

# The MENAFN header: `(MENAFN- `, `( MENAFN - `, and with the opening
# parenthesis lost, `MENAFN - Jordan News Agency)`.  Found with str.find on
# the word, then matched from there.
HEADER_WORD: Final = "MENAFN"
HEADER_DASH: Final = re.compile(r"\s{0,3}-\s{0,3}")
HEADER_OUTLET_MAX: Final = 80

# Staff and agency credits that are not people:
#   `The Peninsula Online`, `By Staff Report`, `By WAM`, `By JT`.
_CREDIT_PHRASES: Final = (
    *("online", "staff", "staff report", "staff reporter", "report"),
    *("reporter", "desk", "editorial", "editorial staff", "news"),
    *("news agency", "news desk", "news service", "web desk", "agencies"),
    *("wam", "kuna", "qna", "spa", "jt", "trend", "petra", "ians", "ani"),
    *("afp", "reuters", "xinhua", "anadolu", "anadolu agency", "wafa", "mena"),
)
CREDIT: Final = re.compile(
    r"(?:by\s{1,3})?(?:the\s)?(?:[a-z]{1,12}\s){0,3}?(?:"
    + "|".join(phrase.replace(" ", r"\s") for phrase in _CREDIT_PHRASES)
    + ")",
    re.IGNORECASE,
)
# The last word of every credit: a line ending in another is not tried.
# An ASCII word is looked up in lower case; any other is matched as CREDIT
# matches it (IGNORECASE also equates `ſ` with `s`, which lower() does not).
CREDIT_ENDS: Final = frozenset(p.split()[-1] for p in _CREDIT_PHRASES)
CREDIT_END: Final = re.compile("|".join(sorted(CREDIT_ENDS)), re.IGNORECASE)
# The longest text CREDIT matches ("by   the" + three words + "editorial
# staff"): a longer line is not tried.
CREDIT_MAX: Final = 63

# `By Samir Haddad`, `By Anvar Mammadov – Trend:` (a byline with a credit).
BY_LINE: Final = re.compile(
    r"[Bb]y\s{1,3}(?P<name>[^\n]{2,60}?)"
    r"(?:\s{1,3}[–—-]\s{1,3}(?P<agency>[A-Z][A-Za-z]{1,20}):?)?\s*"
)

# A name alone on its line: `Leyla Karimova`, `Fatime Letifova`,
# `Ali Al-Sayegh`; with `Read more` glued on: `Akbar Novruz Read more`.
PERSON_NAME: Final = re.compile(
    r"(?P<name>(?:[A-Z][a-zà-ÿ'’A-Z.-]{1,20}\s){1,3}[A-Z][a-zà-ÿ'’A-Z-]{1,24})"
    r"(?:\s{1,3}Read\s{1,3}more)?"
)

# The longest text PERSON_NAME matches: a longer line is not tried.
PERSON_NAME_MAX: Final = 105

# The words of a line, as `\b` sees them: `Al`, `Sayegh`.
WORD_RUN: Final = re.compile(r"\w+")

# `Read more`, `Read also:`, `Read Also` link lines in a body.
READ_MORE_LINE: Final = re.compile(
    r"(?im)^[ \t]*read\s(?:more|also)\b[^\n]{0,200}$\n?"
)

# A month name where a dateline's country part would be: `April 04`.
_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s{0,2}[0-9]"

# Place parts are possessive (`{1,40}+`): they stop at the comma, bracket or
# parenthesis they exclude anyway, so giving back characters could only
# return spaces, which the callers strip; it saves the backtracking on
# lines of prose.
# The tag-style wire dateline, KUNA, Petra and every `(TAG)` agency:
#   `KUWAIT, Sept 4 (KUNA) -- `, `Irbid, Feb. 9 (Petra)-- `,
#   `Amman, March 3(Petra)-- `, `TEHRAN, Mar. 07 (MNA) – `,
#   `ABU DHABI, 16th February, 2025 (WAM) – `,
#   `Abu Dhabi [UAE], February 16 (ANI/WAM): `,
#   `New Delhi, April 4 (IANS) `, `BEIJING, April 4 (Xinhua) -- `,
#   `TORONTO, April 04, 2025 (GLOBE NEWSWIRE) -- `.
TAG_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][^\n,()\[\]:]{1,40}+"
    rf"(?:,\s{{0,2}}(?!{_MONTH})[A-Z][^\n,()\[\]:]{{1,30}}+)?"
    r"(?:\s{0,2}\[[A-Za-z .]{2,30}\])?)"
    r",\s{0,2}(?P<date>[^\n()]{3,32}?)\s{0,2}"
    r"\((?P<agency>[A-Za-z][A-Za-z/ .&-]{1,30})\)"
    r"(?P<sep>\s{0,3}(?:--|[-–—:])?\s{0,3})"
)

# PR Newswire and EIN Presswire: `NEW YORK, April 4, 2025 /PRNewswire/ -- `,
#   `AUSTIN, TX, UNITED STATES, April 4, 2025 /EINPresswire.com/ -- `.
SLASH_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][^\n/()]{1,60}?),\s{0,2}(?P<date>[A-Z][a-z]{2,9}\.?\s{1,2}"
    r"[0-9]{1,2},?\s{1,2}[0-9]{4})\s{0,2}/(?P<agency>[A-Za-z][A-Za-z .]{1,30}?)/"
    r"(?P<sep>\s{0,3}(?:--|[-–—])?\s{0,3})"
)

# A tag without a date: `ISTANBUL (AA) - `, `KUWAIT (KUNA) -- `.
CAPS_TAG_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z .'-]{1,30}+)\s{0,2}\((?P<agency>[A-Za-z][A-Za-z/]{1,11})\)"
    r"(?P<sep>\s{0,3}(?:--|[-–—:])\s{0,3})"
)

# Business Wire: `SAN FRANCISCO--(BUSINESS WIRE)--Example Corp today ...`.
BUSINESS_WIRE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z .,]{1,40}?)\s{0,2}--\s{0,2}\((?P<agency>BUSINESS WIRE)\)"
    r"(?P<sep>\s{0,2}--\s{0,2})"
)

# Trend: `BAKU, Azerbaijan, March 2. ` and, on a line of its own,
# `Baku, Azerbaijan, Nov. 1` followed by `By Name – Trend:` or `Trend:`.
TREND_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Za-z-]{1,24}(?:\s[A-Z][A-Za-z-]{1,24})?,"
    r"\s{1,2}[A-Z][a-z]{2,24}(?:\s[A-Z][a-z]{2,24})?)"
    r",\s{1,2}(?P<date>[A-Z][a-z]{2,8}\.?\s{1,2}[0-9]{1,2})"
    r"(?P<sep>\.\s{1,3}|\s{0,3}\n)"
)
# `Trend:` or `By Anvar Mammadov – Trend:` below a Trend dateline.
TREND_CREDIT: Final = re.compile(
    r"\s{0,4}(?:[Bb]y\s(?P<name>[^\n–—-]{2,60}?)\s{0,2}[–—-]\s{0,2})?"
    r"(?P<agency>Trend):\s*"
)

# AZERTAC: `Baku, April 9, AZERTAC`.
AZERTAC_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][a-z]{1,24}),\s{1,2}(?P<date>[A-Z][a-z]{2,8}\.?\s{1,2}"
    r"[0-9]{1,2}),\s{1,2}(?P<agency>AZERTAC)(?P<sep>\s{0,3})"
)

# Anadolu on its own line: `ANKARA-Anadolu Agency`.
ANADOLU_LINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z -]{1,30}?)\s{0,2}[-–—]\s{0,2}(?P<agency>Anadolu Agency)"
    r"(?P<sep>\s*)"
)

# Reuters' tagless form: `DUBAI, May 21 Here are some factors ...`.
CAPS_DATE_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z .]{1,30}[A-Z]),\s{1,2}"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s{1,2}[0-9]{1,2})(?P<sep>\s{1,3})(?=[A-Z])"
)

# The longest place CAPS_DATE_DATELINE takes: its comma is no further in.
CAPS_DATE_PLACE_MAX: Final = 32

# Colon datelines: `Doha, Qatar: `, `KUWAIT CITY: `, `Muscat: `.
COLON_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'-]{1,20}(?:\s[A-Z][A-Za-z.'-]{1,20}){0,2}"
    r"(?:,\s[A-Z][A-Za-z]{2,20}(?:\s[A-Z][A-Za-z]{2,20})?)?)"
    r"(?P<sep>:\s{1,3})(?=[A-Z\"“‘'])"
)

# The longest place COLON_DATELINE takes: its colon is no further in.
COLON_PLACE_MAX: Final = 110

# Dash datelines: `AMMAN — `, `TEHRAN – `, `KUWAIT - `, `TEHRAN- `,
# `NUR-SULTAN – `.
DASH_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z.'-]{1,20}(?:\s[A-Z][A-Z.'-]{1,20}){0,2})"
    r"(?P<sep>\s{0,2}(?:--|[-–—])\s{1,3})(?=[A-Z\"“‘'])"
)
# What can follow a dash dateline's first letter.
DASH_PLACE_SECOND: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'-")

# A date inside a dateline: `Sept 4`, `Feb. 9`, `Mar. 07`, `March 3`,
# `16th February, 2025`, `April 04, 2025`, `04.04.2025` (day first).
DATE_WITH_YEAR: Final = re.compile(r"(?:^|[^0-9])(?P<year>[12][0-9]{3})\s*$")
DOTTED_DATE: Final = re.compile(
    r"(?P<first>[0-9]{1,2})\.(?P<second>[0-9]{1,2})\.(?P<year>[0-9]{4})"
)


def _month_day(month: str, year: str) -> str:
    # A day and a month name either way round, perhaps with a year:
    # `16th February, 2025`, `Sept 4`, `April 04, 2025`.
    return (
        rf"(?:(?P<day1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s{{1,2}}(?P<month1>{month})\.?"
        rf"|(?P<month2>{month})\.?\s{{1,2}}(?P<day2>[0-9]{{1,2}})(?:st|nd|rd|th)?)"
        rf"(?:,?\s{{1,2}}(?P<year>{year}))?"
    )


# The date of a tagged dateline, in one pass: `04.04.2025` (day first)
# or a capitalised month name with a day and perhaps a year.
TAG_DATE: Final = re.compile(
    r"(?P<first>[0-9]{1,2})\.(?P<second>[0-9]{1,2})\.(?P<dotted_year>[0-9]{4})|"
    + _month_day("[A-Z][a-z]{2,8}", "[12][0-9]{3}")
)

# The common shapes of a dateline date, read without dateutil's tokenizer:
#   `Sept 4`, `Feb. 9`, `16th February, 2025`, `April 04, 2025`.
SIMPLE_DATE: Final = re.compile(_month_day("[A-Za-z]{3,9}", "[0-9]{4}"))

# Body noise.
#   `Legal Disclaimer:\nMENAFN provides the information "as is" ...` to the end.
LEGAL_DISCLAIMER: Final = re.compile(
    r"(?i)legal disclaimer:\s{0,4}menafn provides"
)
#   `MENAFN04042025000187011040ID1109380533` tracking codes.
TRACKING_CODE: Final = re.compile(r"MENAFN[0-9]{8}[0-9]{0,24}ID[0-9]{1,24}")
#   KUNA's sign-off: `(end) gta`, `(end)\n\nnq`, `(end) rk.ms`.
END_SIGN_OFF: Final = re.compile(
    r"\(end\)(?:\s{0,4}[a-z]{1,4}(?:\.[a-z]{1,4}){0,3})?"
)
#   HTML residue: `<p></p>`, `" target="_blank">`.
HTML_RESIDUE: Final = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9]{0,10}\s{0,2}/?>|\"\s{0,2}target=\"_blank\">"
)
# Paragraph breaks: one or more blank lines.
BLANK_LINES: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")
