"""
One body prepared for the rules: tokens, paragraphs, sentences, quotations
and mentions, with the look-ups the statement and event rules share.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools

from collections.abc import Collection
from typing import Final

from .._dates import PartialDate
from .._models import Span
from .._resolve import find_dates
from ._mentions import (
    HONOURED,
    NAME,
    NOMINAL,
    PAIR,
    PERSON,
    PLACE,
    PRONOUN,
    STATE,
    STATE_GROUPS,
    Entity,
    Mention,
    Scanner,
    group_of,
)
from ._tables import (
    CAPITAL,
    CITY,
    COUNTRY,
    DEMONYM,
    HONORIFIC,
    Tables,
    key,
    longest_at,
    positions,
    straight,
    verb_starts,
)
from ._text import WEEKDAYS, Quote, quotes, sentences, tokenize


# The words that make an office a lesser one: "the President" is not the
# Vice President, "the Prime Minister" not a Deputy Prime Minister.
_LESSER: Final = frozenset(["vice", "deputy", "crown", "acting", "first"])
# Words a subject may be separated from its verb by: "Lavrov also said",
# "the minister has repeatedly stressed".
_PARENTHESIS_WORDS: Final = 6  # "(R-Texas)" is five tokens
# "the two sides", "both parties": people or states, whoever met.
SIDES: Final = frozenset(["sides", "parties"])
# Auxiliaries a manner adverb may follow before the verb: "had secretly
# met", "will personally attend".
_AUXILIARIES: Final = frozenset(
    ["has", "have", "had", "will", "would", "did", "does", "do"]
)
SKIPPABLE: Final = frozenset(
    [
        "also",
        "has",
        "have",
        "had",
        "further",
        "then",
        "later",
        "again",
        "earlier",
        "previously",
        "recently",
        "once",
        "would",
        "will",
        "been",
        "repeatedly",
        "reportedly",
        "did",
        "does",
        "do",
        "clearly",
        "strongly",
        "firmly",
        "publicly",
        "separately",
        "meanwhile",
        "subsequently",
        "yesterday",
        "today",
        "tonight",
        "last",
        "night",
        "finally",
        "additionally",
        "both",
        "each",  # "X, Y and Z each expelled a diplomat"
        "all",
        "jointly",
        "personally",
        "officially",
        "in",
        "turn",
        "himself",
        "herself",
        "themselves",
        "already",
    ]
)
# A period next to the article's date, between a subject and its verb.
_NEAR_PERIOD: Final = frozenset(["last", "this", "next"])
# Where a body posts what it says: "the ministry on Facebook said".
PLATFORMS: Final = frozenset(
    """x twitter facebook telegram instagram youtube weibo wechat linkedin
    tiktok""".split()  # noqa: SIM905
)
_PERIODS: Final = frozenset(["week", "weekend", "month", "year"])
# Tokens back to a single quote that opens a quotation: "'Arab States'".
_QUOTE_REACH: Final = 40
# Marks a single quote that opens a quotation may follow: "“'Friends of X'".
_OPENERS: Final = frozenset(["(", "“", '"'])
_SINGLE_QUOTES: Final = frozenset(["'", "‘"])
# Prepositions of where someone stands, before a body or its envoy that is
# then no subject: "protesters outside the embassy condemned".
_PLACING: Final = frozenset(
    """outside at near against behind inside opposite around""".split()  # noqa: SIM905
)
_DESCRIPTION_REACH: Final = 5  # "9 / 11 widow" before a name
_DESCRIPTION_WORDS: Final = 2  # "panel Chairman", "MSNBC host"
_ADVERB_LENGTH: Final = 5  # "-ly" words this long: "ally", "rally" are nouns
# "said X's top foreign policy aide, Y", "said X campaign manager Y": the
# words between the two names that describe the second.
_DESCRIBED_WORDS: Final = 4
# Lowercase words that open a clause or an adjunct, never a description.
_NOT_DESCRIPTIVE: Final = frozenset(
    """to of for with in on at by from and or nor the a an as that this than
    but if so not who whose whom which while when after before during since
    about said says told alongside beside near against among amid toward
    towards into via without like""".split()  # noqa: SIM905
)
# Mentions of a state through one of its places.
_PLACE_VIA: Final = frozenset([CAPITAL, CITY])
# What a place's name names before these: "the Cairo agreement", "the Doha
# talks", "the Astana process".
_PLACE_NAMED: Final = frozenset(
    """agreement accord accords declaration talks process format summit
    conference forum deal""".split()  # noqa: SIM905
)
# Capitalised words that name no one before a source: "Western diplomats".
_REGIONS: Final = frozenset(
    """Western Eastern Northern Southern European Asian African Arab Gulf
    Latin""".split()  # noqa: SIM905
)
_ASIDE_PREPOSITIONS: Final = frozenset(["in", "for", "on", "at", "during"])
_ASIDE_DETERMINERS: Final = frozenset(
    ["his", "her", "their", "its", "a", "the"]
)
# Verbs and adjectives that pass their subject on to the verb after "to".
_CATENATIVES: Final = frozenset(
    [
        "expected",
        "set",
        "due",
        "scheduled",
        "slated",
        "going",
        "planning",
        "plans",
        "plan",
        "planned",
        "intends",
        "intend",
        "poised",
        "ready",
        "willing",
        "about",
        "hopes",
        "hoping",
        "wants",
        "want",
        "seeks",
        "seeking",
        "decided",
        "decide",
        "agreed",
        "agree",
        "agrees",
        "likely",
        "unlikely",
        "keen",
        "eager",
        "able",
        "unable",
    ]
)
BE_FORMS: Final = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "'s", "'re", "am"]
)
# How far "according to" may be from its unnamed source: "a very senior
# government official".
_SOURCE_REACH: Final = 6
# People who speak without a name, also with a state's demonym before
# them: "Argentine officials", "a Norwegian diplomatic source".
NAMELESS_PEOPLE: Final = frozenset(
    [
        "official",
        "officials",
        "source",
        "sources",
        "diplomat",
        "diplomats",
        "observers",
        "insiders",
        "aides",
        "media",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "residents",
        "witnesses",
        "staff",
    ]
)
# Sources that speak without a name: "officials said", "a source told".
_UNNAMED_SOURCES: Final = NAMELESS_PEOPLE | frozenset(
    [
        "observer",
        "people",
        "critics",
        "aide",
        "insider",
        "authorities",
        "police",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "statement",
        "communique",
        "communiqué",
        "report",
        "reports",
        "document",
        "letter",
        "outlets",
        "newspaper",
        "daily",
        "agency",
        "agencies",
        "organisers",
        "organizers",
        "participants",
        "members",
        "lawmakers",
        "legislators",
        "activists",
        "protesters",
        "demonstrators",
        "campaigners",
        "press",
        "ministry",
        "declaration",
    ]
)
# Bodies that speak only as "the council" (not "the drafting committee"):
# the body of that name named before.
_NAMED_BODIES: Final = frozenset(["council", "committee", "commission"])
# Sources that speak for whoever wrote or issued them: "the statement
# said", "an Indian government statement".
DOCUMENT_NOUNS: Final = frozenset(
    [
        "statement",
        "communique",
        "communiqué",
        "document",
        "letter",
        "declaration",
    ]
)
_BODIES: Final = frozenset(["ministry", "government"]) | _NAMED_BODIES
# "members of the council", "officials in the ministry": words before a
# body that make its speakers nameless people.
_MEMBERS: Final = NAMELESS_PEOPLE | frozenset(["member", "members"])
_MEMBER_PREPOSITIONS: Final = frozenset(["of", "on", "in", "at", "from"])
_MEMBER_PHRASE: Final = 2  # tokens before the body: "members of the"
_THE_BODIES: Final = [["the", body] for body in sorted(_BODIES)]
# What "the document" may stand for, named or not.
_TEXTS: Final = DOCUMENT_NOUNS | {
    "memo",
    "report",
    "note",
    "message",
    "cable",
    "draft",
    "resolution",
    "communication",
}
# Nouns of an outlet after its name: "Nikkei newspaper reported".
_OUTLETS: Final = frozenset(["newspaper", "daily", "agency", "weekly"])
_BODY_LOOK_BACK: Final = 300  # tokens: the ministry named a few paragraphs up
# How far back a pronoun, title or "the two sides" looks for whom it
# means, in mentions; and how far before its verb a subject may stand, in
# tokens.  Both keep the work per word bounded on any text.
_LOOK_BACK: Final = 60
# What joins a mention to the one before it: "X and Y" (not a comma, which
# may close a fronted phrase: "On a trip to X, the minister ...").
_JOINED: Final = (["and"], ["or"])
_SUBJECT_REACH: Final = 40
# "the French leader": whoever was named with that country.
_GENERIC_ROLES: Final = frozenset(
    [
        "leader",
        "official",
        "diplomat",
        "top",
        "head",
        "counterpart",
        "envoy",
    ]
)
# The offices a description of office stands for: "the Head of State"
# is the president (or king, amir) named before, "the Premier" and "the
# head of government" the prime minister.
_OFFICE_NAMES: Final = {
    "head of state": (
        "president",
        "king",
        "queen",
        "amir",
        "emir",
        "sultan",
        "monarch",
        "emperor",
    ),
    "head of government": ("prime minister", "premier", "chancellor"),
    "premier": ("prime minister",),
}
# Keyed once: each office as the set of its words.
_OFFICES_OF: Final = {
    description: tuple(frozenset(key(office)) for office in offices)
    for description, offices in _OFFICE_NAMES.items()
}
_FORMER: Final = frozenset(["former", "ex"])
# Offices "both ministers", "the two presidents" name their holders by.
_PAIR_OFFICES: Final = frozenset(
    ["minister", "president", "ambassador", "premier", "chancellor"]
)
# Courtesy titles that say whom "he" or "she" can mean: "Mrs. X" is no "he".
_COURTESY_PRONOUN: Final = {
    "mr": "he",
    "mrs": "she",
    "ms": "she",
    "miss": "she",
}
_PRONOUN_FORMS: Final = {"him": "he", "his": "he", "her": "she", "hers": "she"}
_ONE_OF_TWO_REACH: Final = 80  # tokens back to the two "the latter" sorts
# Words that open a fronted phrase whose name is no list's first item:
# "Unlike Peru, Chile and Bolivia ...", "According to Peru, the EU ...".
_SCENE_WORDS: Final = frozenset(
    """in unlike like from despite than""".split()  # noqa: SIM905
)
# Before a place that "the latter" passes over: "met X in La Paz".
_WHERE_WORDS: Final = frozenset(["in", "at", "to", "from", "near"])
_SPOKESPERSON: Final = "spokesperson"  # the table's form of "spokesman"
_PREPOSITIONS: Final = frozenset(
    [
        "in",
        "at",
        "on",
        "from",
        "to",
        "with",
        "for",
        "of",
        "by",
        "during",
        "after",
        "before",
        "between",
        "among",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "against",
        "via",
        "through",
    ]
)


class Doc:
    """
    A body with everything the rules read from it.
    """

    def __init__(self, text: str, tables: Tables) -> None:
        self.text = text
        self.tables = tables
        self.tokens = tokenize(text)
        # One pass over the joined words rather than a call per word (no
        # token holds a space), and none where straight() gives the text
        # itself back: most bodies have no apostrophe to straighten.
        texts = self.tokens.texts
        self.words = (
            list(texts)
            if straight(text) is text
            else straight("\n".join(texts)).split("\n")
        )
        self.folded = list(map(str.casefold, self.words))
        self._bare_possessives()
        # Where a speech verb or an event trigger may start: one pass for
        # both, as most words start neither.
        self.verb_positions = positions(verb_starts(tables), self.folded)
        self.paragraphs: list[tuple[int, int]] = []
        self.sentences: list[tuple[int, int]] = []
        self.quotes: list[Quote] = []
        start = 0
        for paragraph in text.split("\n\n"):
            end = start + len(paragraph)
            self.paragraphs.append((start, end))
            going_on = bool(self.quotes) and self.quotes[-1].open_end
            found = quotes(paragraph, start, going_on=going_on)
            self.sentences.extend(_outside(sentences(paragraph, start), found))
            self.quotes.extend(found)
            start = end + 2
        self.sentence_starts = [s for s, _ in self.sentences]
        self.quote_starts = [q.start for q in self.quotes]
        # The offsets of every character of the quotations' marks.
        self.quote_marks = sorted(
            {k for q in self.quotes for k in range(q.outer_start, q.start)}
            | {k for q in self.quotes for k in range(q.end, q.outer_end)}
        )
        self.paragraph_starts = [s for s, _ in self.paragraphs]
        self.scanner = Scanner(
            text, self.tokens, self.words, self.folded, tables
        )
        self.mentions = self.scanner.scan()
        self.mention_at_end = {m.last: m for m in self.mentions}
        self.mention_at_start = {m.first: m for m in self.mentions}
        self.mention_ends = [m.end for m in self.mentions]
        self.mention_firsts = [m.first for m in self.mentions]
        self._title_named_later()
        self._dates: dict[
            tuple[int, dt.date | None], tuple[tuple[Span, PartialDate], ...]
        ] = {}

    def _title_named_later(self) -> None:
        """
        "received the Special Envoy of the President of Ruritania ... The
        Special Envoy, X, said": X, named with the title and no state in a
        later sentence of the paragraph or the next, holds the office the
        text gave a state before.
        """
        # The last title given a state: where, its words, the state.
        titled: tuple[int, set[str], str] | None = None
        seen: set[int] = set()
        for mention in self.mentions:
            entity = mention.entity
            if mention.what == NOMINAL:
                if mention.country is not None and mention.role:
                    titled = (
                        mention.start,
                        set(key(mention.role.casefold())),
                        mention.country,
                    )
                continue
            if entity is None or id(entity) in seen:
                continue
            seen.add(id(entity))  # a first mention only: no one named before
            if (
                titled is not None
                and entity.kind == PERSON
                and entity.country is None
                and entity.role is not None
                and self.sentence_index(mention.start)
                > self.sentence_index(titled[0])
                and self.paragraph_index(mention.start)
                - self.paragraph_index(titled[0])
                <= 1
                # "the Kazakh foreign minister ... Minister X": the one
                # title held, written fuller or shorter.
                and (
                    titled[1] <= (held := set(key(entity.role.casefold())))
                    or held <= titled[1]
                )
            ):
                entity.country = titled[2]

    def dates(
        self, sentence: int, reference: dt.date | None
    ) -> tuple[tuple[Span, PartialDate], ...]:
        """
        The date expressions of sentence number *sentence*, offsets relative
        to its start: events and statements both ask, so they are read once.
        With no reference, only dates that name their year.
        """
        found = self._dates.get((sentence, reference))
        if found is None:
            start, end = self.sentences[sentence]
            found = find_dates(self.text[start:end], reference)
            self._dates[sentence, reference] = found
        return found

    # -- positions -----------------------------------------------------------

    def token_at(self, offset: int) -> int:
        """
        The index of the first token that starts at or after *offset*.
        """
        return bisect.bisect_left(self.tokens.starts, offset)

    def quotes_between(self, start: int, end: int) -> list[Quote]:
        """
        The quotations that open between offsets *start* and *end*.
        """
        lo = bisect.bisect_left(self.quote_starts, start)
        hi = bisect.bisect_left(self.quote_starts, end)
        return self.quotes[lo:hi]

    def marks_between(self, start: int, end: int) -> bool:
        """
        Whether a quotation mark stands between offsets *start* and *end*.
        """
        i = bisect.bisect_left(self.quote_marks, start)
        return i < len(self.quote_marks) and self.quote_marks[i] < end

    def sentence_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def paragraph_index(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    # -- who a mention means -------------------------------------------------

    def previous_subject(
        self, offset: int, pronoun: str | None = None, *, named: bool = False
    ) -> Entity | None:
        """
        The person who was last the subject of a sentence before *offset*
        (the first person named in it), else the last person named; when
        *pronoun* ("he", "she") is given, not one a courtesy title says it
        cannot mean ("Mr. X" is no "she"), and with *named* only one it says
        it can.
        """
        index = bisect.bisect_left(self.mention_ends, offset) - 1
        floor = max(-1, index - _LOOK_BACK)
        sentence = self.sentence_index(offset)
        best: Entity | None = None
        while index > floor:
            mention = self.mentions[index]
            here = self.sentence_index(mention.start)
            if here != sentence:
                if best is not None:
                    return best
                sentence = here
            entity = mention.entity
            if (
                entity is None
                and mention.what == NOMINAL
                and mention.role
                and mention.role != HONOURED
            ):
                # "In Riyadh, the Special Envoy met X. He then ...": the
                # envoy named before, not X.
                entity = self.with_role(
                    mention.role, mention.country, mention.start
                )
            if (
                entity is not None
                and entity.kind == PERSON
                # "“We agree with Trump,” he said": Trump is talked about.
                and not self.quoted(mention.start)
                and (
                    pronoun is None
                    or self.addressed.get(entity, None if named else pronoun)
                    == pronoun
                )
            ):
                best = entity
            index -= 1
        return best

    def first_honoured(self, mention: Mention) -> Entity | None:
        """
        The first person named with the honorific *mention* is alone ("His
        Majesty" after "His Majesty Sultan X received ..."): the ruler the
        story is about, whoever else of his rank it names since.
        """
        if self.folded[mention.last : mention.last + 1] == ["the"]:
            return None  # "His Highness the Deputy Amir": a rank of its own
        return self._first_named_with(
            tuple(self.folded[mention.first : mention.last]), mention.start
        )

    def _first_named_with(
        self, honorific: tuple[str, ...], before: int, role: str = ""
    ) -> Entity | None:
        """
        The first person named before *before* with *honorific* in their
        name's words ("His Majesty King X", "President His Highness Sheikh
        X"), and holding the office *role* when one is asked for.
        """
        size = len(honorific)
        wanted = set(key(role.casefold()))
        return next(
            (
                named.entity
                for named in self.mentions
                if named.start < before
                and named.entity is not None
                and named.entity.kind == PERSON
                and (not role or _holds(wanted, named.entity.role))
                and any(
                    tuple(words[k : k + size]) == honorific
                    for words in [self.folded[named.first : named.last]]
                    for k in range(len(words) - size)
                )
            ),
            None,
        )

    def main_subject(self, first: int, token: int) -> Mention | None:
        """
        The subject of the sentence that starts at token *first*: its first
        mention before *token* that no preposition governs.
        """
        # From the sentence's start, however long it is ("Clinton, ...,
        # stressed ... bin Laden ... and said:"), a bounded number of them.
        lo = bisect.bisect_left(self.mention_firsts, first)
        hi = bisect.bisect_left(self.mention_firsts, token)
        governed: int | None = None  # where one a preposition governs ends
        for mention in self.mentions[lo : min(hi, lo + _SUBJECT_REACH)]:
            if (
                mention.first > first
                and self.folded[mention.first - 1] in _PREPOSITIONS
            ) or (
                governed is not None
                and self.folded[governed : mention.first] in _JOINED
            ):
                # "between Germany and Poland": both are the preposition's
                governed = mention.last
                continue
            if self.quoted(mention.start):
                continue  # "The American people ...," Sanders said
            return mention
        return None

    def quoted(self, offset: int) -> bool:
        """
        Whether *offset* is inside a quotation.
        """
        return self._quote_at(offset) is not None

    def closed_quote_holds(self, offset: int) -> bool:
        """
        Whether *offset* is inside a quotation whose closing mark the text
        gives.
        """
        quote = self._quote_at(offset)
        return quote is not None and not quote.open_end

    def _quote_at(self, offset: int) -> Quote | None:
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        if index < 0 or offset >= self.quotes[index].end:
            return None
        return self.quotes[index]

    def mentions_between(self, first: int, last: int) -> list[Mention]:
        starts = self.mention_firsts
        lo = bisect.bisect_left(starts, first)
        hi = bisect.bisect_left(starts, last)
        return self.mentions[lo:hi]

    def with_role(
        self, role: str, country: str | None, offset: int
    ) -> Entity | None:
        """
        The person most recently named before *offset* whose role is *role*
        ("the minister" -> the last minister named); at a sentence's start,
        the subject of the sentence before when it holds the role ("X said
        it was an honour to visit Prime Minister Y. The Prime Minister
        reaffirmed ...": X goes on).
        """
        return self._subject_with_role(
            role, country, offset
        ) or self._last_with_role(role, country, offset)

    def _former(self, offset: int) -> frozenset[Entity | None]:
        """
        Who is out of office for a title at *offset*: "the president" is
        no former one; "the former president" may be.
        """
        here = self.token_at(offset)
        return (
            frozenset()
            if here and self.folded[here - 1] in _FORMER
            else self.out_of_office
        )

    def _subject_with_role(
        self, role: str, country: str | None, offset: int
    ) -> Entity | None:
        folded = role.casefold()
        if folded in _GENERIC_ROLES or folded == "counterpart":
            return None
        subject = self._subject_going_on(offset)
        if (
            subject is None
            or subject.role is None
            or not _holds(set(key(folded)), subject.role)
            or (country is not None and subject.country not in {None, country})
            or subject in self._former(offset)
        ):
            return None
        return subject

    def _last_with_role(
        self, role: str, country: str | None, offset: int
    ) -> Entity | None:
        generic = role.casefold() in _GENERIC_ROLES
        wanted = set(key(role.casefold()))
        offices = _OFFICES_OF.get(role.casefold(), ())
        index = bisect.bisect_left(self.mention_ends, offset) - 1
        former = self._former(offset)
        floor = max(-1, index - _LOOK_BACK)
        # "her counterpart": someone of another state than her, who was
        # named last.
        other_than: str | None = None
        counterpart = role.casefold() == "counterpart"
        stand_in: Entity | None = None
        while index > floor:
            entity = self.mentions[index].entity
            index -= 1
            if entity is None or entity.kind != PERSON or entity in former:
                continue
            if counterpart and other_than is None:
                other_than = entity.country or "?"
                continue
            if counterpart and entity.country == other_than:
                continue
            if country is not None and entity.country not in {None, country}:
                continue
            if generic and (country is None or entity.country == country):
                return entity
            if entity.role is None:
                continue
            if _holds(wanted, entity.role):
                return entity
            # "the Premier" is the premier named, before a prime minister
            # named since; the prime minister when no premier was named.
            if stand_in is None and _holds_any(offices, entity.role):
                stand_in = entity
        return stand_in

    def _subject_going_on(self, offset: int) -> Entity | None:
        """
        The person the sentence before opens with, when the sentence at
        *offset* opens with the mention there ("The minister ..."): the
        subject a title at a sentence's start goes on with.
        """
        sentence = self.sentence_index(offset)
        start = self.sentence_starts[sentence]
        if sentence == 0 or self.text[start:offset].strip().casefold() not in {
            "",
            "the",
        }:
            return None
        before, before_end = self.sentences[sentence - 1]
        # The first mention that ends inside it (the mention at *offset*
        # follows, so there is one).
        index = bisect.bisect_right(self.mention_ends, before)
        mention = self.mentions[min(index, len(self.mentions) - 1)]
        entity = mention.entity
        opening = self.text[before : mention.start].strip().casefold()
        if (
            not before <= mention.start < before_end
            # the sentence's subject opens it: not "In talks with X, Y ..."
            or opening not in {"", "the"}
            # "Former Prime Minister X met ...": out of the office named.
            or "former" in self.text[mention.start : mention.end].casefold()
            or entity is None
            or entity.kind != PERSON
            or self.quoted(mention.start)
        ):
            return None
        return entity

    def untitled_before(
        self,
        country: str | None,
        offset: int,
        known: Collection[Entity],
        role: str = "",
    ) -> Entity | None:
        """
        The last person named with no title before *offset*, in its
        paragraph or the one before, when nobody with the title of "the
        minister" was: "sanctions on Karimi ... the Iranian minister wrote"
        is Karimi, whose office the text took as known.  Only one of
        *known* (who spoke before), or one the people table knows as of
        state *country*: a name alone says too little.
        """
        index = bisect.bisect_left(self.mention_ends, offset) - 1
        floor = max(-1, index - _LOOK_BACK)
        paragraph = self.paragraph_index(offset)
        well_known = self.scanner.by_known.values()
        while index > floor:
            mention = self.mentions[index]
            index -= 1
            if paragraph - self.paragraph_index(mention.start) > 1:
                return None
            entity = mention.entity
            if entity is None and mention.what == NAME:
                # "sanctions on Lavrov": a surname the people table knows.
                listed = self.tables.people.get(
                    tuple(self.words[mention.first : mention.last])
                )
                if listed is not None and listed.country == country:
                    entity = self.scanner.new_person(mention)
            if (
                entity is None
                or entity.kind != PERSON
                or entity.role is not None
                or self.quoted(mention.start)
                or not self._office_fits(entity, role)
            ):
                continue  # "the minister" is none of the titled
            if entity in known:
                return (
                    entity
                    if country is None or entity.country in {None, country}
                    else None
                )
            return (
                entity
                if country is not None
                and entity.country == country
                and entity in well_known
                else None
            )
        return None

    def _office_fits(self, entity: Entity, role: str) -> bool:
        """
        Whether the people table's office of *entity*, if it gives one, is
        of the title *role* ("the Turkish minister" is not the president).
        """
        listed = self.tables.people.get(key(entity.name))
        head = role.casefold().rsplit(None, 1)[-1:] if role else []
        return (
            listed is None
            or not listed.office
            or not head
            or head[0] in listed.office.casefold()
        )

    def named_later(
        self, role: str, country: str | None, offset: int
    ) -> Entity | None:
        """
        The first person named after *offset* whose role is *role*, when
        none was named before: "the crown prince said ... Crown Prince X".
        """
        folded = role.casefold()
        if folded in _GENERIC_ROLES or folded == "counterpart":
            return None
        wanted = set(key(folded))
        offices = _OFFICES_OF.get(folded, ())
        index = bisect.bisect_left(self.mention_ends, offset + 1)
        ceiling = min(len(self.mentions), index + _LOOK_BACK)
        while index < ceiling:
            entity = self.mentions[index].entity
            index += 1
            if (
                entity is not None
                and entity.kind == PERSON
                and entity.role is not None
                and (country is None or entity.country in {None, country})
                and (
                    _holds(wanted, entity.role)
                    or _holds_any(offices, entity.role)
                )
            ):
                return entity
        return None

    def _pronoun(
        self, mention: Mention, last_speaker: Entity | None
    ) -> Entity | None:
        """
        Who the pronoun *mention* is: "he" or "she" the last speaker, else
        the last person named; "the latter" one of the last two named.
        """
        word = self.folded[mention.first]
        if word == "the":
            return self._one_of_two(mention)
        # "he" and "she" are people: a state or ministry that spoke last is
        # not who "he" is.
        pronoun = _PRONOUN_FORMS.get(word, word)
        found = (
            last_speaker
            if last_speaker is not None and last_speaker.kind == PERSON
            else self.previous_subject(mention.start)
        )
        if found is None or self.addressed.get(found, pronoun) == pronoun:
            return found
        # "Mr. X said ... she said": the last "Mrs." or "Ms." before,
        # else the last subject no "Mr." names.
        return self.previous_subject(
            mention.start, pronoun, named=True
        ) or self.previous_subject(mention.start, pronoun)

    def _one_of_two(self, mention: Mention) -> Entity | None:
        """
        Who "the latter" (the last) or "the former" (the one before) of the
        two people named last before *mention* is; None unless two are.
        """
        people: list[Entity] = []
        floor = max(0, mention.first - _ONE_OF_TWO_REACH)
        for before in reversed(self.mentions_between(floor, mention.first)):
            entity = before.entity
            if (
                entity in people
                # "The latter said ... The former said": the two named
                or (before.what == PRONOUN and before.last - before.first > 1)
                # "met X in La Paz. The latter": a place passed over
                or (
                    before.first > floor
                    and self.folded[before.first - 1] in _WHERE_WORDS
                )
            ):
                continue
            if before.what != NAME or entity is None or entity.kind != PERSON:
                # "Peru and Ecuador, and the latter", "his counterpart,
                # and the latter": the two last named are not two people.
                return None
            people.append(entity)
            if len(people) == 2:  # noqa: PLR2004 - "the latter" of two
                latter = self.folded[mention.first + 1] == "latter"
                return people[0] if latter else people[1]
        return None

    def resolve(  # noqa: PLR0911 - one answer per kind of mention
        self,
        mention: Mention,
        last_speaker: Entity | None,
        speakers: Collection[Entity] = (),
    ) -> Entity | None:
        """
        The entity *mention* refers to: itself when named; for "he" or
        "she" the last speaker, else the last person named; for "the
        minister" the last minister named, else the last of *speakers*
        (or of the well-known) named with no title.
        """
        if mention.what == PLACE:
            return None
        if mention.what == NAME:
            if mention.entity is None:
                return self.scanner.new_person(mention)
            return mention.entity
        if mention.what == PRONOUN:
            return self._pronoun(mention, last_speaker)
        if mention.what == NOMINAL and mention.role == HONOURED:
            return self._honoured(mention, last_speaker, speakers)
        if mention.what == NOMINAL:
            # Every nominal has its role: "the minister".
            role = self._nominal_role(mention)
            found = (
                self._honoured_holder(mention)
                or self.with_role(role, mention.country, mention.start)
                or self.named_later(role, mention.country, mention.end)
                or self.untitled_before(
                    mention.country, mention.start, speakers, role
                )
            )
            if (
                found is None
                and _SPOKESPERSON in role.casefold()
                and last_speaker is not None
                and last_speaker.kind == PERSON
                # not "Lavrov said ... The Chinese spokesman said"
                and (
                    None in {mention.country, last_speaker.country}
                    or mention.country == last_speaker.country
                )
            ):
                # "X said ... But the spokesman also said": whoever speaks
                # for the government is its spokesman, whatever his title.
                found = last_speaker
            if found is None and mention.country is not None:
                # "the ambassador of Sweden", named nowhere before.
                return self.scanner.unnamed_official(mention)
            return found
        return self.last_two(mention)  # "the two sides"

    def _nominal_role(self, mention: Mention) -> str:
        """
        The office a nominal names: its role, the minister's for "the head
        of the X Foreign Ministry" when X is known.
        """
        role = mention.role or ""
        if mention.country is None:
            return role
        return _minister_heading(role, self.scanner.tables.office_words)

    @functools.cached_property
    def addressed(self) -> dict[Entity, str]:
        """
        The pronoun of each person named with a courtesy title ("Mr. X":
        "he"), where a pronoun is read.
        """
        found: dict[Entity, str] = {}
        both: set[Entity] = set()  # "Mr. Clinton" and "Mrs. Clinton"
        for mention in self.mentions:
            if mention.entity is None or mention.entity.kind != PERSON:
                continue
            # "Mr. X", also after a title in apposition: "the Speaker of
            # the House, Ms. X".
            pronoun = next(
                (
                    _COURTESY_PRONOUN[word]
                    for word in self.folded[mention.first : mention.last]
                    if word in _COURTESY_PRONOUN
                ),
                None,
            )
            if pronoun is None:
                continue
            if found.setdefault(mention.entity, pronoun) != pronoun:
                both.add(mention.entity)
        for entity in both:
            del found[entity]
        return found

    @functools.cached_property
    def out_of_office(self) -> frozenset[Entity | None]:
        """
        Who a title no longer fits: "former President X" is no one "the
        president" means.  Read only when a title is resolved.
        """
        return frozenset(
            m.entity
            for m in self.mentions
            if m.first and self.folded[m.first - 1] in _FORMER
        )

    def _honoured(
        self,
        mention: Mention,
        last_speaker: Entity | None,
        speakers: Collection[Entity],
    ) -> Entity | None:
        """
        Who an honorific means: the holder of the rank after it ("His
        Highness the Deputy Amir"), else the ruler it was first given to.
        """
        rank = self.mention_at_start.get(mention.last)
        if rank is not None and rank.what == NOMINAL:
            return self.resolve(rank, last_speaker, speakers)
        return self.first_honoured(mention) or self.previous_subject(
            mention.start
        )

    def _honoured_holder(self, mention: Mention) -> Entity | None:
        """
        For a title after an honorific ("His Highness the President"), the
        first person named with that honorific who holds the office
        ("President His Highness Sheikh X"), not the last president named.
        """
        found = longest_at(self.tables.titles, self.folded, mention.first)
        if found is None or found[1].type != HONORIFIC:
            return None
        return self._first_named_with(
            tuple(self.folded[mention.first : found[0]]),
            mention.start,
            mention.role or "",
        )

    def last_two(
        self, mention: Mention, wanted: frozenset[str] = frozenset()
    ) -> Entity | None:
        """
        "the two sides", "both countries": the last two persons (states,
        for countries) named before *mention*, as a group; of the kinds
        *wanted* when given.
        """
        if not wanted:
            wanted = (
                frozenset([STATE])
                if mention.role in STATE_GROUPS
                else frozenset([STATE, PERSON])
                if mention.role in SIDES
                else frozenset([PERSON])
            )
        office = office_of_pair(mention.role)
        if office:
            # "both ministers": the last two ministers, past a president.
            found = self._last_pair(mention, wanted, office)
            if found is not None:
                return found
        return self._last_pair(mention, wanted, frozenset())

    def _last_pair(
        self,
        mention: Mention,
        wanted: frozenset[str],
        office: frozenset[str],
    ) -> Entity | None:
        members: list[Entity] = []
        index = bisect.bisect_left(self.mention_ends, mention.start) - 1
        floor = max(-1, index - _LOOK_BACK)
        while index > floor and len(members) < PAIR:
            named = self.mentions[index]
            entity = named.entity
            index -= 1
            if entity is None or (
                named.via in _PLACE_VIA
                and (
                    self.folded[named.first - 1 : named.first] == ["in"]
                    or (
                        named.last < len(self.folded)
                        and self.folded[named.last] in _PLACE_NAMED
                    )
                )
            ):
                # "resumed talks in Vienna", "the Cairo agreement": where,
                # not who
                continue
            candidates = entity.members or (entity,)
            if wanted == {STATE}:
                # "Widodo and Lee met. The two countries signed ...": the
                # states the leaders speak for.
                candidates = tuple(
                    self.scanner.state_entity(c.country)
                    if c.kind == PERSON and c.country is not None
                    else c
                    for c in candidates
                )
            for candidate in candidates:
                if (
                    candidate.kind in wanted
                    # "his counterpart, X" holds the office of the other
                    and (
                        not office
                        or candidate.role == "counterpart"
                        or _holds(office, candidate.role)
                    )
                    and candidate not in members
                    and all(
                        m.country is None or m.country != candidate.country
                        for m in members
                    )
                ):
                    members.append(candidate)
        if len(members) < PAIR:
            return None
        return group_of((members[1], members[0]))

    # -- subjects ------------------------------------------------------------

    def _bare_possessives(self) -> None:
        """
        Reads an apostrophe alone after a name ending in s as the possessive
        it is ("Belarus' foreign ministry", "the Philippines' envoy"), as
        "'s" is read; not one that closes a quotation opened before it
        ("the ‘Friends of the Philippines’ said"), nor one before a verb.
        """
        words = self.words
        if "'" not in words:
            return  # most bodies: no loop over their words in Python
        starts, ends = self.tokens.starts, self.tokens.ends
        last = len(words) - 1
        opened = -_QUOTE_REACH - 1  # the last single quote that opened
        # Only the single quotes, found in one pass: not a branch a word.
        marks = [k for k, word in enumerate(words) if word in _SINGLE_QUOTES]
        for k in marks:
            if k == last:
                break
            word = words[k]
            if word == "‘" or (
                word == "'"
                and ends[k] == starts[k + 1]
                and (
                    k == 0
                    or ends[k - 1] < starts[k]
                    or words[k - 1] in _OPENERS
                )
            ):
                opened = k
            elif (
                word == "'"
                and k > 0
                and ends[k - 1] == starts[k]  # "Belarus'", no space
                and ends[k] < starts[k + 1]  # then a space
                and words[k - 1][-1:] in {"s", "S"}
                and words[k - 1][:1].isupper()
                and words[k + 1][:1].isalpha()
                and not words[k + 1].endswith("ed")  # "...' condemned"
                and k - opened > _QUOTE_REACH
            ):
                words[k] = self.folded[k] = "'s"

    def subject_before(self, token: int, floor: int) -> Mention | None:
        """
        The mention that is the subject of the verb at *token*: the one
        right before it, past adverbs and auxiliaries ("Lavrov also said"),
        an appositive ("Fidan, the foreign minister, said") or a relative
        clause ("Fidan, who arrived on Monday, said"); None when the words
        before the verb name nobody ("officials said").
        """
        words = self.folded
        if (
            words[token] == "quoted"
            and token > floor
            and words[token - 1] in BE_FORMS
        ):
            token -= 1  # "X was quoted as saying": X speaks
        j = self._clause_start(token, floor)
        mention = self.mention_at_end.get(j)
        if mention is not None:
            mention = self._posted_there(mention, floor)
            return self._group(self._whose_member(mention, floor), floor)
        if j > floor and words[j - 1] == "who":
            # "Prime Minister X, who said ...": the relative's antecedent.
            j -= 2 if j - 1 > floor and words[j - 2] == "," else 1
            mention = self._person_of_place(self.mention_at_end.get(j))
            return None if mention is None else self._group(mention, floor)
        if (
            j > floor
            and words[j - 1] == ","
            and not words[token].endswith("ing")
        ):
            mention = self.mention_at_end.get(j - 1)
            if mention is not None and "," in words[mention.first : j - 1]:
                # "Hakan Demir, the Turkish foreign minister, said": the
                # mention took in its appositive.
                return self._group(mention, floor)
            k = self._aside_comma(j, floor, mention)
            if k > floor and words[k] == ",":
                before = self.mention_at_end.get(k)
                if before is not None and not self._named_in_apposition(
                    before, mention, k
                ):
                    # "X of Ohio, a close ally, said" is X's; not a plural
                    # opening the sentence ("Delegates of Iran, the host,").
                    member = self._whose_member(before, floor)
                    if (
                        member is not before
                        and member.last - member.first == 1
                        and member.entity is None
                        and self.folded[member.first].endswith("s")
                    ):
                        member = before
                    return self._group(member, floor)
            if (
                mention is not None
                and mention.what == NAME
                and (mention.entity is None or mention.entity.kind == PERSON)
                and k == mention.first - 1
                and words[k] == ","
            ):
                # "X's campaign manager, Y, said": the name in apposition
                # to a description is who speaks.
                return mention
        return None

    def _aside_comma(self, j: int, floor: int, mention: Mention | None) -> int:
        """
        Back over an appositive or relative clause ending in the comma
        before token *j*, *mention* right before that comma: the comma
        that opens it, where its subject ends.
        """
        words = self.folded

        def comma_before(k: int) -> int:
            while k > floor and k > j - 30 and words[k] != ",":
                k -= 1
            return k

        k = comma_before(j - 2)
        if (
            mention is not None
            and k > floor
            and _place_of_its_state(self.mention_at_end.get(k), mention)
        ):
            # "X, the envoy resident in Kampala, Uganda, said": the state
            # of the city before it is no appositive (with no comma before
            # the city, "Diplomats in Kampala, Uganda, said", nothing else is).
            m = comma_before(k - 1)
            return m if m > floor and words[m] == "," else k
        return k

    def body_subject(self, token: int, floor: int) -> Mention | None:
        """
        The body named before that "the ministry" (or "the government") as
        the subject of the verb at *token* stands for: "the ministry
        summoned the envoy" after "the Kenyan Foreign Ministry".
        """
        j = self._clause_start(token, floor)
        if (
            j - 1 > floor
            and self.folded[j - 2 : j] in _THE_BODIES
            and not self.placed(j - 2, floor)
        ):
            return self.source_named(j - 1)
        return None

    def opening_body(self, first: int) -> Mention | None:
        """
        The body named before that "the ministry" (or "the council")
        opening a clause at token *first* stands for.
        """
        if self.folded[first : first + 2] in _THE_BODIES and not self.placed(
            first, first
        ):
            return self.source_named(first + 1)
        return None

    def placed(self, first: int, floor: int) -> bool:
        """
        Whether the noun phrase at *first* is where someone stands, not who
        acts: "protesters outside the embassy (in Lima) condemned",
        "students at the ministry".
        """
        before = first - 1
        return before >= floor and self.folded[before] in _PLACING

    def _posted_there(self, mention: Mention, floor: int) -> Mention:
        """
        The person or a state's envoy or body in the city *mention* names,
        when one stands before its "in": "the Chinese embassy in Canberra
        said" is the embassy's, not Australia's, and "President X in Oslo
        said" is X's.
        """
        before = mention.first - 1
        if mention.via not in _PLACE_VIA or before <= floor:
            return mention
        posted = self.mention_at_end.get(before)
        if self.folded[before] != "in" or posted is None:
            return mention
        entity = posted.entity
        if entity is not None and entity.kind == PERSON:
            return posted
        # "the Chinese embassy", "the Iranian ambassador": posted by a state
        # its words name; "the government in Beijing", "the ambassador in
        # Baku" and "a conference on Syria in London" take the city's.
        named = posted.country is not None and (
            entity is None or entity.kind != STATE
        )
        return posted if named else mention

    @staticmethod
    def _named_in_apposition(
        before: Mention, mention: Mention | None, comma: int
    ) -> bool:
        """
        Whether *mention*, right after the comma at *comma*, is the person
        that *before* only describes: "The chairman of the bloc, Prime
        Minister X, said", "Japan's envoy to China, X, said" are X.
        """
        return (
            mention is not None
            and mention.first == comma + 1
            and mention.what == NAME
            and mention.entity is not None
            and mention.entity.kind == PERSON
            and (before.entity is None or before.entity.kind != PERSON)
        )

    def _whose_member(self, mention: Mention, floor: int) -> Mention:
        """
        The person before "of" *mention* ("Tom Harlan of the Sierra Club
        said"): the member speaks, not the body he belongs to.
        """
        of = mention.first - 1
        if of <= floor or self.folded[of] != "of":
            return mention
        member = self.mention_at_end.get(of)
        if (
            member is not None
            and member.what == NAME
            and (member.entity is None or member.entity.kind == PERSON)
            and not self._lone_title(member)
        ):
            return member
        return mention

    def _person_of_place(self, mention: Mention | None) -> Mention | None:
        """
        The person that *mention*, a place after "of", says where he is
        from: "Senator X of Ohio, who said" is X's words, not Ohio's (one
        word the tables do not know reads as a person's name).
        """
        if (
            mention is None
            or (
                mention.entity is not None
                and mention.entity.kind == PERSON
                and mention.last - mention.first > 1
            )
            or self.folded[mention.first - 1] != "of"
        ):
            return mention
        person = self.mention_at_end.get(mention.first - 1)
        if (
            person is None
            or person.entity is None
            or person.entity.kind != PERSON
        ):
            return mention
        return person

    def _lone_title(self, mention: Mention) -> bool:
        """
        Whether *mention* is one word of an office and no name: "Chief" in
        "Chief of Kuwait Fire Force Lt Gen X said", where X speaks.
        """
        return (
            mention.last - mention.first == 1
            and self.words[mention.first] in self.tables.office_words
        )

    def _clause_start(self, token: int, floor: int) -> int:
        """
        Where the words before the verb at *token* stop being adverbs,
        auxiliaries and catenatives: the subject ends there.
        """
        words = self.folded
        j = token
        while j > floor:
            if (
                words[j - 1] in SKIPPABLE
                or self._adverb_after_name(j - 1)
                or (
                    j - 2 >= floor
                    and words[j - 2] in _AUXILIARIES
                    and _manner_adverb(self.words[j - 1])
                )
            ):
                j -= 1  # also "had secretly met": an adverb after "had"
            elif (
                j - 2 >= floor
                and words[j - 2] == "on"
                and words[j - 1] in WEEKDAYS
            ):
                j -= 2  # "the Amir on Saturday addressed a cable"
            elif (
                j - 2 >= floor
                and words[j - 2] in _NEAR_PERIOD
                and words[j - 1] in _PERIODS
            ):
                j -= 2  # "the Senate last week urged", "X this month said"
            elif (
                j - 2 >= floor
                and words[j - 2] in {"on", "via"}
                and words[j - 1] in PLATFORMS
            ):
                j -= 2  # "the ministry on Facebook said": not Facebook
            elif (
                words[j - 1] == ")"
                and j not in self.mention_at_end
                and (opening := self._parenthesis_before(j - 1, floor)) < j
            ):
                j = opening  # "the Financial Gazette (FG) said"
            elif (aside := self._aside_before(j, floor)) < j:
                j = aside  # "Modi in his response said", "X for his part said"
            elif (
                j - 2 >= floor
                and words[j - 1] == "to"
                and words[j - 2] in _CATENATIVES
            ):
                # "X and Y are expected to hold talks": X and Y hold them.
                j -= 2
                if j > floor and words[j - 1] in BE_FORMS:
                    j -= 1
            else:
                break
        return j

    def _adverb_after_name(self, k: int) -> bool:
        """
        Whether the word at *k* is a manner adverb right after a name
        ("Sorel jokingly said", "X warmly praised"): a lowercase "-ly" word
        that a mention ends before ("X's family said" is no adverb), but
        not a noun that a name modifies ("the X family said").
        """
        return (
            _manner_adverb(self.words[k])
            and (mention := self.mention_at_end.get(k)) is not None
            and not self._name_as_modifier(mention)
        )

    def _name_as_modifier(self, mention: Mention) -> bool:
        """
        Whether *mention* is a person's name after an article, which makes
        it a modifier of the noun that follows ("the Sorel family said").
        """
        return (
            self.folded[mention.first] in {"the", "a", "an"}
            and mention.what == NAME
            and (mention.entity is None or mention.entity.kind == PERSON)
        )

    def _parenthesis_before(self, close: int, floor: int) -> int:
        """
        Where a short parenthesis closing at token *close* opens ("(FG)",
        "(R-Texas)"), else *close* + 1.
        """
        words = self.folded
        for k in range(
            close - 1, max(floor, close - _PARENTHESIS_WORDS) - 1, -1
        ):
            if words[k] == "(":
                return k
        return close + 1

    def _aside_before(self, j: int, floor: int) -> int:
        """
        Where a short prepositional aside before token *j* starts ("in his
        response", "for his part", "in a written statement"), else *j*.
        """
        words = self.folded
        for size in (3, 4):
            k = j - size
            if (
                k >= floor
                and words[k] in _ASIDE_PREPOSITIONS
                and words[k + 1] in _ASIDE_DETERMINERS
                and all(w.isalpha() and w.islower() for w in words[k + 2 : j])
                and self.words[k].islower()
            ):
                return k
        return j

    def _group(self, mention: Mention, floor: int) -> Mention:
        """
        "Bayramov and Cavusoglu said": both, as a group.
        """
        first = mention.first
        if first - 2 >= floor and self.folded[first - 1] == "and":
            serial = self.folded[first - 2] in {",", ";"}
            # "A, B, and C", "A; B; and C": a list of people only.
            other = self.mention_at_end.get(first - 1 - serial)
            listed = [] if other is None else self._listed_before(other, floor)
            if (
                other is not None
                and other.what == NAME
                and mention.what == NAME
                and (
                    not serial
                    or (
                        listed
                        and (
                            _people(other, mention) or _powers(other, mention)
                        )
                    )
                    # "A, Foreign Minister of X, and B": the comma closes
                    # A's appositive, not a list's item.
                    or (
                        "," in self.folded[other.first : other.last]
                        and _people(other, mention)
                        # the subject's first name, not an object's: "X
                        # received A, minister of Y, and B said"
                        and (
                            other.first == floor
                            or self.folded[other.first - 1] == ","
                        )
                    )
                )
            ):
                # "Narimanli and Hakan Demir said": a name met for the first
                # time is a new person of the group.
                a = other.entity or self.scanner.new_person(other)
                b = mention.entity or self.scanner.new_person(mention)
                if a is not b:
                    people = [m.entity for m in listed if m.entity is not None]
                    head = listed[0] if listed else other
                    return Mention(
                        head.first,
                        mention.last,
                        head.start,
                        mention.end,
                        NAME,
                        group_of(tuple(dict.fromkeys((*people, a, b)))),
                    )
        return mention

    def _listed_before(self, mention: Mention, floor: int) -> list[Mention]:
        """
        The people listed before *mention* in "A, B and C" or "A; B; and
        C" (each with its appositive), or the states named as countries
        before a state ("Britain, Canada and Australia"): a place before a
        comma ("In Baku, X and Y met") sets the scene instead.
        """
        alike = _powers if _powers(mention) else _people
        listed: list[Mention] = []
        k = mention.first
        while k - 2 >= floor and self.folded[k - 1] in {",", ";"}:
            before = self.mention_at_end.get(k - 1)
            if before is None or not alike(before):
                break
            listed.insert(0, before)
            k = before.first
        if listed and (
            not _SCENE_WORDS.isdisjoint(self.folded[k - 1 : k])
            or self.folded[k - 2 : k] == ["according", "to"]
        ):
            # "In Peru, Chile and Bolivia met", "Unlike Peru, the EU and
            # the US imposed ...": the first is a fronted phrase's.
            return []
        return listed

    def subject_after(self, token: int, ceiling: int) -> Mention | None:
        """
        The mention right after the verb at *token* ("said Lavrov", "said
        the minister").
        """
        # "said panel Chairman Rep. Jason Chaffetz", "said MSNBC host X",
        # "said 9/11 widow X": a few words of description may stand before
        # the name.
        described = 0
        for k in range(token, min(token + _DESCRIPTION_REACH, ceiling)):
            mention = self.mention_at_start.get(k)
            if mention is not None:
                described_name = self._described_name(mention.last, ceiling)
                if described_name is not None:
                    return described_name
                if self.folded[mention.last : mention.last + 1] == ["'s"]:
                    return None  # "reports about Dhaka's purchase": no speaker
                return mention
            word = self.words[k]
            if self.folded[k] == "that":
                return None  # "noting that Mohammad Yunus ...": the clause
            described += word.isalpha()
            if described > _DESCRIPTION_WORDS or not (
                word.isalnum() or word == "/"
            ):
                return None
        return None

    def _described_name(self, token: int, ceiling: int) -> Mention | None:
        """
        The person named after a few lowercase words that describe him,
        right after the name ending at *token*: "X's campaign manager, Y",
        "X campaign manager Y", "X's Y" are Y.
        """
        words = self.folded
        k = token + (words[token : token + 1] == ["'s"])
        described = k - token
        named = self.mention_at_end.get(token)
        # "said X greeting Y": after a person, a participle takes Y as its
        # object; after a body, "-ing" describes ("Oversight ranking member")
        after_person = (
            named is not None
            and named.entity is not None
            and named.entity.kind == PERSON
        )
        word = ""
        while k < ceiling and described <= _DESCRIBED_WORDS:
            mention = self.mention_at_start.get(k)
            if mention is not None:
                person = (
                    mention.entity is None or mention.entity.kind == PERSON
                )
                return (
                    mention
                    if described
                    and person
                    and mention.what == NAME
                    and not (after_person and word.endswith("ing"))
                    else None
                )
            word = self.words[k]
            if word == "," and described and k + 1 in self.mention_at_start:
                k += 1
                continue
            if (
                not word[:1].islower()
                or not word.replace("-", "").isalpha()
                or word in _NOT_DESCRIPTIVE
            ):
                return None
            described += 1
            k += 1
        return None

    def unnamed_source_after(self, token: int, ceiling: int) -> int:
        """
        Where an unnamed source right after *token* ends ("the statement",
        "diplomatic sources"), or 0.
        """
        k = token
        while k < ceiling and k < token + _SOURCE_REACH:
            if self.folded[k] in _UNNAMED_SOURCES:
                if self.folded[k + 1 : k + 2] == ["service"]:
                    return 0  # "the press service": a body, not the press
                return k + 1
            if not self.folded[k].isalpha() or (
                self.words[k][0].isupper() and self.words[k] not in _REGIONS
            ):
                return 0
            k += 1
        return 0

    def source_named(self, token: int) -> Mention | None:
        """
        Who the unnamed source at *token* stands for: the author named right
        before a document ("an Indian government statement", "the
        ministry's statement"), or the body of that name named before ("the
        ministry" after "the Turkish Foreign Ministry").
        """
        words = self.folded
        noun = words[token]
        if noun in _OUTLETS:
            return self._outlet_named(token)
        if noun == "press":
            # "a Foreign Ministry press release": the ministry; "the Danish
            # press" names no one.
            author = self.mention_at_end.get(token)
            return None if author is None or author.via == DEMONYM else author
        if noun in DOCUMENT_NOUNS:
            end = token - 1 if words[token - 1 : token] == ["'s"] else token
            author = self.mention_at_end.get(end)
            if author is not None:
                return author
            # "the declaration" (or "the document") after "the Astana
            # Declaration"; not past a nearer one it may mean ("Iran issued
            # its own declaration. The declaration said ...").
            kinds = _TEXTS if noun == "document" else {noun}
            for k in range(token - 1, max(0, token - _BODY_LOOK_BACK), -1):
                if words[k] in kinds:
                    return self.mention_at_end.get(k + 1)
        if noun in _BODIES and not self._members_of(token):
            # "a member of the council" is no one named
            return self._body_named(token)
        return None

    def _members_of(self, token: int) -> bool:
        """
        Whether the body at token *token* is where nameless people stand:
        "members of the council", "officials of the ministry", "diplomats
        on the council" are no one, not the body.
        """
        words = self.folded
        return (
            token > _MEMBER_PHRASE
            and words[token - 1] == "the"
            and words[token - 2] in _MEMBER_PREPOSITIONS
            and words[token - 3] in _MEMBERS
        )

    def _body_named(self, token: int) -> Mention | None:
        """
        The body named before that "the ministry" (or "the council") at
        token *token* stands for: "the Turkish Foreign Ministry", "the
        Ministry of Foreign Affairs of Chile".
        """
        words = self.folded
        noun = words[token]
        for mention in reversed(
            self.mentions_between(max(0, token - _BODY_LOOK_BACK), token)
        ):
            if (
                (
                    words[mention.last - 1] == noun
                    # "X, chairman of the committee": not the committee
                    and (
                        noun not in _NAMED_BODIES
                        or mention.entity is None
                        or mention.entity.kind != PERSON
                    )
                )
                or (
                    mention.entity is not None
                    and mention.entity.kind != PERSON
                    and noun in words[mention.first : mention.last]
                )
            ):
                return mention
        return None

    def _outlet_named(self, token: int) -> Mention | None:
        """
        The outlet named before the noun at *token*: "Nikkei newspaper",
        "the Kyodo news agency"; not "an Iranian newspaper", which names
        no outlet.
        """
        words = self.folded
        end = token - 1 if words[token - 1 : token] == ["news"] else token
        named = self.mention_at_end.get(end)
        if (
            named is not None
            and named.what == NAME
            and (named.entity is None or named.entity.kind != STATE)
        ):
            return named
        return None

    def is_unnamed_source(self, token: int) -> bool:
        """
        Whether the word before *token* is a common noun of a source that
        has no name ("officials", "a source", "the statement").
        """
        words = self.folded
        if token > 0 and words[token - 1] == ",":
            # "Officials, who spoke on condition of anonymity, said".
            k = token - 2
            while k > 0 and k > token - _SUBJECT_REACH and words[k] != ",":
                k -= 1
            relative = k > 0 and words[k + 1 : k + 2] in (["who"], ["which"])
            token = k if relative else token
        if token > 1 and words[token - 1] in _NAMED_BODIES:
            return words[token - 2] == "the"
        return token > 0 and words[token - 1] in _UNNAMED_SOURCES


def _outside(
    spans: list[tuple[int, int]], quoted: list[Quote]
) -> list[tuple[int, int]]:
    """
    Sentences joined where a quotation runs across their boundary: the
    quotation and its cue stay in one sentence.
    """
    inside = [(q.start, q.end) for q in quoted if not q.open_end]
    if not inside:
        return spans  # most paragraphs: no quotation to keep whole
    joined: list[tuple[int, int]] = []
    at = 0  # both lists are in order: walk them together
    for start, end in spans:
        while at < len(inside) and inside[at][1] <= start:
            at += 1
        if joined and at < len(inside) and inside[at][0] < start:
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


__all__ = ["DOCUMENT_NOUNS", "NAMELESS_PEOPLE", "Doc"]


def _place_of_its_state(place: Mention | None, state: Mention) -> bool:
    """
    Whether *place* is a city or capital that the *state* after it, a
    comma between them, places: "Kampala, Uganda".
    """
    return (
        place is not None
        and place.via in {CAPITAL, CITY}
        and state.via == COUNTRY
        and place.entity is not None
        and place.entity is state.entity
    )


def _states(*mentions: Mention) -> bool:
    """
    Whether each of *mentions* names a state by its name as a country (not
    by a city, which is as often a place).
    """
    return all(
        m.what == NAME
        and m.via == COUNTRY
        and m.entity is not None
        and m.entity.kind == STATE
        for m in mentions
    )


def _powers(*mentions: Mention) -> bool:
    """
    Whether each of *mentions* names a state by its name as a country, or
    an organisation of the tables ("the US, the UK and the EU").
    """
    return all(
        _states(m)
        or (m.what == NAME and m.entity is not None and m.entity.org)
        for m in mentions
    )


def office_of_pair(role: str | None) -> frozenset[str]:
    """
    The words of the office two people of "both ministers" or "the two
    presidents" hold, or none for "the two sides" or "both leaders".
    """
    if not role or not role.endswith("s"):
        return frozenset()
    words = key(role.casefold()[:-1])
    if words[-1:] and words[-1] in _PAIR_OFFICES:
        return frozenset(words[1:] if words[0] in {"two", "both"} else words)
    return frozenset()


def _minister_heading(role: str, portfolios: frozenset[str]) -> str:
    """
    The office of "the head of the X Foreign Ministry" or "the head of the
    Ministry of Defence of X": its minister ("Foreign Minister", "Defence
    Minister"), when the word before or after "ministry" is one of the
    *portfolios*; any other role as it is.
    """
    words = role.casefold().split()
    if words[:2] != ["head", "of"] or "ministry" not in words:
        return role
    at = words.index("ministry")
    portfolio = (
        words[at + 2]
        if words[at + 1 : at + 2] == ["of"] and at + 2 < len(words)
        else words[at - 1]
    )
    if portfolio.title() not in portfolios:
        return role  # "the head of the ministry of X"
    return f"{portfolio.title()} Minister"


def _holds_any(offices: tuple[frozenset[str], ...], role: str) -> bool:
    """
    Whether the office *role* is one of the *offices* that a description
    of office ("the Head of State") stands for.
    """
    return any(_holds(office, role) for office in offices)


def _holds(wanted: set[str] | frozenset[str], role: str | None) -> bool:
    """
    Whether the office *role* is the one of the words *wanted*: it has them
    all, and none after a word that makes it a lesser office ("Vice
    President" is no "president"; "Deputy Amir and Crown Prince" is the
    "deputy amir").
    """
    words = key((role or "").casefold())
    return wanted.issubset(words) and not any(
        lesser in _LESSER and lesser not in wanted and word in wanted
        for lesser, word in itertools.pairwise(words)
    )


def _people(*mentions: Mention) -> bool:
    """
    Whether each of *mentions* names a person already known.
    """
    return all(
        m.what == NAME and m.entity is not None and m.entity.kind == PERSON
        for m in mentions
    )


def _manner_adverb(word: str) -> bool:
    """Whether *word* is a lowercase "-ly" adverb: "secretly", "warmly"."""
    return (
        word.endswith("ly")
        and len(word) >= _ADVERB_LENGTH
        and word.isalpha()
        and word.islower()
    )
