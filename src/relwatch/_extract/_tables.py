"""
The extractor's reference tables, read once from package data: countries
(names, short forms, demonyms, capitals, metonyms), organisations, titles,
speech verbs and event triggers.  The rules are in the tables; the code
that reads text only looks them up.
"""

from __future__ import annotations

import functools
import itertools

from collections.abc import Container, Iterator, Sequence
from typing import Final, NamedTuple, TypeVar

from .._checks import package_rows as _rows
from ._text import tokenize


# What a phrase of the name tables can be.
COUNTRY: Final = "country"
DEMONYM: Final = "demonym"
CAPITAL: Final = "capital"
CITY: Final = "city"
METONYM: Final = "metonym"
ORGANISATION: Final = "organisation"
OFFICE: Final = "office"
HONORIFIC: Final = "honorific"
EXPERT: Final = "expert"

# The titles table's descriptors that still name someone who acts for a
# state ("a US lawmaker visited Taipei"): not observers.
_OFFICE_HOLDERS: Final = frozenset(
    ["diplomat", "official", "lawmaker", "legislator", "parliamentarian"]
)
# Words of portfolios beyond those of the titles table's offices.
_OFFICE_WORDS: Final = frozenset(
    [
        "Cooperation",
        "International",
        "Expatriates",
        "Abroad",  # "Nationals Abroad", a portfolio
        "Communities",  # "Communities Abroad", "Local Communities"
        "Relations",
        "Gas",
        "Mines",
        "Mineral",
        "Climate",
        "Higher",
        "Technology",
        "Research",
        "Social",
        "Welfare",
        "Religious",
        "Endowments",
        "Diaspora",
        "Strategic",
        "Political",
        "Regional",
        "Public",
        "Works",
        "Housing",
        "Urban",
        "Rural",
        "Bureau",
        "Committee",
        "Department",
        "Office",
        "Humanitarian",
        "Media",
        "Legal",
        "Border",
        "Customs",
        "Immigration",
        "Migration",
        "Integration",
        # Portfolios that lists of them hold: "Foreign, Commonwealth and
        # Development Affairs", "Foreign Affairs, International Trade and
        # Worship", "Cooperation, Francophonie and Nationals Abroad".
        "Commonwealth",
        "Worship",
        "Francophonie",
        "Emigrants",
        "Nationals",
        "Compatriots",
    ]
)
# "*" in a trigger: up to this many words that are not names.
GAP_WORDS: Final = 3


class Meaning(NamedTuple):
    """
    One reading of a phrase: what it is and what it names.

    ``key`` is an ISO 3166-1 alpha-3 code (countries and their demonyms,
    capitals and metonyms), an organisation id, or a role (titles).
    """

    type: str
    key: str
    caution: bool = False


class Organisation(NamedTuple):
    name: str
    kind: str
    country: str | None
    worldwide: bool = False  # a wire that reports the world (reach "world")


class SpeechVerb(NamedTuple):
    lemma: str
    content: str  # "clause", "object" or "quote"


class Trigger(NamedTuple):
    words: tuple[str, ...]  # lower case; "*" is a gap
    kind: str
    before: str
    after: str


@functools.lru_cache(maxsize=4096)
def key(phrase: str) -> tuple[str, ...]:
    """
    The lookup key of *phrase*: its tokens, with curly apostrophes straight.
    """
    return tuple(straight(t) for t in tokenize(phrase).texts)


def _folded_people(
    people: dict[tuple[str, ...], Person],
) -> dict[str, dict[tuple[str, ...], Person]]:
    found: dict[str, dict[tuple[str, ...], Person]] = {}
    for words, person in people.items():
        name = folded_name(words)
        found.setdefault(name[-1], {})[name] = person
    return found


def folded_name(words: Sequence[str]) -> tuple[str, ...]:
    """
    A name's words folded, with no full stops and an Arabic article apart
    from its noun ("al-Thani" as "Al Thani"): how the people table is read
    when the name is not written as it writes it.

    >>> folded_name(["Tamim", "bin", "Hamad", "al-Thani"])
    ('tamim', 'bin', 'hamad', 'al', 'thani')
    """
    folded: list[str] = []
    for word in words:
        if word == ".":
            continue
        head, dash, rest = word.casefold().partition("-")
        if dash and rest and head in _ARTICLES:
            folded += (head, rest)
        else:
            folded.append(word.casefold())
    return tuple(folded)


# The Arabic article as names write it before a hyphen: "al-Thani", "el-Sisi".
_ARTICLES: Final = frozenset(["al", "el"])


def straight(word: str) -> str:
    """
    *word* with its apostrophes straight: "Iran’s" and "Azerbaijan`s" are
    read as "Iran's".
    """
    if "’" in word or "`" in word or "´" in word or "ʼ" in word:
        return (
            word.replace("’", "'")
            .replace("`", "'")
            .replace("´", "'")
            .replace("ʼ", "'")
        )
    return word


def _values(cell: str) -> list[str]:
    return [v for v in cell.split("|") if v]


_V = TypeVar("_V")
# Phrases indexed by their first word, longest first.
Index = dict[str, list[tuple[tuple[str, ...], _V]]]


def _by_first(phrases: dict[tuple[str, ...], _V]) -> Index[_V]:
    index: Index[_V] = {}
    for words, value in phrases.items():
        index.setdefault(words[0], []).append((words, value))
    for entries in index.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return index


def longest_at(
    index: Index[_V], words: list[str], i: int
) -> tuple[int, _V] | None:
    """
    The longest phrase of *index* that starts at ``words[i]``: where it
    ends, and its value.
    """
    entries = index.get(words[i]) if i < len(words) else None
    if entries is None:
        return None
    # Every phrase here starts with words[i]: one word long, it is found;
    # longer, its second word tells most apart before the rest is read.
    following = words[i + 1] if i + 1 < len(words) else None
    for phrase, value in entries:
        size = len(phrase)
        if size == 1:
            return i + 1, value
        if phrase[1] == following and tuple(words[i : i + size]) == phrase:
            return i + size, value
    return None


def positions(keys: Container[str], words: Sequence[str]) -> list[int]:
    """
    The indexes of the *words* that are in *keys*: where a phrase indexed
    by its first word may start.

    One pass in C: most words start nothing, and a Python loop that looks
    at each of them costs more than the look-ups where one does.

    >>> positions({"said", "told"}, ["he", "said", "and", "told", "us"])
    [1, 3]
    """
    return list(
        itertools.compress(itertools.count(), map(keys.__contains__, words))
    )


class Person(NamedTuple):
    """
    A well-known political actor from the people table.
    """

    name: str
    country: str | None
    office: str = (
        ""  # as the table writes it: "Foreign Minister of Russia (2004-)"
    )


class Tables(NamedTuple):
    """
    Every table, indexed for the rules.  Names are matched as written;
    titles and state bodies in lower case.
    """

    names: Index[tuple[Meaning, ...]]
    titles: Index[Meaning]
    bodies: Index[str]
    office_words: frozenset[str]
    people: dict[tuple[str, ...], Person]
    coordinates: dict[tuple[str, ...], tuple[float, float]]
    country_names: dict[str, str]
    organisations: dict[str, Organisation]
    speech: Index[SpeechVerb]
    triggers: dict[str, list[Trigger]]
    # The first words of the titles and state bodies folded, of titles
    # matched only in capitals too ("pm" for "PM"): where in the folded
    # words one may start.
    phrase_starts: frozenset[str]
    # The roles of the titles table's descriptors of people who comment on
    # diplomacy and hold no office in it: "analyst", "journalist".
    observers: frozenset[str] = frozenset()
    # The titles that are also names ("King", "Pope"), by their role: after
    # a given name, with no name after them, they are its surname.
    surname_titles: frozenset[str] = frozenset()
    # The states by the noun of their form that news calls them by once
    # named ("the Kingdom", "the Sultanate"), from their long names.
    state_forms: dict[str, frozenset[str]] = {}  # noqa: RUF012 - never changed
    # The people by their names' last words folded, then by all their words
    # folded with no full stops: "Abdel Fattah El-Sisi" is the table's
    # "Abdel Fattah el-Sisi", "Md Touhid Hossain" its "Md. Touhid Hossain".
    people_folded: dict[str, dict[tuple[str, ...], Person]] = {}  # noqa: RUF012 - never changed
    # The offices in the plural, folded ("foreign ministers", "presidents"):
    # titles only before names they share ("Presidents X and Y").
    plural_titles: Index[Meaning] = {}  # noqa: RUF012 - never changed


# The last tables' speech verbs and triggers, with `verb_starts` of them.
_VERB_STARTS: Final[list[tuple[object, object, frozenset[str]]]] = []


def verb_starts(t: Tables) -> frozenset[str]:
    """
    The first words of the speech verbs and event triggers of *t*, and
    "according" (of "according to"): where a cue or a trigger may start.
    Worked out once for the same tables.
    """
    for speech, triggers, found in _VERB_STARTS:
        if speech is t.speech and triggers is t.triggers:
            return found
    found = frozenset(t.speech).union(t.triggers, ["according"])
    _VERB_STARTS[:] = [(t.speech, t.triggers, found)]
    return found


# The nouns of a state's form that stand for it alone ("the Kingdom"):
# not "Republic" or "State", which too many states share to say which.
STATE_FORMS: Final = frozenset(["Kingdom", "Sultanate", "Principality"])


def _state_forms() -> dict[str, frozenset[str]]:
    """
    The codes of the states whose long names say each form: "Hashemite
    Kingdom of Jordan" -> Kingdom: JOR; not the United Kingdom.
    """
    found: dict[str, set[str]] = {}
    for row in _rows("countries.tsv"):
        # Not "United Kingdom of Great Britain ...": its head is the
        # state's own short name, no form.
        short = {row["name"], *_values(row["aliases"])}
        for phrase in _values(row["aliases"]):
            before = phrase.split(" of ", 1)[0]
            head = before.split()
            if (
                " of " in phrase
                and head
                and head[-1] in STATE_FORMS
                and before not in short
            ):
                found.setdefault(head[-1], set()).add(row["code"])
    return {form: frozenset(codes) for form, codes in found.items()}


# The columns of the countries table, and what a phrase in each names.
_COUNTRY_COLUMNS: Final = (
    ("name", COUNTRY),
    ("aliases", COUNTRY),
    ("demonyms", DEMONYM),
    ("capitals", CAPITAL),
    ("metonyms", METONYM),
)


def _readings() -> Iterator[tuple[str, Meaning]]:
    """
    Every phrase of the countries, organisations and cities tables, with
    what it names.
    """
    for row in _rows("countries.tsv"):
        cautioned = set(_values(row["caution"]))
        for column, kind in _COUNTRY_COLUMNS:
            for phrase in _values(row[column]):
                yield phrase, Meaning(kind, row["code"], phrase in cautioned)
    for row in _rows("organisations.tsv"):
        cautioned = set(_values(row["caution"]))
        for phrase in (row["name"], *_values(row["aliases"])):
            yield phrase, Meaning(ORGANISATION, row["id"], phrase in cautioned)
    for row in _rows("cities.tsv"):
        cautioned = set(_values(row["caution"]))
        for phrase in (row["name"], *_values(row["aliases"])):
            yield phrase, Meaning(CITY, row["country"], phrase in cautioned)


def _names() -> dict[tuple[str, ...], list[Meaning]]:
    """
    Each phrase's readings, with and without a leading "the".
    """
    names: dict[tuple[str, ...], list[Meaning]] = {}
    for phrase, meaning in _readings():
        forms = [phrase]
        if phrase.startswith(("the ", "The ")):
            forms.append(phrase[4:])
        if meaning.type == COUNTRY and " of the " in phrase:
            # "the Republic of Sudan" as news writes "of the Sudan"
            forms.append(phrase.replace(" of the ", " of ", 1))
        if meaning.type in {COUNTRY, DEMONYM} and "-" in phrase:
            # "Guinea Bissau" as news also writes Guinea-Bissau
            forms.append(phrase.replace("-", " "))
        for form in forms:
            readings = names.setdefault(key(form), [])
            if meaning not in readings:
                readings.append(meaning)
    return names


def _coordinates() -> dict[tuple[str, ...], tuple[float, float]]:
    """
    Where each city of the cities table lies, by each of its names.
    """
    found: dict[tuple[str, ...], tuple[float, float]] = {}
    for row in _rows("cities.tsv"):
        if row["latitude"]:
            point = (float(row["latitude"]), float(row["longitude"]))
            for phrase in (row["name"], *_values(row["aliases"])):
                found[key(phrase)] = point
    return found


def _titles() -> dict[tuple[str, ...], Meaning]:
    titles: dict[tuple[str, ...], Meaning] = {}
    for row in _rows("titles.tsv"):
        meaning = Meaning(row["kind"], row["role"], bool(row["caution"]))
        phrase = row["phrase"]
        if phrase.isupper():
            # "HE", "PM", "MP": only in capitals ("he" is a pronoun).
            titles[key(phrase)] = meaning
        else:
            titles[tuple(w.casefold() for w in key(phrase))] = meaning
    return titles


def _plural(word: str) -> str:
    """
    The plural of an office's last word: "ministers", "secretaries",
    "envoys", "ambassadors", "chairmen".

    >>> [_plural(w) for w in ["minister", "secretary", "envoy", "chairman"]]
    ['ministers', 'secretaries', 'envoys', 'chairmen']
    """
    if word.endswith("man"):
        return word[:-3] + "men"  # "chairmen", "spokeswomen"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


def _plural_titles() -> dict[tuple[str, ...], Meaning]:
    return {
        (*phrase[:-1], _plural(phrase[-1])): Meaning(row["kind"], row["role"])
        for row in _rows("titles.tsv")
        if row["kind"] == "office"
        and not row["caution"]
        and not row["phrase"].isupper()
        and (phrase := tuple(w.casefold() for w in key(row["phrase"])))[
            -1
        ].isalpha()
    }


def _speech() -> Index[SpeechVerb]:
    return _by_first(
        {
            key(form): SpeechVerb(row["lemma"], row["content"])
            for row in _rows("speech-verbs.tsv")
            for form in _values(row["forms"])
        }
    )


def _triggers() -> dict[str, list[Trigger]]:
    triggers: dict[str, list[Trigger]] = {}
    for row in _rows("event-triggers.tsv"):
        for form in _values(row["forms"]):
            # "**" is one mark, which the tokenizer would split in two.
            words = tuple(
                w.casefold()
                for part in form.split()
                for w in ((part,) if part in {"*", "**"} else key(part))
            )
            triggers.setdefault(words[0], []).append(
                Trigger(words, row["kind"], row["before"], row["after"])
            )
    for forms in triggers.values():
        forms.sort(key=lambda trigger: -len(trigger.words))
    return triggers


def _people() -> dict[tuple[str, ...], Person]:
    people: dict[tuple[str, ...], Person] = {}
    for row in _rows("people.tsv"):
        person = Person(row["name"], row["country"] or None, row["office"])
        for form in (person.name, *_values(row["aliases"])):
            people[key(form)] = person
    return people


@functools.cache
def country_domains() -> dict[str, tuple[str, bool]]:
    """
    The states of the country-code domains of news sites, and whether the
    domain is sold worldwide: "jp" -> (JPN, False), "co" -> (COL, True).
    """
    return {
        row["domain"]: (row["code"], row["sold"] == "worldwide")
        for row in _rows("country-domains.tsv")
    }


@functools.cache
def tables() -> Tables:
    """
    The tables, read on first use.
    """
    names = _names()
    country_names = {
        row["code"]: row["name"] for row in _rows("countries.tsv")
    }
    organisations = {
        row["id"]: Organisation(
            row["name"],
            row["kind"],
            row["country"] or None,
            row["reach"] == "world",
        )
        for row in _rows("organisations.tsv")
    }
    # Capitalised words of offices and bodies: "Foreign Affairs and
    # International Cooperation" goes on a title, never starts a name.
    office_words = (
        frozenset(
            word
            for row in _rows("titles.tsv")
            if row["kind"] == "office"
            for word in key(row["phrase"])
            if word[0].isupper()
        )
        | _OFFICE_WORDS
    )
    bodies = {
        tuple(w.casefold() for w in key(row["phrase"])): row["name"]
        for row in _rows("state-bodies.tsv")
    }
    titles = _by_first(_titles())
    plural_titles = _by_first(_plural_titles())
    bodies_index = _by_first(bodies)
    people = _people()
    return Tables(
        _by_first({k: tuple(v) for k, v in names.items()}),
        titles,
        bodies_index,
        office_words,
        people,
        _coordinates(),
        country_names,
        organisations,
        _speech(),
        _triggers(),
        frozenset(word.casefold() for word in titles).union(
            bodies_index, plural_titles
        ),
        frozenset(
            row["role"]
            for row in _rows("titles.tsv")
            if row["kind"] == EXPERT and row["role"] not in _OFFICE_HOLDERS
        ),
        frozenset(
            row["role"]
            for row in _rows("titles.tsv")
            if row["caution"] == "name"
        ),
        _state_forms(),
        _folded_people(people),
        plural_titles,
    )
