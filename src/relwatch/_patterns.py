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
# Where the prefix's `date` ends at the latest: after eight spaces.
CRAWL_PREFIX_DATE_END: Final = 12

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
    # A paper's office as the writer: `TNN Bureau`.
    "bureau",
    # `Special Correspondent`, `Our Correspondent`: the paper's, unnamed.
    *("correspondent", "correspondents"),
    *("news agency", "news desk", "news service", "web desk", "agencies"),
    # `The Example Staff & Agencies`.
    *("staff and agencies", "staff & agencies"),
    *("wam", "kuna", "qna", "spa", "jt", "trend", "petra", "ians", "ani"),
    *("afp", "reuters", "xinhua", "anadolu", "anadolu agency", "wafa", "mena"),
    # An outlet's language edition, a newspaper's name, in words no
    # surname ends in: `Example Arabiya Edition`, `By Global Times`.
    *("arabic", "edition", "times", "gazette", "chronicle", "telegraph"),
)
# The last word of an outlet's name, which is also a surname (`Bill
# English`, `Sam Herald`): a credit only as the whole line says, never a
# reason to refuse a person's name.
#   An outlet's language edition: `Gulf Example English`.
EDITION_ENDS: Final = frozenset(("english",))
#   A newspaper's name: `Example Post`, `By The Example Herald`.
NEWSPAPER_ENDS: Final = frozenset(
    ("post", "herald", "tribune", "journal", "observer")
)
CREDIT: Final = re.compile(
    r"(?:by\s{1,3})?(?:the\s)?(?:[a-z]{1,12}\s){0,3}?(?:"
    + "|".join(
        phrase.replace(" ", r"\s")
        for phrase in (
            *_CREDIT_PHRASES,
            *sorted(EDITION_ENDS | NEWSPAPER_ENDS),
        )
    )
    + ")",
    re.IGNORECASE,
)
# The last word of a staff or agency credit: no person's name ends in one.
STAFF_CREDIT_ENDS: Final = frozenset(p.split()[-1] for p in _CREDIT_PHRASES)
# The last word of every credit: a line ending in another is not tried.
# An ASCII word is looked up in lower case; any other is matched as CREDIT
# matches it (IGNORECASE also equates `ſ` with `s`, which lower() does not).
CREDIT_ENDS: Final = STAFF_CREDIT_ENDS | EDITION_ENDS | NEWSPAPER_ENDS
CREDIT_END: Final = re.compile("|".join(sorted(CREDIT_ENDS)), re.IGNORECASE)
# The longest text CREDIT matches ("by   the" + three words + "staff and
# agencies"): a longer line is not tried.
CREDIT_MAX: Final = 66

# `By Samir Haddad`, `By Anvar Mammadov – Trend:`, `By Leila Amrani | MAP`
# (a byline with a credit).
BY_LINE: Final = re.compile(
    r"[Bb]y\s{1,3}(?P<name>[^\n]{2,60}?)"
    r"(?:\s{1,3}[–—|-]\s{1,3}(?P<agency>[A-Z][A-Za-z]{1,20}):?)?\s*"
)

# A name alone on its line: `Leyla Karimova`, `Fatime Letifova`,
# `Ali Al-Sayegh`, `K J Rao` (initials); with `Read more` glued on: `Akbar Novruz Read more`.
PERSON_NAME: Final = re.compile(
    r"(?P<name>(?:[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’A-Z.-]{0,20}\s){1,3}[A-ZÀ-ÖØ-Þ][a-zà-ÿ'’A-Z-]{1,24})"
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
# A link label alone on its line: `ALSO READ:`, `Read more`, `Explore`.
_TEASER_LABEL: Final = (
    r"^[^\S\n]*+(?:read[^\S\n]+(?:more|also)|also[^\S\n]+read"
    r"|see[^\S\n]+also|explore)[^\S\n]*+:?[^\S\n]*+(?:\n|\Z)"
)
# A link label and the related stories' headlines below it, to a blank line,
# the next label or the end: `Read more` over `Ministers sign a trade pact`.
# A line that ends a sentence is the article's own (a hard-wrapped
# paragraph), so then nothing goes.  The headlines stop at the next label so
# that a label's lines are read once: linear on a page of stacked labels.
TEASER_BLOCK: Final = re.compile(
    rf"(?im){_TEASER_LABEL}"
    rf"(?:(?!{_TEASER_LABEL})"
    r"[^\S\n]*+\S[^\n]{0,150}+(?<![.!?\"\u201d:;,])(?:\n|\Z))++"
    rf"(?=[^\S\n]*+(?:\n|\Z)|{_TEASER_LABEL})"
)

# A month name where a dateline's country part would be: `April 04`.
_MONTH_ABBREVIATIONS: Final = (
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun"),
    *("Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
)
# How a month's name starts: a date there may follow.
MONTH_STARTS: Final = frozenset(_MONTH_ABBREVIATIONS)
_MONTH_NAME: Final = "(?:" + "|".join(_MONTH_ABBREVIATIONS) + ")[a-z]{0,6}"
_MONTH: Final = _MONTH_NAME + r"\.?\s{0,2}[0-9]"

# What separates a wire tag from the text: a dash, a colon, a full stop or
# both (`(KUNA) -- `, `(ONA) --- `, `(ONA) ---- `, `(ONA) -- - `, `(APP): `,
# `(EFE).- `, `ARMENPRESS. `, `/TASS/. `).
_STOP_DASH: Final = (
    r"(?:\.(?:\s{0,2}(?:--|[-–—:]))?|-{2,}+(?:\s{1,2}-++)?|[-–—:])"
)

# A weekday before a dateline's date: `RAMALLAH, Tuesday, March 4, 2025
# (WAFA) - `.
_WEEKDAY_ABBREVIATIONS: Final = (
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
)
# How a weekday before a date starts: `Tuesday, May 6`.
WEEKDAY_STARTS: Final = frozenset(_WEEKDAY_ABBREVIATIONS)
_WEEKDAY: Final = (
    "(?:" + "|".join(_WEEKDAY_ABBREVIATIONS) + r")[a-z]{0,6}\.?,\s{0,2}"
)
WEEKDAY_PREFIX: Final = re.compile(_WEEKDAY)

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
    rf"(?:,\s{{0,2}}(?!{_MONTH}|{_WEEKDAY})[A-Z][^\n,()\[\]:]{{1,30}}+){{0,2}}"
    r"(?:\s{0,2}\[[A-Za-z .]{2,30}\])?)"
    r",\s{0,2}(?P<date>[^\n()]{3,32}?)\s{0,2}"
    # Accented tags too: `(Télam)`.
    r"\((?P<agency>[^\W\d_][\w/ .&-]{1,30})\)"
    r"(?P<sep>\s{0,3}" + _STOP_DASH + r"?\s{0,3})"
)

# ANI's layout with no tag: the place, its country in square brackets and
# the date, then a colon: `New Delhi [India], March 15 : `.
BRACKET_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][^\W\d_]{1,24}+(?:[ -][A-Z][^\W\d_]{1,24}+){0,2}"
    r"\s{0,2}\[[A-Za-z .]{2,30}+\])"
    r",\s{0,2}(?P<date>[^\n()\[\]:]{3,32}?)\s{0,2}"
    r"(?P<sep>:\s{0,3})(?=[A-Z\"“‘'])"
)

# A place in capitals and a full stop before the date and the tag:
#   `MOSCOW. March 4 (Interfax) - `.
STOP_TAG_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z'-]{1,20}+(?:\s[A-Z][A-Z'-]{1,20}+){0,2})\.\s{1,2}"
    r"(?P<date>[^\n()]{3,32}?)\s{0,2}"
    r"\((?P<agency>[A-Za-z][A-Za-z/ .&-]{1,30})\)"
    r"(?P<sep>\s{0,3}" + _STOP_DASH + r"?\s{0,3})"
)

# PR Newswire and EIN Presswire: `NEW YORK, April 4, 2025 /PRNewswire/ -- `,
#   `AUSTIN, TX, UNITED STATES, April 4, 2025 /EINPresswire.com/ -- `, and
#   with no name between the slashes, one slash before a dash:
#   `ABUJA, Nigeria, April 4, 2025/ -- `.
SLASH_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][^\n/()]{1,60}?),\s{0,2}(?P<date>[A-Z][a-z]{2,9}\.?\s{1,2}"
    r"[0-9]{1,2},?\s{1,2}[0-9]{4})\s{0,2}"
    r"(?:/(?P<agency>[A-Za-z][A-Za-z .]{1,30}?)/|/(?=\s{0,3}(?:--|[-–—])))"
    r"(?P<sep>\s{0,3}(?:--|[-–—])?\s{0,3})"
)

# A place in capitals and its date in parentheses: `KUCHING (May 6): `,
# with its country and the year: `NORTHPORT, Examplia (May 6, 2025) – `;
# a month by name, so `LIVE (Day 3): ` is no dateline.
PAREN_DATE_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z.'-]{1,20}+(?:\s[A-Z][A-Z.'-]{1,20}+){0,2}"
    r"(?:,\s{1,2}[A-Z][a-z]{2,20}+(?:\s[A-Z][a-z]{2,20}+)?)?)\s{0,2}"
    rf"\((?P<date>(?:{_MONTH_NAME}\.?\s{{1,2}}[0-9]{{1,2}}|[0-9]{{1,2}}\s{{1,2}}{_MONTH_NAME})"
    r"(?:,\s{0,2}[12][0-9]{3})?)\)"
    r"(?P<sep>\s{0,2}(?:--|[:–—-])\s{0,3})"
)

# The date first and the place in parentheses: `February 11, 2025
# (KHARTOUM) – `.
DATE_PAREN_PLACE_DATELINE: Final = re.compile(
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s{1,2}[0-9]{1,2},\s{1,2}[12][0-9]{3})\s{0,2}"
    r"\((?P<place>[A-Z][A-Z.'-]{1,20}+(?:\s[A-Z][A-Z.'-]{1,20}+){0,2})\)"
    r"(?P<sep>\s{0,2}(?:--|[–—-])\s{0,3})"
)

# A tag without a date: `ISTANBUL (AA) - `, `KUWAIT (KUNA) -- `, with
# a place in small letters, `Tehran (IRNA) - ` (the tag then must be an
# agency's), with a country, `NAIROBI, Kenya (AP) — `, with two places,
# `Berlin/Kyiv (dpa) - `, and an outlet's own name: `NORTHPORT (Example News) — `;
# alone on its line, a known place and a known agency's tag: `ABU DHABI (WAM)`;
# a comma before the tag: `JOHANNESBURG, (EXA News) – `; a broadcaster's name
# of a few words after a known place: `MOSCOW (Public Radio of Example) — `;
# a number or a domain in the outlet's name, `ERBIL (Example 24) – `,
# `Erbil, Example Region, Iraq (GOV.EXA) - `.
CAPS_TAG_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Za-z .'/-]{1,30}+(?:,\s{1,2}[A-Z][A-Za-z .'-]{1,30}+){0,2})"
    r"\s{0,2},?\s{0,2}\((?P<agency>[A-Za-z][A-Za-z0-9./]{1,11}"
    r"(?:\s(?:News|Times|Post|Daily|[0-9]{1,3}))?"
    r"|[A-Z][a-z]{1,15}+(?:\s(?:of|the|[A-Z][a-z]{1,15}+)){1,4}+)\)"
    r"(?P<sep>\s{0,3}"
    + _STOP_DASH
    + r"\s{0,3}|(?P<alone>[ \t]{0,3}+(?=\r?\n)))"
)

# The tag first, then the place and the date: `(ANSA) - ROME, MAR 4 - `,
# `(ANSA) - ROME, 4 MAR - `, `(AFP) - SAINT-DENIS DE LA REUNION, May 6 - `.
LEADING_TAG_DATELINE: Final = re.compile(
    r"\((?P<agency>[A-Za-z]{2,12}+)\)\s{0,2}(?:--|[-–—])\s{0,2}"
    r"(?P<place>[A-Z][A-Z.'-]{1,20}+(?:\s[A-Z][A-Z.'-]{1,20}+){0,3})"
    r"(?:,\s{1,2}(?P<date>[A-Za-z]{3,9}+\.?\s{1,2}[0-9]{1,2}"
    r"|[0-9]{1,2}\s{1,2}[A-Za-z]{3,9}+))?"
    r"(?P<sep>\s{0,2}(?:--|[-–—:])\s{1,3})"
)

# A known agency's tag alone before the text, no place: `(Reuters) - `.
TAG_ONLY_DATELINE: Final = re.compile(
    r"\((?P<agency>[A-Za-z]{2,12}+)\)(?P<sep>\s{0,2}+(?:--|[-–—])\s{1,3}+)"
    r"(?=[A-Z\"“‘'])"
)

# A numeric date with its year and the agency's tag, no place, before the
# text: `29/05/2007 (Agence Exemple) - `, `06.05.2025 (EXA) -- `.  Which
# number is the day `_dateline` decides (see docs/parsing.md).
DATE_TAG_DATELINE: Final = re.compile(
    r"(?P<first>[0-9]{1,2})[./-](?P<second>[0-9]{1,2})[./-](?P<year>[12][0-9]{3})"
    r"\s{1,2}\((?P<agency>[A-Z][\w.&'’-]{0,24}+(?:\s[A-Za-z][\w.&'’-]{0,24}+){0,4})\)"
    r"(?P<sep>\s{0,2}+(?:--|[-–—])\s{1,3}+)(?=[A-Z\"“‘'])"
)
# A slashed date that only month first can read, the second number past
# 12: `3/19/2021`; a page that writes one writes its dates month first.
MONTH_FIRST_DATE: Final = re.compile(
    r"(?<![0-9])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2[0-9]|3[01])/[12][0-9]{3}(?![0-9])"
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
# `Trend:` or `By Anvar Mammadov – Trend:` below a Trend dateline, and the
# credit without a name, `By - Trend:` (a blank name is dropped).
TREND_CREDIT: Final = re.compile(
    r"\s{0,4}(?:[Bb]y(?:\s(?P<name>[^\n–—-]{2,60}?))?\s{0,2}[–—-]\s{0,2})?"
    r"(?P<agency>Trend):\s*"
)

# The place of a dateline: one to three capitalised words, joined by a space
# or a hyphen (`Kuala Lumpur`, `NUR-SULTAN`), each at most 25 letters.
_PLACE: Final = r"[A-Z][^\W\d_]{1,24}+(?:[ -][A-Z][^\W\d_]{1,24}+){0,2}"

# A place, a date and the agency, in English or French, the tag last:
#   `Baku, April 9, AZERTAC`, `Bakou, 9 avril, AZERTAC`,
#   `STEPANAKERT, FEBRUARY 24, ARTSAKHPRESS: `.
#   `Riyadh, December 09, 2024, SPA -- `, `YEREVAN, MARCH 4, ARMENPRESS. `,
#   with a country: `NORTHPORT, Example, May 6, EXA – `.
PLACE_DATE_AGENCY: Final = re.compile(
    r"(?P<place>" + _PLACE + r"(?:,\s{1,2}[A-Z][a-z]{2,20}+)?),\s{1,2}"
    r"(?P<date>(?:[0-9]{1,2}\s{1,2}[^\W\d_]{3,10}+\.?|[^\W\d_]{3,10}+\.?\s{1,2}[0-9]{1,2})"
    r"(?:,?\s{1,2}[0-9]{4})?),"
    r"\s{1,2}(?P<agency>[A-Z]{3,20}+)(?![a-z])(?P<sep>\s{0,2}"
    + _STOP_DASH
    + r"?\s{0,3})"
)

# A place and a known agency's name, perhaps a region and a date between,
# before a dash: `Riyadh, SANA- `, `Beijing, MINA – `, `NUR-SULTAN.
# KAZINFORM - `, `ASTANA, March 4. KAZINFORM - `, `Moscow, 6 May. INTERFAX
# - `, `NORTHPORT, Example Isles, Nov. 5 Kyodo - `.
PLACE_AGENCY_DATELINE: Final = re.compile(
    r"(?P<place>"
    + _PLACE
    + r"(?:,\s{1,2}[A-Z][a-z]{1,20}+(?:\s[A-Z][a-z]{2,20}+)?)?)"
    r"(?:,\s{1,2}(?P<date>[A-Z][a-z]{2,8}\.?\s{1,2}[0-9]{1,2}"
    r"|[0-9]{1,2}\s{1,2}[A-Z][a-z]{2,8})[,.]?\s{1,2}"
    r"|[,.]\s{1,2})"
    r"(?P<agency>[A-Z][A-Za-z]{1,20}+(?:\s[A-Z][a-z]{1,20}+)?)"
    r"(?P<sep>\s{0,2}(?:--|[-–—])\s{0,3})(?=[A-Z\"“‘'])"
)
# An agency that a place-date-agency dateline accepts without knowing it
# is in capitals and at least this long: `EXAMPLEPRESS`, not `OPEC`.
UNKNOWN_AGENCY_MIN: Final = 5

# Outlets and the wire, slash-separated, with the date, in parentheses,
# the place before or after:
#   `DUBAI, (ExampleNews / Example Point News / WAM - 12th Feb, 2025) `,
#   `(ExampleNews / Example Point News - 12th Feb, 2025) ISLAMABAD: `.
CREDITS_DATELINE: Final = re.compile(
    r"(?:(?P<place>" + _PLACE + r"),?\s{0,2})?"
    r"\((?P<credits>[^()\n/]{1,40}(?:/[^()\n/]{1,40}){1,4}?)\s{0,2}[-–—]\s{0,2}"
    r"(?P<date>[^()\n/–—-]{3,32})\)"
    r"(?:\s{0,2}(?P<after>[A-Z][A-Z.'-]{1,30}+(?:\s[A-Z][A-Z.'-]{1,30}+)?)(?=\s{0,2}[,:]))?"
    r"(?P<sep>\s{0,3}[,:–—-]?\s{0,3})"
)

# Anadolu on its own line: `ANKARA-Anadolu Agency`.
ANADOLU_LINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z -]{1,30}?)\s{0,2}[-–—]\s{0,2}(?P<agency>Anadolu Agency)"
    r"(?P<sep>\s*)"
)

# An outlet's or agency's name and a slash before the text: `Example
# News/ The minister ...`, `INA/ `.
CREDIT_SLASH: Final = re.compile(
    r"(?P<credit>[A-Z][\w.-]{1,20}+(?:\s[A-Z][\w.-]{1,20}+){0,2})"
    r"(?P<sep>/\s{1,2})(?=[A-Z\"“‘'])"
)

# The last words of newspapers' names beside the credits': `Example Daily`.
OUTLET_NAME_ENDS: Final = frozenset(
    (
        *("daily", "express", "today", "mail", "standard", "star", "review"),
        *("dispatch", "digest", "monitor", "insider"),
        # An outlet's staff or its web edition: `Example Team`, `Example
        # Digital`.
        *("team", "digital"),
    )
)

# The first words of outlets' names that no person's name starts with:
# `Daily Example`, `Weekly Example`, `Team Example`.
OUTLET_NAME_STARTS: Final = frozenset(("daily", "weekly", "team"))

# A place and a known agency on a line of their own, above the text:
#   `Ramallah - WAFA:`, `Sana'a - Example:`.
PLACE_AGENCY_LINE: Final = re.compile(
    r"(?P<place>[A-Z][\w'’]{1,24}+(?:[ -][A-Z][\w'’]{1,24}+){0,2})\s{1,2}[-–—]\s{1,2}"
    r"(?P<agency>[A-Z][\w-]{1,20}+(?:\s[A-Z][\w-]{1,20}+){0,2}):?"
)

# A place and an agency's tag glued by a hyphen: `Baghdad-INA`.
PLACE_AGENCY_GLUED: Final = re.compile(
    r"(?P<place>[A-Z][\w'’]{1,24}+(?: [A-Z][\w'’]{1,24}+){0,2})-(?P<agency>[A-Z]{2,8}+):?"
)

# An agency's own style: the place, its day and month, each ending on a
# full stop, and the agency and a slash before the text: `Baku. 22 May.
# REPORT.AZ/ `.  The caller keeps it for a known place and a known agency
# or a website's name in capitals (`EXAPRESS.GE`).
STOP_DATE_SLASH_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][a-z]{2,24}+(?:\s[A-Z][a-z]{2,24}+){0,2})\.\s{1,2}"
    r"(?P<date>[0-9]{1,2}\s{1,2}[A-Z][a-z]{2,8}+)\.\s{1,2}"
    r"(?P<agency>[A-Z][A-Za-z]{1,20}+(?:\.[A-Za-z]{2,3}+)?)"
    r"(?P<sep>/\s{1,2})(?=[A-Z\"“‘'])"
)
# A place, a numeric date and an agency between slashes before a colon:
# `Northport / 03.27.23 / Exa: `.  The caller keeps a known place.
SLASH_DATE_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][a-z]{2,24}+(?:\s[A-Z][a-z]{2,24}+){0,2})\s?/\s?"
    r"(?P<first>[0-9]{1,2})\.(?P<second>[0-9]{1,2})\.(?P<year>[0-9]{2}(?:[0-9]{2})?+)"
    r"\s?/\s?(?P<agency>[A-Z][A-Za-z]{1,20}+):\s{1,2}"
)
# A place, a month's name, its day and year after a slash, and an agency's
# tag between slashes, the text glued on: `Northport May 6/2025 /EXA/The
# minister ...`.  The caller keeps a known place and agency.
MONTH_SLASH_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][a-z]{2,24}+(?:\s[A-Z][a-z]{2,24}+){0,2}?)\s"
    r"(?P<month>[A-Z][a-z]{2,8}+)\.?\s(?P<day>[0-9]{1,2})/(?P<year>[0-9]{4})"
    r"\s?/(?P<agency>[A-Z]{2,10}+)/\s?(?=[A-Z\"“‘'])"
)
# A website's name in capitals as an agency: `EXAPRESS.GE`.
SITE_AGENCY: Final = re.compile(r"[A-Z]{3,20}+\.[A-Z]{2,3}+")

# A known place and a full stop before the text: `Jakarta. Indonesia ...`.
# Its words may be linked by a short word in small letters: `Dar es Salaam.
# `, `Port of Example. `.
STOP_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][^\W\d_]{1,24}+(?:[ -](?:[a-z]{1,3}+[ -])?[A-Z][^\W\d_]{1,24}+){0,2})"
    r"(?P<sep>\.\s{1,3})(?=[A-Z])"
)
# Where that full stop and its space end at the latest: after three words
# of 25 letters, two links of a word and a space, the spaces between them.
STOP_PLACE_MAX: Final = 87
# A full stop that ends a sentence inside a line, another after it: `...
# led by the Prime Minister. The meeting was held ...` (not `Mr. Levi`, `Prof. Dahl`).
INNER_SENTENCE_END: Final = re.compile(
    r"(?<![A-Z])[^\W\d_A-Z]{3}\.[ \t]++[\"“A-Z]"
)
# A website's name: `EXAMPLE.CO`, `Example.com`.
WEBSITE: Final = re.compile(r"[^\W_]\.[^\W\d_]{2,}")

# What a line may carry before its text, dropped: a feed's field names in
# a dump of its items (`Title: Talks Resume`, `Description: ROME, May 6
# (ANSA) - ...`) and an aggregator's source in brackets (`[Example Daily]
# Northport — ...`).
LINE_LABEL: Final = re.compile(
    r"\[[^\[\]\n]{2,40}+\]\s{1,3}(?=\S)|(?:Title|Description|Summary)\s?:\s{1,3}(?=\S)"
    # `, WASHINGTON, Aug 26 – `: a stray comma a template left.
    r"|, (?=[A-Z])"
)
# How a labelled line starts.
LINE_LABEL_STARTS: Final = ("[", "Title", "Description", "Summary", ", ")

# A summary box's label alone on its line above the body: the lines below
# it, to the next blank line (and bulleted items after that), are the box,
# not text (`Summary`, then `The deal provides for joint patrols.`).
BOX_LABELS: Final = frozenset(
    {
        "summary",
        "highlights",
        "story highlights",
        "key points",
        "key takeaways",
        "in brief",
        "in short",
        "at a glance",
        "quick read",
        "synopsis",
        "tl;dr",
    }
)
# The longest of them, with a colon: `story highlights:`.
BOX_LABEL_MAX: Final = max(map(len, BOX_LABELS)) + 1

# A label alone on its line above the page's date or its issuer, which
# shows the line of text above it to be a deck: `Published`, then `6 May
# 2025`; `From:`, then the office that issued the page.
STAMP_LABELS: Final = frozenset(
    {
        "from",
        "published",
        "published on",
        "first published",
        "updated",
        "last updated",
        "posted",
        "posted on",
    }
)

# Reuters' tagless form: `DUBAI, May 21 Here are some factors ...`.
CAPS_DATE_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][A-Z .]{1,30}[A-Z]),\s{1,2}"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s{1,2}[0-9]{1,2})(?P<sep>\s{1,3})(?=[A-Z])"
)

# The same with a known place in small letters, as IANS writes it on
# partners' pages: `Colombo, Dec 10 Sri Lankan President ...`.  The caller
# keeps a place the tables know and a month's name.
TITLE_DATE_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][a-z]{2,20}+(?:\s[A-Z][a-z]{2,20}+){0,2}),\s{1,2}"
    r"(?P<date>[A-Z][a-z]{2,8}+\.?\s{1,2}[0-9]{1,2}+)(?P<sep>\s{1,3})(?=[A-Z])"
)

# The date first, then the place in capitals in brackets and a dash, as
# Sudan Tribune writes it: `May 6, 2025 (NORTHPORT/SOUTHPORT) – `.
DATE_CAPS_PLACE_DATELINE: Final = re.compile(
    r"(?P<date>[A-Z][a-z]{2,8}+\.?\s[0-9]{1,2},\s[12][0-9]{3})\s"
    r"\((?P<place>[A-Z][A-Z .'/-]{1,40}+)\)\s{0,2}(?P<sep>[–—-]\s{1,3})"
    r"(?=[A-Z\"“‘'])"
)

# An agency's name and a dash right after such a date: `SEOUL, Nov. 5
# Yonhap - `.
AGENCY_DASH: Final = re.compile(
    r"(?P<agency>[A-Z][A-Za-z]{1,20}+)\s{0,2}(?:--|[-–—])\s{1,3}(?=[A-Z\"“‘'])"
)

# The longest place CAPS_DATE_DATELINE, PLACE_DATE_DATELINE and
# PLACE_AGENCY_DATELINE take: their comma or stop is no further in.
PLACE_DATE_PLACE_MAX: Final = 77

# Colon datelines: `Doha, Qatar: `, `KUWAIT CITY: `, `Muscat: `, glued to
# the text (`Washington:The minister ...`), and two-word cities written
# with a small second letter (`New york: `).
_CITY_FIRST_WORDS: Final = (
    "New|San|Santa|Los|Las|Abu|Hong|Kuala|Buenos|Rio|Tel|Sri|Addis|Dar|Phnom"
    "|Port|Saint|St\\.|Kuwait|Mexico|Panama|Guatemala|Ho"
)
COLON_DATELINE: Final = re.compile(
    r"(?P<place>(?:[A-Z][A-Za-z.'-]{1,20}(?:\s[A-Z][A-Za-z.'-]{1,20}){0,2}"
    rf"|(?:{_CITY_FIRST_WORDS})\s[a-z]{{3,12}})"
    r"(?:,\s[A-Z][A-Za-z-]{2,20}(?:\s[A-Z][A-Za-z-]{2,20}){0,2})?)"
    # `COLOMBO : `: a space before the colon, after a place in capitals.
    r"(?P<sep>\s?:\s{0,3})(?=[A-Z\"“‘'])"
)

# The longest place COLON_DATELINE takes: its colon is no further in.
COLON_PLACE_MAX: Final = 110

# Capitals with accents, and the small letters between them in the Latin
# Extended blocks, which the callers tell apart with str.isupper():
# `HÀ NỘI`, `SÃO PAULO`.
_ACCENTED_RANGES: Final = (("À", "Ö"), ("Ø", "Þ"), ("Ā", "ɏ"), ("Ḁ", "ỿ"))
_ACCENTED_CAPS: Final = "".join(
    f"{first}-{last}" for first, last in _ACCENTED_RANGES
)
# Dash datelines: `AMMAN — `, `TEHRAN – `, `KUWAIT - `, `TEHRAN- `,
# `NUR-SULTAN – `, `HÀ NỘI — `.
_CAPS_PLACE: Final = (
    rf"[A-Z{_ACCENTED_CAPS}][A-Z{_ACCENTED_CAPS}.'-]{{1,20}}"
    rf"(?:\s[A-Z{_ACCENTED_CAPS}][A-Z{_ACCENTED_CAPS}.'-]{{1,20}}){{0,2}}"
)
# A Spanish full stop and dash: `BUENOS AIRES.- `.
_DASH: Final = r"(?:\s{0,2}(?:--|[-–—])|\.[-–—])"
_DASH_AFTER_PLACE: Final = (
    # `ABU DHABI--H.H. Sheikh ...`: a double hyphen may be glued to the text.
    rf"(?P<sep>{_DASH}\s{{1,3}}|--)(?=[A-Z{_ACCENTED_CAPS}\"“‘'])"
)
DASH_DATELINE: Final = re.compile(
    rf"(?P<place>{_CAPS_PLACE}){_DASH_AFTER_PLACE}"
)
# With a region or country after the place: `ERBIL, Kurdistan Region - `,
# `MONTEGO BAY, St James — ` (apart, so that the plain form pays nothing
# for it).
# And a country after the region, `NORTHPORT, Example Region, Southland —
# `, or initials, `WASHINGTON, D.C. — `.
DASH_REGION_DATELINE: Final = re.compile(
    rf"(?P<place>{_CAPS_PLACE}"
    r"(?:,\s{1,2}(?:[A-Z][a-z]{1,20}+\.?(?:\s[A-Z][a-z]{2,20}+){0,2}"
    r"|[A-Z]\.(?:[A-Z]\.){1,2})){1,2})" + _DASH_AFTER_PLACE
)
# What can follow a dash dateline's first letter.
DASH_PLACE_SECOND: Final = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ.'-"
) | frozenset(
    chr(code)
    for first, last in _ACCENTED_RANGES
    for code in range(ord(first), ord(last) + 1)
)

# A place in capitals and small letters before a spaced dash:
#   `Rabat — `, `Johannesburg – `, `Abu Dhabi - `, with a particle in
#   small letters, `Dar es Salaam — `, and a Spanish full stop and dash,
#   `Buenos Aires.- `.
MIXED_DASH_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][a-zà-ÿ]{2,20}+(?:\s(?:[A-Z][a-zà-ÿ]{1,20}+"
    r"|(?:es|de|del|da|do|dos|al|el|la)(?=\s[A-Z]))){0,2}"
    # Its country: `Port Moresby, Papua New Guinea - `.
    r"(?:,\s[A-Z][a-zà-ÿ]{1,20}+(?:[\s-][A-Z][a-zà-ÿ]{1,20}+){0,2})?)"
    r"(?P<sep>(?:\s{1,2}(?:--|[-–—])|\.[-–—])\s{1,3})(?=[A-Z\"“‘'])"
)

# A place glued to the text by a hyphen, no spaces: `Khartoum-The Ministry
# ...`.  The caller keeps it only for a place the tables know, before a
# word that is no place (`Kyiv-Warsaw ...`), on a line that ends a
# sentence; a word in small letters after the hyphen is a compound
# (`Abu Dhabi-based`), one letter before it a name (`Al-Sabah`).
# The words a text opens with after such a glued place: an article or a
# preposition, never a name ("Israel-Hamas", "Georgia-Pacific").
GLUED_OPENERS: Final = frozenset(
    ["The", "A", "An", "In", "On", "At", "After", "Before", "During"]
)
GLUED_DASH_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][a-z]{2,20}+(?:\s[A-Z][a-z]{2,20}+){0,2})"
    r"(?P<sep>-)(?=(?P<next>[A-Z][a-z]{1,20}+)\s[A-Za-z])"
)

# A word in capitals without a vowel, an acronym and no place: `NHK`.
NO_VOWEL: Final = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,8}")

# An institution's site name at the top of its page, above the menu, or
# its letterhead: `Embassy of Example in Northport`, `Ministry of Foreign
# Affairs`, `Republic of Example`, `Council of the EU`.
INSTITUTION_NAME: Final = re.compile(
    r"(?:The\s)?(?:U\.S\.\s|US\s|UK\s)?Department\sof\s(?:the\s)?"
    # A department's name in full only: `Department of State Approves
    # Sale` is a headline.
    r"(?:State|Defen[cs]e|Justice|Commerce|Treasury|Energy|Homeland\sSecurity"
    r"|Foreign\sAffairs(?:\sand\sTrade)?"
    r"|International\sRelations\sand\sCooperation)"
    r"|(?:The\s)?"
    r"(?:Embassy|Consulate(?:\sGeneral)?|High\sCommission|Permanent\sMission"
    r"|Mission|Ministry|Delegation|Republic|Kingdom|Government"
    r"|Council|Parliament|Assembly|Senate|Presidency|Secretariat|President|Office)"
    r"\sof\s(?:the\s)?[A-Z][\w'’-]{1,24}+"
    r"(?:\s(?:(?:of|and|for|in|to|the)\s(?:the\s)?)?[A-Z][\w'’-]{1,24}+){0,8}"
    # Its country after a comma or a bar: `..., Example`, `... | Example`.
    r"(?:(?:,|\s[|–—-])\s[A-Z][\w'’-]{1,24}+(?:\s[A-Z][\w'’-]{1,24}+){0,2})?"
)

# The starts of a body that headlines are often about (`Parliament of
# Example Adopts Law`): its name is the site's only with a line between it
# and the title.
DEBATING_STARTS: Final = (
    *("Council ", "Parliament ", "Assembly ", "Senate ", "Presidency "),
    *("Secretariat ", "President ", "Office "),
)
# A head of state's name or their office's, whose state's name ends it:
# `President of the Republic of Example`, `Office of the President`, not
# `President of Northport Meets Example Delegation`.
STATE_OFFICE_STARTS: Final = (
    *("President ", "Office ", "The President ", "The Office "),
)
STATE_OFFICE: Final = re.compile(
    r"(?:The\s)?(?:President|Office\sof\sthe\s(?:Vice\s)?(?:President|Prime\sMinister))"
    r"(?:\sof\s(?:the\s)?(?:(?:[A-Z][\w'’-]{1,24}\s){0,3}"
    r"(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Principality)\sof\s)?"
    r"(?P<state>[A-Z][\w'’-]{1,24}(?:\s[A-Z][\w'’-]{1,24}){0,2}))?"
)
# A press office's name alone, at the top of its page: `Press and
# Information Office`, `Media Centre`.
PRESS_OFFICE_NAME: Final = re.compile(
    r"(?:Press|Media|Information|Communications?)"
    r"(?:\s(?:and|&)\s(?:Press|Media|Information|Communications?))?"
    r"\s(?:Office|Service|Centre|Center|Department|Unit)"
)
# A news agency's or a public service's name, or a seat of government,
# heading its own site above the title: `Example Telegraph Agency`,
# `Example External Action Service`, `The White House`.
SITE_NAME: Final = re.compile(
    r"(?:The\s)?(?:[A-Z][\w'’-]{1,24}+\s){0,4}"
    r"(?:News|Press|Telegraph|Telegraphic|Information|Action)\s(?:Agency|Service)"
    r"|The\s(?:White\sHouse|Kremlin)"
)
# The words that name a news service in a site's name at the top of its
# page, in the languages of the agencies' own names (English, French,
# Spanish, Portuguese, Italian, German): `Example News Agency`, `Agencia
# Northlandesa de Noticias`, `Northland Presse Service`.
NEWS_SERVICE_WORDS: Final = frozenset(
    (
        *("agency", "agencia", "agence", "agência", "agenzia", "agentur"),
        *("news", "noticias", "notícias", "nouvelles", "notizie"),
        *("nachrichten", "press", "presse", "prensa", "imprensa"),
        *("telegraph", "service", "servicio", "serviço"),
    )
)
# How such a name starts.
INSTITUTION_STARTS: Final = (
    *("The ", "Embassy ", "Consulate ", "High ", "Permanent ", "Mission "),
    *("Department ", "U.S. Department ", "US Department ", "UK Department "),
    *("Ministry ", "Delegation ", "Republic ", "Kingdom ", "Government "),
    *DEBATING_STARTS,
)

# The press office named after an institution's name and a dash, at the
# top of its page: `Assembly of Example – Press Office`.
PRESS_OFFICES: Final = frozenset(
    ("press office", "press service", "press centre", "press center")
)
# The marks between such a name and its office.
PRESS_OFFICE_MARKS: Final = (" – ", " — ", " - ", " | ")

# A time of day alone, as a live page heads each entry: `18:55`, `16.05
# GMT`, `2:05 p.m. ET`.
CLOCK_LINE: Final = re.compile(
    r"[0-9]{1,2}[:.][0-9]{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?"
)

# The time after a writer's date: `Dana Levi May 6, 2025 at 10:00`,
# `Dana Levi May 6, 2025 10:00`.
TIME_AFTER_DATE: Final = re.compile(
    r"(?:\s{1,2}at|\s{1,2}\|)?\s{1,2}[0-9]{1,2}:[0-9]{2}(?:\s{1,2}[AP]M)?"
)

# A place alone on its line, in capitals, right above the text: `TOKYO`.
CAPS_PLACE_LINE: Final = re.compile(
    r"[A-Z][A-Z.'-]{1,20}(?:\s[A-Z][A-Z.'-]{1,20}){0,2}"
)

# With its country or region: `PHNOM PENH, Cambodia`.
CAPS_REGION_LINE: Final = re.compile(
    r"[A-Z][A-Z.'-]{1,20}+(?:\s[A-Z][A-Z.'-]{1,20}+){0,2}"
    r",\s[A-Z][a-z]{2,20}+(?:\s[A-Z][a-z]{2,20}+)?"
)

# The parts of a timestamp line that names a place first or last:
#   `Jakarta  ●  Tue, March 4, 2025`, `Updated - March 4, 2025 - NEW DELHI`.
STAMP_PART_SEPARATOR: Final = re.compile(r"\s{1,4}[●•|–—-]\s{1,4}")
# The dots between the parts of a byline line: `Dana Levi · Example News ·
# Posted: Dec 12, 2024`, `By Dana Levi • 12 December 2024`.
DOT_PART_SEPARATOR: Final = re.compile(r"\s{0,3}+[·•|]\s{0,3}+")
# Such a place: one to three capitalised words, `Jakarta`, `NEW DELHI`.
STAMP_PLACE: Final = re.compile(
    r"[A-Z][^\W\d_]{1,24}+(?:[ -][A-Z][^\W\d_]{1,24}+){0,2}"
)

# A credit bar: agency, place and time between bars:
#   `Reuters | Odesa | Updated: 21-06-2023 14:49 IST | Created: ...`.
CREDIT_BAR: Final = re.compile(
    r"(?P<agency>[A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20}){0,2})\s{1,2}\|\s{1,2}"
    r"(?P<place>[A-Z][^\W\d_|]{1,24}(?:[ -][A-Z][^\W\d_|]{1,24}){0,2})\s{1,2}\|"
    r"(?:\s{1,2}[A-Za-z]{1,12}:?)?\s{1,2}"
    r"(?P<date>[0-9]{1,2}[-./][0-9]{1,2}[-./][0-9]{4}"
    r"|[A-Z][a-z]{2,8}\.?\s{1,2}[0-9]{1,2},?\s{1,2}[0-9]{4}"
    r"|[0-9]{1,2}\s{1,2}[A-Z][a-z]{2,8},?\s{1,2}[0-9]{4})?"
)

# A date inside a dateline: `Sept 4`, `Feb. 9`, `Mar. 07`, `March 3`,
# `16th February, 2025`, `April 04, 2025`, `04.04.2025` (day first).
DATE_WITH_YEAR: Final = re.compile(r"(?:^|[^0-9])(?P<year>[12][0-9]{3})\s*$")
# With dashes or slashes too: `15-05-2022` in a credit bar.
NUMERIC_DATE: Final = re.compile(
    r"(?P<first>[0-9]{1,2})[./-](?P<second>[0-9]{1,2})[./-](?P<year>[0-9]{4})"
)


def _month_day(month: str, year: str) -> str:
    # A day and a month name either way round, perhaps with a year:
    # `16th February, 2025`, `Sept 4`, `April 04, 2025`, and in Spanish
    # or Portuguese with `de` between: `11 de febrero de 2025`.
    return (
        rf"(?:(?P<day1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s{{1,2}}(?:de\s{{1,2}})?"
        rf"(?P<month1>{month})\.?"
        rf"|(?P<month2>{month})\.?\s{{1,2}}(?P<day2>[0-9]{{1,2}})(?:st|nd|rd|th)?)"
        rf"(?:(?:,\s{{0,2}}|\s{{1,2}})(?:de\s{{1,2}})?(?P<year>{year}))?"
    )


# The date of a tagged dateline, in one pass: `04.04.2025`, `10-2-2025`,
# `10/2/2025` (day first) or a capitalised month name with a day and
# perhaps a year.  French months are in small letters: `4 mai 2025`.
TAG_DATE: Final = re.compile(
    r"(?P<first>[0-9]{1,2})[./-](?P<second>[0-9]{1,2})[./-](?P<dotted_year>[0-9]{4})|"
    + _month_day("[A-Za-z][^\\W\\d_]{2,9}", "[12][0-9]{3}")
)

# The common shapes of a dateline date, read without dateutil's tokenizer:
#   `Sept 4`, `Feb. 9`, `16th February, 2025`, `April 04, 2025`.
SIMPLE_DATE: Final = re.compile(_month_day(r"[^\W\d_]{3,10}", "[0-9]{4}"))

# A place in capitals and small letters and a date, before a colon or a
# dash: `Moscow, April 26: `, `Kabul, 5 May 2024 - `, a colon or a dash
# after the place, `NICOSIA: 4 March 2025 – `, `NICOSIA – 4 March 2025: `,
# and the country after the place, as a press release has it: `Port
# Elena, Example, 28 June 2025: `; a building, its city and its country,
# and a weekday before the date: `Harbour House, Northport, Example,
# Monday 30 May 2022 – `, in capitals too: `PORT ELENA, EXAMPLE – MONDAY 30
# MAY 2022: `.  The mark may end the line (`Port Elena, 30 May 2022:`); a
# date with its year may end with a comma, perhaps with the outlet's name
# and a colon after it: `Port Elena, May 30, 2022, Example Today: `.
PLACE_DATE_DATELINE: Final = re.compile(
    r"(?P<place>[A-Z][^\W\d_]{1,24}+(?:\s[A-Z][^\W\d_]{1,24}+){0,2}"
    r"(?:,\s[A-Z][^\W\d_]{1,24}+(?:\s[A-Z][^\W\d_]{1,24}+){0,2}){0,2})"
    r"(?:[,:]|\s{1,2}[–—-])\s{1,2}"
    r"(?:(?:(?:"
    + "|".join(_WEEKDAY_ABBREVIATIONS)
    + r")[a-z]{0,6}+|(?:"
    + "|".join(d.upper() for d in _WEEKDAY_ABBREVIATIONS)
    + r")[A-Z]{0,6}+)\.?,?\s{1,2})?"
    r"(?P<date>"
    + _month_day("[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})", "[12][0-9]{3}")
    + r")"
    r"(?:(?P<sep>\s{0,2}(?:--|[:–—-])\s{0,3})(?=[A-Z\"“‘']|\r?$)"
    r"|,\s{1,2}(?:(?P<outlet>[A-Z][\w.&’'-]{1,20}+(?:\s[A-Z][\w.&’'-]{1,20}+){0,3}):\s{1,2})?"
    r"(?=[A-Z\"“‘']))"
)

# A date with its year and a dash before the text, no place, as a UN news
# page has: `16 October 2024 — `, `October 16, 2024 - `.
DATE_DASH_DATELINE: Final = re.compile(
    r"(?P<date>(?:[0-9]{1,2}\s{1,2}[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s{1,2}[0-9]{1,2},?)"
    r"\s{1,2}[12][0-9]{3})(?P<sep>\s{1,2}(?:--|[–—-])\s{1,3})(?=[A-Z\"“‘'])"
)

# A press release's date, its place (perhaps with a region) and perhaps
# its issuer, alone on a line: `May 6, 2025 - Northport, Example -
# Ministry of Foreign Affairs`, `6 May 2025 – Ankara`.
_PLACE_WORDS: Final = r"[A-Z][\w'’.]{1,24}+(?: [A-Z][\w'’.]{1,24}+){0,2}"
DATE_PLACE_LINE: Final = re.compile(
    r"(?P<date>(?:[0-9]{1,2}\s{1,2}[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s{1,2}[0-9]{1,2},?)"
    r"\s{1,2}[12][0-9]{3})\s{1,2}[–—-]\s{1,2}"
    rf"(?P<place>{_PLACE_WORDS}(?:, {_PLACE_WORDS})?)"
    r"(?:\s{1,2}[–—-]\s{1,2}[^\n]{1,80}+)?"
)

# A place's region in brackets after it, as a timestamp line writes it:
# `Cusco (Cusco region)`.
_REGION_IN_BRACKETS: Final = (
    r"(?:\s\([A-Z][a-z]{2,24}+(?:\s[A-Za-z][a-z]{1,24}+){0,2}\))?"
)
# A place and its date alone, on a line or last on a timestamp line:
#   `COLOMBO, Feb. 11`, `14:05 | Lima, Feb. 11.`, `Northport, 24.02.2026`
#   (day first), the month in capitals too: `COLOMBO, FEBRUARY 11`; an
#   agency's tag may follow: `14:05 | Lima, Feb. 11 (EXA).`.
PLACE_DATE_LINE: Final = re.compile(
    r"(?P<place>" + _PLACE + r"),\s{1,2}"
    r"(?P<date>"
    + _month_day("[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})", "[12][0-9]{3}")
    + r"\.?"
    r"|[0-9]{1,2}\.[0-9]{1,2}\.[12][0-9]{3})"
    r"(?:\s{1,2}\((?P<agency>[A-Z][A-Za-z]{1,20}+)\)\.?)?"
)

# A timestamp, a bar, the place with its region in brackets, and its date
# with a full stop before the text on the same line: `09:52 | Northport
# (Example region), Jan. 28. The ...`.
TIME_BAR_DATELINE: Final = re.compile(
    r"[0-2]?[0-9]:[0-5][0-9]\s{1,2}\|\s{1,2}"
    r"(?P<place>(?P<city>[A-Z][a-z]{2,24}+(?:\s[A-Z][a-z]{2,24}+){0,2})"
    + _REGION_IN_BRACKETS
    + r"),\s{1,2}"
    r"(?P<date>[A-Z][a-z]{2,8}+\.?\s{1,2}[0-9]{1,2})"
    r"(?P<sep>\.\s{1,3})(?=[A-Z\"“‘'])"
)

# A known agency's name and a full stop or colon right after the dash of a
# place-date dateline: `MOSCOW, 4 Mar - RIA Novosti. `.
AGENCY_AFTER: Final = re.compile(
    r"(?P<agency>[A-Z][A-Za-z]{1,20}+(?:\s[A-Z][A-Za-z]{1,20}+){0,2})[.:]\s{1,3}"
)

# The agency's tag between slashes, perhaps after a date:
#   `MOSCOW, October 3. /TASS/. `, `BAGHDAD/INA/ `.
SLASH_TAG_DATELINE: Final = re.compile(
    r"(?P<place>" + _PLACE + r")"
    r"(?:,\s{1,2}(?P<date>"
    + _month_day("[A-Z][a-z]{2,8}", "[12][0-9]{3}")
    + r")\.?)?"
    r"\s{0,2}/(?P<agency>[A-Za-z][A-Za-z-]{1,20}+)/"
    r"(?P<sep>\s{0,3}" + _STOP_DASH + r"?\s{0,3})"
)

# The full date of a timestamp line, which gives a yearless dateline its
# year when the page has no crawl date: `5 August 2019 - 14:29`,
# `Friday May 25, 2018`, `Published December 15,2018`, `2012-02-09 15:25`,
# `Published on 14/03/2024 - 09:10`, `06.05.2025`.
STAMP_DATE: Final = re.compile(
    r"(?P<iso_year>[12][0-9]{3})-(?P<iso_month>[0-9]{1,2})-(?P<iso_day>[0-9]{1,2})"
    r"|(?<![0-9])(?P<first>[0-9]{1,2})[./](?P<second>[0-9]{1,2})[./](?P<num_year>[12][0-9]{3})"
    r"|(?P<day1>[0-9]{1,2})(?:st|nd|rd|th)?\s{1,2}(?P<month1>[A-Za-z]{3,9})\.?,?"
    r"\s{1,2}(?P<year1>[12][0-9]{3})"
    r"|(?P<month2>[A-Za-z]{3,9})\.?\s{1,2}(?P<day2>[0-9]{1,2})(?:st|nd|rd|th)?,?"
    r"\s{0,2}(?P<year2>[12][0-9]{3})"
)

# A credit and the story's timestamp after a full stop or a comma, between
# the headline and the text: `EXA, 11 Mar, 2021 03:25 AM`, `Example Bureau.
# Updated: 3/19/2021 2:15:07 PM Politics`.
CREDIT_STAMP: Final = re.compile(
    r"(?P<credit>[A-Z][\w&'’-]{0,24}+(?:\s[A-Z][\w&'’-]{0,24}+){0,3}+)[.,]\s{1,3}+(?=\S)"
)

# An agency's sign-off on a line of its own at the page's end, with the
# date and time the story went out: `(EXA) 2026.06.10 16:48`, `EXA
# 10.06.2026 16:48`, `/EXA/ 10 June 2026`.
CLOSING_STAMP: Final = re.compile(
    r"^[ \t]{0,8}+[(/]?+(?P<tag>[A-Z][A-Za-z]{1,11}+)[)/]?+[ \t]{1,3}+"
    r"(?:(?P<year>[12][0-9]{3})[.-](?P<month>[0-9]{1,2})[.-](?P<day>[0-9]{1,2})"
    r"|(?P<day2>[0-9]{1,2})[.-](?P<month2>[0-9]{1,2})[.-](?P<year2>[12][0-9]{3})"
    r"|(?P<day3>[0-9]{1,2}) (?P<month3>[A-Z][a-z]{2,8}+)\.? (?P<year3>[12][0-9]{3}))"
    r"\.?+(?:[ \t]{1,3}+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?+[ \t]{0,8}+$",
    re.MULTILINE,
)
# How much of the page's end is read for it (footers may follow it).
CLOSING_STAMP_TAIL: Final = 400

# A byline's label before the name, above the body: `WRITER: Dana Levi`,
# `Author: Dana Levi`, `Reported by: Dana Levi`.
BYLINE_LABEL: Final = re.compile(
    r"(?i:writer|author|reporter|contributor|(?:written|reported)\sby)"
    r"\s{0,2}:\s{0,3}"
)
# Where a byline label's colon is at the latest: `reported by  :`.
BYLINE_LABEL_MAX: Final = 14

# A byline's place, which is no part of the name: `By Dana Levi in Kabul`.
# Nor the outlet written for, nor a note in brackets: `By Dana Levi for
# Example Radio`, `By Dana Levi (Northport, correspondent)`.
BYLINE_PLACE: Final = re.compile(
    r"(?:\s{1,3}(?:in|for)\s{1,3}[A-Z][^\n]{1,40}|\s{0,3}\([^()\n]{1,60}\))$"
)
# An outlet's role before the name in a byline: `by Example writer Dana
# Levi`, `By Example Radio correspondent Dana Levi`.
#   In small letters too: `By political reporter Dana Levi`.
ROLE_BEFORE_NAME: Final = re.compile(
    r"(?:[A-Za-z][\w-]{1,20}+\s{1,2}){0,2}?(?:writers?|correspondents?|reporters?)"
    r"\s{1,2}(?=[A-Z])"
)
# A journalist's role after the name and a slash: `By DANA LEVI/ Staff
# Writer`.
SLASH_ROLE: Final = re.compile(
    r"\s{0,2}/\s{0,2}(?:[A-Z][a-z]{1,20}+\s{1,2}){0,2}"
    r"(?i:writer|correspondent|reporter|editor)$"
)
# A social-media handle that ends a byline, and the mark before it: `By
# Dana Levi, Reporter / @dlevi`.
SOCIAL_HANDLE_END: Final = re.compile(r"\s{0,3}[/|·–—-]?\s{0,3}@\w{1,30}+$")
# An e-mail address after the writer's name, bracketed or not: `By DANA
# LEVI [dana.levi@example.com]`, `By Dana Levi <dana@example.org>`.
EMAIL_END: Final = re.compile(
    r"\s{0,3}[\[(<]?[\w.+-]{1,64}+@[\w-]{1,63}+(?:\.[\w-]{1,63}+){1,6}+[\])>]?$"
)
# A note on the writer below a byline: `Ms. Levi is a former diplomat.`,
# `Dana Levi was the paper's correspondent in Example.`
AUTHOR_NOTE: Final = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s{1,2})?(?P<name>[A-Z][^\W\d_'’-]{1,24}+"
    r"(?:[ -][A-Z][^\W\d_'’-]{1,24}+){0,3})\s{1,2}(?:is|was)\s{1,2}(?:an?|the)\s"
)

# The place of one of several writers, before the next, whose name has two
# words at least: `Dana Levi in Northport and Sam Roe in Example`, `Dana
# Levi in Northport and Sam Roe` (not `Dana Levi in Bosnia and Herzegovina`).
BYLINE_INNER_PLACE: Final = re.compile(
    r"\s{1,3}in\s{1,3}[A-Z][^\n,&]{0,30}?"
    r"(?=\s{1,3}(?:and|&)\s[A-Z][\w'’.-]{0,24}\s[A-Z])"
)
# A byline that names where the writer sent it from: `From Dana Levi,
# Northport`, `from DANA LEVI in Northport, Example`.
FROM_LINE: Final = re.compile(
    r"[Ff]rom\s{1,2}(?P<name>[A-Z][^\n,]{2,40}?)(?:,|\s{1,2}in)\s{1,2}[A-Z][^\n]{1,30}"
)
# What ends a byline's names when a date follows on the line:
#   `By Dana Levi - Apr 08,2021 - Last updated Apr 08,2021`, `By X | 2 May`.
BYLINE_END: Final = re.compile(r"\s{0,3}(?:\s[-–—|]|,)\s")
# Several names in one byline: `By Dana Levi and Omar Haddad`.
NAME_SEPARATOR: Final = re.compile(r"\s{0,2}(?:,|&|\band\b)\s{0,2}")

# -- pages from any outlet: the lines around the headline ----------------


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The national and regional news agencies of the organisations table's
# second list (2026-12-03), by their names and by the initials of three
# letters or more that no other body or word shares; not the names that are
# also a city's, a person's or a club's (`Nampa`, `Ritzau`, `Press
# Association`), nor those of more than four words, which agency lookups
# would read longer runs for (their initials or short names do).
NATIONAL_AGENCIES: Final = (
    "24.kg",
    "24.kg news agency",
    "abna",
    "acap",
    "adnkronos",
    "adnkronos international",
    "african news agency",
    "agence benin presse",
    "agence burundaise de presse",
    "agence bénin presse",
    "agence centrafrique presse",
    "agence congolaise de presse",
    "agence d'information du burkina",
    "agence de presse africaine",
    "agence de presse senegalaise",
    "agence de presse sénégalaise",
    "agence djiboutienne d'information",
    "agence haitienne de presse",
    "agence haïtienne de presse",
    "agence ivoirienne de presse",
    "agence kampuchea presse",
    "agence mauritanienne d'information",
    "agence nigerienne de presse",
    "agence nigérienne de presse",
    "agence togolaise de presse",
    "agencia angola press",
    "agencia boliviana de informacion",
    "agencia boliviana de información",
    "agencia cubana de noticias",
    "agencia de informacion paraguaya",
    "agencia de información paraguaya",
    "agencia estado",
    "agencia guatemalteca de noticias",
    "agencia venezolana de noticias",
    "agenzia fides",
    "agenzia giornalistica italia",
    "agenzia italia",
    "agenzia nova",
    "agência angola press",
    "agência estado",
    "ahlulbayt news agency",
    "ahp",
    "amap",
    "angola press",
    "angop",
    "anha",
    "anka haber ajansi",
    "anka haber ajansı",
    "anka news agency",
    "apa news",
    "apanews",
    "askanews",
    "atop",
    "azap",
    "belapan",
    "beta news agency",
    "bgnes",
    "bopa",
    "botswana press agency",
    "caribbean media corporation",
    "china news service",
    "chinanews",
    "colprensa",
    "congolese press agency",
    "cuban news agency",
    "dow jones newswires",
    "estadao conteudo",
    "estadão conteúdo",
    "federalna novinska agencija",
    "fena",
    "fides news agency",
    "finnish news agency",
    "focus news agency",
    "fonet",
    "hawar news agency",
    "hindusthan samachar",
    "info-prim neo",
    "inforpress",
    "infotag",
    "inter press service",
    "interfax-kazakhstan",
    "ips news",
    "ivorian press agency",
    "kaztag",
    "kosova press",
    "kosovapress",
    "lanka puvath",
    "lankapuvath",
    "lapresse",
    "liberia news agency",
    "ma'an news agency",
    "maan news agency",
    "macedonian information agency",
    "malawi news agency",
    "mauritanian news agency",
    "mediafax",
    "mediamax",
    "mezopotamya agency",
    "mezopotamya ajansi",
    "mezopotamya ajansı",
    "mizan news agency",
    "mizan online",
    "montsame",
    "montsame news agency",
    "mozambique news agency",
    "myanmar news agency",
    "namibia press agency",
    "new zealand press association",
    "new ziana",
    "news1",
    "news1 korea",
    "newsis",
    "norsk telegrambyra",
    "norsk telegrambyrå",
    "north press",
    "north press agency",
    "norwegian news agency",
    "noticias argentinas",
    "notimex",
    "nour news",
    "nournews",
    "novinska agencija republike srpske",
    "ntb",
    "nzpa",
    "pa media",
    "pacnews",
    "pakistan press international",
    "pan african news agency",
    "pana",
    "panapress",
    "regnum news agency",
    "ritzaus bureau",
    "rosbalt",
    "saba news agency",
    "safa news agency",
    "safa press agency",
    "sanews",
    "sanews.gov.za",
    "senegalese press agency",
    "shana news agency",
    "shehab news agency",
    "sierra leone news agency",
    "somali national news agency",
    "srna",
    "stt",
    "stt-fnb",
    "suomen tietotoimisto",
    "tazpit press service",
    "thai news agency",
    "tidningarnas telegrambyra",
    "tidningarnas telegrambyrå",
    "tt news agency",
    "venezuelan news agency",
    "yemen news agency",
    "yjc",
    "young journalists club",
    "zhongguo xinwenshe",
    "zimbabwe inter-africa news agency",
)
# Wire agencies, in lower case, whose name alone credits a story:
# `By WAM`, `BSS`, `- Anadolu Agency`, `Trend reports`, `Xinhua` inside a
# timestamp line.  Names of four letters or fewer count only in capitals
# (`MAP` is an agency, `Map` a word), but for those that write their name
# in small letters (`dpa`).
AGENCIES: Final = frozenset(
    {
        *("afp", "ap", "associated press", "reuters", "upi", "bloomberg"),
        *("xinhua", "tass", "ria novosti", "sputnik", "interfax", "belta"),
        *("interfax-ukraine", "ukrinform", "unian", "kazinform", "kabar"),
        *("akipress", "trend", "apa", "azertac", "report.az", "armenpress"),
        *("artsakhpress", "irna", "isna", "mna", "mehr", "tasnim", "fars"),
        *("spa", "saudi press agency", "wam", "emirates news agency"),
        *("kuna", "kuwait news agency", "qna", "qatar news agency", "bna"),
        *("bahrain news agency", "ona", "oman news agency", "petra"),
        *("jordan news agency", "sana", "mena", "wafa", "nna", "ina", "nina"),
        *("aps", "map", "tap", "lana", "suna", "ena", "aa", "anadolu"),
        *("anadolu agency", "iha", "dha", "pti", "ians", "ani", "uni", "app"),
        *("bss", "unb", "rss", "pajhwok", "bakhtar", "bernama", "antara"),
        *("vna", "pna", "kpl", "yonhap", "kyodo", "jiji", "kcna", "cna"),
        *("ansa", "efe", "dpa", "agerpres", "mti", "pap", "ctk", "tasr"),
        *("sta", "hina", "tanjug", "bta", "ata", "mina", "prensa latina"),
        *("lusa", "telam", "gna", "nan", "kna", "sapa", "xinhua news agency"),
        *("aap", "australian associated press"),
        *("kyodo news", "yonhap news agency", "jiji press", "ria"),
        # The Baltic agencies: `BNS` alone on its line credits the story.
        *("bns", "leta", "elta"),
        # Full names of agencies listed by their initials above, as a
        # credit line or a bar spells them out (`Press Trust of India`),
        # and the Swiss agency, which joins its two names with a hyphen.
        *("press trust of india", "united news of india"),
        *("asian news international", "agence france-presse"),
        *("deutsche presse-agentur", "vietnam news agency"),
        *("philippine news agency", "korean central news agency"),
        # National agencies of the Caucasus, Moldova and Peru (not `MIA`,
        # `ACN`: a ministry and a charity as often).
        *("turan", "arminfo", "moldpres", "andina"),
        "keystone-sda",
        # The national and regional agencies of the organisations table's
        # second list (2026-12-03).
        *NATIONAL_AGENCIES,
    }
)
SMALL_LETTER_AGENCIES: Final = frozenset({"dpa"})
# The first words of agencies' names: a word not among them starts none.
AGENCY_FIRST_WORDS: Final = frozenset(name.split()[0] for name in AGENCIES)
# The first word of a line that may credit an agency alone.
AGENCY_OR_BY: Final = AGENCY_FIRST_WORDS | {"by"}
# ... or name a person after a byline's label (BYLINE_LABEL's first words).
CREDIT_FIRST_WORDS: Final = AGENCY_OR_BY | {
    *("writer", "author", "reporter", "written", "reported", "from"),
    "contributor",
    # `Story by Dana Levi`, `Posted by Dana Levi` (BYLINE_NOUN's words).
    *("story", "text", "words", "article", "posted", "filed"),
    *("report", "reporting"),
}
# The last words of agencies' names: a credit ending in another ends in
# no agency's name.
AGENCY_LAST_WORDS: Final = frozenset(name.split()[-1] for name in AGENCIES)
# The longest agency name, in words: longer runs are not looked up.
AGENCY_WORDS_MAX: Final = max(len(name.split()) for name in AGENCIES)
# The longest line that credits an agency alone (`Anadolu Agency WORLD`).
AGENCY_LINE_MAX: Final = 40

# Words of page furniture: navigation, section names, widgets, labels.
# A short line made of these alone is chrome, never a headline or a name:
#   `Contact Us`, `Home > News > Politics`, `Header Ad`, `Go to contents`,
#   `Newsletter Signup Register / Login`, `Text:| Print|`, `Front Stories`.
CHROME_WORDS: Final = word_set(
    """
    a about account ad ads advertise advertisement affairs africa alerts all
    also americas analysis and arab archive archives are article articles
    asia audio back beta bookmark breaking browser business button careers check close
    comment comments contact content contents cookie cookies copy date
    diplomacy donate e-paper economy editorial email epaper essay europe events
    exclusive facebook faq featured feedback follow font footer foreign
    front gallery general go header help here hide home images in instagram
    international jobs latest leave like likes link linkedin listen live
    items local log login main menu middle min mins minute minutes more most
    must my national nav navigation news newsletter newsletters next no
    notifications
    of on open opinion our page politics popular post posted prev previous
    print privacy profile read reading release recommended region regional register
    for immediate
    briefing media releases room statements
    related replies reply rss save search section see share show sign signup
    size sitemap skip sponsored sport sports stories story subscribe
    subscription support tag tags telegram terms text the time to toggle top
    trending tweet twitter up updated us version video videos view views vote
    votes
    weather whatsapp world write x you your youtube
    analytics counter metrika yandex liveinternet
    allow daily don't just miss quick
    """
)

# A weather widget's temperature alone on its line: `26.5 C`, `31°C`,
# `-4 °F`; its city and the day's date follow it.
TEMPERATURE: Final = re.compile(
    r"-?[0-9]{1,2}(?:[.,][0-9])?\s{0,2}°?\s{0,2}[CF]"
)

# A link to the story before or after this one, with its title, matched in
# the casefolded line: `Next article: Port board told to speed up`,
# `Previous story:`.
ADJACENT_LINK: Final = re.compile(
    r"(?:next|previous|prev)\s(?:article|story|post)\s{0,2}:"
)
# A template's placeholder a page left unfilled: `Ministry of Example -
# $name`, `${title}`, `{{title}}`; not a price, `$20`, nor a currency's
# code, `$US 20 million`: a placeholder's name starts lower case or "_".
TEMPLATE_PLACEHOLDER: Final = re.compile(
    r"\$\{?[a-z_][A-Za-z_]{1,19}+\}?(?![\w])|\{\{\s?[A-Za-z_]{2,20}+\s?\}\}"
)
# A newspaper's name with its city in brackets, a masthead above the
# title: `Daily Herald (Lagos)`, `The Example Times (Karachi)`; the city
# one the tables know.
MASTHEAD_CITY: Final = re.compile(
    r"(?P<name>[A-Z][\w'’.-]{1,20}+(?:\s[A-Z][\w'’.-]{1,20}+){1,3}+)"
    r"\s{1,2}\((?P<city>[A-Z][^\W\d_]{1,24}+(?:[ -][A-Z][^\W\d_]{1,24}+){0,2}+)\)"
)
# The last words of newspapers' names that no headline ends its subject
# on before a place in brackets: `Daily Herald (Lagos)`.
NEWSPAPER_NAME_ENDS: Final = NEWSPAPER_ENDS | frozenset(
    (
        *("times", "news", "gazette", "chronicle", "telegraph", "guardian"),
        *("trust", "nation", "independent", "mirror", "sun", "courier"),
        *("punch", "leader"),
    )
)

# The last words of a live page's, a section's or a site's name above
# the title (`Border war latest`, `Example World News`, `Local voices
# World stories`): nouns that name a page's kind, none of the particles
# and verbs (`flare up`, `talks open`) nor the subjects (`Northland's
# quiet diplomacy`) of CHROME_WORDS that headlines end on.
LABEL_END_WORDS: Final = word_set("latest news stories updates live blog")

# A label and its value of four words at most, credits of the page's
# staff, never a headline: `Editor: Li Ming`, `Source: Example Daily`,
# `Translated by: Dana Levi`; not `Sources: Mediators Expect A Deal This
# Week`.
STAFF_LABEL: Final = re.compile(
    r"(?i:(?:web\s|chief\s)?editors?|sources?|reporters?|writers?|photographer"
    r"|translator|(?:translated|compiled|edited|reported)\sby)\s{0,2}:"
    r"\s{0,3}+\S++(?:\s{1,3}+\S++){0,3}+\s*+$"
)

# Who made the page's pictures or translation, a credit with no colon but
# no author's: `Translated by Dana Levi`, `Photos by Sam Roe`.
MAKER_CREDIT: Final = re.compile(
    r"(?i:translated|compiled|edited|photos?|photographs?|pictures?|video"
    r"|illustrations?)\sby\s{1,3}+\S++(?:\s{1,3}+\S++){0,3}+\s*+$"
)
# What the first words of a byline may be before `by`: `Story by Dana
# Levi`, `Text by Dana Levi`.
# A page's verb does as well: `Written by Dana Levi on May 6, 2025`,
# `Posted by Dana Levi | May 6, 2025`.
BYLINE_NOUN: Final = re.compile(
    r"(?:Story|Text|Words|Article|Written|Posted|Filed|Report(?:ing|ed)?)"
    r"\s(?=[Bb]y\s)"
)
# How such a line starts.
BYLINE_NOUN_STARTS: Final = (
    *("Story ", "Text ", "Words ", "Article ", "Written ", "Posted "),
    *("Filed ", "Report"),
)

# A paywall's offer, matched in the casefolded line: `Subscribe to unlock
# this article`, `Only $1 for 4 weeks`, `Then $75 per month. ... Cancel
# anytime`, `You have reached your limit of free articles`, and its notice:
# `Example Daily has a Reader Paywall`, `Licence needed for office use`.
PAYWALL: Final = re.compile(
    r"subscribe\sto\s(?:read|unlock|continue)|(?:try|get)\sunlimited\saccess"
    r"|\bhas\san?\s(?:[a-z]{1,20}+\s)?paywall\b|\blicen[cs]e\sneeded\sfor\b"
    r"|cancel\sanytime|free\sarticles|[$€£][0-9][0-9.,]{0,8}+\s(?:per|a|for)\s"
    r"(?:[0-9]{1,3}\s)?(?:days?|weeks?|months?|years?)\b"
)
# The longest line tried as a paywall's offer.
PAYWALL_LINE_MAX: Final = 200

# A byline's title or its agencies after the name: `Dana Levi, Senior
# Reporter`, `Dana Levi with AP, Reuters`.
# The last word of a journalist's title after a byline's name (`Dana Levi,
# Chief Correspondent`); an office (`Xi Jinping, Chinese President`) names
# the story's subject, not its writer.
JOURNALIST_TITLE_ENDS: Final = frozenset(
    {"correspondent", "editor", "writer", "journalist", "columnist"}
    | {"reporter", "photographer", "contributor"}
    # A think tank's writers: `Dana Levi, Senior Fellow`.
    | {"fellow", "analyst", "researcher"}
)
# The title may follow a dash or a bar too (`Dana Levi - Diplomatic
# Correspondent`, `Dana Levi | Northport Correspondent`), and a place the
# title (`Dana Levi, Senior Correspondent, Northport`).
NAME_AND_TITLE: Final = re.compile(
    r"(?P<name>[^,\n]{3,60}?)(?:(?:,|\s{1,2}[|–—-])\s{1,2}(?P<title>[A-Z][^,\n]{2,40})"
    r"(?:,\s{1,2}[A-Z][^,\n]{1,30})?"
    r"|\s{1,2}with\s{1,2}(?P<wires>[A-Z][^\n]{1,40}))"
)

# The longest line tested as furniture or as a timestamp.
CHROME_LINE_MAX: Final = 100
# Whole lines of a template's or a widget's furniture: a sidebar's
# placeholder title, a wire column's label.
CHROME_LINES: Final = frozenset(
    {"optional sidebar info", "off the wire", "must watch", "full article"}
)
# The openings of furniture of any length: a sidebar's placeholder text, a
# transcript's and a translation's notices, which are no text.
CHROME_OPENINGS: Final = (
    "any information can be placed in the sidebar",
    "[this is a rush transcript",
    "this is a provisional translation",
    # An AMP page's logo, a listing's filter, a breadcrumb's label.
    "site icon ",
    "you are here:",
    "filtered by:",
)
# A bar of trending topics: `Trending Port Strike Election Results
# Northland vs Southland`, each topic capitalised (not `Trending down:
# exports fall`).
TRENDING_BAR: Final = re.compile(
    r"Trending:?(?:\s{1,3}(?:[A-Z0-9][^\s]{0,30}+|vs\.?|&|\|))+"
)
# A site's story widgets: `Top Stories Week 04`, `Most read stories of the
# month`, `Latest articles of the week`, matched in the casefolded line.
STORY_WIDGET: Final = re.compile(
    r"(?:top|most\sread|latest|popular)\s(?:stories|articles|news)"
    r"(?:\s(?:of\s)?(?:the\s)?(?:day|week|month))?(?:\s{1,3}[0-9]{1,2})?"
)
# A clock widget, its letters perhaps doubled by the page's glue and its
# time perhaps left blank before them: `In Kyiv (EET)`, `Inin Kyiv (EET)`,
# `: :inin Kyiv (EET)`.
CLOCK_WIDGET: Final = re.compile(
    r"(?:[0-9]{0,2}\s?:\s?[0-9]{0,2}(?:\s?:\s?[0-9]{0,2})?\s?)?"
    r"[Ii]n(?:in)?\s[A-Z][a-z]{1,20}+\s\((?:[A-Z]{1,4}T|UTC|GMT)\)"
)
TIMESTAMP_LINE_MAX: Final = 100

# The first character that is no space, as str.isspace() reads it.
NOT_SPACE: Final = re.compile(r"\S")
# A digit, without which a line holds no date or counter.
DIGIT: Final = re.compile(r"[0-9]")
# A space-separated token without a letter: `|`, `>`, `2025`, `12:52`.
BARE_TOKEN: Final = re.compile(r"(?<!\S)(?:[^\w\s]|[\d_])+(?!\S)")

# The letters of a line, word by word, for the chrome and name tests.
LETTER_WORDS: Final = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")

# A line that says whose the text below is, above it: `The below is
# attributable to Spokesperson Dana Levi:`, `The following statement was
# issued by the Office of the Spokesperson:`, `... released by ...:`.
LEAD_IN: Final = re.compile(
    r"The\s(?:below|following)(?:\s(?:statement|readout|text))?"
    r"\s(?:is|was|can\sbe)\s(?:attributable\sto|attributed\sto|(?:issued|released)\sby)"
    r"\s[^\n:]{1,80}+:"
)

# An outlet's credit with the agency it drew on: `Le Example with AFP`,
# `Example Daily with Reuters`.
OUTLET_WITH_AGENCY: Final = re.compile(
    r"(?P<outlet>[A-Z][\w'’.-]{0,24}+(?:\s[A-Z][\w'’.-]{0,24}+){0,3}+)"
    r"\swith\s(?P<agency>[A-Z][\w-]{1,20}+(?:\s[A-Z][\w-]{1,20}+)?+)"
)
# The articles that start an outlet's name: `The Example Times`.
OUTLET_ARTICLES: Final = frozenset(
    ("The", "Le", "La", "Les", "El", "Il", "Die", "Der")
)
# Those that start names too (Vietnamese `Le Van Thanh`, Arabic `El Hassan
# Amrani`): an outlet's name has one word after them, `Le Example`.
NAME_ARTICLES: Final = frozenset(("Le", "La", "Les", "El"))

# A date or time inside a timestamp line:
#   `18 April 2025 12:52`, `2023-11-16 10:12:59`, `3/7/2024`, `15-05-2022`,
#   `Mar 15, 2018`, `12 noiembrie 2019` (any language's month), `2 days ago`.
TIMESTAMP_TOKEN: Final = re.compile(
    r"(?=[0-9JFMASOND])(?:[0-9]{1,2}:[0-9]{2}"
    r"|[12][0-9]{3}-[0-9]{1,2}-[0-9]{1,2}"
    r"|[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}"
    # `16th April, 2024`, and in Spanish English `16 of April 2024`.
    r"|[0-9]{1,2}(?:st|nd|rd|th)?\s{1,2}(?:of\s{1,2})?[^\W\d_]{3,12}\.?,?\s{1,2}[12][0-9]{3}"
    r"|(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
    # In capitals too: `OCTOBER 11, 2024`.
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]{0,6})\.?"
    r"\s{0,2}[0-9]{1,2}(?:st|nd|rd|th)?\b"
    r"|[0-9]{1,3}\s(?:min(?:ute)?s?|hours?|days?|weeks?)\sago)"
)
# How notices above a page's stamp open: no title does.
NOTICE_OPENINGS: Final = (
    "Follow us",
    "This article",
    "This story",
    "This page",
    "Click ",
    "Subscribe",
    "Sign up",
    "Editor's note",
    "Editor’s note",
)
# Words a count in brackets opens with, no outlet's name: `(Day 3)`.
COUNTED_WORDS: Final = frozenset(
    """day part round update week phase no no. ramadan covid session
    episode chapter vol vol. volume""".split()  # noqa: SIM905
)
# Words of a broadcaster's or an agency's name of several words:
# `(Public Radio of Example)`.
BROADCASTER_WORDS: Final = frozenset(
    """Radio TV Television Broadcasting Broadcast Agency Media Network
    Channel Press""".split()  # noqa: SIM905
)
# A ticker's item: a story's title and, after a dash, when it ran:
# `Port traffic rebounds - 1 day ago`, `Envoys meet - February 25, 2021`.
TICKER_ITEM_DATE: Final = re.compile(
    r"[0-9]{1,3}\s(?:min(?:ute)?s?|hours?|days?|weeks?|months?)\sago"
    r"|[A-Z][a-z]{2,8}\.?\s[0-9]{1,2},\s[12][0-9]{3}"
    r"|[0-9]{1,2}\s[A-Z][a-z]{2,8}\.?,?\s[12][0-9]{3}"
)
# A ticker item's title is a few words at least.
TICKER_TITLE_WORDS_MIN: Final = 3

# Words a timestamp line may carry besides its date:
#   `Published: Mon 2 Sep 2024, 9:24 AM`, `Last updated`, `(UTC +04:00)`.
TIMESTAMP_WORDS: Final = word_set(
    """
    am pm gmt utc ist est edt cet cest bst ast msk pst pdt at on by ago
    published updated update posted modified last created written date time
    first hours hour days day mins minutes jan feb mar apr may jun jul aug
    sep sept oct nov dec january february march april june july august
    september october november december mon tue tues wed thu thur thurs fri
    sat sun monday tuesday wednesday thursday friday saturday sunday st nd
    rd th
    """
)

# Counters and reading times, matched in the casefolded line:
# `This news has been read 10819 times!`, `1 Comment`, `2 MIN READ`,
# `Reading Time: 3 minutes`, `12 views`.
COUNTER: Final = re.compile(
    r"[0-9][0-9,.]{0,12}\s{0,2}(?:times|views?|comments?|shares?|likes?"
    r"|votes?|reads?|min(?:ute)?s?(?:\s{1,2}read)?)\b|reading\stime|read\stime"
)

# A photo credit where a line starts or inside a short line, matched in
# the casefolded line: `Photo: Collected.`, `PHOTO : Website of the
# President`, `Photo by: AA (Archive)`, `KT File Photo: Omar Haddad`,
# `Name Image Credit: X`.
_PHOTO_LABEL: Final = (
    r"(?:\s{1,2}(?:by|credit|courtesy|source))?\s{0,2}[:/]"  # `Photo by:`
)
PHOTO_CREDIT: Final = re.compile(
    r"\b(?:photos?|images?|pictures?|pic|file\sphoto)" + _PHOTO_LABEL + "|^©"
)
# The end of a photo caption, which names where the picture came from,
# matched in the casefolded line: `... on Tuesday. (Photo: Example
# Ministry)`, `... Image Credit: ABC`, `... © Example`, `... yesterday.
# —Example photos`, `... / Photo: AA`, `... Photos by Sam Lee / Example
# Daily |`.
CAPTION_CREDIT_END: Final = re.compile(
    r"(?:\((?:photos?|images?|pictures?|file)\b[^()\n]{0,60}\)"
    r"|\b(?:photos?|images?|pictures?)" + _PHOTO_LABEL + r"[^\n]{0,60}"
    r"|©[^\n]{0,60}"
    r"|[–—-]\s{0,2}[^\W\d_][^\n.]{0,40}\bphotos?)"
    r"\s{0,2}[.|]?\s{0,2}$"
)
# The same credit after a dash or a full stop, matched in the line as
# written: `... his wife. — Picture by Dana Levi`, `... in Oslo. Photo
# courtesy of the Ministry`.  Names in capitals only, and nothing after
# them: not `Images by Maxar showed the port.`, `— picture by picture`.
CAPTION_CREDIT_BY_END: Final = re.compile(
    r"(?:[–—-]|\.)\s{1,2}(?:Photo|Picture|Image|Pic|photo|picture|image|pic)s?"
    r"\s(?:by|courtesy\sof)(?:\s(?:the|of|and|[A-Z][\w'’.&/-]{0,24}+)){1,5}+"
    r"\s{0,2}$"
)
# The same credit with the photographer's name after the word, matched in
# the line as written: `... envoy. — EXA/EXB Photo Sam Lee |` (not `a photo
# op.`, `a photo finish expected`).
CAPTION_PHOTOGRAPHER_END: Final = re.compile(
    r"[–—-]\s{0,2}[^\W\d_][^\n.]{0,40}\b[Pp]hotos?(?:\s[A-Z][^\W\d_]{0,20}+){1,3}+"
    r"\s{0,2}\|?\s{0,2}$"
)
# A caption's credit after the caption said again, the line above it: `Flags
# by the door.`, then `Flags by the door. Source: EXA` or `... Photo: EXA /
# Dana Levi`.
REPEATED_CAPTION_CREDIT: Final = re.compile(
    r"\s{1,3}(?:source|credit|photo|image|picture)s?(?:\s(?:by|credit))?"
    r"\s{0,2}:\s{0,2}[^\n:]{1,60}+",
    re.IGNORECASE,
)
# What a caption says a picture shows, in the third person present as
# captions tell it and leads do not: `Premier Dana Levi shakes hands with
# Sam Roe`, `The envoy poses for a photo`.  Not `agreed to shake hands
# with`, `will pose for a photo`: leads say those too.
POSED_CAPTION: Final = re.compile(
    r"\b(?:shakes\shands\swith|poses\sfor\s(?:a\s|the\s)?(?:[a-z]{1,12}\s)?"
    r"(?:photos?|pictures?|photographs?))\b"
)
# `The envoy looks on as ...`: a lead may say it too (`The world looks on
# as the two leaders meet.`), so a caption only in a caption's shape.
LOOKS_ON_CAPTION: Final = re.compile(r"\blooks\son\s(?:as|during|while)\b")
# The longest line read as such a caption.
POSED_CAPTION_MAX: Final = 250
# A picture's credit with its label alone on the line below its caption:
# `Credit: Example Agency`, `Photo credit: EXA`.
CREDIT_LABEL_LINE: Final = re.compile(
    r"(?:[Pp]hoto\s|[Ii]mage\s)?[Cc]redits?\s{0,2}:\s{0,2}[^\s:][^\n:]{0,40}+"
)
# An agency's credit after a caption's last sentence: `... delegation. – KUNA`.
CAPTION_AGENCY_END: Final = re.compile(
    r"[.!?”\"]\s{1,2}[–—-]\s{0,2}[A-Z][A-Za-z]{1,15}\s{0,2}$"
)
# A caption's credit in square brackets with its label, matched in the
# casefolded line: `... in the south [File: Dana Levi/Example]`, `[Photo:
# Example Agency]`.
CAPTION_BRACKET_END: Final = re.compile(
    r"\[(?:photos?|images?|pictures?|file)\s{0,2}:[^\[\]\n]{1,60}+\]\s{0,2}$"
)
# A save or bookmark button's text, matched in the casefolded line: `Save
# articles to read later and create your personal reading list.`
SAVE_WIDGET: Final = re.compile(
    r"(?:save|bookmark)\b[^\n]{0,80}?\b(?:read(?:ing)?\s(?:it\s)?later|reading\slists?)\b"
)
# The longest line SAVE_WIDGET is tried on.
SAVE_WIDGET_MAX: Final = 100

# How far from a line's end a caption's credit can start.
CAPTION_END_MAX: Final = 130
CAPTION_AGENCY_END_MAX: Final = 24

# The first words of a caption: `A handout picture provided by ...`,
# `This photo taken on ... shows ...`, `File photo of ...`.
CAPTION_START: Final = re.compile(
    r"(?i:(?:(?:a|an|this|the)\s(?:handout\s)?"
    r"(?:picture|photo|photograph|image|video\sgrab|screen\sgrab)"
    r"|(?:file|handout)\s(?:photo|picture|image))\b)"
)

# A notice that a summary was written by a machine, matched in the
# casefolded line: `This is an AI-generated summary, which may have errors.`
AI_NOTICE: Final = re.compile(
    r"\b(?:ai|artificial\sintelligence)[-\s]generated\b"
    r"|\bgenerated\s(?:by|with|using)\s(?:an?\s)?(?:ai|artificial\sintelligence)\b"
)
# The longest line read as such a notice.
AI_NOTICE_MAX: Final = 200

# A photographer's credit in mixed case, alone below the caption, with
# the agency after a slash: `Sam Roe/Example Agency`.
SLASH_CREDIT: Final = re.compile(
    r"(?P<name>[A-Z][\w.'-]{0,20}+(?:\s[A-Z][\w.'-]{0,20}+){1,3})\s?/\s?"
    r"(?P<outlet>[A-Z][\w.&'-]{0,20}+(?:\s[A-Z][\w.&'-]{0,20}+){0,3})"
)
# A photographer's credit in capitals, alone below the caption, with the
# outlet after a slash: `DANA LEVI/EXAMPLE`, `SAM ROE / EXAMPLE NEWS`.
CAPS_SLASH_CREDIT: Final = re.compile(
    r"[A-Z][A-Z.'-]{0,20}+(?:\s[A-Z][A-Z.'-]{0,20}+){1,3}\s?/\s?"
    r"[A-Z][A-Z0-9.&'-]{0,20}+(?:\s[A-Z][A-Z0-9.&'-]{0,20}+){0,2}"
)

# A press release's number alone on its line: `Press Release No. 123/2025`.
RELEASE_NUMBER: Final = re.compile(
    r"(?i:(?:press\s)?(?:release|statement|communiqu[eé]))\s{1,2}No\.?\s{0,2}:?"
    r"\s{0,2}[0-9][0-9/.-]{0,12}+"
)

# How such a line starts, in small letters.
RELEASE_FIRST_WORDS: Final = frozenset(
    ("press", "release", "statement", "communique", "communiqué")
)

# A breadcrumb: `Home > News > Politics`, `Home » World`.
BREADCRUMB: Final = re.compile(r"\s[>»›]\s")
# A breadcrumb from the site's home: `Home > News`, `Home / News`, `You are
# here: Home > News`.
HOME_TRAIL: Final = re.compile(r"(?:You\sare\shere:?\s{1,3}+)?+Home\s[>»›/]\s")

# The names of a site's sections that a page glues to its headline.  Not
# every word of chrome: `YouTube`, `NewsGuard`, `LiveNation` and `AllAfrica`
# are names, not a section glued to a word.
SECTION_NAMES: Final = word_set(
    """
    africa americas analysis asia business culture diplomacy economy editorial
    europe health international lifestyle national opinion politics region
    regional science sport sports technology world
    """
)
# A section's name glued before a headline or after it: `WorldEnvoys
# agree`, `Envoys agreePolitics`.
GLUED_SECTION: Final = re.compile(
    r"^[A-Z][a-z]{2,12}+(?=[A-Z][a-z])|(?<=[a-z])[A-Z][a-z]{2,12}+$"
)
# An interviewer's question that opens the text: `Question: ...`, `Q: ...`,
# `Q. ...`.
QUESTION_LABEL: Final = re.compile(
    r"(?:Q|Question|QUESTION|Interviewer|INTERVIEWER):\s|Q\.\s"
)

# The marks between a title and the site's name after it: `Talks Resume |
# Example Daily`, `Talks Resume - Example News`, `Talks Resume :: Example`.
SITE_NAME_MARKS: Final = (" | ", " - ", " – ", " — ", " :: ", " · ")

# The words of a newsletter's name: `The Morning Brief`, `Example Letter`.
NEWSLETTER_WORDS: Final = frozenset(
    (
        "brief",
        "briefing",
        "newsletter",
        "bulletin",
        "digest",
        "letter",
        "roundup",
    )
)
# How a newsletter's name ends, as written: `The Morning Brief`, `THE
# MORNING BRIEF`.
NEWSLETTER_ENDS: Final = tuple(
    written
    for word in NEWSLETTER_WORDS
    for written in (word.title(), word.upper())
)
# An issue's number between a newsletter's bars: `Issue 42`, `No. 42`.
ISSUE_NUMBER: Final = re.compile(
    r"\|\s(?:Issue|No\.|Vol\.|Volume)\s[0-9]{1,5}\b"
)

# An outlet's label for its own staff's story before the text, no one's
# words nor a place: `Own report: Northland has ...`, `Staff report: `,
# `Our correspondent: `.
STAFF_REPORT_LABEL: Final = re.compile(
    r"(?:Own|Staff|Our|Special|Bureau|Desk|Web|Online)\s"
    r"(?:[Rr]eport|[Rr]eporter|[Cc]orrespondent|[Dd]esk)s?\s{0,2}:\s{1,3}+"
    r"(?=[A-Z\"“‘'])"
)

# A digest item's bullet before its text: `- GULF: ...`, `• The ...`.
BULLET: Final = re.compile(r"[-•*–—]\s{1,3}+(?=[A-Z\"“‘'])")

# The end of a headline glued to the capitals of a dateline: the `s` of
# `Talks ResumesNORTHPORT, May 6 (Example) - `.
GLUED_CAPITALS: Final = re.compile(r"[a-z](?=[A-Z]{2})")
# How far into the line the tag after that glue is looked for, and how far
# before the comma after the place (TAG_DATELINE's longest place).
GLUED_TITLE_MAX: Final = 200
GLUED_PLACE_MAX: Final = 41

# How far into a line a headline glued to the body's first sentence may
# end: `River Talks ResumeRiver talks resumed ...`.
TITLE_BODY_GLUE_MAX: Final = 160

# Glued menu items: `Featured NewsIFP ExclusiveNuclear`.
CAMEL_GLUE: Final = re.compile(r"[a-z][A-Z]")
# A menu's items glued, of any length: three glues or more.
MENU_GLUES_MIN: Final = 3
# The longest language switcher read: a dozen languages' names.
LANGUAGE_SWITCHER_MAX: Final = 160
# The names of languages as a site's language switcher writes them, each
# in its own language (and English), casefolded: `عربي Español Русский`.
LANGUAGE_NAMES: Final = frozenset(
    """english español espanol français francais русский عربي العربية
    中文 简体中文 繁體中文 deutsch português portugues italiano 日本語 한국어
    türkçe turkce فارسی اردو বাংলা हिन्दी हिंदी bahasa indonesia melayu
    tiếng việt ελληνικά polski українська қазақша o'zbek azərbaycan
    հայերեն ქართული
    arabic chinese french german italian japanese korean persian farsi
    portuguese russian spanish turkish urdu hindi bengali indonesian malay
    vietnamese greek ukrainian kazakh uzbek azerbaijani armenian georgian
    hebrew swahili dutch romanian
    ar de el en es fa fr he hi hy id it ja ka kk ko ms nl pl pt ro ru sw tr
    uk ur uz vi zh""".split()  # noqa: SIM905
)
# What a language switcher puts between the languages' names.
LANGUAGE_SEPARATORS: Final = str.maketrans(dict.fromkeys("/|·•", " "))
# An author credit among the lines after the body, the label on its own
# line or before the name: `Author: Dana Levi`, `Author:\n\nDana Levi`,
# `Reporting by Dana Levi; Editing by Sam Roe`, `Reporter: Dana Levi`.
AUTHOR_FOOTER: Final = re.compile(
    r"(?m)^[ \t]{0,8}\(?(?:Author|Written\sby|Reporting\sby|Reporter(?=[ \t]{0,2}:))[ \t]{0,2}:?[ \t]{0,4}"
    r"(?:\n[ \t]{0,8}){0,3}(?P<name>[A-Z][^\n:;]{1,60}?)[ \t]{0,8}(?:;|$)"
)

# The writers a credit names after its reporter, in the same line:
# `; Writing by Sam Roe`, `; Additional reporting by Li Ming` (not `;
# Editing by ...`, an editor).
AUTHOR_FOOTER_MORE: Final = re.compile(
    r";[ \t]{0,2}(?:Writing|Additional\sreporting)\sby[ \t]{1,2}"
    r"(?P<name>[A-Z][^\n:;()]{1,60}?)[ \t]{0,4}(?=[;)]|$)",
    re.MULTILINE,
)

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
# A line after which a page carries its own matter, not the article's:
#   `Related Articles`, `Tags`, `Leave a Reply`, `Comments are closed.`,
#   `You may also like`, `Share this:`, `Sponsored Content`, `Read more:`.
FOOTER_LINE: Final = re.compile(
    r"(?i:related(?:\s(?:articles?|news|stories|posts|topics|links))?"
    r"|tags|leave\sa\s(?:reply|comment)|leave\syour\scomment|your\scomment"
    r"|comments\sare\sclosed|you\smay\salso\slike|more\sfrom\s[^\n]{1,40}"
    r"|share\s(?:this|post)(?:\s(?:article|story))?|sponsored\scontent"
    r"|back\sto\stop(?:\sbutton)?|most\s(?:read|popular|viewed)"
    r"|next\sarticle|short\slink|news\scode\s[0-9]{1,12}|read\smore:"
    r"|latest\snews|trending(?:\snow)?)"
    r"[\s|:.!-]{0,4}"
)
# A label of other stories that a page also puts inside or above the
# article, or a digest between its sections: it ends the article only when
# no prose follows it, else it goes alone.
SOFT_FOOTER_LINE: Final = re.compile(
    r"(?i:(?:recent|more|top|latest|other)\s(?:stories|articles|posts)"
    r"|you\smight\salso\slike|read\snext|editors?'?s?\spicks)"
    r"[\s|:.!-]{0,4}"
)
# A line of prose, not a teaser's headline: it ends a sentence (a headline
# cut short, `...`, does not) and has a sentence's length.
PROSE_END: Final = (".", "!", "?", '"', "”", "’")
PROSE_WORDS_MIN: Final = 6
# The longest line tried as a footer's first.
FOOTER_LINE_MAX: Final = 60

# Widgets inside a body, dropped line by line: `Check also: ...`,
# `Recommended`, `Advertisement`, share and print buttons, vote counts,
# `Subscribe to our newsletter ...`.
WIDGET_LINE: Final = re.compile(
    r"(?i:(?:check|see)\salso\b[^\n]{0,150}|recommended|advertisement"
    r"|share|tweet|print|email|votes?\s{0,2}:?\s{0,2}[0-9]{1,9}"
    r"|[0-9]{1,9}\s{0,2}votes?|[0-9]{1,9}(?:\s{1,4}[0-9]{1,9}){1,3})"
    r"[\s|:.]{0,4}"
)
# A newsletter box: a short line that names the newsletter.
NEWSLETTER_LINE_MAX: Final = 150

# Paragraph breaks: one or more blank lines.
BLANK_LINES: Final = re.compile(r"\n[ \t\r\f\v]*\n\s*")

# A page's date in its address, as news sites write it: a path's
# `/2025/04/08/`, `/2025-04-08-`, or `/2018/0317/`.  Anchored on slashes and
# bounded, so linear on any address.
URL_DATE: Final = re.compile(
    r"/(?P<year>(?:19|20)[0-9]{2})(?:[/-](?P<month>[0-9]{2})[/-]|/(?P<mm>[0-9]{2}))"
    r"(?P<day>[0-9]{2})(?=[/._-]|$)"
)

# Labels of a timestamp that tells when a page changed, not when it was
# published: `Updated: 5 May 2025`, `Last modified ...`.
UPDATE_LABELS: Final = ("updated", "last updated", "modified", "last modified")
