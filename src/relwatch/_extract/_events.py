"""
Diplomatic events: a trigger from the table, the actors on each side of
it, the status its sentence gives it, and the date and place it names.

Each frame with an invented example:

- ``SUBJECT TRIGGER OBJECT``: "President Aliyev received the Iranian
  envoy" (host, visitor); "Fidan met his Qatari counterpart" (parties).
- ``SUBJECT TRIGGER in WHERE``: "The minister arrived in Baku" (the
  visitor; the host is the place's state).
- ``X's TRIGGER to Y``, ``TRIGGER of X to Y`` and ``TRIGGER by X to Y``:
  "Pezeshkian's visit to Azerbaijan", "the visit of the emir to Oman".
- ``TRIGGER between X and Y``: "talks between Baku and Yerevan".
- ``TRIGGER with X``: "a phone call with President Aliyev".
- a subject of two actors is two parties: "Bayramov and Fidan met"; two
  actors who "exchanged congratulations" praise each other.
- a date belongs to the trigger before it in its sentence ("met on
  Monday"), or to the first one after it when none precedes ("On Monday,
  the two met") and no cue stands on either side of it ("said on
  Thursday that X met Y on Wednesday", "On Thursday, X said Y met Z on
  Wednesday": Wednesday), and none in a "since" phrase ("the
  first visit since the two restored ties in March"); a trigger with none
  shares the nearest one's, unless the words between set them apart
  ("signed a deal during the visit on Monday", not "met after the visit
  on Monday").
- a plan's weekday is the first after the day it was told ("said on
  Monday he will visit on Wednesday"), and that day is not the plan's.
- a dated mention with no actors of its own ("Sunday's meeting") dates
  the last event of its kind when that has none.
- an act with no date between the sides of one dated meeting, visit or
  call is of that occasion, and takes its date ("They met on Sunday. X
  thanked Y for ...").
- a visit or meeting of two states with no date takes the day a visitor
  of one left the other's capital, told after it ("X received the Omani
  envoy ... The envoy left Doha on Wednesday").
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re

from collections.abc import Callable, Iterable
from typing import Final, NamedTuple

from .._dates import PartialDate
from .._models import ActorKind, ParticipantRole, Span
from .._resolve import MONTHS, PLANNED_FOR, resolve_date, week_month
from .._taxonomy import EventStatus
from ._doc import SKIPPABLE, Doc, office_of_pair
from ._mentions import (
    NAME,
    ORG,
    PAIR,
    PERSON,
    STATE,
    STATE_GROUPS,
    TWO,
    Entity,
    Mention,
    group_of,
)
from ._mentions import PLACE as PLACE_MENTION
from ._tables import (
    CAPITAL,
    CITY,
    COUNTRY,
    DEMONYM,
    GAP_WORDS,
    Trigger,
    longest_at,
    positions,
    verb_starts,
)
from ._tables import key as lookup_key
from ._text import WEEKDAYS, in_aside


INITIATOR: Final = ParticipantRole.INITIATOR
RECIPIENT: Final = ParticipantRole.RECIPIENT
HOST: Final = ParticipantRole.HOST
PARTY: Final = ParticipantRole.PARTY
MEDIATOR: Final = ParticipantRole.MEDIATOR
WHERE: Final = "place"  # a trigger side that names where, not who
MUTUAL: Final = "mutual"
NONE: Final = "-"

# Words that may stand in a trigger's "*" gap: never names or punctuation.
_GAP_STOP: Final = frozenset('.,;:!?"“”()')
# Words that make the event a call: no gap of a kind held in person takes
# them ("held phone talks" is a call, not "held * talks"), while "sent a
# video message to" is still praise.
_CALL_MEDIA: Final = frozenset(["phone", "telephone", "video", "virtual"])
# "called in a statement for X to ...": a call for, not an envoy called in.
_CALL_IN: Final = frozenset(["called", "calls", "call", "calling"])
_CLAUSE_END: Final = frozenset(".;!?:")
_OPENING_QUOTES: Final = frozenset('"“‘')
# Words between a trigger and its object: "met with the visiting Qatari
# delegation", "received on Monday the ambassador".
_OBJECT_SKIP: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "this",
        "that",
        "these",
        "visiting",
        # "the newly appointed envoys of X", "newly elected President X"
        "newly",
        "appointed",
        "elected",
        "re-elected",
        "sworn-in",
        "accredited",
        "outgoing",
        "top",
        "new",
        "two",
        "three",
        # "sanctions on six Iranian officials"
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "several",
        "dozens",
        # "expelled two more Polish diplomats", "another two", "other"
        "more",
        "another",
        "other",
        "further",
        "additional",
        "neighbouring",  # "severed relations with neighbouring X"
        "neighboring",
        "both",
        "senior",
        "high-level",
        "official",
        "state",
        "working",
        "bilateral",
        "first",
        "separately",
        "jointly",
        "also",
        "here",
        "there",
        "today",
        "yesterday",
        "newly",
        "appointed",
        "accredited",
        "outgoing",
        "former",
    ]
)
# "a phone call with his brother, King X": the kinship of monarchs, an
# apposition before the name.
_KIN: Final = frozenset(["brother", "sister"])
# "received the ambassadors of X and Y": the states are the object; the
# members of a state body only ("members of the X embassy", not "members of
# the X opposition").
_MEMBERS: Final = frozenset(["member", "members"])
# Envoys and counterparts told by the states they come from: "his
# counterparts from X and Y", "envoys representing X".
_FROM_STATE_HOLDERS: Final = frozenset(
    """ambassador ambassadors envoy envoys counterpart counterparts""".split()  # noqa: SIM905
)
# Travel rules on a state's travellers are no sanction: "lifted travel bans
# on Chilean tourists", "visa restrictions on Chilean students" (a sanction
# targets a state or its officials and entities, not its private people).
_TRAVELLERS: Final = frozenset(
    """tourist tourists visitor visitors traveller travellers traveler
    travelers passenger passengers pilgrim pilgrims student students
    migrant migrants""".split()  # noqa: SIM905
)
_STATE_BODIES: Final = frozenset(
    """embassy consulate mission delegation government cabinet staff
    parliament senate congress legislature assembly""".split()  # noqa: SIM905
)
_HOLDER_NOUNS: Final = frozenset(
    """ambassador ambassadors envoy envoys representative representatives
    delegation delegations diplomat diplomats member members""".split()  # noqa: SIM905
) | frozenset(
    # how many, before whom: "sanctions on a number of Chilean officials",
    # "on a slate of Chilean firms", "on dozens of Chilean firms"
    "number slate group series list batch raft handful dozen dozens".split()  # noqa: SIM905
)
_PREPOSITIONS: Final = frozenset(
    [
        "with",
        "to",
        "in",
        "at",
        "of",
        "by",
        "between",
        "from",
        "for",
        "on",
        "during",
        "against",
    ]
)
# Prepositions of where and when, not of who.
_ADJUNCTS: Final = frozenset({"at", "on", "during", "from", "for"})
# Prepositions whose object takes the role of the trigger's own object.
_AS_OBJECT: Final = frozenset({"", "with"})
# A visit told in the passive with no subject ("credentials were presented
# by X to Y"): the agent visits, the one handed them hosts.
_PASSIVE_VISIT: Final = {"by": INITIATOR, "to": HOST}
# Sanctions told in the passive with no subject ("the sanctions imposed by
# X on Y"): the agent imposes them, the one they are on is their target.
_PASSIVE_SANCTION: Final = {
    "by": INITIATOR,
    "on": RECIPIENT,
    "against": RECIPIENT,
}
# The auxiliaries of a passive: "Germany was criticised over ...".
_PASSIVE_AUXILIARIES: Final = frozenset(["is", "are", "was", "were", "been"])
# And of a passive participle of a directed act: "is being accused of".
_PASSIVE_BE: Final = _PASSIVE_AUXILIARIES | {"be", "being"}
# Prepositions that make a call the means of an act: "thanked X by phone".
_BY_MEANS_OF: Final = frozenset(["by", "via", "in", "during", "over", "on"])
# Words just before such a preposition that make the call another occasion
# than the act: "weeks after talks by phone", "rather than by phone".
_NOT_THE_MEANS: Final = frozenset(
    ["after", "before", "since", "than", "instead", "following", "rather"]
)
_NOT_THE_MEANS_REACH: Final = 2  # "after talks by phone"
# Relative pronouns that open a clause of its own after a comma: "praised
# Y, who had thanked Z by phone": the call is Y's, not the praise's.
_RELATIVES: Final = frozenset(["who", "which"])
# Acts whose object is the one spoken to: "thanked X by phone" is a call
# with X, where "condemned X by phone" is not.
_ADDRESSED: Final = frozenset(["praise", "intent_to_meet"])
# What a message is sent as: "received a cable from X".
_MESSAGES: Final = frozenset(["cable", "letter", "message"])
# What a message of condolence, no praise, is about: "a cable to X over the
# attack".
_CONDOLENCES: Final = frozenset(
    """condolence condolences sympathy sympathies attack attacks death
    passing victims earthquake floods explosion bombing""".split()  # noqa: SIM905
)
# The roles an act's sides keep in the call that was its means.
_ON_THE_PHONE: Final[dict[str, str]] = {
    INITIATOR: INITIATOR,
    RECIPIENT: RECIPIENT,
}

_PLANNED: Final = frozenset(
    [
        "will",
        "'ll",
        "shall",
        "upcoming",
        "forthcoming",
        "planned",
        "scheduled",
        "plans",
        "plan",
        "planning",
        "intends",
        "intend",
        "due",
    ]
)
_SPECULATED: Final = frozenset(
    [
        "may",
        "might",
        "could",
        "would",
        "possible",
        "possibly",
        "likely",
        "expected",
        "ready",
        "willing",
        "considering",  # "is considering sanctions"
        "weighing",
        "mulling",
        "mooted",
        "floated",
        "reportedly",
        "rumoured",
        "rumored",
    ]
)
# Words between a reported "would" and its verb: "would also visit".
_WOULD_ADVERBS: Final = frozenset(["also", "soon", "then", "later", "again"])
# Words between a speech verb and its "that": "said in a statement that",
# "announced on Tuesday, April 15, that".
_CUE_TO_THAT: Final = 8
# Tokens between a "that" and the verb of its clause, or a denial and its
# "that": a long sentence is read a bounded way back from each trigger.
_THAT_REACH: Final = 40
_ASIDE_REACH: Final = 8  # "that, during the summit, X met"
# Words between a verb and a subject not found before it: "had ever met".
_PAST_SUBJECT: Final = SKIPPABLE | {"ever"}
# Words of sources that tell what is expected as hearsay, not announced:
# "diplomatic sources said", "Kyodo reported", "an official said on
# condition of anonymity".
_HEARSAY: Final = frozenset(
    """source sources reported reports reportedly media press newspaper
    diplomats analysts observers insiders anonymity anonymously""".split()  # noqa: SIM905
)
# An announcement the sentence says is not made leaves what is expected
# hearsay: "though neither side has confirmed it", "has yet to be announced".
_ANNOUNCING: Final = frozenset(
    """confirm confirms confirmed announce announces announced""".split()  # noqa: SIM905
)
_NOT_YET: Final = frozenset(["not", "n't", "yet", "neither", "never"])
# A visit made on a host's invitation is one arranged, not guessed at.
_INVITED: Final = frozenset(
    {("on", "the", "invitation"), ("at", "the", "invitation")}
)
_NOT_YET_REACH: Final = 4  # "neither side has officially confirmed"
# What is prepared for is to come: "reviewed preparations for X's visit"
# (not "a preparatory meeting", held to prepare).
_PREPARING: Final = frozenset(
    ["preparations", "preparation", "preparing", "prepare", "prepares"]
)
_PREPARED_REACH: Final = 10  # "preparations for Premier X Y Z's state visit"
# Speech verbs that tell a guess, not a plan: "predicted that X would".
_GUESSED: Final = frozenset(
    """predicted predicts predict believed believes believe thought thinks
    think speculated speculates suggested suggests guessed""".split()  # noqa: SIM905
)
# Hearsay ("there are reports that", "media reports say", where "Xinhua
# reports that" relays an outlet's own news) and offers ("was prepared to
# host", where "prepared the meeting" is work for a plan).
_SPECULATED_PAIRS: Final = frozenset(
    [(word, "reports") for word in ["are", "were", "media", "press", "to"]]
    + [("prepared", "to")]
)
# Acts that a decision performs: "decided to expel", "agreed to suspend
# talks" report them done, where "agreed to visit" is a plan.
_DECIDED_ACTS: Final = frozenset(
    """halt_negotiations break_relations expulsion sanction
    recognition""".split()  # noqa: SIM905
)
_DECIDED: Final = frozenset(["decided", "agreed", "voted"])
# A plan only hoped for is speculation.
_HOPED: Final = frozenset(["hope", "hopes", "hoped", "hoping", "hopeful"])
_CANCELLED: Final = frozenset(
    [
        "cancelled",
        "canceled",
        "cancel",
        "cancels",
        "cancellation",
        "cancelation",
        "scrapped",
        "scraps",
    ]
)
# "called off" told before the event it cancels.
_CALLED_OFF: Final = frozenset(
    (verb, "off") for verb in ["call", "calls", "called", "calling"]
)
_POSTPONED: Final = frozenset(
    ["postponed", "postpone", "postpones", "delayed", "delay", "deferred"]
)
# "has been put off", "was pushed back", after the event or right before
# it ("has put off a visit"), within so many tokens.
_PUT_OFF_REACH: Final = 4
_PUT_OFF: Final = frozenset(
    (verb, particle)
    for verbs, particle in (
        (["put", "puts", "putting"], "off"),
        (["pushed", "push", "pushing"], "back"),
    )
    for verb in verbs
)
_DENIED: Final = frozenset(
    """denied denies deny not never no n't declined declines declining
    refused refuses refusing""".split()  # noqa: SIM905 - "refused to expel"
)
# Verbs that deny what their "that" clause tells: "denied reports that".
_DENYING: Final = frozenset(
    """denied denies deny denying rejected rejects dismissed dismisses
    refuted refutes""".split()  # noqa: SIM905
)
# Of those, the ones that may dismiss a judgement of an event, not the
# event: "dismissed suggestions that the talks had failed".
_REJECTING: Final = frozenset(
    """rejected rejects dismissed dismisses refuted refutes""".split()  # noqa: SIM905
)
# Words that tell an event held, after it as the subject: "reports that
# talks had taken place" (rejected, they are denied).
_HAPPENED: Final = frozenset(["place", "held", "happened", "occurred"])
_HAPPENED_REACH: Final = 10  # "talks between X and Y in Z had taken place"
# Words before a speech verb's form that make it a noun: "denied a report
# by X that", "the claim that".
_NOUN_AFTER: Final = frozenset(["a", "an", "the", "this", "such"])
# Words of a noun trigger's verb group before it, after its subject: "that
# Chile had entered into secret negotiations".
_VERB_GROUP_REACH: Final = 5
# Words that join a second verb to the first ("denied it but confirmed"),
# and so close the reach of a negation before them; a quotation's end
# closes it only before a comma ("said it "never" did, and", not "“will
# never” sign").
_COORDINATORS: Final = frozenset(["and", "but"])
_CLOSING_QUOTES: Final = frozenset(['"', "”"])
_ONGOING: Final = frozenset(["currently", "ongoing", "underway"])
# "agreed to begin talks", "decided to launch negotiations": a plan.
_BEGIN: Final = frozenset(["begin", "start", "launch", "open", "commence"])
# "started his visit", "opens its summit": under way when told.
_STARTED: Final = frozenset(
    [
        "started",
        "starts",
        "began",
        "begins",
        "opened",
        "opens",
        "kicked",
        "kicks",
        "commenced",
        "commences",
    ]
)
_ORDINALS: Final = frozenset(["first", "second", "third", "last", "only"])
# Verbs of setting out for a visit: present tense tells a timetable.
_DEPARTING_SOON: Final = frozenset(
    ["leaves", "departs", "heads", "sets", "flies", "travels"]
)
_DEPARTED: Final = frozenset(["left", "departed", "headed", "set"])
# Verbs of a visitor leaving the place visited: "left Doha", "departed
# from Lima" (not "left for", a trip's start).
_LEFT: Final = frozenset(["left", "departed"])
_PERFECT: Final = frozenset(["has", "have"])
_HAS: Final = (["has"], ["have"])
_IN_PERFECT: Final = _PERFECT | {"had"}
# "later that day", "earlier that morning": the day named before, within a
# few sentences.
_DAY_PARTS: Final = frozenset(
    ["day", "morning", "afternoon", "evening", "night"]
)
# Sentences back "the same day" looks for its day: a paragraph's "On the
# same day" may follow the quotes of the event it dates.
_THAT_DAY_REACH: Final = 12
# A day named by the one told before: "the next day", "a day earlier";
# the rule of its date, which "next" puts in no future.
_RELATIVE_TO_DATE: Final = "relative-to-date"
# A month named by the one told before in the sentence.
_SAME_MONTH: Final = re.compile(r"\b(?:[Tt]he same|[Tt]hat same|that) month\b")
_DAY_SHIFT: Final = {
    "the next day": 1,
    "the following day": 1,
    "a day later": 1,
    "one day later": 1,
    "the previous day": -1,
    "a day earlier": -1,
    "one day earlier": -1,
    "the same day": 0,
    "the next morning": 1,
    "the following morning": 1,
    "two days later": 2,
    "three days later": 3,
    "two days earlier": -2,
    "three days earlier": -3,
}
# "earlier in the day", "later in the evening": the day named before.
_IN_THE_DAY: Final = frozenset(["earlier", "later"])
_THE_DAY_PARTS: Final = frozenset(("the", part) for part in _DAY_PARTS)
# Past verbs with no "-ed" that "later" or "earlier" may stand before.
_DONE_VERBS: Final = frozenset(
    "held met spoke made paid sent gave took".split()  # noqa: SIM905
)
# A day named by the one told before, when the act follows: "The call came
# a day after X held talks" (the talks the day before the call); "X met Y
# a day after the summit" is no such day.
_DAY_SHIFT_TO_ACT: Final = {
    "a day after": -1,
    "one day after": -1,
    "two days after": -2,
    "a day before": 1,
    "one day before": 1,
    "two days before": 2,
}
# The second words of those, and of "that day", "that morning".
_DAY_SECOND: Final = (
    _DAY_PARTS
    | {phrase.split()[1] for phrase in _DAY_SHIFT}
    | {phrase.split()[1] for phrase in _DAY_SHIFT_TO_ACT}
    | {"in"}
)
# Words from "since" to the date it opens: "since taking office in 2013",
# "since the two states restored ties in March".
_SINCE_REACH: Final = 8
# Marks that end a "since" phrase before its reach, but for a comma between
# two names: "Since the vote, X met Y on Monday" dates the meeting.
_PHRASE_ENDS: Final = frozenset([",", ";", ":"])
# Words that set a sentence's acts at some time of their own, not the
# occasion told elsewhere: "when Chile accused ...", "a decade ago".
_TOLD_PAST: Final = frozenset(["ago", "when", "once", "previously"])
_TOLD_PAST_PHRASES: Final = frozenset(
    [("in", "the", "past"), ("at", "the", "time")]
)
_NOT_ONCE: Final = frozenset(["again", "more"])  # "once again" is now
_DURING_REACH: Final = 4  # "during a", two words, and the noun
_TOLD_PAST_FIRST: Final = _TOLD_PAST | {"in", "at", "during"}
_ON_A: Final = frozenset(["a", "an", "his", "her", "their", "its"])
# After a named event: "the summit to be held in May" is a plan.
_PLANNED_AFTER: Final = (
    "to be held",
    "will be held",
    "will take place",
    "will start",
    "will begin",
    "will open",
    "is scheduled",
    "are scheduled",
    "is due",
    "is set to take place",
    "set for",
    "slated for",
    "scheduled for",
    "planned for",
    # "said a joint commission would meet": a plan reported
    "would be held",
    "would meet",
    "would convene",
    "will meet",
    "will convene",
)
# After a named event, or a mediation: "talks are continuing", "the
# mediation was continuing" are under way.
_ONGOING_AFTER: Final = (
    "is continuing",
    "are continuing",
    "was continuing",
    "were continuing",
    "is under way",
    "are under way",
    "is underway",
    "are underway",
    "is ongoing",
    "are ongoing",
    "is progressing",
    "are progressing",
    "was progressing",
    "were progressing",
)
# Talks named as a process going on: "the launch of negotiations",
# "developments in the talks", "the remaining issues in the negotiations".
_IN_PROGRESS: Final = frozenset(
    [
        ("launch", "of"),
        ("developments", "in"),
        ("progress", "in"),
        ("issues", "in"),
        ("course", "of"),
        ("stage", "of"),
        ("state", "of"),
        ("status", "of"),
    ]
)
_IN_PROGRESS_REACH: Final = 4
# Verbs of a contact made whose purpose an infinitive after it tells:
# "telephoned X to congratulate him" congratulated him.
_CONTACTED: Final = frozenset(
    """telephoned phoned rang called summoned spoke talked met traveled
    travelled flew""".split()  # noqa: SIM905
)
_PURPOSE_REACH: Final = 14
# Words between a contact and "to" that make the act no purpose of it:
# "spoke of the need to", "talked about the decision to".
_NOT_A_PURPOSE: Final = frozenset(["of", "about", "need", "decision", "plan"])
# Words after "called" that make it an appeal ("called on X to"), and the
# adverbs that may stand before them ("called once again on X to").
_APPEALED: Final = frozenset(["on", "upon", "for"])
_CALL_ADVERBS: Final = frozenset(
    """again once also repeatedly anew further publicly today""".split()  # noqa: SIM905
)
_PHASE_ORDINALS: Final = frozenset(
    ["first", "second", "third", "fourth", "final", "last", "previous"]
)
# "the progress achieved in the negotiations": a participle may stand
# between the process and its preposition.
_PROGRESS_PARTICIPLES: Final = frozenset(
    ["achieved", "made", "reached", "recorded", "registered"]
)
_TALKS: Final = frozenset(
    ["talks", "negotiations", "negotiation", "dialogue", "consultations"]
)
# After a named event: "a meeting has been floated for December", "talks
# could take place next week" are no plan.
_SPECULATED_AFTER: Final = (
    "has been floated",
    "have been floated",
    "was floated",
    "were floated",
    "has been mooted",
    "have been mooted",
    "was mooted",
    "were mooted",
    "is mooted",
    "are mooted",
    "is expected to take place",
    "are expected to take place",
    "could take place",
    "may take place",
    "might take place",
    "could be held",
    "may be held",
    "might be held",
)
_ARTICLES: Final = frozenset(["a", "an", "the"])
# Before a date that names a thing: "the March 12 raid", "Iraq's May vote".
_NAMING: Final = _ARTICLES | {"'s"}
# Verbs that carry a named event: "held a phone call", "had talks".
_LIGHT_VERBS: Final = frozenset(
    [
        "held",
        "hold",
        "holds",
        "holding",
        "had",
        "have",
        "has",
        "made",
        "make",
        "makes",
        "conducted",
        "conduct",
        "conducts",
        "shared",  # "X and Y shared a phone call"
    ]
)
# Verbs that carry a named event after "would": "would pay a visit",
# "would undertake a visit", "would hold talks"; and the words between.
_CARRYING: Final = _LIGHT_VERBS | {"pay", "undertake"}
_ROUND_OF: Final = frozenset(["round", "of"])
_ADJECTIVES_REACH: Final = 3  # "held a rare and cordial phone call"
_CARRIED_REACH: Final = 6  # "a new round of", "a two-day official"
# Verbs of leaders at a signing they preside over: "X and Y witnessed the
# signing of": its subject signed.
_WITNESSED: Final = frozenset(
    ["witnessed", "witness", "witnesses", "witnessing"]
)
# "were continuing", "is pursuing": an effort under way when told.
_GOING_ON: Final = frozenset(["is", "are", "was", "were", "'s", "'re"])
_CARRYING_ON: Final = frozenset(["continuing", "pursuing"])
_CARRY_ON: Final = frozenset(["continue", "pursue"])
_FUTURE_CARRIED: Final = frozenset(["will", "would", "'ll"])
_TENSE_AUXILIARIES: Final = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "will", "would"]
)
# Verbs that carry their subject's own efforts on: "X and Y continued their
# mediation efforts".
_PURSUED: Final = frozenset(
    """continue continues continued continuing pursue pursues pursued
    pursuing""".split()  # noqa: SIM905
)
# Verbs that carry a named event after "in": "engaged in talks".
_ENGAGED: Final = frozenset(["engaged", "engage", "engages", "engaging"])
# Words of blame in what an actor says: with another state named, an
# accusation.
_BLAME: Final = frozenset(
    """illegitimate unacceptable unjustified unjustifiable ridiculous absurd
    provocative provocation provocations irresponsible baseless groundless
    hypocritical hypocrisy disgraceful shameful outrageous embarrassing
    childish illegal unlawful aggression aggressive interference meddling
    blackmail lies hostile reckless regrettable unfounded arbitrary
    void""".split()  # noqa: SIM905
)
# Nouns that name another side's act an actor answers: "condemned the
# decision", "called the move illegal", "would respond to the step".
_ACTS: Final = frozenset(
    """move moves decision decisions step steps measure measures sanctions
    expulsion expulsions summoning trip ban bans action actions claims
    accusations allegations""".split()  # noqa: SIM905
)
# Words of blame only for an act or a claim they qualify: "the decision
# was regrettable", not "regrettable that the trip was put off".
_WEAK_BLAME: Final = frozenset(["regrettable", "unfounded"])
# What puts a state near a word of blame on the side that suffers what is
# blamed: "the aggression against X", "the attacks on X were illegal"; a
# victim is not the accused.
_BLAMED_ON: Final = frozenset(
    """against on upon targeting target targets targeted toward
    towards""".split()  # noqa: SIM905
)
# How far, either way and within one clause, the word of blame stands from
# the word that puts its victim: "the aggression carried out against".
_BLAMED_ON_REACH: Final = 6
# Words that name a part of a place: "in southern X", "in occupied X".
_PARTS_OF: Final = frozenset(
    """northern southern eastern western central occupied""".split()  # noqa: SIM905
)
# A state's people suffer, they are not blamed: "the Palestinian people",
# "Syria's people", "the people of Yemen".
_PEOPLES: Final = frozenset(["people", "peoples", "population", "civilians"])
# Words that make what is blamed hearsay, no act of a side: "fears of a
# rift were unfounded".
_RUMOURED: Final = frozenset(
    """reports report fears rumours rumors talk speculation concerns
    suggestions""".split()  # noqa: SIM905
)
_QUALIFIED_REACH: Final = 5  # words from the act to its word of blame
# What a side did that a word of blame before it qualifies: "regrettable
# incidents", "unfounded remarks".
_OFFENCES: Final = _ACTS | frozenset(
    """incident incidents attack attacks remarks comments statement
    statements conduct behaviour behavior violation violations""".split()  # noqa: SIM905
)
# What a praise credits an actor with: "the efforts of X", "the role of X".
_CREDITED: Final = frozenset(
    """efforts effort role contribution contributions support mediation
    leadership initiative initiatives hospitality""".split()  # noqa: SIM905
)
_CREDIT_REACH: Final = (
    4  # words from the trigger to "of": "the tireless efforts of"
)
# The verbs of attending a gathering, over the words naming it: "X will
# attend the BRICS summit", "X took part in the extraordinary summit of Y".
_ATTEND: Final = frozenset(
    """attend attends attended attending""".split()  # noqa: SIM905
)
_TAKE: Final = frozenset(
    """take takes took taking taken""".split()  # noqa: SIM905
)
_PARTICIPATE: Final = frozenset(
    """participate participates participated participating""".split()  # noqa: SIM905
)
# Words from the second verb of a relative clause back to its "who".
_RELATIVE_REACH: Final = 16
_ATTEND_REACH: Final = 6  # words from the verb to the gathering's noun
_TO_REACH: Final = 2  # words from "to" to its mention: "to his counterpart"
# The stances a trigger tells in someone's name, its object after them:
# "expressed the EU's disapproval of X" is the EU's stance on X, not one
# against the EU.
_STANCE_NOUNS: Final = frozenset(["disapproval", "condemnation"])
# Words between an attendee and the verb that say he does not go: "X and
# Y met, and Z will attend" (the "and" of another verb's object), "is
# unlikely to attend", "declined to attend".
_NOT_GOING: Final = _DENIED | frozenset(
    """and unlikely refused refuses declined declines""".split()  # noqa: SIM905
)
# Past participles that are not "-ed" forms, as in "the efforts made by X":
# the work credited, then its doer after "by".
_IRREGULAR_PARTICIPLES: Final = frozenset(
    """made undertaken taken done shown given driven borne held led sent
    waged fought brought""".split()  # noqa: SIM905
)
# Acts whose "of" names who did them: "condemned the decision of X", not
# "the detention of X" (its victim).
_OWNED_ACTS: Final = frozenset(
    """decision decisions move moves step steps action actions measure
    measures policy policies conduct behaviour behavior""".split()  # noqa: SIM905
)
# Acts whose "by" names who did them: "condemned the violations committed
# by X", "the detention of UN staff by X".
_ACTS_BY: Final = _OFFENCES | frozenset(
    """detention detentions arrest arrests incursion incursions seizure
    seizures killing killings shelling strikes raid raids storming
    targeting bombardment bombing provocation provocations aggression
    airstrike airstrikes""".split()  # noqa: SIM905
)
# What a guest thanks the hosts for, naming no one: "for the warm
# hospitality", "for the welcome accorded to".
_HOSPITALITY: Final = frozenset(["hospitality", "welcome", "reception"])
_HOSPITALITY_REACH: Final = 5  # "for the warm and generous hospitality"
_THREAT_REACH: Final = 5  # words of the act threatened: "impose tariffs on"
# The acts a threat does to a side ("threatened to expel X"), not acts of
# the threatening side alone ("threatened to resign over the deal with X").
_ACTS_ON_A_SIDE: Final = frozenset(
    """impose cut expel sanction strike attack ban withdraw quit leave
    suspend sever halt block freeze close recall boycott invade bomb punish
    sue isolate exclude downgrade break end revoke deport seize annex
    blockade restrict raise hit target retaliate respond expose
    retake occupy""".split()  # noqa: SIM905
)
# The prepositions that name the side an act is aimed at: "take action
# against X", "withhold funds from X".
_AIMED_AT: Final = frozenset(["on", "against", "from"])
_BY_REACH: Final = (
    8  # words from the act to "by": "of its boats carried out by"
)
# Words from "the" to the "by" of a participle's agent: "the continued
# military support provided to X by".
_AGENT_REACH: Final = 10
# Participles whose agent tells of an act, not does it: "the violence
# reported by the mission".
_TOLD_OF: Final = frozenset(
    """reported documented confirmed cited quoted monitored recorded verified
    observed noted described mentioned covered""".split()  # noqa: SIM905
)
_ANSWER_REACH: Final = 12  # events told before an answer that it may answer
# Tokens before a pronoun object looked at for its owner or the person it
# stands for: a long sentence of many acts stays linear.
_PRONOUN_REACH: Final = 40
# Words after a pronoun that make it an object: "thanked her for".
_AFTER_OBJECT: Final = frozenset(
    ["for", "on", "upon", "over", "and", ",", "warmly", "personally"]
)
_ANSWERING: Final = frozenset(["accusation", "threat"])
# The verbs of an invitation, whose pronoun object is the one invited:
# "invited him to visit" (not "a message from X, inviting him to": its
# subject is no inviter).
_INVITING: Final = frozenset(["invite", "invites", "invited"])
# Possessives before a pronoun object that name someone else it may stand
# for: "met his wife and thanked her".
_OWNERS: Final = frozenset(["his", "her", "their"])
# "during the visit", "during his two-day trip": a visit told before.
_DEFINITE: Final = frozenset(["the", "his", "her", "their", "this"])
_VISIT_NOUNS: Final = frozenset(["visit", "trip", "stay", "tour"])
_DURING_VISIT_REACH: Final = (
    5  # "during" to the noun: "during his two-day visit"
)
# Words from a passive mediation back to the "between" naming its sides:
# "the talks held in Doha between X and the group, facilitated by".
_BROKERED_REACH: Final = 16
# What a third side's help is a mediation of: "the talks, facilitated by X",
# "the truce was facilitated by X" (not "the evacuation").
_FACILITATED: Final = frozenset(["facilitated"])
_MEDIATED: Final = frozenset(
    """talks meeting meetings summit negotiations dialogue consultations
    contacts truce ceasefire cease-fire exchange swap deal agreement
    accord""".split()  # noqa: SIM905
)
# What an owner before a pronoun owns that is no person, so that the
# pronoun can still be the one named: "thanked X for his support and
# invited him", "congratulated X on his birthday and invited him".
_OWNED_THINGS: Final = (
    _CREDITED
    | _HOSPITALITY
    | frozenset(
        """birthday election re-election reelection appointment victory win
    inauguration recovery message letter visit invitation greetings
    wishes words remarks part speech""".split()  # noqa: SIM905
    )
)
_OWNED_REACH: Final = 2  # "his", an adjective, the thing: "his warm welcome"
# The acts another side took that a blame or a threat answers.
_HOSTILE: Final = _ANSWERING | frozenset(
    ["sanction", "expulsion", "break_relations", "halt_negotiations"]
)
_POINTING: Final = frozenset(["the", "this", "that", "these", "those", "such"])
_ACT_REACH: Final = (
    3  # words between "the" and its act: "the latest such move"
)
# Words of a reprisal in what an actor says its side will do: with "would",
# "will" or "reserves the right", a threat.
_REPRISALS: Final = frozenset(
    """retaliate retaliation retaliatory reciprocal countermeasures
    counter-measures reprisal reprisals consequences unpunished
    dearly""".split()  # noqa: SIM905
)
# Verbs before "dearly" that make it a price a side is to pay: "will cost
# it dearly", "will pay dearly".
_PAYING: Final = frozenset(["cost", "pay"])
# Reprisals told as what the other side will suffer: "X will pay dearly",
# "will bear the consequences", "will not go unpunished".
_SUFFERED: Final = frozenset(["unpunished", "dearly"])
_SUFFERING: Final = frozenset(["bear", "face", "suffer"])
# The prepositions of the place an act was done in, no side of it: "the
# attack on its embassy in Kabul".
_PLACED: Final = frozenset(["in", "at", "near", "inside", "outside"])
_RESPOND: Final = frozenset(["respond", "react"])
# The manners of a reprisal: "respond in a mirror manner".
_IN_KIND: Final = frozenset(
    """proportionate proportional mirror reciprocal commensurate symmetrical
    symmetric appropriate adequate firm decisive resolute""".split()  # noqa: SIM905
)
# "will take all necessary measures", "resolute steps": a reprisal only
# after "take"; "a firm response" only in kind.
_MEASURED: Final = frozenset(
    ["necessary", "resolute", "firm", "decisive", "response"]
)
_STRIKING_BACK: Final = _REPRISALS | _RESPOND | _MEASURED
# How a side says it will respond when it threatens: "respond firmly".
_IN_FORCE: Final = frozenset(
    """firmly decisively resolutely strongly forcefully harshly
    proportionately militarily""".split()  # noqa: SIM905
)
# Verbs of a purpose that makes reciprocal measures a favour: "reciprocal
# measures to ease visa rules".
_EASING: Final = frozenset(
    """ease facilitate simplify boost promote expand strengthen deepen
    improve encourage support relax lift increase develop""".split()  # noqa: SIM905
)
# Verbs before "consequences" that make them a threat: "would face ...".
_IMPOSED: Final = frozenset(["impose", "face", "bear", "suffer"])
# The verbs a price needs before it: "would face consequences", "will cost
# it dearly".
_PRICES: Final = {"consequences": _IMPOSED, "dearly": _PAYING}
# Words before a quotation that lead into it: "said Tehran would respond
# with “reciprocal measures”".
_LEAD_IN_REACH: Final = 8
_WILL_REACH: Final = (
    6  # "reserves the right to respond", "would take “reciprocal"
)
_WILL: Final = frozenset(
    [
        "would",
        "will",
        "'ll",
        "shall",
        "reserve",
        "reserves",
        "reserved",  # "said Tehran reserved the right to"
        "ready",
        "prepared",
    ]
)
# The cues of a warning, whose words may vow an act with no word of
# reprisal: "warned that Lima would impose sanctions on ...".
_WARNING: Final = frozenset(
    ["warn", "warns", "warned", "warning", "cautioned", "cautions"]
)
_WARNING_REACH: Final = 5  # "warned on Tuesday evening that"
# The modals of a vow in words of warning: "Quito could close its border".
_VOWING: Final = frozenset(["would", "will", "'ll", "shall", "could"])
# What a warned vow takes against a side: "would take adequate measures".
_TAKEN: Final = frozenset(
    ["measures", "steps", "action", "actions", "countermeasures"]
)
# The duties of a sanction lifted ("removed its tariffs on X barley").
_DUTIES: Final = frozenset(["tariffs", "duties"])
# Acts a warning vows that threaten only when hung on another side's act:
# "would reconsider its ties if X ...", not "would attend if X agreed".
_RECONSIDERING: Final = frozenset(
    """reconsider review reassess rethink revise revisit reevaluate
    re-evaluate""".split()  # noqa: SIM905
)
# Words from a vowed act to its condition, and of the sides it lists:
# "would reconsider its cooperation with the agency (IAEA) if A, B and C".
_CONDITION_REACH: Final = 20
# The words between the sides a condition lists: "if A, B and the C".
_LISTING: Final = frozenset([",", "and", "the"])
# "described X as a trusted friend": words of friendship, no blame.
_DESCRIBED: Final = frozenset(["described", "describes", "describe"])
_KINDLY: Final = frozenset(
    """friend friends friendly friendship partner partners ally allies
    brotherly brother brothers trusted reliable valued""".split()  # noqa: SIM905
)
# Words after "as" the description stands in: "as “a giant of the region
# and an indispensable partner”".
_DESCRIPTION_REACH: Final = 12
# Date expressions that look ahead even when their precision holds today.
_AHEAD: Final = ("next ", "the next ", "coming ", "the coming ")
_MODIFIER_REACH: Final = 3  # words between "X's" and its "visit"
# Words between "X's" and its named event: "X's recent official visit".
_EVENT_MODIFIERS: Final = frozenset(
    """recent upcoming forthcoming planned official state working first
    historic landmark brief surprise private previous last next maiden
    long-awaited second third fourth fifth""".split()  # noqa: SIM905
)
# Words that say which of a series an event is: "held the third round of
# talks", "a fresh round".
_ROUND_MODIFIERS: Final = _EVENT_MODIFIERS | {"new", "fresh", "latest"}
_PLANNED_AFTER_REACH: Final = (
    8  # tokens after a named event its plan stands in
)
# The last words of the triggers of a standing body that sits: "the
# Chile-Peru joint commission will meet in May" is a plan.
_SITTINGS: Final = frozenset(
    [
        "consultations",
        "commission",
        "committee",
        "council",
        "retreat",
    ]
)
# Words that tell a standing body sitting, before or after it.
_SITTING_WORDS: Final = frozenset(
    """meet meets met sit sits sat session sessions round rounds sitting
    convene convenes convened convening hold holds held holding open opens
    opened began begin begins start starts started end ends ended concluded
    closed resumed resume took take takes scheduled planned due slated
    postpone postpones postponed cancel cancels cancelled canceled call
    calls called""".split()  # noqa: SIM905
)
_SITTING_BEFORE: Final = 4  # "the fifth session of the Chile-Peru"
_SITTING_AFTER: Final = 6  # "the joint commission is due to meet"
_NAMED_EVENTS: Final = frozenset(
    [
        "visit",
        "visits",
        "trip",
        "tour",
        "summit",
        "summits",
        "meeting",
        "talks",
        "conference",
        "negotiations",
    ]
)
_CARRIED_ON_EVENTS: Final = _NAMED_EVENTS | {"mediation"}
# "during a border crisis" is another time; "during a visit" the occasion.
_DURING_OCCASION: Final = _NAMED_EVENTS | {"call", "calls", "conversation"}
_BE: Final = frozenset(["is", "are", "am", "'s", "'re"])
# Words from "who is" to the visit a guest is on: "who is in the Russian
# capital on an official visit".
_GUEST_REACH: Final = 12
_NEGATION_REACH: Final = 3  # "not a provocation", "never so hostile"
# Date rules that read a day before or after the reference, as asked.
_AMBIGUOUS: Final = frozenset(["weekday", "day-of-month"])
# Kinds with one side acting on the other: both sides must be named.
_DIRECTED: Final = frozenset(["accusation", "praise", "threat", "sanction"])
# A clause of its own after an event: its dates are not the event's.
_CLAUSE_BREAK: Final = re.compile(r"[;,] (?:and|but|while|whereas) |; ")
# What opens a clause set at the occasion told just before it, after a
# comma: "during which", "at which" ("where" alone is checked apart).
_SET_AT: Final = frozenset([("during", "which"), ("at", "which")])
# Words between two triggers of a sentence that set them at two times:
# "met X after Y visited Z on Monday", "X, who visited Z in May, met Y".
_ANOTHER_TIME: Final = frozenset(
    """after before ahead following since until prior later earlier then
    previously and but who whose will scheduled due""".split()  # noqa: SIM905
)
# Of those, the words that still set a plan told in a clause at its
# occasion ("..., where he will meet X") at another time: all but the
# words of a plan itself ("where he will later meet X", "after").
_APART_AT_OCCASION: Final = _ANOTHER_TIME - {"will", "scheduled", "due"}
# Verb endings of one form: acts joined by "and" in one form share a time.
_FORMS: Final = ("ed", "ing")
# Events of one kind and sides a mention may join, latest first: a few
# keep a long page of them linear.
_MERGE_REACH: Final = 4
# How long before the article an act told in the present perfect may be.
_LATELY: Final = dt.timedelta(days=31)
# The days apart two visits of one visitor to one host may be one trip.
_TRIP: Final = dt.timedelta(days=3)
# How long after its date an event told as under way may still be.
_STILL_UNDER_WAY: Final = dt.timedelta(days=7)
# How long before the article's day a plan's day without a year may be the
# one gone ("due on May 2", told on May 20): past that, the one to come.
_PLAN_PASSED: Final = dt.timedelta(days=31)
_WAS_THEN: Final = frozenset(["was", "were", "had"])
# What "called ** illegal" calls an act, whose owner it blames.
_UNLAWFUL: Final = frozenset(["illegal", "unlawful", "illegitimate"])
# Events dated this long before the article are its background, which the
# guide leaves out.
_BACKGROUND: Final = dt.timedelta(days=366)
_STATUS_REACH: Final = 6  # tokens before a trigger its status words stand in
# "more than eight years after X severed ties": an act told as years old.
_YEARS_AFTER_REACH: Final = 8  # "years after the two Gulf states severed"
_AFTER_SINCE: Final = frozenset(["after", "since"])
_LONG_UNITS: Final = frozenset(["years", "decades"])
_MANY: Final = frozenset(
    """two three four five six seven eight nine ten eleven twelve fifteen
    twenty thirty forty fifty many several few""".split()  # noqa: SIM905
)
# Tokens before "and VERB" its clause's modal may stand in: "will meet the
# Governor-General and hold talks".
_COORDINATED_REACH: Final = 16
# Tokens after a trigger a "postponed" or "cancelled" may stand in: "A
# meeting between the ministers, planned for Sunday in Doha, has been
# postponed."
_STATUS_AFTER: Final = 24
# Verbs that tell a named event, their subject, took place: "X's visit to
# Y began on June 20"; looked for within a few words after it.
_TOOK_PLACE: Final = frozenset(
    ["began", "started", "opened", "ended", "concluded", "closed", "took"]
)
_TOLD_AFTER_REACH: Final = 6
# The past of "be": "The visit ... was a success" (told as made, not "was
# necessary"), "talks were held in May".
_WAS: Final = frozenset(["was", "were"])
_OBJECT_REACH: Final = 16  # tokens after a trigger its objects stand in
_AS_WELL_AS: Final = ["as", "well", "as"]
_AFTER_ALL: Final = 1 << 62  # sorts after every offset
# Events that happen somewhere: their sentence may say where.
_HELD_SOMEWHERE: Final = frozenset(
    {"visit", "host_visit", "meeting", "negotiation", "agreement", "mediation"}
)
_OBJECT_GAP: Final = 6  # words of an object inside a trigger
# The words between a speaker's "it" and its act: "said it had also
# decided to expel", "said it would not impose".
_SAID_IT_WORDS: Final = frozenset(
    """had has have would will was is could may might also already now
    not never decided decides been to""".split()  # noqa: SIM905
)
_SAID_IT_REACH: Final = 4
# Words of a document's name before its noun, past the usual gap ("a new
# security and policing memorandum"); none of them may be one that no
# name of a document holds ("a petition against the deal").
_DOCUMENT_NAME_GAP: Final = 5
_NOT_A_NAME: Final = frozenset(
    """against for to with on about of by from in into at that which who
    off up letter letters petition petitions""".split()  # noqa: SIM905
)
# Acts each state does on its own: one event per state that does them.
_ACTED_ALONE: Final = frozenset({"expulsion", "sanction", "recognition"})
# Words a state says through any of its voices: one accusation told by the
# state and again by its spokesperson is one event.
_VOICED: Final = frozenset({"accusation"})
# Nouns of a decision whose owner acts: "Lima's decision to expel" (a
# plan is not yet a decision).
_DECISIONS: Final = frozenset(["decision", "move", "order"])
_POSSESSIVES: Final = frozenset(["its", "their", "his", "her"])
_NO_SUCH: Final = ["no", "such"]
# Words that open a clause of its own after an event: "and no such ...".
_OTHER_CLAUSE: Final = frozenset(["and", "but", "though", "although", "while"])
# How far before "to" the decision noun may stand: "decision last week to".
_DECIDER_REACH: Final = 5
_INVITED_REACH: Final = 8  # "accepted an invitation to pay a state visit to"
_EXPELLED_GAP: Final = 12  # words of an expelled diplomat inside a trigger
# Kinds whose object inside a trigger is often named at length: "declared a
# diplomat of the embassy of X in Y persona non grata", "added 14 vessels
# of the so-called shadow fleet to its sanctions list".
_LISTED_AT_LENGTH: Final = frozenset({"expulsion", "sanction"})
# "Spoke with X" alone, a call when nothing in its sentence says the two
# were together: the verb's forms, and the words of being together ("on
# the sidelines", "during his visit", "where he spoke with", "met").
_SPOKE: Final = frozenset(["spoke", "speaks", "spoken"])
_TOGETHER: Final = frozenset(
    """sidelines margins sideline margin visit visiting visited visits trip
    tour toured touring stay summit summits meeting meetings conference
    forum session met meet where talks arrived arrives arrival hosted
    hosting dinner lunch luncheon breakfast banquet reception ceremony
    gathering person face-to-face""".split()  # noqa: SIM905
)
_FACE_TO_FACE_WORDS: Final = ("face", "to", "face")  # as three words
# "spoke with X at the White House", "at the G20": a named place or
# gathering after "at" (not "at length", "at the weekend").
_AT: Final = "at"
# The targets a sanction lists when no state is its object: "sanctions on
# 30 individuals and entities linked to X", "on more than 100 vessels of X's
# shadow fleet"; the words of number before them; the words that give a
# reason, not a target ("over the war in X"), and the reach of the list.
_TARGETS: Final = frozenset(
    """individuals entities companies firms businesses vessels ships tankers
    banks officials persons people targets organisations organizations
    institutions oligarchs""".split()  # noqa: SIM905
)
_COUNTING: Final = frozenset(
    ["more", "than", "some", "further", "another", "nearly", "almost"]
)
_REASONS: Final = frozenset(["over", "for", "after", "amid", "because"])
# A state in the list is a target only when it is the targets' own: where
# they are ("firms in X", "registered in X", "from X"), whose they are ("of
# X's fleet", "linked to X"), or whom they serve ("supplying drones to X",
# "helping X"); not the place or victim of an act named in the list
# ("involved in the attack in X", "drones used in attacks on X").
_TARGETS_OWN: Final = frozenset(["in", "from", "of"])
_TARGETS_PLACED: Final = frozenset(
    """based registered located incorporated headquartered operating
    flagged""".split()  # noqa: SIM905
)
_LINKED: Final = frozenset(
    """linked tied connected close related belonging affiliated""".split()  # noqa: SIM905
)
_SERVING: Final = frozenset(
    """help helps helped helping assist assists assisted assisting aid
    aids aided aiding support supports supported supporting enable enabled
    enabling""".split()  # noqa: SIM905
)
_SUPPLYING: Final = frozenset(
    """supply supplies supplied supplying sell sells sold selling provide
    provides provided providing ship ships shipped shipping deliver
    delivers delivered delivering export exports exported exporting
    transfer transferred transferring""".split()  # noqa: SIM905
)
_LISTED: Final = frozenset(["and", ",", "or", "including"])
_TARGET_REACH: Final = 30
_INCLUDING: Final = "including"
# Targets of sanctions named only by where they are based: "sanctions on
# two Dubai-based firms" are on the firms of that place's state.
_BASED: Final = "-based"
_BASED_REACH: Final = 5  # "on", "a", "further", "two", "X-based"
_SANCTIONED_ON: Final = frozenset(["on", "against"])
# Who is ordered out as an envoy: "ordered the consul in X to leave", "the
# embassy's staff", not "police guarding the embassy".
_ORDERED_OUT: Final = frozenset(
    """diplomat diplomats consul consuls ambassador ambassadors envoy envoys
    attache attaches attaché attachés chargé charge d'affaires
    """.split()  # noqa: SIM905
)
# Staff and ranks of a mission, envoys only when told of the mission: "an
# embassy counsellor", "the first secretary of the consulate".
_MISSION_STAFF: Final = frozenset(
    """staff personnel employees employee counsellor counsellors counselor
    counselors secretary secretaries""".split()  # noqa: SIM905
)
_MISSIONS: Final = frozenset(
    ["embassy", "consulate", "mission", "diplomatic", "consular"]
)
# Words that end the head of those ordered out.
_OBJECT_ENDS: Final = frozenset(
    """of in at from based guarding serving working who that , and""".split()  # noqa: SIM905
)
_OWN: Final = frozenset(["its", "their", "his", "her", "our"])
# Triggers that are also nouns for a person: "his host".
_HOST_NOUNS: Final = frozenset(["host", "hosts"])
# Heads that are a share of those named after "of": "half of the staff".
_SHARES: Final = frozenset(
    "half part rest some most all many several".split()  # noqa: SIM905
)
# How far from a joint act a compound naming its sides may stand: "the
# Chile-Peru free trade agreement", "negotiations on the Peru-Bolivia".
_COMPOUND_REACH: Final = 4
_NOUN_TRIGGERS: Final = frozenset(["visit", "visits", "trip", "tour"])
# A call paid on a person is a visit, an appeal to one is not: "called on
# President X at the palace", not "called on X to release them".
_CALLED_ON: Final = ("called", "on")
_STOP_IN: Final = ("stop", "in")
_APPEALS: Final = frozenset(["for", "not"])
# The first words of the legs of a tour ("stopped in", "continued on to"):
# said of an official or a delegation, else of troops, ships or violence.
_STOPS: Final = frozenset(
    """stop stops stopped stopping continue continues continued
    continuing""".split()  # noqa: SIM905
)
# A tour told by its verb is one too, not a band's or a team's: "the
# British band toured Japan".
_LEGS: Final = _STOPS | {"toured", "touring"}
# A mediator's trips between the sides: two sides other than its own state
# ("shuttled between Washington and Y" is travel home and back).
_SHUTTLES: Final = frozenset(["shuttling", "shuttled", "shuttles", "shuttle"])
_STOP_MODALS: Final = frozenset(["must", "should"])  # "must stop in Gaza"
_DELEGATIONS: Final = frozenset(["delegation", "delegations"])
# A body convened is a meeting only of the states that convene it.
_CONVENES: Final = frozenset(["convene", "convenes", "convened", "convening"])
_APPEAL_REACH: Final = 8  # "called on X months ago to quit"
# The verbs of an appeal to another side to act: "urged X to expel",
# "pressed X to impose", "asked X to recall".
_URGING: Final = frozenset(
    """urged urges urging urge pressed presses pressing asked asks asking
    encouraged encourages encouraging""".split()  # noqa: SIM905
)
_CALLED_ON_FORMS: Final = frozenset(["called", "calls", "calling", "call"])
_APPEALED_TO: Final = frozenset(["appealed", "appeals", "appealing", "appeal"])
# "urged the European Union and the United States to impose": the verb of
# an appeal to the "to" before its act, past the sides it names.
_URGED_REACH: Final = 12
# Words that end an appeal's addressee, so that the verb before them urges
# no act after them: "X, which had urged Y for months, decided to expel".
_ADDRESSEE_ENDS: Final = _CLAUSE_END | {",", "who", "which", "that"}
_APPEAL_TO_REACH: Final = 30  # "called on X, who ... last year, to press Y"
# Talks one side held in another state's place, read as the visit there,
# unless a partner stands within this many tokens before them.
_PARTNER_REACH: Final = 24
_HELD_IN: Final = Trigger(("held", "talks", "in"), "visit", INITIATOR, WHERE)
# Talks with a guest told as visiting: "held talks with visiting Premier X"
# is the host's side of X's visit.
_MET_VISITING: Final = Trigger(
    ("met", "visiting"), "host_visit", HOST, INITIATOR
)
# Triggers that are only the setting when the sentence reports more: they
# take no date from it.
_SETTINGS: Final = frozenset([("summit",), ("summits",)])
# Verbs of membership after an invitation: "invited X to join the bloc",
# "to become full members", "to accede to the treaty"; the words after
# "join" that make it a meeting ("to join the talks") are read so far, and
# the verb itself looked for so far after the invitation (a list of states
# may stand between).
_JOINING: Final = frozenset(["join", "become", "accede"])
_JOINED_REACH: Final = 3
_JOIN_REACH: Final = 48
# What goes on after a comma inside the invitation's object: "invited
# Egypt, Jordan and Iraq", "the Gulf states, including Qatar, to join".
_OBJECT_GOES_ON: Final = frozenset(["and", "including", "to"])
# A gathering that may be only where its sentence's event took place.
_GATHERINGS: Final = frozenset(
    ["summit", "summits", "meeting", "conference", "forum", "session"]
)
# A meeting its sides agreed to hold is an intent to meet ("agreed to
# convene the next session"), looked for so far before its noun.
_MEETINGS: Final = frozenset(["meeting", "meetings", "summit", "talks"])
_ROUNDS: Final = frozenset(["round", "rounds"])
_BARE_ROUND: Final = ("round",)
# Events told last that a round told alone may continue: a few keep a long
# text of rounds linear.
_ROUND_REACH: Final = 12
# What else a round told alone may be of, named before it in its sentence
# ("the election goes to a second round", "forces braced for a new round").
_OTHER_ROUNDS: Final = frozenset(
    """election elections vote votes voting ballot ballots polls runoff
    attacks strikes airstrikes fighting shelling bombing clashes hostilities
    forces troops sanctions tariffs protests""".split()  # noqa: SIM905
)
_AGREED: Final = frozenset(["agreed", "agree", "agrees", "agreeing"])
_CONVENING: Final = frozenset(
    ["convene", "hold", "host", "arrange", "organise", "organize", "work"]
)
_AGREED_REACH: Final = 14
_SETTING_REACH: Final = 5  # "on the sidelines of the 18th" Doha Forum
# What one joins to meet: "invited Iran to join the talks".
_MET_IN: Final = _GATHERINGS | _NAMED_EVENTS
# "on the sidelines of", "on the margins of": always the setting.
_ASIDE: Final = frozenset(["sidelines", "margins", "sideline", "margin"])
# "during a GCC meeting", "at the summit": the setting of a meeting
# told before it in the sentence.
_AT_A: Final = frozenset(["during", "at"])
_IN_PERSON: Final = frozenset(["visit", "host_visit", "meeting"])
# Fronted adjuncts an event's noun opens ("In a phone call with X, Y
# said"), and how far into the sentence the noun may stand.
_ADJUNCT_PREPOSITIONS: Final = frozenset(["in", "during", "at"])
_ADJUNCT_NOUN_REACH: Final = 4
_ADJUNCT_SUBJECT_GAP: Final = 2
# How far after a reception of unnamed envoys their roster is read: the
# sentences, and the paragraphs, it may take.
_ROSTER_SENTENCES: Final = 6
_ROSTER_PARAGRAPHS: Final = 3
# The words that make a sentence of names a roster: "They were", "Others
# included", "the envoys, who included", "namely".
_ROSTER_WORDS: Final = frozenset(
    ["were", "are", "included", "include", "including", "namely"]
)
_ROSTER_COPULAS: Final = frozenset(["were", "are"])
# The envoys a reception counts without naming them, for a roster after it.
_ROSTER_ENVOYS: Final = frozenset(
    ["ambassadors", "envoys", "diplomats", "commissioners", "heads"]
)
_ROSTER_SUBJECTS: Final = frozenset(["they", "others", "those"])
# Tokens between a roster's word and its first name, or between "The" and
# the envoys it names: "were non-resident ambassadors X".
_ROSTER_GAP: Final = 4
# The last words of occasions a state hosts that no one visits as an actor.
_HOSTED_OCCASIONS: Final = _GATHERINGS | frozenset(
    """cup games olympics championship championships tournament expo
    exhibition festival""".split()  # noqa: SIM905
)
# Kinds no call medium is a gap word of: "held video talks" is a call.
_FACE_TO_FACE: Final = _IN_PERSON | {"negotiation"}
# Where an outlet sat with an official is an interview, no side of an event.
_INTERVIEWS: Final = _FACE_TO_FACE | {"phone_call"}
MEDIA: Final = ActorKind.MEDIA
_ACRONYM: Final = 3  # tokens of "(GCC)"
# The envoy of a recall: "its ambassador in X" is its ambassador to X.
_ENVOYS: Final = frozenset(["ambassador", "envoy"])
# What an organisation holds or adopts among its members alone.
_OF_ONE_ORGANISATION: Final = frozenset(
    [
        "summit",
        "summits",
        "declaration",
        "statement",
        "communique",
        "communiqué",
    ]
)


class FoundParticipant(NamedTuple):
    entity: Entity
    role: str


class FoundEvent(NamedTuple):
    """
    An event before it becomes a record.
    """

    kind: str
    participants: list[FoundParticipant]
    status: EventStatus
    when: PartialDate | None
    location: tuple[str, str | None] | None  # place as written, its country
    evidence: list[tuple[int, int]]  # sentence offsets
    confidence: float
    # False for a bare mention ("Pezeshkian's visit means ..."): no tense or
    # modal says whether it happened, so it joins the event told elsewhere.
    stated: bool = True
    # Documents one signing tells ("signed a memorandum on X and an
    # agreement on Y"): one agreement each, as the annotation guide counts.
    documents: int = 1


# A trigger's gaps: a few words ("*"), the object itself ("**").
_GAPS: Final = frozenset(["*", "**"])


class _Hit(NamedTuple):
    trigger: Trigger
    first: int
    last: int


_KEPT_TABLES: Final = 4  # trigger tables a process keeps triggers for


# A first word's possible triggers: those that any word after it leaves
# possible (one word long, or a gap next), and, by each second word its
# triggers name, those that word leaves possible; each in the table's order.
_Possible = tuple[list[Trigger], dict[str, list[Trigger]]]


def _by_second(entries: list[Trigger]) -> _Possible:
    always = [t for t in entries if len(t.words) == 1 or t.words[1] in _GAPS]
    seconds = {t.words[1] for t in entries if len(t.words) > 1} - _GAPS
    return always, {
        second: [
            t
            for t in entries
            if len(t.words) == 1 or t.words[1] == second or t.words[1] in _GAPS
        ]
        for second in seconds
    }


class _PossibleTriggers:
    """
    The triggers of a first word that the word after it leaves possible,
    in the table's order, worked out once per first word and kept for the
    process: most triggers of a word are ruled out by their second word,
    the same in every body, and most words after one are the second word
    of none.  Each trigger table has its own, so threads that extract with
    different tables never see each other's.
    """

    def __init__(self) -> None:
        # id of a table -> (the table, kept alive so its id stays its own;
        # the possible triggers of its first words read so far)
        self.tables: dict[
            int, tuple[dict[str, list[Trigger]], dict[str, _Possible]]
        ] = {}

    def of(
        self,
        triggers: dict[str, list[Trigger]],
        first: str,
        following: str | None,
    ) -> list[Trigger]:
        kept = self.tables.get(id(triggers))
        if kept is None or kept[0] is not triggers:
            if len(self.tables) >= _KEPT_TABLES:
                self.tables.clear()
            kept = self.tables[id(triggers)] = (triggers, {})
        possible = kept[1].get(first)
        if possible is None:
            possible = kept[1][first] = _by_second(triggers[first])
        always, by_second = possible
        return (
            always if following is None else by_second.get(following, always)
        )


_POSSIBLE: Final = _PossibleTriggers()


def _match(  # noqa: C901 - the words of a trigger, a branch per gap check
    trigger: Trigger,
    folded: list[str],
    words: list[str],
    i: int,
    triggers: dict[str, list[Trigger]],
) -> int:
    """
    Where *trigger* ends when it starts at token *i*, or -1.
    """
    n = len(folded)
    k = i
    pattern = trigger.words
    for index, word in enumerate(pattern):
        if word in _GAPS:
            # "*": a few words that are no names ("paid an official visit
            # to"); "**": the object itself ("described the US move as").
            names = word == "**"
            following = pattern[index + 1]
            gap = 0
            most = _object_gap(trigger) if names else _gap_words(trigger)
            opened = k
            # No walk where the word the gap waits for stands nowhere in
            # reach (a name in the gap or a quotation mark after it takes it
            # a few words further): most gaps tried find none.
            if following not in folded[k : k + most + GAP_WORDS + 1]:
                return -1
            while (
                k < n
                and folded[k] != following
                and gap < most
                and words[k] not in _GAP_STOP
                and folded[k] != "no"  # "held no talks with": none held
                and (
                    folded[k] not in _CALL_MEDIA
                    or trigger.kind not in _FACE_TO_FACE
                )
                and (
                    trigger.kind not in _IN_PERSON
                    or not _gives_way(trigger, triggers, folded, k, following)
                )
                and (folded[k] != "for" or pattern[0] not in _CALL_IN)
            ):
                if (
                    not names
                    and words[k][0].isupper()
                    # "received on Wednesday a phone call": a day, no name
                    and folded[k] not in WEEKDAYS
                ):
                    # "signed the Paris Agreement": a name may stand in
                    # the gap only as the name of the document itself.
                    end = _document_name_end(words, folded, k, following)
                    if end >= n or folded[end] != following:
                        break
                    gap += end - k
                    k = end
                    continue
                k += 1
                gap += 1
            if (
                most > GAP_WORDS
                and not names
                and gap > GAP_WORDS
                and not _NOT_A_NAME.isdisjoint(folded[opened:k])
            ):
                return -1  # "signed a petition against the deal"
            if (
                most > GAP_WORDS
                and pattern[0] in _RENEWING
                and not _renews_a_document(folded, opened, k)
            ):
                return -1  # "renewed fears over the pact"
            if k + 1 < n and words[k] in _OPENING_QUOTES:
                k += 1  # declared them “personae non gratae”
            continue
        if k >= n or folded[k] != word:
            return -1
        k += 1
    return k


def _renews_a_document(folded: list[str], opened: int, k: int) -> bool:
    """
    Whether the gap *opened*..*k* after a verb of renewing is the opening
    of the document renewed: "renewed the fisheries agreement", not the
    adjective ("renewed clashes threaten the accord") nor another object
    ("renewed their commitment under the agreement").
    """
    return (
        k > opened
        and folded[opened] in _DOCUMENT_OPENINGS
        and _NOT_IN_A_DOCUMENT_NAME.isdisjoint(folded[opened:k])
    )


def _gap_words(trigger: Trigger) -> int:
    """
    How many words that are no names the "*" of *trigger* may take: the
    name of a document signed may run longer ("signed a working holiday
    expansion agreement").
    """
    if trigger.kind == "agreement" and trigger.words[0] in _SIGNING:
        return _DOCUMENT_NAME_GAP
    return GAP_WORDS


def _object_gap(trigger: Trigger) -> int:
    """
    How many words the object inside *trigger* may take: an expelled
    diplomat is often named at length ("declared a diplomat of the embassy
    of the Republic of Chile in Lima persona non grata").
    """
    return _EXPELLED_GAP if trigger.kind in _LISTED_AT_LENGTH else _OBJECT_GAP


def _gives_way(
    trigger: Trigger,
    triggers: dict[str, list[Trigger]],
    folded: list[str],
    k: int,
    following: str,
) -> bool:
    """
    Whether the gap word at *k* opens a trigger of another kind that ends
    at the word the gap waits for: "held peace talks with" are the
    negotiation "peace talks", no meeting "held * talks with".
    """
    rivals = triggers.get(folded[k])
    return (
        rivals is not None
        and any(  # most gap words open none
            rival.kind != trigger.kind
            and rival.words[-1] == following
            and tuple(folded[k : k + len(rival.words)]) == rival.words
            for rival in rivals
        )
    )


def _no_such_act(
    trigger: Trigger, participants: list[FoundParticipant]
) -> bool:
    """
    Whether the sides found tell that *trigger* is no act between states:
    "Russian forces stopped in X" or "a tanker stopped in X" made no stop
    on a tour, "the British band toured X" made no visit, "X will convene
    the Security Council" is a sitting at home, "X's envoy shuttled between
    Washington and Y" is a trip home, not a mediation.
    """
    if trigger.kind == "visit" and trigger.words[0] in _LEGS:
        return any(
            p.role == INITIATOR and not _travels(p.entity)
            for p in participants
        )
    if trigger.kind == "mediation" and trigger.words[0] in _SHUTTLES:
        own = {p.entity.country for p in participants if p.role == MEDIATOR}
        sides = {
            p.entity
            for p in participants
            if p.role != MEDIATOR
            and (p.entity.country is None or p.entity.country not in own)
        }
        return len(sides) < PAIR
    return (
        trigger.kind == "meeting"
        and trigger.words[0] in _CONVENES
        and len({p.entity.country for p in participants} - {None}) < PAIR
    )


def _travels(entity: Entity) -> bool:
    """
    Whether *entity* can make a stop on a tour: a person or a delegation.
    """
    return entity.kind == PERSON or (
        entity.kind == ORG
        and entity.name.rsplit(maxsplit=1)[-1].casefold() in _DELEGATIONS
    )


def _gap_end(hit: _Hit, doc: Doc) -> int:
    """
    Where the object gap ("**") of a trigger ends: "recognized by X as
    Peru's legitimate leader" has its object X, not Peru.
    """
    words = hit.trigger.words
    gap = words.index("**")
    following = words[gap + 1]
    folded = doc.folded
    return next(
        k for k in range(hit.first + gap, hit.last) if folded[k] == following
    )


def _document_name_end(
    words: list[str], folded: list[str], k: int, noun: str
) -> int:
    """
    Where the capitalised words from *k* end before *noun* ("Paris" before
    "Agreement", "Kazan II" before "Declaration").
    """
    end = k
    n = len(words)
    while (
        end < n
        and end < k + GAP_WORDS
        and words[end][0].isupper()
        and folded[end] != noun
    ):
        end += 1
    return end


class _Events:
    def __init__(
        self,
        doc: Doc,
        reference: dt.date | None,
        quoted: list[tuple[int, int, Entity]],
        said: list[tuple[int, int, Entity | None]] | None = None,
    ) -> None:
        self.quoted = quoted
        self.said = said or []
        self.doc = doc
        self.reference = reference
        self.found: list[FoundEvent] = []
        # "The two sides" of each sentence, read once however many of its
        # triggers ask: a long sentence of triggers stays linear.
        self.pairs: dict[int, list[FoundParticipant]] = {}
        self.places: dict[int, tuple[str, str | None] | None] = {}
        # by a sentence's first token: whether its words tell two together
        self.together: dict[int, bool] = {}
        # Where each sentence first says "has", "have" or "had", and whether
        # it counts agreements in the perfect "since", by its first token.
        self.perfects: dict[int, int] = {}
        self.counts_since: dict[int, bool] = {}
        # Agreements whose sentence names no side ("Six agreements will be
        # signed"), to be given the sides of the occasion they are told of.
        self.unsided: list[FoundEvent] = []
        # Declarations told with no organisation as their side ("the summit
        # approved the Doha Declaration"), for `_declared_at_the_summit`.
        self.declared: list[FoundEvent] = []
        # Dated mentions with one side named ("received yesterday the
        # credentials of several envoys"), to date the event told next.
        self.one_sided: list[FoundEvent] = []
        # Receptions of envoys not named in their sentence ("received
        # credentials from 11 ambassadors"), for the roster told after.
        self.roster_leads: list[FoundEvent] = []
        self.envoys_named: dict[int, bool] = {}  # by a sentence's start
        self.receivers: dict[int, list[Mention]] = {}
        # Where ", who" and ", which" open in each sentence, in order.
        self.relatives: dict[int, list[int]] = {}
        # Sentences that tell a meeting only as discussed ("X discussed
        # with Y"), whatever the means, by their span.
        self.discussed: set[tuple[int, int]] = set()
        # Sentences that tell an event in the perfect, by their start.
        self.in_perfect: set[int] = set()
        # Sentences that tell an act in the present perfect, by their start.
        self.lately: set[int] = set()
        # Triggers dated in a clause after them not told in the past ("an
        # agreement that takes effect in May").
        self.told_to_come: set[_Hit] = set()
        # The date each sentence says it was told on ("said on Monday
        # that"), by its first token.
        self.said_on: dict[int, PartialDate] = {}
        # The date a trigger planned for a month is told done on ("planned
        # for March, was held on Tuesday"), if it is done, by its hit.
        self.done_on: dict[_Hit, PartialDate] = {}
        # The day of the acts an invitation is told with ("On Monday, X
        # thanked Y and invited him to visit next year"), by its hit: the
        # invitation's own day when its date is the visit's.
        self.invited_on: dict[_Hit, PartialDate] = {}
        # Sentences that set their acts during a visit told before ("will
        # hold talks with Y during the visit"), by their span.
        self.during_visit: set[tuple[int, int]] = set()
        # Sentences that set their events at a time of their own ("a decade
        # ago", "when ..."), by their start.
        self.told_past: set[int] = set()
        # Sentences that set their acts apart from the day of a briefing
        # told before ("Earlier, X accused Y"), by their start.
        self.told_elsewhen: set[int] = set()
        # The events the triggers tell, in text order, once all are read:
        # the acts what is said may answer (`_answered`).
        self.acts: list[FoundEvent] | None = None
        # Where the last round of something other than talks was told ("the
        # second round of voting"), which a later "third round" continues.
        self.other_round = -1
        # Whether each sentence says its receptions were separate.
        self.separately: dict[int, bool] = {}

    def run(self) -> list[FoundEvent]:
        by_sentence: dict[int, list[_Hit]] = {}
        for hit in self._hits():
            offset = self.doc.tokens.starts[hit.first]
            by_sentence.setdefault(self.doc.sentence_index(offset), []).append(
                hit
            )
        for index, sentence_hits in by_sentence.items():
            self._sentence_events(index, sentence_hits)
        self.acts = sorted(self.found, key=_told_at)
        for start, end, speaker in self.said:
            if (
                speaker is not None
            ):  # "officials said": no one to blame or threaten
                self._blame(start, end, speaker)
                self._threatened(start, end, speaker)
        paragraph_of = self.doc.paragraph_index
        self.found.extend(self._rostered())
        events = _merged(
            [e for e in self.found if not _hosts_an_occasion(e)],
            frozenset(self.during_visit),
            frozenset(self.lately),
            self.reference,
        )
        events = _as_called(events, self.discussed)
        events = _sided_by_occasion(events, self.unsided, paragraph_of)
        events = _declared_at_the_summit(events, self.declared)
        events = _dated_by_lead(
            events,
            self.one_sided,
            paragraph_of,
            frozenset(self.in_perfect | self.told_past),
        )
        events = _dated_by_departure(events, self._departures())
        events = _dated_by_occasion(
            events,
            paragraph_of,
            frozenset(self.in_perfect),
            frozenset(self.told_past),
            self.reference,
        )
        events = _dated_by_saying(
            events,
            self._dated_sayings(),
            frozenset(self.in_perfect | self.told_past | self.told_elsewhen),
        )
        return _per_document(_hosted_by_the_union(events, self.doc))

    def _dated_sayings(self) -> list[tuple[int, Entity, PartialDate]]:
        """
        Where each saying of a side the article dates to a day starts, its
        speaker, and the day: "Chile on Thursday said", "the
        spokeswoman said on Monday" (the day in the cue's frame).
        """
        doc = self.doc
        dated = []
        told = -1  # the last sentence read: its first saying is its frame's
        for start, end, speaker in self.said:
            sentence = doc.sentence_index(start)
            if (
                speaker is None
                or speaker.country is None  # "officials said": no side
                or sentence == told
            ):
                continue
            told = sentence
            s_start = doc.sentences[sentence][0]
            for span, when in doc.dates(sentence, self.reference):
                at = s_start + span.start
                if (
                    when.day is not None
                    # the cue's words lie near the words said: a date far
                    # from them is not in its frame, and is not read
                    and (
                        span.start == 0
                        or start - _CUE_REACH <= at < start
                        or end <= at <= end + _CUE_REACH
                    )
                    and self._cue_frame(s_start, span, start, end)
                    and _fits(EventStatus.OCCURRED, when, self.reference)
                    and not _ahead(when)
                ):
                    dated.append((start, speaker, when))
                    break
        return dated

    def _sentence_events(self, index: int, sentence_hits: list[_Hit]) -> None:
        """The events of sentence *index*, told by its trigger hits."""
        s_start, s_end = self.doc.sentences[index]
        s_first = self.doc.token_at(s_start)
        s_last = self.doc.token_at(s_end)
        hits = [
            self._agreed_to_hold(hit, s_first)
            for hit in self._praising(sentence_hits, s_first)
            # read before the dates: "spoke to reporters Friday after X
            # criticised Y" dates the criticism
            if not self._spoke_in_person(hit, index, s_first, s_last)
        ]
        self._note_times(s_start, s_first, self.doc.token_at(s_end))
        self._note_during_the_visit(s_start, s_end)
        # "The GCC summit closed with the adoption of the Doha
        # Declaration": an organisation's own events only ("... and an
        # invitation to two states to join": no meeting of theirs).
        alone = len(hits) == 1 or all(
            _organisations_own(hit.trigger) or self._to_join(hit)
            for hit in hits
        )
        dated = hits
        if not alone:
            # "met X on the sidelines of the summit on Wednesday": the
            # summit is the setting, and the date is the meeting's.
            # A sentence of settings only ("the summit ... the summit")
            # dates them all, and so does one of a summit and its
            # declaration.
            dated = [
                h for h in hits if h.trigger.words not in _SETTINGS
            ] or hits
        dates = dict(zip(dated, self._dates(index, dated), strict=True))
        self._note_invited_on(hits, dates)
        intent = -1
        made: list[tuple[_Hit, int, int]] = []
        visited: _Visited | None = None  # the sentence's first visit
        # read once a sentence, however many duties it removes
        deal = not _AGREEMENT_NOUNS.isdisjoint(
            self.doc.folded[s_first : self.doc.token_at(s_end)]
        )
        for hit in hits:
            if self._setting(hit, hits, s_first):
                continue  # "met X on the sidelines of the summit"
            when = dates.get(hit)
            if hit.trigger.kind == "intent_to_meet":
                intent = hit.last
            elif intent >= 0 and self.doc.folded[hit.first - 1] == "to":
                continue  # "invited X to visit": the invitation is the event
            if (
                self._agentless(hit)
                or self._in_principle(hit)
                or self._there_is(hit, s_first)
                or self._attributive(hit)
                or self._undergone(hit, s_first)
                or self._to_join(hit)
                or self._described_kindly(hit)
                or self._hypothetical(hit, s_first)
                or self._condoling(hit, s_end)
                or self._not_envoys(hit)
                or self._next_round(hit, index, when)
                or self._unowned_unlawful(hit, s_first)
                or self._years_before(hit, s_first)
                or self._appealed_for(hit, s_first)
                or self._facilitated_aid(hit, s_first)
                # "under the trade deal, X will remove its tariffs on Y
                # wine": a concession, no sanction lifted
                or (deal and not _DUTIES.isdisjoint(hit.trigger.words[-2:-1]))
            ):
                continue  # "X is accused of spying", "a tentative deal"
            told = len(self.found)
            self._event(hit, index, when, alone=alone)
            self._count_documents(hit, told, self.doc.token_at(s_end))
            visited = self._unless_retold(told, visited)
            made.append((hit, told, len(self.found)))
            if when is not None and len(self.found) == told:
                self._told_again(hit, when)
        self._note_discussed(made, (s_start, s_end))
        if len(made) > 1:
            self._by_phone(made, index)

    def _next_round(
        self, hit: _Hit, sentence: int, when: PartialDate | None
    ) -> bool:
        """
        Whether *hit* is a round named alone, whose event, if any, is found
        here: a round told by its order alone ("a second round will be held
        next week", "agreed to hold the next round in X") is the next of the
        negotiations told before it, between their sides; a round of
        anything else ("the second round of voting"), or one told after it
        or after no talks, is no event.
        """
        if hit.trigger.words != _BARE_ROUND:
            return False
        doc = self.doc
        folded = doc.folded
        first, last = hit.first, hit.last
        s_start, s_end = doc.sentences[sentence]
        s_first = doc.token_at(s_start)
        if folded[last : last + 1] == ["of"]:
            # "the second round of voting": what a later round continues
            self.other_round = s_start
            return True
        talks = next(
            (
                e
                for e in reversed(self.found[-_ROUND_REACH:])
                if e.kind == "negotiation"
            ),
            None,
        )
        if (
            first <= s_first
            or folded[first - 1] not in _ROUND_MODIFIERS
            or talks is None
            or talks.evidence[0][0] < self.other_round
            or self._round_of_other(hit, talks, s_start, s_end)
            or (timed := self._timed(hit, s_first, when)) is None
        ):
            return True
        status, when = timed
        self.found.append(
            FoundEvent(
                hit.trigger.kind,
                [p._replace(role=PARTY) for p in talks.participants],
                status,
                when,
                self._where(s_first, doc.token_at(s_end)),
                [(s_start, s_end)],
                0.6,
            )
        )
        return True

    def _round_of_other(
        self, hit: _Hit, talks: FoundEvent, s_start: int, s_end: int
    ) -> bool:
        """
        Whether a round told alone is no round of *talks*: its sentence
        names none of their sides, and names something else the round may
        be of before it ("the election goes to a second round") or stands
        past the paragraph after theirs.
        """
        doc = self.doc
        s_first = doc.token_at(s_start)
        sides = {p.entity for p in talks.participants}
        countries = {p.entity.country for p in talks.participants} - {None}
        if any(
            m.entity in sides or m.entity.country in countries
            for m in doc.mentions_between(s_first, doc.token_at(s_end))
            if m.entity is not None
        ):
            return False
        return (
            not _OTHER_ROUNDS.isdisjoint(doc.folded[s_first : hit.first])
            or doc.paragraph_index(s_start)
            - doc.paragraph_index(talks.evidence[-1][0])
            > 1
        )

    def _count_documents(self, hit: _Hit, told: int, s_last: int) -> None:
        """
        Give the agreements made from *hit* (those from *told* on) the number
        of documents signed one by one: "signed a memorandum on X and an
        agreement on Y" is two, each with its article; "an agreement and
        three memoranda" stays one, as a count of documents does.
        """
        if hit.trigger.kind != "agreement":
            return
        folded = self.doc.folded
        after = hit.first + 1  # every agreement trigger has two words
        if folded[after] == "of":  # "the signing of a plan"
            after += 1
        if folded[hit.first] not in _SIGNING | {"signing"}:
            return
        counted = _DOCUMENT_COUNTS.get(folded[after], 0)
        if counted and folded[hit.last - 1] in _COUNTED_DOCUMENTS:
            # "signed three memoranda", "two new trade agreements": each
            # document its own agreement ("at least five" is no count)
            self._documents(told, counted)
            return
        if folded[after] not in _ONE_DOCUMENT:
            return
        documents = 1
        nested = False  # "on the creation of a commission and a charter"
        k = hit.last  # a hit may end in the "and" of the next document
        while k < min(s_last, hit.last + _DOCUMENTS_REACH):
            if folded[k] in _CLAUSE_BREAKS:
                break
            named = folded[k + 1 : k + 2 + _DOCUMENT_WORDS]
            if folded[k] == "of" and named and named[0] in _ONE_DOCUMENT:
                nested = True
            elif (
                folded[k] == "and"
                and named
                and named[0] in _ONE_DOCUMENT
                and _names_document(named[1:])
                and not nested
                # "and a treaty with Chile": a signing of its own
                and "with" not in named
            ):
                documents += 1
            k += 1
        self._documents(told, documents)

    def _documents(self, told: int, documents: int) -> None:
        """Give the agreements found from *told* on *documents*."""
        if documents > 1:
            for at in range(told, len(self.found)):
                self.found[at] = self.found[at]._replace(documents=documents)

    def _unless_retold(
        self, told: int, visited: _Visited | None
    ) -> _Visited | None:
        """
        Drop the visits found from *told* on that retell the sentence's
        first visit, *visited* ("arrived in Minsk ..., the first visit by an
        EU minister to Belarus"); the first visit's sides when none was
        found before.
        """
        if visited is None:
            return _visited(self.found[told:])
        self.found[told:] = [
            event
            for event in self.found[told:]
            if not _retells(event, visited)
        ]
        return visited

    def _note_invited_on(
        self, hits: list[_Hit], dates: dict[_Hit, PartialDate | None]
    ) -> None:
        """
        Note the day of the acts told before each invitation of a sentence:
        "On Monday, X thanked Y and invited him to visit next year".
        """
        told_on = None  # the date of the acts told so far in the sentence
        for hit in hits:
            when = dates.get(hit)
            if hit.trigger.kind == "intent_to_meet" and told_on is not None:
                self.invited_on[hit] = told_on
            if (
                when is not None
                and not _ahead(when)
                # not the day of talks to come: "agreed to convene the
                # joint commission in June"
                and (self.reference is None or when.earliest <= self.reference)
            ):
                told_on = when

    def _note_during_the_visit(self, s_start: int, s_end: int) -> None:
        """
        Note the sentence *s_start*..*s_end* when it sets its acts during a
        visit already told: "during the visit", "during his trip" (not
        "during a visit", one told first here).
        """
        folded = self.doc.folded
        s_first, s_last = self.doc.token_at(s_start), self.doc.token_at(s_end)
        # Most sentences say no "during": one look in C spares the walk.
        if "during" in folded[s_first : s_last - 2] and any(
            folded[k] == "during"
            and folded[k + 1] in _DEFINITE
            and not _VISIT_NOUNS.isdisjoint(
                folded[k + 2 : k + _DURING_VISIT_REACH]
            )
            for k in range(s_first, s_last - 2)
        ):
            self.during_visit.add((s_start, s_end))

    def _note_discussed(
        self, made: list[tuple[_Hit, int, int]], sentence: tuple[int, int]
    ) -> None:
        """
        Note the *sentence* when one of its hits made a meeting told only as
        discussed ("X discussed with Y"): the means may be a call, unless
        the sentence tells a visit ("during his visit, X discussed ...").
        """
        if any(
            end > told
            and not _ANY_MEANS.isdisjoint(hit.trigger.words)
            and not self._discussed_in(
                hit.last, self.doc.token_at(sentence[1])
            )
            for hit, told, end in made
        ) and all(hit.trigger.kind not in _VISITS for hit, _, _ in made):
            self.discussed.add(sentence)

    def _discussed_in(self, last: int, s_last: int) -> bool:
        """
        Whether "in <place>" follows the object of "discussed with" ending
        before token *last*, or a when-word: "discussed with Y in Paris on
        Monday" was held there, "discussed with Y the situation in Gaza"
        says only what about.
        """
        doc = self.doc
        near = doc.mentions_between(
            last, min(s_last, last + _WHERE_HELD_REACH)
        )
        ends = {mention.last for mention in near if mention.first == last}
        for mention in near:
            k = mention.first - 1
            if doc.folded[k] not in {"in", "at"} or not (
                k in ends
                or doc.folded[k - 1] in _AT_A_TIME
                or doc.folded[k - 1].isdigit()
            ):
                continue
            if mention.what == PLACE_MENTION or mention.via in {CAPITAL, CITY}:
                return True
        return False

    def _note_times(self, s_start: int, s_first: int, s_last: int) -> None:
        """
        Note the sentence starting at *s_start*, of tokens *s_first* to
        *s_last*, when it sets its acts at a time of their own, or before a
        briefing told before it ("Earlier, X accused Y").
        """
        if self._told_past(s_first, s_last):
            self.told_past.add(s_start)
        folded = self.doc.folded
        if any(
            folded[k] in _ELSEWHEN
            # "condemned the sanctions imposed earlier this month": the
            # time of what the words are about
            and not self._modifier_from(self._clause_start(s_first, k), k)
            for k in range(s_first, s_last)
        ):
            self.told_elsewhen.add(s_start)

    def _clause_start(self, s_first: int, k: int) -> int:
        """
        Where the phrase holding token *k* may open, in the sentence
        starting at token *s_first*: after the last comma a few words
        before it, else that few words before it.
        """
        folded = self.doc.folded
        start = max(s_first + 1, k - _PHRASE_REACH)
        return next(
            (j + 1 for j in range(k - 1, start - 1, -1) if folded[j] == ","),
            start,
        )

    def _told_past(self, s_first: int, s_last: int) -> bool:
        """
        Whether the tokens from *s_first* to *s_last* set their acts at a
        time of their own: "a decade ago", "when", "once", "previously",
        "in the past", "at the time", "during a border crisis".
        """
        folded = self.doc.folded
        # Only the words that may open one, found in one pass in C.
        for at in positions(_TOLD_PAST_FIRST, folded[s_first:s_last]):
            k = s_first + at
            word = folded[k]
            after = folded[k + 1 : k + 1 + _DURING_REACH]
            if word in _TOLD_PAST:
                if word != "once" or _NOT_ONCE.isdisjoint(after[:1]):
                    return True
            elif word == "during":
                if after[:1] in (
                    ["a"],
                    ["an"],
                ) and _DURING_OCCASION.isdisjoint(after[1:]):
                    return True
            elif tuple(folded[k : k + 3]) in _TOLD_PAST_PHRASES:
                return True
        return False

    def _praising(self, hits: list[_Hit], s_first: int) -> list[_Hit]:
        """
        The hits of a sentence but a message received that it does not go on
        to say praises: "received a written message from X", and "... and
        thanked Y", the receiver's own praise.
        """
        # Each message can be said only by the praise told before the next
        # message: a long sentence of them stays linear.
        said: set[int] = set()
        message: _Hit | None = None
        for hit in hits:
            if _plain_message(hit.trigger):
                message = hit
            elif (
                message is not None
                and hit.trigger.kind == "praise"
                and message.first not in said
                and self._message_says(message, hit, s_first)
            ):
                said.add(message.first)
        return [
            hit
            for hit in hits
            if not _plain_message(hit.trigger) or hit.first in said
        ]

    def _message_says(self, message: _Hit, praise: _Hit, s_first: int) -> bool:
        """
        Whether a praise told after a message received is what the message
        says: a participle after a comma or after the sender ("...,
        congratulating him", "from X expressing congratulations"), or a
        praise whose subject is the sender ("from X, who hailed ...").
        """
        doc = self.doc
        folded = doc.folded
        for k in range(
            max(praise.first - GAP_WORDS, message.last), praise.first + 1
        ):
            if folded[k].endswith("ing") and (
                folded[k - 1] == "," or k in doc.mention_at_end
            ):
                return True
        sender = doc.mention_at_start.get(message.last)
        subject = doc.subject_before(praise.first, s_first)
        return (
            sender is not None
            and subject is not None
            and self._entity(sender) == self._entity(subject)
        )

    def _setting(self, hit: _Hit, hits: list[_Hit], s_first: int) -> bool:
        """
        Whether a gathering is only where its sentence's event took place,
        which the guide does not count: "met on the sidelines of the G20
        summit", "X and Y met during a GCC meeting" (another meeting told
        before it), not "the GCC summit opened".
        """
        folded = self.doc.folded
        first = hit.first
        if (
            hit.trigger.kind != "meeting"
            or len(hit.trigger.words) > 1
            or folded[first] not in _GATHERINGS
        ):
            return False
        start = self._names_before(first)
        # Within its sentence: "... held talks on the sidelines. The GCC
        # summit opened" tells the summit.
        before = folded[max(start - _SETTING_REACH, s_first) : start]
        if not _ASIDE.isdisjoint(before):
            return True
        return not _AT_A.isdisjoint(before) and any(
            other.last <= first and other.trigger.kind in _IN_PERSON
            for other in hits
            if other is not hit
        )

    def _time_anchor(self, first: int) -> bool:
        """
        Whether the gathering named at token *first* only dates another act,
        its own news told elsewhere or not at all: "told reporters following
        the one-day GCC summit", "before the summit's close", "ahead of the
        summit".
        """
        folded = self.doc.folded
        # At the body's start, its first word is the gathering's own.
        k = max(self._names_before(first) - 1, 0)
        floor = max(k - _SETTING_REACH, 0)
        while k > floor and (
            folded[k] in _EVENT_MODIFIERS
            or folded[k] in _ARTICLES
            or "-" in folded[k]
        ):
            k -= 1  # "the one-day", "the upcoming"
        if folded[k] == "of" and k > 0 and folded[k - 1] in {"ahead", "prior"}:
            return True
        return folded[k] in _TIME_ANCHORS

    def _names_before(self, k: int) -> int:
        """
        Where the names just before token *k* start: "a Gulf Cooperation
        Council (GCC) meeting" gives the start of "Gulf".
        """
        folded = self.doc.folded
        ends = self.doc.mention_at_end
        while True:
            named = ends.get(k)
            if named is not None:
                k = named.first
            elif (
                k >= _ACRONYM
                and folded[k - _ACRONYM] == "("
                and folded[k - 1] == ")"
            ):
                k -= _ACRONYM  # "(GCC)"
            else:
                return k

    def _by_phone(
        self, made: list[tuple[_Hit, int, int]], sentence: int
    ) -> None:
        """
        A call that is only the means of an act its sentence tells, and
        names no sides of its own ("thanked Y by phone", "In a phone call,
        X invited Y"), was held by the act's sides; a meeting so told was
        the call ("discussed with Y by phone").  *made* holds each hit of
        the sentence with the slice of `found` it made.
        """
        calls = [
            hit.first
            for hit, start, end in made
            if start == end
            and hit.trigger.kind == "phone_call"
            and self._means(hit.first)
        ]
        if not calls:
            return
        acts = [
            (hit.first, range(start, end))
            for hit, start, end in made
            if start < end
            and (hit.trigger.kind in _ADDRESSED or hit.trigger.kind in _FAMILY)
            and self._one_clause(hit.first, calls[0], sentence)
        ]
        if not acts:
            return
        _, told = min(acts, key=lambda act: abs(act[0] - calls[0]))
        for at in told:
            act = self.found[at]
            call = act._replace(
                kind="phone_call",
                participants=[
                    p._replace(role=_ON_THE_PHONE.get(p.role, PARTY))
                    for p in act.participants
                ],
            )
            if act.kind in _FAMILY:
                self.found[at] = call
            else:
                self.found.append(call)

    def _means(self, first: int) -> bool:
        """
        Whether the words before a call tell it as a means: "by phone",
        "in a phone call", "over the phone", not "after a phone call" nor
        "weeks after talks by phone", "rather than by phone".
        """
        folded = self.doc.folded
        k = first - 1
        if k > 0 and folded[k] in _ARTICLES:
            k -= 1
        return (
            k >= 0
            and folded[k] in _BY_MEANS_OF
            and _NOT_THE_MEANS.isdisjoint(
                folded[max(k - _NOT_THE_MEANS_REACH, 0) : k]
            )
        )

    def _one_clause(self, one: int, other: int, sentence: int) -> bool:
        """
        Whether no relative clause opens between tokens *one* and *other*
        of *sentence* (", who", ", which"): "praised Y, who had thanked Z by
        phone".
        """
        opens = self.relatives.get(sentence)
        if opens is None:
            # Found once per sentence: a long sentence of acts stays linear.
            doc = self.doc
            folded = doc.folded
            s_start, s_end = doc.sentences[sentence]
            opens = self.relatives[sentence] = [
                k
                for k in range(doc.token_at(s_start), doc.token_at(s_end) - 1)
                if folded[k] == "," and folded[k + 1] in _RELATIVES
            ]
        at = bisect.bisect_left(opens, min(one, other))
        return at == len(opens) or opens[at] >= max(one, other)

    def _told_again(self, hit: _Hit, when: PartialDate) -> None:
        """
        A dated mention of an event told before, with no actors of its own
        ("the meeting on Sunday", "Sunday's meeting"), dates the last event
        of its kind when it has no date yet.
        """
        folded = self.doc.folded
        if (
            len(hit.trigger.words) > 1
            or folded[hit.first] not in _NAMED_EVENTS
            or folded[max(hit.first - 1, 0)] not in _TOLD_BEFORE
            # "will brief lawmakers on the meeting on Sunday": the date is
            # the briefing's
            or folded[max(hit.first - 2, 0)] in _ABOUT
        ):
            return
        reference = self.reference
        for at in range(len(self.found) - 1, -1, -1):
            event = self.found[at]
            if event.kind != hit.trigger.kind:
                continue
            if (
                reference is not None
                and event.status in _INTENDED
                and when.rule in _AMBIGUOUS
            ):
                # "will meet ... The meeting on Sunday": the coming one.
                when = resolve_date(when.raw or "", reference, prefer="future")
            if event.when is None and _fits(event.status, when, reference):
                self.found[at] = event._replace(when=when)
            return

    def _departures(self) -> list[tuple[int, tuple[str, str], PartialDate]]:
        """
        The dated departures of a visitor from a host state's capital, city
        or land ("The Saudi delegation left Doha on Wednesday evening"): the
        start of each one's sentence, the visitor's and the host's states,
        and the day.
        """
        doc = self.doc
        folded = doc.folded
        found = []
        for i in doc.verb_positions:
            if folded[i] not in _LEFT:
                continue  # most verbs: one set lookup
            k = i + 1 if folded[i + 1 : i + 2] != ["from"] else i + 2
            place = doc.mention_at_start.get(k)
            if place is None:
                continue
            host = self._entity(place)
            sentence = doc.sentence_index(doc.tokens.starts[i])
            s_start = doc.sentences[sentence][0]
            leaver = doc.subject_before(i, doc.token_at(s_start))
            visitor = None if leaver is None else self._entity(leaver)
            dates = doc.dates(sentence, self.reference)
            if (
                host is None
                or visitor is None
                or len(dates) != 1
                or (place.via not in {CAPITAL, CITY} and host.kind != STATE)
                or None in {host.country, visitor.country}
                or host.country == visitor.country
                or not _fits(EventStatus.OCCURRED, dates[0][1], self.reference)
            ):
                continue
            way = (visitor.country or "", host.country or "")
            found.append((s_start, way, dates[0][1]))
        return found

    def _blame(self, start: int, end: int, speaker: Entity) -> None:
        """
        Words that condemn another state's act are an accusation: "Lavrov
        said that Obama's decision was “illegitimate”", and so are words
        that condemn an act the article told just before ("Tehran said the
        sanctions were illegal": the side that imposed them).
        """
        doc = self.doc
        if _stateless(speaker):
            return
        first, last = doc.token_at(start), doc.token_at(end)
        folded = doc.folded
        if _BLAME.isdisjoint(folded[first:last]):
            return  # most statements: no word of blame
        blame = [
            k
            for k in range(first, last)
            if folded[k] in _BLAME
            # "... was never hostile", "is not a provocation": no blame
            and not set(folded[max(first, k - _NEGATION_REACH) : k]) & _DENIED
            and self._blames(k, first)
        ]
        if not blame:
            return
        target = self._nearest_other(
            first, last, speaker, blame, spare_victims=True
        )
        if target is not None:
            self._said_event("accusation", speaker, [target], start, end)
        elif self._names_act(first, last):
            self._said_event(
                "accusation",
                speaker,
                self._answered(start, speaker),
                start,
                end,
            )

    def _blames(self, k: int, first: int) -> bool:
        """
        Whether the word of blame at *k* of the words said from token
        *first* blames: "null and void", not "fill a void"; "regrettable"
        and "unfounded" for an act or a claim ("the claims were unfounded",
        "a regrettable step"), not for hearsay ("reports ... unfounded").
        """
        folded = self.doc.folded
        word = folded[k]
        if word == "void":
            return folded[max(first, k - 2) : k] == ["null", "and"]
        if word not in _WEAK_BLAME:
            return True
        before = folded[max(first, k - _QUALIFIED_REACH) : k]
        return (
            not _ACTS.isdisjoint(before)
            or not _OFFENCES.isdisjoint(folded[k + 1 : k + 2])
        ) and _RUMOURED.isdisjoint(before)

    def _threatened(self, start: int, end: int, speaker: Entity) -> None:
        """
        Words in which an actor says its side will strike back are a threat:
        "Tehran would respond with reciprocal measures", "it reserves the
        right to retaliate"; to the state they name after the reprisal, else
        to the side whose act the article told just before.
        """
        doc = self.doc
        folded = doc.folded
        first, last = doc.token_at(start), doc.token_at(end)
        quoted = first > 0 and folded[first - 1] in _OPENING_QUOTES
        # a quotation's words and, at most, the words that lead into it
        widest = max(0, first - 1 - _LEAD_IN_REACH) if quoted else first
        if _stateless(speaker):
            return
        warned = self._warned(first)
        if not warned and _STRIKING_BACK.isdisjoint(folded[widest:last]):
            return  # most statements: no reprisal
        if quoted:
            first = self._lead_in(first - 1, start)
        at = next(
            (
                k
                for k in range(first, last)
                if self._reprisal(k, first) or self._response_follows(k, first)
            ),
            None,
        )
        if at is None and warned:
            at = self._warned_vow(first, last, speaker)
        if at is None:
            return
        suffered = self._suffered(at)
        if not suffered and any(
            # "said the US would retaliate": another side's reprisal
            (other := self._entity(m)) is not None
            and other.country not in {None, speaker.country}
            for m in doc.mentions_between(first, at)
        ):
            return
        # "would retaliate if the EU decides to ...": the side the
        # condition names acting is the one threatened
        targets = [] if suffered else self._conditioned_on(at, last, speaker)
        if not targets:
            target = (
                self._sufferer(first, at, speaker)
                if suffered
                else self._nearest_other(at, last, speaker, [at])
            )
            targets = (
                [target]
                if target is not None
                else self._answered(start, speaker)
            )
        self._said_event("threat", speaker, targets, start, end)

    def _warned(self, first: int) -> bool:
        """
        Whether the words said from token *first* are told by a cue of
        warning: "warned on Monday that ...", "warning that ...".
        """
        folded = self.doc.folded
        k = first - 1
        while k >= max(0, first - _WARNING_REACH):
            if folded[k] in _WARNING:
                return True
            if folded[k] in _CLAUSE_END:
                return False
            k -= 1
        return False

    def _warned_vow(
        self, first: int, last: int, speaker: Entity
    ) -> int | None:
        """
        Where words of warning said from token *first* vow an act of the
        speaker's own side against another, with no word of reprisal: its
        verb after the modal whose subject is that side ("warned that Lima
        would impose sanctions on ...", "that Quito would take adequate
        measures", "that Tehran would reconsider its ties if X ..."), an
        act done to a side, measures taken or ties reconsidered if another
        side acts; not another side's act, a denied one ("would not leave")
        nor one that harms no one ("would attend if X agreed").
        """
        doc = self.doc
        folded = doc.folded
        for mention in doc.mentions_between(first, last):
            modal = mention.last
            own = self._entity(mention)
            if (
                folded[modal : modal + 1] == []
                or folded[modal] not in _VOWING
                or own is None
                or not _same_side(own, speaker)
            ):
                continue
            verb = modal + 1 + (folded[modal + 1 : modal + 2] == ["also"])
            if verb >= last or folded[verb] in _DENIED:
                continue
            if (
                folded[verb] in _ACTS_ON_A_SIDE
                or (
                    folded[verb] == "take"
                    and not _TAKEN.isdisjoint(
                        folded[verb + 1 : verb + 2 + _ACT_REACH]
                    )
                )
                or (
                    folded[verb] in _RECONSIDERING
                    and self._conditioned_on(verb, last, speaker)
                )
            ):
                return verb
        return None

    def _conditioned_on(
        self, at: int, last: int, speaker: Entity
    ) -> list[Entity]:
        """
        The sides a condition after the reprisal at token *at* names as its
        subject, up to *last*: "would retaliate if the EU decides to ...",
        "if A, B and C went ahead" (each of them); none when the condition
        names no side or the speaker's own.
        """
        doc = self.doc
        folded = doc.folded
        cond = next(
            (
                k
                for k in range(at + 1, min(last, at + 1 + _CONDITION_REACH))
                if folded[k] in _CONDITIONS
            ),
            None,
        )
        if cond is None:
            return []
        sides: list[Entity] = []
        k = cond + 1
        reach = min(last, cond + 1 + _CONDITION_REACH)
        for mention in doc.mentions_between(cond + 1, reach):
            entity = self._entity(mention)
            if (
                not _LISTING.issuperset(folded[k : mention.first])
                or entity is None
                or _stateless(entity)
                or _same_side(entity, speaker)
            ):
                break
            sides.append(entity)
            k = mention.last
        return sides

    def _sufferer(self, first: int, at: int, speaker: Entity) -> Entity | None:
        """
        The side told it will suffer the reprisal word at *at*: the first
        state or statesman of another state named from token *first* ("X
        must bear the consequences", "will cost X dearly"), not the place an
        unnamed side acted in ("the attack on its embassy in Kabul will not
        go unpunished" threatens no one, as a condemnation of an attack with
        no named perpetrator accuses no one).
        """
        doc = self.doc
        for mention in doc.mentions_between(first, at):
            target = self._entity(mention)
            if (
                target is not None
                and doc.folded[mention.first - 1] not in _PLACED
                and (target.kind in {STATE, PERSON} or _state_body(target))
                and target.country not in {None, speaker.country}
            ):
                return target
        return None

    def _suffered(self, k: int) -> bool:
        """
        Whether the reprisal word at *k* tells what the other side is to
        suffer ("X will bear the consequences", "will cost X dearly", "will
        not go unpunished"), not what the speaker's side will do.
        """
        folded = self.doc.folded
        return folded[k] in _SUFFERED or (
            folded[k] == "consequences"
            and not _SUFFERING.isdisjoint(folded[max(0, k - _ACT_REACH) : k])
        )

    def _lead_in(self, mark: int, offset: int) -> int:
        """
        Where the reported words that lead into the quotation opening at
        token *mark* start: after the cue of "said Moscow would respond
        “in a mirror manner”" (the quotation alone says no reprisal), a few
        words back at most, within its sentence.
        """
        doc = self.doc
        folded = doc.folded
        s_first = doc.token_at(doc.sentences[doc.sentence_index(offset)][0])
        speech = doc.tables.speech
        k = mark
        while (
            k > s_first
            and mark - k < _LEAD_IN_REACH
            and folded[k - 1] not in _CLAUSE_END
            # "respond" is a cue too, but the reprisal's own
            and (
                folded[k - 1] in _RESPOND
                or longest_at(speech, folded, k - 1) is None
            )
        ):
            k -= 1
        return k

    def _reprisal(self, k: int, first: int) -> bool:  # noqa: C901, PLR0911 - one answer per word of reprisal
        """
        Whether the word at *k* of the words said from token *first* tells
        a reprisal the speaker's side vows: "would retaliate", "will take
        reciprocal measures", "reserves the right to respond", "to respond
        firmly", not "would not retaliate" nor "reciprocal visits".
        """
        folded = self.doc.folded
        word = folded[k]
        # "respond “firmly”", "take “all necessary measures”": the words
        # after a quotation mark
        opened = (
            k + 1 + (not _OPENING_QUOTES.isdisjoint(folded[k + 1 : k + 2]))
        )
        after = folded[opened : opened + 2]
        if word in _RESPOND:
            told = (
                after[:1] == ["in"]
                and (
                    after[1:] == ["kind"]
                    or after[1:2] in (["self-defence"], ["self-defense"])
                    or self._in_a_manner(opened + 1)
                )
            ) or not _IN_FORCE.isdisjoint(after[:1])
            if not (told or folded[k - 2 : k] == ["right", "to"]):
                return False
        elif word == "reciprocal":
            if (
                not after
                or after[0] not in _ACTS
                or (
                    folded[k + 2 : k + 3] == ["to"]
                    and not _EASING.isdisjoint(folded[k + 3 : k + 4])
                )
            ):
                # "reciprocal visits", "reciprocal steps to ease visa rules"
                return False
        elif word in _MEASURED:
            if not self._measured(k, first, opened):
                return False
        elif word == "unpunished" or folded[k - 1 : k + 1] == [
            "without",
            "consequences",
        ]:
            # "will not go unpunished", "will not remain without
            # consequences": the negation is the vow
            return not _WILL.isdisjoint(
                folded[max(first, k - _WILL_REACH) : k]
            ) and not _DENIED.isdisjoint(folded[max(first, k - 4) : k])
        elif word in _PRICES:
            if _PRICES[word].isdisjoint(
                folded[max(first, k - _ACT_REACH) : k]
            ):
                # "the war has consequences for trade", "valued it dearly"
                return False
        elif word not in _REPRISALS:
            return False
        before = folded[max(first, k - _NEGATION_REACH) : k]
        vowed = folded[max(first, k - _WILL_REACH) : k]
        return (
            not _WILL.isdisjoint(vowed)
            # "X must bear the consequences": what another side is to
            # suffer, not do
            or (word == "consequences" and "must" in vowed)
            or folded[first] == "to"
        ) and ("hesitate" in before or _DENIED.isdisjoint(before))

    def _measured(self, k: int, first: int, opened: int) -> bool:
        """
        Whether the reprisal word at *k* of the words said from token
        *first*, with its words going on at *opened*, is measures taken or
        a response in kind: "take resolute measures", "a firm response",
        not "necessary steps to ease visa rules" nor "the necessary
        measures are in place".
        """
        folded = self.doc.folded
        if folded[k] == "response":
            return folded[k - 1] in _IN_KIND
        return (
            not _ACTS.isdisjoint(folded[opened : opened + 1])
            and "take" in folded[max(first, k - _ACT_REACH) : k]
            and not (
                folded[opened + 1 : opened + 2] == ["to"]
                and not _EASING.isdisjoint(folded[opened + 2 : opened + 3])
            )
        )

    def _response_follows(self, k: int, first: int) -> bool:
        """
        Whether the words said from token *first* say at *k* that a
        response will follow: "a response will follow", not "no response
        would follow".
        """
        folded = self.doc.folded
        return (
            folded[k] == "response"
            and folded[k + 1 : k + 3]
            in (["will", "follow"], ["would", "follow"])
            and _DENIED.isdisjoint(folded[max(first, k - _NEGATION_REACH) : k])
        )

    def _in_a_manner(self, k: int) -> bool:
        """
        Whether the words from *k* tell the manner of a reprisal: "(respond
        in) a proportionate manner", "an appropriate way", not "a timely
        manner".
        """
        folded = self.doc.folded
        return (
            folded[k : k + 1] in (["a"], ["an"])
            and not _IN_KIND.isdisjoint(folded[k + 1 : k + 2])
            and folded[k + 2 : k + 3] in (["manner"], ["way"], ["fashion"])
        )

    def _nearest_other(
        self,
        first: int,
        last: int,
        speaker: Entity,
        at: list[int],
        *,
        spare_victims: bool = False,
    ) -> Entity | None:
        """
        The state or statesman of another state named from token *first* to
        *last* nearest the words at *at* (after them on a tie: "illegal
        sanctions by X"), not one joined to the speaker's own ("Moscow and
        Beijing would oppose ...": the speaker's side) and, to
        *spare_victims*, not one that suffers what the words blame ("the
        aggression against X").
        """
        doc = self.doc
        folded = doc.folded
        mentions = doc.mentions_between(first, last)
        allied = {
            i + step
            for i, mention in enumerate(mentions)
            if (own := self._entity(mention)) is not None
            and _same_side(own, speaker)
            for step in (-1, 1)
            if 0 <= i + step < len(mentions)
            and _joined(
                folded, mentions[min(i, i + step)], mentions[max(i, i + step)]
            )
        }
        targets = [
            (min((abs(m.first - b), m.first < b) for b in at), target, m)
            for i, m in enumerate(mentions)
            if i not in allied
            and (target := self._entity(m)) is not None
            and (target.kind in {STATE, PERSON} or _state_body(target))
            and target.country not in {None, speaker.country}
        ]
        if spare_victims:
            kept = [t for t in targets if not _suffers(folded, t[2], at)]
            if len(kept) < len(targets):
                # with the victim told, the aggressor is told by the words
                # of blame in their own clause, not by a side named before
                kept = [t for t in kept if _blame_clause(folded, t[2], at)]
            # where it happens is no side: "the situation in X"
            targets = [t for t in kept if not _placed_in(folded, t[2])]
        if not targets:
            return None
        return min(targets, key=lambda t: t[0])[1]

    def _names_act(self, first: int, last: int) -> bool:
        """
        Whether the words from token *first* to *last* point at an act told
        before: "the decision", "this move", "such steps".
        """
        folded = self.doc.folded
        return any(
            folded[k] in _ACTS
            and not _POINTING.isdisjoint(
                folded[max(first, k - _ACT_REACH) : k]
            )
            for k in range(first, last)
        )

    def _answered(
        self,
        offset: int,
        speaker: Entity,
        *,
        hostile: bool = True,
        met: bool = False,
    ) -> list[Entity]:
        """
        The side whose act the speaker answers at *offset*: the other side
        of the last event the speaker's state took part in, told in a
        sentence before ("the EU imposed sanctions on Iran ... Tehran
        condemned the move": the EU). A blame or a threat answers only a
        *hostile* act another side took, not a meeting nor its own act;
        with *met*, only a meeting, visit or call is answered.
        """
        for event in self._told_before(offset):
            if met and event.kind not in _INTERVIEWS:
                continue
            if hostile and (
                event.kind not in _HOSTILE
                or all(
                    p.role != INITIATOR or _same_side(p.entity, speaker)
                    for p in event.participants
                )
            ):
                continue
            others = [
                p.entity
                for p in event.participants
                if not _same_side(p.entity, speaker)
                # a state's or an international organisation's, none of
                # an office the text leaves without its state
                and not _stateless(p.entity)
                # a hostile act is answered to the side that took it, not
                # to the others it struck with the speaker's
                and (not hostile or p.role == INITIATOR)
            ]
            if others and any(
                _same_side(p.entity, speaker) for p in event.participants
            ):
                return others
        return []

    def _met_together(self, offset: int, speaker: Entity) -> list[Entity]:
        """
        The other sides of the meetings, visits or calls of the speaker's
        that the last sentence before *offset* telling one of them told:
        "received the new envoys of X and Y" is a visit of each.
        """
        told = [
            event
            for event in self._told_before(offset)
            if event.kind in _INTERVIEWS
            and any(_same_side(p.entity, speaker) for p in event.participants)
        ]
        if not told:
            return []
        sentence = told[0].evidence[0]
        return _distinct_entities(
            p.entity
            for event in reversed(told)  # in the order told
            if event.evidence[0] == sentence
            for p in event.participants
            if not _same_side(p.entity, speaker) and not _stateless(p.entity)
        )

    def _told_before(self, offset: int) -> list[FoundEvent]:
        """
        The acts told last in the sentences before the one at *offset*,
        latest first: a few of them, so that a long text of answers stays
        linear.
        """
        before = self.doc.sentences[self.doc.sentence_index(offset)][0]
        acts = self.found if self.acts is None else self.acts
        end = bisect.bisect_left(acts, before, key=_told_at)
        return acts[max(0, end - _ANSWER_REACH) : end][::-1]

    def _visit_hosts(self, offset: int, guest: Entity) -> list[Entity]:
        """
        The hosts of the visit told last before *offset* that *guest* made,
        or none.
        """
        for event in self._told_before(offset):
            if event.kind in _VISITS and any(
                p.role != HOST and _same_side(p.entity, guest)
                for p in event.participants
            ):
                return [p.entity for p in event.participants if p.role == HOST]
        return []

    def _said_event(
        self,
        kind: str,
        speaker: Entity,
        targets: list[Entity],
        start: int,
        end: int,
    ) -> None:
        """
        Record the *kind* of event the words from offset *start* to *end*
        tell, by their speaker against *targets*, when there are any.
        """
        if not targets:
            return
        sentence = self.doc.sentence_index(start)
        self.found.append(
            FoundEvent(
                kind,
                [
                    FoundParticipant(speaker, INITIATOR),
                    *(FoundParticipant(t, RECIPIENT) for t in targets),
                ],
                EventStatus.OCCURRED,
                self._said_when(sentence, start, end),
                None,
                [self.doc.sentences[sentence]],
                0.6,
            )
        )

    def _said_when(
        self, sentence: int, start: int, end: int
    ) -> PartialDate | None:
        """
        The date of the saying of the words from offset *start* to *end*:
        the first past date its sentence names in the frame of the cue
        ("said on Monday that ...", "told him earlier that morning that
        ...", "On Monday, X said ..."); one inside is the words' own ("said
        the May sanctions were illegal"), and one that names a thing or
        stands in another clause is not the saying's ("X, asked about the
        March 12 raid, said ...").
        """
        doc = self.doc
        s_start = doc.sentences[sentence][0]
        for span, when in doc.dates(
            sentence, self.reference
        ) or self._that_day(sentence):
            if (
                not start <= s_start + span.start < end
                and self._cue_frame(s_start, span, start, end)
                and _fits(EventStatus.OCCURRED, when, self.reference)
                # "who travels to Lima next week, said": the trip's
                and not _ahead(when)
            ):
                return when
        return None

    def _cue_frame(
        self, s_start: int, span: Span, start: int, end: int
    ) -> bool:
        """
        Whether the date at *span* of the sentence at offset *s_start* is
        told of the saying of the words from *start* to *end*: it opens the
        sentence, or stands in the cue's clause ("said on Monday that",
        "..., X said on Monday") and names no thing ("the March 12 raid",
        "Monday's raid").
        """
        doc = self.doc
        folded = doc.folded
        first = doc.token_at(s_start + span.start)
        last = doc.token_at(s_start + span.end)
        s_first = doc.token_at(s_start)
        if first - s_first <= 1 and folded[last : last + 1] == [","]:
            return True  # "On Monday, X said ..."
        if (first > 0 and folded[first - 1] in _NAMING) or folded[
            last : last + 1
        ] == ["'s"]:
            return False
        speech = doc.tables.speech
        said = doc.token_at(start)
        if last <= said and self._while_speaking(s_first, first):
            return True  # "Speaking to reporters on Monday, X said ..."
        if last <= said:
            # "said on Monday that", "on Monday said that", "had a call
            # that morning, telling him that": a participle shares its time
            return all(
                folded[k + 1].endswith("ing")
                and longest_at(speech, folded, k + 1) is not None
                for k in range(last, said)
                if folded[k] == ","
            )
        # "..., X said on Monday": a cue before it in its clause
        return next(
            (
                folded[k] != ","
                for k in range(first - 1, doc.token_at(end) - 1, -1)
                if folded[k] == ","
                or longest_at(speech, folded, k) is not None
            ),
            False,
        )

    def _while_speaking(self, s_first: int, first: int) -> bool:
        """
        Whether the date at token *first* stands in a phrase of speaking
        that opens the sentence or follows a comma, before the cue: "Speaking
        to reporters in Lima on Monday, X said", "X, addressing the
        assembly on Monday, said".
        """
        folded = self.doc.folded
        for k in range(first - 1, s_first - 1, -1):
            word = folded[k]
            if word in _CLAUSE_END or word == ",":
                return False
            if word in _SPEAKING and (k == s_first or folded[k - 1] == ","):
                # not "Speaking of the visit on Monday", "Responding to the
                # strikes carried out on Monday": the date of a thing
                return folded[k + 1] not in _SPOKEN_ABOUT and not (
                    self._modifier_from(k + 1, first)
                )
        return False

    def _hits(self) -> list[_Hit]:
        doc = self.doc
        folded = doc.folded
        words = doc.words
        triggers = doc.tables.triggers
        found = []
        done = 0  # where the last hit ended: none starts inside it
        n = len(folded)
        for i in doc.verb_positions:
            if (
                i < done
                or folded[i] not in triggers
                or (
                    folded[i] == "visiting"
                    and i > 0
                    and (i == done or folded[i - 1] in _ARTICLES)
                )
                # "talks with his host X": the noun, no one hosting.
                or (
                    folded[i] in _HOST_NOUNS
                    and i > 0
                    and folded[i - 1] in _OWN
                )
            ):
                # "received (the) visiting Minister X": X visits; no visit
                # of the host's to X.
                continue
            following = folded[i + 1] if i + 1 < n else None
            for trigger in _POSSIBLE.of(triggers, folded[i], following):
                end = _match(trigger, folded, words, i, triggers)
                if (
                    end > 0
                    and trigger.words[-1] in _SITTINGS
                    # "a round of consultations": the round is the sitting
                    and folded[i] not in _SITTING_WORDS
                    and (
                        (end < n and folded[end] in _NAMED_EVENTS)
                        or not self._sits(i, end)
                    )
                ):
                    # "the joint commission meeting": the meeting's; "the
                    # joint commission oversees": a body, no sitting
                    break
                if (
                    end > 0
                    and (
                        # "called on Peru to release them": an appeal
                        (
                            trigger.words == _CALLED_ON
                            and not self._paid_a_call(end)
                        )
                        # "after a campaign stop in Iowa": no visit abroad
                        or (
                            trigger.words == _STOP_IN
                            and folded[i - 1 : i] == ["campaign"]
                        )
                        # "the killing must stop in Sudan": no tour
                        or (
                            trigger.kind == "visit"
                            and trigger.words[0] in _STOPS
                            and not _STOP_MODALS.isdisjoint(folded[i - 1 : i])
                        )
                        # "is in no hurry for talks": no place in the gap
                        or (
                            trigger.kind == "visit"
                            and "**" in trigger.words
                            and not self._one_place(_Hit(trigger, i, end))
                        )
                    )
                ):
                    continue
                if end > 0:
                    found.append(_Hit(trigger, i, end))
                    done = end
                    break
        return found

    def _sits(self, first: int, last: int) -> bool:
        """
        Whether the standing body at *first*..*last* is told sitting: "held
        political consultations", "the session of the joint commission",
        "the joint commission will meet".
        """
        folded = self.doc.folded
        before = folded[max(first - _SITTING_BEFORE, 0) : first]
        after = itertools.takewhile(
            lambda word: word not in _CLAUSE_END,
            folded[last : last + _SITTING_AFTER],
        )
        return not _SITTING_WORDS.isdisjoint(before) or any(
            word in _SITTING_WORDS for word in after
        )

    def _one_place(self, hit: _Hit) -> bool:
        """
        Whether the gap of "is in ** for talks" opens with a place, a
        country, its capital or a city, and names nothing else ("is in
        Nicosia on Monday for talks"), not "is in no hurry for talks" or
        "is in close contact with X for".
        """
        doc = self.doc
        first = hit.first + hit.trigger.words.index("**")
        mention = doc.mention_at_start.get(first)
        return (
            mention is not None
            and mention.via in {COUNTRY, CAPITAL, CITY}
            and not doc.mentions_between(mention.last, _gap_end(hit, doc))
        )

    def _paid_a_call(self, end: int) -> bool:
        """
        Whether "called on" ending before *end* is a call paid on a person
        of a state ("called on President X at the palace"), not an appeal
        ("called on X and Y to release them", "called on X for restraint").
        """
        doc = self.doc
        folded = doc.folded
        start = end + 1 if folded[end : end + 1] == ["the"] else end
        mention = doc.mention_at_start.get(start)
        if mention is None:
            return False
        person = self._entity(mention)
        if person is None or person.kind != PERSON or person.country is None:
            return False  # "called on the parties", "called on Senator X"
        # "to" is looked for past an aside, up to the clause's end ("called
        # on X, who hosted him last year, to press Y"); "for" only near
        reach = mention.last + _APPEAL_REACH
        stop = min(len(folded), mention.last + _APPEAL_TO_REACH)
        for k in range(mention.last, stop):
            word = folded[k]
            if word in _CLAUSE_END:
                break
            if (word in _APPEALS and k < reach) or (
                word == "to"
                and k + 1 < len(folded)
                and k + 1 not in doc.mention_at_start
                and folded[k + 1] not in _NAMING
            ):
                return False  # "to release them", not "to the palace"
        return True

    def _separately(self, s_first: int, s_last: int) -> bool:
        """
        Whether the sentence from token *s_first* to *s_last* says its
        receptions were separate ("at separate ceremonies"), read once a
        sentence.
        """
        found = self.separately.get(s_first)
        if found is None:
            found = self.separately[s_first] = not _SEPARATE.isdisjoint(
                self.doc.folded[s_first:s_last]
            )
        return found

    def _there_is(self, hit: _Hit, s_first: int) -> bool:
        """
        Whether the agreement at *hit* is one there only is: "There is an
        agreement between X and Y that ..." is a view they share, or a
        document of before, no signing told.
        """
        first = hit.first
        folded = self.doc.folded
        if hit.trigger.kind != "agreement":
            return False
        # "there is", not "flew to Baku and there signed"; a signing told
        # in the sentence keeps its event ("there is a deal, signed ...").
        there = any(
            folded[k] == "there" and folded[k + 1] in _THERE_BE
            for k in range(max(s_first, first - _THERE_REACH), first)
        )
        return there and _SIGNED_WORDS.isdisjoint(
            folded[first : first + _THERE_SIGNED_REACH]
        )

    # -- one trigger ---------------------------------------------------------

    def _event(  # noqa: C901, PLR0912, PLR0915 - the frame of one trigger, read in order
        self,
        hit: _Hit,
        sentence: int,
        when: PartialDate | None,
        *,
        alone: bool,
    ) -> None:
        doc = self.doc
        trigger, first, last = hit
        s_start, s_end = doc.sentences[sentence]
        s_first = doc.token_at(s_start)
        s_last = doc.token_at(s_end)
        participants: list[FoundParticipant] = []
        place: tuple[str, str | None] | None = None
        trigger, objects = self._active(
            hit,
            (
                self._posted(last)
                + self._based(trigger, last)
                + self._targeted(trigger, last, s_last)
                + self._objects(last, s_last)
            )
            or self._mediated_between(trigger, last, s_last),
        )
        if (
            trigger.before not in {NONE, MUTUAL}
            and not (
                # "the Astana peace talks between X and Y": the names before
                # the talks say where; the sides come after "between".
                first in doc.mention_at_end
                and trigger.words[-1] in _NAMED_EVENTS
                and trigger.words[0] not in _LIGHT_VERBS
                and any(preposition == "between" for preposition, _ in objects)
            )
            and not self._possessor_recognised(hit, s_first)
        ):
            brokered = self._brokered_between(hit, s_first)
            participants.extend(
                FoundParticipant(subject, trigger.before)
                for subject in (
                    self._subjects(first, s_first)
                    if brokered is None
                    else brokered
                )
            )
        subjects = len(participants)
        if trigger.kind == "meeting" and doc.folded[first] in _GATHERINGS:
            participants.extend(
                FoundParticipant(attendee, PARTY)
                for attendee in self._attendees(first, s_first, objects)
            )
        noun = doc.folded[first] in _NOUN_TRIGGERS and trigger.after == HOST
        # "the ministers discussed the visit of X to Y": X is the visitor,
        # not who discussed it.
        visitor_named = False
        if "**" in trigger.words and trigger.kind == "praise":
            # Thanks are always in the speaker's name ("expressed Egypt's
            # appreciation for"), to whom "to" names inside them ("expressed
            # to Qatar his appreciation for").
            objects = [
                ("to", m)
                for m in doc.mentions_between(first + 1, _gap_end(hit, doc))
                if "to"
                in doc.folded[max(first, m.first - _TO_REACH) : m.first]
            ] + objects
        elif "**" in trigger.words and _STANCE_NOUNS.isdisjoint(trigger.words):
            # "described the US move as": the object is inside the trigger,
            # but not the subject's own state ("delivered Korea's protest").
            own = {p.entity.country for p in participants} - {None}
            objects = [
                (self._posted_in(trigger, m), m)
                for m in doc.mentions_between(first + 1, _gap_end(hit, doc))
                if (
                    (inside := self._entity(m)) is None
                    or inside.country not in own
                )
                and self._act_owner(hit, m)
            ] + objects
        for preposition, mention in objects:
            target = self._entity(mention)
            if (
                target is None
                # "the signing of a Memorandum of Understanding": the
                # document's own name, no side (a name is no "a Deal")
                or (
                    trigger.kind == "agreement"
                    and doc.folded[mention.first] in _ARTICLES
                    and doc.folded[mention.last - 1] in _AGREEMENT_NOUNS
                )
                or (
                    trigger.kind == "host_visit"
                    and target.kind != PERSON
                    and doc.folded[mention.last : mention.last + 1]
                    in (["'s"], ["'"])
                )
            ):
                # "welcomed Azerbaijan's decision", "welcomed the two
                # sides' dialogue": no visitor
                continue
            # "ordered X to leave Peru": Peru ordered it, unless the one who
            # ordered it is named already
            role = (
                (None if _ordered_by_a_state(participants) else INITIATOR)
                if _left(trigger, mention, last)
                else self._object_role(trigger, preposition, noun, target)
            )
            if (
                role is None
                or (role == WHERE and _airspace(doc.folded, mention))
                or (target.kind == MEDIA and trigger.kind in _INTERVIEWS)
                or (
                    trigger.kind == "sanction"
                    and doc.folded[mention.last : mention.last + 1]
                    and doc.folded[mention.last] in _TRAVELLERS
                )
                or _told_already(trigger, role, target, participants)
            ):
                continue  # "flew into Peruvian airspace", "sat down with CNN"
            visitor_named = visitor_named or (
                noun and role == INITIATOR and preposition in {"of", "by"}
            )
            if role == WHERE:
                if mention.entity is not None and mention.entity.kind == STATE:
                    place = (
                        doc.text[mention.start : mention.end],
                        target.country,
                    )
                role = HOST
            participants.extend(
                FoundParticipant(member, role)
                for member in target.members or (target,)
            )
        if visitor_named:
            del participants[:subjects]
        participants = self._other_side(hit, participants, s_start, s_last)
        if (
            trigger.after == NONE
            and participants
            and all(p.role == RECIPIENT for p in participants)
        ):
            # "the ministry said the X envoy was summoned": a passive with
            # no agent is the act of the body that tells it.
            said = self._said_by_a_body(first)
            if said is not None:
                participants.append(FoundParticipant(said[1], INITIATOR))
        if _passive_visit(trigger) and all(
            p.role != HOST for p in participants
        ):
            host = self._handed_to(last, s_first, s_last)
            if host is None:
                return  # "credentials were presented by X": a visit to whom?
            participants.append(FoundParticipant(host, HOST))
        participants = _distinct(
            # "expert X said the visit ...": an observer takes no side, but
            # a statesman the people table knows does ("Professor X").
            [
                p
                for p in participants
                if (
                    p.entity.role not in doc.tables.observers
                    or lookup_key(p.entity.name) in doc.tables.people
                )
                and not _bare_word(trigger, p.entity, doc)
            ]
        )
        if place is None and trigger.kind in _HELD_SOMEWHERE:
            place = self._where(s_first, s_last)
        if trigger.before == MUTUAL:
            self._mutual(trigger, first, s_first, (s_start, s_end), when)
            return
        participants += self._other_sides(hit, participants, sentence)
        if not participants and trigger.kind == "agreement":
            # "a package of documents was signed, including a memorandum
            # between X and Y": no signer told, the document names its sides
            participants = self._signed_between(last, s_last)
        if (
            len(participants) < PAIR
            and trigger.kind != "host_visit"
            and not visitor_named
        ):
            # "In a phone call, the two sides reviewed ...": the pair named
            # in the sentence (a host and a guest are never "the two"; nor
            # are "the two ministers" who discuss the visit of X).
            participants = _distinct(
                participants + self._pair(s_first, s_last)
            )
        abroad = self._held_abroad(
            hit, objects, participants, (s_first, s_last)
        )
        if abroad is not None:
            trigger, participants, place = abroad
        guest = _visiting_guest(trigger, objects, participants, doc.folded)
        if guest is not None:
            trigger, participants = _MET_VISITING, guest
        if len(participants) < PAIR:
            if not (
                alone and _of_one_organisation(trigger, participants)
            ) or self._time_anchor(first):
                self._unsided(hit, participants, (s_start, s_end), when)
                return  # an interaction has two sides
            participants.extend(self._summit_host(trigger, last, s_last))
        countries = {p.entity.country for p in participants}
        if (len(countries) == 1 and None not in countries) or _no_such_act(
            trigger, participants
        ):
            return  # one state's people and places among themselves
        if (
            trigger.kind in _DIRECTED
            and len(participants) >= PAIR
            and all(p.role == INITIATOR for p in participants)
        ):
            return  # "X and Y described the embargo as ...": no one blamed
        timed = self._timed(hit, s_first, when)
        if timed is None:
            return  # history the article recalls, not news it reports
        status, when = timed
        stated = (
            status is not EventStatus.OCCURRED
            or doc.folded[first] not in _NAMED_EVENTS
            or self._told_by_verb(first, s_first)
            or self._told_after(last)
        )
        kind = _kind(trigger, participants)
        groups = (
            [_guests(participants)]
            if kind == "host_visit"
            and not self._separately(s_first, s_last)
            and _counted_envoys(doc.folded, first, last, (s_first, s_last))
            else _split(kind, participants)
        )
        # The trigger's words and the one after it: "met separately with".
        told = doc.folded[first : last + 2]
        if (
            kind == "meeting"
            and _JOINTLY.isdisjoint(told)
            and (
                not _SEPARATE.isdisjoint(told)
                or (
                    _one_met_many(participants, subjects)
                    # "met jointly with ... at the summit": one gathering.
                    and _GATHERED.isdisjoint(doc.folded[s_first:s_last])
                )
            )
        ):
            groups = _one_each(participants, subjects)
        for group in groups:
            self.found.append(
                FoundEvent(
                    kind,
                    group,
                    status,
                    when,
                    place,
                    [(s_start, s_end)],
                    0.9 if trigger.before != NONE else 0.7,
                    stated,
                )
            )

    def _held_abroad(
        self,
        hit: _Hit,
        objects: list[tuple[str, Mention]],
        participants: list[FoundParticipant],
        sentence: tuple[int, int],
    ) -> tuple[Trigger, list[FoundParticipant], tuple[str, str | None]] | None:
        """
        The visit of one who held talks in another state's place, with no
        partner named: "X held talks in Lima" visited Peru, as the talks a
        visitor holds there belong to the visit.
        """
        trigger = hit.trigger
        s_first, s_last = sentence
        if (
            len(participants) != 1
            or trigger.kind != "meeting"
            or trigger.words[0] not in _LIGHT_VERBS
            # a summit held there is its members' meeting
            or "summit" in trigger.words
            # "held a meeting in Qatar with the head of X": a partner the
            # text names
            or "with"
            in self.doc.folded[
                hit.last : min(s_last, hit.last + _OBJECT_REACH)
            ]
        ):
            return None
        visitor = participants[0]
        country = visitor.entity.country
        if country is None or any(
            # "X and Y agreed to hold talks in Lima": a partner named before
            (other := self._entity(m)) is not None
            and other.country not in {None, country}
            for m in self.doc.mentions_between(
                max(s_first, hit.first - _PARTNER_REACH), hit.first
            )
        ):
            return None
        mention = next((m for p, m in objects if p == "in"), None)
        # "held talks in Geneva": a city is as often a neutral venue
        if mention is None or mention.via not in {COUNTRY, CAPITAL}:
            return None
        host = self._entity(mention)
        if (
            host is None
            or host.kind != STATE
            or host.country == country
            or any(
                # "held talks in Ankara, while Russia sent a team": a
                # partner named after
                (other := self._entity(m)) is not None
                and other.country not in {None, country, host.country}
                for m in self.doc.mentions_between(mention.last, s_last)
            )
        ):
            return None
        doc = self.doc
        return (
            _HELD_IN,
            [
                FoundParticipant(visitor.entity, INITIATOR),
                FoundParticipant(host, HOST),
            ],
            (doc.text[mention.start : mention.end], host.country),
        )

    def _other_sides(
        self,
        hit: _Hit,
        participants: list[FoundParticipant],
        sentence: int,
    ) -> list[FoundParticipant]:
        """
        The sides a joint act or an invitation accepted names outside its
        own frame, when its frame names one side only.
        """
        trigger = hit.trigger
        span = self.doc.sentences[sentence]
        if trigger.kind == "intent_to_meet" and all(
            p.role == RECIPIENT for p in participants
        ):
            return self._invited_to(hit.last, self.doc.token_at(span[1]))
        if len(participants) == 1 and trigger.before == PARTY == trigger.after:
            return self._partners(
                hit.first, participants[0], span
            ) or self._compound_sides(hit, participants, span)
        if not participants and trigger.before == PARTY == trigger.after:
            return self._compound_sides(hit, participants, span)
        return []

    def _compound_sides(
        self,
        hit: _Hit,
        participants: list[FoundParticipant],
        sentence: tuple[int, int],
    ) -> list[FoundParticipant]:
        """
        The states a hyphened compound next to a joint act names as its
        sides: "the Chile-Peru transit agreement", "Peru-Bolivia trade
        talks", "negotiations on the Chile-Peru treaty".
        """
        doc = self.doc
        s_first, s_last = (doc.token_at(offset) for offset in sentence)
        known = {p.entity.country for p in participants}
        for k in range(
            max(s_first, hit.first - _COMPOUND_REACH),
            min(s_last, hit.last + _COMPOUND_REACH),
        ):
            codes = self._states_joined(doc.words[k])
            if len(set(codes)) == len(codes) >= PAIR:
                if participants and known.isdisjoint(codes):
                    # "a writer likened the Chile-Peru negotiations to
                    # ...": the subject is no side of them
                    return []
                if self._topic_beside_sides(k, hit.last, s_last):
                    return []
                return [
                    FoundParticipant(doc.scanner.state_entity(code), PARTY)
                    for code in codes
                    if code not in known
                ]
        return []

    def _topic_beside_sides(
        self, compound: int, last: int, s_last: int
    ) -> bool:
        """
        Whether the compound at *compound* is a topic and a "with" after it
        names the sides: "talks on the Chile-Peru border with Bolivian
        officials", not "signed on Friday with much fanfare".
        """
        doc = self.doc
        folded = doc.folded
        if _ABOUT.isdisjoint(folded[max(compound - 2, 0) : compound]):
            return False
        end = min(s_last, last + _OBJECT_REACH)
        for k in range(max(compound + 1, last), end):
            if folded[k] == "with":
                return any(
                    mention.what != PLACE_MENTION
                    for mention in doc.mentions_between(k + 1, k + 3)
                )
        return False

    def _states_joined(self, word: str) -> list[str]:
        """
        The states each part of a hyphened *word* names ("Chile-Peru": CHL,
        SAU), or none when a part names no state.
        """
        if "-" not in word:
            return []
        codes = []
        for part in word.split("-"):
            code = next(
                (
                    meaning.key
                    for phrase, meanings in self.doc.tables.names.get(part, ())
                    if phrase == (part,)
                    for meaning in meanings
                    if meaning.type in {COUNTRY, DEMONYM}
                ),
                None,
            )
            if code is None:
                return []
            codes.append(code)
        return codes

    def _invited_to(self, last: int, s_last: int) -> list[FoundParticipant]:
        """
        The state an invitation accepted is to visit, as its host and so
        its initiator: "Y accepted an invitation to visit Chile", "... to
        pay a state visit to Chile".
        """
        folded = self.doc.folded
        for k in range(last, min(s_last, last + _INVITED_REACH)):
            if folded[k] in _CLAUSE_END or folded[k] == ",":
                break
            if folded[k] != "visit":
                continue
            at = k + 2 if folded[k + 1 : k + 2] == ["to"] else k + 1
            mention = self.doc.mention_at_start.get(at)
            target = None if mention is None else self._entity(mention)
            if target is not None and target.kind == STATE:
                return [FoundParticipant(target, INITIATOR)]
            break
        return []

    def _partners(
        self,
        first: int,
        subject: FoundParticipant,
        sentence: tuple[int, int],
    ) -> list[FoundParticipant]:
        """
        The other sides of a joint act whose verb is joined to an event
        its subject took part in earlier in the sentence: "X held talks
        with Y and agreed to meet" (Y agreed too), "X met Y and signed a
        memorandum".
        """
        s_first = self.doc.token_at(sentence[0])
        if not _coordinated(self.doc.folded, first, s_first):
            return []
        # The event told last only: a long sentence of acts stays linear.
        event = self.found[-1] if self.found else None
        if event is None or event.evidence[-1] != sentence:
            return []
        entities = [p.entity for p in event.participants]
        if subject.entity not in entities:
            return []
        return [
            FoundParticipant(entity, PARTY)
            for entity in entities
            if entity != subject.entity
        ]

    def _timed(  # noqa: C901, PLR0912 - one answer per status and date
        self, hit: _Hit, s_first: int, when: PartialDate | None
    ) -> tuple[EventStatus, PartialDate | None] | None:
        """
        The status of the event at *hit* and its date, each as the other
        and the article's date bear on it; None for background older than
        a year.
        """
        trigger, first, last = hit
        status = self._status(first, last, s_first)
        doc = self.doc
        folded = doc.folded
        if self._first_perfect(s_first) < first:
            # "has long criticised": the act of no one occasion
            sentence = doc.sentence_index(doc.tokens.starts[first])
            self.in_perfect.add(doc.sentences[sentence][0])
            if _PERFECT.intersection(folded[max(first - 2, 0) : first]):
                # "The UK has expelled a diplomat": news of the article's
                # days
                self.lately.add(doc.sentences[sentence][0])
        if (
            status is EventStatus.OCCURRED
            and trigger.kind == "meeting"
            and self._guest_on_a_visit(s_first, first, last)
        ):
            # "held talks with X, who is on a state visit": the visit the
            # talks belong to is under way
            status = EventStatus.ONGOING
        if status is EventStatus.ONGOING and trigger.kind in _DECIDED_ACTS:
            # "Russia is recalling its ambassador": a decision announced,
            # taken, not a visit under way.
            status = EventStatus.OCCURRED
        if (
            status is EventStatus.SPECULATED
            and trigger.kind == "intent_to_meet"
            and folded[first] in _SPECULATED
            and _SPECULATED.isdisjoint(
                folded[max(s_first, first - _STATUS_REACH) : first]
            )
        ):
            # "said he was ready to visit X": the readiness stated is the
            # intent, told as done (not "would be ready to visit").
            status = EventStatus.OCCURRED
        if (
            status is EventStatus.PLANNED
            and trigger.kind in _DECIDED_ACTS
            and folded[max(first - 2, 0)] in _DECIDED
            # not "decided to recall its ambassador if the talks fail"
            and _CONDITIONS.isdisjoint(folded[last : last + _STATUS_AFTER])
        ):
            status = EventStatus.OCCURRED  # "agreed to suspend talks"
        if status in _INTENDED and _no_such(folded, last):
            # "asked about reports that X would visit Y next week, Z said
            # no such visit was scheduled": the plan denied, for its date
            status = EventStatus.DENIED
            if when is self.said_on.get(s_first):
                when = None
        if status in _INTENDED and when is self.said_on.get(s_first):
            # "said on Monday that X will visit Y": the saying's day only,
            # whether or not the article has a date
            return status, None
        reference = self.reference
        if (
            when is not None
            and reference is not None
            and when.rule == PLANNED_FOR
        ):
            if status in _CALLED_OFF_STATUSES:
                # "originally set for March", then called off: the March it
                # was set for, nearest the article's day, past or to come.
                when = resolve_date(when.raw or "", reference)
            elif status not in _INTENDED:
                # "planned for March, was held on Tuesday": the day it was
                # held
                when = self.done_on.get(hit)
        if when is None or reference is None:
            return status, when
        if when.latest < reference - _BACKGROUND:
            return None
        when = week_month(when, reference)  # "next week": a month
        if (
            status is EventStatus.OCCURRED
            and trigger.kind == "intent_to_meet"
            and (when.earliest > reference or _ahead(when))
        ):
            # "accepted an invitation to visit next year": the date is the
            # visit's; the invitation, accepted now, is the event, on the
            # day of the acts told before it, if any.
            return status, self.invited_on.get(hit)
        if (
            status is EventStatus.OCCURRED
            and hit in self.told_to_come
            and when.earliest > reference
        ):
            # "signed an agreement that takes effect in May": the time of
            # the clause to come, not of the act done
            return status, None
        if status in _INTENDED and when.rule in _AMBIGUOUS:
            # "on Monday", "on the 2nd" in a plan: the coming one, from the
            # day it was told ("said on Monday he would go on Wednesday").
            when = resolve_date(
                when.raw or "",
                self._told_on(s_first) or reference,
                prefer="future",
            )
        elif (
            status in _INTENDED
            and when.rule == _NEAREST_YEAR
            and when.latest < reference - _PLAN_PASSED
            and (when.month, when.day) != _LEAP_DAY
        ):
            # "will visit Russia on November 12", told in February: the
            # November to come, not the nearer one gone
            when = PartialDate(
                year=when.year + 1,
                month=when.month,
                day=when.day,
                raw=when.raw,
                rule=when.rule,
            )
        elif status in _CALLED_OFF_STATUSES and when.rule in _AMBIGUOUS:
            # "due on Thursday, has been postponed": a plan's day, told
            # before or after it, the nearer
            when = resolve_date(when.raw or "", reference, prefer="nearest")
        elif (
            status is EventStatus.ONGOING
            and when.latest < reference - _STILL_UNDER_WAY
        ):
            status = EventStatus.OCCURRED  # "started her visit in January"
        elif (
            status is EventStatus.OCCURRED
            and when.rule == _NEAREST_YEAR
            and when.earliest > reference
            and _done_in_the_past(folded, first, last)
            and (when.month, when.day) != _LEAP_DAY
        ):
            # "expelled the attaché in May", "held talks in May", told in
            # November: the May before, which a verb in the past puts it
            # in, not the nearer one to come
            when = PartialDate(
                year=when.year - 1,
                month=when.month,
                day=when.day,
                raw=when.raw,
                rule=when.rule,
            )
        elif status in _UNDER_WAY_OR_DONE and (
            when.earliest > reference or _ahead(when)
        ):
            # "Xi's trip next week", "X, on a state visit next week, ..."
            status = EventStatus.PLANNED
        return status, when

    def _told_on(self, s_first: int) -> dt.date | None:
        """
        The day the sentence at token *s_first* says it was told on: "said
        on Monday that ...".
        """
        said = self.said_on.get(s_first)
        if said is None or said.day is None:
            return None  # "said last month that ...": from the article's
        return dt.date(said.year, said.month or 1, said.day)

    def _summit_host(
        self, trigger: Trigger, last: int, s_last: int
    ) -> list[FoundParticipant]:
        """
        The state an organisation's summit is held in, its host: "the GCC
        summit closed in Muscat", "the G20 summit to be held in India".
        """
        if trigger.kind != "meeting":
            return []
        doc = self.doc
        for mention in doc.mentions_between(last, s_last):
            entity = mention.entity
            if (
                doc.folded[mention.first - 1] == "in"
                and entity is not None
                and entity.kind == STATE
                # "the summit closed in Muscat", "held on Sunday in Doha";
                # not "ended with a call for a ceasefire in Sudan"
                and (
                    mention.first - last <= _HOST_REACH
                    or self._held_in(last, mention.first)
                )
            ):
                return [FoundParticipant(entity, HOST)]
        return []

    def _held_in(self, last: int, place: int) -> bool:
        """
        Whether the words between a summit and "in PLACE" say where it was
        held ("concluded on Thursday in Astana"), not where something or
        someone else is ("ended with a call for a ceasefire in Sudan").
        """
        doc = self.doc
        between = doc.folded[last:place]
        return (
            not _HELD.isdisjoint(between)
            and _NOT_HELD.isdisjoint(between)
            # "opened in the presence of King X in Jordan": his place
            and not any(
                mention.entity is not None and mention.entity.kind == PERSON
                for mention in doc.mentions_between(last, place)
            )
        )

    def _unsided(
        self,
        hit: _Hit,
        participants: list[FoundParticipant],
        sentence: tuple[int, int],
        when: PartialDate | None,
    ) -> None:
        """
        Keep an agreement whose sentence names no side, with its status and
        date, for `_sided_by_occasion`, a declaration with no organisation
        as its side for `_declared_at_the_summit`, and a dated event with
        one side named for `_dated_by_lead`.
        """
        if (
            hit.trigger.kind == "host_visit"
            and participants
            and all(p.role == HOST for p in participants)
            # "from 11 new ambassadors": envoys counted, not named
            and self._names_envoys(sentence)
        ):
            self._roster_lead(hit, participants, sentence, when)
        unsided = hit.trigger.kind == "agreement" and not participants
        declared = _declared_alone(
            hit.trigger, participants
        ) and not self._declared_by_a_state(hit.last)
        dated = when is not None and bool(participants)
        if not (unsided or declared or dated):
            return
        s_first = self.doc.token_at(sentence[0])
        if (unsided or declared) and (
            self._counted_since(s_first, sentence[1])
            or self._bidden(hit, s_first)
        ):
            return
        timed = self._timed(hit, s_first, when)
        if timed is None:
            return
        status, when = timed
        event = FoundEvent(
            hit.trigger.kind, participants, status, when, None, [sentence], 0.6
        )
        if declared:
            self.declared.append(event)
        if unsided or dated:
            (self.unsided if unsided else self.one_sided).append(event)

    def _names_envoys(self, sentence: tuple[int, int]) -> bool:
        """
        Whether *sentence* names envoys by their office ("11 new
        ambassadors", "the incoming ambassadors"), read once a sentence.
        """
        found = self.envoys_named.get(sentence[0])
        if found is None:
            doc = self.doc
            words = doc.folded[
                doc.token_at(sentence[0]) : doc.token_at(sentence[1])
            ]
            found = self.envoys_named[
                sentence[0]
            ] = not _ROSTER_ENVOYS.isdisjoint(words)
        return found

    def _roster_lead(
        self,
        hit: _Hit,
        hosts: list[FoundParticipant],
        sentence: tuple[int, int],
        when: PartialDate | None,
    ) -> None:
        """
        Keep a reception whose envoys its sentence does not name, with its
        status and date, for `_rostered`.
        """
        timed = self._timed(hit, self.doc.token_at(sentence[0]), when)
        if timed is not None:
            status, when = timed
            self.roster_leads.append(
                FoundEvent(
                    hit.trigger.kind,
                    hosts,
                    status,
                    when,
                    None,
                    [sentence],
                    0.6,
                )
            )

    def _rostered(self) -> list[FoundEvent]:
        """
        One reception per envoy that a roster names after a reception of
        envoys it did not name: "received credentials from 11 ambassadors.
        They were Luis Soto (Peru), ... Others were ...", each a name with
        its state in brackets, the roster within a few sentences.
        """
        doc = self.doc
        found: list[FoundEvent] = []
        # One lead per sentence, reading up to the next lead's: each
        # sentence's roster is read once, and a long sentence of receptions
        # stays linear.
        leads: dict[int, FoundEvent] = {}
        for lead in self.roster_leads:
            leads.setdefault(lead.evidence[0][0], lead)
        for lead_at, lead in leads.items():
            # The roster goes on from the lead, or from its last sentence
            # ("Others were ..."), within reach.
            first = last = doc.sentence_index(lead_at)
            paragraph = doc.paragraph_index(lead_at)
            for index in range(first, len(doc.sentences)):
                start, end = doc.sentences[index]
                if (
                    index - last > _ROSTER_SENTENCES
                    or doc.paragraph_index(start) - paragraph
                    > _ROSTER_PARAGRAPHS
                ):
                    break
                if index > first and start in leads:
                    break  # another reception's roster
                envoys = self._roster(start, end)
                if envoys:
                    last, paragraph = index, doc.paragraph_index(start)
                found.extend(
                    lead._replace(
                        participants=[
                            *lead.participants,
                            FoundParticipant(envoy, INITIATOR),
                        ]
                    )
                    for envoy in envoys
                )
        return found

    def _roster(self, start: int, end: int) -> list[Entity]:
        """
        The people the sentence from *start* to *end* lists, each with its
        state in brackets, when it lists two or more ("They were X (A), Y
        (B) and Z (C)", "the envoys, who included X (A) and Y (B)").
        """
        doc = self.doc
        folded = doc.folded
        first, last = doc.token_at(start), doc.token_at(end)
        listed = [
            (mention.first, entity)
            for mention in doc.mentions_between(first, last)
            if (entity := mention.entity) is not None
            and entity.kind == PERSON
            and entity.country is not None
            # "Luis Soto (Peru)": the brackets end the mention
            and doc.words[mention.last - 1] == ")"
        ]
        if len(listed) < PAIR:
            return []
        # The roster's word is right before its first name, a title or two
        # between; "were" and "are" only after the envoys themselves, never
        # after Chile's own envoys abroad or a team's scorers.
        head = listed[0][0]
        opener = next(
            (
                folded[k]
                for k in range(
                    head - 1, max(first, head - _ROSTER_GAP) - 1, -1
                )
                if folded[k] in _ROSTER_WORDS
            ),
            None,
        )
        if opener is None or (
            opener in _ROSTER_COPULAS and not self._envoys_subject(first, head)
        ):
            return []
        return list(dict.fromkeys(entity for _, entity in listed))

    def _envoys_subject(self, first: int, head: int) -> bool:
        """
        Whether the sentence from token *first* opens with the envoys as
        its subject, before *head*: "They", "Others", "Those", "The (new)
        ambassadors".
        """
        folded = self.doc.folded
        return folded[first] in _ROSTER_SUBJECTS or (
            folded[first] == "the"
            and any(
                word in _PLURAL_ENVOYS
                for word in folded[first + 1 : min(head, first + _ROSTER_GAP)]
            )
        )

    def _declared_by_a_state(self, last: int) -> bool:
        """
        Whether a declaration ending before *last* is told as a state's
        own, no summit's: "read a declaration of the Kenyan cabinet".
        """
        doc = self.doc
        if doc.folded[last : last + 1] != ["of"]:
            return False
        mention = doc.mention_at_start.get(last + 1)
        return (
            mention is not None
            and mention.entity is not None
            and mention.entity.country is not None
        )

    def _bidden(self, hit: _Hit, s_first: int) -> bool:
        """
        Whether a trigger opens its sentence in the bare form, a command
        with no one who did it: "Read the final communique here."  The
        bare form is the one whose "-s" form the table lists too.
        """
        word = self.doc.folded[hit.first]
        return hit.first == s_first and word + "s" in self.doc.tables.triggers

    def _counted_since(self, s_first: int, end: int) -> bool:
        """
        Whether an agreement is told in the perfect with "since": a count
        over the years ("300 agreements have been signed since
        independence"), no occasion's outcome.
        """
        counted = self.counts_since.get(s_first)
        if counted is None:
            told = self.doc.folded[s_first : self.doc.token_at(end)]
            counted = self.counts_since[s_first] = (
                "since" in told and not _IN_PERFECT.isdisjoint(told)
            )
        return counted

    def _first_perfect(self, s_first: int) -> int:
        """
        Where the sentence from token *s_first* first says "has", "have"
        or "had": read once however many of its triggers ask.
        """
        at = self.perfects.get(s_first)
        if at is None:
            doc = self.doc
            sentence = doc.sentence_index(doc.tokens.starts[s_first])
            s_last = doc.token_at(doc.sentences[sentence][1])
            at = self.perfects[s_first] = next(
                (
                    k
                    for k in range(s_first, s_last)
                    if doc.folded[k] in _IN_PERFECT
                ),
                _AFTER_ALL,
            )
        return at

    def _passive(self, hit: _Hit) -> bool:
        """
        Whether a one-word act of one side on another is a passive
        participle, its subject the side acted on: "was accused of",
        "were widely condemned", "is being sanctioned".
        """
        trigger, first, _ = hit
        if len(trigger.words) > 1 or {trigger.before, trigger.after} != {
            INITIATOR,
            RECIPIENT,
        }:
            return False
        folded = self.doc.folded
        k = first - 1
        if k > 0 and folded[k].endswith("ly"):
            k -= 1  # "was widely criticised"
        return (
            k >= 0
            and folded[k] in _PASSIVE_BE
            and folded[first].endswith("ed")
        )

    def _agentless(self, hit: _Hit) -> bool:
        """
        Whether a passive act names no one who did it: "X is accused of
        spying" tells no accuser.  Recognition counts in the passive only
        in its own rows ("recognised by X as the legitimate ...").
        """
        return self._passive(hit) and (
            self.doc.folded[hit.last : hit.last + 1] != ["by"]
            or hit.trigger.kind == "recognition"
        )

    def _undergone(self, hit: _Hit, s_first: int) -> bool:
        """
        Whether a trigger in the passive tells no event of its own: "was
        met with protests", "was conferred with an order" are no meeting,
        and what "was signed" is no agreement when the nearest document
        before it is another kind ("the open letter was signed by" X and Y).
        """
        trigger, first, _ = hit
        folded = self.doc.folded
        if trigger.kind == "agreement" and trigger.words[0] in _PASSIVE_SIGNED:
            # Nearest first: "a letter on the deal" is read as the deal.
            for word in reversed(
                folded[max(s_first, first - _SIGNED_SUBJECT_REACH) : first]
            ):
                if word in _AGREEMENT_NOUNS:
                    return False
                if word in _OTHER_DOCUMENTS:
                    return True
            return False
        return (
            trigger.kind == "meeting"
            and first > 0
            and folded[first - 1] in _PASSIVE_BE
            and not folded[first].endswith("ing")
            # "was delighted to meet X": no passive, the meeting held
            and trigger.words[1:2] != ("to",)
        )

    def _condoling(self, hit: _Hit, s_end: int) -> bool:
        """
        Whether a message is one of condolence, which the guide counts as
        no praise: "sent a cable to X over the attack that killed ...".
        """
        trigger, _, last = hit
        return (
            trigger.kind == "praise"
            and not _MESSAGES.isdisjoint(trigger.words)
            # "a cable of thanks for his condolences" thanks all the same
            and _THANKS.isdisjoint(trigger.words)
            and not _CONDOLENCES.isdisjoint(
                self.doc.folded[
                    last : min(self.doc.token_at(s_end), last + _STATUS_AFTER)
                ]
            )
        )

    def _hypothetical(self, hit: _Hit, s_first: int) -> bool:
        """
        Whether the event is only one that might be: "opposes any attempt
        to reimpose sanctions", "rejects any talks" (but "denied any
        meeting" is denied).
        """
        window = self.doc.folded[
            max(s_first, hit.first - _STATUS_REACH) : hit.first
        ]
        return "any" in window and _DENIED.isdisjoint(window)

    def _appealed_for(self, hit: _Hit, s_first: int) -> bool:
        """
        Whether a hostile act is only what a speaker urged another side to
        do ("called on the EU to impose sanctions", "urged Peru to expel
        the envoy"): an appeal, no act announced.
        """
        folded = self.doc.folded
        if hit.trigger.kind not in _DECIDED_ACTS or folded[
            hit.first - 1 : hit.first
        ] != ["to"]:
            return False
        k = hit.first - 1
        while k > s_first and hit.first - k < _URGED_REACH:
            k -= 1
            word = folded[k]
            if word in _ADDRESSEE_ENDS:
                return False
            if (
                word in _URGING
                or (
                    word in {"on", "for"} and folded[k - 1] in _CALLED_ON_FORMS
                )
                or (word == "to" and folded[k - 1] in _APPEALED_TO)
            ):
                return True
        return False

    def _facilitated_aid(self, hit: _Hit, s_first: int) -> bool:
        """
        Whether "facilitated by X" tells help with something no sides talk
        over ("the evacuation ... was facilitated by X", "the visit was
        facilitated by the embassy"), not a mediation: no talks or truce
        before it, and no "between" naming sides.
        """
        if (
            hit.trigger.kind != "mediation"
            or hit.trigger.after != MEDIATOR
            or _FACILITATED.isdisjoint(hit.trigger.words)
        ):
            return False
        before = self.doc.folded[
            max(s_first, hit.first - _BROKERED_REACH) : hit.first
        ]
        return "between" not in before and _MEDIATED.isdisjoint(before)

    def _years_before(self, hit: _Hit, s_first: int) -> bool:
        """
        Whether the event is told as years before another ("eight years
        after X severed ties with Y", "decades since they broke off
        relations"): background the article recalls, more than a year old.
        """
        folded = self.doc.folded
        k = hit.first - 1
        while (
            k > s_first + 1
            and hit.first - k < _YEARS_AFTER_REACH
            and folded[k] not in _CLAUSE_END
            and folded[k] != ","
        ):
            if (
                folded[k] in _AFTER_SINCE
                and folded[k - 1] in _LONG_UNITS
                and (
                    folded[k - 2] in _MANY
                    or folded[k - 2].isdigit()
                    or folded[k - 1] == "decades"
                )
            ):
                return True
            k -= 1
        return False

    def _posted_in(self, trigger: Trigger, mention: Mention) -> str:
        """
        The preposition of a mention inside an expulsion's object: "in"
        for the post of the diplomat expelled ("declared the consul in
        Tacna persona non grata"); "to" for the one an invitation is
        conveyed to; else none.
        """
        folded = self.doc.folded
        if trigger.kind == "expulsion" and folded[mention.first - 1] == "in":
            return "in"
        before = mention.first - 1 - (folded[mention.first - 1] == "the")
        if trigger.kind == "intent_to_meet" and folded[before] == "to":
            # "conveyed to the Head of State an invitation from X": the one
            # it is conveyed to is invited
            return "to"
        return ""

    def _spoke_in_person(
        self, hit: _Hit, index: int, s_first: int, s_last: int
    ) -> bool:
        """
        Whether "X spoke with Y", told with no phone, is no call: Y is no
        official of a state ("spoke to reporters", "spoke to the Security
        Council"), or the sentence tells them together ("on the sidelines of
        the summit", "in Lima", "during his visit").
        """
        words = hit.trigger.words
        if len(words) != PAIR or words[0] not in _SPOKE:
            return False
        doc = self.doc
        mention = doc.mention_at_start.get(hit.last)
        other = None if mention is None else self._entity(mention)
        return (
            mention is None
            or other is None
            or other.kind != PERSON
            or other.country is None
            # an envoy is met where he serves ("spoke to the ambassador")
            or not _ENVOYS.isdisjoint((other.role or "").casefold().split())
            # "spoke to X's concerns": the person is not who is spoken to
            or doc.folded[mention.last : mention.last + 1] == ["'s"]
            or self._together(s_first, s_last)
            or self._where(s_first, s_last) is not None
            or self._arrived_before(index, s_first)
            or self._visited_before(index, s_first, hit, other)
        )

    def _visited_before(
        self, index: int, s_first: int, hit: _Hit, other: Entity
    ) -> bool:
        """
        Whether a visit or meeting told in this paragraph or the one before
        has the speaker (or *other*) among its sides, with *other* or his
        state: "X arrived in Y for talks.  (...)  X spoke with Y's
        minister" is no call; another delegation's visit there is none.
        """
        doc = self.doc
        here = doc.paragraph_index(doc.sentences[index][0])
        # the speaker: the last name before "spoke" in its sentence
        at = bisect.bisect_left(doc.mention_firsts, hit.first) - 1
        speaker = (
            self._entity(doc.mentions[at])
            if at >= 0 and doc.mentions[at].first >= s_first
            else None
        )
        since = doc.paragraphs[max(0, here - 1)][0]
        # Found in sentence order: read back only to the paragraph before.
        for event in itertools.takewhile(
            lambda event: _told_at(event) >= since, reversed(self.found)
        ):
            if event.kind not in _IN_PERSON:
                continue
            sides = [p.entity for p in event.participants]
            if other in sides or (
                speaker in sides
                and (
                    any(e.country == other.country for e in sides)
                    or (event.location or ("", None))[1] == other.country
                )
            ):
                return True
        return False

    def _together(self, s_first: int, s_last: int) -> bool:
        """
        Whether the sentence's words tell two together ("on the sidelines",
        "over dinner", "face to face", "at the White House"), once for each
        sentence, however many "spoke with"s it holds.
        """
        found = self.together.get(s_first)
        if found is None:
            words = self.doc.folded[s_first:s_last]
            found = self.together[s_first] = (
                not _TOGETHER.isdisjoint(words)
                or _FACE_TO_FACE_WORDS in _trigrams(words)
                or self._at_named(s_first, s_last)
            )
        return found

    def _at_named(self, s_first: int, s_last: int) -> bool:
        """
        Whether the sentence names a place or gathering after "at" ("at
        the White House", "at the G20"), by its capital letter.
        """
        doc = self.doc
        for at in range(s_first, s_last - 1):
            if doc.folded[at] != _AT:
                continue
            named = at + 1
            if doc.folded[named] in _ARTICLES and named + 1 < s_last:
                named += 1
            if doc.words[named][:1].isupper():
                return True
        return False

    def _arrived_before(self, index: int, s_first: int) -> bool:
        """
        Whether the sentence before, in the same paragraph, tells of being
        together ("X arrived in Y on Monday. He spoke with Z"): a readout's
        call opens its paragraph or follows no visit.
        """
        doc = self.doc
        if index == 0:
            return False
        start = doc.sentences[index - 1][0]
        if doc.paragraph_index(start) != doc.paragraph_index(
            doc.sentences[index][0]
        ):
            return False
        # its words only: a place there ("In Washington, a spokesman
        # said") is where the sentence before was told
        first = doc.token_at(start)
        return not _TOGETHER.isdisjoint(doc.folded[first:s_first])

    def _not_envoys(self, hit: _Hit) -> bool:
        """
        Whether those ordered to leave are no envoys of another state: "ordered
        residents to leave" and "ordered police guarding the embassy to
        leave" are no expulsion, nor is a state calling its own staff home
        ("ordered its diplomats to leave Sudan"); "ordered the consul in X
        to leave" is one.
        """
        if hit.trigger.kind != "expulsion" or hit.trigger.words[-1] != "leave":
            return False
        ordered = self.doc.folded[hit.first + 1 : hit.last - 2]
        if ordered[:1] and ordered[0] in _OWN:
            return True
        return not _envoys(ordered)

    def _unowned_unlawful(self, hit: _Hit, s_first: int) -> bool:
        """
        Whether "called ** illegal" is said by no state's side: "lawyers
        for the journalist called his arrest illegal".
        """
        return hit.trigger.words[-1] in _UNLAWFUL and not any(
            subject.country is not None
            for subject in self._subjects(hit.first, s_first)
        )

    def _act_owner(self, hit: _Hit, mention: Mention) -> bool:
        """
        Whether *mention*, inside "called ** illegal", owns the act called
        so ("Peru's ban", "the Peruvian ban"), not its victims ("the
        detention of two Peruvian fishermen"): only an owner is blamed.
        """
        act = hit.first + 1
        return hit.trigger.words[-1] not in _UNLAWFUL or mention.first == act

    def _described_kindly(self, hit: _Hit) -> bool:
        """
        Whether "described X as ..." calls X a friend, no accusation:
        "described the neighbour as a reliable partner", not "described
        the move as reckless".
        """
        trigger, _, last = hit
        if trigger.words[0] not in _DESCRIBED:
            return False
        folded = self.doc.folded
        end = last
        while (
            end < len(folded)
            and end < last + _DESCRIPTION_REACH
            and folded[end] not in _CLAUSE_END
        ):
            end += 1
        said = set(folded[last:end])
        return bool(said & _KINDLY) and said.isdisjoint(_BLAME)

    def _attributive(self, hit: _Hit) -> bool:
        """
        Whether "negotiating" qualifies the noun after it, a side, a stance
        or a place of talks that names no talks held: "as a single
        negotiating party", "settled at the negotiating table".
        """
        folded = self.doc.folded
        return (
            hit.trigger.words == ("negotiating",)
            and hit.last < len(folded)
            and folded[hit.last] in _NEGOTIATING_NOUNS
        )

    def _in_principle(self, hit: _Hit) -> bool:
        """
        Whether an agreement reached is one in principle, which the guide
        does not count until it is signed: "reached a tentative deal",
        "reached an agreement in principle".  One signed counts, however
        it is called: "signed a preliminary agreement".
        """
        if hit.trigger.kind != "agreement" or not _SIGNING.isdisjoint(
            hit.trigger.words
        ):
            return False
        folded = self.doc.folded
        return not _UNSIGNED.isdisjoint(
            folded[hit.first : hit.last]
        ) or folded[hit.last : hit.last + 2] == ["in", "principle"]

    def _agreed_to_hold(self, hit: _Hit, s_first: int) -> _Hit:
        """
        The hit of a meeting named by its noun as an intent to meet when
        its sides agreed, in the clause before it, to hold it: "agreed to
        convene the next meeting", "agreed to work toward a summit", "agreed
        to hold a round of talks" (the agreement is the event, no meeting
        held); else *hit*.
        """
        folded = self.doc.folded
        if (
            hit.trigger.kind != "meeting" or folded[hit.first] not in _MEETINGS
        ) and (
            # "agreed to hold a new round of talks": no talks held yet
            hit.trigger.kind != "negotiation"
            or folded[hit.first] not in _ROUNDS
        ):
            return hit
        for k in range(
            hit.first - 1, max(s_first, hit.first - _AGREED_REACH), -1
        ):
            if folded[k] in _CLAUSE_END:
                break
            if folded[k] == "to" and folded[k - 1] in _AGREED:
                if folded[k + 1] not in _CONVENING:
                    break
                intent = hit.trigger._replace(kind="intent_to_meet")
                return hit._replace(trigger=intent)
        return hit

    def _to_join(self, hit: _Hit) -> bool:
        """
        Whether an invitation is one to join, a membership offered and no
        meeting: "invited six states to join the group", "to become full
        members", not "invited Iran to join the talks".
        """
        if hit.trigger.kind != "intent_to_meet":
            return False
        doc = self.doc
        folded = doc.folded
        verbs = verb_starts(doc.tables)
        end = min(len(folded) - 1, hit.last + _JOIN_REACH)
        for k in range(hit.last, end):
            named = k + 1 in doc.mention_at_start
            if (
                folded[k] in _CLAUSE_END
                # "..., set to become": past the invitation's object
                or (
                    folded[k] == ","
                    and not named
                    and folded[k + 1] not in _OBJECT_GOES_ON
                )
                # "... and urged him to join": another verb's object
                or (folded[k] == "and" and folded[k + 1] in verbs)
            ):
                return False
            if folded[k] == "to" and not named:
                # The first "to" before no name says what the invitation
                # is to: "to visit Tehran and ... to join" is a visit.
                joined = folded[k + 2 : k + 2 + _JOINED_REACH]
                return folded[k + 1] in _JOINING and _MET_IN.isdisjoint(joined)
        return False

    def _active(
        self, hit: _Hit, objects: list[tuple[str, Mention]]
    ) -> tuple[Trigger, list[tuple[str, Mention]]]:
        """
        A hit's trigger and objects as in the active voice: "X was
        condemned by Y" is Y condemning X, Y the direct object of the
        swapped roles, and nothing else after the trigger its side.
        """
        trigger = hit.trigger
        if not self._passive(hit):
            return trigger, objects
        swapped = trigger._replace(before=trigger.after, after=trigger.before)
        return swapped, [("", m) for p, m in objects if p == "by"]

    def _protested_over(
        self, first: int, last: int, s_last: int
    ) -> list[FoundParticipant]:
        """
        The state whose act an accusation is over when it names no one
        else: "protested over Japan's claim", not in the passive ("was
        criticised over Russia's pipeline by Poland").
        """
        doc = self.doc
        folded = doc.folded
        mention = doc.mention_at_start.get(last + 1)
        if (
            folded[last : last + 1] != ["over"]
            or mention is None
            or folded[first - 1] in _PASSIVE_AUXILIARIES
            or any(
                folded[k] == "by" and k + 1 in doc.mention_at_start
                for k in range(mention.last, s_last)
            )
            or folded[mention.last : mention.last + 1] != ["'s"]
            or (target := self._entity(mention)) is None
        ):
            return []
        return [FoundParticipant(target, RECIPIENT)]

    def _other_side(
        self,
        hit: _Hit,
        participants: list[FoundParticipant],
        s_start: int,
        s_last: int,
    ) -> list[FoundParticipant]:
        """
        The sides of the event at *hit*, with the one its frame leaves out
        when the sentence or the article tells it another way: "protested
        over Japan's claim", "praised the role of Oman", "condemned the
        decision".
        """
        kind = hit.trigger.kind
        if all(p.role != RECIPIENT for p in participants):
            if kind == "accusation":
                participants = participants + (
                    self._protested_over(hit.first, hit.last, s_last)
                    or self._act_done_by(hit.last, s_last, participants)
                )
            elif kind == "praise":
                participants = participants + (
                    self._credited(hit.last, s_last, participants)
                    or self._hosted_by(hit.last, s_start, participants)
                )
            elif kind == "threat":
                participants = participants + self._threatened_to(
                    hit.last, s_last, participants
                )
        if (
            kind == "intent_to_meet"
            and hit.trigger.after == INITIATOR
            and participants
            and all(p.role == INITIATOR for p in participants)
        ):
            # "The minister conveyed an invitation from President X to
            # visit": the side he came to, of the meeting or call told
            # before, is invited; not the target of a blame told before.
            participants = participants + [
                FoundParticipant(other, RECIPIENT)
                for other in self._answered(
                    s_start, participants[0].entity, hostile=False, met=True
                )
                if not any(_same_side(other, p.entity) for p in participants)
            ]
        invited = hit.trigger.words[0] in _INVITING
        if (
            (kind in _DIRECTED or invited)
            and participants
            and all(p.role == INITIATOR for p in participants)
            and not _stateless(participants[0].entity)
            and self._pronoun_object(hit.last, invited=invited)
        ):
            # "Dahl congratulated her on ...", "invited him to visit": the
            # other side of the event told before
            participants = participants + [
                FoundParticipant(other, RECIPIENT)
                for other in self._pronoun_sides(
                    s_start, hit, participants[0].entity
                )
            ]
        if kind == "praise":
            participants = self._envoys_praised(hit, participants, s_start)
        if kind in _ANSWERING and participants:
            return self._answering(hit, participants, s_start, s_last)
        if kind == "intent_to_meet":
            # "an invitation for X to visit Dili": the inviter's own state
            # named as where to go is no one invited.
            inviters = {
                p.entity.country for p in participants if p.role == INITIATOR
            }
            participants = [
                p
                for p in participants
                if p.role != RECIPIENT
                or p.entity.kind != STATE
                or p.entity.country not in inviters
            ]
        return participants

    def _hosted_by(
        self, last: int, s_start: int, sides: list[FoundParticipant]
    ) -> list[FoundParticipant]:
        """
        Whom a guest thanks for the welcome, naming no one: "thanked his
        hosts for the talks", "expressed appreciation for the warm
        hospitality" thank the other side of the visit or meeting told
        before.
        """
        folded = self.doc.folded
        words = list(
            itertools.takewhile(
                lambda word: word not in _CLAUSE_END and word != ",",
                folded[last : last + _HOSPITALITY_REACH],
            )
        )
        owned = words[:1] in (["his"], ["her"], ["their"])
        hosts = owned and words[1:2] in (["host"], ["hosts"])
        guests = owned and words[1:2] in (["guest"], ["guests"])
        # "expressed appreciation for the hospitality", not "thanked the
        # staff for the welcome"
        welcome = folded[last - 1] == "for" and not _HOSPITALITY.isdisjoint(
            words
        )
        if not sides or not (hosts or guests or welcome):
            return []
        # A guest thanks the hosts of the visit, not whoever it met last.
        visited = [] if guests else self._visit_hosts(s_start, sides[0].entity)
        return [
            FoundParticipant(other, RECIPIENT)
            for other in visited
            or self._answered(s_start, sides[0].entity, hostile=False)
        ]

    def _threatened_to(
        self, last: int, s_last: int, sides: list[FoundParticipant]
    ) -> list[FoundParticipant]:
        """
        The side a threat to act names in its act, when its object names no
        one: "threatened to cut X out of the trade pact", "threatened to
        impose tariffs on X and Y"; none of the *sides* threatening.
        """
        doc = self.doc
        folded = doc.folded
        if folded[last : last + 1] != ["to"]:
            return []
        on_a_side = not _ACTS_ON_A_SIDE.isdisjoint(folded[last + 1 : last + 2])
        for k in range(last + 2, min(s_last, last + 2 + _THREAT_REACH)):
            if folded[k] in _CLAUSE_END or folded[k] == ",":
                break
            mention = doc.mention_at_start.get(k)
            target = None if mention is None else self._entity(mention)
            if (
                target is not None
                # the direct object, or one the act is aimed at
                and (on_a_side or k == last + 2 or folded[k - 1] in _AIMED_AT)
                and not _stateless(target)
                and not any(_same_side(target, p.entity) for p in sides)
            ):
                named = self._objects(k, s_last)
                return [
                    FoundParticipant(member, RECIPIENT)
                    for preposition, mention in named
                    # "on X and Y", not "X out of the pact with Y"
                    if preposition in {named[0][0], ""}
                    if (entity := self._entity(mention)) is not None
                    for member in entity.members or (entity,)
                ]
        return []

    def _act_done_by(
        self, last: int, s_last: int, sides: list[FoundParticipant]
    ) -> list[FoundParticipant]:
        """
        Who did the act an accusation ending before token *last* condemns,
        when its object names no one else: "condemned the decision of X and
        Y to ...", "the violations committed by X", "the detention of UN
        staff by X"; none of the *sides* condemning.
        """
        doc = self.doc
        folded = doc.folded
        article = folded[last : last + 1] in (["the"], ["a"], ["an"])
        # "condemned remarks by X": a bare act names its doer too
        begin = last + 1 if article else last
        act = next(
            (
                k
                for k in range(begin, min(s_last, begin + _ACT_REACH))
                if folded[k] in _ACTS_BY
            ),
            None,
        )
        if act is None and article:
            return self._agent_of(last, s_last, sides)
        if act is None or doc.mentions_between(last, act):
            return []
        by = act + 1
        if folded[by : by + 1] != ["of"] or folded[act] not in _OWNED_ACTS:
            by = next(
                (
                    k
                    for k in range(act + 1, min(s_last, act + _BY_REACH))
                    if folded[k] == "by"
                    or folded[k] in _CLAUSE_END
                    or folded[k] == ","
                ),
                s_last,
            )
            # "the provocations documented by X": X told of them.
            if folded[by : by + 1] != ["by"] or folded[by - 1] in _TOLD_OF:
                return []
        return self._owners(by, s_last, sides)

    def _agent_of(
        self, last: int, s_last: int, sides: list[FoundParticipant]
    ) -> list[FoundParticipant]:
        """
        Who did what an accusation ending before token *last* condemns when
        its object names the doer as the agent of a participle ("condemned
        the military support provided to X by Y and Z", "the drills held by
        Y"), not one that only tells of it ("the violence reported last week
        by Y") nor one of a noun in its object ("the curbs on the convoy
        sent by Y").
        """
        folded = self.doc.folded
        by = next(
            (
                k
                for k in range(last + 1, min(s_last, last + 1 + _AGENT_REACH))
                if folded[k] in {"by", ","} or folded[k] in _CLAUSE_END
            ),
            s_last,
        )
        words = folded[last + 1 : by]
        # the participle after the act's own noun, not after a noun of its
        # object: "the curbs on the convoy sent by X" accuse no X
        head = next(
            (n for n, word in enumerate(words) if word in _PREPOSITIONS),
            len(words),
        )
        participles = [word for word in words if _participle(word)]
        if (
            folded[by : by + 1] != ["by"]
            or not any(_participle(word) for word in words[:head])
            or participles[-1] in _TOLD_OF
        ):
            return []
        return self._owners(by, s_last, sides)

    def _owners(
        self, by: int, s_last: int, sides: list[FoundParticipant]
    ) -> list[FoundParticipant]:
        """
        The sides the "by" at token *by* names, up to *s_last*: each member
        of a group, none of the *sides* condemning nor a name of no state.
        """
        folded = self.doc.folded
        owners = itertools.takewhile(
            lambda found: found[0] == folded[by],
            self._objects(by + 1, s_last),
        )
        return [
            FoundParticipant(member, RECIPIENT)
            for _, mention in owners
            if (owner := self._entity(mention)) is not None
            and not _stateless(owner)
            and not any(_same_side(owner, p.entity) for p in sides)
            for member in owner.members or (owner,)
        ]

    def _envoys_praised(
        self, hit: _Hit, participants: list[FoundParticipant], s_start: int
    ) -> list[FoundParticipant]:
        """
        *participants* of a praise, with the envoys received in the one
        sentence before it when it praises them by their office alone:
        "received the envoys of X and Y ... congratulated the ambassadors
        on their new roles" praises each.
        """
        if (
            not participants
            or any(p.role != INITIATOR for p in participants)
            or not self._envoys_object(hit.last)
        ):
            return participants
        envoys = self._met_together(s_start, participants[0].entity)
        if len(envoys) < PAIR or not all(map(_an_envoy, envoys)):
            return participants
        return participants + [FoundParticipant(e, RECIPIENT) for e in envoys]

    def _envoys_object(self, k: int) -> bool:
        """
        Whether the words at *k* are envoys named by their office alone, as
        an object: "congratulated the ambassadors on their new roles".
        """
        folded = self.doc.folded
        return (
            k + 2 < len(folded)
            and folded[k] == "the"
            and folded[k + 1] in _PLURAL_ENVOYS
            and (
                folded[k + 2] in _AFTER_OBJECT or folded[k + 2] in _CLAUSE_END
            )
        )

    def _pronoun_object(self, k: int, *, invited: bool = False) -> bool:
        """
        Whether the word at *k* is a pronoun object ("thanked him for",
        "congratulated them", "*invited* her to visit"), not a possessive
        ("thanked her counterpart").
        """
        folded = self.doc.folded
        return (
            folded[k : k + 1] in (["him"], ["her"], ["them"])
            and k + 1 < len(folded)
            and (
                folded[k + 1] in _AFTER_OBJECT
                or folded[k + 1] in _CLAUSE_END
                or (invited and folded[k + 1] == "to")
            )
        )

    def _pronoun_sides(
        self, s_start: int, hit: _Hit, speaker: Entity
    ) -> list[Entity]:
        """
        Who the pronoun object after *hit* of the sentence at offset
        *s_start* stands for: the one person of another side the sentence
        names before it ("called X and invited her to"), else the other
        side of the event told before; when it agrees in number ("her" one
        person, "them" more) and the sentence owns no one else before it
        ("met his wife and thanked her"; "In his speech, X thanked her"
        owns no one in X's clause; "thanked her and invited her" owns no
        one).
        """
        doc = self.doc
        first = doc.token_at(s_start)
        k = hit.last
        subject = doc.subject_before(hit.first, first)
        owned_from = first if subject is None else subject.first
        floor = max(first, k - _PRONOUN_REACH)
        if any(
            doc.folded[j] in _OWNERS
            and not self._pronoun_object(j)
            and _OWNED_THINGS.isdisjoint(
                doc.folded[j + 1 : min(k, j + 1 + _OWNED_REACH)]
            )
            for j in range(max(owned_from, floor), k)
        ):
            return []
        # A participle's subject is no one sure ("a cable from X,
        # congratulating him"): the person named only for a finite verb.
        named = (
            []
            if doc.folded[hit.first].endswith("ing")
            else _distinct_entities(
                entity
                for m in doc.mentions_between(floor, k)
                if (entity := self._entity(m)) is not None
                and entity.kind == PERSON
                and not _same_side(entity, speaker)
            )
        )
        others = named or self._answered(s_start, speaker, hostile=False)
        if doc.folded[k] == "them":
            if (
                len(others) == 1
                and not named
                # "He then met the team and congratulated them": them is
                # what the clause before names, not the envoys.
                and "and" not in doc.folded[first : hit.first]
            ):
                # "received the envoys of X and Y ... congratulated them":
                # the guests of each visit one sentence told.
                others = self._met_together(s_start, speaker)
            return others if len(others) > 1 else []
        return others if [o.kind for o in others] == [PERSON] else []

    def _credited(
        self, last: int, s_last: int, sides: list[FoundParticipant]
    ) -> list[FoundParticipant]:
        """
        The actor whose work a praise ending before token *last* names, when
        it names no one else: "commended the role of Norway", "expressed
        appreciation for the tireless efforts of Oman"; not one of the
        *sides* praising nor an office of no state ("the efforts of the
        army").
        """
        doc = self.doc
        folded = doc.folded
        for k in range(last, min(s_last - 2, last + _CREDIT_REACH)):
            if k in doc.mention_at_start or folded[k] in _CLAUSE_END:
                break
            if folded[k] not in _CREDITED:
                continue
            # "the efforts of X", or in a participle's "by": "the efforts
            # made by X", "the role played by X"; each of a list "X, Y and
            # Z" is credited.
            start = k + 2 if folded[k + 1] == "of" else k + 3
            if start == k + 3 and not (
                _participle(folded[k + 1]) and folded[k + 2] == "by"
            ):
                continue
            credited: list[FoundParticipant] = []
            for preposition, mention in self._objects(start, s_last):
                entity = self._entity(mention)
                if preposition != folded[start - 1]:
                    break  # "the efforts of X for Y": X only
                if (
                    entity is not None
                    and not _stateless(entity)
                    and not any(_same_side(entity, p.entity) for p in sides)
                ):
                    credited.extend(
                        FoundParticipant(member, RECIPIENT)
                        for member in entity.members or (entity,)
                    )
            return credited
        return []

    def _answering(
        self,
        hit: _Hit,
        participants: list[FoundParticipant],
        s_start: int,
        s_last: int,
    ) -> list[FoundParticipant]:
        """
        The sides of an accusation or threat that names one side only: the
        other is the side whose act the article told before ("Tehran
        condemned the decision", "Minsk threatened to retaliate", "X's
        envoy was summoned to the ministry").
        """
        named = [
            p
            for p in participants
            if p.entity.country is not None or p.entity.org is not None
        ]
        roles = {p.role for p in named}
        reach = min(hit.last + _ACT_REACH, s_last)
        if (
            roles == {INITIATOR}
            and (
                self._names_act(hit.first + 1, reach)
                # "threatened to retaliate", not "threatened to veto the bill"
                or not _STRIKING_BACK.isdisjoint(
                    self.doc.folded[hit.last : reach]
                )
            )
        ):
            return participants + [
                FoundParticipant(other, RECIPIENT)
                for other in self._answered(s_start, named[0].entity)
            ]
        if (
            roles == {RECIPIENT}
            and hit.trigger.before == RECIPIENT
            and all(p.entity.kind == PERSON for p in named)
        ):
            # "X's envoy was summoned to the ministry": the ministry's state
            # is the other side of the act told before, when there is one
            others = self._answered(s_start, named[0].entity)
            if others:
                return named + [FoundParticipant(o, INITIATOR) for o in others]
        return participants

    def _handed_to(
        self, last: int, s_first: int, s_last: int
    ) -> Entity | None:
        """
        Who a visitor's credentials were handed to, named after a list of
        senders longer than the objects' reach: "were presented by the
        envoys of A, B, C, ... to Kuwait".
        """
        doc = self.doc
        # The sentence's mentions after "to", found once per sentence: a long
        # sentence of such triggers stays linear.
        receivers = self.receivers.get(s_first)
        if receivers is None:
            receivers = self.receivers[s_first] = [
                mention
                for mention in doc.mentions_between(s_first, s_last)
                if doc.folded[mention.first - 1] == "to"
            ]
        at = bisect.bisect_left(receivers, last, key=lambda m: m.first)
        return self._entity(receivers[at]) if at < len(receivers) else None

    def _where(
        self, s_first: int, s_last: int
    ) -> tuple[str, str | None] | None:
        """
        Where the sentence says an event took place: "in Baku", "at the
        Presidential Palace" (a capital or a named place, not a country,
        which is as often whose as where).
        """
        if s_first not in self.places:
            self.places[s_first] = self._find_where(s_first, s_last)
        return self.places[s_first]

    def _find_where(
        self, s_first: int, s_last: int
    ) -> tuple[str, str | None] | None:
        doc = self.doc
        for mention in doc.mentions_between(s_first, s_last):
            if mention.first == 0 or doc.folded[mention.first - 1] not in {
                "in",
                "at",
            }:
                continue
            written = doc.text[mention.start : mention.end]
            if written[:4] in {"the ", "The "}:
                written = written[4:]
            if mention.what == PLACE_MENTION:
                return written, None
            if mention.via in {CAPITAL, CITY} and mention.entity is not None:
                return written, mention.entity.country
        return None

    def _pair(self, s_first: int, s_last: int) -> list[FoundParticipant]:
        """
        The members of "the two sides" (or "both leaders") in a sentence,
        as parties.
        """
        found = self.pairs.get(s_first)
        if found is None:
            found = self.pairs[s_first] = self._find_pair(s_first, s_last)
        return found

    def _find_pair(self, s_first: int, s_last: int) -> list[FoundParticipant]:
        doc = self.doc
        for mention in doc.mentions_between(s_first, s_last):
            if mention.what == TWO:
                group = self._entity(mention)
                if group is not None and _sides_known(group):
                    return [FoundParticipant(m, PARTY) for m in group.members]
        return []

    def _object_role(
        self, trigger: Trigger, preposition: str, noun: bool, target: Entity
    ) -> str | None:
        """
        The role of *target*, named after the trigger and *preposition*.
        """
        if noun and preposition == "of" == trigger.words[-1]:
            # "a tour of Peru and Chile" takes its hosts, "the tour of
            # President X" its visitor; "a tour of the SAARC" is one visit
            # per member state visited, told elsewhere.
            if target.kind == PERSON:
                return INITIATOR
            return trigger.after if target.kind == STATE else None
        if (
            trigger.kind == "host_visit"
            and preposition == "to"
            and target.kind == STATE
        ):
            return WHERE  # "welcomed X to Manila": where, no second visitor
        return self._role(trigger, preposition, noun)

    def _role(  # noqa: C901, PLR0911, PLR0912 - one answer per preposition
        self, trigger: Trigger, preposition: str, noun: bool
    ) -> str | None:
        if preposition == "between":
            return PARTY
        if noun:
            # "the visit of the emir to Oman", "a visit by X to Y".
            if preposition in {"of", "by"}:
                return INITIATOR
            if preposition in {"to", "in", ""}:
                return HOST
            return None
        if trigger.after == NONE:
            return None
        if _passive_visit(trigger) and preposition in _PASSIVE_VISIT:
            # "credentials were presented by X to Y", "... to Y by X"
            return _PASSIVE_VISIT[preposition]
        if (
            trigger.kind == "sanction"
            and trigger.before == NONE
            and preposition in _PASSIVE_SANCTION
        ):
            return _PASSIVE_SANCTION[preposition]
        if preposition in _AS_OBJECT or preposition == trigger.words[-1]:
            # "met with X", "expressed appreciation for X": the trigger's
            # own preposition takes its object.
            return trigger.after
        if trigger.after in {HOST, WHERE} and preposition in {"to", "in"}:
            return WHERE if trigger.after == WHERE else HOST
        if preposition == "against" or (
            preposition == "on" and trigger.kind == "sanction"
        ):
            return trigger.after  # "sanctions on X", "measures against X"
        if (
            preposition == "in"
            and trigger.kind == "expulsion"
            and trigger.words[-1] in _ENVOYS
        ):
            return trigger.after  # "recalled its ambassador in Managua"
        if preposition == "in" and trigger.kind == "expulsion":
            # "expelled the consul in Tacna": the state he serves in
            # expels him
            return INITIATOR
        if preposition == "from" and trigger.after == INITIATOR:
            return INITIATOR  # "received a phone call from X"
        if (
            preposition == "from"
            and trigger.kind == "expulsion"
            and trigger.before == NONE
        ):
            return INITIATOR  # "the expulsion of X's diplomats from Y"
        if trigger.kind == "intent_to_meet" and (
            (preposition == "for" and trigger.after == RECIPIENT)
            or (preposition in {"for", "to"} and trigger.words[-1] == "from")
        ):
            # "renewed his invitation for X to visit", "conveyed an
            # invitation from X for Y to visit"
            return RECIPIENT
        if preposition == "to" and trigger.after in {RECIPIENT, INITIATOR}:
            # "thanks to X", "gave audience to X"
            return trigger.after
        return None

    def _mutual(
        self,
        trigger: Trigger,
        first: int,
        s_first: int,
        sentence: tuple[int, int],
        when: PartialDate | None,
    ) -> None:
        """
        "The presidents exchanged congratulations": each praises the other.
        """
        sides = self._subjects(first, s_first)
        if len(sides) != PAIR:
            return
        status = self._status(first, first + 1, s_first)
        for a, b in (sides, sides[::-1]):
            self.found.append(
                FoundEvent(
                    trigger.kind,
                    [
                        FoundParticipant(a, INITIATOR),
                        FoundParticipant(b, RECIPIENT),
                    ],
                    status,
                    when,
                    None,
                    [sentence],
                    0.8,
                )
            )

    def _quoted_by(self, offset: int) -> Entity | None:
        """
        The speaker of the direct quotation around *offset*, if any.
        """
        index = bisect.bisect_right(self.quoted, (offset, _AFTER_ALL)) - 1
        if index >= 0:
            start, end, speaker = self.quoted[index]
            if start <= offset < end:
                return speaker
        return None

    def _said_by_a_body(self, first: int) -> tuple[int, Entity] | None:
        """
        Where the words the trigger at *first* stands in start, and the
        state or body that said them; None for a person's words.
        """
        offset = self.doc.tokens.starts[first]
        index = bisect.bisect_right(self.said, (offset, _AFTER_ALL)) - 1
        if index < 0:
            return None
        start, end, speaker = self.said[index]
        if (
            speaker is None
            or speaker.kind == PERSON
            or not start < offset < end
        ):
            return None
        return start, speaker

    def _said_it(self, first: int) -> Entity | None:
        """
        The state or body that said the words the trigger at *first*
        stands in, when they open with "it" as its subject ("the ministry
        said it had expelled a diplomat", "Peru said that it would lift the
        sanctions"); a person is never "it".
        """
        doc = self.doc
        said = self._said_by_a_body(first)
        if said is None:
            return None
        start, speaker = said
        it = doc.token_at(start)  # the words said start past "that"
        between = doc.folded[it + 1 : first]
        if (
            doc.folded[it] != "it"
            or len(between) > _SAID_IT_REACH
            or not _SAID_IT_WORDS.issuperset(between)
        ):
            return None
        return speaker

    def _reported_from(self, first: int, s_first: int) -> int:
        """
        Where the subject of the trigger at token *first* is looked for: from
        the start of the reported words it stands in ("X said Prime Minister
        Y could visit Z": Y visits; "X said the director general handed over
        the invitation": not X), else from its sentence's start *s_first*.
        """
        doc = self.doc
        offset = doc.tokens.starts[first]
        index = bisect.bisect_right(self.said, (offset, _AFTER_ALL)) - 1
        if index >= 0:
            start, end, _ = self.said[index]
            if doc.tokens.starts[s_first] < start < offset < end:
                return doc.token_at(start)
        return s_first

    def _entity(self, mention: Mention) -> Entity | None:
        doc = self.doc
        if mention.what == NAME and mention.entity is None:
            # A name never given in full is an actor only when the people
            # table knows it ("Putin visited Turkey"); else a capitalised
            # word may name anything.
            listed = doc.tables.people.get(
                tuple(doc.words[mention.first : mention.last])
            )
            return None if listed is None else doc.scanner.new_person(mention)
        named = self.doc.resolve(mention, None)
        if (
            mention.what == TWO
            # not "the three leaders", nor "both countries" in a quotation,
            # nor "the two presidents", who hold an office named
            and not _TWO.isdisjoint(
                self.doc.folded[mention.first : mention.last]
            )
            and not self.doc.quoted(mention.start)
            and not office_of_pair(mention.role)
        ):
            sides = self._sides_told(mention)
            if sides is not None and _states(sides) != _states(named):
                return sides
        return named

    def _sides_told(self, mention: Mention) -> Entity | None:
        """
        "The two sides" (or "both countries") of *mention*: the two sides
        of the last event told before it or earlier in its sentence, in its
        paragraph or the one before, rather than the last two actors named,
        who may be a topic ("X thanked Y for his efforts to end the crisis
        in Z.  The two sides signed ..."); None when that event has not two
        sides.
        """
        doc = self.doc
        offset = mention.start
        paragraph = doc.paragraph_index(offset)
        told = [
            (max(spans), event)
            # the events of the last sentences read: linear time; one told
            # earlier in the mention's own sentence is the last one ("X will
            # visit Y, where the two sides will sign ...")
            for event in self.found[-_SIDES_REACH:]
            if (spans := [s for s in event.evidence if s[0] <= offset])
        ]
        if not told:
            return None
        at, last = max(told, key=lambda pair: pair[0])
        if paragraph - doc.paragraph_index(at[0]) > 1:
            return None
        sides: dict[str, Entity] = {}
        for p in last.participants:
            side = p.entity.country or (
                p.entity.name if p.entity.kind == ORG else ""
            )
            if side and side not in sides:
                sides[side] = p.entity
        if len(sides) != PAIR or len(last.participants) != PAIR:
            return None
        members = tuple(sides.values())
        if mention.role in STATE_GROUPS:
            # "the two countries": the states of the sides
            members = tuple(
                doc.scanner.state_entity(m.country)
                if m.kind == PERSON and m.country is not None
                else m
                for m in members
            )
        return group_of(members)

    def _subjects(self, first: int, s_first: int) -> list[Entity]:
        """
        The actors on the subject side: "X met", "X and Y met", "X's visit".
        """
        doc = self.doc
        owner = self._owner(first, s_first)
        if owner is None:
            owner = self._decider(first, s_first)
        if owner is not None:
            mention = doc.mention_at_end.get(owner)
        else:
            verb = self._light_verb(first, s_first)
            mention = (
                self._doer_for(verb, s_first)
                or self._their_subjects(first, s_first)
                or self._verb_subject(verb, s_first)
            )
            if mention is not None and doc.placed(mention.first, s_first):
                return []  # "protesters outside the embassy condemned"
            if mention is None and first > s_first:
                reported = self._reported_from(first, s_first)
                mention = doc.main_subject(reported, first)
                if (
                    reported != s_first
                    and (mention is None or self._entity(mention) is None)
                    and _coordinated(doc.folded, first, reported)
                    and self._quoted_by(doc.tokens.starts[first]) is None
                ):
                    # "X said the truce must hold and later met Y": the
                    # words said name no actor; X is who met Y (not in
                    # a quotation: "“... to support and recognize ...”").
                    mention = doc.main_subject(s_first, first)
            if mention is None:
                mention = self._after_adjunct(first, s_first)
            if mention is None:
                mention = doc.body_subject(verb, s_first)
        if mention is None:
            # "“Grateful to Secretary Blinken,” Kuleba tweeted": inside a
            # quotation the speaker is the subject; "the ministry said it
            # had expelled": so is the state or body that said it.
            speaker = self._quoted_by(
                doc.tokens.starts[first]
            ) or self._said_it(first)
            return [] if speaker is None else [speaker]
        entity = self._entity(mention)
        if entity is None or (
            mention.what == TWO and not _sides_known(entity)
        ):
            # "the two leaders" resolved to a leader and a palace: no sides
            return []
        return list(entity.members or (entity,))

    def _after_adjunct(self, first: int, s_first: int) -> Mention | None:
        """
        The subject of the clause after a fronted adjunct that the event's
        noun at *first* opens: "In a phone call with X, Y said ...",
        "During their meeting in Z, Y praised ..." (Y, the other side).
        """
        doc = self.doc
        folded = doc.folded
        if (
            folded[s_first] not in _ADJUNCT_PREPOSITIONS
            or first - s_first > _ADJUNCT_NOUN_REACH
        ):
            return None
        sentence = doc.sentences[doc.sentence_index(doc.tokens.starts[first])]
        s_last = doc.token_at(sentence[1])
        comma = next(
            (k for k in range(first, s_last) if folded[k] == ","), None
        )
        if comma is None:
            return None
        mention = doc.main_subject(comma + 1, s_last)
        # the clause's own subject, right after the comma ("the minister")
        if mention is None or mention.first - comma > _ADJUNCT_SUBJECT_GAP:
            return None
        return mention

    def _doer_for(self, verb: int, s_first: int) -> Mention | None:
        """
        Who does what a gerund after "for" tells: the object of the verb
        before it, "condemned X for imposing sanctions on Y", "thanked X
        for hosting the talks" (X, not the sentence's subject).
        """
        folded = self.doc.folded
        if (
            verb - 2 <= s_first
            or folded[verb - 1] != "for"
            or not folded[verb].endswith("ing")
        ):
            return None
        # "for" stands where a verb would: the one before it is its subject
        # (all of "X and Y for imposing").
        return self.doc.subject_before(verb - 1, s_first)

    def _their_subjects(self, first: int, s_first: int) -> Mention | None:
        """
        The sides "their" before an event's noun stands for: the sentence's
        subject when it names two or more ("X and Y held a press conference
        after their talks", "following their first meeting").
        """
        doc = self.doc
        folded = doc.folded
        # "after their talks" is a trigger of its own; "their meeting" a
        # noun's with its possessive before it.
        k = (
            first + 1
            if folded[first + 1 : first + 2] == ["their"]
            else first - 1
        )
        if k > s_first and folded[k] in _EVENT_MODIFIERS:
            k -= 1
        if k <= s_first or folded[k] != "their":
            return None
        subject = doc.main_subject(s_first, k)
        if subject is None:
            return None
        end = subject.last
        while (
            folded[end : end + 1] == ["and"]
            and end + 1 in doc.mention_at_start
        ):
            end = doc.mention_at_start[end + 1].last
        group = doc.subject_before(end, s_first)
        entity = None if group is None else self._entity(group)
        return group if entity is not None and entity.members else None

    def _verb_subject(self, verb: int, s_first: int) -> Mention | None:
        """
        The subject of the verb at *verb*, past a first verb's object
        joined by "and", or the antecedent of the relative clause it ends.
        """
        doc = self.doc
        mention = doc.subject_before(verb, s_first)
        if mention is None:
            return self._relative_antecedent(verb, s_first)
        if (
            mention.first > s_first
            and "and" in doc.folded[mention.last : verb]
        ):
            # "X thanked Y for the support and invited him": an aside that
            # holds the "and" passed over the second verb's subject to the
            # first verb's object; X invites, not Y.
            return doc.subject_before(mention.first - 1, s_first)
        return mention

    def _relative_antecedent(self, verb: int, s_first: int) -> Mention | None:
        """
        Who a relative clause is about, when its second verb joined by "and"
        is at *verb*: "X met Y, who announced aid and thanked Z" (Y).
        """
        doc = self.doc
        folded = doc.folded
        if folded[verb - 1 : verb] != ["and"]:
            return None
        for k in range(verb - 2, max(s_first, verb - _RELATIVE_REACH), -1):
            if folded[k] == "who":
                return doc.mention_at_end.get(
                    k - 1 if folded[k - 1] == "," else k
                )
            if folded[k] in _CLAUSE_END or folded[k] in {",", "which", "that"}:
                break
        return None

    def _attendees(
        self,
        first: int,
        s_first: int,
        objects: list[tuple[str, Mention]],
    ) -> list[Entity]:
        """
        Who a verb of attending says goes to the gathering named at token
        *first*: "X will attend the BRICS summit", "X took part in the
        meeting of Y", "X participated in the conference".
        """
        doc = self.doc
        verb = _attending_verb(doc.folded, first, s_first)
        if verb is None:
            return []
        mention = doc.subject_before(verb, s_first)
        # "X would meet Y and Z in Jeddah and attend the summit": Z is the
        # first verb's object, no one attending; "X is unlikely to attend"
        # names no one who goes.
        if mention is None or not _NOT_GOING.isdisjoint(
            doc.folded[mention.last : verb]
        ):
            return []
        entity = self._entity(mention)
        if entity is None:
            return []
        # Whose gathering it is, named before its noun ("the BRICS summit")
        # or as its first "of" ("a meeting of the Federal Executive
        # Council"): a state's own council is its domestic politics.
        named = doc.mentions_between(verb + 1, first) + [
            m for preposition, m in objects[:1] if preposition == "of"
        ]
        if not any(self._foreign(m, entity.country) for m in named):
            return []
        return list(entity.members or (entity,))

    def _foreign(self, mention: Mention, country: str | None) -> bool:
        """
        Whether *mention* names an international organisation of the
        tables, or another state than *country* or one of its people.
        """
        entity = self._entity(mention)
        return entity is not None and (
            entity.org is not None
            if entity.country is None
            else entity.country != country
        )

    def _possessor_recognised(self, hit: _Hit, s_first: int) -> bool:
        """
        Whether the subject of a passive recognition is only the owner of
        what is recognised: "Egypt's mediation, recognized by Y as
        legitimate" recognises no state.
        """
        if (
            hit.trigger.kind != "recognition"
            or hit.trigger.before != RECIPIENT
        ):
            return False
        doc = self.doc
        mention = doc.subject_before(hit.first, s_first) or doc.main_subject(
            s_first, hit.first
        )
        return mention is not None and doc.folded[
            mention.last : mention.last + 1
        ] in (["'s"], ["'"])

    def _told_after(self, last: int) -> bool:
        """
        Whether a named event is the subject of a verb that tells it took
        place: "X's visit to Y began on June 20", "the talks ended".
        """
        folded = self.doc.folded
        window = folded[last : last + _TOLD_AFTER_REACH + 1]
        for word, following in itertools.pairwise(window):
            if word in _CLAUSE_END or word == ",":
                return False
            if word in _TOOK_PLACE or (
                word in _WAS and following in {"a", "an"}
            ):
                return True
        return False

    def _told_by_verb(self, first: int, s_first: int) -> bool:
        """
        Whether a named event is the object of a verb that tells whether it
        happened: "X paid a visit", "X wrapped up his visit", not "X's
        visit means ...".
        """
        folded = self.doc.folded
        k = first - 1
        while k >= s_first and first - k <= _MODIFIER_REACH + 1:
            word = folded[k]
            if word in _ARTICLES or word in {"his", "her", "their", "its"}:
                k -= 1
                continue
            return word.endswith("ed") or word in _LIGHT_VERBS
        return False

    def _past_adjectives(self, k: int, s_first: int) -> int:
        """
        Back from token *k* over a few plain words after an article ("a
        rare phone call", "a long and cordial meeting"): the token after
        the article, else *k*.
        """
        folded = self.doc.folded
        words = self.doc.words
        for j in range(k - 1, max(s_first, k - 1 - _ADJECTIVES_REACH), -1):
            if folded[j] in _ARTICLES:
                return j + 1 if j < k - 1 else k
            if (
                not words[j].isalpha()
                or not words[j].islower()
                or folded[j] in _LIGHT_VERBS
            ):
                return k
        return k

    def _light_verb(self, first: int, s_first: int) -> int:
        """
        Where the verb of a named event starts: "X and Y held a phone
        conversation", "X had talks": the subject stands before "held".
        """
        folded = self.doc.folded
        k = first
        while (
            k > s_first
            and first - k < _MODIFIER_REACH
            and folded[k - 1] in _ROUND_MODIFIERS
        ):
            k -= 1  # "held the third round of talks", "a new round"
        k = self._past_adjectives(k, s_first)
        if k > s_first and (
            folded[k - 1] in _ARTICLES
            # "X and Y held their first phone talks"
            or (
                k - 1 > s_first
                and folded[k - 1] in _OWN
                and folded[k - 2] in _LIGHT_VERBS
            )
        ):
            k -= 1
        elif (
            k - 1 > s_first
            and folded[k - 1] in _OWN
            and folded[k - 2] in _PURSUED
        ):
            # "X and Y continued their mediation efforts", "X and Y were
            # continuing their ...": the subject stands before the verb
            return (
                k - 3
                if k - 2 > s_first and folded[k - 3] in _TENSE_AUXILIARIES
                else k - 2
            )
        if k > s_first and (
            folded[k - 1] in _LIGHT_VERBS or folded[k - 1] in _WITNESSED
        ):
            return k - 1
        if (
            k - 1 > s_first
            and folded[k - 1] == "in"
            and folded[k - 2] in _ENGAGED
        ):
            return k - 2  # "X and Y engaged in a phone conversation"
        return first

    def _owner(self, first: int, s_first: int) -> int | None:
        """
        The "'s" before a named event, over its modifiers: "X's visit",
        "X's recent two-day visit", "X's March visit".
        """
        words = self.doc.words
        k = first
        while (
            self.doc.folded[first] in _NAMED_EVENTS
            and k > s_first
            and first - k < _MODIFIER_REACH
            and words[k - 1] != "'s"
            and (
                (
                    words[k - 1][:1].isupper()
                    and words[k - 1].casefold() in MONTHS
                )
                or "-" in words[k - 1]
                or words[k - 1] in _EVENT_MODIFIERS
            )
        ):
            k -= 1
        return k - 1 if k > s_first and words[k - 1] == "'s" else None

    def _decider(self, first: int, s_first: int) -> int | None:
        """
        The "'s" of who decided the act at *first*: "Lima's decision on
        Tuesday to expel", "Washington's move to impose sanctions".
        """
        folded = self.doc.folded
        if first - 1 <= s_first or folded[first - 1] != "to":
            return None
        for k in range(first - 2, max(s_first, first - _DECIDER_REACH), -1):
            if folded[k] in _DECISIONS:
                owner = k - 1
                return owner if folded[owner] in {"'s", "'"} else None
        return None

    def _decided(self, first: int, s_first: int) -> bool:
        """
        Whether the act at *first* is told as one decided: "Lima's decision
        to expel", also "its decision in May to lift the sanctions".
        """
        if self._decider(first, s_first) is not None:
            return True
        folded = self.doc.folded
        return folded[first - 1] == "to" and any(
            folded[k] in _DECISIONS and folded[k - 1] in _POSSESSIVES
            for k in range(first - 2, max(s_first, first - _DECIDER_REACH), -1)
        )

    def _purpose_of_contact(self, first: int, s_first: int) -> bool:
        """
        Whether the act at *first*, after "to", is the purpose of a contact
        its clause tells as made: "telephoned X on Friday to congratulate
        him", "summoned the envoy to protest" (the call made, the words
        said in it), not "will call X to congratulate him" nor "agreed to
        meet".
        """
        doc = self.doc
        folded = doc.folded
        start = max(s_first, first - _PURPOSE_REACH)
        # "telephoned United Nations chief X": a name's words are no verb
        named = {
            j
            for mention in doc.mentions_between(start, first)
            for j in range(mention.first, mention.last)
        }
        for k in range(first - 2, start - 1, -1):
            word = folded[k]
            if word in _CONTACTED:
                if word != "called":
                    # "spoke on the phone with X to thank him", not "spoke
                    # of the need to", "travelled to X hoping to"
                    return not any(
                        w in _NOT_A_PURPOSE or w.endswith("ing")
                        for w in folded[k + 1 : first - 1]
                    )
                # not "called (once again) on X to impose sanctions": an
                # appeal
                after = k + 1
                while folded[after] in _CALL_ADVERBS:
                    after += 1
                return folded[after] not in _APPEALED
            if (
                word in _CLAUSE_END
                # not "telephoned X and Y to congratulate them"
                or (
                    word in _COORDINATORS
                    and not (k in doc.mention_at_end and k + 1 in named)
                )
                or (
                    word.endswith("ed")
                    and k not in named
                    # "the newly elected president": a word on a noun
                    and folded[k - 1] not in _ARTICLES
                    and not folded[k - 1].endswith("ly")
                )
                # "phoned X to ask him to mediate": the act of another
                # infinitive's object, not the call's purpose (not "to the
                # ministry", "to Lima": a place)
                or (
                    word == "to"
                    and folded[k + 1] not in _ARTICLES
                    and folded[k + 1] not in _POSSESSIVES
                    and k + 1 not in doc.mention_at_start
                )
            ):
                return False  # "agreed to", "invited X to": a verb of its own
        return False

    def _objects(self, last: int, s_last: int) -> list[tuple[str, Mention]]:  # noqa: C901, PLR0912, PLR0915 - one branch per word class
        """
        The mentions after a trigger, each with the preposition before it
        ("" for a direct object): "with X", "of X to Y", "between X and Y".
        """
        doc = self.doc
        folded = doc.folded
        found: list[tuple[str, Mention]] = []
        k = last
        limit = min(s_last, last + _OBJECT_REACH)
        preposition = ""
        if last > 0 and folded[last - 1] in _PREPOSITIONS:
            preposition = folded[last - 1]  # "met with", "arrived in"
        while k < limit:
            word = folded[k]
            mention = doc.mention_at_start.get(k)
            if mention is not None:
                found.append((preposition, mention))
                if preposition in _ADJUNCTS:
                    # "received at Al Alam Palace on Wednesday King
                    # Philippe": where and when, then the object.
                    preposition = ""
                k = mention.last
                if (
                    folded[k - 1] in _LED_GROUPS
                    and folded[k : k + 2] in _LED_BY
                    and self._named_head(mention, k + 2)
                ):
                    # "received a delegation led by X": its head is the
                    # guest, in the delegation's place
                    preposition = found.pop()[0]
                    k += 2
                    continue
                if k + 1 < limit and self._delegation_of(mention, k):
                    # "received a delegation of the Government of X" (or of
                    # "the Parliament of X"): whose it is, in its place
                    found.pop()
                    k += 1
                    continue
                if k < limit and (
                    folded[k] == "'s" or self._holder_of(mention, k)
                ):
                    # "Sweden's ambassador": the state he serves; "expelled
                    # a diplomat of the X embassy": the preposition before
                    # the holder still holds
                    k += 1
                    continue
                listed = self._listed_next(mention, s_last, limit)
                if listed is not None:
                    k, limit = listed  # "X and Y", "X, Y, and Z"
                    continue
                if folded[k : k + 2] == [",", "including"]:
                    # "several Foreign Ministers, including X of A and Y
                    # of B": the ones it names, not the plural.
                    if _bare_plural(mention):
                        found.pop()
                    k += 2
                    limit = min(s_last, k + _OBJECT_REACH)
                    continue
                if (
                    k + 1 < limit
                    and folded[k] == "and"
                    and found[-1][0]
                    and folded[k + 1] == found[-1][0]
                ):
                    # "sanctions on X and on Y": the preposition said again
                    preposition = folded[k + 1]
                    k += 2
                    continue
                if k < limit and (
                    folded[k] in _PREPOSITIONS or folded[k] in _AT_A_TIME
                ):
                    # "received in Riyadh today X": where and when, then
                    # whom.
                    preposition = (
                        folded[k] if folded[k] in _PREPOSITIONS else ""
                    )
                    k += 1
                    continue
                if (
                    k < limit
                    and folded[k] in _ARTICLES
                    and found[-1][0] in _WHERE_BEFORE
                    and (mention.what == PLACE_MENTION or _a_state(mention))
                ):
                    # "received in Damascus a delegation", "at Baabda
                    # Palace the envoy": where, then whom
                    preposition = ""
                    continue
                break
            if word == "," and k + 1 < limit and folded[k + 1] in WEEKDAYS:
                k += 2  # "met today, Sunday, with ..."
                if k < limit and folded[k] == ",":
                    k += 1
                continue
            if (
                word in _CLAUSE_END
                or (word == "," and folded[k - 1] not in _KIN)
                or self._opens_clause(k)
            ):
                break
            if (
                (
                    word in _HOLDER_NOUNS
                    and folded[k + 1 : k + 2] == ["of"]
                    and (
                        word not in _MEMBERS
                        or not _STATE_BODIES.isdisjoint(folded[k + 2 : k + 5])
                    )
                )
                or _owns_venue(folded, k)
                or self._mission_staff_of(k)
                or self._sent_from_mission(k)
                or self._envoys_from(k)
            ):
                # the preposition before the holders still holds; "received
                # at the ministry's headquarters X": where, then whom
                k += 2
                continue
            if word in _PREPOSITIONS:
                preposition = word
            elif (
                word in _AT_A_TIME
                or _a_date_at(folded, k)
                or (word in _VENUES and preposition in {"in", "at"})
                or (word in _DAY_PARTS and folded[k - 1] in _AT_A_TIME)
                or _in_audience(folded, k)
            ):
                # "received in his office yesterday X", "a call on Tuesday
                # evening with X", "received in audience X": where and
                # when, then whom.
                if (
                    preposition in _ADJUNCTS
                    or word in _VENUES
                    or _in_audience(folded, k)
                ):
                    preposition = ""
            elif word == "sworn" and folded[k + 1 : k + 2] == ["in"]:
                k += 1  # "congratulated the newly sworn in Premier X"
            elif (
                word in _NEAR_TIMES
                and k + 1 < limit
                and (
                    folded[k + 1] in _DAY_PARTS or folded[k + 1] in _AT_A_TIME
                )
            ):
                # "received this morning X", "met earlier today with X":
                # when, then whom.
                k += 1
            elif (
                word in _OBJECT_SKIP
                or word in _KIN
                or word == ","
                or word.isdigit()  # "sanctions on 19 Russian individuals"
            ):
                pass  # a comma only after kin: "his brother, King X"
            elif (including := self._including_after(k, limit)) is not None:
                k = including  # "several foreign ministers, including X"
                continue
            else:
                break
            k += 1
        return found

    def _including_after(self, k: int, limit: int) -> int | None:
        """
        Where the names start that ", including" lists after the common
        words from token *k* ("foreign ministers, including X and Y"), or
        None.
        """
        words = self.doc.words
        folded = self.doc.folded
        for m in range(k, min(limit - 2, k + _INCLUDING_REACH)):
            if folded[m] == "," and folded[m + 1] == "including":
                # officials, not "students, including X"
                return m + 2 if folded[m - 1] in _PLURAL_OFFICES else None
            if not words[m].isalpha() or not words[m].islower():
                return None
        return None

    def _delegation_of(self, mention: Mention, k: int) -> bool:
        """
        Whether *mention* is a delegation the "of" at *k* says whose it is,
        a state or a body of one: "a delegation of the Government of X",
        "a delegation of the Parliament of X" (not "of the region").
        """
        doc = self.doc
        entity = mention.entity
        if (
            entity is None
            or entity.kind != ORG
            or entity.name.rsplit(maxsplit=1)[-1].casefold()
            not in _DELEGATIONS
            or doc.folded[k] != "of"
        ):
            return False
        sender = doc.mention_at_start.get(k + 1)
        if sender is None and doc.folded[k + 1] == "the":
            sender = doc.mention_at_start.get(k + 2)
        return sender is not None and (
            _a_state(sender)
            or (sender.entity is not None and _state_body(sender.entity))
        )

    def _holder_of(self, mention: Mention, k: int) -> bool:
        """
        Whether the "of" or "from" at *k* ends an unnamed holder of a post
        that *mention* is, told with the mission whose state follows ("a
        diplomat of the X embassy", "two diplomats from the X consulate").
        """
        folded = self.doc.folded
        if mention.what != NAME and self._envoys_from(k - 1):
            return True  # "his counterparts from X and Y": whose they are
        if folded[k] == "from":
            return mention.what != NAME and self._sent_from_mission(k - 1)
        return (
            mention.what != NAME
            and folded[k] == "of"
            and (
                (
                    folded[k - 1] in _HOLDER_NOUNS
                    and folded[k - 1] not in _MEMBERS
                    # "the envoy of the President of X, Y": Y is the envoy
                    and not _MISSIONS.isdisjoint(folded[k + 1 : k + 4])
                )
                or self._mission_staff_of(k - 1)
            )
        )

    def _envoys_from(self, k: int) -> bool:
        """
        Whether the word at *k* is envoys or counterparts told by the
        states they come from: "his counterparts from X and Y", "the new
        ambassadors from X", "envoys representing X".
        """
        folded = self.doc.folded
        return (
            folded[k] in _FROM_STATE_HOLDERS
            and folded[k + 1 : k + 2] in (["from"], ["representing"])
            and self._state_at(k + 2)
        )

    def _state_at(self, k: int) -> bool:
        """
        Whether a state is named from token *k* on (its "the" within the
        mention: "the Republic of X").
        """
        named = self.doc.mention_at_start.get(k)
        return named is not None and _a_state(named)

    def _sent_from_mission(self, k: int) -> bool:
        """
        Whether the envoys at *k* are told as sent from a mission: "two
        diplomats from the X consulate" (not "diplomats from the region").
        """
        folded = self.doc.folded
        return (
            folded[k] in _HOLDER_NOUNS
            and folded[k + 1 : k + 2] == ["from"]
            and not _MISSIONS.isdisjoint(folded[k + 2 : k + 5])
        )

    def _mission_staff_of(self, k: int) -> bool:
        """
        Whether the word at *k* is staff of a mission, told with it: "an
        employee of the embassy", "the first secretary of its consulate".
        """
        folded = self.doc.folded
        return (
            folded[k] in _MISSION_STAFF
            and folded[k + 1 : k + 2] == ["of"]
            and not _MISSIONS.isdisjoint(folded[k + 2 : k + 5])
        )

    def _listed_next(
        self, mention: Mention, s_last: int, limit: int
    ) -> tuple[int, int] | None:
        """
        Where the list goes on after *mention* ("X and Y", "X, Y", "X, and
        Y", "X, as well as Y"), and the reach of the objects from there: a
        list of people or of states goes on past the reach of the trigger.
        None at the source of the sentence ("..., the ministry said").
        """
        doc = self.doc
        folded = doc.folded
        k = mention.last
        j = k + 1 if k < s_last and folded[k] == "," else k
        if j < s_last and folded[j] == "and":
            j += 1
        elif folded[j : j + 3] == _AS_WELL_AS:
            j += 3
        following = doc.mention_at_start.get(j) if k < j < s_last else None
        if following is None or (
            j == k + 1
            and folded[k] == ","
            and (self._says(following) or _unit_of(mention, following))
        ):
            return None
        if _alike(mention, following):
            return j, min(s_last, j + _OBJECT_REACH)
        return (j, limit) if j < limit else None

    def _opens_clause(self, k: int) -> bool:
        """
        Whether the word at *k* is a "that" opening a clause, not one
        before a noun: "said after the meeting that Peru was ...".
        """
        doc = self.doc
        mention = doc.mention_at_start.get(k + 1)
        return (
            doc.folded[k] == "that"
            and mention is not None
            and mention.what == NAME
        )

    def _named_head(self, group: Mention, k: int) -> bool:
        """
        Whether the head of *group* after its "led by" at token *k* is named
        so that he can stand for it: "a delegation led by Minister X", not
        "a Peruvian delegation led by a deputy minister" (the delegation
        alone says whose it is).
        """
        head = self.doc.mention_at_start.get(k)
        if head is None or (entity := self._entity(head)) is None:
            return False
        team = self._entity(group)
        return not (
            entity.country is None and team is not None and team.country
        )

    def _brokered_between(
        self, hit: _Hit, s_first: int
    ) -> list[Entity] | None:
        """
        The sides of a mediation told in the passive after what it brokered:
        "the talks in Doha between X and Y, facilitated by Z" are X's and
        Y's, not those of the sentence's subject; None when no "between"
        names them.
        """
        trigger, first, _ = hit
        if trigger.kind != "mediation" or trigger.after != MEDIATOR:
            return None
        folded = self.doc.folded
        floor = max(s_first, first - _BROKERED_REACH)
        between = next(
            (
                k
                for k in range(first - 1, floor - 1, -1)
                if folded[k] == "between"
            ),
            None,
        )
        if between is None:
            return None
        sides: list[Entity] = []
        for mention in self.doc.mentions_between(between + 1, first):
            entity = self._entity(mention)
            # "the Government of the Republic of X": one side, X
            if (
                entity is not None
                and folded[mention.last] != "of"
                and not any(_same_side(entity, side) for side in sides)
            ):
                sides.append(entity)
        return sides

    def _signed_between(
        self, last: int, s_last: int
    ) -> list[FoundParticipant]:
        """
        The sides an agreement's document names after its trigger when no
        signer is told: "was signed, including a memorandum between X and
        Y", "the signing of an accord on trade between X and Y"; none when
        the words before "between" leave the document ("to replace the
        2015 treaty between", "signed by 40 states, ...").
        """
        doc = self.doc
        folded = doc.folded
        between = next(
            (
                k
                for k in range(last, min(s_last, last + _OBJECT_REACH))
                if folded[k] == "between"
            ),
            None,
        )
        if between is None:
            return []
        stretch = folded[last:between]
        if (
            # a document told before "between": "including a clause on
            # trade between X and Y" names no document of theirs
            (
                folded[last - 1] not in _AGREEMENT_NOUNS
                and _AGREEMENT_NOUNS.isdisjoint(stretch)
            )
            or not _NOT_THE_DOCUMENT.isdisjoint(stretch)
            # a clause, but for the list of documents ", including"
            or any(
                word in _GAP_STOP and folded[k + 1] != "including"
                for k, word in enumerate(stretch, last)
            )
            # "the 2015 treaty between": another document
            or any(
                len(word) == _YEAR_DIGITS and word.isdigit()
                for word in stretch
            )
        ):
            return []
        sides: list[FoundParticipant] = []
        for preposition, mention in self._objects(between + 1, s_last):
            entity = self._entity(mention)
            if (
                preposition == "between"
                and entity is not None
                and not any(_same_side(entity, p.entity) for p in sides)
            ):
                sides.append(FoundParticipant(entity, PARTY))
        return sides if len(sides) >= PAIR else []

    def _mediated_between(
        self, trigger: Trigger, last: int, s_last: int
    ) -> list[tuple[str, Mention]]:
        """
        The sides of a mediation named after what it brokered: "brokered a
        ceasefire between X and Y", "mediated talks between X and Y".
        """
        if trigger.kind != "mediation":
            return []
        folded = self.doc.folded
        between = next(
            (
                k
                for k in range(last, min(s_last, last + GAP_WORDS + 1))
                if folded[k] == "between"
            ),
            None,
        )
        return [] if between is None else self._objects(between + 1, s_last)

    def _posted(self, k: int) -> list[tuple[str, Mention]]:
        """
        The state named at *k*, after a trigger's preposition, inside the
        mention of an envoy: "recalled its ambassador to Chile", where "its
        ambassador to Chile" is one mention (his post is not his state).
        """
        doc = self.doc
        if (
            doc.folded[k - 1] != "to"
            or k in doc.mention_at_start
            or k >= len(doc.words)
        ):
            return []
        found = longest_at(doc.tables.names, doc.words, k)
        if found is None and doc.folded[k] == "the" and k + 1 < len(doc.words):
            # "its ambassador to the United States": the name after "the",
            # when it ends the phrase (not "its envoy to the Syria talks")
            found = longest_at(doc.tables.names, doc.words, k + 1)
            if found is not None and not _POSTED_ENDS.issuperset(
                doc.folded[found[0] : found[0] + 1]
            ):
                found = None
        if found is None:
            return []
        end, meanings = found
        for meaning in meanings:
            if meaning.type in {COUNTRY, CAPITAL}:  # "envoy to Moscow"
                state = doc.scanner.state_entity(meaning.key)
                start = doc.tokens.starts[k]
                stop = doc.tokens.ends[end - 1]
                mention = Mention(
                    k, end, start, stop, NAME, state, via=COUNTRY
                )
                return [("to", mention)]
        return []

    def _based(self, trigger: Trigger, k: int) -> list[tuple[str, Mention]]:
        """
        The state of the place the targets of a sanction are based in, when
        only that names it: "sanctions on two Dubai-based firms".
        """
        if trigger.kind != "sanction":
            return []
        doc = self.doc
        folded = doc.folded
        at, end = k, min(k + _BASED_REACH, len(folded))
        while at < end and (
            folded[at] in _OBJECT_SKIP
            or folded[at] in _SANCTIONED_ON
            or folded[at].isdigit()
        ):
            at += 1
        if at == end or not folded[at].endswith(_BASED):
            return []
        found = longest_at(
            doc.tables.names, [doc.words[at][: -len(_BASED)]], 0
        )
        meaning = next(
            (
                m
                for m in (found[1] if found else ())
                if m.type in {COUNTRY, CAPITAL, CITY}
            ),
            None,
        )
        if meaning is None:
            return []  # "Xyz-based": no place known
        state = doc.scanner.state_entity(meaning.key)
        start, stop = doc.tokens.starts[at], doc.tokens.ends[at]
        return [
            ("on", Mention(at, at + 1, start, stop, NAME, state, via=COUNTRY))
        ]

    def _targeted(
        self, trigger: Trigger, k: int, s_last: int
    ) -> list[tuple[str, Mention]]:
        """
        The states of the targets a sanction lists by what they are, not by
        a state: "sanctions on 30 individuals and entities that supply
        drones to X", "on 12 firms, including companies in X and Y", "on
        40 vessels of X's fleet".  A reason ("over the war in Z") names no
        target; its people (the minister who announced it) are no state.
        """
        if trigger.kind != "sanction" or trigger.after != RECIPIENT:
            return []
        doc = self.doc
        folded = doc.folded
        at = k
        while at < s_last and (
            folded[at] in _OBJECT_SKIP
            or folded[at] in _SANCTIONED_ON
            or folded[at] in _COUNTING
            or folded[at].replace(",", "").isdigit()
        ):
            at += 1
        found: list[tuple[str, Mention]] = []
        named = doc.mention_at_start.get(at)
        if (
            named is not None
            and named.via == DEMONYM
            and not _TARGETS.isdisjoint(folded[named.last : named.last + 2])
        ):
            # "on some 300 X-ian individuals", "on 20 X-ian defence firms"
            found.append(("on", named))
            at = named.last
        if at == k or at >= s_last or _TARGETS.isdisjoint(folded[at : at + 2]):
            return []  # "sanctions on X": the object, read as any
        end = min(s_last, at + _TARGET_REACH)
        listed = found[0][1].last if found else -1
        while at < end and folded[at] not in _CLAUSE_END:
            if folded[at] in _REASONS or (found and folded[at] == _INCLUDING):
                # "over the war in Z, including firms in X": past the
                # reason to the list it interrupts, if no state is named
                # yet ("linked to X, including firms registered in Y": X's)
                comma = folded.index(",", at) if "," in folded[at:end] else end
                if found or folded[comma + 1 : comma + 2] != [_INCLUDING]:
                    break
                at = comma + 1
                continue
            mention = doc.mention_at_start.get(at)
            if mention is None:
                at += 1
                continue
            entity = mention.entity
            if (
                entity is not None
                and entity.country is not None
                # its people (the minister who announced it) are no target
                and entity.kind != PERSON
                and not self._says(mention)
                and self._targets_own(mention.first, k, listed)
            ):
                found.append(("on", mention))
                listed = mention.last
            at = mention.last
        return found

    def _targets_own(self, first: int, k: int, listed: int) -> bool:
        """
        Whether the state named at *first* is the sanctioned targets' own,
        by the words before it: "firms in X", "registered in X", "of X's
        fleet", "linked to X", "supplying drones to X", "helping X", or a
        list after a state already taken ("in X and Y").
        """
        folded = self.doc.folded
        before = first - 1  # a name's "the" is its own: "in the Gulf"
        word = folded[before]
        head = folded[before - 1] if before > k else ""
        if word in _LISTED and listed in {before, before - 1}:
            return True  # "in X and Y", "in X, Y"
        if word in _TARGETS_OWN:
            return (
                head in _TARGETS
                or head in _TARGETS_PLACED
                or head == _INCLUDING
            )
        if word == "to":
            return head in _LINKED or not _SUPPLYING.isdisjoint(
                folded[k:before]
            )
        return word in _SERVING or word == _INCLUDING

    def _says(self, mention: Mention) -> bool:
        """
        Whether a speech verb follows *mention* ("..., the ministry said"):
        the source of the sentence, not one more participant.
        """
        doc = self.doc
        return (
            longest_at(doc.tables.speech, doc.folded, mention.last) is not None
        )

    # -- status, date --------------------------------------------------------

    def _status(self, first: int, last: int, s_first: int) -> EventStatus:
        doc = self.doc
        folded = doc.folded
        subject = doc.subject_before(first, s_first)
        owner = self._owner(first, s_first)
        if subject is None and owner is not None:
            # "This will be Premier X's visit": the status words stand
            # before the owner's name, however long.
            subject = doc.mention_at_end.get(owner)
        begin = first if subject is None else subject.first
        reach = self._status_reach(first, s_first, begin)
        resume = first if subject is None else subject.last
        # "X, who will visit Peru on Monday, met Y": the aside's tense is
        # not the verb's.
        resume = next(
            (
                k + 1
                for k in range(first - 1, resume - 1, -1)
                if folded[k] == ","
            ),
            resume,
        )
        if (
            first > s_first
            and folded[first - 1] in _COORDINATORS
            and folded[first].endswith("ed")
        ):
            # "said the deal would help and thanked Y": a verb in the past
            # after "and" takes no tense or mood from the clause before.
            reach = begin = resume = first
        window = folded[reach:begin] + folded[resume:first]
        before = set(window)
        end = last
        while (
            end < len(folded)
            and folded[end] not in _CLAUSE_END
            and end < last + _STATUS_AFTER
        ):
            end += 1
        around = before | set(folded[last:end])
        after = " ".join(folded[last:end])
        if (
            around & _CANCELLED
            or "called off" in after
            # "has called off a visit to X": the verb before its object
            or _CALLED_OFF.intersection(itertools.pairwise(window))
        ):
            return EventStatus.CANCELLED
        if (
            around & _POSTPONED
            # "has put off a visit": the verb right before its object
            or _PUT_OFF.intersection(
                itertools.pairwise(
                    folded[max(s_first, first - _PUT_OFF_REACH) : first]
                )
            )
            or _PUT_OFF.intersection(itertools.pairwise(folded[last:end]))
        ):
            return EventStatus.POSTPONED
        # "said Tehran was not seeking war, accusing X": the participle
        # after the comma is the speaker's act, whatever the words deny.
        participle = (
            first > s_first
            and folded[first - 1] == ","
            and folded[first].endswith("ing")
        )
        if (not participle and _negated(window)) or self._denied_that(
            s_first, first, begin
        ):
            return EventStatus.DENIED
        # A trigger may carry its own modality: "X is expected in Lima".
        speculated = (before | {folded[first]}) & _SPECULATED
        if speculated == {"may"} and "may" not in (
            doc.words[reach:begin] + doc.words[resume:first]
        ):
            speculated = set()  # "on May 1, X met Y": the month
        # "said he would visit": a plan reported
        reported = (
            speculated == {"would"} and self._reported_future(s_first, first)
        ) or (speculated == {"expected"} and self._announced(s_first, first))
        if (
            (speculated and not reported)
            or _SPECULATED_PAIRS.intersection(itertools.pairwise(window))
            # "a meeting has been floated for May"
            or self._status_after(
                first, last, _SPECULATED_AFTER, _STATUS_AFTER
            )
        ):
            return EventStatus.SPECULATED
        if (
            reported
            or before & _PLANNED
            or folded[first]
            in _PLANNED  # "will be signed", "will be received by"
            # "the first minister to visit ..." did visit, and "X's
            # decision to expel" expelled
            or (
                window
                and window[-1] == "to"
                and not before & _ORDINALS
                and not self._decided(first, s_first)
                and not self._purpose_of_contact(first, s_first)
            )
            # "agreed to begin negotiations": talks to come
            or (window[-2:-1] == ["to"] and window[-1] in _BEGIN)
            or self._status_after(
                first, last, _PLANNED_AFTER, _PLANNED_AFTER_REACH
            )
            or self._prepared_for(first, s_first)
        ):
            return _planned(window)
        return self._under_way(first, last, window) or EventStatus.OCCURRED

    def _prepared_for(self, first: int, s_first: int) -> bool:
        """
        Whether the trigger at *first* names what is prepared for, in its
        own phrase: "reviewed preparations for X's state visit", or what
        another act comes before: "arrived in X ahead of a visit to Y" (not
        "in preparation for the summit, X visited Y").
        """
        folded = self.doc.folded
        for k in range(first - 1, max(s_first, first - _PREPARED_REACH), -1):
            word = folded[k]
            if word in _CLAUSE_END or word == ",":
                return False
            if word == "of" and folded[k - 1] == "ahead":
                return True
            # "for" only: "thanked X for the preparation of the visit,
            # which ended on Friday" tells of a visit held.
            if word == "for" and folded[k - 1] in _PREPARING:
                return True
        return False

    def _guest_on_a_visit(self, s_first: int, first: int, last: int) -> bool:
        """
        Whether the side named after the trigger at *first* to *last* is
        told as on a visit now: "held talks with X, who is on a state visit
        to Y", "with X, who is in Lima on an official visit" (not "who was",
        nor a visit to a third state: "A held talks with X, who is on a
        visit to Z").
        """
        folded = self.doc.folded
        end = min(len(folded), last + _STATUS_AFTER)
        for k in range(last, end - 1):
            word = folded[k]
            if word in _CLAUSE_END:
                return False
            if word == "who" and folded[k - 1] == "," and folded[k + 1] in _BE:
                for v in range(k + 2, min(end, k + _GUEST_REACH)):
                    if folded[v] in _CLAUSE_END or folded[v] == ",":
                        return False
                    if folded[v] in _NOUN_TRIGGERS:
                        return _visit_under_way(
                            folded[k + 2 : v]
                        ) and self._hosts_the_talks(s_first, first, k, end)
                return False
        return False

    def _hosts_the_talks(
        self, s_first: int, first: int, who: int, end: int
    ) -> bool:
        """
        Whether the visit told in the clause at *who* (to *end*) is to the
        state of a side named before the talks' trigger at *first*, or to
        no state named: "A of Y held talks with X, who is on a visit to Y".
        """
        doc = self.doc
        hosts = {
            mention.entity.country
            for k in range(who, end - 1)
            if doc.folded[k] in {"to", "in"}
            and (mention := doc.mention_at_start.get(k + 1)) is not None
            and mention.entity is not None
        } - {None}
        return not hosts or any(
            mention.entity is not None
            and mention.entity.country in hosts
            and mention.what != PLACE_MENTION
            and mention.via not in {CAPITAL, CITY}
            for mention in doc.mentions_between(s_first, first)
        )

    def _status_reach(self, first: int, s_first: int, begin: int) -> int:
        """
        Where the status words of the trigger at *first* may start: a few
        words before its subject at *begin*, or, for a verb after "and"
        with no subject of its own, at its clause's start: "X will meet Y
        and hold talks with Z" plans both.
        """
        folded = self.doc.folded
        if begin == first and first > s_first and folded[first - 1] == "and":
            k = first - 1
            while (
                k > s_first
                and k > first - _COORDINATED_REACH
                and folded[k - 1] not in _CLAUSE_END
                and folded[k - 1] != ","
            ):
                k -= 1
            return k
        return max(s_first, begin - _STATUS_REACH)

    def _denied_that(self, s_first: int, first: int, begin: int) -> bool:
        """
        Whether the trigger at *first*, its subject at *begin*, is told in
        what a party denies: "denied reports circulating online that X had
        held talks with Y" (not "X, who denied that she was ill, met Y", nor
        "denied that ... but confirmed that X met Y").
        """
        doc = self.doc
        folded = doc.folded
        if begin == first:
            # "that X had secretly met": the subject is past the adverbs
            while begin > s_first and (
                folded[begin - 1] in _PAST_SUBJECT
                or folded[begin - 1].endswith("ly")
            ):
                begin -= 1
            # "that Chile had entered into secret talks": past the verb
            # group of a noun trigger
            subject = next(
                (
                    found
                    for k in range(
                        begin, max(s_first, first - _VERB_GROUP_REACH), -1
                    )
                    if (found := doc.mention_at_end.get(k)) is not None
                ),
                None,
            )
            begin = begin if subject is None else subject.first
        # The "that" stands before the subject ("that the Philippines"), in
        # the trigger's clause.
        that = next(
            (
                k
                for k in range(
                    first - 1,
                    max(s_first, begin - 3, first - _THAT_REACH),
                    -1,
                )
                if folded[k] == "that"
                or folded[k] in _PHRASE_ENDS
                or folded[k] in _CLAUSE_END
            ),
            s_first,
        )
        if that == begin - 1 and folded[that] == ",":
            # "denied that, during the summit, X met": past the aside
            that = next(
                (
                    k - 1
                    for k in range(
                        that - 1, max(s_first, that - _ASIDE_REACH), -1
                    )
                    if folded[k] in _PHRASE_ENDS or folded[k] in _CLAUSE_END
                ),
                that,
            )
        if folded[that] != "that":
            return False
        # A noun phrase may part the denial from its "that" ("denied reports
        # circulating online that"), no verb of its own ("denied it but
        # confirmed that").
        for k in range(that - 1, max(s_first, that - _THAT_REACH) - 1, -1):
            word = folded[k]
            if word in _DENYING:
                # "rejected reports that X would travel" (not "dismissed
                # suggestions that the talks had failed": the talks held)
                return (
                    word not in _REJECTING
                    or any(
                        j in doc.mention_at_start
                        for j in range(that + 1, first)
                    )
                    or not _HAPPENED.isdisjoint(
                        folded[first : first + _HAPPENED_REACH]
                    )
                )
            if (
                word in _PHRASE_ENDS
                or (word in _COORDINATORS and folded[k + 1].endswith("ed"))
                or (
                    not word.endswith("s")  # "reports", "claims": nouns
                    and folded[k - 1] not in _NOUN_AFTER  # "a report"
                    and longest_at(doc.tables.speech, folded, k) is not None
                )
            ):
                return False
        return False

    def _reported_future(self, s_first: int, first: int) -> bool:
        """
        Whether the "would" before the trigger at *first* is a "will" told
        in reported speech: "X said he would visit Y", not "a deal would
        help".
        """
        doc = self.doc
        would = _carried_by(doc.folded, first, s_first) - 1
        if would > s_first and doc.folded[would] in _WOULD_ADVERBS:
            would -= 1  # "said he would also visit"
        if doc.folded[would] == "and":
            # "said it would expel X and recall Y": the "would" of the
            # clause the verb is joined to
            would = self._status_reach(first, s_first, first)
            while would < first and doc.folded[would] != "would":
                would += 1
        if doc.folded[would] != "would":
            return False  # "said he would be glad to visit": a wish
        reach = range(would - 1, max(s_first, would - _STATUS_REACH) - 1, -1)
        if not _CONDITIONS.isdisjoint(doc.folded[k] for k in reach):
            return False  # "said that, if asked, he would visit": a wish
        for k in reach:
            if longest_at(doc.tables.speech, doc.folded, k) is not None:
                # "predicted that X would visit": a guess, no plan told
                return doc.folded[k] not in _GUESSED
        return self._said_that(s_first, would)

    def _announced(self, s_first: int, first: int) -> bool:
        """
        Whether the "expected" of the trigger at *first* is an announcement
        told ("are expected to sign, the ministry said", "according to the
        statement"), not hearsay ("according to diplomatic sources") nor
        what no one has announced yet ("though neither side has confirmed
        it").
        """
        doc = self.doc
        sentence = doc.sentence_index(doc.tokens.starts[first])
        s_last = doc.token_at(doc.sentences[sentence][1])
        words = range(
            max(s_first, first - _THAT_REACH), min(s_last, first + _THAT_REACH)
        )
        folded = doc.folded
        # "though neither side has confirmed it" is no announcement, unless
        # one is told too ("the Kremlin confirmed, though it did not announce
        # the agenda")
        announced = [
            _NOT_YET.isdisjoint(
                folded[max(words.start, k - _NOT_YET_REACH) : k]
            )
            for k in words
            if folded[k] in _ANNOUNCING
        ]
        return (
            _HEARSAY.isdisjoint(folded[k] for k in words)
            and (not announced or any(announced))
            # "is expected to visit, Reuters said": the press's word, no
            # announcement
            and not any(
                (entity := self._entity(mention)) is not None
                and entity.kind == MEDIA
                for mention in doc.mentions_between(words.start, words.stop)
            )
            and any(
                folded[k] == "according"
                or longest_at(doc.tables.speech, folded, k) is not None
                # "is expected in X on the invitation of Y": arranged
                or tuple(folded[k : k + 3]) in _INVITED
                for k in words
            )
        )

    def _said_that(self, s_first: int, would: int) -> bool:
        """
        Whether the clause of the "would" at *would* is the content of a
        speech verb's "that": "announced that Foreign Minister Ana Maria
        Dahl would arrive", "said that talks would resume and that a
        commission would meet" (not "said that if asked, she would go").
        """
        folded = self.doc.folded
        for k in range(would - 1, max(s_first, would - _THAT_REACH), -1):
            word = folded[k]
            if word in _CLAUSE_END or word in _CONDITIONS:
                return False
            cues = [
                folded[j]
                for j in range(max(s_first, k - _CUE_TO_THAT), k)
                if word == "that"
                and longest_at(self.doc.tables.speech, folded, j) is not None
            ]
            if cues:
                # "predicted that X would": a guess, no plan told
                return _GUESSED.isdisjoint(cues)
        return False

    def _under_way(
        self, first: int, last: int, window: list[str]
    ) -> EventStatus | None:
        """
        The status of an event under way or about to be: "is visiting",
        "on a two-day visit", "the summit opens", "left for Washington"
        (under way), "leaves for Washington on Sunday" (planned).
        """
        folded = self.doc.folded
        trigger = folded[first]
        if (
            set(window) & _ONGOING
            or trigger in _BE  # "is in Nicosia for talks"
            or (
                trigger.endswith("ing")
                and window
                and (
                    window[-1] in _BE
                    # "has been mediating": under way still
                    or (window[-1] == "been" and window[-2:-1] in _HAS)
                )
                # "Kosta's meeting" is hers, not under way
                and not (window[-1] == "'s" and trigger in _NAMED_EVENTS)
            )
            or _carried_on(window)  # "were continuing their mediation"
            or _talks_in_progress(folded[first:last], window)
        ):
            return EventStatus.ONGOING
        # "on an official visit to": the trigger starts at its modifier
        noun = first
        while noun < last - 1 and folded[noun] in _EVENT_MODIFIERS:
            noun += 1
        if (
            folded[noun] in _NOUN_TRIGGERS
            and _visit_under_way(window + folded[first:noun])
            # "was on an official visit when ...": then, not now
            and _WAS_THEN.isdisjoint(window)
        ):
            return EventStatus.ONGOING
        if (
            trigger in _NAMED_EVENTS
            and set(folded[last : last + 2]) & _STARTED
        ) or self._status_after(
            first, last, _ONGOING_AFTER, _STATUS_AFTER, _CARRIED_ON_EVENTS
        ):
            # "the summit opens in Addis Ababa", "X's mediation between Y
            # and Z was continuing"
            return EventStatus.ONGOING
        if trigger in _DEPARTING_SOON:
            return EventStatus.PLANNED  # "leaves for Washington on Sunday"
        if trigger in _DEPARTED and window and window[-1] in _PERFECT:
            return EventStatus.ONGOING  # "has set out for Washington"
        return None

    def _status_after(
        self,
        first: int,
        last: int,
        phrases: tuple[str, ...],
        reach: int,
        named: frozenset[str] = _NAMED_EVENTS,
    ) -> bool:
        """
        Whether a named event's status is told by one of *phrases* after
        it: "the summit to be held in May" (planned), "a meeting has been
        floated" (speculated), also past an aside in commas ("a meeting
        between X and Y, floated last week, could take place").
        """
        doc = self.doc
        folded = doc.folded
        if (
            # "peace negotiations were progressing": the noun ends it;
            # "X's state visit to Y is scheduled": the noun inside it
            named.isdisjoint(folded[first:last])
            and folded[last - 1] not in _SITTINGS
        ):
            return False
        # "a meeting between X and Y is scheduled": the reach starts after
        # the sides named
        start = last
        while (mention := doc.mention_at_start.get(start)) is not None:
            start = mention.last
            if (
                folded[start : start + 1] in (["and"], [","])
                and start + 1 in doc.mention_at_start
            ):
                start += 1
        end = _phrase_end(folded, start, start + reach)
        after = " " + " ".join(folded[last:end]) + " "
        if (
            end < len(folded)
            and folded[end] == ","
            and not any(map(_aside_verb, folded[start:end]))
        ):
            # the verb past an aside: "Negotiations on X, which would
            # cover Y, are continuing" (not when the event has its verb
            # before it: "talks ended, officials said, and will resume")
            close = _phrase_end(folded, end + 1, end + 1 + _STATUS_AFTER)
            if (
                close < len(folded)
                and folded[close] == ","
                and _COORDINATORS.isdisjoint(folded[close + 1 : close + 2])
            ):
                verb = folded[
                    close + 1 : _phrase_end(
                        folded, close + 1, close + 1 + reach
                    )
                ]
                after += " ".join(verb) + " "
        return any(f" {phrase} " in after for phrase in phrases)

    def _dates(  # noqa: C901, PLR0912 - each date read once, for one trigger
        self, sentence: int, hits: list[_Hit]
    ) -> list[PartialDate | None]:
        """
        The date of each trigger of a sentence: the first date expression
        after it and before the next trigger, else one before the first.
        """
        result: list[PartialDate | None] = [None] * len(hits)
        if not hits:
            return result  # no trigger left to date
        doc = self.doc
        s_start = doc.sentences[sentence][0]
        act_start = doc.tokens.starts[self._acted_from(hits[0], s_start)]
        dates = self._dates_of(sentence, hits[0].first, act_start - s_start)
        if not dates:
            return result
        starts = [
            doc.tokens.starts[self._acted_from(h, s_start)] - s_start
            for h in hits
        ]
        text = doc.text[s_start : doc.sentences[sentence][1]]
        # Each clause break and each word before the first trigger is read
        # once, however many dates the sentence holds.
        breaks = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
        reported = None
        s_first = doc.token_at(s_start)
        unread = s_first  # the first word not yet read for a cue
        # "On Monday, the ministry said X will visit Y on Thursday": a cue
        # after a date and before the first trigger makes the date its own.
        cue = self._last_cue(s_first, hits[0].first)
        for span, when in self._not_since(sentence, dates):
            owner = bisect.bisect_right(starts, span.start) - 1
            if owner < 0 and reported is None:
                upto = doc.token_at(s_start + span.start)
                if self._reported(unread, upto) or cue >= doc.token_at(
                    s_start + span.end
                ):
                    # "the ministry said on Thursday that X met Y on
                    # Wednesday": Thursday, only if nothing follows
                    reported = self.said_on[s_first] = when
                    continue
                unread = max(unread, upto)
                if in_aside(text, span.start, span.end, starts[0]):
                    continue  # "X, who took office last month, will visit"
            at = _in_clause(breaks, starts, owner, span.start)
            if (
                at is not None
                and at > 0
                and self._spoken_of(hits[at - 1], hits[at])
                and self._dates_the_words(
                    hits[at].last, doc.token_at(s_start + span.start)
                )
            ):
                at -= 1  # "condemned the sanctions ... in a statement on"
            if (
                at is None
                or "since"
                in doc.folded[
                    hits[at].last : doc.token_at(s_start + span.start)
                ]
                or (
                    self._of_the_object(
                        hits[at], s_start + span.start, s_start + span.end
                    )
                    # "condemned Friday's test" told on Friday: words spoken
                    # of an act of the day they are told in are of that day
                    and when.earliest != self.reference
                )
            ):
                # "held talks, and a second round is due in May", "the
                # first visit since he took office in May"
                continue
            held = result[at]
            if held is None:
                result[at] = when
                if _to_come(
                    doc.folded,
                    hits[at].last,
                    doc.token_at(s_start + span.start),
                ):
                    self.told_to_come.add(hits[at])
            elif held.rule == PLANNED_FOR and when.rule != PLANNED_FOR:
                self.done_on.setdefault(hits[at], when)
        if result[0] is None:
            result[0] = reported
        own = list(result)
        for index, date in enumerate(own):
            if date is None:
                result[index] = self._shared(index, hits, own, text, starts)
        return result

    def _of_the_object(self, hit: _Hit, start: int, end: int) -> bool:
        """
        Whether the date from offset *start* to *end*, after the words
        spoken at *hit* ("condemned", "thanked"), is the time of what they
        are about, not of their saying: told in a relative clause ("the
        attack that targeted Doha on Sunday"), a participle's phrase ("the
        sanctions imposed by X earlier this month", "the aid extended last
        year") or before a possessive ("last year's floods").
        """
        doc = self.doc
        if not self._told_of(hit):
            return False  # "the accusations made by X on Monday": its own
        stop = doc.token_at(end)
        first = doc.token_at(start)
        return doc.folded[stop : stop + 1] == ["'s"] or (
            not self._on_the_setting(first)
            and self._modifier_from(
                max(hit.last + 1, first - _PHRASE_REACH), first
            )
        )

    def _modifier_from(self, first: int, last: int) -> bool:
        """
        Whether a phrase on a noun opens from token *first* to *last*
        (exclusive), the nearest *last* on no medium of words: a relative
        clause ("that targeted", "which", "who") or a participle's phrase
        ("imposed by", "extended to"), not "in a statement issued on".
        """
        opening = self._phrase_opening(first, last)
        return opening >= 0 and not self._on_the_setting(opening)

    def _phrase_opening(self, first: int, last: int) -> int:
        """
        The token at which the phrase on a noun nearest *last* opens, from
        token *first* to *last* (exclusive), or -1 when none does.
        """
        folded = self.doc.folded
        # The phrase nearest the date holds it.
        for k in range(last - 1, first - 1, -1):
            word, before = folded[k], folded[k - 1]
            if (
                word in _RELATIVES
                # "the attack that targeted Doha on Sunday" (a relative
                # clause on the object), not "that attack"
                or (
                    word == "that"
                    and (
                        folded[k + 1] in _TENSE_AUXILIARIES
                        or _participle(folded[k + 1])
                    )
                )
                or (
                    _participle(word)
                    # "carried out by": a particle may come first
                    and (
                        folded[k + 1] in _PARTICIPLE_TAILS
                        or (
                            folded[k + 1] in _PARTICLES
                            and folded[k + 2] in _PARTICIPLE_TAILS
                        )
                    )
                    and before.isalpha()
                    and before not in _NO_NOUN
                )
            ):
                return k
        return -1

    def _on_the_setting(self, opening: int) -> bool:
        """
        Whether a phrase or date opening at token *opening* stands on the
        medium or occasion of words, a noun a few words after "in",
        "during", "via" ("in a statement issued on Monday", "in a message
        on Monday", "during a call that was held"): not a place ("the
        strikes in the city carried out").
        """
        folded = self.doc.folded
        head = opening - 1
        if folded[head] in _DATE_PREPOSITIONS:
            head -= 1  # "in a statement on Monday"
        return folded[head] in _MEDIA and any(
            folded[k] in _SETTING_PREPOSITIONS
            and all(folded[j].isalpha() for j in range(k + 1, head))
            for k in range(max(0, head - _SETTING_NOUN_REACH), head)
        )

    def _dates_the_words(self, last: int, first: int) -> bool:
        """
        Whether the date at token *first*, after an act spoken of ending
        before token *last*, is the time of the words spoken of it, in a
        phrase on their medium: "condemned the sanctions imposed by X in a
        statement issued on Monday", "in a statement on Monday".
        """
        opening = self._phrase_opening(last, first)
        return self._on_the_setting(first) or (
            opening >= 0 and self._on_the_setting(opening)
        )

    def _spoken_of(self, words: _Hit, act: _Hit) -> bool:
        """
        Whether *act*, told after the words of praise or blame at *words*
        ("condemned", "thanked"), is what they speak of: an act of another
        kind in their object, with no comma between ("hailed the vote,
        telling reporters during a visit on Friday" is the visit's day) nor
        a word of the means or setting ("condemned X by phone", "thanked X
        during the talks").
        """
        return (
            act.trigger.kind not in _WORDS
            and self._told_of(words)
            and _SETTING_WORDS.isdisjoint(
                self.doc.folded[words.last : act.first]
            )
        )

    def _told_of(self, hit: _Hit) -> bool:
        """
        Whether *hit* is words of praise or blame told by a verb in the
        past ("condemned", "thanked"), whose object has a time of its own:
        not a noun ("the accusations made by X on Monday").
        """
        word = self.doc.folded[hit.first]
        return (
            hit.trigger.kind in _WORDS
            and word.endswith("ed")
            and word.isalpha()
        )

    def _dates_of(
        self, sentence: int, act: int, act_start: int
    ) -> tuple[tuple[Span, PartialDate], ...]:
        """
        The dates of sentence *sentence*, its first act at token *act*
        (offset *act_start* in it), with "that day" or "the same day" told
        before that act when no date of the sentence is.
        """
        dates = _same_month(
            self.doc.dates(sentence, self.reference), self.doc, sentence
        )
        if not dates:
            return self._that_day(sentence, act=act)
        if dates[0][0].start > act_start and dates[0][1].day is None:
            # "On the same day, X ratified the accord signed in May": the
            # day told before is the act's, the month the signing's (a day
            # told after is the act's own: "held talks on March 4").
            return self._that_day(sentence, act, act) + dates
        return dates

    def _acted_from(self, hit: _Hit, s_start: int) -> int:
        """
        Where the words of the act at *hit* start, for its date: at the
        decision in "Lima's decision on Tuesday to expel".
        """
        owner = self._decider(hit.first, self.doc.token_at(s_start))
        return hit.first if owner is None else owner + 1

    def _not_since(
        self, sentence: int, dates: tuple[tuple[Span, PartialDate], ...]
    ) -> list[tuple[Span, PartialDate]]:
        """
        The *dates* of *sentence* but those in a "since" phrase, the start of
        a span of time and no event's day: "the first visit since taking
        office in 2013".
        """
        doc = self.doc
        s_start, s_end = doc.sentences[sentence]
        folded = doc.folded
        tokens = range(doc.token_at(s_start), doc.token_at(s_end))
        since = [
            k
            for k in tokens
            if folded[k] == "since"
            and folded[k + 1 : k + 2] != ["then"]  # "since then": no date
        ]
        if not since:
            return list(dates)  # most sentences
        ends = [
            k
            for k in tokens
            if folded[k] in _PHRASE_ENDS
            # "since Chile, Peru and Bolivia met in May": a list goes on
            and not (k in doc.mention_at_end and k + 1 in doc.mention_at_start)
        ]
        return [
            (span, when)
            for span, when in dates
            if not _since_before(
                since, doc.token_at(s_start + span.start), ends
            )
        ]

    def _that_day(
        self, sentence: int, upto: int | None = None, act: int = -1
    ) -> tuple[tuple[Span, PartialDate], ...]:
        """
        "Earlier that morning", "later that day" in a sentence that names
        no date (or none before token *upto*, its first trigger): the day
        last named in the sentences before, or none; "the next day", "a day
        earlier" the day after or before it, and so "a day after" before
        the act at token *act* ("The call came a day after X met Y").
        """
        doc = self.doc
        s_start, s_end = doc.sentences[sentence]
        found = _day_told_before(
            doc.folded,
            doc.token_at(s_start),
            doc.token_at(s_end) - 1 if upto is None else upto,
        )
        if found is None:
            return ()
        at, end, shift, to_act = found
        if to_act and (at >= act or at == doc.token_at(s_start)):
            # "met Y a day after the summit", "A day after the summit, X
            # met Y": the summit's day
            return ()
        # "The call came a day after X met Y": the sides of that act, whose
        # day told before is its own, retold
        sides = (
            {
                mention.entity
                for mention in doc.mentions_between(end, doc.token_at(s_end))
                if mention.entity is not None
            }
            if to_act
            else set()
        )
        span = Span(
            start=doc.tokens.starts[at] - s_start,
            end=doc.tokens.ends[end - 1] - s_start,
        )
        for back in range(
            sentence - 1, max(sentence - _THAT_DAY_REACH, -1), -1
        ):
            # The day of the event told there, not of what it mentions ("for
            # talks on the truce agreed on March 19"); of two days, neither.
            if sides and any(
                {side.entity for side in event.participants} <= sides
                for event in self._found_in(back)
            ):
                break  # the act itself, told there: no day to shift
            days = {
                event.when
                for event in self._found_in(back)
                if event.when is not None
                and self._a_day_told(event.when, to_act)
            } or {
                when
                for at_date, when in doc.dates(back, self.reference)
                if self._a_day_told(when, to_act)
                # "“Today, we recognise ...,” X said": the speaker's day
                and self._quoted_by(doc.sentences[back][0] + at_date.start)
                is None
            }
            if days:
                day = days.pop()
                if days or not self._within_a_year(day):
                    return ()
                if shift:
                    day = _shifted(day, shift, doc.text[s_start:s_end], span)
                return ((span, day),)
        if shift or self.reference is None or doc.folded[at + 1] != "in":
            return ()
        # "was summoned earlier in the day", no day told before: the day
        # the article reports ("later that evening" is none).
        today = PartialDate(
            year=self.reference.year,
            month=self.reference.month,
            day=self.reference.day,
            raw=doc.text[s_start + span.start : s_start + span.end],
            rule="relative-to-reference",
        )
        return ((span, today),)

    def _a_day_told(self, when: PartialDate, past: bool) -> bool:
        """
        Whether *when* is a day that "that day" may name; with *past*, one
        not after the article's ("The call came a day after ..." tells a
        call made, not one planned).
        """
        return when.day is not None and not (
            past
            and self.reference is not None
            and when.earliest > self.reference
        )

    def _found_in(self, sentence: int) -> list[FoundEvent]:
        """The events found so far in sentence *sentence*."""
        s_start = self.doc.sentences[sentence][0]
        # Found in sentence order: read back only as far as that sentence.
        return [
            event
            for event in itertools.takewhile(
                lambda event: event.evidence[0][0] >= s_start,
                reversed(self.found),
            )
            if event.evidence[0][0] == s_start
        ]

    def _within_a_year(self, when: PartialDate) -> bool:
        """Whether *when* falls within a year of the article's date."""
        reference = self.reference
        return reference is None or (
            reference - _BACKGROUND <= when.latest
            and when.earliest <= reference + _BACKGROUND
        )

    def _last_cue(self, first: int, last: int) -> int:
        """
        Where the last speech cue from token *first* to *last* (exclusive)
        starts, or -1.
        """
        doc = self.doc
        folded = doc.folded
        speech = doc.tables.speech
        return next(
            (
                k
                for k in range(last - 1, first - 1, -1)
                if (word := folded[k]) == "according"
                or (
                    word in speech
                    and longest_at(speech, folded, k) is not None
                )
            ),
            -1,
        )

    def _reported(self, first: int, last: int) -> bool:
        """
        Whether a speech cue starts at a token from *first* to *last*
        (exclusive), before a date that is then the saying's: "said on
        Thursday", "according to the ministry on Thursday".
        """
        doc = self.doc
        folded = doc.folded
        speech = doc.tables.speech
        return any(
            word == "according" or longest_at(speech, folded, k) is not None
            for k in range(first, last)
            if (word := folded[k]) in speech or word == "according"
        )

    def _shared(
        self,
        index: int,
        hits: list[_Hit],
        own: list[PartialDate | None],
        text: str,
        starts: list[int],
    ) -> PartialDate | None:
        """
        The date a trigger with none of its own shares with the nearest
        dated one of its sentence, when the words between tell one time:
        "mediated when X visited Beijing in May", "made a call, during
        which he congratulated ..." (not "met X after Y visited Z in May").
        Only the nearest dated trigger on each side can share: the words
        to one farther hold the words to it.
        """
        before = next(
            (k for k in range(index - 1, -1, -1) if own[k] is not None), None
        )
        after = next(
            (k for k in range(index + 1, len(hits)) if own[k] is not None),
            None,
        )
        for other in sorted(
            (k for k in (before, after) if k is not None),
            key=lambda k: abs(k - index),
        ):
            if other > index and self._spoken_of(hits[index], hits[other]):
                # "condemned the sanctions imposed last week": the time
                # of the act spoken of, not of the words
                continue
            left, right = sorted((index, other))
            when = own[other]
            # "will open a forum on 12 June, where she will meet X": the
            # plan told after is set at the occasion, on its day to come
            planned_there = (
                left == other
                and when is not None
                and (self.reference is None or when.latest >= self.reference)
                and self._set_at(hits[left].last, hits[right].first)
            )
            if _CLAUSE_BREAK.search(
                text, starts[left], starts[right]
            ) or self._another_time(
                hits[left].last,
                hits[right].first,
                _one_form(
                    self.doc.folded[hits[left].first],
                    self.doc.folded[hits[right].first],
                ),
                _APART_AT_OCCASION if planned_there else _ANOTHER_TIME,
            ):
                continue
            return when
        return None

    def _set_at(self, first: int, last: int) -> bool:
        """
        Whether the words from token *first* to *last* open a clause set at
        the occasion told before them, which takes its time whatever its
        tense: "will open a forum on 12 June, where she will meet X", "held
        a summit last week, during which the two leaders will ...".
        """
        folded = self.doc.folded
        return any(
            folded[k] == ","
            and (
                folded[k + 1] == "where"
                or tuple(folded[k + 1 : k + 3]) in _SET_AT
            )
            for k in range(first, last - 1)
        )

    def _another_time(
        self,
        first: int,
        last: int,
        verbs: bool,
        apart: frozenset[str] = _ANOTHER_TIME,
    ) -> bool:
        """
        Whether the words from token *first* to *last* set what stands on
        either side at two times, by a word of *apart*; an "and" between
        two names ("between Egypt and Ethiopia when ...") does not, nor,
        with *verbs*, one that joins two verbs of one form ("recalled its
        envoy and expelled", "by downgrading ties and ordering").
        """
        doc = self.doc
        folded = doc.folded
        if apart.isdisjoint(folded[first:last]):
            return False
        mentions = doc.mentions_between(first, last)
        joined = {
            left.last
            for left, right in itertools.pairwise(mentions)
            if _joined(folded, left, right) and folded[left.last] == "and"
        }
        if verbs:
            joined.add(last - 1)
        return any(
            folded[k] in apart and k not in joined for k in range(first, last)
        )


def _one_form(left: str, right: str) -> bool:
    """
    Whether two verbs are of one form, both past or both participles, so
    that an "and" between them joins one time's acts.
    """
    return any(left.endswith(end) and right.endswith(end) for end in _FORMS)


def _carried_by(folded: list[str], first: int, s_first: int) -> int:
    """
    Where the verb that carries the named event at token *first* stands
    ("would undertake a two-day official visit", "would hold a new round
    of talks"), else *first*.
    """
    k = first
    while (
        k > s_first
        and first - k < _CARRIED_REACH
        and (
            folded[k - 1] in _ROUND_MODIFIERS
            or folded[k - 1] in _ARTICLES
            or folded[k - 1] in _ROUND_OF
            or "-" in folded[k - 1]
        )
    ):
        k -= 1  # "a two-day official", "a new round of"
    if k < first and k > s_first and folded[k - 1] in _CARRYING:
        return k - 1
    return first


# Words that tell a clause's verb before an aside: "talks ended, officials
# said, ...", "talks took place, ...", "talks will resume, ...".
_ASIDE_VERBS: Final = (
    _TOOK_PLACE
    | _LIGHT_VERBS
    | {"is", "are", "was", "were", "will", "would", "could", "may", "might"}
)


def _aside_verb(word: str) -> bool:
    """Whether *word* is a verb told before an aside (see _ASIDE_VERBS)."""
    return word in _ASIDE_VERBS or word.endswith("ed")


def _phrase_end(folded: list[str], start: int, stop: int) -> int:
    """
    Where the phrase from token *start* ends: at a comma or the clause's
    end, or at *stop* (or the text's end).
    """
    end = start
    while (
        end < len(folded)
        and end < stop
        and folded[end] not in _CLAUSE_END
        and folded[end] != ","
    ):
        end += 1
    return end


def _day_told_before(
    folded: list[str], first: int, last: int
) -> tuple[int, int, int, bool] | None:
    """
    Where tokens *first* to *last* name a day by the one told before, and
    how many days after it: "later that day" and "earlier in the day" (0),
    "the next day" (1), "a day earlier" (-1); as the first token, the end,
    the shift, and whether it holds only for an act after it ("a day
    after X met Y").
    """
    for k in range(first, last):
        after = folded[k + 1]
        if (
            folded[k] in _IN_THE_DAY
            and (after.endswith("ed") or after in _DONE_VERBS)
            and folded[k - 1] not in _IN_PERFECT
        ):
            # "X later held a call with Y", "X and Y earlier held talks":
            # the day of the occasion told before (not "had earlier met")
            return k, k + 1, 0, False
        if after not in _DAY_SECOND:
            continue  # most words: one set lookup
        if folded[k] == "that" and after in _DAY_PARTS:
            return k, k + 2, 0, False
        if (
            after == "in"
            and folded[k] in _IN_THE_DAY
            and tuple(folded[k + 2 : min(k + 4, last + 1)]) in _THE_DAY_PARTS
        ):
            # "earlier in the day", within the sentence
            return k, k + 4, 0, False
        phrase = " ".join(folded[k : min(k + 3, last + 1)])
        shift = _DAY_SHIFT.get(phrase)
        if shift is not None:
            return k, k + 3, shift, False
        shift = _DAY_SHIFT_TO_ACT.get(phrase)
        if shift is not None:
            return k, k + 3, shift, True
    return None


def _since_before(since: list[int], first: int, ends: list[int]) -> bool:
    """
    Whether one of the tokens *since* (in order) comes a few words before
    token *first*, with none of the phrase's *ends* (in order) between:
    "Since the vote, X met Y on Monday" ends the phrase at the comma.
    """
    at = bisect.bisect_left(since, first) - 1
    return (
        at >= 0
        and first - since[at] <= _SINCE_REACH
        and bisect.bisect(ends, since[at]) == bisect.bisect(ends, first)
    )


def _shifted(
    day: PartialDate, shift: int, text: str, span: Span
) -> PartialDate:
    """*day* moved by *shift* days, written as *span* of *text* says."""
    moved = dt.date(day.year, day.month or 1, day.day or 1) + dt.timedelta(
        days=shift
    )
    return PartialDate(
        year=moved.year,
        month=moved.month,
        day=moved.day,
        approximate=day.approximate,
        raw=span.slice(text),
        rule=_RELATIVE_TO_DATE,
    )


def _same_month(
    dates: tuple[tuple[Span, PartialDate], ...], doc: Doc, sentence: int
) -> tuple[tuple[Span, PartialDate], ...]:
    """
    The *dates* of *sentence* with "the same month" or "that month" told
    after one of them that names a month: that month ("in crisis since July
    2024, ..., prompting X to recall its envoy the same month").
    """
    if not dates:
        return dates  # most sentences: no month to refer to
    s_start, s_end = doc.sentences[sentence]
    text = doc.text[s_start:s_end]
    found = list(dates)
    # One pass over both: a sentence may hold many of each.
    ordered = sorted(dates, key=lambda pair: pair[0].end)
    k = 0
    month: PartialDate | None = None
    for m in _SAME_MONTH.finditer(text):
        while k < len(ordered) and ordered[k][0].end <= m.start():
            if ordered[k][1].month is not None:
                month = ordered[k][1]
            k += 1
        if month is not None:
            found.append(
                (
                    Span(start=m.start(), end=m.end()),
                    PartialDate(
                        year=month.year,
                        month=month.month,
                        raw=m.group(),
                        rule=_RELATIVE_TO_DATE,
                    ),
                )
            )
    return tuple(sorted(found, key=lambda pair: pair[0].start))


def _ahead(when: PartialDate) -> bool:
    """
    Whether *when* is written as ahead of the article's date: "next week",
    "the coming days" (not "the next day", told after another day).
    """
    return when.rule != _RELATIVE_TO_DATE and (
        when.raw or ""
    ).casefold().startswith(_AHEAD)


def _in_clause(
    breaks: list[tuple[int, int]], starts: list[int], owner: int, date: int
) -> int | None:
    """
    The trigger in whose clause a date at *date* stands: *owner*, the last
    before it, unless a clause break comes between them; then the next one,
    when the date opens its clause ("visited Peru, and on Tuesday he hosted
    ..."), as the first does a date before it (*owner* -1) but not one of
    an earlier clause ("the forum on 12-13 May, and the summit in June"),
    unless the trigger is that clause's verb ("spoke on Sunday, and
    criticised ..."); else None.  *breaks* are the spans of the sentence's
    clause breaks, in order.
    """
    if owner >= 0 and _last_break(breaks, starts[owner], date) is None:
        return owner
    following = owner + 1
    if following == len(starts):
        return None
    last = _last_break(breaks, date, starts[following])
    if last is None or last == starts[following]:
        return following
    return None


def _end_of(span: tuple[int, int]) -> int:
    return span[1]


def _last_break(
    breaks: list[tuple[int, int]], start: int, end: int
) -> int | None:
    """Where the last clause break from *start* to *end* ends, if any."""
    # The breaks do not overlap: their ends rise with their starts.
    at = bisect.bisect_right(breaks, end, key=_end_of) - 1
    if at >= 0 and breaks[at][0] >= start:
        return breaks[at][1]
    return None


def _envoys(ordered: list[str]) -> bool:
    """
    Whether the words *ordered* out name envoys.  The head is their last
    word before a preposition or clause ("family members of embassy
    staff"), past "of" after staff or a share ("the staff of the embassy",
    "half of its staff") and a title's "general" ("the consul general").
    """
    end = _head_end(ordered)
    head = ordered[:end]
    if head[-1:] == ["general"]:
        head = head[:-1]
    if not head:
        return False
    of = ordered[end + 1 :] if ordered[end : end + 1] == ["of"] else []
    if head[-1] in _MISSION_STAFF:
        return not _MISSIONS.isdisjoint(head + of[: _head_end(of)])
    return head[-1] in _ORDERED_OUT or (
        head[-1] in _SHARES and bool(of) and _envoys(of)
    )


def _head_end(words: list[str]) -> int:
    """Where the head of a noun phrase ends: at a preposition or clause."""
    return next(
        (k for k, word in enumerate(words) if word in _OBJECT_ENDS),
        len(words),
    )


def _names_document(words: list[str]) -> bool:
    """Whether *words* name one document signed: "joint declaration"."""
    return not _SINGLE_DOCUMENTS.isdisjoint(words) or not (
        _DOCUMENT_PLANS.isdisjoint(itertools.pairwise(words))
    )


def _negated(window: list[str]) -> bool:
    """
    Whether a negation stands in the trigger's own clause: "did not meet",
    not "said it "never takes sides" and accused Y".
    """
    k = len(window)
    while (
        k > 0
        and window[k - 1] not in _COORDINATORS
        and not (
            window[k - 1] in _CLOSING_QUOTES and window[k : k + 1] == [","]
        )
    ):
        k -= 1
    return not _DENIED.isdisjoint(window[k:])


def _carried_on(window: list[str]) -> bool:
    """
    Whether the words before an event say its sides are carrying it on:
    "were continuing their mediation efforts", "will continue its efforts"
    (under way already), not "continued its mediation in May".
    """
    return any(
        (window[k] in _CARRYING_ON and window[k - 1] in _GOING_ON)
        or (window[k] in _CARRY_ON and window[k - 1] in _FUTURE_CARRIED)
        for k in range(1, len(window))
    )


def _no_such(folded: list[str], last: int) -> bool:
    """
    Whether "no such" and an event's noun follow the trigger ending at
    *last* in its sentence: "no such visit was scheduled".
    """
    k = last
    while k < min(len(folded) - 3, last + _STATUS_AFTER):
        if folded[k] in _CLAUSE_END or folded[k] in _OTHER_CLAUSE:
            return False  # "and no such meeting with Y is planned": its own
        if folded[k : k + 2] == _NO_SUCH and folded[k + 2] in _DURING_OCCASION:
            # "no such visit to Quito": another event, with its own side
            return folded[k + 3] not in _PREPOSITIONS
        k += 1
    return False


def _talks_in_progress(trigger: list[str], window: list[str]) -> bool:
    """
    Whether the talks of *trigger* are named as a process under way in the
    words right before it (*window*): "welcomed the launch of negotiations",
    "developments in the indirect talks", "discussed the current stage of
    the negotiations", "the progress achieved in the talks".
    """
    if _TALKS.isdisjoint(trigger):
        return False
    near = [
        word
        for word in window[-_IN_PROGRESS_REACH - 1 :]
        if word not in _PROGRESS_PARTICIPLES
    ]
    return any(
        pair in _IN_PROGRESS
        # "the first stage of the talks ended": a phase over
        and (k == 0 or near[k - 1] not in _PHASE_ORDINALS)
        for k, pair in enumerate(itertools.pairwise(near))
    )


def _planned(window: list[str]) -> EventStatus:
    """
    A plan, unless only hoped for: "hopes to visit", "expressed hope that
    the deal will be signed" (but "amid hopes for peace, X will visit",
    "Hoping to mend ties, X will visit": the plan is made); or under way
    already: "will continue its mediation".
    """
    if _carried_on(window):
        return EventStatus.ONGOING  # "will continue its mediation"
    if window[-2:-1] and window[-2] in _HOPED and window[-1] == "to":
        return EventStatus.SPECULATED  # "hopes to visit"
    if any(
        word in _HOPED and following == "that"
        for word, following in itertools.pairwise(window)
    ):
        return EventStatus.SPECULATED
    return EventStatus.PLANNED


def _kind(trigger: Trigger, participants: list[FoundParticipant]) -> str:
    """
    The kind of event a trigger reports with its sides: "talks between Iran
    and the US" are the negotiations of two states, and so are talks between
    officials named only by their states ("between Iranian and US officials",
    the adjectives resolving to the states) or by their bodies and groups
    ("between the Government of X and the Y movement"); "talks between X
    and Y", two named ministers, a meeting.
    """
    if trigger.words == _TALKS_BETWEEN and all(
        p.entity.kind != PERSON for p in participants
    ):
        return "negotiation"
    return trigger.kind


def _trigrams(words: list[str]) -> set[tuple[str, str, str]]:
    """Each three words in a row of *words*."""
    return set(zip(words, words[1:], words[2:], strict=False))


def _told_at(event: FoundEvent) -> int:
    return event.evidence[0][0]


def _stateless(entity: Entity) -> bool:
    """
    Whether *entity* acts for no state and is no international
    organisation: an office the text leaves without its state.
    """
    return entity.country is None and entity.org is None


def _state_body(entity: Entity) -> bool:
    """
    Whether *entity* is a body of a state the text names by its state ("the
    Canadian government", "the Chilean embassy", "the National Assembly of
    Ghana": its head before the "of").
    """
    head = entity.name.lower().split(" of ", 1)[0].split()[-1:]
    return (
        entity.kind == ORG
        and entity.country is not None
        and not _STATE_BODIES.isdisjoint(head)
    )


def _visiting_guest(
    trigger: Trigger,
    objects: list[tuple[str, Mention]],
    participants: list[FoundParticipant],
    folded: list[str],
) -> list[FoundParticipant] | None:
    """
    The host and guest of a meeting with one side told as visiting ("X held
    talks with visiting Prime Minister Y"): the host's side of Y's visit,
    as the guide counts talks held during a visit.
    """
    if trigger.kind != "meeting" or len(participants) != PAIR:
        return None
    guests = {
        mention.entity
        for _, mention in objects
        if mention.entity is not None
        and folded[mention.first - 1 : mention.first] == ["visiting"]
    }
    host = [p.entity for p in participants if p.entity not in guests]
    guest = [p.entity for p in participants if p.entity in guests]
    if len(host) != 1 or len(guest) != 1 or host[0].country is None:
        return None
    if host[0].country == guest[0].country:
        return None
    return [
        FoundParticipant(host[0], HOST),
        FoundParticipant(guest[0], INITIATOR),
    ]


def _a_state(mention: Mention) -> bool:
    """
    Whether *mention* names a state, or its capital or a city in it.
    """
    return mention.entity is not None and mention.entity.kind == STATE


def _distinct_entities(entities: Iterable[Entity]) -> list[Entity]:
    """*entities* in order, each once."""
    return list(dict.fromkeys(entities))


def _same_side(entity: Entity, speaker: Entity) -> bool:
    """
    Whether *entity* is the *speaker* or acts for the speaker's state.
    """
    return entity is speaker or (
        speaker.country is not None and entity.country == speaker.country
    )


def _plain_message(trigger: Trigger) -> bool:
    """
    Whether a trigger tells a message received with no word of what it
    says ("received a cable from X"), where "received a congratulatory
    cable from X" says it: praise only when the sentence goes on to say
    so ("..., congratulating him on ...").
    """
    words = trigger.words
    return words[-1] == "from" and words[-2] in _MESSAGES and words[-3] == "*"


def _passive_visit(trigger: Trigger) -> bool:
    """
    Whether a trigger tells a visit in the passive, with no subject:
    "credentials were presented by X to Y".
    """
    return trigger.kind == "host_visit" and trigger.before == NONE


def _organisations_own(trigger: Trigger) -> bool:
    """
    Whether a trigger can tell an organisation's own summit or declaration:
    "the GCC summit", "the summit of the GCC", "adopted the Doha
    Declaration".
    """
    words = trigger.words
    return words[-1] in _OF_ONE_ORGANISATION or words[:2] == ("summit", "of")


def _of_one_organisation(
    trigger: Trigger, participants: list[FoundParticipant]
) -> bool:
    """
    Whether an event is an organisation's own summit or declaration ("the
    GCC summit opened", "BRICS leaders adopted the Kazan Declaration"): one
    participant is enough there, where it is all the sentence reports.
    """
    return (
        _organisations_own(trigger)
        and len(participants) == 1
        and participants[0].entity.kind == ORG
    )


def _declared_alone(
    trigger: Trigger, participants: list[FoundParticipant]
) -> bool:
    """
    Whether a declaration is told with no organisation and no two states
    as its sides: "the summit approved the Doha Declaration", "the
    secretary general read the final communique", "we adopted ...".
    """
    return (
        trigger.kind == "agreement"
        and _organisations_own(trigger)
        and all(p.entity.kind != ORG for p in participants)
        and len({p.entity.country for p in participants} - {None}) < PAIR
    )


def _per_visitor(
    kind: str, participants: list[FoundParticipant]
) -> list[list[FoundParticipant]]:
    """
    One visit per visiting state: a host who "received X of A and Y of B"
    hosted two visits; and one call per calling state ("received telephone
    calls from X of A and Y of B").
    """
    if kind == "phone_call":
        return _each_initiator(participants, each_own_state=True)
    if kind not in {"visit", "host_visit"}:
        return [participants]
    if kind == "host_visit":
        participants = _guests(participants)
        if all(p.role == HOST for p in participants):
            return []  # "welcoming to Syria": where, and no guest
    hosts = [p for p in participants if p.role == HOST]
    host_states = {p.entity.country for p in hosts}
    if kind == "visit" and len(hosts) > 1 and len(host_states) == len(hosts):
        # "visited Bangladesh, Nepal and Sri Lanka": a visit to each.
        guests = [p for p in participants if p.role != HOST]
        if guests:
            return [[*guests, host] for host in hosts]
    return _each_initiator(participants, each_own_state=False)


def _each_initiator(
    participants: list[FoundParticipant], *, each_own_state: bool
) -> list[list[FoundParticipant]]:
    """
    One event per initiator, with everyone else, when the initiators come
    from different states (each from its own when *each_own_state*: two
    callers of one state may share one call); else the event as found.
    """
    initiators = [p for p in participants if p.role == INITIATOR]
    others = [p for p in participants if p.role != INITIATOR]
    states = {p.entity.country for p in initiators}
    fewest_states = len(initiators) if each_own_state else PAIR
    if (
        not others
        or len(initiators) < PAIR
        or len(states) < fewest_states
        or None in states
    ):
        return [participants]
    return [[*others, initiator] for initiator in initiators]


def _an_envoy(entity: Entity) -> bool:
    """
    Whether *entity*, received, is an envoy: a state whose envoy the text
    named by it ("the ambassadors of X and Y"), or a person in an envoy's
    office; not a president met.
    """
    if entity.kind == STATE:
        return True
    role = (entity.role or "").casefold()
    return any(word in role for word in _ENVOY_OFFICES)


def _bare_plural(mention: Mention) -> bool:
    """
    Whether *mention* names a group by its members' office and no state:
    "Foreign Ministers", "several envoys".
    """
    entity = mention.entity
    return (
        entity is not None
        and entity.country is None
        and entity.name.rsplit(maxsplit=1)[-1].casefold() in _PLURAL_OFFICES
    )


# The heads of names that open with a date: "the April 6 Youth Movement",
# "the June 30 Revolution", "the March 15 Agreement".
_DATED_NAME_HEADS: Final = frozenset(
    """movement revolution uprising coalition front party group alliance
    brigade brigades youth agreement accord declaration square""".split()  # noqa: SIM905
)


def _a_date_at(folded: list[str], k: int) -> bool:
    """
    Whether the word at *k* is a month beside a day or year: "met 8 March
    2016 with X", "received on March 8 X" say when, then whom.
    """
    if folded[k] not in MONTHS:
        return False
    n = len(folded)
    if not (
        (k > 0 and folded[k - 1].isdigit())
        or (k + 1 < n and folded[k + 1].isdigit())
    ):
        return False
    end = k + 1
    while end < n and (folded[end].isdigit() or folded[end] == ","):
        end += 1
    # "the April 6 Youth Movement", "the March 23 Movement": a name.
    return end >= n or folded[end] not in _DATED_NAME_HEADS


def _one_met_many(participants: list[FoundParticipant], subjects: int) -> bool:
    """
    Whether one actor met the people of three states or more, named as
    states ("met the foreign ministers of A, B and C"): talks with each,
    as a forum's sidelines hold them.
    """
    others = participants[subjects:]
    states = {p.entity.country for p in others}
    return (
        subjects == 1
        and len(others) >= _MANY_MET
        and (
            all(p.entity.kind == STATE for p in others)
            # "exchanged views with A of Chad, B of Spain and C of Peru", no
            # one of the holder's own state among them (a joint meeting)
            or (
                None not in states
                and len(states) == len(others)
                and participants[0].entity.country not in states
            )
        )
    )


def _one_each(
    participants: list[FoundParticipant], subjects: int
) -> list[list[FoundParticipant]]:
    """
    Meetings held one by one, a meeting of the subjects with each other
    side of another state: "held meetings with X of A, Y of B and Z of C",
    "held separate meetings with X and Y".
    """
    held, others = participants[:subjects], participants[subjects:]
    if not held:
        # "In his meetings with X and Y, ...": no holder read (a clause's
        # subject after them is one, `_after_adjunct`), and X never met Y.
        return []
    home = {p.entity.country for p in held}
    # One with an official of the holder's own state is no diplomacy.
    others = [p for p in others if p.entity.country not in home]
    states = {p.entity.country for p in others}
    if len(others) < PAIR or len(states) < len(others):
        return [[*held, *others]] if others else []
    return [[*held, other] for other in others]


def _counted_envoys(
    folded: list[str], first: int, last: int, sentence: tuple[int, int]
) -> bool:
    """
    Whether the words about the reception at *first* to *last*, in the
    sentence from token *sentence* [0] to [1], count its envoys as one
    group ("received credentials from four newly appointed ambassadors"):
    one ceremony, one event with every guest; not a number of another
    sentence or a day ("on 12 May the ambassadors").
    """
    s_first, s_last = sentence
    window = folded[
        max(s_first, first - _COUNTED_REACH) : min(
            s_last, last + _COUNTED_REACH
        )
    ]
    return any(
        word in _COUNTS
        and not _ENVOYS_COUNTED.isdisjoint(
            window[k + 1 : k + _COUNTED_NOUN_REACH]
        )
        for k, word in enumerate(window)
    )


def _split(
    kind: str, participants: list[FoundParticipant]
) -> list[list[FoundParticipant]]:
    """
    The events one trigger reports: a praise per pair, a visit per visitor.
    """
    if kind == "praise":
        return _per_pair(participants)
    if kind in _ACTED_ALONE:
        return _per_initiator(participants)
    return _per_visitor(kind, participants)


def _left(trigger: Trigger, mention: Mention, last: int) -> bool:
    """
    Whether *mention* is the state an envoy is ordered to leave, after
    the trigger: "ordered the consul to leave Peru".
    """
    return trigger.words[-1] == "leave" and mention.first >= last


def _ordered_by_a_state(participants: list[FoundParticipant]) -> bool:
    """
    Whether an expulsion's initiator named so far acts for a known state.
    """
    return any(
        p.role == INITIATOR and p.entity.country is not None
        for p in participants
    )


def _told_already(
    trigger: Trigger,
    role: str,
    target: Entity,
    participants: list[FoundParticipant],
) -> bool:
    """
    Whether the state where an expelled envoy served is its expeller told
    already: "the Bolivian ministry expelled the consul in Santa Cruz".
    """
    return (
        trigger.kind == "expulsion"
        and role == INITIATOR
        and target.kind == STATE
        and any(
            p.role == INITIATOR and p.entity.country == target.country
            for p in participants
        )
    )


def _attending_verb(folded: list[str], first: int, floor: int) -> int | None:
    """
    Where "attend", "take part in" or "participate in" starts, a few words
    before the gathering named at token *first*, in its clause.
    """
    for k in range(first - 1, max(floor, first - _ATTEND_REACH) - 1, -1):
        word = folded[k]
        if word in _CLAUSE_END or word == ",":
            return None
        if word in _ATTEND:
            return k
        if word == "in" and k - 1 > floor:
            if folded[k - 1] in _PARTICIPATE:
                return k - 1
            if folded[k - 1] == "part" and folded[k - 2] in _TAKE:
                return k - 2
    return None


def _participle(word: str) -> bool:
    """
    Whether *word* can be a past participle: "made", "undertaken",
    "exerted".
    """
    return word in _IRREGULAR_PARTICIPLES or (
        word.endswith("ed") and word.isalpha()
    )


def _to_come(folded: list[str], last: int, first: int) -> bool:
    """
    Whether a date at token *first* stands in a clause opened after the
    trigger ending at token *last* whose verb is not in the past: "signed
    an agreement that takes effect in May", "held talks, which will resume
    in June"; not "held talks, which ended on Friday" nor "which he signed
    in May".
    """
    for k in range(max(last + 1, first - _PHRASE_REACH), first):
        if folded[k] in _OPENING_CLAUSE:
            verb = folded[k + 1 : k + 3]
            return not any(
                _participle(word) or word in _PAST_FORMS for word in verb
            )
    return False


def _done_in_the_past(folded: list[str], first: int, last: int) -> bool:
    """
    Whether the act whose trigger spans tokens *first* to *last* is told
    done by a verb in the past of its own: the trigger's ("expelled", "met",
    "paid a visit"), one that carries the act named after it ("held talks",
    "hosted indirect talks") or one its name is the subject of ("talks
    between X and Y were held", "the meeting took place", "was expelled");
    not a verb that tells of its plan ("announced a visit in May",
    "requested a meeting in June"), a plan of the May to come.
    """
    word = folded[first]
    if (
        _participle(word)
        or word in _DONE_IRREGULAR
        or not _CARRIED_DONE.isdisjoint(folded[max(first - 2, 0) : first])
    ):
        return True
    # The verb after the name and its sides, before any clause on them
    # ("talks between X and Y, which collapsed, resume"): a few words.
    after = folded[first : last + _SUBJECT_REACH]
    for k in range(len(after) - 1):
        if after[k] in _CLAUSE_OPENERS:
            return False
        verb = after[k + 1]
        if (
            after[k] in _WAS
            and _participle(verb)
            # not "was planned in May", "was expected in May"
            and verb not in _PLANNED
            and verb not in _SPECULATED
        ) or (after[k], verb) == ("took", "place"):
            return True
    return False


def _sides_known(group: Entity) -> bool:
    """
    Whether "the two sides" resolved to *group* are sides of an event: not
    "commanders from both sides" resolved to a person of no known state.
    """
    return all(m.country is not None or m.kind == ORG for m in group.members)


def _per_initiator(
    participants: list[FoundParticipant],
) -> list[list[FoundParticipant]]:
    """
    One act per acting state or organisation of the tables: "Chile and
    Peru expelled Bolivian diplomats" is each state's expulsion, as the
    guide counts them, and so are "the US and the EU sanctioned X".
    """
    initiators = [p for p in participants if p.role == INITIATOR]
    others = [p for p in participants if p.role != INITIATOR]
    sides = _by_state(initiators, bodies_apart=True)
    if not others or len(sides) < PAIR:
        return [participants]
    return [[*side, *others] for side in sides]


def _by_state(
    side: list[FoundParticipant], *, bodies_apart: bool = False
) -> list[list[FoundParticipant]]:
    """
    A side's actors by the state each acts for ("Emir Tamim" and "the Emir
    of Qatar" are one), or the side whole when one acts for none known;
    with *bodies_apart*, an organisation of the tables is a side of its
    own ("thanked X, Y and the African Union": three thanks).
    """
    states: dict[str, list[FoundParticipant]] = {}
    for p in side:
        key = p.entity.country
        if key is None and bodies_apart and p.entity.org is not None:
            key = "org:" + p.entity.org
        if key is None:
            return [side]
        states.setdefault(key, []).append(p)
    return list(states.values())


def _per_pair(
    participants: list[FoundParticipant],
) -> list[list[FoundParticipant]]:
    """
    One praise per sender and receiver, as the guide counts them: "X
    congratulated Y and Z" is X praising Y and X praising Z.  With no
    sender named ("congratulations to Y and Z") there is no pair.
    """
    senders = [p for p in participants if p.role == INITIATOR]
    receivers = [p for p in participants if p.role != INITIATOR]
    if len(senders) > 1 and all(p.entity.kind == PERSON for p in senders):
        # "X, Deputy Ruler of A; Y, Crown Prince of A; and Z sent cables":
        # each sent his own, though they serve one state.
        by_sender = [[p] for p in senders]
    else:
        by_sender = _by_state(senders, bodies_apart=True)
    return [
        [*sender, *receiver]
        for sender in by_sender
        for receiver in _by_state(receivers, bodies_apart=True)
        # "the UAE and the US thanked Rubio": not the US thanking itself
        if sender[0].entity.country != receiver[0].entity.country
        or sender[0].entity.country is None
    ]


def _distinct(participants: list[FoundParticipant]) -> list[FoundParticipant]:
    seen: set[int] = set()
    kept = []
    for p in participants:
        if id(p.entity) in seen:
            continue
        seen.add(id(p.entity))
        kept.append(p)
    return kept


def _states(group: Entity | None) -> frozenset[str | None]:
    """The states of the members of *group*, if any."""
    if group is None:
        return frozenset()
    return frozenset(m.country for m in group.members)


_TWO: Final = frozenset(["two", "both"])
# How many of the events found last "the two sides" looks through.
_SIDES_REACH: Final = 8
# Nouns a "negotiating" before them qualifies: a side, a stance or a place
# of talks, not talks held ("as a single negotiating party", "solved at the
# negotiating table"); "their negotiating teams" are at talks, and stay.
_NEGOTIATING_NOUNS: Final = frozenset(
    """party parties table position positions partner partners power
    strategy mandate""".split()  # noqa: SIM905
)
_FAMILY: Final = {
    "visit": "in-person",
    "host_visit": "in-person",
    "meeting": "in-person",
}


# The Union whose institutions sit in Brussels, and their table ids.
_THE_UNION: Final = "eu"
_UNION: Final = frozenset(
    [
        _THE_UNION,
        "european-commission",
        "european-council",
        "european-parliament",
        "council-of-the-eu",
    ]
)
_UNION_KEY: Final = "org:" + _THE_UNION
# Other bodies seated in Brussels, whose meetings draw visitors there.
_SEATED_IN_BRUSSELS: Final = frozenset(["nato"])


# The institutions whose acts are the Union's own, as one side: the
# Council decides its sanctions; the Commission and the Parliament, which
# each condemn or praise on their own, stay sides of their own.
_ACTS_AS_THE_UNION: Final = frozenset(
    [_THE_UNION, "european-council", "council-of-the-eu"]
)


def _union_or(entity: Entity, key: str) -> str:
    """The Union for its Council or European Council, else *key*."""
    return _UNION_KEY if entity.org in _ACTS_AS_THE_UNION else key


def _key(event: FoundEvent) -> tuple[str, frozenset[str], str]:
    keys = frozenset(
        _union_or(p.entity, p.entity.country or "name:" + p.entity.name)
        for p in event.participants
    )
    # Praise and accusation have a direction: A thanking B is not B
    # thanking A.  "The EU Council" and "the EU" that lift one sanction are
    # one actor, and so are "the Chilean Treasury" and "Chile" that impose one:
    # a state acts alone there, through any of its bodies.
    alone = event.kind in _ACTED_ALONE
    initiators = sorted(
        _union_or(p.entity, (alone and p.entity.country) or p.entity.name)
        for p in event.participants
        if p.role == INITIATOR
    )
    directed = event.kind in _DIRECTED
    return (
        _FAMILY.get(event.kind, event.kind),
        keys,
        " ".join(initiators) if directed else "",
    )


_BELGIUM: Final = "BEL"
_BRUSSELS: Final = "Brussels"
_INTENDED: Final = frozenset({EventStatus.PLANNED, EventStatus.SPECULATED})
_CALLED_OFF_STATUSES: Final = frozenset(
    {EventStatus.POSTPONED, EventStatus.CANCELLED}
)
# The rule of a month or day the text gives no year, read in the nearest.
_NEAREST_YEAR: Final = "nearest-year"
# Words that open a clause on a noun: "an agreement that takes effect".
_OPENING_CLAUSE: Final = _RELATIVES | {"that"}
# Past forms that say a clause is told in the past: "which was held".
_PAST_FORMS: Final = _WAS_THEN | {"met", "took"}
# Past forms of an act's own verb not ending in "-ed": "met Y in May".
_DONE_IRREGULAR: Final = frozenset(
    ["met", "spoke", "paid", "had", "took", "undertook"]
)
# Words that close the name of an act and its sides: "talks between X and
# Y, which ...".
_CLAUSE_OPENERS: Final = _OPENING_CLAUSE | {",", ";", ":"}
# How far after its trigger the verb an act's name is the subject of may
# be: "the meeting between Tomas Herrera and Jorge Salas took place".
_SUBJECT_REACH: Final = 8
# Verbs in the past that carry an act named after them: "held talks",
# "hosted indirect talks", "paid a visit".
_CARRIED_DONE: Final = _DONE_IRREGULAR | {
    "held",
    "made",
    "conducted",
    "hosted",
    "convened",
    "concluded",
    "began",
    "opened",
    "started",
}
_LEAP_DAY: Final = (2, 29)
_UNDER_WAY_OR_DONE: Final = frozenset(
    {EventStatus.ONGOING, EventStatus.OCCURRED}
)
_VISITS: Final = frozenset({"visit", "host_visit"})
_CONDITIONS: Final = frozenset(["if", "unless"])
# How far after "summit" its host may be named: "summit ended on Tuesday in".
_HOST_REACH: Final = 5
# Verbs that say where a summit was held: "concluded on Thursday in Astana".
_HELD: Final = _STARTED | {
    "held",
    "hosted",
    "convened",
    "closed",
    "concluded",
    "ended",
}
_NOT_HELD: Final = frozenset(["with", "for", "against", "to", "calling"])
# Prepositions that make a named event a topic: "brief lawmakers on the
# meeting", "a report about the visit".
_ABOUT: Final = frozenset(
    ["on", "about", "of", "after", "before", "since", "following", "over"]
)
# Words of a meeting that say nothing of its means: "discussed with X" may
# be by phone.
_ANY_MEANS: Final = frozenset(
    ["discussed", "discusses", "discuss", "discussions"]
)
# Prepositions that make a gathering the time of another act: "following
# the summit", "before the summit's close".
_TIME_ANCHORS: Final = frozenset(
    ["after", "following", "before", "since", "until"]
)
# Rooms a host receives a guest in: "received in his office on Monday X".
_VENUES: Final = frozenset(["office", "residence", "palace", "headquarters"])
# A group named by its head: "a delegation led by X", "a team headed by X".
_LED_GROUPS: Final = frozenset(["delegation", "team"])
_LED_BY: Final = (["led", "by"], ["headed", "by"])
# The prepositions of a place told before a trigger's object: "received in
# Damascus a delegation".
_WHERE_BEFORE: Final = frozenset(["in", "at"])
# Words of when that may stand between a trigger and its object.
_AT_A_TIME: Final = WEEKDAYS | {"yesterday", "today"}
_INCLUDING_REACH: Final = 4  # "senior foreign affairs officials, including"
# The words of an envoy's office.
_ENVOY_OFFICES: Final = ("ambassador", "envoy", "chargé", "charge", "consul")
# Envoys by their office in the plural: "congratulated the ambassadors".
_PLURAL_ENVOYS: Final = frozenset(["ambassadors", "envoys", "diplomats"])
# The last words of a group named by its members' office.
_PLURAL_OFFICES: Final = frozenset(
    """ministers leaders officials counterparts ambassadors envoys diplomats
    presidents delegations heads""".split()  # noqa: SIM905
)
# Words of a meeting's trigger that tell meetings held one by one:
# "held meetings with X, Y and Z", "held separate talks with X and Y".
_SEPARATE: Final = frozenset(["meetings", "separate", "separately"])
# Envoys counted as one group at one ceremony: "four new ambassadors".
# (an exact number: "several" or "a number of" envoys are received each)
_COUNTS: Final = frozenset(
    """two three four five six seven eight nine ten eleven twelve""".split()  # noqa: SIM905
)
_ENVOYS_COUNTED: Final = frozenset(["ambassadors", "envoys", "diplomats"])
_COUNTED_REACH: Final = 12  # tokens around the trigger
_COUNTED_NOUN_REACH: Final = 5  # "four newly appointed foreign ambassadors"
# How many states one actor meets that make a meeting with each.
_MANY_MET: Final = 3
# Words that tell those states met together: "met jointly with", "at the
# summit", "in the C5+1 format", "attended a meeting with".
_GATHERED: Final = frozenset(
    """jointly together joint summit session format forum meeting
    conference trilateral quadrilateral multilateral""".split()  # noqa: SIM905
)
# And words that tell them held all together: "held trilateral meetings".
_JOINTLY: Final = frozenset(
    """trilateral tripartite quadrilateral multilateral joint""".split()  # noqa: SIM905
)
# Words that make a part of the day, or a day, a time: "this morning",
# "earlier today", "last night".
_NEAR_TIMES: Final = frozenset(["this", "earlier", "later", "last"])
# How far after "discussed with" the place it was held in is looked for.
_WHERE_HELD_REACH: Final = 16
# What an agreement reached but not signed is called: "a tentative deal".
_UNSIGNED: Final = frozenset(
    ["conceptual", "preliminary", "tentative", "in-principle"]
)
# The verbs of a trigger that tell an agreement signed, not only reached.
_SIGNING: Final = frozenset(
    """sign signs signed signing ink inks inked initialled initialed ratify
    ratified ratifies exchange exchanged renew renews renewed""".split()  # noqa: SIM905
)
# Verbs that take a document only named as one: "renewed the memorandum",
# not "renewed calls for the agreement".
_RENEWING: Final = frozenset(["renew", "renews", "renewed"])
# The words a document renewed opens with ("renewed their memorandum").
_DOCUMENT_OPENINGS: Final = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our"]
)
# Words no name of a document renewed takes: the gap they stand in holds
# another object ("renewed fears over the pact").
_NOT_IN_A_DOCUMENT_NAME: Final = _NOT_A_NAME | {
    "over",
    "under",
    "despite",
    "amid",
    "between",
    "among",
    "after",
    "before",
    "since",
    "across",
    "through",
    "within",
    "around",
    "toward",
    "towards",
}
# The exact counts of documents signed that are told one by one: "signed
# three memoranda" (a longer list is a package: "signed ten agreements").
_DOCUMENT_COUNTS: Final = {"two": 2, "three": 3}
_COUNTED_DOCUMENTS: Final = frozenset(
    """agreements memoranda memorandums mous treaties deals accords
    protocols pacts declarations arrangements""".split()  # noqa: SIM905
)
# The article of one document signed: "signed a memorandum and an accord".
_ONE_DOCUMENT: Final = frozenset(["a", "an"])
# What one document signed is called, in the singular.
_SINGLE_DOCUMENTS: Final = frozenset(
    """agreement treaty deal accord memorandum mou declaration protocol pact
    convention charter arrangement""".split()  # noqa: SIM905
)
# A plan is a document signed only as a plan of action or cooperation ("a
# joint action plan"), not "a plan to hold talks".
_DOCUMENT_PLANS: Final = frozenset(
    [("action", "plan"), ("cooperation", "plan")]
)
# How far after a document the next one joined by "and" is looked for, and
# how many words of its name may come before its noun ("and a separate
# agreement", "and a joint cooperation plan").
_DOCUMENTS_REACH: Final = 30
_DOCUMENT_WORDS: Final = 3
# Where the list of documents one signing names ends.
_CLAUSE_BREAKS: Final = frozenset(
    [",", ";", ":", ".", "(", "which", "while", "that", "who"]
)
# Auxiliaries that open a passive agreement row: "was signed by X and Y".
_PASSIVE_SIGNED: Final = frozenset(["was", "were", "has", "have", "will"])
# Words that leave an agreement's document before its "between": another
# act ("to replace the treaty between"), its signers ("by"), a clause.
_NOT_THE_DOCUMENT: Final = frozenset(
    """to by which that who whose after before as than while when since
    replacing replaces replaced replace under unlike like previous earlier
    former existing old marking ending amid despite""".split()  # noqa: SIM905
)
_YEAR_DIGITS: Final = 4  # "the 2015 treaty between": a document of old
# What is signed as an agreement: "the treaty was signed by".
_AGREEMENT_NOUNS: Final = frozenset(
    """agreement agreements treaty treaties deal deals accord accords
    memorandum memoranda memorandums mou mous declaration declarations
    protocol protocols pact pacts convention charter documents arrangement
    arrangements""".split()  # noqa: SIM905
)
# Documents signed that are no agreement: "the open letter was signed by".
_OTHER_DOCUMENTS: Final = frozenset(
    """letter letters petition petitions appeal appeals decree decrees law
    laws bill bills""".split()  # noqa: SIM905
)
# How far before "was signed" its subject is looked for.
_SIGNED_SUBJECT_REACH: Final = 20
# Words between "and" and a verb joined by it: "and later met".
_THEN: Final = frozenset(["later", "then", "also", "subsequently"])
# Where a place is told as its air or sea: "flew into Peruvian airspace".
_NOT_VISITED: Final = frozenset(["airspace", "waters", "skies"])
# Its land, not visited only when entered: "flew into Chile's territory"
# (but "arrived in the Palestinian territory of X" is a visit).
_ENTERED: Final = frozenset(["territory", "territorial"])
# The talks that are a meeting between persons, a negotiation between states.
_TALKS_BETWEEN: Final = ("talks", "between")
_THANKS: Final = frozenset(["thanks", "gratitude"])
# What may follow the state an envoy serves in: "to the United States for
# consultations", "to the Netherlands, ..." (not "to the Syria talks").
_POSTED_ENDS: Final = frozenset(
    """, . ; : for in on and after over amid with as following from at by to
    until — -""".split()  # noqa: SIM905
)
_THERE_REACH: Final = 4  # "there is now broad agreement between
_THERE_BE: Final = frozenset(["is", "was", "are", "were", "will", "would"])
_SIGNED_WORDS: Final = frozenset(["signed", "inked", "ratified", "sealed"])
_THERE_SIGNED_REACH: Final = 25  # "... between X and Y, signed in May"
# Words before a named event told again: "the meeting", "Sunday's talks".
_TOLD_BEFORE: Final = frozenset(["the", "this", "that", "'s"])
# Events whose date is the day of what their sides do there.
_OCCASIONS: Final = frozenset({"visit", "host_visit", "meeting", "phone_call"})
# Acts done in words, on the day their speaker's side spoke: praise, blame,
# a threat.
_WORDS: Final = frozenset({"praise", "accusation", "threat"})
# Participles of speaking whose phrase dates the saying it opens:
# "Speaking to reporters on Monday, X said".
_SPEAKING: Final = frozenset(
    """speaking addressing talking briefing answering responding
    replying""".split()  # noqa: SIM905
)
# How far before a date the phrase it stands in may open.
_PHRASE_REACH: Final = 12
# Words after a participle that make it the head of a phrase on a noun:
# "the sanctions imposed by X", "the aid extended to Y last year".
_PARTICIPLE_TAILS: Final = frozenset(
    """by to against on in at last earlier this during over upon from
    into""".split()  # noqa: SIM905
)
_PARTICLES: Final = frozenset(["out", "up", "off"])
# Prepositions of the setting or medium of words, how many words of its
# noun may follow one, and the nouns of a medium or occasion of words: a
# phrase on that noun, or a date right after it, dates the words
# ("condemned X in a statement issued on Monday", "thanked X in a message
# on Monday"; not "the strikes in the city on Sunday").
_SETTING_PREPOSITIONS: Final = frozenset(
    ["in", "during", "at", "via", "through"]
)
_SETTING_NOUN_REACH: Final = 3
_MEDIA: Final = frozenset(
    """statement statements message messages letter speech address remarks
    interview post tweet briefing conference communique communiqué note
    call conversation session video broadcast""".split()  # noqa: SIM905
)
# Prepositions that may stand between a noun and its date: "in a statement
# on Monday".
_DATE_PREPOSITIONS: Final = frozenset(["on", "in", "at"])
# Words after a participle of speaking that make its phrase about a thing,
# not the saying's occasion: "Speaking of the visit on Monday".
_SPOKEN_ABOUT: Final = frozenset(["of", "about"])
# Words between words of praise or blame and an act told after them that
# make the act their means or setting, not what they speak of.
_SETTING_WORDS: Final = frozenset(
    """, by during at in via through after before while when""".split()  # noqa: SIM905
)
# Words before a participle that make it a verb of its own: "and called
# on", "had imposed", "who launched".
_NO_NOUN: Final = frozenset(
    """and or but has have had was were is are be been being who which
    that it he she they we also then later not never""".split()  # noqa: SIM905
)
# How far, in characters, a saying's cue and its date may stand from the
# words said ("Chilean Foreign Ministry spokeswoman Ana Rojas said on
# Thursday"): a date farther is no frame of theirs.
_CUE_REACH: Final = 100
# Words that set an act before the briefing told before it: "Earlier, X
# accused Y" ("later" may be the briefing's day, as the rules read it).
_ELSEWHEN: Final = frozenset(["earlier"])


def _alike(one: Mention, other: Mention) -> bool:
    """
    Whether two listed mentions name actors of one sort, both people or both
    states: a list of them goes on ("the ambassadors of A, B, C and D"),
    unlike the units of an office ("X, Senior Director, Y Directorate").
    """
    a, b = one.entity, other.entity
    return (
        a is not None
        and b is not None
        and a.kind == b.kind
        and a.kind in {PERSON, STATE}
    )


def _unit_of(person: Mention, body: Mention) -> bool:
    """
    Whether *body*, after a comma, is the unit of the office *person* was
    just given: "X, Senior Director for Gulf Affairs, Y Directorate" names
    where X works, no second side.
    """
    a, b = person.entity, body.entity
    return (
        a is not None
        and b is not None
        and a.kind == PERSON
        and a.role is not None
        and b.kind == ORG
    )


def _coordinated(folded: list[str], first: int, start: int) -> bool:
    """
    Whether the trigger at token *first* is a verb joined to what goes
    before it, after *start*: "... and later met", "... then visited".
    """
    k = first - 1
    while k > start and folded[k] in _THEN:
        k -= 1
    return folded[k] in {"and", "then"}


def _in_audience(folded: list[str], k: int) -> bool:
    """
    Whether the word at *k* ends "received in audience X" (how a visitor
    is received), not "in an audience with Y" (with whom, another side).
    """
    return (
        folded[k] == "audience"
        and folded[k - 1] == "in"
        and folded[k + 1 : k + 2] != ["with"]
    )


def _owns_venue(folded: list[str], k: int) -> bool:
    """Whether the word at *k* owns a room: "the ministry's headquarters"."""
    return folded[k + 1 : k + 2] == ["'s"] and bool(
        _VENUES.intersection(folded[k + 2 : k + 3])
    )


def _airspace(folded: list[str], place: Mention) -> bool:
    """
    Whether the *place* is told as its air or sea ("flew into Peruvian
    airspace"), or as its land entered ("flew into Chile's territory").
    """
    k = place.last
    if folded[k : k + 1] == ["'s"]:
        k += 1
    return k < len(folded) and (
        folded[k] in _NOT_VISITED
        or (folded[k] in _ENTERED and folded[place.first - 1] == "into")
    )


def _suffers(folded: list[str], mention: Mention, blame: list[int]) -> bool:
    """
    Whether the state at *mention* suffers what a word of blame at *blame*
    names: "the aggression against the X people", "provocations targeting
    X", "the attacks on the people of X were illegal", not "the aggression
    by X" nor "X's aggression".
    """
    after = folded[mention.last : mention.last + 2]
    if after[:1] == ["'s"]:
        # "X's people" suffer; "against X's aggressive acts": X's acts
        return after[1:] != [] and after[1] in _PEOPLES
    if after[:1] != [] and after[0] in _PEOPLES:
        return True
    k = _before(folded, mention.first)
    if k > 0 and folded[k] == "of" and folded[k - 1] in _PEOPLES:
        k = _before(folded, k - 1)  # "the people of X"
    return (
        k >= 0
        and folded[k] in _BLAMED_ON
        and any(
            0 < abs(k - b) <= _BLAMED_ON_REACH
            and _CLAUSE_BREAKS.isdisjoint(folded[min(b, k) : max(b, k)])
            for b in blame
        )
    )


def _placed_in(folded: list[str], mention: Mention) -> bool:
    """
    Whether *mention* names where something happens: "in the X", "in
    southern X".
    """
    k = _before(folded, mention.first)
    while k >= 0 and folded[k] in _PARTS_OF:
        k = _before(folded, k)
    return k >= 0 and folded[k] == "in"


def _before(folded: list[str], k: int) -> int:
    """
    The index of the word before token *k* and its articles: "against" in
    "against the X".
    """
    k -= 1
    while k >= 0 and folded[k] in _ARTICLES:
        k -= 1
    return k


def _blame_clause(folded: list[str], mention: Mention, at: list[int]) -> bool:
    """
    Whether *mention* and one of the words at *at* stand in one clause:
    "Israel's aggression", "the aggression by Israel", not "X, during
    which ... the aggression".
    """
    return any(
        _CLAUSE_BREAKS.isdisjoint(
            folded[min(mention.last, k) : max(mention.first, k)]
        )
        for k in at
    )


def _joined(folded: list[str], left: Mention, right: Mention) -> bool:
    """
    Whether two mentions stand side by side as one group: "X and Y".
    """
    return folded[left.last : right.first] in (["and"], [","])


def _visit_under_way(window: list[str]) -> bool:
    """
    Whether the words before a visit noun put the visitor there now: "on
    a two-day visit", "started her visit", not "briefed reporters on the
    visit".
    """
    k = len(window) - 1
    while k >= 0 and (
        window[k] in _EVENT_MODIFIERS or "-" in window[k] or window[k] == ","
    ):
        k -= 1  # "two-day", "official", ...
    if k >= 0 and window[k] in _ON_A:
        k -= 1
        return k >= 0 and (window[k] == "on" or window[k] in _STARTED)
    return k >= 0 and window[k] in _STARTED


# The kinds whose sides meet or call: persons and states, not the words of a
# title ("the Adviser on Information and Strategy").
_CONTACTS: Final = _IN_PERSON | {"phone_call"}


def _bare_word(trigger: Trigger, entity: Entity, doc: Doc) -> bool:
    """
    Whether *entity*, a side of a meeting, visit or call, is a capitalised
    word of a title or of the name of a thing, no actor: one word, of no
    state, with no role, that no table knows ("Adviser on Information and
    Strategy", "the Conference of Heads of Government", "Meet the Press").
    A surname never given in full reads the same, and is dropped too.
    """
    return (
        trigger.kind in _CONTACTS
        and entity.kind in {PERSON, ORG}
        and entity.country is None
        and entity.role is None
        and entity.org is None
        and " " not in entity.name
        and lookup_key(entity.name) not in doc.tables.people
    )


def _guests(participants: list[FoundParticipant]) -> list[FoundParticipant]:
    """
    The host and the guests of a visit received, without the host's own
    state taken for a guest: it names where the visit is ("received X at
    Seri Perdana, Putrajaya", "welcomed X to Kuwait City").
    """
    hosts = {p.entity.country for p in participants if p.role == HOST}
    return [
        p
        for p in participants
        if p.role != INITIATOR
        or p.entity.kind != STATE
        or p.entity.country not in hosts
    ]


class _Visited(NamedTuple):
    """The sides of the first visit of a sentence, by identity and state."""

    visitors: frozenset[int]
    visitor_states: frozenset[str | None]
    hosts: frozenset[int]
    host_states: frozenset[str | None]


def _visited(events: list[FoundEvent]) -> _Visited | None:
    """The sides of the visits among *events*, if any."""
    sides = [p for e in events if e.kind in _VISITS for p in e.participants]
    if not sides:
        return None
    visitors = [p.entity for p in sides if p.role == INITIATOR]
    hosts = [p.entity for p in sides if p.role == HOST]
    return _Visited(
        frozenset(id(entity) for entity in visitors),
        frozenset(entity.country for entity in visitors) - {None},
        frozenset(id(entity) for entity in hosts),
        frozenset(entity.country for entity in hosts) - {None},
    )


def _retells(mention: FoundEvent, visited: _Visited) -> bool:
    """
    Whether *mention*, a visit told after the visit of its sentence whose
    sides are *visited*, is that visit again ("his first visit to Belarus
    in five years"; "received X, on a visit to Malaysia"): its hosts are
    that visit's hosts or of their states, and its visitors that visit's
    visitors, their states, or its host's side taken for a visitor ("the
    first visit by a minister" after "talks with Y").  Another person of
    the visitor's state makes a visit of his own, and sides taken from "the
    two sides" are no visitor.
    """

    def host(entity: Entity) -> bool:
        return (
            id(entity) in visited.hosts
            or entity.country in visited.host_states
        )

    def visitor(entity: Entity) -> bool:
        return id(entity) in visited.visitors or (
            entity.kind != PERSON and entity.country in visited.visitor_states
        )

    return mention.kind in _VISITS and all(
        host(p.entity) or (p.role == INITIATOR and visitor(p.entity))
        for p in mention.participants
        if p.role != PARTY
    )


def _one_voice(a: FoundEvent, b: FoundEvent) -> bool:
    """
    Whether the initiators of two words of one kind to one side are one
    voice: a state and its spokesperson, office or body ("China lodged a
    protest with Japan ... the Chinese foreign ministry said Japan's claims
    were baseless"), not two of its officials, each with words of their own.
    """
    ones = [
        [p.entity for p in event.participants if p.role == INITIATOR]
        for event in (a, b)
    ]
    return (
        all(len(one) == 1 for one in ones)
        and STATE in {ones[0][0].kind, ones[1][0].kind}
        and ones[0][0].country is not None
        and ones[0][0].country == ones[1][0].country
    )


def _initiators(event: FoundEvent) -> frozenset[str]:
    return frozenset(
        _union_or(p.entity, p.entity.country or p.entity.name)
        for p in event.participants
        if p.role == INITIATOR
    )


def _covers(told: FoundEvent, mention: FoundEvent) -> bool:
    """
    Whether every actor of a bare mention takes part in an event told in
    full: the same actor, or a state and a person who serves it.
    """
    for p in mention.participants:
        entity = p.entity
        if not any(
            q.entity is entity
            or (
                STATE in {q.entity.kind, entity.kind}
                and entity.country is not None
                and q.entity.country == entity.country
            )
            for q in told.participants
        ):
            return False
    return True


def _talks_of_the_visit(a: FoundEvent, b: FoundEvent) -> bool:
    """
    Whether one is a visit made or under way and the other the talks its
    sides are to hold there, with no date of their own: "X arrived in
    Kigali ... the two presidents are expected to hold talks" is one visit.
    """
    visit, talks = (a, b) if a.kind in _VISITS else (b, a)
    return _talks_planned_on(visit, talks) and talks.when is None


def _talks_told_with_the_visit(a: FoundEvent, b: FoundEvent) -> bool:
    """
    Whether one is a visit made or under way and the other the talks its
    sides are to hold on it, told in its own sentence, whatever date each
    verb was read with: "arrived in X on Monday on a visit, during which he
    is to meet Y".  Talks dated by words of their own past the trip are
    another event: "... on a visit, and he is to meet Y next month".
    """
    visit, talks = (a, b) if a.kind in _VISITS else (b, a)
    return (
        _talks_planned_on(visit, talks)
        and not set(visit.evidence).isdisjoint(talks.evidence)
        and not _dated_past(talks.when, visit.when)
    )


def _talks_planned_on(visit: FoundEvent, talks: FoundEvent) -> bool:
    """
    Whether *visit* is made or under way and *talks* a meeting its sides
    are still to hold.
    """
    return (
        visit.kind in _VISITS
        and talks.kind == "meeting"
        and visit.status in _UNDER_WAY_OR_DONE
        and talks.status in _INTENDED
        and _covers(visit, talks)
    )


def _dated_past(later: PartialDate | None, trip: PartialDate | None) -> bool:
    """
    Whether *later* was read from other words than *trip* and starts more
    than a trip's days after it: the same "Tuesday" read with a past and a
    future verb is one day.
    """
    return (
        later is not None
        and trip is not None
        and later.raw != trip.raw
        and later.earliest > trip.latest + _TRIP
    )


def _same_occasion(a: FoundEvent, b: FoundEvent) -> bool:
    """
    Whether two mentions of events of one kind between the same states can
    be one event: both planned, both denied or both neither, on no
    different dates.
    """
    if _leg_of(a, b) or _talks_told_with_the_visit(a, b):
        return True
    if _mood(a.status) != _mood(b.status) and not (
        (not a.stated and _covers(b, a))
        or (not b.stated and _covers(a, b))
        or _talks_of_the_visit(a, b)
    ):
        return False
    visitors = _initiators(a), _initiators(b)
    if (all(visitors) and not visitors[0] & visitors[1]) or _hosts_apart(a, b):
        return (
            False  # A's visit to B and B's visit to A; two hosts' receptions
        )
    if a.when is None or b.when is None:
        return True
    if (not a.stated and _covers(b, a)) or (not b.stated and _covers(a, b)):
        # "The visit follows the vote on May 10": a bare mention of the
        # event told in full, whatever date its sentence gives.
        return True
    # "on Monday" and "this year" can be one date; "May" and "June" not.
    return _overlapping(a.when, b.when) or _one_trip(a, b)


def _hosts_apart(a: FoundEvent, b: FoundEvent) -> bool:
    """
    Whether two receptions are by different people: "the Emir received the
    envoy ... On June 21, the envoy had presented his credentials to the
    Foreign Minister" is two.  Only hosts named in full count: "Jordan's
    King" may be "King Abdullah II".
    """
    if a.kind != "host_visit" or b.kind != "host_visit":
        return False
    hosts = [
        {
            p.entity.name
            for p in event.participants
            if p.role == HOST
            and p.entity.kind == PERSON
            and len(p.entity.name.split()) >= PAIR
        }
        for event in (a, b)
    ]
    return all(hosts) and hosts[0].isdisjoint(hosts[1])


def _news_and_past(
    a: FoundEvent,
    b: FoundEvent,
    lately: frozenset[int],
    reference: dt.date | None,
) -> bool:
    """
    Whether one of two mentions is an undated act told in the present
    perfect (a sentence of *lately*), news of the article's days, and the
    other is dated weeks before *reference*; or one is a plan and the
    other is dated before *reference*.
    """
    if reference is None:
        return False
    for new, old in ((a, b), (b, a)):
        if old.when is None:
            continue
        if new.when is None and new.evidence[0][0] in lately:
            if old.when.latest < reference - _LATELY:
                return True
        elif (
            new.status in _INTENDED
            and old.status is EventStatus.OCCURRED
            and old.when.latest < reference
        ):
            # "since their meeting in Bali last November ... a meeting in
            # San Francisco in November is now likely": a plan is not a
            # mention dated before the article
            return True
    return False


def _mood(status: EventStatus) -> int:
    """
    The mood of *status* for merging: planned or speculated (0), denied
    (1, "no such visit was scheduled" is not the visit held), or told as
    under way or done (2).
    """
    if status in _INTENDED:
        return 0
    return 1 if status is EventStatus.DENIED else 2


def _leg_of(under_way: FoundEvent, plan: FoundEvent) -> bool:
    """
    Whether *plan* is a leg of the visit *under_way* that its traveller
    makes in the same state: "X, who is on a three-day visit to India,
    will travel to Mumbai on Saturday".
    """
    return (
        under_way.status is EventStatus.ONGOING
        and plan.status is EventStatus.PLANNED
        and under_way.kind in _VISITS
        and plan.kind in _VISITS
        and not _persons(under_way).isdisjoint(_persons(plan))
    )


def _one_trip(a: FoundEvent, b: FoundEvent) -> bool:
    """
    Whether a visit and a visit or talks of its sides, told on two days,
    are the days of one trip: "arrived on Thursday on a two-day visit ...
    On Friday, X paid a courtesy call on the president", "... The next
    day, he met the president".  (A visit of each side to the other is
    two: `_same_occasion` asks first.)  A trip has one traveller, in one
    state: two ministers' visits, or a meeting in Paris two days after a
    visit to Lima, are two events.
    """
    return (
        (a.kind in _VISITS or b.kind in _VISITS)
        and a.when is not None
        and b.when is not None
        and a.when.day is not None
        and b.when.day is not None
        and abs(a.when.earliest - b.when.earliest) <= _TRIP
        and not _persons(a).isdisjoint(_persons(b))
        and _one_state(_where(a), _where(b))
    )


def _one_state(a: set[str], b: set[str]) -> bool:
    return not (a and b) or not a.isdisjoint(b)


def _persons(event: FoundEvent) -> set[str]:
    return {
        p.entity.name for p in event.participants if p.entity.kind != STATE
    }


def _where(event: FoundEvent) -> set[str]:
    """The state an event is told in: its place's, else its host's."""
    if event.location is not None:
        return {event.location[1] or ""} - {""}
    return {
        p.entity.country or "" for p in event.participants if p.role == HOST
    } - {""}


def _overlapping(a: PartialDate, b: PartialDate) -> bool:
    """Whether two dates can be one: "on Monday" and "this year"."""
    return a.earliest <= b.latest and b.earliest <= a.latest


def _sharper(
    told: PartialDate | None, again: PartialDate | None
) -> PartialDate | None:
    """
    The date of an event told on *told* and stated again on *again*: the
    narrower when it falls within the other ("visited last week", "the
    visit began on June 20"), else the first given.
    """
    if told is None or again is None:
        return told or again
    if (
        told.earliest <= again.earliest
        and again.latest <= told.latest
        and again.latest - again.earliest < told.latest - told.earliest
    ):
        return again
    return told


def _merged(
    events: list[FoundEvent],
    during_visit: frozenset[tuple[int, int]],
    lately: frozenset[int],
    reference: dt.date | None,
) -> list[FoundEvent]:
    """
    One event per real-world event: mentions of the same kind family with
    the same participants' states are one event, told in several places.
    A mention joins the latest of the few such events before it that it
    can be: "met on Tuesday ... met in March ... Tuesday's meeting" is two.
    An undated act told in the present perfect (sentences starting at
    *lately*) is not one dated weeks before *reference*: "The UK has
    expelled a diplomat ... In May, the UK expelled the attaché" is two;
    nor is a plan one dated before *reference*.
    Talks planned with no date of their own in a sentence of
    *during_visit* are part of the visit under way or made: "X held talks
    in Y ... X will hold talks with Z during the visit" is one.
    """
    kept: list[FoundEvent] = []
    index: dict[tuple[str, frozenset[str], str], list[int]] = {}
    # the same, whoever of a state speaks: "China protested ... its
    # spokesperson said"
    voiced: dict[tuple[str, frozenset[str]], list[int]] = {}
    visits: list[int] = []
    for event in events:
        told = index.setdefault(_key(event), [])
        at = next(
            (
                k
                for k in reversed(told[-_MERGE_REACH:])
                if _same_occasion(kept[k], event)
                and not _news_and_past(kept[k], event, lately, reference)
            ),
            None,
        )
        if (
            at is None
            and event.status in _INTENDED
            and event.when is None
            and not during_visit.isdisjoint(event.evidence)
        ):
            at = next(
                (
                    k
                    for k in reversed(told[-_MERGE_REACH:])
                    if kept[k].status in _UNDER_WAY_OR_DONE
                ),
                None,
            )
        if at is None and event.kind == "meeting":
            at = next(
                (
                    k
                    for k in reversed(visits[-_MERGE_REACH:])
                    if _covers(kept[k], event)
                    and _same_occasion(kept[k], event)
                ),
                None,
            )
        voices = voiced.setdefault(_key(event)[:2], [])
        if at is None and event.kind in _VOICED:
            at = next(
                (
                    k
                    for k in reversed(voices[-_MERGE_REACH:])
                    if _one_voice(kept[k], event)
                    and _same_occasion(kept[k], event)
                ),
                None,
            )
        if at is None:
            if event.kind in _VISITS:
                visits.append(len(kept))
            # "met on Monday" and "will meet again next month": two events.
            told.append(len(kept))
            voices.append(len(kept))
            kept.append(event)
            continue
        first = kept[at]
        evidence = first.evidence + [
            s for s in event.evidence if s not in first.evidence
        ]
        if not first.stated and event.stated:
            first = first._replace(status=event.status, stated=True)
        elif (
            first.status is EventStatus.OCCURRED
            and event.status is EventStatus.ONGOING
            and {first.kind, event.kind} <= _VISITS
            and not set(event.evidence) & set(first.evidence)
        ):
            # "Y received X on Friday. X, who is on a three-day visit, ...":
            # the visit is still under way (not "arrived on Monday on a
            # visit", one past act).
            first = first._replace(status=EventStatus.ONGOING)
        kept[at] = first._replace(
            evidence=evidence,
            # "visited last week ... the visit began on June 20", not the
            # day of talks the visit holds ("will meet X on Feb 14")
            when=_sharper(first.when, event.when)
            if event.stated and event.kind == first.kind
            else first.when or event.when,
            location=first.location or event.location,
            confidence=max(first.confidence, event.confidence),
            documents=max(first.documents, event.documents),
        )
    return kept


def _as_called(
    events: list[FoundEvent], discussed: set[tuple[int, int]]
) -> list[FoundEvent]:
    """
    A meeting told only as discussed ("X discussed with Y ...", sentences
    in *discussed*) is the phone call of its sides the article tells, when
    there is one that can be the same occasion: "X discussed with Y the
    ties. In a phone call, the two sides also reviewed ...".  One told
    in a place ("discussed with Y in Paris") was held there, not by phone,
    and is not in *discussed*.
    """
    calls = {
        _key(event)[1]: at
        for at, event in enumerate(events)
        if event.kind == "phone_call"
    }
    merged = list(events)
    absorbed: set[int] = set()
    for at, event in enumerate(events):
        call_at = calls.get(_key(event)[1])
        if (
            event.kind != "meeting"
            or call_at is None
            or not discussed.issuperset(event.evidence)
            or not _same_occasion(merged[call_at], event)
        ):
            continue
        call = merged[call_at]
        merged[call_at] = call._replace(
            evidence=sorted({*event.evidence, *call.evidence}),
            when=call.when or event.when,
            location=call.location or event.location,
        )
        absorbed.add(at)
    return [event for at, event in enumerate(merged) if at not in absorbed]


def _fits(
    status: EventStatus, when: PartialDate, reference: dt.date | None
) -> bool:
    """
    Whether an event of *status* can be on *when*: what took place not
    after *reference*, what is planned not before it.
    """
    if reference is None:
        return True
    if status in _INTENDED:
        return when.latest >= reference
    return when.earliest <= reference


def _between_states(event: FoundEvent) -> bool:
    """
    Whether each side of an event acts for a known state, and they for two
    or more.
    """
    countries = {p.entity.country for p in event.participants}
    return None not in countries and len(countries) >= PAIR


def _sided_by_occasion(
    events: list[FoundEvent],
    unsided: list[FoundEvent],
    paragraph_of: Callable[[int], int],
) -> list[FoundEvent]:
    """
    An agreement whose sentence names no side ("Six agreements will be
    signed", "The meeting resulted in seven agreements"), told in the
    paragraph of a visit or meeting or the next, was made between that
    occasion's sides, when they are one pair of sides, no agreement
    between them is told already and the agreement's date, if any, can
    be the occasion's.
    """
    if not unsided:
        return events
    occasions: dict[int, dict[frozenset[str], FoundEvent]] = {}
    for event in events:
        if event.kind in _FAMILY and _between_states(event):
            for start, _ in event.evidence:
                occasions.setdefault(paragraph_of(start), {})[
                    _key(event)[1]
                ] = event
    signed = {_key(event)[1] for event in events if event.kind == "agreement"}
    for agreement in unsided:
        told = paragraph_of(agreement.evidence[0][0])
        near = occasions.get(told, {}) | occasions.get(told - 1, {})
        if len(near) != 1:
            continue
        sides, occasion = near.popitem()
        if sides in signed or (
            # "12 agreements were signed in January": not at a visit on
            # Monday (an undated visit may be the one that day)
            agreement.when is not None
            and occasion.when is not None
            and not _overlapping(agreement.when, occasion.when)
        ):
            continue
        signed.add(sides)
        events.append(
            agreement._replace(
                participants=[
                    p._replace(role=PARTY) for p in occasion.participants
                ]
            )
        )
    return events


def _declared_at_the_summit(
    events: list[FoundEvent], declared: list[FoundEvent]
) -> list[FoundEvent]:
    """
    A declaration told with no organisation as its side is the agreement of
    the one organisation whose summit the article reports ("The GCC summit
    opened ... The summit approved the Doha Declaration"), unless its
    sentence's agreement is told already or that organisation's is.
    """
    organisations = {
        p.entity.name: p.entity
        for event in events
        if event.kind == "meeting"
        for p in event.participants
        if p.entity.kind == ORG
    }
    if not declared or len(organisations) != 1:
        return events
    (organisation,) = organisations.values()
    told = {
        span
        for event in events
        if event.kind == "agreement"
        for span in event.evidence
    }
    signed = {_key(event)[1] for event in events if event.kind == "agreement"}
    for declaration in declared:
        sided = declaration._replace(
            participants=[FoundParticipant(organisation, PARTY)]
        )
        if (
            told.isdisjoint(declaration.evidence)
            and _key(sided)[1] not in signed
        ):
            signed.add(_key(sided)[1])
            events.append(sided)
    return events


def _dated_by_lead(
    events: list[FoundEvent],
    leads: list[FoundEvent],
    paragraph_of: Callable[[int], int],
    told_apart: frozenset[int],
) -> list[FoundEvent]:
    """
    An event with no date of its own takes the date of a dated mention of
    its kind and status that names only some of its sides, told in its
    paragraph or the one before: the lead and the sentence that completes
    it ("X received yesterday the credentials of several envoys. They were
    presented by the ambassadors of A and B.").  Two such dates leave it
    undated, and so does a sentence, by its start in *told_apart*, that
    tells it in the perfect or at another time ("has long accused", "a
    year earlier").
    """
    if not leads:
        return events
    dated = []
    for event in events:
        if event.when is None and event.evidence[0][0] not in told_apart:
            sides = _key(event)[1]
            told = {paragraph_of(start) for start, _ in event.evidence}
            dates = {
                lead.when
                for lead in leads
                if lead.kind == event.kind
                and lead.status is event.status
                and _key(lead)[1] <= sides
                and any(
                    0 <= p - paragraph_of(lead.evidence[0][0]) <= 1
                    for p in told
                )
            }
            if len(dates) == 1:
                event = event._replace(when=dates.pop())  # noqa: PLW2901
        dated.append(event)
    return dated


def _dated_by_departure(
    events: list[FoundEvent],
    departures: list[tuple[int, tuple[str, str], PartialDate]],
) -> list[FoundEvent]:
    """
    A visit or meeting with no date of its own, between two states only,
    takes the day a visitor of one left the other's capital, city or land,
    told after it: "The emir received the Saudi officials ... The Saudi
    officials left Doha Wednesday evening."  A visit's visitor is the one
    to leave its host's place; a meeting's may be either.  Two such events
    of the two states leave both undated.
    """
    if not departures:
        return events
    undated: dict[tuple[str, str], list[int]] = {}
    for at, event in enumerate(events):
        states = frozenset(p.entity.country for p in event.participants)
        if (
            event.when is None
            and event.kind in _IN_PERSON
            and event.status is EventStatus.OCCURRED
            and None not in states
            and len(states) == PAIR
        ):
            for way in _ways(event):
                undated.setdefault(way, []).append(at)
    for told, way, day in departures:
        ats = undated.get(way, [])
        if (
            len(ats) == 1
            and events[ats[0]].when is None  # a meeting has two ways
            and events[ats[0]].evidence[0][0] < told
        ):
            events[ats[0]] = events[ats[0]]._replace(when=day)
            ats.clear()  # dated once: a later departure is another trip's
    return events


def _ways(event: FoundEvent) -> set[tuple[str, str]]:
    """
    The visitor's and the host's states of a visit, or of a meeting either
    way round.
    """
    meeting = event.kind == "meeting"
    return {
        (str(visitor.entity.country), str(host.entity.country))
        for visitor in event.participants
        for host in event.participants
        if visitor.entity.country != host.entity.country
        and (meeting or (visitor.role == INITIATOR and host.role == HOST))
    }


def _dated_by_occasion(
    events: list[FoundEvent],
    paragraph_of: Callable[[int], int],
    in_perfect: frozenset[int],
    told_past: frozenset[int],
    reference: dt.date | None,
) -> list[FoundEvent]:
    """
    An act with no date of its own that took place between the sides of
    one dated meeting, visit or call takes its date: the thanks, praise,
    complaints and deals of the occasion ("They met on Sunday. X thanked Y
    for ...").  The occasions told in the act's paragraph or the one
    before come first, then those told before it, then any; an act told in
    the perfect ("has long criticised"), whose sentence starts at an offset
    in *in_perfect*, takes no farther one, and one set at a time of its own
    ("a decade ago", "when ..."; its sentence's start in *told_past*)
    takes none.  An occasion under way is one only when it began on the
    article's day, *reference*.  Two occasions on two dates, at
    the first of these distances that has any, leave it undated.
    """

    def paragraphs(event: FoundEvent) -> set[int]:
        return {paragraph_of(start) for start, _ in event.evidence}

    occasions = [
        (_key(event)[1], event.when, paragraphs(event))
        for event in events
        if event.kind in _OCCASIONS
        and event.when is not None
        and (
            event.status is EventStatus.OCCURRED
            # "arrived today for a two-day visit": what it held so far
            # was today
            or (
                event.status is EventStatus.ONGOING
                and event.when.day is not None
                and event.when.earliest == reference
            )
        )
    ]
    if not occasions:
        return events
    dated = []
    for event in events:
        if (
            event.when is None
            and event.kind not in _OCCASIONS
            and event.status is EventStatus.OCCURRED
            and event.evidence[0][0] not in told_past
        ):
            sides = _key(event)[1]  # the states, or names of the stateless
            told = paragraphs(event)
            held_by = [
                (when, there)
                for held, when, there in occasions
                if sides <= held
            ]
            dates = {
                when
                for when, there in held_by
                if any(0 <= p - q <= 1 for p in told for q in there)
            }
            if not dates and event.evidence[0][0] not in in_perfect:
                # "They met on Monday. ... X thanked Y for ...": the one
                # occasion of its sides told before it, however far.
                dates = {
                    when for when, there in held_by if min(there) <= min(told)
                } or {when for when, _ in held_by}
            if len(dates) == 1:
                event = event._replace(when=dates.pop())  # noqa: PLW2901
        dated.append(event)
    return dated


def _dated_by_saying(
    events: list[FoundEvent],
    sayings: list[tuple[int, Entity, PartialDate]],
    told_apart: frozenset[int],
) -> list[FoundEvent]:
    """
    Praise, blame or a threat with no date of its own, told after a saying
    the article dates to a day, takes that day when the saying's speaker
    is its initiator, or the state or a body of the state its initiator
    speaks for: the words of one briefing ("Chile on Thursday said ...
    She thanked Peru for its help").  A person's saying
    dates only that person's acts (not "Meanwhile, the president
    described ..." after a spokesman's).  Two such days leave it undated,
    and so does a sentence, by its start in *told_apart*, that tells it in
    the perfect or at another time ("has long accused").
    """
    if not sayings:
        return events
    # The days each speaker was told to speak on before each event, read
    # once in text order (sayings come in it): two days are as many as two
    # hundred.
    order = sorted(range(len(events)), key=lambda k: events[k].evidence[0][0])
    by_person: dict[Entity, set[PartialDate]] = {}
    by_state: dict[str | None, set[PartialDate]] = {}
    read = 0
    dated = list(events)
    for k in order:
        event = events[k]
        start = event.evidence[0][0]
        while read < len(sayings) and sayings[read][0] < start:
            _, speaker, when = sayings[read]
            seen = (
                by_person.setdefault(speaker, set())
                if speaker.kind == PERSON
                else by_state.setdefault(speaker.country, set())
            )
            if len(seen) < PAIR:
                seen.add(when)
            read += 1
        if (
            event.when is None
            and event.kind in _WORDS
            and event.status is EventStatus.OCCURRED
            and start not in told_apart
        ):
            told = {
                when
                for p in event.participants
                if p.role == INITIATOR
                for when in by_person.get(p.entity, set())
                | by_state.get(p.entity.country, set())
            }
            if len(told) == 1:
                dated[k] = event._replace(when=told.pop())
    return dated


def _hosts_an_occasion(event: FoundEvent) -> bool:
    """
    Whether *event* is a visit whose visitor is an occasion, not an actor:
    "hosted the World Cup", "hosting the Asian Games" (a state hosts them,
    nobody visits it).
    """
    return event.kind in _VISITS and any(
        p.role == INITIATOR
        and p.entity.kind == ORG
        and p.entity.country is None
        # not an organisation of the tables: "the Pacific Islands Forum"
        and p.entity.org is None
        and p.entity.name.rsplit(" ", 1)[-1].casefold() in _HOSTED_OCCASIONS
        for p in event.participants
    )


def _per_document(events: list[FoundEvent]) -> list[FoundEvent]:
    """
    One agreement per document signed: the agreement of "signed a
    memorandum on X and an agreement on Y" told twice.
    """
    return [one for event in events for one in [event] * event.documents]


def _hosted_by_the_union(
    events: list[FoundEvent], doc: Doc
) -> list[FoundEvent]:
    """
    A trip to Brussels in a story of the European Union that names no other
    Belgian actor is a visit to the Union: its officials, not Belgium, host
    it, and the talks with them told with the trip are the visit's.
    """
    if not any(
        e.org in _UNION or e.affiliation in _UNION
        for e in doc.scanner.entities
    ) or any(
        m.entity is not None
        and m.entity.country == _BELGIUM
        and doc.text[m.start : m.end] != _BRUSSELS
        for m in doc.mentions
    ):
        return events
    kept = list(events)
    for event in events:
        if (
            event.kind != "visit"
            or [p.entity for p in event.participants if p.role == HOST]
            != [doc.scanner.state_entity(_BELGIUM)]
            or not any(
                _BRUSSELS in doc.text[start:end]
                for start, end in event.evidence
            )
            or not _told_of_the_union(doc, event.evidence[0])
        ):
            continue
        visitors = [p for p in event.participants if p.role != HOST]
        talks = _talks_with_the_union(event, visitors, kept)
        if talks is None:
            hosts = [doc.scanner.org_entity(_THE_UNION)]
        else:
            kept.remove(talks)
            guests = {v.entity for v in visitors}
            hosts = [
                p.entity for p in talks.participants if p.entity not in guests
            ][:1]  # the principal host, as the guide counts a visit
        kept[kept.index(event)] = event._replace(
            participants=visitors + [FoundParticipant(e, HOST) for e in hosts]
        )
    return kept


def _told_of_the_union(doc: Doc, sentence: tuple[int, int]) -> bool:
    """
    Whether the paragraph of a visit's *sentence* names the Union or one of
    its institutions, and the sentence no other body seated in Brussels
    ("for a meeting of NATO foreign ministers" is NATO's).
    """
    start, end = sentence
    paragraph = doc.paragraphs[doc.paragraph_index(start)]
    first, last = doc.token_at(paragraph[0]), doc.token_at(paragraph[1])
    # "the EU Ambassador": a title the Union's name only qualifies.
    union = _THE_UNION in doc.folded[first:last]
    for mention in doc.mentions_between(first, last):
        entity = mention.entity
        if entity is None:
            continue
        if entity.org in _SEATED_IN_BRUSSELS and start <= mention.start < end:
            return False
        union = union or entity.org in _UNION or entity.affiliation in _UNION
    return union


def _talks_with_the_union(
    visit: FoundEvent,
    visitors: list[FoundParticipant],
    events: list[FoundEvent],
) -> FoundEvent | None:
    """
    The meeting told in the sentence of a visit to Brussels between its
    visitors and officials of the Union's institutions, if any.
    """
    for event in events:
        others = [
            p.entity
            for p in event.participants
            if p.entity not in {v.entity for v in visitors}
        ]
        if (
            event.kind == "meeting"
            and event.evidence[0] in visit.evidence
            and others
            and len(others) < len(event.participants)
            and all(e.affiliation in _UNION for e in others)
        ):
            return event
    return None


def find_events(
    doc: Doc,
    reference: dt.date | None,
    quoted: list[tuple[int, int, Entity]],
    said: list[tuple[int, int, Entity | None]] | None = None,
) -> list[FoundEvent]:
    """
    Every diplomatic event the body reports, each once.  *quoted* gives the
    direct quotations with their speakers, in order: who "we" and "I"
    are inside them.
    """
    return _Events(doc, reference, quoted, said).run()
