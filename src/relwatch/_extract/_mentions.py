"""
Mentions of actors in a body, and the actors they refer to.

A mention is a run of tokens that names or points to an actor: "Iranian
President Massoud Pezeshkian" (a person with role and country), "Baku" (a
state, by its capital), "the Turkish Foreign Ministry" (an organisation of
its state), "the minister" or "he" (someone named before).  Mentions of the
same actor share one `Entity`: a surname after a full name, a first name
after an honorific ("Sheikh Tamim"), a title after a titled name.
"""

from __future__ import annotations

import functools
import itertools
import re

from collections.abc import Callable, Sequence
from typing import Final

from .._models import ActorKind
from .._resolve import MONTHS
from ._tables import (
    CAPITAL,
    CITY,
    COUNTRY,
    DEMONYM,
    EXPERT,
    HONORIFIC,
    METONYM,
    OFFICE,
    ORGANISATION,
    Meaning,
    Person,
    Tables,
    folded_name,
    key,
    longest_at,
)
from ._text import WEEKDAYS, Tokens


PERSON: Final = ActorKind.PERSON
STATE: Final = ActorKind.STATE
ORG: Final = ActorKind.ORGANIZATION
GROUP: Final = ActorKind.GROUP

# What a mention is, besides a name.
NAME: Final = "name"
PRONOUN: Final = "pronoun"
NOMINAL: Final = "nominal"
PLACE: Final = "place"  # "the Presidential Palace", "the Gulf of Guinea"
TWO: Final = "two"
PAIR: Final = 2  # the two sides of an interaction, of a group  # "the two sides", "both leaders"

_DETERMINERS: Final = frozenset(
    [
        "the",
        "The",
        "his",
        "His",
        "her",
        "Her",
        "its",
        "Its",
        "their",
        "Their",
        "a",
        "A",
        "an",
        "An",
    ]
)
_PRONOUNS: Final = frozenset(["he", "He", "she", "She"])
_OPENERS: Final = _DETERMINERS | _PRONOUNS | {"both"}
_POSSESSIVE_PRONOUNS: Final = frozenset(["his", "His", "her", "Her"])
# "the latter", "the former": one of the two people named last.
ONE_OF_TWO: Final = frozenset(["latter", "former"])
# What follows "the latter" told of a person: a possessive, a stop or a verb,
# as in "at the latter's residence" or "as the latter arrived"; not a noun,
# as in "the former minister" or "the latter half".
_AFTER_ONE_OF_TWO: Final = frozenset(
    """'s , . ; ) is was has had will would also said says""".split()  # noqa: SIM905
)
_PARTICLES: Final = frozenset(
    [
        "bin",
        "bint",
        "ibn",
        "al",
        "el",
        "de",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "dos",
        "das",
        "del",
        "ul",
        "ud",
        "ben",
        "abu",
        "Abu",
        "Al",
        "El",
        "Bin",
        "Ibn",
    ]
)
# Capitalised words that never start or continue a person's name.
_NOT_NAMES: Final = (
    frozenset(
        [
            "A",
            "An",
            "Summit",
            # Sources with no name, capitalised at a sentence's start.
            "Officials",
            "Sources",
            "Diplomats",
            "Observers",
            "Analysts",
            "Experts",
            "Residents",
            "Witnesses",
            "Critics",
            "Aides",
            "Insiders",
            "Authorities",
            "The",
            "This",
            "That",
            "These",
            "Those",
            "There",
            "Their",
            "They",
            "Them",
            "He",
            "She",
            "It",
            "Its",
            "His",
            "Her",
            "Him",
            "We",
            "Our",
            "Us",
            "You",
            "Your",
            "I",
            "Me",
            "My",
            "Mine",
            "Who",
            "Whom",
            "Whose",
            "What",
            "Which",
            "When",
            "Where",
            "Why",
            "How",
            "In",
            "On",
            "At",
            "For",
            "From",
            "To",
            "By",
            "With",
            "Without",
            "Of",
            "Off",
            "Over",
            "Under",
            "And",
            "But",
            "Or",
            "Nor",
            "So",
            "Yet",
            "If",
            "As",
            "Also",
            "Both",
            "Either",
            "Neither",
            "Each",
            "Every",
            "All",
            "Any",
            "Some",
            "No",
            "Not",
            "After",
            "Before",
            "During",
            "While",
            "Since",
            "Until",
            "Upon",
            "Into",
            "Onto",
            "Amid",
            "Among",
            "Between",
            "Against",
            "About",
            "Above",
            "Below",
            "Across",
            "Through",
            "Throughout",
            "Despite",
            "According",
            "Meanwhile",
            "However",
            "Moreover",
            "Furthermore",
            "Therefore",
            "Thus",
            "Hence",
            "Earlier",
            "Later",
            "Today",
            "Tonight",
            "Yesterday",
            "Tomorrow",
            "Now",
            "Then",
            "Here",
            "Still",
            "Even",
            "Already",
            "Indeed",
            "Instead",
            "Otherwise",
            "Besides",
            "Accordingly",
            "Additionally",
            "Again",
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Read",
            "More",
            "Photo",
            "Source",
            "Related",
            "Click",
            "See",
            "Watch",
            "Follow",
            "Share",
            "Advertisement",
            "Video",
            "Update",
            "Breaking",
            "Exclusive",
            "Opinion",
            "Analysis",
            "Editorial",
            "Comment",
            "News",
            "Live",
            "Undoubtedly",
            "Unfortunately",
            "Fortunately",
            "Perhaps",
            "Actually",
            "Course",
            "Last",
            "Next",
            "First",
            "Second",
            "Third",
            "One",
            "Two",
            "Three",
            "Several",
            "Many",
            "Most",
            "Other",
            "Another",
            "Such",
            "Similarly",
            "Likewise",
            # Subordinators and adverbs opening a sentence: "Although X
            # said ...", "Once in my youth, I ...", "Wait, it gets better:".
            "Although",
            "Though",
            "Because",
            "Unless",
            "Whether",
            "Whereas",
            "Whenever",
            "Once",
            "Ever",
            "Shortly",
            "Beyond",
            "Unlike",
            "Having",
            "Wait",
            # A transcript's heading: "Partial transcript as follows:".
            "Transcript",
            "Partial",
            "Excerpt",
            "Excerpts",
            # Sentence adverbs: "Just last month, X ...", "Elsewhere, X ...".
            "Just",
            "Only",
            "Elsewhere",
            "Within",
            "Separately",
            "Nevertheless",
            "Nonetheless",
            "Recently",
            "Previously",
            "Initially",
            "Eventually",
            "Ultimately",
            "Finally",
            "Speaking",
            "Addressing",
            "Asked",
            "Responding",
            "Referring",
            "Commenting",
            "Noting",
            "Stressing",
            "Welcoming",
            "Meeting",
            "Following",
            "Highness",
            "Majesty",
            "Excellency",
            "Royal",
            "Eminence",
            "Holiness",
            "State",
            "Official",
            "Working",
            "Joint",
        ]
    )
    | {day.title() for day in WEEKDAYS}
    | {month.title() for month in MONTHS}
)
# Capitalised words that open sentences and never a mention, unless a
# title starts with them: the scan passes them by.
_SENTENCE_WORDS: Final = (
    _NOT_NAMES
    - _DETERMINERS
    - _PRONOUNS
    - _POSSESSIVE_PRONOUNS
    - {"Summit", "Both", "Two", "Three"}
)
# Words that make the title after them another office: "Deputy Amir".
# Honorifics of anyone: a title word after them is a surname ("Mr. King").
_COURTESIES: Final = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr"])
_TITLE_PREFIXES: Final = frozenset(
    [
        "Deputy",
        "Vice",
        "Acting",
        "Former",
        "Interim",
        "Assistant",
        "Senior",
        "First",
        "Second",
    ]
)
# Words that make a capitalised run a place, no actor.
_PLACE_HEADS: Final = frozenset(
    """Palace Lawn Lawns Village Gulf Strip Caucasus Square Hall Hotel
    Centre Center Building Residence Guesthouse Street Avenue Airport
    Stadium Park Sea Ocean Bay Strait River Lake Island Islands Peninsula
    Region Province Valley Mountains Desert Corridor Canal Port Shoal
    Reef Border""".split()  # noqa: SIM905
)
_CENTRES: Final = frozenset(["Center", "Centre"])
# Words that make a "Center" an institution: "the Pew Research Center".
_INSTITUTION_WORDS: Final = frozenset(
    """Research Policy Studies Strategic Analysis Rights Justice Law
    Security Peace Development Economic Economics Health Medical Innovation
    Monitoring Documentation""".split()  # noqa: SIM905
)
# An organisation's "for" tail: "Institute for the Study of War".
_NAMED_FOR_REACH: Final = 8
_NAME_JOINERS: Final = frozenset(["and", "of", "&"])
# Cautioned names that news gives a person seldom, a state's verb often:
# "Israel said", "Turkey has recalled" (not "Jordan said").
# (not Holland, a surname as often, nor Congo, two states)
_STATES_FIRST: Final = frozenset(
    """Israel Turkey Guinea Niger Benin Korea Ireland Macedonia""".split()  # noqa: SIM905
)
_PLACE_TYPES: Final = frozenset([COUNTRY, CAPITAL, CITY])
# An organisation's name before its acronym: its small words pass over.
_ACRONYM_NAME_REACH: Final = 8
_ACRONYM_SMALL_WORDS: Final = frozenset(["the", "of", "and", "&", "for", "on"])
# The last words of an "on" tail that names a field, not a topic of the
# day: "the Council on Foreign Relations", "the Commission on Human Rights".
_FIELDS: Final = frozenset(
    """Relations Affairs Rights Disarmament Security Cooperation Trade
    Development Migration Refugees Justice Change Studies""".split()  # noqa: SIM905
)
# The last words of regions: "Central Asia", "the Middle East", "West
# Africa" name places, not people ("Bank of America" is an organisation).
_REGION_HEADS: Final = frozenset(
    """Asia Africa America Americas Europe East Balkans Sahel Pacific
    Arctic Mediterranean Atlantic Maghreb Levant""".split()  # noqa: SIM905
)
# The regions a portfolio in a list of them may be of: "Minister of
# Foreign Affairs, African Cooperation and Nationals Abroad".
_PORTFOLIO_REGIONS: Final = frozenset(
    """African Arab Asian European Gulf Latin American Caribbean Pacific
    Islamic Francophone""".split()  # noqa: SIM905
)
# The endings of abstract nouns, which no one's name has: a run of
# capitalised words with one ("Border Facilitation") names a topic.
# Of the endings of abstract nouns, those no surname has ("Scott Gration"
# has one of -tion).
_ABSTRACT_ENDINGS: Final = ("ment", "ity")
_NOUN_ENDINGS: Final = ("tion", "sion", *_ABSTRACT_ENDINGS)
# Given names with those endings: "Clement Attlee", "Felicity Ruiz".
_NAMES_OF_NOUN_ENDINGS: Final = frozenset(
    ["Clement", "Charity", "Felicity", "Trinity", "Verity", "Frances"]
)
# The endings of plural abstract nouns, which no surname has either: "Natural
# Resources", "Bilateral Relations", "Strategic Partnerships".
# ("Clements", "Vences" and "Torrices" are surnames: not -ments, -ces.)
_PLURAL_ABSTRACT_ENDINGS: Final = (
    "ities",
    "ions",
    "ships",
    "ources",
    "vices",
    "inces",
    "ances",
)
_TOPIC_ENDINGS: Final = (*_ABSTRACT_ENDINGS, *_PLURAL_ABSTRACT_ENDINGS)
# Numbers, which no one's name holds (a king's comes after it, "Charles
# III", so a run that opens on one is none): "the Big Four agenda", "the
# Second Ministerial Conference", "the IX Binational Meeting".  Not "Ten",
# as in "Ten Hag", nor "XI", Xi in capitals.
_NUMBER_WORDS: Final = frozenset(
    """One Two Three Four Five Six Seven Eight Nine Eleven Twelve
    Twenty Hundred Thousand Second Third Fourth Fifth Sixth Seventh Eighth
    Ninth Tenth Eleventh Twelfth""".split()  # noqa: SIM905
)
_NUMERAL_LETTERS: Final = frozenset("IVX")
_NOUN_ENDING_MIN: Final = 5
# The owners a list of demonyms may follow: "his Chilean, Peruvian and
# Bolivian counterparts".
_LIST_OWNERS: Final = frozenset(["his", "her", "their"])
# What stands before an item of a list: "areas: A, B and C; D".
_LIST_MARKS: Final = frozenset([",", ";", ":", "and", "&"])
# A person's name after a body's head word in a title's tail: "Head of the
# Policy Department Levan Kapanadze".
_NAME_AFTER_BODY_MIN: Final = 2
_NAME_AFTER_BODY_MAX: Final = 4
_SURNAME_IN_CAPITALS_MIN: Final = 3  # "MOTEGI", not "MP"
# The marks of a possessive: "X's office", "X’s office".
POSSESSIVES: Final = frozenset(["'s", "’s"])
# Prepositions whose object a name is, so never the subject of a verb
# after it: "In his meeting with X, the Minister said".
_GOVERNING: Final = frozenset(["with", "to", "from", "by", "for"])
# Words that make a capitalised run an organisation, not a person.
_ORG_HEADS: Final = frozenset(
    [
        "Ministry",
        "Council",
        "Agency",
        "Organization",
        "Organisation",
        "Committee",
        "Commission",
        "Parliament",
        "Assembly",
        "Government",
        "Office",
        "Embassy",
        "Bank",
        "Party",
        "Union",
        "Foundation",
        "Institute",
        "University",
        "College",
        "Corporation",
        "Company",
        "Fund",
        "Authority",
        "Department",
        "Court",
        "Force",
        "Forces",
        "Army",
        "Navy",
        "Guard",
        "Guards",
        "Corps",
        "Front",
        "Movement",
        "Group",
        "Association",
        "Federation",
        "Center",
        "Centre",
        "Institution",
        "Endowment",
        "Observatory",
        "Service",
        "Services",
        "Secretariat",
        "Administration",
        "Cabinet",
        "Presidency",
        "Declaration",
        "Agreement",
        "Forum",
        "Summit",
        "Conference",
        "Initiative",
        "Program",
        "Programme",
        "News",
        "Times",
        "Post",
        "Press",
        "Television",
        "Radio",
        "TV",
        "Network",
        "Journal",
        "Herald",
        "Tribune",
        "Gazette",
        "Daily",
        "Bureau",
        "League",
        "Alliance",
        "Coalition",
        "Community",
        "Chamber",
        "Senate",
        "Congress",
        "House",
        "Mission",
        "Delegation",
        "Board",
        "Directorate",
        "Inc",
        "Ltd",
        "Corp",
        "LLC",
        "Holdings",
        "Airways",
        "Airlines",
        "Treaty",
        "Charter",
        "Accord",
        "Accords",
        "Convention",
        "Protocol",
        "Pact",
        "Plan",
        "Palace",
        "Tribunal",
        "Police",
        "Brigade",
        "Brigades",
        "Battalion",
        "Regiment",
        "Division",
        "Command",
        "Fleet",
        "Family",
        "Operation",
        "Corridor",
        "Railway",
        "Project",
        "Games",
        "Cup",
        "Festival",
        "Expo",
        "Exhibition",
        "Day",
        "Week",
    ]
)
# "the two sides", "both countries": the two actors just named.
_GROUP_NOUNS: Final = frozenset(
    [
        "sides",
        "leaders",
        "ministers",
        "presidents",
        "parties",
        "countries",
        "nations",
        "states",
        "delegations",
        "officials",
        "heads",
        "governments",
        "counterparts",
        "diplomats",
        "kings",
        "men",
        "women",
    ]
)
# People who act for their state as a body: "40 German diplomats".
_PEOPLE_NOUNS: Final = frozenset(
    [
        "diplomats",
        "diplomat",
        "officials",
        "envoys",
        "delegates",
        "nationals",
        "troops",
        "forces",
        "authorities",
        "side",
        "leadership",
        "leaders",
    ]
)
# Heads of states together, as a clause may name them after its opening:
# "On Tuesday, the presidents agreed", "the heads of state welcomed".
_PLURAL_HEADS: Final = frozenset(
    ["presidents", "premiers", "kings", "emirs", "heads"]
)
# "the presidents exchanged congratulations": the two just named.
_PLURAL_OFFICES: Final = frozenset(
    ["presidents", "leaders", "premiers", "kings", "emirs", "sides", "parties"]
)
STATE_GROUPS: Final = frozenset(
    ["countries", "nations", "states", "governments"]
)
_DOCUMENTS: Final = frozenset(
    """Declaration Statement Communique Communiqué Charter Accord Accords
    Treaty Protocol Process Format Initiative""".split()  # noqa: SIM905
)
_LOOK_BACK_ENTITIES: Final = 40
_MAX_NAME_WORDS: Final = 7
# Words of the name after "Ambassador to Georgia": "Anna Bell", "Anna
# Maria Bell"; more are a body's or a title's ("Niger Delta Affairs Ann Bell").
_PERSON_AFTER_STATE: Final = range(2, 4)
_MAX_INITIALS: Final = 3  # "AK Abdul Momen", "TCA Raghavan"
_BODY_REACH: Final = 4  # words of a body's name: "National Security Council"
_SECOND_PORTFOLIO: Final = 4  # "and Natural Resources Minister": to the title
_RECENT_PER_WORD: Final = 8
_UNSEEN: Final = object()  # a word not looked up yet
_REGNAL: Final = frozenset(
    [
        "II",
        "III",
        "IV",
        "VI",
        "VII",
        "VIII",
        "IX",
        "XI",
        "XII",
        "XIV",
        "XV",
        "XVI",
    ]
)
HONOURED: Final = "honoured"  # the role of "His Majesty", "HH" alone
# Words that join phrases, never describe the holder of a title.
# People of two states at once: "the foreign ministers of A and B".
_PLURAL_HOLDERS: Final = frozenset(
    """ministers presidents leaders heads representatives envoys
    ambassadors delegations officials""".split()  # noqa: SIM905
)
_FUNCTION_WORDS: Final = frozenset(
    """to of for with in on at by from and or the a an as that this than
    but if so not""".split()  # noqa: SIM905
)
_DETERMINER_NEXT: Final = frozenset({"two", "both", "three"})
# The people of states a list of demonyms goes before: "the Kazakh and
# Kyrgyz delegations", "the Chilean and Peruvian presidents".
_PAIRED_PEOPLE: Final = (
    _PLURAL_HOLDERS
    | _PLURAL_OFFICES
    | STATE_GROUPS
    | {"delegates", "counterparts"}
)
# Titles whose holder serves a state at an organisation: "UN Ambassador X".
_STATE_ENVOYS_THERE: Final = ("Ambassador", "Representative")
# Words of the titles of those posted abroad: "in Iraq" after them is where
# they serve, not whom ("head of mission in Iraq").
_POSTED_ABROAD: Final = (
    "ambassador",
    "envoy",
    "representative",
    "charg",
    "consul",
    "mission",
    "attach",
)
# Capitalised adjectives of a region, no name alone: "the Eastern
# partnership", "Western allies", "the African continent" (but "Eastern
# Europe").
_COMPASS: Final = frozenset(
    """Eastern Western Northern Southern Central African European Asian
    Arab Gulf""".split()  # noqa: SIM905
)
# Words that are no name alone but go on one: "Nguyen Van An".
_INSIDE_NAMES: Final = frozenset({"An", "No", "Le"})
# Capital letters that are also words, so no name word alone: "A", "I".
_LETTER_WORDS: Final = frozenset({"A", "I", "O"})
_NICK_MARKS: Final = frozenset("\"“”'‘’")
# Words that carry a title on: "of Azerbaijan", "for Foreign Affairs", "to
# Georgia", "and Foreign Minister", "at the Foreign Ministry".
_TAIL_WORDS: Final = frozenset(["of", "for", "to", "and", "at"])

# Words of titles and modifiers before one name: "His Highness the Deputy
# Amir and Crown Prince Sheikh" and no more, so each word is read a bounded
# number of times.
_MAX_MODIFIERS: Final = 24
# Capitalised words of a body's name after its state: "the Office of the
# United States Trade Representative".
_BODY_NAME_REACH: Final = 3
# A state body's press service speaks for the body, and so for its state.
_PRESS_BODIES: Final = frozenset(
    [
        "Press Office",
        "Press Service",
        "Press Wing",
        "Presidential Press Office",
        "Presidential Press Service",
    ]
)
# The bodies of state-bodies.tsv (by their name there) that speak for their
# state, as the guide has "ministries, governments, presidencies and royal
# courts" do: "the Government of X" is X, but "the Parliament of X" or "the
# Embassy of X" is an organisation of X.
_STATE_VOICES: Final = (
    frozenset(
        [
            "Government",
            "Administration",
            "Cabinet",
            "Presidency",
            "Presidential Administration",
            "Royal Court",
            "Treasury",
        ]
    )
    | _PRESS_BODIES
)
_STATE_VOICE_HEADS: Final = ("Ministry", "Department", "Office")
# Whose "Office of the ..." is a presidency or a prime minister's office,
# a voice of the state as the bodies above are.
_LEADERS: Final = frozenset(["President", "Prime Minister", "Vice President"])


class Entity:
    """
    One actor of the article, with everything its mentions say about it.
    """

    __slots__ = (
        "affiliation",
        "aliases",
        "country",
        "kind",
        "members",
        "name",
        "org",
        "role",
        "words",
    )

    def __init__(
        self,
        kind: str,
        name: str,
        country: str | None = None,
        role: str | None = None,
        org: str | None = None,
    ) -> None:
        self.kind = kind
        self.name = name
        self.country = country
        self.role = role
        self.org = org
        self.affiliation: str | None = None
        self.words = frozenset(_name_words(key(name)))
        self.aliases: list[str] = []
        self.members: tuple[Entity, ...] = ()

    def written(self, form: str) -> None:
        """
        Record a form the article writes this state or organisation's name
        in: its name is the fullest of them ("the U.N." is "U.N." in an
        article that never writes "United Nations").
        """
        if form not in self.aliases:
            self.aliases.append(form)

    def best_name(self) -> str:
        if not self.aliases:
            return self.name
        return max(self.aliases, key=len)

    def __repr__(self) -> str:
        return f"Entity({self.kind}, {self.name!r}, {self.country}, {self.role!r})"


def _speaks_for_state(body_name: str) -> bool:
    """
    Whether the state body named *body_name* (its name in state-bodies.tsv)
    speaks for its state.
    """
    return body_name in _STATE_VOICES or body_name.endswith(_STATE_VOICE_HEADS)


def group_of(members: Sequence[Entity]) -> Entity:
    """
    The group of *members* ("Bayramov and Cavusoglu", "Ethiopia and
    Egypt"), of their state when they share one.
    """
    group = Entity(GROUP, " and ".join(m.best_name() for m in members))
    group.members = tuple(members)
    countries = {m.country for m in members}
    if len(countries) == 1:
        group.country = countries.pop()
    return group


class Mention:
    """
    A run of tokens that names or points to an actor.

    ``first`` and ``last`` are token indexes (``last`` exclusive); ``start``
    and ``end`` character offsets.  ``what`` is `NAME`, `PRONOUN` or
    `NOMINAL`; ``via`` is the table a state was found through (a capital is
    a place as often as a state).
    """

    __slots__ = (
        "country",
        "end",
        "entity",
        "first",
        "last",
        "role",
        "start",
        "via",
        "what",
    )

    def __init__(  # noqa: PLR0913, PLR0917 - a plain record
        self,
        first: int,
        last: int,
        start: int,
        end: int,
        what: str,
        entity: Entity | None = None,
        role: str | None = None,
        country: str | None = None,
        via: str | None = None,
    ) -> None:
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.what = what
        self.entity = entity
        self.role = role
        self.country = country
        self.via = via

    def __repr__(self) -> str:
        return (
            f"Mention({self.start}:{self.end} {self.what} {self.entity!r}"
            f" role={self.role!r} country={self.country})"
        )


# Arabic articles and Romance particles glued to a surname: "al-Sudani",
# "el-Sisi", "d'Estaing".
_GLUED_PARTICLES: Final = frozenset(
    ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "d", "l"]
)


def _glued_surname(word: str) -> str | None:
    """
    The surname in "al-Sudani" ("Sudani"), or None when *word* is no
    lowercase particle glued to a capitalised name.
    """
    if "-" not in word and "'" not in word:
        return None  # most words: nothing glued
    for mark in "-'":
        particle, glued, rest = word.partition(mark)
        if glued and particle in _GLUED_PARTICLES and rest[:1].isupper():
            return rest
    return None


# A word that starts with a lowercase particle and its mark, after the line
# break before it in the words joined: the only words `_surnames_alone`
# changes or reads.  The break comes first, a literal the engine leaps to
# (an anchor it would try at every character).
_GLUED_START: Final = re.compile(
    "\n(?:" + "|".join(sorted(_GLUED_PARTICLES)) + ")[-']"
)


def _surnames_alone(words: list[str]) -> list[str]:
    """
    *words* with a glued surname that stands alone ("al-Shaibani said")
    after a full name that ends with it ("Asaad Hassan al-Shaibani")
    capitalised, as it is at a sentence's start, so a mention starts there;
    *words* itself when there is none.
    """
    named: set[str] = set()
    changed: list[str] | None = None
    # Most bodies glue no particle to a word: one scan in C finds the few
    # words to read (no token holds a line break), not a call per word.
    joined = "\n" + "\n".join(words)
    k = -1  # the index of the word after the last break counted
    at = 0
    for found in _GLUED_START.finditer(joined):
        k += joined.count("\n", at, found.end())
        at = found.end()
        word = words[k]
        if _glued_surname(word) is None:
            continue  # "al-qaeda", "d'accord": nothing glued to a name
        if k > 0 and _is_name_word(words[k - 1]):
            named.add(word)  # "Hassan al-Shaibani": the full name
        elif word in named:
            if changed is None:
                changed = list(words)
            changed[k] = word[0].upper() + word[1:]
    return words if changed is None else changed


# Names whose words a process keeps (an LRU bound: some 1 MB).
_KEPT_NAMES: Final = 4096


# The marks of a rank held once, in brackets after it.
_RETIRED: Final = frozenset(["retd", "rtd", "retired"])
# Offices whose title names their organisation by an adjective: a
# European Commissioner serves the EU, no state.
_OFFICE_ORGANISATIONS: Final = {"European Commissioner": "eu"}


def _is_name_word(word: str) -> bool:
    first = word[0]
    return (
        first.isupper()
        and word not in _NOT_NAMES
        and (len(word) > 1 or first.isalpha())
        and not word.isdigit()
        # "I'm", "I’d": the writer, no name
        and word.replace("’", "'").partition("'")[0] != "I"
    )


def _name_words(words: Sequence[str]) -> tuple[str, ...]:
    """
    The words of a name that name its bearer alone: no particles, and
    "al-Sudani" as "Al-Sudani" and "Sudani", the forms a later mention
    starts with.
    """
    return _words_of_name(tuple(words))


@functools.lru_cache(maxsize=_KEPT_NAMES)
def _words_of_name(words: tuple[str, ...]) -> tuple[str, ...]:
    # Kept for the process: a name comes back in every mention of it.
    found: list[str] = []
    for word in words:
        surname = _glued_surname(word)
        if surname is not None:
            found += (word[0].upper() + word[1:], surname)
        elif word not in _PARTICLES and word[0].isupper():
            found.append(word)
    return tuple(found)


# Words whose answers a process keeps; past this, they are forgotten at
# once (a word's answer never changes, so this only bounds the memory).
_KEPT_WORDS: Final = 50_000  # some 4 MB of words


class _WordTest(dict[str, bool]):
    """
    The answers of *test* about each word, worked out on first use and
    kept for the process: the grammar asks about the same words again and
    again, in every body.
    """

    def __init__(self, test: Callable[[str], bool]) -> None:
        super().__init__()
        self.test = test

    def __missing__(self, word: str) -> bool:
        if len(self) >= _KEPT_WORDS:
            self.clear()
        answer = self[word] = self.test(word)
        return answer


_NAME_WORD: Final = _WordTest(_is_name_word)


def _opens_on_numeral(first: str, second: str) -> bool:
    """
    Whether a run of names opens on a Roman numeral ("IX Binational"): not
    one letter ("I Wayan Koster"), a name in capitals ("XI JINPING") nor
    Xi's surname so written ("XI Jinping").
    """
    return (
        len(first) > 1
        and first != "XI"
        and _NUMERAL_LETTERS.issuperset(first)
        and not second.isupper()
    )


def _in_brackets(words: list[str], k: int) -> bool:
    """Whether one word stands in brackets at *k*: "(GCC)"."""
    return k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")"


def _abbreviates(acronym: str, name: list[str]) -> bool:
    """
    Whether *acronym* can stand for the words of *name*: at least half its
    letters begin one of them, as "ELN" (a name in another tongue) does
    "National Liberation Army" and "PHOTO" or "UTC" does no name.
    """
    initials = {word[0].upper() for word in name}
    return 2 * sum(letter in initials for letter in acronym) >= len(acronym)


@functools.lru_cache(maxsize=4)
def _opens(phrase_starts: frozenset[str]) -> _WordTest:
    """
    Whether a mention may start at a word, for the tables whose phrases
    start with *phrase_starts*: a capital, a determiner or pronoun, or the
    start of a phrase.
    """
    opening = phrase_starts | {word.casefold() for word in _OPENERS}
    return _WordTest(
        lambda word: word[0].isupper() or word.casefold() in opening
    )


class Scanner:
    """
    Finds the mentions of one body and links them to entities.
    """

    def __init__(
        self,
        text: str,
        tokens: Tokens,
        words: list[str],
        folded: list[str],
        tables: Tables,
    ) -> None:
        self.text = text
        self.tokens = tokens
        words = _surnames_alone(words)
        self.words = words
        self.folded = folded
        self._names: list[object] = [_UNSEEN] * len(words)
        self.tables = tables
        starts = tables.phrase_starts
        # The words a mention may start at: a capital, a determiner or
        # pronoun, the start of a title or a body (and a few more, which
        # the scan turns away).  One pass in C, as most words are none.
        self._candidates = list(
            itertools.compress(
                range(len(words)), map(_opens(starts).__getitem__, words)
            )
        )
        # The titles at every word, looked up at once where one may start:
        # the grammar asks about most words, again and again.
        self._titles: list[tuple[int, Meaning] | None] = [None] * len(words)
        for i in self._candidates:
            if folded[i] in starts:
                self._titles[i] = self._title_lookup(i)
        self.entities: list[Entity] = []
        self.states: dict[str, Entity] = {}
        self.orgs: dict[str, Entity] = {}
        # Acronyms the text gives another organisation than the tables do:
        # "the European Council (EC)", then "the EC" is that council.
        self.acronyms: dict[str, str] = {}
        self.bodies: dict[str, Entity] = {}  # by body name, the last named
        self.state_forms: list[Mention] = []  # "the Kingdom", to be told
        # Where a list of demonyms was read and made no group: read again
        # from any of its words, it would fail the same way.
        self._no_demonyms: set[int] = set()
        # Where a title opens a person's name right after a body's "of" tail
        # ("the Parliament of Georgia Speaker X"), the state the tail named:
        # the person's, as "the Georgian Parliament Speaker X" is Georgian.
        self._title_after_tail: dict[int, str] = {}
        self.by_word: dict[str, list[Entity]] = {}  # persons by name word
        self.by_known: dict[str, Entity] = {}  # by their people-table name
        self._name_word = _NAME_WORD

    # -- table look-ups at a token ----------------------------------------

    def _name_at(self, i: int) -> tuple[int, tuple[Meaning, ...]] | None:
        # Each word is looked up once: the grammar asks again and again.
        if i >= len(self.words):
            return None
        cached = self._names[i]
        if cached is _UNSEEN:
            # Most words start no name: no look-up for them.
            cached = self._names[i] = (
                self._name_lookup(i)
                if self.words[i] in self.tables.names
                else None
            )
        return cached  # type: ignore[return-value]

    def _name_lookup(self, i: int) -> tuple[int, tuple[Meaning, ...]] | None:
        found = longest_at(self.tables.names, self.words, i)
        if found is None or not all(m.caution for m in found[1]):
            return found
        # "Jordan", "Chad", "Georgia", "Male", "Trend": also a person's
        # name or a word.  Read as the place only where a name does not go
        # on before or after it.
        end = found[0]
        words = self.words
        if end == i + 1 and words[i] in self.by_word:
            return None  # "Salem" after "Fahad Salem": the person
        # A paragraph break ends what goes on: "... in Ankara" then
        # "Turkey's minister" below it is no name running on.
        after = (
            words[end]
            if end < len(words) and not self._break_before(end)
            else "."
        )
        before = words[i - 1] if i > 0 and not self._break_before(i) else "."
        if (
            _is_name_word(after)
            and longest_at(self.tables.titles, self.folded, end) is None
            # "the Georgian Foreign Ministry": a state's body, as a title
            and self._body_at(end) is None
        ):
            return None
        if _is_name_word(before) and before not in _DETERMINERS:
            return None
        if (
            after in {"is", "was", "has", "said"}
            and before in {".", ",", "“", "”", '"'}
            and words[i] not in _STATES_FIRST
        ):
            return None  # "Jordan said": a person more often than not
        return found

    def _break_before(self, i: int) -> bool:
        """
        Whether a paragraph break stands between token *i* and the one
        before it.
        """
        tokens = self.tokens
        return "\n" in self.text[tokens.ends[i - 1] : tokens.starts[i]]

    def _title_at(self, i: int) -> tuple[int, Meaning] | None:
        titles = self._titles
        return titles[i] if i < len(titles) else None

    def _title_lookup(self, i: int) -> tuple[int, Meaning] | None:
        found = longest_at(self.tables.titles, self.folded, i)
        if found is None and self.words[i].isupper():
            found = longest_at(self.tables.titles, self.words, i)
        if found is None:
            found = self._plural_title_at(i)
        if (
            found is not None
            and found[1].key in self.tables.surname_titles
            and self._listed_from(i)
        ):
            return None  # "Amir Khan Muttaqi", "Sultan Al Jaber": a name
        return found

    def _plural_title_at(self, i: int) -> tuple[int, Meaning] | None:
        """
        An office in the plural before the names it is theirs: "Presidents
        X and Y", "Foreign Ministers X of A and Y of B" (not "the foreign
        ministers met").
        """
        found = longest_at(self.tables.plural_titles, self.folded, i)
        if found is None or not self.words[i][:1].isupper():
            return None
        end = found[0]
        if end >= len(self.words) or not self.words[end][:1].isupper():
            return None
        return found

    def _listed_from(self, i: int) -> bool:
        """
        Whether the words from *i* on are the full name of someone of the
        people table.
        """
        return any(
            self._table_person(self.words[i:end]) is not None
            for end in range(
                i + 2, min(len(self.words), i + _MAX_NAME_WORDS) + 1
            )
        )

    def _goes_on_as_name(self, end: int) -> bool:
        """
        Whether the capitalised words of a name go on at *end*, past a
        state body's word ("the Senate Banking Committee", "the Senate
        Democratic leadership"); not a title there ("the Foreign Ministry
        Spokesperson"), nor a known name or a day ("the Embassy Tuesday").
        """
        words = self.words
        return (
            end < len(words)
            and _is_name_word(words[end])
            and words[end].isalpha()
            and self._title_at(end) is None
            and self._name_at(end) is None
        )

    def _press_of(self, end: int) -> tuple[int, str] | None:
        """
        Where the press service right after a state body ending at token
        *end* ends ("'s press service", "press office"), and its name in
        the bodies' table, else None.
        """
        k = end + 1 if self.folded[end : end + 1] == ["'s"] else end
        press = self._body_at(k)
        if press is None or press[1] not in _PRESS_BODIES:
            return None
        return press

    def _body_at(self, i: int) -> tuple[int, str] | None:
        bodies = self.tables.bodies
        if i >= len(self.folded) or self.folded[i] not in bodies:
            return None  # most words: no body's name starts with them
        return longest_at(bodies, self.folded, i)

    # -- the scan -----------------------------------------------------------

    def scan(self) -> list[Mention]:
        """
        Every mention, in order, each linked to its entity where the text
        says which.
        """
        found: list[Mention] = []
        words = self.words
        n = len(words)
        folded = self.folded
        titles = self.tables.titles
        bodies = self.tables.bodies
        title_at = self._titles
        free = 0  # the first word after the last mention
        for i in self._candidates:
            if i < free:
                continue
            word = words[i]
            if word[0].isupper():
                # (The sentence words are all capitalised.)
                if word in _SENTENCE_WORDS and title_at[i] is None:
                    continue  # "But", "In", "It": no mention starts here
            elif word in _DETERMINERS:
                # "the", "a", "his": worth a look only before a name, a
                # title, a body or "two".
                following = folded[i + 1] if i + 1 < n else "."
                if not (
                    following in ONE_OF_TWO
                    or words[i + 1 if i + 1 < n else i][0].isupper()
                    or following in _DETERMINER_NEXT
                    or following in titles
                    or following in bodies
                    # "..., the presidents agreed", "the heads of state"
                    or following in _PLURAL_HEADS
                ):
                    continue
            elif not (
                word in _PRONOUNS
                or word == "both"  # "..., both countries agreed"
                or folded[i] in titles
                or folded[i] in bodies
            ):
                continue
            mention = self._mention(i)
            if mention is not None:
                found.append(mention)
                free = mention.last
        return found

    def _one_of_two(self, i: int) -> Mention | None:
        """
        "the latter" or "the former" at token *i* told of a person ("as the
        latter arrived", "at the latter's residence"), a pronoun; None for
        "the former minister" or "the latter half".
        """
        folded = self.folded
        after = folded[i + 2] if i + 2 < len(folded) else "."
        if folded[i] != "the" or not (
            after in _AFTER_ONE_OF_TWO
            # a verb, not a name: "the former United States envoy"
            or (after.endswith("ed") and self.words[i + 2].islower())
        ):
            return None
        start, end = self._span(i, i + 2)
        return Mention(i, i + 2, start, end, PRONOUN)

    def _span(self, first: int, last: int) -> tuple[int, int]:
        return self.tokens.starts[first], self.tokens.ends[last - 1]

    def _mention(self, i: int) -> Mention | None:  # noqa: C901, PLR0911, PLR0912, PLR0915 - the noun-phrase grammar, one branch per shape
        words = self.words
        folded = self.folded
        n = len(words)
        word = words[i]
        if (
            folded[i + 1 : i + 2]
            and folded[i + 1] in ONE_OF_TWO
            and (one := self._one_of_two(i)) is not None
        ):
            return one
        if folded[i] in {"the", "both"}:
            group = self._two(i) or self._plural_of(i)
            if group is None and i + 2 < n and words[i + 2] in {"and", ","}:
                group = self._demonyms_of(i + 1)  # "the Kazakh and Kyrgyz"
            if group is not None:
                return group
            if i + 1 < n and words[i + 1] in self.tables.state_forms:
                form = self._state_form(i)
                if form is not None:
                    return form
        elif folded[i] in _PLURAL_HOLDERS or (
            i + 1 < n
            and folded[i + 1] in _PLURAL_HOLDERS
            and word in self.tables.office_words
        ):
            # "Leaders of the GCC met", "Foreign ministers of the European
            # Union agreed": the organisation.
            group = self._plural_of(i)
            if group is not None:
                return group
        elif i + 1 < n and words[i + 1] in {"and", ","}:
            # "Kazakh and Kyrgyz delegations held talks".
            group = self._demonyms_of(i)
            if group is not None:
                return group
        elif (
            folded[i] in _LIST_OWNERS
            and i + 2 < n
            and words[i + 2] in {"and", ","}
        ):
            # "his Chilean, Peruvian and Bolivian counterparts".
            group = self._demonyms_of(i + 1)
            if group is not None:
                return group
        if word in _PRONOUNS or (
            word in _POSSESSIVE_PRONOUNS
            and not self._starts_np(i + 1)
            and self._title_at(i) is None
        ):
            start, end = self._span(i, i + 1)
            return Mention(i, i + 1, start, end, PRONOUN)
        np = _NounPhrase()
        j = i
        if word in _DETERMINERS and self._title_at(i) is None:
            j += 1
            np.determined = True
        j = self._modifiers(j, np)
        if np.head is not None:
            named = self._named(i, np.head)
            if named.last < n and folded[named.last] in _PEOPLE_NOUNS:
                # "BRICS leaders", "EU officials": the body through them.
                start, end = self._span(i, named.last + 1)
                return Mention(
                    i,
                    named.last + 1,
                    start,
                    end,
                    NAME,
                    named.entity,
                    via=named.via,
                )
            return named
        if np.document:
            # "the Riyadh Declaration" is named "Riyadh Declaration".
            first = i + 1 if np.determined else i
            name_text = self.text[
                self.tokens.starts[first] : self.tokens.ends[j - 1]
            ]
            return self._organisation(i, j, name_text)
        if np.determined and j < n and words[j] in _DOCUMENTS and not np.roles:
            # "the Declaration": the document of that kind named last.
            return self._document(i, j + 1)
        if (
            np.countries
            and not np.roles
            and j < n
            and folded[j] in _PEOPLE_NOUNS
        ):
            # "two Estonian diplomats", "the Saudi officials": their state.
            start, end = self._span(i, j + 1)
            entity = self._state(np.countries[-1])
            return Mention(i, j + 1, start, end, NAME, entity, via=DEMONYM)
        if not np.roles and not np.honorific:
            body = self._body_at(j)
            if (
                body is not None
                and not (np.countries or np.orgs)
                and self._goes_on_as_name(body[0])
            ):
                # "the Senate Banking Committee": a longer name, not the
                # body of no state
                body = None
            if body is not None and (np.countries or np.orgs or j > i):
                end = self._of_the_republic(body[0])
                tail = (
                    None if np.countries or np.orgs else self._of_a_state(end)
                )
                if tail is not None and _speaks_for_state(body[1]):
                    # "the Government of the Republic of Peru": the state
                    # its tail names speaks and acts through it
                    start, stop = self._span(i, tail[0])
                    return Mention(
                        i, tail[0], start, stop, NAME, self._state(tail[1])
                    )
                if tail is not None:
                    # "the Parliament of Georgia": a body of that state
                    return self._state_body(
                        i, tail[0], body[1], np, country=tail[1]
                    )
                press = self._press_of(end)
                if press is not None:
                    # "the Uzbek Foreign Ministry's press service", "the
                    # Kyrgyz Cabinet press service": the body's own voice.
                    return self._state_body(
                        i, press[0], f"{body[1]} {press[1]}", np
                    )
                return self._state_body(i, end, body[1], np)
        # "Foreign Minister, Hakan Fidan": a name after its title's comma.
        if (
            np.roles
            and j + 1 < n
            and words[j] == ","
            and _is_name_word(words[j + 1])
            and self._name_at(j + 1) is None
            and self._title_at(j + 1) is None
        ):
            j += 1
        while (honorific := self._title_at(j)) and honorific[
            1
        ].type == HONORIFIC:
            np.honorific = True
            j = honorific[0]
        k = self._name_end(j)
        if k == j:
            if np.honorific and not np.roles and j > i:
                # "His Majesty gave audience": the person of that rank
                # named last.
                start, end = self._span(i, j)
                return Mention(i, j, start, end, NOMINAL, role=HONOURED)
            if np.roles:
                body = (
                    self._body_at(j + 1)
                    if j + 1 < n and words[j] == "'s"
                    else None
                )
                if body is not None:
                    # "the Georgian PM's press service": his state's body.
                    return self._state_body(i, body[0], body[1], np)
                start, end = self._span(i, j)
                return Mention(
                    i,
                    j,
                    start,
                    end,
                    NOMINAL,
                    role=np.role(),
                    country=np.country(),
                )
            if np.possessor is not None and not np.honorific:
                # "praised Georgia's key role": no person follows, so the
                # state or organisation itself is named.
                return self._named(i, np.possessor)
            if (
                np.countries
                and not np.honorific
                and j < n
                and words[j].isalpha()
                and words[j].islower()
            ):
                # "condemned the Israeli strikes": the state that acts.
                start, end = self._span(i, j)
                entity = self._state(np.countries[-1])
                return Mention(i, j, start, end, NAME, entity, via=DEMONYM)
            return None
        if (
            np.expert
            and (seat := self._name_at(j)) is not None
            and seat[0] == k
            and (meaning := _best(seat[1])).type in {CAPITAL, COUNTRY}
        ):
            # "official Baku", "official Ankara": the state, by its seat.
            return self._named(i, (j, k, meaning))
        name_text = self.text[self.tokens.starts[j] : self.tokens.ends[k - 1]]
        nickname = None
        for m in range(j + 1, k - 1):
            if (
                words[m] in _NICK_MARKS
                and words[m + 2 : m + 3]
                and words[m + 2] in _NICK_MARKS
            ):
                bare = " ".join(
                    w for w in name_text.split() if words[m + 1] not in w
                )
                if bare:  # "Karim 'Karim' Karim" is no nickname
                    nickname = words[m + 1]
                    name_text = bare
                break
        if not np.roles and not np.honorific and not np.countries:
            if k - j == 1 and words[j] in _COMPASS:
                return None  # "the Eastern partnership": no one's name
            if (
                (
                    words[k - 1] in _PLACE_HEADS
                    and not self._institution_centre(j, k)
                )
                or (
                    k < n and words[k] == "of" and words[k - 1] in _PLACE_HEADS
                )
                or (
                    k - j > 1
                    and words[k - 1] in _REGION_HEADS
                    and _ORG_HEADS.isdisjoint(words[j:k])
                )
            ):
                start, end = self._span(i, k)
                return Mention(i, k, start, end, PLACE)
            if not _ORG_HEADS.isdisjoint(words[j:k]):
                if (
                    _in_brackets(words, k)
                    and words[k + 1].isupper()
                    and words[k + 1].isalpha()
                    and self._name_at(k + 1) is None
                    and _abbreviates(words[k + 1], words[j:k])
                ):
                    # "the National Liberation Army (ELN)": its fullest
                    # form, unless the tables know the acronym ("(IRGC)")
                    name_text = self.text[
                        self.tokens.starts[j] : self.tokens.ends[k + 2]
                    ]
                    k += 3
                elif (
                    k - j == 1
                    and words[j] == "Office"
                    and (leader := self._office_of_a_leader(i, k))
                ):
                    return leader
                elif k - j == 1 and words[j] == "Office" and self._holders(j):
                    # "her Office said", "Vasko's Office said": its holder's
                    # office, as "her office" is (the statements read it).
                    return None
                elif not np.orgs and (
                    tail := self._of_a_state(
                        k, office=words[k - 1] == "Office"
                    )
                ):
                    # "the National Assembly of Ghana": an organisation of
                    # the state its tail names, named with the tail
                    name_text = self.text[
                        self.tokens.starts[j] : self.tokens.ends[tail[0] - 1]
                    ]
                    return self._organisation(
                        i, tail[0], name_text, country=tail[1]
                    )
                elif _speaks_for_state(words[k - 1]) and (
                    press := self._press_of(k)
                ):
                    # "the Uzbek Foreign Ministry's press service": the
                    # ministry's own voice, named whole.
                    name_text = self.text[
                        self.tokens.starts[j] : self.tokens.ends[press[0] - 1]
                    ]
                    k = press[0]
                elif (named_for := self._named_for(k)) > k:
                    # "the Council on Foreign Relations", "the Institute
                    # for the Study of War": the name goes on.
                    name_text = self.text[
                        self.tokens.starts[j] : self.tokens.ends[named_for - 1]
                    ]
                    k = named_for
                return self._organisation(i, k, name_text)
            if (
                # in a list: "areas: Infrastructure, Border Facilitation and
                # ..."; not "Scott Gration said" (a surname of that ending)
                j > 0
                and self.folded[j - 1] in _LIST_MARKS
                and any(
                    len(w) > _NOUN_ENDING_MIN
                    and w.endswith(_NOUN_ENDINGS)
                    and w not in _NAMES_OF_NOUN_ENDINGS
                    for w in words[j:k]
                )
            ):
                # "Border Facilitation and Connectivity", "Priorities
                # Action": a topic's or a body's name, no person's (in
                # "Ministry of Higher Education", a ministry's part).
                return self._organisation(i, k, name_text)
            last = words[k - 1]
            if not np.roles and (
                (
                    len(last) > _NOUN_ENDING_MIN
                    and last.endswith(_TOPIC_ENDINGS)
                    and last not in _NAMES_OF_NOUN_ENDINGS
                )
                or (
                    k - j > 1
                    and (
                        not _NUMBER_WORDS.isdisjoint(words[j:k])
                        or _opens_on_numeral(words[j], words[j + 1])
                    )
                )
            ):
                # "of the Environment", "and Natural Resources", "the Big
                # Four agenda": a topic, as no surname ends so and no name
                # holds a number.
                return self._organisation(i, k, name_text)
            if k - j == 1 and i == j:
                if k < n and words[k] == "," and word.endswith("ly"):
                    return None  # "Secondly, ..."
                return self._single(i, name_text)
        k_end = self._appositive(
            k,
            np,
            in_apposition=j > 0 and words[j - 1] == ",",
            governed=i > 0 and self.folded[i - 1] in _GOVERNING,
        )
        name_words = [
            w for w in words[j:k] if w not in _NICK_MARKS and w != nickname
        ]
        entity = self._person(
            name_text,
            name_words,
            np.role(),
            np.country()
            or self._title_after_tail.get(i)
            or self._state_in_brackets(k),
            expert=np.expert,
            stateless=bool(np.orgs) and self._for_no_state(np),
        )
        nickname = nickname or np.nickname
        if nickname is not None and nickname not in entity.words:
            # "Jokowi" later names the same person.
            entity.words = entity.words | {nickname}
            self._index(entity)
        if np.orgs and entity.affiliation is None:
            entity.affiliation = np.orgs[0]
            if entity.country is None:
                # "Hamas's political chief X": a member of a movement of
                # one country belongs to that country.
                entity.country = self.tables.organisations[np.orgs[0]].country
        start, end = self._span(i, k_end)
        return Mention(i, k_end, start, end, NAME, entity)

    def _state_form(self, i: int) -> Mention | None:
        """
        "the Kingdom", "the Sultanate" alone: a state named by its form,
        which `Scanner.name_state_forms` tells once the story's state is
        known.  Not "the Kingdom of Bahrain" (its name) or "the Kingdom
        Tower".
        """
        words = self.words
        after = words[i + 2] if i + 2 < len(words) else "."
        if after == "of" or _is_name_word(after):
            return None
        start, end = self._span(i, i + 2)
        mention = Mention(i, i + 2, start, end, NAME, via=COUNTRY)
        self.state_forms.append(mention)
        return mention

    def name_state_forms(
        self, home: str | None, mentions: Sequence[Mention] = ()
    ) -> None:
        """
        Link each "the Kingdom" to its state: the story's own when it has
        that form and no other state of that form is named (as a state:
        not "Swedish ... praised the Kingdom") among the *mentions* since
        the story's own last was, else the one state of that form the text
        names.  Once the scan is done, as the story's
        state is known only then.
        """
        forms = self.tables.state_forms
        # Named as a state or as an actor's ("Dahl of Norway").
        countries = {e.country for e in self.entities if e.country is not None}
        last: dict[str, int] = {}  # where each state was named last
        later = iter(mentions)
        before = next(later, None)
        for mention in self.state_forms:
            while before is not None and before.first < mention.first:
                entity = before.entity
                if entity is not None and entity.kind == STATE:
                    last[entity.country or ""] = before.first
                before = next(later, None)
            codes = forms[self.words[mention.first + 1]]
            named = countries & codes
            if home is not None and home in codes:
                since = last.get(home, -1)
                named = (
                    named - {home}
                    if any(
                        last.get(code, -1) > since for code in codes - {home}
                    )
                    else {home}
                )
            if len(named) == 1:
                mention.entity = self._state(named.pop())

    def _plural_of(self, i: int) -> Mention | None:
        """
        "the foreign ministers of Ethiopia and Egypt": the states, as a
        group.
        """
        words = self.words
        folded = self.folded
        n = len(words)
        k = i if folded[i] in _PLURAL_HOLDERS else i + 1
        while k < n and k < i + 4 and folded[k] not in _PLURAL_HOLDERS:
            if not folded[k].isalpha():
                return None
            k += 1
        if (
            k + 2 >= n
            or folded[k] not in _PLURAL_HOLDERS
            or words[k + 1] != "of"
        ):
            return None
        states: list[Entity] = []
        j = k + 2
        while True:
            found = self._name_at(j)
            if found is None or _best(found[1]).type not in {COUNTRY, CAPITAL}:
                break
            states.append(self._state(_best(found[1]).key))
            j = found[0]
            if j + 1 < n and words[j] in {",", "and"} and self._name_at(j + 1):
                j += 1
                continue
            break
        if not states:
            return self._members_of(i, k + 2)
        if len(states) < PAIR:
            return None
        group = group_of(states)
        start, end = self._span(i, j)
        return Mention(i, j, start, end, NAME, group)

    def _demonyms_of(self, k: int) -> Mention | None:
        """
        "the Kazakh and Kyrgyz delegations", "the Chilean and Peruvian
        foreign ministers": the states whose people they are, as a group.
        The list starts at *k*; the mention, at the word before it when
        that is "the".
        """
        words = self.words
        folded = self.folded
        n = len(words)
        if k in self._no_demonyms:
            return None
        codes: list[str] = []
        read: list[int] = []
        j = k
        while (found := self._name_at(j)) is not None and (
            meaning := _best(found[1])
        ).type == DEMONYM:
            codes.append(meaning.key)
            read.append(j)
            j = found[0]
            if j + 2 < n and words[j] == "," and words[j + 1] == "and":
                j += 2  # "Chilean, Peruvian, and Bolivian"
            elif j + 1 < n and words[j] in {",", "and"}:
                j += 1
            else:
                break
        # Up to two words of the office: "foreign ministers".
        end = j
        while end < j + 2 and end < n and folded[end] not in _PAIRED_PEOPLE:
            if not words[end].islower():
                break
            end += 1
        if (
            len(codes) < PAIR
            or end >= n
            or folded[end] not in _PAIRED_PEOPLE
            # "her Chilean and Peruvian counterparts, X and Y": the people
            # named after them are the counterparts.
            or (
                folded[end] == "counterparts"
                and end + 2 < n
                and words[end + 1] == ","
                and words[end + 2][0].isupper()
            )
        ):
            self._no_demonyms.update(read)
            return None
        first = (
            k - 1
            if k
            and (
                folded[k - 1] in {"the", "both"}
                or folded[k - 1] in _LIST_OWNERS
            )
            else k
        )
        start, stop = self._span(first, end + 1)
        group = group_of([self._state(code) for code in codes])
        return Mention(first, end + 1, start, stop, NAME, group)

    def _members_of(self, i: int, j: int) -> Mention | None:
        """
        "the leaders of the Gulf Cooperation Council (GCC) countries",
        "foreign ministers of the EU": the organisation they meet as, named
        at *j*.
        """
        words = self.words
        if words[j] in {"the", "The"} and self._name_at(j) is None:
            j += 1
        found = self._name_at(j)
        if found is None or _best(found[1]).type != ORGANISATION:
            return None
        head = (j, found[0], _best(found[1]))
        mention = self._named(j, head)
        end = mention.last
        if self._acronym_after(end, head[2].key):
            end += 3  # "(GCC)"
        if end < len(words) and self.folded[end] in STATE_GROUPS:
            end += 1  # "GCC countries": its members
        start, stop = self._span(i, end)
        return Mention(i, end, start, stop, NAME, mention.entity)

    def _two(self, i: int) -> Mention | None:
        """
        "the two sides", "both leaders", "the two countries".
        """
        folded = self.folded
        n = len(folded)
        k = i + 1
        if folded[i] == "the":
            if folded[k : k + 3] == ["heads", "of", "state"]:
                # "the Heads of State exchanged congratulations".
                start, end = self._span(i, k + 3)
                return Mention(i, k + 3, start, end, TWO, role="presidents")
            if k < n and (
                folded[k] in _PLURAL_OFFICES or self._plural_title(k)
            ):
                last = k + 1 + self._of_the_two(k + 1)
                start, end = self._span(i, last)
                return Mention(i, last, start, end, TWO, role=folded[k])
            if k >= n or folded[k] not in _DETERMINER_NEXT:
                return None
            k += 1
        while k < n and k < i + 5 and folded[k] not in _GROUP_NOUNS:
            if not folded[k].isalpha() or (
                self.words[k][0].isupper() and self._name_at(k) is None
            ):
                return None
            k += 1
        if k < n and folded[k] in _GROUP_NOUNS:
            last = k + 1
            if folded[k] not in STATE_GROUPS:
                # "both ministers of the two countries": the one pair
                last += self._of_the_two(last)
            start, end = self._span(i, last)
            return Mention(i, last, start, end, TWO, role=folded[k])
        return None

    def _of_the_two(self, k: int) -> int:
        """
        How many words at *k* say whose the pair of offices before them is:
        "(the leaders) of the two countries", "of both states", which name
        no one else.
        """
        tail = self.folded[k : k + 4]
        if (
            tail[:3] == ["of", "the", "two"]
            and tail[3:]
            and tail[3] in STATE_GROUPS
        ):
            return 4
        if (
            tail[:2] == ["of", "both"]
            and tail[2:3]
            and tail[2] in STATE_GROUPS
        ):
            return 3
        return 0

    def _plural_title(self, k: int) -> bool:
        """
        Whether word *k* is a title in the plural ("the Ministers").
        """
        word = self.folded[k]
        if not word.endswith("s") or (
            k + 1 < len(self.folded) and self.folded[k + 1] == "of"
        ):
            return False  # "the heads of state": _plural_of reads them
        singular = (word[:-1],)
        return any(
            phrase == singular and meaning.type == OFFICE
            for phrase, meaning in self.tables.titles.get(word[:-1], ())
        )

    def _modifiers(self, j: int, np: _NounPhrase) -> int:  # noqa: C901, PLR0912, PLR0915 - one branch per kind of modifier
        """
        Read what comes before a name: demonyms, possessive states, titles
        with their "of X" tails, honorifics ("Iranian President",
        "Türkiye's Foreign Minister", "His Highness the Amir").  Stops at a
        state or organisation that is the head itself ("Iran said").
        """
        words = self.words
        n = len(words)
        titles = self._titles
        name_word = self._name_word
        limit = j + _MAX_MODIFIERS
        courtesy = False  # after "Mr.", "Mrs.", "Dr."
        while j < n and j < limit:
            title = titles[j]
            name = self._name_at(j)
            if title is None and words[j] in _TITLE_PREFIXES:
                # "Deputy Amir", "Special Presidential Envoy": the office of
                # the title after the prefixes.
                k = j + 1
                while k < n and k < j + 3 and words[k] in _TITLE_PREFIXES:
                    k += 1
                inner = titles[k] if k < n else None
                demonym = self._name_at(k) if inner is None else None
                if (
                    demonym is not None
                    and _best(demonym[1]).type == DEMONYM
                    and demonym[0] < n
                    and titles[demonym[0]] is not None
                ):
                    # "Former Kenyan President X": the prefix goes to the
                    # title after the demonym, the demonym to its state.
                    _record(_best(demonym[1]), np.countries, np.orgs)
                    k = demonym[0]
                    inner = titles[k]
                if inner is not None:
                    prefix = " ".join(words[j:k])
                    title = (
                        inner[0],
                        inner[1]._replace(key=f"{prefix} {inner[1].key}"),
                    )
            if (
                title is None
                and words[j] in self.tables.office_words  # the cheap test
                and (portfolio := self._portfolios(j)) > j
            ):
                # "Foreign Affairs and Trade Minister X": the portfolios of
                # one office, no name.
                j = portfolio
                continue
            if title is not None and (name is None or title[0] >= name[0]):
                begin = j
                end, meaning = title
                if meaning.type == HONORIFIC:
                    np.honorific = True
                    courtesy = meaning.key in _COURTESIES
                    j = end
                    continue
                if meaning.caution and (
                    courtesy  # "Mr. King said": a surname
                    # "Sheikh Sultan bin Zayed": a given name, his father's
                    # after "bin".
                    or (end < n and words[end] in _PATRONYMIC)
                    or (
                        not np.honorific
                        and not np.determined
                        # "Morocco's FM said": an abbreviated office after
                        # a state's possessive.
                        and not (np.possessor and words[begin].isupper())
                        and not self._title_fits(end)
                    )
                ):
                    break
                np.expert = np.expert or meaning.type == EXPERT
                role = meaning.key
                j = self._tail(end, np)
                # "Rear Admiral (Retd) X", "Lt Gen (Retd.) X": the rank held
                # once
                close = j + 3 if words[j + 2 : j + 3] == ["."] else j + 2
                if (
                    close < n
                    and words[j] == "("
                    and self.folded[j + 1] in _RETIRED
                    and words[close] == ")"
                ):
                    j = close + 1
                # "Minister of State at the Foreign Ministry": the office,
                # not the body it sits in.
                office_end = (
                    words.index("at", end, j) if "at" in words[end:j] else j
                )
                if office_end > end and words[end] != "to":
                    # "Minister of Foreign Affairs and International
                    # Cooperation": the office as written.
                    written = self.text[
                        self.tokens.starts[begin] : self.tokens.ends[
                            office_end - 1
                        ]
                    ]
                    role = _tidy_role(
                        written, meaning.key, self, end, office_end
                    )
                np.roles.append(role)
                if (
                    j + 1 < n
                    and words[j] in {"and", ","}
                    and self._title_at(j + 1)
                ) or (
                    j + 1 < n
                    and words[j] in {"the", "The"}
                    and self._title_at(j + 1)
                ):
                    j += 1
                continue
            if name is not None:
                end, meanings = name
                meaning = _best(meanings)
                if meaning.type == DEMONYM:
                    np.countries.append(meaning.key)
                    j = end
                    continue
                if end < n and words[end] in {"'s", "'S"}:
                    _record(meaning, np.countries, np.orgs)
                    np.possessor = np.possessor or (j, end, meaning)
                    j = end + 1
                    continue
                if end < n and (self._title_at(end) or self._body_at(end)):
                    _record(meaning, np.countries, np.orgs)
                    j = end
                    continue
                if (
                    not np.roles
                    and meaning.type != CITY  # "Benghazi Committee Chair"
                    and (body := self._body_end(end)) is not None
                    and self._title_at(body) is not None
                ):
                    # "Hamas Shura Council Chairman X": the office in a
                    # body of that state or organisation.
                    _record(meaning, np.countries, np.orgs)
                    j = body
                    continue
                if np.roles or np.honorific:
                    break
                if end < n and words[end] in _DOCUMENTS:
                    # "the Riyadh Declaration": a document named after a
                    # place, which speaks as its authors.
                    np.document = True
                    return end + 1
                np.head = (j, end, meaning)
                return end
            if (
                np.honorific
                and j + 1 < n
                and words[j] in {"the", "The"}
                and self._title_at(j + 1)
            ):
                j += 1  # "His Highness the Amir"
                continue
            if not any(titles[j + 1 : j + 3]):
                break  # no title within two words: no office to serve
            k = j
            while (
                k < n
                and k < j + 2
                and (
                    name_word[words[k]]
                    or (
                        words[k].islower()
                        and words[k] not in _FUNCTION_WORDS
                        and not self._verb_like(k)
                    )
                )
                and titles[k] is None
            ):
                k += 1
            following = titles[k] if j < k < n else None
            if (
                following is not None
                and following[1].type == OFFICE
                and not np.roles
                and (name_word[words[j]] or np.countries)
            ):
                # "Senate Majority Leader", "Clinton campaign spokesman",
                # "Kremlin spokesman": who the title serves.
                if self._surname_title(k):
                    break  # "Amy Pope, an adviser", "Angus King said"
                j = k
                continue
            break
        return j

    def _portfolios(self, j: int) -> int:
        """
        Where the title after "Foreign Affairs and" starts when the words
        from *j* are portfolios joined to a title by "and", else *j*.
        """
        words = self.words
        k = j
        while (
            k < len(words)
            and words[k][:1].isupper()
            and words[k] in self.tables.office_words
            and self._title_at(k) is None  # "Special Envoy and Minister"
        ):
            k += 1
        if k == j or k + 1 >= len(words) or words[k] != "and":
            return j
        # "Energy and Natural Resources Minister": the second portfolio's
        # words before its title.
        for m in range(k + 1, min(len(words), k + 1 + _SECOND_PORTFOLIO)):
            if self._title_at(m):
                return m
            if not words[m][:1].isupper():
                break
        return j

    def _verb_like(self, k: int) -> bool:
        """
        Whether the word at *k* may be a verb, which ends a noun phrase:
        "Xi met President X", "Dahl told Minister Y" are two people, unlike
        "Clinton campaign spokesman X".
        """
        word = self.folded[k]
        return (
            word.endswith("ed")
            or word in self.tables.speech
            or word in self.tables.triggers
        )

    def _title_fits(self, end: int) -> bool:
        """
        Whether a title that is also a common word or a name is a title
        here: a name, a comma, "of" or another title follows it.
        """
        if end >= len(self.words):
            return False
        following = self.words[end]
        return (
            following in {",", "of", "for"}
            or _is_name_word(following)
            or self._title_at(end) is not None
        )

    def _tail(self, j: int, np: _NounPhrase) -> int:  # noqa: C901, PLR0912, PLR0915 - one branch per kind of tail
        """
        After a title: "of Azerbaijan", "of the UN", "for Foreign Affairs
        and International Cooperation", "to Georgia" (where an envoy
        serves: not their state).
        """
        words = self.words
        n = len(words)
        office_words = self.tables.office_words
        portfolio = False  # in a "for ..." portfolio
        # After office words of an "of" tail, also one the title ends with:
        # "Minister of Economy" and "Sustainable Development" goes on.
        listed = (
            j > 1
            and words[j - 1] in office_words
            and not {"of", "for"}.isdisjoint(words[max(0, j - 4) : j - 1])
        )
        while j < n:
            if (portfolio or listed) and words[j] == ",":
                # "of Foreign Affairs, Cooperation and ...": on to its "and".
                j = self._listed_portfolio(j)
            if words[j] not in _TAIL_WORDS:
                break
            preposition = words[j]
            k = j + 1
            if preposition == "at":
                # "Minister of State at the Ministry of Foreign Affairs X":
                # the body the office is in, then perhaps its state.
                at = k + 1 if k < n and words[k] in {"the", "The"} else k
                body = self._body_at(at)
                if body is None:
                    break
                j = body[0]
                continue
            if k < n and words[k] in {"the", "The"}:
                k += 1
            found = self._name_at(k) if k < n else None
            if found is None and preposition in {"of", "to"}:
                found = self._state_in_tail(k)
            if found is None and preposition == "of":
                # "of host country South Africa", "of the brotherly State of
                # Kuwait": a few words, then the state.
                m = k
                while (
                    m < n
                    and m < k + 3
                    and words[m].islower()
                    and words[m].isalpha()
                ):
                    m += 1
                if m > k and m < n:
                    found = self._name_at(m)
                    if found is not None:
                        k = m
                    elif words[m] == ",":
                        # "The Foreign Minister of the host nation, X": a
                        # tail of common words before the comma and name.
                        j = m
                        break
            if found is not None and preposition != "and":
                end, meanings = found
                meaning = _best(meanings)
                if meaning.type in {
                    COUNTRY,
                    CAPITAL,
                    CITY,
                    ORGANISATION,
                    METONYM,
                }:
                    if preposition == "of":
                        # "envoy to Georgia", "envoy for Yemen": where they
                        # serve, not whom.
                        _record(meaning, np.countries, np.orgs)
                    if _in_brackets(words, end):
                        end += 3  # "(PRC)": the acronym again
                    if end < n and words[end] == "'s":
                        # "Speaker of Kuwait's National Assembly".
                        end += 1
                        while end < n and (
                            words[end] in office_words
                            or words[end] in _ORG_HEADS
                        ):
                            end += 1
                    elif preposition == "of":
                        # "Commander of Kuwait Coast Guard X": the body served.
                        end = self._body_end(end) or end
                        while (
                            meaning.type == ORGANISATION
                            and end < n
                            and words[end] in office_words
                        ):
                            # "Director General of ASEAN Cooperation, X": the
                            # body's portfolio, no name.
                            end += 1
                    j = end
                    continue
            if (
                preposition == "of"
                and found is not None
                and _best(found[1]).type == DEMONYM
                and (
                    body_end := self._body_end(found[0])
                    or self._state_org_at(found[0])
                )
                is not None
            ):
                # The body of that state he serves, then his name: "Secretary
                # of the Iranian Defence Council (IDC) X", "President of the
                # Estonian Riigikogu X".
                _record(_best(found[1]), np.countries, np.orgs)
                j = body_end
                continue
            if (
                found is not None
                and _best(found[1]).type == DEMONYM
                and found[0] < n
                and words[found[0]] in office_words
            ):
                end = found[0]
                while end < n and words[end] in office_words:
                    end += 1
                # "for Afghan Affairs": a portfolio, no state served; and
                # "Adviser to the Emirati President X" is X's title.  With
                # no name after it, "to the Qatari Amir" is a person.
                if preposition != "to" or (
                    end < n and words[end][:1].isupper()
                ):
                    j = end
                    continue
            if preposition == "of" and (inner := self._title_at(k)):
                if inner[0] < n and words[inner[0]] == "for":
                    # "the Special Envoy of the Secretary-General for Yemen,
                    # NAME": the portfolio, and so the name, is the envoy's.
                    j = inner[0]
                    continue
                # "the Special Envoy of the President of X, NAME": the name
                # is the president's; the envoy's title ends here, and he
                # serves the president's state.
                self._whose_state(inner[0], np)
                break
            # "for South and Central Asian Affairs": a portfolio goes on
            # after "and" when its words end on an office word.
            listing = preposition == "and" and (portfolio or listed)
            named = preposition != "and" or listing
            m = k
            while m < n and (
                words[m] in office_words
                or (
                    named
                    and _is_name_word(words[m])
                    and (
                        portfolio
                        or listing
                        or (
                            self._name_at(m) is None
                            and self._title_at(m) is None
                        )
                    )
                )
            ):
                m += 1  # "for Foreign Affairs", "for Global Education"
            if preposition == "of":
                m = self._name_after_body(k, m)
            if listing and not (
                np.aside and m == k + 1 and m < n and words[m] in {",", "."}
            ):
                # Up to its last office word: the name follows it (in an
                # aside, one word and the comma after it end it: "X,
                # Commissioner for Trade and Enlargement, said"; not "X,
                # Minister for Trade and Lena Vasko, Minister for Health").
                while m > k and words[m - 1] not in office_words:
                    m -= 1
            if m == k or (preposition == "and" and self._title_at(k)):
                break
            portfolio = preposition == "for" or (
                portfolio and preposition == "and"
            )
            # "of Economy and Sustainable Development X" goes on after "and"
            # as a "for" portfolio does.
            listed = preposition == "of" or (listed and preposition == "and")
            j = m
        return j

    def _name_after_body(self, k: int, m: int) -> int:
        """
        Where an "of" tail's words from *k* to *m* end when a body's head
        word stands among them and a person's name of two to four words
        follows it: "Head of the Foreign Policy Department Levan Kapanadze
        said" is Kapanadze, who heads the department; else *m*.
        """
        words = self.words
        office_words = self.tables.office_words
        for head in range(m - 1, k - 1, -1):
            if words[head] in _ORG_HEADS:
                name = words[head + 1 : m]
                named = (
                    _NAME_AFTER_BODY_MIN <= len(name) <= _NAME_AFTER_BODY_MAX
                )
                if named and all(
                    w not in office_words and w not in _ORG_HEADS for w in name
                ):
                    return head + 1
                break
        return m

    def _listed_portfolio(self, j: int) -> int:
        """
        Where the "and" stands that ends a list of portfolios after the
        comma at token *j* ("of Foreign Affairs, Cooperation and Nationals
        Abroad X"), else *j*: ", Cooperation, said" and ", X and Y" list no
        portfolio.
        """
        words = self.words
        n = len(words)
        office_words = self.tables.office_words
        k = j + 1
        while k < n and (
            words[k] in office_words
            # "of Foreign Affairs, African Cooperation and ..."
            or words[k] in _PORTFOLIO_REGIONS
        ):
            k += 1
        return k if k > j + 1 and k < n and words[k] == "and" else j

    def _state_in_tail(self, k: int) -> tuple[int, tuple[Meaning, ...]] | None:
        """
        A state whose name is also a person's ("Georgia", "Jordan") right
        after a title's "to" or "of": "Ambassador to Georgia Anna Bell" is
        the envoy to the state, not a person named "Georgia Anna Bell".
        """
        words = self.words
        if k >= len(words) or words[k] not in self.tables.names:
            return None
        found = longest_at(self.tables.names, words, k)
        if found is None or _best(found[1]).type != COUNTRY:
            return None
        # A person's name goes on: a given name, perhaps a middle one, and
        # a surname; and no name of its own after a comma, which would make these
        # words the rest of a title or body ("Minister of Niger Delta
        # Affairs, X") or an organisation's name ("chairman of America
        # Rising (a PAC)").
        end = found[0]
        name_end = end
        while name_end < len(words) and _is_name_word(words[name_end]):
            name_end += 1
        if name_end - end not in _PERSON_AFTER_STATE or (
            words[name_end : name_end + 1] == [","]
            and name_end + 1 < len(words)
            and _is_name_word(words[name_end + 1])
        ):
            return None
        return found

    def _whose_state(self, end: int, np: _NounPhrase) -> None:
        """
        Record the state of the title ending at *end* ("the President of
        X") as the one its envoy serves.
        """
        words = self.words
        if end + 1 < len(words) and words[end] == "of":
            at = end + 2 if words[end + 1] in {"the", "The"} else end + 1
            found = self._name_at(at)
            if found is not None and _best(found[1]).type == COUNTRY:
                _record(_best(found[1]), np.countries, np.orgs)

    def _body_end(self, k: int) -> int | None:
        """
        Where the name of a body that starts at *k* ends, after its head
        word and any acronym: "Coast Guard" in "Commander of Kuwait Coast
        Guard X", "National Security Council (NSC)"; None when no head word
        comes within reach.
        """
        words = self.words
        n = len(words)
        end = None
        m = k
        while (
            m < n
            and m < k + _BODY_REACH
            and _is_name_word(words[m])
            and self._title_at(m) is None
        ):
            m += 1
            if words[m - 1] in _ORG_HEADS:
                end = m
        if (
            end is not None
            and _in_brackets(words, end)
            and words[end + 1].isupper()
        ):
            end += 3  # "(NSC)": the acronym again
        return end

    def _of_the_republic(self, end: int) -> int:
        """
        Where a state body's name ends when "of the Republic" with no
        state goes on from *end*: "the Presidency of the Republic" is the
        presidency, not a person named "Republic".
        """
        words = self.words
        if words[end : end + 3] == ["of", "the", "Republic"] and (
            words[end + 3 : end + 4] != ["of"]
        ):
            return end + 3
        return end

    def _of_a_state(
        self, end: int, *, office: bool = False, reach: int = _BODY_NAME_REACH
    ) -> tuple[int, str] | None:
        """
        Where a state body's name ends, and its state, when an "of" tail
        from *end* names a state: "(the Government) of the Republic of
        Chile", "(the Office) of the United States Trade Representative"
        (the capitalised words after the state are the body's name too).
        """
        words = self.words
        k = end + 1 + (words[end + 1 : end + 2] == ["the"])
        if words[end : end + 1] != ["of"]:
            return None
        found = self._name_at(k)
        if found is None or _best(found[1]).type != COUNTRY:
            return None
        last = found[0]
        while (
            last < len(words)
            and last < found[0] + reach
            and words[last][:1].isupper()
            and words[last].isalpha()
            # "the Embassy of Japan Tuesday": no day is the body's name
            and words[last] not in _NOT_NAMES
            and self._name_at(last) is None
            and not self._titles_a_person(last, office=office)
        ):
            last += 1
        state = _best(found[1]).key
        if self._titles_a_person(last, office=office):
            self._title_after_tail[last] = state
        return last, state

    def _state_in_brackets(self, k: int) -> str | None:
        """
        The state a name's brackets at *k* give it, alone in them, as a
        roster of envoys writes one: "Luis Soto (Peru)".
        """
        words = self.words
        if words[k : k + 1] != ["("]:
            return None
        found = self._name_at(k + 1)
        if (
            found is None
            or words[found[0] : found[0] + 1] != [")"]
            or _best(found[1]).type != COUNTRY
            # "(Georgia)" after a name as often names a US state
            or words[k + 1] == "Georgia"
        ):
            return None
        return _best(found[1]).key

    def _holders(self, j: int) -> bool:
        """
        Whether the "Office" at *j* is a person's, named before it: "her
        Office", "Vasko's Office"; not "the Prime Minister's Office" or
        "the Attorney General's Office", which are bodies of their own.
        """
        before = self.folded[j - 1]
        return before in _POSSESSIVE_PRONOUNS or (
            before in POSSESSIVES
            and j > 1
            and self.words[j - 2] not in self.tables.office_words
            and _is_name_word(self.words[j - 2])
        )

    def _office_of_a_leader(self, i: int, k: int) -> Mention | None:
        """
        "the Office of the President of Ghana", from *i*, its "of" at *k*:
        the presidency (or the prime minister's office), which speaks for
        its state as "the Presidency of Ghana" does, not the president.
        """
        words = self.words
        if words[k : k + 2] != ["of", "the"]:
            return None
        title = self._title_at(k + 2)
        if title is None or title[1].key not in _LEADERS:
            return None
        # the officer's title ends the name: "... of Ghana Kofi Mensah" is
        # no office's name going on
        tail = self._of_a_state(title[0], reach=0)
        if tail is None:
            return None
        start, end = self._span(i, tail[0])
        return Mention(i, tail[0], start, end, NAME, self._state(tail[1]))

    def _titles_a_person(self, k: int, *, office: bool) -> bool:
        """
        Whether a title at *k* opens a person's name: any title ("the
        Government of X Prime Minister Y"), but in an office's name only
        one a name follows (the office of "the X Trade Representative" is
        named by its officer's title).
        """
        title = self._title_at(k)
        if title is None:
            return False
        after = self.words[title[0] : title[0] + 1]
        return not office or (bool(after) and after[0][:1].isupper())

    def _state_org_at(self, k: int) -> int | None:
        """
        Where the name of a state's own organisation that starts at *k*
        ends ("Riigikogu", "State Duma"), or None.
        """
        found = self._name_at(k)
        if found is None:
            return None
        meaning = _best(found[1])
        owned = (
            meaning.type == ORGANISATION
            and self.tables.organisations[meaning.key].country is not None
        )
        return found[0] if owned else None

    def _appositive(  # noqa: C901, PLR0912 - one branch per kind of aside
        self,
        k: int,
        np: _NounPhrase,
        *,
        in_apposition: bool = False,
        governed: bool = False,
    ) -> int:
        """
        After a name: ", the Turkish Foreign Minister," or ", President of
        Azerbaijan" says who the person is.  Returns where the mention
        ends (the appositive is part of it).  A name itself in apposition
        (", X, the Secretary-General said") ends at its comma, and so does
        one a preposition governs ("In his meeting with X, the Minister
        said": the title is the verb's subject).
        """
        words = self.words
        n = len(words)
        if k + 2 < n and words[k] == "(":
            # A bracket after a name: a party (D-Md.), a state, or the
            # name news also gives the person (Jokowi).
            if (
                k + 2 < n
                and words[k + 2] == ")"
                and _is_name_word(words[k + 1])
                and self._name_at(k + 1) is None
            ):
                np.nickname = words[k + 1]
            close = k + 1
            while close < n and close < k + 6 and words[close] != ")":
                close += 1
            if close < n and words[close] == ")":
                k = close + 1
        if not np.countries and not np.orgs and k + 1 < n and words[k] == "of":
            # "Foreign Minister Ali Rezaei of Iran", "Mr. Morgan of the
            # Sierra Club": whom the person serves; with no title, only a
            # state ("ministers, including X of Iran and Y of Oman").
            at = k + 2 if words[k + 1] in {"the", "The"} else k + 1
            served = self._name_at(at)
            titled = bool(np.roles or np.honorific)
            if (
                served is not None
                and (
                    (
                        _best(served[1]).type == COUNTRY
                        and (titled or self._plain_name(k))
                        # "X of Chile's Foreign Ministry": the ministry's
                        and words[served[0] : served[0] + 1]
                        not in (["'s"], ["'S"])
                    )
                    or (titled and _best(served[1]).type == ORGANISATION)
                )
            ):
                _record(_best(served[1]), np.countries, np.orgs)
                return served[0]
        if k + 1 >= n or words[k] != ",":
            return k
        j = k + 1
        if words[j] == "of" and j + 1 < n and (place := self._name_at(j + 1)):
            # "King Philippe, of Belgium,".
            meaning = _best(place[1])
            if meaning.type in {COUNTRY, CAPITAL, CITY} and not np.countries:
                np.countries.append(meaning.key)
                return place[0]
        if words[j] in {"the", "The", "a", "an"}:
            j += 1
        extra = _NounPhrase()
        extra.aside = True
        end = self._modifiers(j, extra)
        if not extra.roles or extra.head is not None:
            return k
        if not extra.countries and end + 1 < n:
            end = self._served_state(end, extra)
        if (
            # "the Foreign Minister of Chad, X, Spain's Foreign Minister, Y":
            # a name titled already leaves the next title to the next name.
            np.roles and in_apposition and self._name_after_comma(end)
        ) or (
            end < n
            and words[end] not in _APPOSITIVE_ENDS
            # "X, the Turkish foreign minister said", not "his spokesman,
            # X, the Secretary-General said": the title is who speaks.
            and (
                in_apposition
                or governed
                or self.folded[end] not in self.tables.speech
            )
            # ", Italian Minister of X, Envoy of President Y": whose envoy
            # follows once the aside has given his state.
            and not (words[end] == "of" and extra.countries)
        ):
            return k
        # "Professor X, Chief Adviser of ...": the office he acts in names
        # him, not the descriptor of an observer.
        if not np.roles or self.tables.observers.issuperset(np.roles):
            np.roles = extra.roles
        if not np.countries:
            np.countries = extra.countries
        if not np.orgs:
            np.orgs = extra.orgs
        return end

    def _name_after_comma(self, end: int) -> bool:
        """
        Whether a comma at *end* has a person's name after it: no state,
        organisation or title.
        """
        words = self.words
        return (
            end + 1 < len(words)
            and words[end] == ","
            and _is_name_word(words[end + 1])
            and self._name_at(end + 1) is None
            and self._title_at(end + 1) is None
        )

    def _plain_name(self, end: int) -> bool:
        """
        Whether the two words before *end* are a name's, no office's: "Ana
        Ruiz of Chile", not "High Commissioner-designate of Chile".
        """
        office_words = self.tables.office_words
        return all(
            word not in office_words and "-" not in word
            for word in self.words[max(0, end - 2) : end]
        )

    def _served_state(self, end: int, np: _NounPhrase) -> int:
        """
        The state an office's own words end on: "Governor of Lagos State,
        Nigeria", "Chairman of the Youth Council in Palestine" (not "head of
        mission in Iraq": where an envoy serves).  Returns where the office
        ends, past the state when one is read.
        """
        words = self.words
        n = len(words)
        at = end + 1
        if words[end] == "in":
            if any(
                w in r.casefold() for r in np.roles for w in _POSTED_ABROAD
            ):
                return end
            if words[at] in {"the", "The"}:
                at += 1
        elif words[end] != ",":
            return end
        found = self._name_at(at) if at < n else None
        if found is None or _best(found[1]).type != COUNTRY:
            return end
        after = found[0]
        if after < n and words[after] not in _APPOSITIVE_ENDS:
            return end  # "Lagos, Nigeria's commercial hub": no office
        np.countries.append(_best(found[1]).key)
        return after

    def _compound(self, word: str) -> bool:
        """
        Whether *word* joins places with hyphens ("Nigeria-Sudan",
        "Azerbaijani-Iranian"): an adjective, never a name.
        """
        if "-" not in word:
            return False
        names = self.tables.names
        return any(
            phrase == (part,)
            for part in word.split("-")
            for phrase, _ in names.get(part, ())
        )

    def _starts_np(self, i: int) -> bool:
        name = self._name_at(i)
        if name is None:
            return bool(self._title_at(i))
        kind = _best(name[1]).type
        return bool(
            self._title_at(i)
            or kind == DEMONYM
            # "his U.S. counterpart": a state's name before an office
            or (kind == COUNTRY and self._title_at(name[0]))
        )

    def _initials(self, k: int) -> bool:
        """
        Whether the capitals at *k* are a person's initials before a name:
        "AK Abdul Momen", not "APC Chairman" or "NATO Secretary".
        """
        words = self.words
        word = words[k]
        letters = word.replace(".", "")
        return (
            len(letters) <= _MAX_INITIALS
            and letters.isalpha()
            and k + 1 < len(words)
            and _is_name_word(words[k + 1])
            and not words[k + 1].isupper()
            and self._name_at(k) is None
            and self._title_at(k + 1) is None
            # "FM Bayramov": a title before a known surname, no initials
            and (words[k + 1],) not in self.tables.people
        )

    def _surname_title(self, k: int) -> bool:
        """
        Whether the title at *k*, after a given name, is a surname: one
        that is also a name ("Pope", "King") with no name after it: "Amy
        Pope, an adviser", "Angus King said"; not "Jordan's King Abdullah"
        nor "Abdullah King of Jordan", the title of a state.
        """
        title = self._titles[k]
        if title is None or title[1].key not in self.tables.surname_titles:
            return False
        end = title[0]
        if end < len(self.words) and self.folded[end] == "of":
            place = self._name_at(end + 1)
            # "Amy Pope of the IOM", "Rep. Peter King of New York" keep
            # theirs: a king or sultan is a state's.
            return place is None or _best(place[1]).type != COUNTRY
        return not (end < len(self.words) and _is_name_word(self.words[end]))

    def _capitals_surname(self, k: int) -> bool:
        """
        Whether the word in capitals at *k* is a surname written as Japan's
        foreign ministry writes it, right after a title: "Mr. MOTEGI
        Toshimitsu", "Minister MOTEGI" (not an acronym the tables know).
        """
        return (
            self.words[k] in self._surnames_in_capitals
            and self._name_at(k) is None
            and any(
                0 <= t < k
                and (title := self._titles[t]) is not None
                and title[0] == k
                for t in (k - 1, k - 2)
            )
        )

    @functools.cached_property
    def _surnames_in_capitals(self) -> frozenset[str]:
        """
        The words in capitals that the text puts before a given name
        somewhere ("MOTEGI Toshimitsu"): surnames, not acronyms.
        """
        return frozenset(
            word
            for word, after in itertools.pairwise(self.words)
            if len(word) >= _SURNAME_IN_CAPITALS_MIN
            and word.isalpha()
            and word.isupper()
            and after.isalpha()
            and after[:1].isupper()
            and after[1:].islower()
        )

    def _name_end(self, j: int) -> int:
        words = self.words
        n = len(words)
        name_word = self._name_word
        titles = self._titles
        k = j
        while k < n and k - j < _MAX_NAME_WORDS:
            word = words[k]
            if (
                k > j
                and len(word) == 1
                and word.isupper()
                and k + 2 < n
                and words[k + 1] == "."
                and name_word[words[k + 2]]
            ):
                k += 2  # a middle initial: "Miguel A. Correa"
                continue
            if (
                k > j
                and word in _LETTER_WORDS
                and len(words[k - 1]) == 1
                and words[k - 1].isupper()
                and k + 1 < n
                and name_word[words[k + 1]]
            ):
                k += 1  # "A" among initials: "T C A Raghavan"
                continue
            if (
                (
                    name_word[word]
                    or (
                        k > j
                        and (word in _INSIDE_NAMES or _glued_surname(word))
                    )
                )
                and not (
                    len(word) > 1
                    and word.isupper()
                    and word not in _REGNAL
                    and not self._initials(k)
                    and not self._capitals_surname(k)
                )  # "READ", "APC" are no names; "Charles III" is one
                and not self._compound(word)
                and (
                    k == j
                    or (
                        self._name_at(k) is None
                        and (titles[k] is None or self._surname_title(k))
                    )
                    or word in _PARTICLES
                )
            ):
                k += 1
                # A middle initial: "Steven T. Mnuchin".
                if (
                    len(word) == 1
                    and k + 1 < n
                    and words[k] == "."
                    and name_word[words[k + 1]]
                ):
                    k += 1
            elif (
                k > j
                and word in _PARTICLES
                and k + 1 < n
                and name_word[words[k + 1]]
            ):
                k += 2  # "bin Sultan": after a particle, a title is a name
            elif (
                k > j
                and word in _PARTICLES
                and k + 2 < n
                and words[k + 1] in _PARTICLES
                and _is_name_word(words[k + 2])
            ):
                k += 3  # "von der Leyen", "van den Berg"
            elif (
                k > j
                and word in _NICK_MARKS
                and k + 3 < n
                and name_word[words[k + 1]]
                and words[k + 2] in _NICK_MARKS
                and name_word[words[k + 3]]
            ):
                k += 3  # a nickname: Joko “Jokowi” Widodo
            else:
                break
        # A name does not end with a particle or a title word.
        while k > j and words[k - 1] in _PARTICLES:
            k -= 1
        return k

    # -- entities -----------------------------------------------------------

    def _acronym_after(self, k: int, org: str) -> bool:
        """
        Whether the organisation *org*'s own acronym stands in brackets at
        *k*: "(GCC)".
        """
        if not _in_brackets(self.words, k):
            return False
        found = self._name_at(k + 1)
        return found is not None and any(
            meaning.key == org for meaning in found[1]
        )

    def _acronym_given(self, k: int, org: str) -> None:
        """
        Note the acronym in brackets at *k* after the organisation *org*
        when the tables give it another ("the European Council (EC)": not
        the Commission), so that the text's own meaning holds after.
        """
        if not _in_brackets(self.words, k):
            return
        acronym = self.words[k + 1]
        found = self._name_at(k + 1)
        if (
            acronym.isupper()
            # its own letters, in order: "the European Council (EC)", not
            # "the World Food Programme (UN)", a body and its parent
            and acronym == self._name_initials(k)
            and found is not None
            and found[0] == k + 2
            and all(m.type == ORGANISATION and m.key != org for m in found[1])
        ):
            self.acronyms[acronym] = org

    def _name_initials(self, k: int) -> str:
        """
        The initials of the capitalised name that ends before token *k*,
        its small words passed over: "EC" for "the European Council",
        "CE" for "the Council of Europe".
        """
        words = self.words
        letters = []
        for j in range(k - 1, max(-1, k - _ACRONYM_NAME_REACH), -1):
            word = words[j]
            if word.casefold() in _ACRONYM_SMALL_WORDS:
                continue
            if not word[:1].isupper():
                break
            letters.append(word[0])
        return "".join(reversed(letters))

    def _named(self, i: int, head: tuple[int, int, Meaning]) -> Mention:
        first, last, meaning = head
        start, end = self._span(i, last)
        written = self.text[self.tokens.starts[first] : end]
        if meaning.type == ORGANISATION:
            org = meaning.key
            if last - first == 1:
                org = self.acronyms.get(self.words[first], org)
            entity = self.org_entity(org)
            if self._acronym_after(last, org):
                # "the Gulf Cooperation Council (GCC)": its fullest form.
                written = self.text[
                    self.tokens.starts[first] : self.tokens.ends[last + 2]
                ]
            else:
                self._acronym_given(last, org)
            entity.written(written)
            return Mention(i, last, start, end, NAME, entity)
        entity = self._state(meaning.key)
        if meaning.type == COUNTRY:
            entity.written(written)
        return Mention(i, last, start, end, NAME, entity, via=meaning.type)

    def _state(self, code: str) -> Entity:
        entity = self.states.get(code)
        if entity is None:
            name = self.tables.country_names[code]
            entity = Entity(STATE, name, country=code)
            self.states[code] = entity
            self.entities.append(entity)
        return entity

    def state_entity(self, code: str) -> Entity:
        """
        The entity of the state *code*, made on first use.
        """
        return self._state(code)

    def org_entity(self, org_id: str) -> Entity:
        """
        The entity of the tables' organisation *org_id*, made on first use.
        """
        entity = self.orgs.get(org_id)
        if entity is None:
            org = self.tables.organisations[org_id]
            entity = Entity(
                org.kind, org.name, country=org.country, org=org_id
            )
            self.orgs[org_id] = entity
            self.entities.append(entity)
        return entity

    def _document(self, i: int, k: int) -> Mention:
        start, end = self._span(i, k)
        head = self.words[k - 1]
        for entity in reversed(self.entities[-_LOOK_BACK_ENTITIES:]):
            if entity.kind == ORG and entity.name.endswith(head):
                return Mention(i, k, start, end, NAME, entity)
        return self._organisation(
            i, k, self.text[self.tokens.starts[i + 1] : end]
        )

    def _institution_centre(self, j: int, k: int) -> bool:
        """
        Whether the run from token *j* to *k*, ending in "Center" or
        "Centre", names an institution, not a building: "the Pew Research
        Center", "the Center for Strategic Studies" (not "the Kennedy
        Center", "the World Trade Center").
        """
        words = self.words
        return words[k - 1] in _CENTRES and (
            words[k : k + 1] == ["for"]
            or not _INSTITUTION_WORDS.isdisjoint(words[j:k])
        )

    def _named_for(self, k: int) -> int:
        """
        Where an organisation's name ending at token *k* ends with its
        "for" or "on" tail of capitalised words ("for Economics and Peace",
        "on Foreign Relations", "for the Study of War"), else *k*.  An "on"
        tail is a field's ("the Council on Syria" met about a state).
        """
        words = self.words
        n = len(words)
        if k >= n or words[k] not in {"for", "on"}:
            return k
        m = k + 1
        if m < n and words[m] == "the":
            m += 1
        end = k
        while m < n and m - k <= _NAMED_FOR_REACH:
            if _is_name_word(words[m]) and words[m] not in _ORG_HEADS:
                m += 1
                end = m
            elif words[m] in _NAME_JOINERS and end == m:
                m += 1  # "Strategic and International", "Study of War"
            else:
                break
        if words[k] == "on" and words[end - 1] not in _FIELDS:
            return k
        return k if self._only_places(k + 1, end) else end

    def _only_places(self, first: int, end: int) -> bool:
        """
        Whether the words from token *first* to *end* name only states and
        places ("for Azerbaijan and Georgia": a joint commission of theirs,
        whose states the events need), besides joining words.
        """
        words = self.words
        m = first
        while m < end:
            if words[m] in _NAME_JOINERS or words[m] == "the":
                m += 1
                continue
            found = longest_at(self.tables.names, words, m)
            if found is None or _best(found[1]).type not in _PLACE_TYPES:
                return False
            m = found[0]
        return True

    def _organisation(
        self, i: int, k: int, name: str, country: str | None = None
    ) -> Mention:
        start, end = self._span(i, k)
        org_key = "name:" + name.casefold()
        entity = self.orgs.get(org_key)
        if entity is None:
            entity = Entity(ORG, name, country=country)
            self.orgs[org_key] = entity
            self.entities.append(entity)
        return Mention(i, k, start, end, NAME, entity)

    def _state_body(
        self,
        i: int,
        end_token: int,
        body_name: str,
        np: _NounPhrase,
        country: str | None = None,
    ) -> Mention:
        start, end = self._span(i, end_token)
        first = i + 1 if self.words[i] in _DETERMINERS else i
        written = self.text[self.tokens.starts[first] : end]
        country = country or np.country()
        if country is None and not np.orgs:
            # "the ministry": the body of that name named last.
            known = self.bodies.get(body_name)
            if known is not None:
                return Mention(i, end_token, start, end, NAME, known)
        org_key = f"body:{country}:{body_name}"
        entity = self.orgs.get(org_key)
        if entity is None:
            entity = Entity(ORG, written, country=country)
            self.bodies[body_name] = entity
            if country is not None:
                entity.affiliation = f"state:{country}"
            self.orgs[org_key] = entity
            self.entities.append(entity)
        else:
            entity.written(written)
        return Mention(i, end_token, start, end, NAME, entity, country=country)

    def _single(self, i: int, word: str) -> Mention | None:
        """
        One capitalised word: a person named before, else a new name only
        where the rules that use it say so (see `Scanner.person_for`).
        """
        start, end = self._span(i, i + 1)
        entity = self._known_person((self.words[i],))
        if entity is None:
            # "Jokowi" after "Joko Widodo": one person in the people table.
            known = self.tables.people.get((self.words[i],))
            if known is not None:
                entity = self.by_known.get(known.name)
        return Mention(i, i + 1, start, end, NAME, entity)

    def _known_person(
        self, words: list[str] | tuple[str, ...]
    ) -> Entity | None:
        wanted = _name_words(words)
        if not wanted:
            return None  # "'À": no word of it names anyone
        candidates = self.by_word.get(wanted[-1], ())
        for entity in reversed(candidates):
            if entity.words.issuperset(wanted):
                return entity
        return None

    def _index(self, entity: Entity) -> None:
        by_word = self.by_word
        for word in entity.words:
            known = by_word.get(word)
            if known and known[-1] is entity:
                continue  # the most recent already
            known = [e for e in known or () if e is not entity]
            known.append(entity)
            # The most recent few are enough to resolve a name to.
            by_word[word] = known[-_RECENT_PER_WORD:]

    def _person(  # noqa: PLR0913 - a name, its words and what its title says
        self,
        name: str,
        words: list[str],
        role: str | None,
        country: str | None,
        *,
        expert: bool = False,
        stateless: bool = False,
    ) -> Entity:
        entity = self._known_person(words)
        if entity is None and len(words) > 1:
            # "Masoud" for "Massoud": the same surname and a first name
            # that starts alike are the same person ("Nawaf Al-Sabah" and
            # "Mishal Al-Sabah" are not).
            surname, given = words[-1], words[0][:3].casefold()
            for known in reversed(self.by_word.get(surname, ())):
                parts = known.name.split()
                if parts[-1] == surname and parts[0][:3].casefold() == given:
                    entity = known
                    break
        if entity is None:
            # "President Jokowi" after "Joko Widodo": the people table
            # knows them for one person.
            listed = self.tables.people.get(tuple(words))
            if listed is not None:
                entity = self.by_known.get(listed.name)
        if entity is None:
            entity = Entity(PERSON, name, country=country, role=role)
            self.entities.append(entity)
            self._known_country(entity, words, stateless=stateless)
        else:
            named = frozenset(_name_words(words))
            if len(name) > len(entity.name) and entity.words <= named:
                entity.name = name
                entity.words = named
            if entity.role is None or (
                role and not expert and entity.role == "counterpart"
            ):
                entity.role = role
            entity.country = entity.country or country
        if (
            entity.affiliation is None
            and role is not None
            and role == entity.role
        ):
            # "European Commissioner for Trade": the office before its
            # portfolio, held now (a later "the former European
            # Commissioner X" gives no role).
            office = role.split(" for ", 1)[0]
            entity.affiliation = _OFFICE_ORGANISATIONS.get(office)
        self._index(entity)
        return entity

    def new_person(self, mention: Mention) -> Entity:
        """
        Make the single word of *mention* a person of its own, when a rule
        has shown it names someone ("Narimanli said").
        """
        name = self.text[mention.start : mention.end]
        words = self.words[mention.first : mention.last]
        known = self._known_person(words)
        if known is not None:
            mention.entity = known
            return known
        entity = Entity(PERSON, name)
        self.entities.append(entity)
        self._known_country(entity, self.words[mention.first : mention.last])
        self._index(entity)
        mention.entity = entity
        return entity

    def labelled_person(self, first: int, last: int) -> Entity | None:
        """
        The person a transcript's label in capitals names, "MR. REEKER:",
        "SECRETARY VASKO:" or "LENA VASKO:": the name in title case less its
        courtesy title or office, the person of that surname named before
        when there is one; None when the tables know the words as a place
        or a body ("WASHINGTON:").
        """
        words = [w.title() for w in self.words[first:last] if w != "."]
        if words and words[0] in _COURTESIES:
            words = words[1:]
        office = longest_at(
            self.tables.titles, [w.casefold() for w in words], 0
        )
        if office is not None:
            words = words[office[0] :]  # "SECRETARY TILLERSON:"
        if (
            not words
            or not all(w.isalpha() for w in words)
            or longest_at(self.tables.names, words, 0) is not None
        ):
            return None
        known = self.by_word.get(words[-1])
        if known:
            return known[-1]
        entity = Entity(PERSON, " ".join(words))
        self.entities.append(entity)
        self._index(entity)
        return entity

    def unnamed_official(self, mention: Mention) -> Entity:
        """
        The official a nominal describes when nobody named before fits it
        ("received the ambassador of Sweden"): a person of that role and
        state, known by the description.
        """
        entity = Entity(
            PERSON,
            self.text[mention.start : mention.end],
            country=mention.country,
            role=mention.role,
        )
        entity.words = frozenset()  # a description: no name to refer back by
        self.entities.append(entity)
        mention.entity = entity
        return entity

    def _known_country(
        self, entity: Entity, words: list[str], *, stateless: bool = False
    ) -> None:
        """
        The state of a well-known person the text names without one
        ("Lavrov said"), from the people table; none for one *stateless*
        here, who acts for an international organisation.
        """
        known = self._table_person(words)
        if known is None:
            return
        self.by_known.setdefault(known.name, entity)
        if entity.country is None and not stateless:
            entity.country = known.country

    def _table_person(self, words: Sequence[str]) -> Person | None:
        """
        The person of the people table *words* name, as it writes the name
        or but for its capitals and full stops ("El-Sisi" for "el-Sisi",
        "Md" for "Md.", "al Jaber" for "Al Jaber").
        """
        known = self.tables.people.get(tuple(words))
        if known is None and len(words) > 1:
            folded = folded_name(words)
            alike = self.tables.people_folded.get(folded[-1])
            known = (
                alike.get(folded) or alike.get(_without_initials(folded))
                if alike
                else None
            )
        return known

    def _for_no_state(self, np: _NounPhrase) -> bool:
        """
        Whether a title makes its holder act for an international
        organisation, not a state: "NATO Secretary General X", "UN envoy
        X", not "UN Ambassador X" (a state's envoy there).
        """
        return (
            not np.countries
            and self.tables.organisations[np.orgs[0]].country is None
            and not any(
                word in role
                for role in np.roles
                for word in _STATE_ENVOYS_THERE
            )
        )


# What may end an aside after a name: ", head of the UN office – Gulf
# Branch" ends at the dash, before the office's unit.
_APPOSITIVE_ENDS: Final = frozenset([",", ".", ";", ")", "–", "—"])
# The particles of an Arabic name before the father's name.
_PATRONYMIC: Final = frozenset(["bin", "bint", "ibn", "Bin", "Bint", "Ibn"])


class _NounPhrase:
    """
    What the words before a name say about it.
    """

    __slots__ = (
        "aside",
        "countries",
        "determined",
        "document",
        "expert",
        "head",
        "honorific",
        "nickname",
        "orgs",
        "possessor",
        "roles",
    )

    def __init__(self) -> None:
        self.aside = False  # ", the Foreign Minister," after a name
        self.determined = False  # "the Speaker said": a title after "the"
        self.document = False  # "the Riyadh Declaration" is a document
        self.nickname: str | None = None  # "(Jokowi)" after the name
        self.countries: list[str] = []
        self.orgs: list[str] = []
        self.roles: list[str] = []
        self.honorific = False
        self.expert = False
        self.head: tuple[int, int, Meaning] | None = None
        # The first state or organisation with "'s": what "Georgia's key
        # role" names when no person follows it.
        self.possessor: tuple[int, int, Meaning] | None = None

    def role(self) -> str | None:
        return " and ".join(self.roles) if self.roles else None

    def country(self) -> str | None:
        return self.countries[0] if self.countries else None


def _tidy_role(
    written: str, canonical: str, scanner: Scanner, end: int, j: int
) -> str:
    """
    The role of an office written with a tail: the canonical role when the
    tail only names a state ("President of Azerbaijan" -> President), else
    the office as written ("Minister of Foreign Affairs and International
    Cooperation").
    """
    tail = scanner.words[end:j]
    if all(w not in scanner.tables.office_words for w in tail):
        return canonical
    return written


def _best(meanings: tuple[Meaning, ...]) -> Meaning:
    return meanings[0]


def _record(meaning: Meaning, countries: list[str], orgs: list[str]) -> None:
    if meaning.type == ORGANISATION:
        orgs.append(meaning.key)
    else:
        countries.append(meaning.key)


def _without_initials(name: tuple[str, ...]) -> tuple[str, ...]:
    """
    A folded name without the initials inside it: "Antony J. Blinken" is
    the people table's "Antony Blinken".
    """
    last = len(name) - 1
    return tuple(
        word
        for i, word in enumerate(name)
        if not 0 < i < last or len(word) > 1
    )
