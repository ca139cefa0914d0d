"""
Statements: quotations and reported speech, each with its speaker.

The templates, each with an invented example:

- ``"Q," SPEAKER CUE`` and ``"Q," CUE SPEAKER``: "“We agree,” Lavrov said."
- ``SPEAKER CUE ...: "Q"`` and ``SPEAKER CUE, "Q"``: "He said: “We agree.”"
- a quotation that goes on after its cue is a second statement: "“We
  agree,” he said, “on most things.”"
- a quotation paragraph with no cue of its own belongs to the speaker of
  the quotation before it (a quotation over several paragraphs, or one
  introduced by a colon at the end of the paragraph before).
- ``SPEAKER CUE (that) CLAUSE`` and ``CLAUSE, SPEAKER CUE``: reported
  speech; with a quotation inside it is a partial quote.
- ``according to SPEAKER, CLAUSE`` and ``CLAUSE, according to SPEAKER``.
- a speech verb with a noun phrase as its content: "stressed the need for
  an immediate ceasefire".
- a second verb of the same subject: "..., adding that the talks would go
  on", "... and noted that ...".
- a briefing transcript's answers: "Name: words" from a person who answers
  twice or more, and the paragraphs up to the next turn.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re

from typing import Final, NamedTuple

from .._models import ActorKind, StatementKind
from ._doc import (
    BE_FORMS,
    DOCUMENT_NOUNS,
    NAMELESS_PEOPLE,
    PLATFORMS,
    SIDES,
    SKIPPABLE,
    Doc,
)
from ._mentions import (
    NAME,
    NOMINAL,
    ORG,
    PERSON,
    POSSESSIVES,
    PRONOUN,
    TWO,
    Entity,
    Mention,
)
from ._tables import DEMONYM, METONYM, SpeechVerb, longest_at
from ._text import WEEKDAYS, Quote


DIRECT: Final = StatementKind.DIRECT
PARTIAL: Final = StatementKind.PARTIAL
INDIRECT: Final = StatementKind.INDIRECT
ACCORDING_TO: Final = "according to"
_ACCORDING_TO_VERB: Final = SpeechVerb(ACCORDING_TO, "source")
_ASK: Final = "ask"
# What one is asked "to" that is no request of the asker's words: a meal or
# a meeting ("asked X to dinner"), or a comment for the story.
_NOT_ASKED_TO: Final = frozenset(
    """dinner lunch breakfast talks comment respond reply confirm""".split()  # noqa: SIM905
)
# "asked X to do": a request, its object and what it asks the words
_ASKED_TO_VERB: Final = SpeechVerb("urge", "object")
_INDEFINITE: Final = frozenset(["a", "an"])
_NOT_INDEFINITE: Final = frozenset(
    ["the", "his", "her", "its", "their", "and", "or", "but", "that"]
)
_DETERMINERS: Final = _INDEFINITE | _NOT_INDEFINITE | {"our", "this", "these"}
# "one official", "another diplomat": someone new, like "an official".
_SOURCE_INDEFINITE: Final = _INDEFINITE | {"one", "another"}
# "“...,” the statement said": the words of whoever issued the statement
# the text spoke of last ("X said in a statement", "a statement issued by
# X said", "according to an X government statement").
_ISSUER_REACH: Final = 4  # "said in a written statement", "a statement by"
_ISSUER_PARAGRAPHS: Final = 3  # how far back "the statement" looks for it
# Verbs that make their subject a document's issuer: "X issued a statement".
_ISSUED: Final = frozenset(["issued", "released", "published"])
_ISSUED_REACH: Final = 120  # tokens back from "the statement" to a new one
_NEAR_ISSUED: Final = 60  # within which a new one with no issuer is no one's
_SOURCE_NOUN_REACH: Final = 3  # "a Norwegian diplomatic source"
# A transcript's turn: "Lin Jian: ...", "Foreign Minister X: ..."; a
# speaker who answers at least this often.
_LABEL_WORDS: Final = 6
_TURNS: Final = 2
# An interview's "Q:" / "A:" labels: the answers are the interviewee's.
_ANSWER_LABELS: Final = frozenset(["A", "Answer"])
_QUESTION_LABELS: Final = frozenset(["Q", "Question"])
# Labels in capitals that name a part of the text or a role, no one:
# "NOTE:", "BRIEFER: X", "MODERATOR:".
_LABELS_OF_NO_ONE: Final = (
    _ANSWER_LABELS
    | _QUESTION_LABELS
    | frozenset(
        """NOTE UPDATE EDITOR BRIEFER MODERATOR REPORTER JOURNALIST
        PARTICIPANT PARTICIPANTS QUESTION ANSWER END""".split()  # noqa: SIM905
    )
)
_HEADLINE_WORDS: Final = 4  # Title Case this long is a headline
# Speech verbs that name deeds in some frames (`_Extractor._deed`).
_DEED_REACH: Final = 8  # "declared the embassy's second secretary persona"
# "declared a first secretary of the Latvian Embassy in Minsk persona non grata"
_PERSONA_REACH: Final = 14
_PERSONA_NON_GRATA: Final = frozenset(["persona", "personae"])
# Who declares a view, not a ruling.
_PERSONAL: Final = frozenset(["he", "she"])
# What "declared X ..." makes X by the act of a court or a government:
# "unconstitutional", "null and void", "a state of emergency"; a person
# who declares a law unconstitutional gives his view.
_DECLARED_DEEDS: Final = frozenset(
    ["unconstitutional", "invalid", "void", "emergency"]
)
_BRIEFS: Final = frozenset(["inform"])
_BRIEFED_ON: Final = frozenset(["of", "about", "on"])
# "denied media reports that ...", "rejected as baseless foreign media
# reports that ...": reports that are a denial's object, a noun.
_REPORT: Final = "report"
# "This was reported by X": the sentence before is X's.
_RELAY_PRONOUNS: Final = frozenset(["this", "that"])
_AND_OR: Final = frozenset(["and", "or"])
# The marks of a list's items: "- Trade: ...".
_BULLETS: Final = frozenset(["-", "•", "*", "–", "—"])
_MODALS: Final = frozenset(
    ["would", "will", "to", "should", "must", "can", "could", "may", "might"]
)
_RELAY_AUXILIARIES: Final = frozenset(["was", "has", "had"])
# Verbs that relay the sentence before as words: "This was condemned by
# X" or "denied by X" is X's answer to it, not X's words.
_RELAY_VERBS: Final = frozenset(
    [
        "report",
        "announce",
        "state",
        "say",
        "inform",
        "declare",
        "confirm",
        "note",
        "disclose",
        "reveal",
    ]
)
# "with reference to the statement of X": X's.
_TEXTS_OF: Final = frozenset(
    (noun, "of") for noun in DOCUMENT_NOUNS | {"report", "data"}
)
# "continued" frames a quotation; "would continue to work" says nothing.
_CONTINUE: Final = "continue"
# Words between a verb inside another's words and the fragment it quotes:
# "would respond in a “measured” way".
_FRAGMENT_REACH: Final = 4
_DENIALS: Final = frozenset(
    """deny denies denied denying reject rejects rejected rejecting dismiss
    dismisses dismissed dismissing refute refutes refuted
    refuting""".split()  # noqa: SIM905
)
_DENIAL_REACH: Final = 6  # "denied a widely shared foreign media report"
# The lists names are put on: "to the registry", "to its blacklist".
_LIST_NOUNS: Final = frozenset(["list", "lists", "blacklist", "registry"])
# What a number is added to when "added" is a deed: "added 40 tankers to
# its sanctions list", not "added 40 percent of exports went to China".
_LISTS: Final = _LIST_NOUNS | {"sanctions", "sanctioned"}
# "added 12 officials, including two ministers, to the registry of".
_LIST_REACH: Final = 16
_MEMBER: Final = "member"  # "a member of the X delegation": no name
# "sources in X", "officials from X": where unnamed sources are.
_PLACING: Final = frozenset(["in", "from", "at"])
# "a diplomat based in X": a participle between the source and its place.
_STATIONED: Final = frozenset(["based", "stationed", "posted"])
# "a statement by X", "a statement from X", "a statement issued by X".
_AUTHORED: Final = frozenset(["by", "from"])
# "a letter from X obtained by Reuters": who only saw the document.
_OBTAINED: Final = frozenset(["obtained", "seen", "reviewed", "viewed"])
_OBTAINED_REACH: Final = 12  # tokens back from "obtained" to its document
_LEAKED_DOCUMENTS: Final = DOCUMENT_NOUNS | frozenset(
    """memo memorandum cable email e-mail report draft note dossier
    assessment copy documents letters""".split()  # noqa: SIM905
)
_PEOPLE: Final = frozenset([PERSON])

# Words between a cue and its content that are not content: "said in a
# statement on Monday that ...".
_FRAME_WORDS: Final = (
    frozenset(
        [
            "that",
            "in",
            "a",
            "an",
            "statement",
            "statements",
            "on",
            "at",
            "during",
            "his",
            "her",
            "their",
            "its",
            "interview",
            "press",
            "conference",
            "briefing",
            "news",
            "reporters",
            "journalists",
            "media",
            "local",
            "television",
            "tv",
            "radio",
            "remarks",
            "speech",
            "address",
            "message",
            "letter",
            "post",
            "posted",
            "x",
            "twitter",
            "facebook",
            "telegram",
            "website",
            "separate",
            "joint",
            "written",
            "late",
            "earlier",
            "today",
            "yesterday",
            "also",
            "further",
            "later",
            "again",
        ]
    )
    | WEEKDAYS
)
# Frame words that open a noun phrase: the frame only when its noun is one
# ("in a statement", "in his speech"); else what was said ("said a deal
# was near", "said her government would").
_FRAME_DETERMINERS: Final = frozenset(
    ["a", "an", "his", "her", "their", "its"]
)
_CONTINUING: Final = frozenset({",", "and", ";"})
# Words that open a new clause with its own subject: "X said ..., but Y
# thanked Z and said" goes on with Y, not X.
_NEW_CLAUSE: Final = frozenset({"but", "while", "whereas", ";"})
# "It was noted that", "it is stressed that".
_PASSIVE_AUXILIARIES: Final = frozenset(["is", "was"])
# Words after "..., X said," that open a clause of their own.
_NOT_GOING_ON: Final = frozenset(
    ["and", "but", "or", "nor", "so", "yet", "who", "which", "according"]
)
# Words that open where or how it was said: "X said, in remarks ...".
_FRAME_PREPOSITIONS: Final = frozenset(
    ["by", "for", "from", "to", "with", "via", "through"]
)
# Words that open where or when something was said, never what.
_NOT_CONTENT_START: Final = frozenset(
    [
        "following",
        "as",
        "during",
        "upon",
        "via",
        "while",
        "when",
        "after",
        "before",
        "speaking",  # "said, speaking at a briefing": where
        "sanctions",  # "announced sanctions on X": an event
    ]
)
_CURRENCIES: Final = frozenset("$€£¥")
# How many words end a list that "added" puts names on: "to the US
# sanctions list".
_LIST_TAIL: Final = 5
# Who asks an interview's questions: "Courier correspondent X".
_INTERVIEWERS: Final = frozenset(
    """correspondent reporter editor journalist columnist host interviewer
    presenter anchor""".split()  # noqa: SIM905
)
# The lists names are put on as a sanction: "its Entity List", "the list of
# sanctioned firms", not "the priority list".
_SANCTION_LISTS: Final = frozenset(
    ["sanctions", "sanctioned", "blacklist", "entity", "watch", "terror"]
)
# "said about the compensation", "the feelings he expressed towards X":
# what it was about, not what was said.
_TOPIC_PREPOSITIONS: Final = frozenset(
    ["about", "towards", "toward", "regarding", "concerning"]
)
# "said this in an interview", "told the conference": no content.
_EMPTY_OBJECTS: Final = frozenset(["this", "that", "it", "so"])
_PLACES_AFTER: Final = frozenset(["in", "at", "to", "during", "on"])
# "expressed gratitude to", "voicing congratulations": praise or
# courtesy, not a statement (annotation guide); "expressed its strong
# condemnation of" is an accusation, no statement either.
_COURTESY_VERBS: Final = frozenset(["express", "voice"])
_COURTESIES: Final = frozenset(
    [
        "condemnation",
        "denunciation",
        "gratitude",
        "thanks",
        "appreciation",
        "condolences",
        "condolence",
        "congratulations",
        "felicitations",
        "sympathy",
        "sympathies",
    ]
)
# Cues that greet a person ("welcomed the envoys", "acknowledged the
# minister"): a visit or courtesy, not words.
_GREETINGS: Final = frozenset(["welcome", "acknowledge"])
_GUESTS: Final = frozenset(
    """guest guests visitor visitors delegation delegations delegates envoy
    envoys ambassador ambassadors diplomats counterpart counterparts
    highness excellency""".split()  # noqa: SIM905
)
_GREETED_WORDS: Final = 4  # "the new U.S. ambassador"
_GREETED_REACH: Final = 80  # characters: enough for those words
# Cues whose content is "X to do Y": "called on both sides to ...".
_CALL_ON: Final = "call on"
# A comma before these opens a clause of its own: ", where he conveyed ...".
_CLAUSE_BREAKS: Final = frozenset(
    ["where", "while", "whereas", "when", "which", "who", "whom", "but"]
)
_NEEDS_TO: Final = frozenset([_CALL_ON, "urge"])
# The events whose participle after a speaker's words tells his act, not
# more of them: ", commending X", ", thanking X", ", condemning X".
_ACTS_NOT_WORDS: Final = frozenset(["praise", "accusation"])
_PARTICIPLE_OPENERS: Final = frozenset(
    {",", "by", "while", "when", "after", "before"}
)
# "called X a partner": the words after the object say what X was called;
# not "called X a day later", "a second time".
_OBJECT_WORDS: Final = 10  # "called her vote in favor of the war a mistake"
_NOT_PREDICATES: Final = frozenset(
    """day week month year hour minute few couple number lot second third
    time times while bit half such quite what many than dozen handful
    series total group""".split()  # noqa: SIM905
)
# Particles and prepositions that end the object of "called" ("called off
# the deal", "called him on Friday"); "in favor of" and "of" go on.
_NOT_OBJECT: Final = (
    _FRAME_PREPOSITIONS
    | _PLACES_AFTER
    | {"off", "up", "back", "out", "about", "after", "over", "as", "for"}
) - {"in"}
_MIN_SCARE_WORDS: Final = 4
_MIN_QUOTE_WORDS: Final = 3  # shorter, and not a sentence: a scare quote
_TITLE_WORDS: Final = 12  # a Title Case quotation this long is a name
_TITLE_SMALL_WORDS: Final = frozenset(
    "a an and at by for from in of on or the to with".split()  # noqa: SIM905
)
# "Follow X on Twitter.": where a page's author line sends its readers.
_SOCIAL_SITES: Final = frozenset(
    ["Twitter", "Twitter.", "Facebook", "Facebook.", "Instagram", "Instagram."]
)
_MIN_CONTENT_WORDS: Final = 2
_OPENING_WORDS: Final = 4  # "IAEA chief Rafael Grossi" opens a sentence
_RELATIVES: Final = frozenset(["which", "that", "who", "whom", "what"])
# Relatives whose clause names the thing said of: "what it called ...".
_WH_RELATIVES: Final = frozenset(["which", "what"])
# Contents of speech verbs whose object a quotation may be on its own:
# "described as “reckless”", "dismissed as “baseless”" (not "said as ...").
_QUOTED_OBJECT: Final = frozenset(["partial", "object"])
# Characters from "as" to the quotation it names: "as a threat “...”".
_FRONTED_REACH: Final = 40
_CLAUSE_TAIL_WORDS: Final = 3  # words after a quotation that make it partial
_CUE_REACH: Final = 8  # tokens between a cue and the quotation it opens
# Tokens of "in a statement carried by the Example News Agency (ENA)".
_DOCUMENT_REACH: Final = 16
_RELAY_FRAME_WORDS: Final = 6  # "the prime minister told me that"
_FRAME_SLACK: Final = 4  # "“Q,” DoubleLine fund manager X said"
_THAT_REACH: Final = 7  # tokens between a cue and the "that" of its clause
# "reported from Athens on Thursday that": the words of the place and time
# after "from" a cue takes, and the words that end them.
_REPORTED_FROM_REACH: Final = 6
_REPORTED_FROM_ENDS: Final = frozenset(
    [",", ".", ";", ":", "that", "citing", "quoting", "and", "but"]
)
# Tokens before the "that" of a cue framed by a call or meeting and whom
# it was with: "told X in a phone call on Monday that".
_CALL_REACH: Final = 16
# The words of such a frame, besides the names and the frame words.
_CALLS: Final = frozenset(["call", "conversation"])
_CALL_FRAME_WORDS: Final = _CALLS | frozenset(
    """phone telephone telephonic video with the by over
    counterpart""".split()  # noqa: SIM905
)
_ASIDE_REACH: Final = 30  # tokens of an aside between a cue and its "that"
# "said on Friday in a recorded message to the Second Inter-Regional
# Ministerial Forum on Port and Rail Connectivity."
_TRAILING_REACH: Final = 24
_ADJUNCT_OPENERS: Final = frozenset(
    ["on", "in", "at", "during", "after", "before", "while", "when"]
)
# Words that open an adjunct before a sentence's subject: "During the
# call, Y praised ...", "Later that day, Y ...".
_FRONTED_ADJUNCTS: Final = _ADJUNCT_OPENERS | {
    "following",
    "later",
    "earlier",
    "meanwhile",
    "separately",
    "afterwards",
    "upon",
}
_FRONTED_ADJUNCT_WORDS: Final = 8  # "In a cable to the speaker on Monday,"
# Conjunctions that open a subordinate clause before the main one: the
# subject of the sentence comes after its comma.
_SUBORDINATORS: Final = frozenset(
    """although though while whereas when whenever after before since as
    because if unless once until""".split()  # noqa: SIM905
)
_SUBORDINATE_REACH: Final = 40  # tokens to the comma that closes one
_LIST_GOES_ON: Final = frozenset([",", "and", "or"])
_SUBJECT_PRONOUNS: Final = frozenset(["he", "she", "they", "it", "we"])
# "a source speaking exclusively to Reuters": whom a source spoke to.
_SPEAKING: Final = frozenset(["speaking", "talking"])
_MANNER: Final = frozenset(["exclusively", "anonymously", "separately"])
_DASHES: Final = frozenset(["-", "–", "—"])
_CLOSING_MARKS: Final = frozenset(['"', "”", "’", "'", "»"])
_QUOTE_GAP: Final = 4  # characters back from a dash to a closing mark
# What follows a name ending in -ing, never a participle: "Boeing, the
# planemaker", "Fleming of the Liberal Party", "Boeing's jets".
_NO_OBJECT: Final = ([","], ["of"], ["and"], ["'s"], ["’s"])
_WHO_WHICH: Final = frozenset(["who", "which"])
_PHRASE_REACH: Final = 12  # "another senior intelligence source speaking"
# Cue words that are also what one posts: "a Twitter comment".
_POSTED_NOUNS: Final = frozenset(
    """comment post tweet note reply report message remark claim response
    update""".split()  # noqa: SIM905
)
# Words that join a clause to the one before, its subject going on: "X
# recalled ..., as he wished ...".
_CLAUSE_LINKS: Final = frozenset(
    ["as", "and", "while", "but", "when", "where"]
)
# A dash after a closing quotation mark, before who signs it.
_SIGNATURE: Final = re.compile(r"[ \t\u00a0]*+[―—–-][ \t\u00a0]*+")
_SOURCE_WORDS: Final = 4  # "a Turkish diplomatic source said"
# "According to a statement | issued by the Foreign Office of X, ...".
_SOURCE_TAIL: Final = 10
_SOURCE_TAIL_OPENERS: Final = _ISSUED | {"of", "by", "from"}
_SOURCE_ASIDES: Final = frozenset(["which", "who"])  # "X, which gave no ..."
# "The adviser to the president on trade and industry, X, said".
_APPOSITION_REACH: Final = 12
_APPOSITION_ENDS: Final = frozenset([",", ".", ";", ":", "(", '"', "“"])
# "..., X said Tuesday.", "..., X said late today.": when, not what.
_WHEN_WORDS: Final = WEEKDAYS | {
    "today",
    "yesterday",
    "tonight",
    "late",
    "earlier",
    "later",
    "last",
    "this",
}
_WHEN_WORDS_REACH: Final = 3  # "late Tuesday ." after the cue
_WITHOUT_REACH: Final = 6  # "without citing a specific reason ."
_QUOTE_MARKS: Final = frozenset('"“”„«»')
# Any mark that may open a quotation, single ones too ('a new era').
_QUOTE_CHARACTERS: Final = _QUOTE_MARKS | frozenset("'‘’‹›")
_QUOTE_CHARACTER: Final = re.compile(
    "[" + re.escape("".join(sorted(_QUOTE_CHARACTERS))) + "]"
)
# Cues of a quotation, and of a that-clause only after where and when words
# and no document: "a statement posted on X that ..." is where the words
# were, not who said them; "Y posted on X that ..." is Y's written words.
_QUOTATION_ONLY: Final = frozenset(["post"])
# Cues of a that-clause right after them only: "proposed that the two sides
# ...", not "proposed a plan that would ...", an act.
_THAT_ONLY: Final = frozenset(["propose"])
_SAY: Final = "say"
# What may follow a cue that says nothing itself: "Y said.", "Y said,
# looking at the crowd", "Y said to the crowd", "Y said on Monday".
_FRAME_ENDS: Final = (
    frozenset([".", ",", "!", "?"]) | _PLACES_AFTER | _FRAME_PREPOSITIONS
)
_FIRST_PERSON: Final = frozenset(["i", "we", "my", "our"])
# Whom a cue may name before its frame ends: "Y asked reporters."
_AUDIENCES: Final = frozenset(["reporters", "journalists"])
# Finite verbs and "that": a clause after a cue's where and when ("said on
# Monday Moscow would ..."); not "may", which is as often the month.
_OPENS_CLAUSE: Final = frozenset(
    """that is are was were will would has have had can could should might
    must""".split()  # noqa: SIM905
)
# Words after a comma that open a clause of circumstance, not of what was
# said: "..., Chile said Wednesday, as the bloc seeks ...", "..., X said,
# without giving a reason."
_CIRCUMSTANCE_OPENERS: Final = frozenset(
    """as while amid after before when following ahead without despite
    because although though unless""".split()  # noqa: SIM905
)
# Words before a subject's name, after its clause: "..., a South Korean
# foreign ministry official said", "..., the press service of the X said";
# not a clause of its own (", and the minister said", ", where X said").
_SUBJECT_OPENING_WORDS: Final = 8  # "the deputy head of the press office of"
# A person's office that speaks for them: "his office said".
_OFFICES: Final = frozenset(["office"])
_OWNERS: Final = frozenset(["his", "her"])
_NOT_SUBJECT_OPENING: Final = (
    _OPENS_CLAUSE
    | _NOT_GOING_ON
    | _RELATIVES
    | _CIRCUMSTANCE_OPENERS
    | {"where", "then", "if", "he", "she", "it", "they", "we", "i"}
)
# Words in "-ing" that open no participle: ", nothing would change".
_ING_NOUNS: Final = frozenset(
    """nothing something anything everything morning evening meeting
    building thing""".split()  # noqa: SIM905
)
# Words that open a clause after "said on Tuesday".
_CLAUSE_OPENERS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
    ]
)
# "..., remarks that drew ...": a noun its relative describes, where a
# that-clause would open with its subject ("remarks that the talks ...").
_RELATIVE_PRONOUNS: Final = [["that"], ["which"]]
# Cue forms that are plural nouns too, of words said.
_APPOSITION_NOUNS: Final = frozenset(["remarks", "comments"])
# Acts a speaker does beside his words, in the past, after "and": "said the
# talks were useful and thanked Y" ends the words at "and" (the praise,
# invitation and blame verbs of the triggers table).
_ACTS_BESIDE: Final = frozenset(
    """thanked praised commended congratulated hailed lauded applauded
    welcomed invited condemned denounced criticised criticized blamed
    rebuked""".split()  # noqa: SIM905
)
# Auxiliaries whose participles an act after "and" may share ("said Peru
# had met Chile and thanked it", "was signed and praised"): the act is
# then inside the words.
_PERFECT: Final = frozenset(["had", "has", "have"])
# Words of a clause of its own within the words ("as a “disgrace” after she
# attacked X and blamed Y"), whose subject an act after "and" may share.
_OWN_CLAUSE: Final = frozenset(
    """he she they it we i after when because since while before as
    who which""".split()  # noqa: SIM905
)
# After "as", what makes it a preposition ("regarded X as a partner", "saw
# X as “a friend”"), not the opener of a clause ("as Chile attacked Y").
_AS: Final = "as"
_AS_PREPOSITION_BEFORE: Final = frozenset(["a", "an", "the"]) | _QUOTE_MARKS
# "... and thanked each other": the act of the plural subject said, in
# the words.
_RECIPROCALS: Final = [["each", "other"], ["one", "another"]]
_PASSIVE: Final = frozenset(["was", "were", "been", "be", "is", "are"])
_SHARED_REACH: Final = 8  # tokens back from "and" to such an auxiliary
# Past forms with no "-ed" of verbs a relative after such a noun opens with.
_PAST_VERBS: Final = frozenset(
    """drew made gave brought caught led left set struck took won""".split()  # noqa: SIM905
)
# After a cue, the marks that open the quotation it introduces.
_QUOTE: Final = "quote"  # the lemma of "quoted X as saying"
_QUOTED_REACH: Final = 10  # "quoted a Pakistani government statement as"
# "quoted X as saying", "... as telling his host", "... as stating".
_QUOTED_AS: Final = frozenset(["saying", "telling", "stating", "writing"])
_QUOTATION_OPENERS: Final = _QUOTE_MARKS | {",", ":"}
_NOT_BEFORE_THAT: Final = _OPENS_CLAUSE | _QUOTE_MARKS | {",", ":", ";", "."}
# Cues with a listener before "that": "told the press that ...".
_TELLS_WHOM: Final = frozenset(
    """tell inform assure warn threaten promise urge caution remind
    brief""".split()  # noqa: SIM905
)
# Nouns whose "that" says what was said: "expressed the hope that ...".
_THAT_NOUNS: Final = frozenset(
    """hope hopes belief view views confidence conviction concern concerns
    fear fears position stance opinion expectation assurance assurances
    fact idea message notion claim claims assertion argument point
    suggestion warning promise assessment impression conclusion
    allegation allegations accusation charge reports""".split()  # noqa: SIM905
)
# When, among the frame words before "that": "said the same day that".
_FRAME_TIME: Final = frozenset(
    """same day week month year previous next following morning afternoon
    evening night other weekend summer winter spring autumn fall season
    monday tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)


class Found(NamedTuple):
    """
    A statement before it becomes a record: body offsets of its words.
    """

    start: int
    end: int
    kind: str
    speaker: Entity | None
    cue: str | None


class Cue(NamedTuple):
    first: int  # token index
    last: int  # exclusive
    verb: SpeechVerb


class Attribution(NamedTuple):
    """
    A cue with its subject: who speaks, and where the frame ends.
    """

    cue: Cue
    speaker: Entity | None
    frame_first: int  # first token of "SUBJECT CUE" or "CUE SUBJECT"
    frame_last: int  # exclusive


class _Frames:
    """
    The attributions of one sentence, looked up by where their frames start
    and end.
    """

    def __init__(self, attributions: list[Attribution]) -> None:
        self.by_first: dict[int, Attribution] = {}
        self.by_last: dict[int, Attribution] = {}
        for attribution in attributions:
            self.by_first.setdefault(attribution.frame_first, attribution)
            self.by_last[attribution.frame_last] = attribution
        self.lasts = sorted(self.by_last)

    def ending_before(self, mark: int) -> Attribution | None:
        """
        The attribution whose frame ends last at or before token *mark* - 1.
        """
        index = bisect.bisect_right(self.lasts, mark - 1) - 1
        return self.by_last[self.lasts[index]] if index >= 0 else None


def _cues(doc: Doc) -> list[Cue]:
    found = []
    folded = doc.folded
    speech = doc.tables.speech
    # A cue starts only at a speech verb's first word or at "according".
    starts = [
        i
        for i in doc.verb_positions
        if folded[i] in speech or folded[i] == "according"
    ]
    done = 0  # where the last cue ended: none starts inside it
    for i in starts:
        if i < done:
            continue
        hit = longest_at(speech, folded, i)
        if hit is not None:
            end, verb = hit
            if verb.lemma == _REPORT and folded[end : end + 1] == ["from"]:
                end = _where_reported(folded, end)
            if verb.lemma == _ASK and _asked_to(doc, i, end):
                verb = _ASKED_TO_VERB  # "asked X to offer ...", as "urged"
            found.append(Cue(i, end, verb))
            done = end
        elif folded[i] == "according" and folded[i + 1 : i + 2] == ["to"]:
            found.append(Cue(i, i + 2, _ACCORDING_TO_VERB))
            done = i + 2
    return found


def _asked_to(doc: Doc, cue: int, k: int) -> bool:
    """
    Whether "asked" at token *cue*, its words ending at *k*, asks someone
    named to do something: "asked the Czech Republic to offer ...", "asked
    the two sides to ..." (not "asked about the talks", "asked for time",
    "asked X to dinner", nor an outlet that "asked the ministry to
    comment").
    """
    asker = doc.mention_at_end.get(cue)
    if (
        asker is not None
        and asker.entity is not None
        and asker.entity.kind == ActorKind.MEDIA
    ):
        return False
    mention = doc.mention_at_start.get(k)
    if mention is None and doc.folded[k : k + 1] == ["the"]:
        mention = doc.mention_at_start.get(k + 1)
    if mention is None or mention.last + 1 >= len(doc.words):
        return False
    asked = doc.words[mention.last + 1]
    return (
        doc.folded[mention.last] == "to"
        and asked.isalpha()
        and asked.islower()
        and asked not in _NOT_ASKED_TO
    )


def _where_reported(folded: list[str], k: int) -> int:
    """
    Where "from" and the place it names end, at token *k*, after "reported"
    ("Reuters reported from Geneva", "reported from Athens on Thursday
    that ..."): the place is part of the cue, not what was said.
    """
    end = k + 1
    while (
        end < len(folded)
        and end - k <= _REPORTED_FROM_REACH
        and folded[end] not in _REPORTED_FROM_ENDS
        and folded[end] not in _QUOTE_MARKS
    ):
        end += 1
    return end


def _noun_by(words: list[str], cue: Cue) -> bool:
    """
    Whether the one-word cue *cue* reads as a plural noun, its author after
    "by": "remarks by X", "claims by Y" (a verb in "-s" takes no agent).
    """
    return (
        cue.last == cue.first + 1
        and words[cue.first].endswith("s")
        and words[cue.last : cue.last + 1] == ["by"]
    )


def _noun_relative(doc: Doc, cue: Cue, *, after_words: bool) -> bool:
    """
    Whether the one-word cue *cue* reads as a plural noun in apposition
    that a relative clause describes: "..., remarks that drew condemnation",
    "..., comments which were echoed", and after words said (*after_words*)
    "..., remarks that he later withdrew"; not "X remarks that the talks
    ...".
    """
    words = doc.folded
    after = cue.last + 1
    if not (
        cue.last == cue.first + 1
        and words[cue.first] in _APPOSITION_NOUNS
        and words[cue.first - 1 : cue.first] == [","]
        and words[cue.last : after] in _RELATIVE_PRONOUNS
        and after < len(words)
    ):
        return False
    # The relative's verb right after it: "that were", "that drew",
    # "that sparked"; "that government efforts ..." is a clause said, but
    # only a noun stands in apposition with words said before it.
    verb = words[after]
    return after_words or (
        doc.words[after].islower()
        and (
            verb in _OPENS_CLAUSE or verb in _PAST_VERBS or verb.endswith("ed")
        )
    )


def _shares_auxiliary(words: list[str], first: int, k: int) -> bool:
    """
    Whether a perfect, a passive or a clause of its own stands between
    tokens *first* and *k*, whose participle or subject a verb after "and"
    at *k* may share.
    """
    return any(
        words[j] in _PERFECT
        or (
            words[j] in _OWN_CLAUSE
            and not (
                words[j] == _AS and words[j + 1] in _AS_PREPOSITION_BEFORE
            )
        )
        or (words[j] in _PASSIVE and words[j + 1].endswith("ed"))
        for j in range(first, k)
    )


def _spoken_to(words: list[str], mention: Mention, first: int) -> int | None:
    """
    The participle before *mention* that makes it whom someone spoke to
    ("a diplomat speaking to Reuters said", "X, talking exclusively to
    the BBC, said"), else None.
    """
    k = mention.first - 1
    if k <= first or words[k] != "to" or _relative_after(words, mention):
        return None  # "speaking to X, who said": X's words
    k -= 1
    if k > first and words[k] in _MANNER:
        k -= 1
    return k if k > first and words[k] in _SPEAKING else None


def _relative_after(words: list[str], mention: Mention) -> bool:
    """
    Whether a relative clause follows *mention*: "by X, who said" makes X
    the subject of the cue, whatever names X's role before.
    """
    return not _WHO_WHICH.isdisjoint(words[mention.last : mention.last + 2])


def _phrase_start(words: list[str], token: int, first: int) -> int:
    """
    Where the phrase ending before token *token* starts: after the last
    comma, semicolon or colon before it, else at *first* (a few words back
    at most, however long the sentence).
    """
    k = token
    floor = max(first, token - _PHRASE_REACH)
    while k > floor and words[k - 1] not in {",", ";", ":"}:
        k -= 1
    return k


def _modifies_noun(words: list[str], mention: Mention, cue: Cue) -> bool:
    """
    Whether the platform *mention* names before *cue* only describes the
    noun the cue word is: "posted a Twitter comment" (a name after "a" is
    no subject, and a verb after one would end in -s or -ed; "an AP report
    that ..." is AP's words).
    """
    platform = mention.last - 1
    return (
        words[platform] in PLATFORMS
        and words[platform - 1 : platform] in (["a"], ["an"])
        and cue.last - cue.first == 1
        and words[cue.first] in _POSTED_NOUNS
    )


def _words(text: str) -> int:
    return len(text.split())


def _is_sentence(text: str) -> bool:
    """
    Whether *text* reads as a sentence: it starts with a letter and is not
    a headline in Title Case ("It Is Not A Radical Idea").
    """
    words = [w for w in text.split() if w[:1].isalpha()]
    if not text.lstrip()[:1].isalpha():
        return False
    capitals = sum(w[:1].isupper() for w in words)
    return len(words) < _HEADLINE_WORDS or capitals * 2 <= len(words)


def _content_words(text: str) -> int:
    """
    The words of *text* past a determiner that opens it: "his book" says
    as little as "book".
    """
    words = text.split()
    return len(words) - (
        bool(words) and words[0].casefold() in _FRAME_DETERMINERS
    )


class _Extractor:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.found: list[Found] = []
        self.claimed: set[int] = set()  # starts of quotations attributed
        self.last_speaker: Entity | None = None
        self.sentence_attributions: list[Attribution] = []
        # Tokens of a sentence where words said end, each list in order:
        # cue words read as nouns in apposition ("..., remarks that drew
        # ..."), and acts beside the words ("... and thanked Y").
        self.appositions: list[int] = []
        self.acts: list[int] = []
        self.speakers: set[Entity] = set()
        self.issuer: Entity | None = None  # of the last statement named
        self.seats: dict[str, Entity] = {}  # "the White House", by name
        self.issuer_paragraph = -9
        # "his office said": the office of each person, made when it speaks.
        self.offices: dict[int, Entity] = {}
        # Issuers are looked for only in a text that names a statement.
        self.documents = not DOCUMENT_NOUNS.isdisjoint(doc.folded)
        self.last_speaker_paragraph = -9
        self.passage_end = 0  # of a paragraph said with no quotation marks
        self.taken_cues: set[int] = set()  # by a quotation before them
        self.quote_starts = {q.start: q for q in doc.quotes}
        # Quoted turns of a transcript, found once when first needed.
        self.quoted_turns: dict[int, tuple[int, Entity | None]] | None = None
        # Offsets of every quote character, found once when first needed.
        self.quote_characters: list[int] | None = None
        # Tokens of "to" and a verb, and of commas that open a clause of
        # their own, found once when a "call on" first needs them.
        self.call_on_marks: tuple[list[int], list[int]] | None = None
        self.cues_by_sentence: dict[int, list[Cue]] = {}
        for cue in _cues(doc):
            offset = doc.tokens.starts[cue.first]
            index = doc.sentence_index(offset)
            self.cues_by_sentence.setdefault(index, []).append(cue)

    # -- speakers ------------------------------------------------------------

    def _resolve(self, mention: Mention) -> Entity | None:
        if self._unnamed(mention):
            return self._spokesperson_named_later(mention)
        paragraph = self.doc.paragraph_index(mention.start)
        recent = (
            self.last_speaker
            if paragraph - self.last_speaker_paragraph <= 1
            else None
        )
        if mention.what == PRONOUN:
            recent = (
                self._speaker_earlier_in_sentence(mention)
                or self._subject_just_before(mention)
                or recent
            )
        if (
            mention.via == METONYM
            and mention.what == NAME
            # not "Moscow and the Kremlin said": the state they both name
            and self.doc.folded[max(0, mention.first - 1)] not in _AND_OR
        ):
            # "The White House said": the seat speaks for its state under
            # its own name, as the guide names a speaker.
            return self._seat(mention)
        if mention.what == TWO and mention.role in SIDES:
            # "The two sides stressed ...": the two people who met, not the
            # states their words named since.
            people = self.doc.last_two(mention, _PEOPLE)
            if people is not None:
                return people
        return self.doc.resolve(mention, recent, self.speakers)

    def _seat(self, mention: Mention) -> Entity | None:
        """
        The speaker a seat of government names ("the White House", "the
        Kremlin"): its own body of its state, one per article.
        """
        # (A seat's mention always names its state: the table says which.)
        country = None if mention.entity is None else mention.entity.country
        doc = self.doc
        if doc.folded[mention.last - 1] in NAMELESS_PEOPLE:
            return None  # "White House officials": no one named
        words = doc.words[mention.first : mention.last]
        if doc.folded[mention.first] == "the":
            words = words[1:]
        name = " ".join(words)
        seat = self.seats.get(name)
        if seat is None:
            seat = self.seats[name] = Entity(ORG, name, country=country)
            seat.affiliation = None if country is None else f"state:{country}"
        return seat

    def _speaker_earlier_in_sentence(self, mention: Mention) -> Entity | None:
        """
        The person who speaks by the cue before in the pronoun's sentence,
        else its subject: "X stressed ..., as he wished ...", "X recalled
        ..., as he wished ..." are X, whoever spoke in the sentences before.
        """
        if self.sentence_attributions:
            speaker = self.sentence_attributions[-1].speaker
            if speaker is not None and speaker.kind == PERSON:
                return speaker
        doc = self.doc
        if doc.folded[mention.first - 1] not in _CLAUSE_LINKS:
            return None  # "X, with whom he spoke, ...": not X
        start, _ = doc.sentences[doc.sentence_index(mention.start)]
        first = self._after_fronted_adjunct(doc.token_at(start))
        subject = doc.main_subject(first, mention.first)
        entity = None if subject is None else subject.entity
        return entity if entity is not None and entity.kind == PERSON else None

    def _subject_just_before(self, mention: Mention) -> Entity | None:
        """
        The person who opens the sentence just before a pronoun's, in its
        paragraph, when nothing was found said in it: "Y praised the
        approach. He stressed ..." is Y, not the last speaker.
        """
        doc = self.doc
        sentence = doc.sentence_index(mention.start)
        if sentence == 0 or (
            self.found
            and doc.sentence_index(self.found[-1].start) == sentence - 1
        ):
            return None
        start, _ = doc.sentences[sentence - 1]
        if doc.paragraph_index(start) != doc.paragraph_index(mention.start):
            return None
        first = self._past_participle(
            self._after_fronted_adjunct(doc.token_at(start))
        )
        for opening in doc.mentions_between(first, first + _OPENING_WORDS):
            entity = opening.entity
            if entity is None and opening.what == NOMINAL:
                entity = self._resolve(opening)  # "The IAEA chief praised"
            if entity is not None and entity.kind == PERSON:
                return entity
        return None

    def _past_subordinate(self, first: int, token: int) -> int:
        """
        Where the main clause starts after a subordinate clause opening the
        sentence at token *first* ("Although X is no candidate, Y sent
        ..., suggesting", "After X released a report, Y ..."): after its
        comma, when a name opens what follows; else at *first*.
        """
        doc = self.doc
        words = doc.folded
        if words[first] not in _SUBORDINATORS:
            return first
        for k in range(first + 1, min(token, first + _SUBORDINATE_REACH)):
            if words[k] != ",":
                continue
            if words[k + 1] in _SUBJECT_PRONOUNS:
                # "When X visited Y, he signed ...": X, whom "he" is
                return first
            subject = doc.mention_at_start.get(k + 1)
            if (
                subject is not None
                # not "As X, Y and Z looked on": a list goes on
                and words[subject.last] not in _LIST_GOES_ON
                # not "visited Astana, Kazakhstan": a city's state
                and not self._state_of_city(k, subject)
            ):
                return k + 1
        return first

    def _state_of_city(self, comma: int, after: Mention) -> bool:
        """
        Whether *after*, after the comma at *comma*, names the state of the
        place named before it ("Astana, Kazakhstan", "Cairo, Egypt's"),
        not a subject.
        """
        before = self.doc.mention_at_end.get(comma)
        return (
            before is not None
            and before.entity is not None
            and after.entity is not None
            and before.entity.country is not None
            and before.entity.country == after.entity.country
        )

    def _past_participle(self, first: int) -> int:
        """
        Where the subject starts in a sentence opening on a participle at
        token *first*: "Touching upon the talks with Armenia, X accused
        ..." is X, after the participle's comma; else at *first*.
        """
        opening = self.doc.mention_at_start.get(first)
        folded = self.doc.folded
        if (
            folded[first].endswith("ing")
            and (opening is None or opening.entity is None)  # not "Beijing"
            # a participle takes its object: not "Boeing, the planemaker,"
            and folded[first + 1 : first + 2] not in _NO_OBJECT
        ):
            return self._after_comma(first)
        return first

    def _after_comma(self, first: int) -> int:
        """
        The token after the first comma within a fronted adjunct's reach of
        token *first*, else *first*.
        """
        words = self.doc.folded
        end = min(len(words), first + _FRONTED_ADJUNCT_WORDS)
        return next(
            (k + 1 for k in range(first, end) if words[k] == ","), first
        )

    def _after_fronted_adjunct(self, first: int) -> int:
        """
        Where the subject may start in a sentence that starts at token
        *first*: after a fronted adjunct ("During the call, Y praised
        ..."), else at *first*.
        """
        words = self.doc.folded
        if words[first] not in _FRONTED_ADJUNCTS:
            return first
        end = min(len(words), first + _FRONTED_ADJUNCT_WORDS)
        for k in range(first + 1, end):
            if words[k] == ",":
                return k + 1
        return first

    def _spokesperson_named_later(self, mention: Mention) -> Entity | None:
        """
        The spokesperson the text names after "a X Foreign Ministry
        spokesperson said" (one office, one holder: "... spokesperson Y
        made the remarks"), else no one.
        """
        role = (mention.role or "").casefold()
        # The office whole ("Foreign Ministry Spokesperson"), not a bare
        # "spokesperson" of any body of the state.
        if (
            mention.what != NOMINAL
            or mention.country is None
            or "spokes" not in role
            or " " not in role
        ):
            return None
        named = self.doc.named_later(role, mention.country, mention.end)
        if named is None or (named.role or "").casefold() != role:
            return None
        return named

    def _unnamed(self, mention: Mention) -> bool:
        """
        Whether *mention* only describes a source with no name: "a senior
        official" is someone new, not the last official named; "Argentine
        officials", "a Norwegian diplomatic source" are not their state.
        """
        if mention.what != NOMINAL and mention.via != DEMONYM:
            return False
        doc = self.doc
        words = doc.folded
        k = mention.first
        for _ in range(_SOURCE_NOUN_REACH + 2):
            if words[k] in _SOURCE_INDEFINITE:
                return True
            if words[k] in _NOT_INDEFINITE:
                break  # "met a delegation and the minister said"
            before = doc.mention_at_end.get(k)  # "a senior U.S. official"
            k = before.first if before is not None else k - 1
            if k < 0 or not (words[k].isalpha() or before is not None):
                break
        if mention.via != DEMONYM:
            return False  # "the official" is the one named before
        end = min(len(words), mention.last + _SOURCE_NOUN_REACH)
        for k in range(mention.last - 1, end):
            if words[k] in NAMELESS_PEOPLE:
                return True
            if not words[k].isalpha():
                break
        return False

    def _add(self, found: Found, *, quoted: bool = False) -> None:
        start, end, kind, speaker, _ = found
        text = self.doc.text
        if kind != DIRECT:
            while end > start and text[end - 1] in " ,;:—–-.":
                end -= 1
            while start < end and text[start] in " ,;:—–-":
                start += 1
        # A quotation its cue names says something however short (*quoted*):
        # "remarks that Y described as “reckless”".
        if end <= start or (
            _content_words(text[start:end]) < _MIN_CONTENT_WORDS and not quoted
        ):
            return
        self.found.append(found._replace(start=start, end=end))
        if speaker is not None:
            self.speakers.add(speaker)
            self.last_speaker = speaker
            self.last_speaker_paragraph = self.doc.paragraph_index(start)

    # -- the passes ----------------------------------------------------------

    def run(self) -> list[Found]:
        doc = self.doc
        turns, told = (
            self._transcript_turns() if ":" in doc.folded else ({}, set())
        )
        for index, sentence in enumerate(doc.sentences):
            if sentence[0] < self.passage_end:
                continue  # said as a whole, by the cue before it
            if (
                turns
                and index not in told  # another's words: read as such
                and (paragraph := doc.paragraph_index(sentence[0])) in turns
            ):
                start, speaker = turns[paragraph]
                end = self._answer_end(index, told)
                start = max(start, sentence[0])
                self._add(Found(start, end, INDIRECT, speaker, None))
                self.passage_end = end
                continue
            self._sentence(sentence, self.cues_by_sentence.get(index, []))
        self.found.sort(key=lambda f: (f.start, f.end))
        return [
            found
            for found, after in itertools.zip_longest(
                self.found, self.found[1:]
            )
            if not self._relays(found, after)
        ]

    def _answer_end(self, index: int, told: set[int]) -> int:
        """
        Where the answer that goes on at sentence *index* ends: its
        paragraph's end, or a sentence of *told* before it.
        """
        doc = self.doc
        paragraph_end = doc.paragraphs[
            doc.paragraph_index(doc.sentences[index][0])
        ][1]
        for k in range(index + 1, len(doc.sentences)):
            start = doc.sentences[k][0]
            if start >= paragraph_end:
                break
            if k in told:
                return start
        return paragraph_end

    def _transcript_turns(
        self,
    ) -> tuple[dict[int, tuple[int, Entity]], set[int]]:
        """
        The answers of a transcript ("CCTV: Could you ...?" / "Lin Jian:
        This will be ..."), by paragraph: where the words start and who
        says them.  A person's name and a colon open an answer when that
        person opens two paragraphs so with a sentence (one is a caption;
        "X: 1,501." is a count, "X: It Is Not A Radical Idea" a headline);
        the paragraphs after an answer go on with it when another turn
        follows them.  No quotation marks: reported, not quoted.  Also the
        sentences of the answers where another person named says something
        ("A: X told me that ..."): theirs, not the answer's.
        """
        doc = self.doc
        labels = self._turn_labels()
        answers = collections.Counter(
            speaker for _, speaker, _ in labels.values() if speaker is not None
        )
        remarks = _remarks(labels, answers)
        needed = 1 if remarks else _TURNS
        turns: dict[int, tuple[int, Entity]] = {}
        if not answers or max(answers.values()) < needed:
            return turns, set()  # no one answers twice: no turns to look for
        # Said, if another turn follows them.
        going_on: dict[int, tuple[int, Entity]] = {}
        speaker: Entity | None = None
        reported, cued = self._reported_by_paragraph()
        told: set[int] = set()
        for paragraph, (start, end) in enumerate(doc.paragraphs):
            if paragraph in labels:
                turns |= going_on
                at, speaker, _ = labels[paragraph]
                if speaker is not None and answers[speaker] >= needed:
                    turns[paragraph] = (at, speaker)
                    told.update(
                        index
                        for index, named, person in reported.get(paragraph, [])
                        if named >= at and person is not speaker
                    )
                else:
                    speaker = None
            elif (
                speaker is not None
                and doc.text[start : start + 1].isalpha()
                and paragraph not in reported
                and not (paragraph in cued and doc.quotes_between(start, end))
            ):
                going_on[paragraph] = (start, speaker)
                continue
            else:
                speaker = None
            going_on = {}
        if remarks:
            turns |= going_on  # remarks have no next turn to end them
        return turns, told

    def _reported_by_paragraph(
        self,
    ) -> tuple[dict[int, list[tuple[int, int, Entity]]], set[int]]:
        """
        The paragraphs that report someone else's words, which end a
        transcript's turn: by paragraph, the sentences where a person named
        says something (past an answer's label, not the label), where that
        person is named and who ("Separately, X told reporters that ...");
        and the paragraphs with a cue not of the answer's "we" ("We urge
        ..." goes on, and "We call it “patience”" too).
        """
        doc = self.doc
        reported: dict[int, list[tuple[int, int, Entity]]] = {}
        cued: set[int] = set()
        for index, cues in self.cues_by_sentence.items():
            sentence = doc.sentences[index][0]
            for cue in cues:
                if self._first_person(cue):
                    continue  # "I’ve said": the answer's own
                cued.add(doc.paragraph_index(sentence))
                subject = doc.subject_before(cue.first, doc.token_at(sentence))
                if (
                    subject is not None
                    and subject.what == NAME
                    and subject.entity is not None
                    and subject.entity.kind == PERSON
                ):
                    reported.setdefault(
                        doc.paragraph_index(sentence), []
                    ).append(
                        (
                            index,
                            doc.tokens.starts[subject.first],
                            subject.entity,
                        )
                    )
        return reported, cued

    def _first_person(self, cue: Cue) -> bool:
        """Whether "I" or "we" says *cue*: "We call it ...", "I've said"."""
        words = self.doc.folded
        k = cue.first
        while k > 0 and words[k - 1] in SKIPPABLE:
            k -= 1
        return k > 0 and words[k - 1].split("'")[0] in {"i", "we"}

    def _turn_labels(self) -> dict[int, tuple[int, Entity | None, bool]]:
        """
        The paragraphs that open with a few capitalised words and a colon
        ("Reuters:", "Lin Jian:"): where their words start, the person the
        label names when a sentence follows it, and whether the label is
        an office and a name in capitals ("SECRETARY X:").
        """
        doc = self.doc
        words = doc.words
        labels: dict[int, tuple[int, Entity | None, bool]] = {}
        interviewee: Entity | None = None
        asked = False  # the interviewee is looked for at the first question
        for paragraph, (start, end) in enumerate(doc.paragraphs):
            if doc.text.find(":", start, end) < 0:
                continue  # most paragraphs have no colon at all
            first = doc.token_at(start)
            colon = _label_colon(words, first)
            if (
                colon is None
                or colon == first
                or doc.tokens.starts[colon] >= end
                or not all(
                    w[:1].isupper() or w == "." for w in words[first:colon]
                )
            ):
                continue
            at = doc.tokens.ends[colon]
            named = doc.mention_at_start.get(first)
            person = (
                named.entity
                if named is not None
                and named.last == colon
                and named.entity is not None
                and named.entity.kind == PERSON
                else None
            )
            label = words[first] if colon == first + 1 else ""
            capitals = all(w == "." or w.isupper() for w in words[first:colon])
            if person is None and label not in _LABELS_OF_NO_ONE and capitals:
                # "MR. REEKER:": a briefing's speaker in capitals.
                person = doc.scanner.labelled_person(first, colon)
            if label in _QUESTION_LABELS and not asked:
                asked = True
                interviewee = self._interviewee(start)
            elif label in _ANSWER_LABELS:
                person = interviewee
            office = (
                capitals
                and colon > first + 1
                and longest_at(doc.tables.titles, doc.folded, first)
                is not None
            )
            labels[paragraph] = (
                at,
                person if _is_sentence(doc.text[at:end]) else None,
                office,
            )
        return labels

    def _interviewee(self, end: int) -> Entity | None:
        """
        Who an interview before offset *end* (its first question) is with:
        the first person its introduction names in full with an office,
        else the first named in full; not its byline's author nor a
        journalist ("Courier correspondent X talked to Minister Y"; "spoke
        to the Courier": a lone capitalised word is no one).
        """
        doc = self.doc
        people = [
            entity
            for mention in doc.mentions_between(0, doc.token_at(end))
            if (entity := mention.entity) is not None
            and entity.kind == PERSON
            and " " in entity.name
            and doc.folded[mention.first - 1 : mention.first] != ["by"]
            and not (
                entity.role
                and entity.role.casefold().split()[-1] in _INTERVIEWERS
            )
        ]
        return next(
            (entity for entity in people if entity.role),
            people[0] if people else None,
        )

    def _relays(self, found: Found, after: Found | None) -> bool:
        """
        Whether the quotation *found* only relays the reported speech
        *after* it that fills it: in "“X said we will work together,” Y
        said" the words are X's, not Y's.
        """
        if (
            found.kind != DIRECT
            or after is None
            or after.kind != INDIRECT
            # "“Not a leader who says he is neutral ...”": no one relayed
            or after.speaker is None
        ):
            return False
        text = self.doc.text
        frame = text[found.start : after.start]
        return (
            found.start < after.start
            and found.end >= after.end
            and _words(frame) <= _RELAY_FRAME_WORDS
            and after.cue is not None
            and after.cue in frame
            and not text[after.end : found.end].strip(" ,.;:!?")
        )

    def _attributions(  # noqa: C901, PLR0912, PLR0915 - a branch per frame of a cue
        self, cues: list[Cue], first: int, last: int
    ) -> list[Attribution]:
        """
        The cues of one sentence that are speech verbs here, each with its
        subject; a noun that looks like a cue ("in his remarks") has none.
        """
        doc = self.doc
        words = doc.folded
        found: list[Attribution] = []
        firsts = {cue.first for cue in cues}
        self.sentence_attributions = found  # what a pronoun may refer to
        self.appositions = []
        self.acts = self._acts_beside(first, last)
        for cue in cues:
            if doc.quotes and doc.closed_quote_holds(
                doc.tokens.starts[cue.first]
            ):
                continue  # "he said this" quoted is what was said, no cue
            if self._deed(cue, last):
                continue  # "declared X persona non grata": done, not said
            if _noun_by(words, cue) and cue.first not in doc.mention_at_end:
                continue  # "rejected as “baseless” remarks by X": a noun
            if _noun_relative(doc, cue, after_words=bool(found)):
                # "..., remarks that drew condemnation": a noun, where the
                # words said before it end.
                self.appositions.append(cue.first)
                continue
            if (
                found
                and found[-1].cue.verb.content != "partial"
                and self._what_called(cue, found[-1].cue.last, last)
            ):
                # "urged Y to abandon what he called a mindset": the words
                # of the cue before, its object named as he names it.
                continue
            if found and self._reduced_relative(cue, found[-1].cue.last):
                # "dismissed claims by officials accusing X of ...": the
                # object of the cue before, whose words these are.
                continue
            if (
                cue.verb.content == "partial"
                and words[last - 1] != ":"
                and self._unquoted(
                    doc.tokens.starts[first], doc.tokens.ends[last - 1]
                )
                and not self._names_as(cue, last)
            ):
                # "The visit to Oslo was called off, according to ...": no
                # quotation for it to frame, so no frame of its own.
                continue
            if self._calls_on_someone(cue, last):
                continue  # "is to call on President X": a visit, no words
            if (
                cue.verb.lemma == _CONTINUE
                and words[cue.last : cue.last + 1] == ["to"]
                and (
                    cue.last + 1 not in firsts
                    # (not the last word of the text for a cue opening it)
                    or (cue.first > 0 and words[cue.first - 1] in _MODALS)
                )
            ):
                # "would continue to coordinate", "would continue to urge":
                # no words of its own; "continued to insist that" keeps its
                # words.
                continue
            if (
                found
                and found[-1].cue.verb.content == "clause"
                and words[cue.first - 1] not in _CONTINUING
                and self._needs_quotation(cue, last)
            ):
                # "X said that Oslo had called the envoy": a verb that says
                # something only with a quotation, inside X's clause, leaves
                # it to X.
                continue
            if (
                found
                and found[-1].cue.verb.content == "clause"
                and cue.verb.content == "quote"
                and words[cue.first - 1] in _MODALS
                and self._no_sentence_after(cue, last)
            ):
                # "said the government would respond “firmly”", "said Peru
                # would respond, calling ...": an act told in the words of
                # the cue before, no cue of its own.
                continue
            if (
                cue.verb.content != "clause"
                and cue.last < last
                and doc.words[cue.last][:1] in _CURRENCIES
            ):
                continue  # "pledged $2 billion": money, no speech
            if (
                quoted := self._quoted_as_saying(cue, first, last)
            ) is not None:
                found.append(quoted)
                continue
            if (
                cue.verb.content == "quote"
                and not self._near_quote(cue, last)
                and not self._ends_sentence(cue, first, last)
                and not self._quoted_subject(cue, first)
                and (
                    (
                        cue.verb.lemma in _QUOTATION_ONLY
                        and (
                            not DOCUMENT_NOUNS.isdisjoint(
                                doc.folded[cue.first - 1 : cue.first]
                            )
                            or not self._framed_that(cue.last, last)
                            or not self._poster_before(cue.first)
                        )
                    )
                    or not self._that_follows(cue.last, last)
                )
            ):
                continue  # "China would continue to play ...": no speech
            if cue.verb.lemma in _THAT_ONLY and not self._framed_that(
                cue.last, last
            ):
                continue  # "proposed a plan that would ...": an act
            if cue.verb.lemma == ACCORDING_TO:
                # "according to Western diplomats": a source with no name,
                # though a capital starts it.
                source_end = doc.unnamed_source_after(cue.last, last)
                mention = (
                    doc.subject_after(cue.last, last)
                    if not source_end
                    else None
                )
                if source_end:
                    # "according to the statement", "according to sources";
                    # "according to a statement by the Council of the EU",
                    # "... a statement issued by the Foreign Office".
                    author = None
                    by = source_end
                    if by < last and doc.folded[by] in _ISSUED:
                        by += 1
                    if by < last and doc.folded[by] in _AUTHORED:
                        author = doc.subject_after(by + 1, last)
                    if author is not None:
                        speaker = self._resolve(author)
                        source_end = author.last
                    elif words[cue.last : cue.last + 2] == ["the", "same"]:
                        # "according to the same source": the one cited last
                        speaker = (
                            self.found[-1].speaker if self.found else None
                        )
                    else:
                        # "according to the statement": whoever issued it
                        speaker = self._source(source_end - 1) or self._issuer(
                            source_end
                        )
                    found.append(
                        Attribution(cue, speaker, cue.first, source_end)
                    )
                    continue
                if (
                    mention is not None
                    and mention.last < last
                    and doc.is_unnamed_source(mention.last + 1)
                ):
                    # "according to the Danish press": a source with no
                    # name; "according to an Indian government statement".
                    speaker = self._source(mention.last)
                    found.append(
                        Attribution(cue, speaker, cue.first, mention.last + 1)
                    )
                elif mention is not None:
                    speaker = self._resolve(mention)
                    found.append(
                        Attribution(cue, speaker, cue.first, mention.last)
                    )
                continue
            if self._credit_label(cue, first):
                continue  # "Own report: ...": the outlet's label, no one's
            mention = doc.subject_before(cue.first, first)
            if mention is not None and _modifies_noun(words, mention, cue):
                continue  # "posted a Twitter comment": a noun, no verb
            if mention is not None and (
                spoken_to := _spoken_to(words, mention, first)
            ):
                # "A diplomat speaking to Reuters said": whom he spoke to is
                # no speaker; the one who spoke, before the participle.
                mention = doc.subject_before(spoken_to, first)
                if mention is None:
                    found.append(
                        Attribution(
                            cue,
                            None,
                            _phrase_start(words, spoken_to, first),
                            cue.last,
                        )
                    )
                    continue
            if mention is not None and (
                obtained := self._obtained_by(mention, first)
            ):
                # "A letter from X obtained by Reuters said": X's words, not
                # those of the outlet that saw them.
                noun, writer = obtained
                found.append(Attribution(cue, writer, noun, cue.last))
                continue
            if (
                mention is not None
                and (source := self._unnamed_from(mention, first)) is not None
            ):
                # "Diplomats in Riyadh say", "officials from both sides
                # said": people with no name, not the place.
                found.append(Attribution(cue, None, source, cue.last))
                continue
            if (
                mention is not None
                and "and" in words[mention.last : cue.first]
                and (
                    continued := self._continued(
                        cue, *self._own_clause(first, mention.first, found)
                    )
                )
            ):
                # "X thanked Y for its help and said": X goes on, not Y.
                found.append(continued)
                continue
            if mention is not None:
                speaker = self._resolve(mention)
                found.append(
                    Attribution(cue, speaker, mention.first, cue.last)
                )
                continue
            office = self._office_speaks(cue, first)
            if office is not None:
                found.append(office)
                continue
            impersonal = self._impersonal(cue, first, last)
            if impersonal is not None:
                found.append(impersonal)
                continue
            it = self._it_speaks(cue, first) or self._it_relative(
                cue, first, found
            )
            if it is not None:
                found.append(it)
                continue
            document = self._it_document(cue, first)
            if document is not None:
                found.append(document)
                continue
            antecedent = self._which_speaks(cue, first, last)
            if antecedent is not None:
                found.append(antecedent)
                continue
            before = words[cue.first - 1] if cue.first > first else ""
            after = doc.subject_after(cue.last, last)
            if (
                after is not None
                # "..., telling the official ...": whom, not who.
                and not words[cue.first].endswith("ing")
                and (
                    before in {",", ""}
                    or (
                        before in _DASHES and self._quote_before(cue.first - 1)
                    )
                    or doc.marks_between(
                        doc.tokens.starts[cue.first - 1],
                        doc.tokens.starts[cue.first],
                    )
                )
            ):
                found.append(self._said_before(cue, after, first))
                continue
            if (
                before == ","
                and doc.unnamed_source_after(cue.last, last) == last - 1
            ):
                # "..., reported foreign media.": a source with no name.
                found.append(Attribution(cue, None, cue.first, last - 1))
                continue
            if (
                (
                    before in _PARTICIPLE_OPENERS
                    # "... a “bad line,” claiming he ...": after the comma;
                    # not "...,” adding, “...”", a quotation's own cue.
                    or (
                        before in _QUOTE_MARKS
                        and words[cue.first - 2] == ","
                        and _QUOTATION_OPENERS.isdisjoint(
                            words[cue.last : cue.last + 1]
                        )
                    )
                )
                and doc.folded[cue.first].endswith("ing")
                # "X met Y, who said ..., adding that ...": Y goes on.
                and not (before == "," and found)
                and (mention := self._participle_subject(first, cue.first))
                is not None
            ):
                # "X gave some context, noting that ...", "by saying".
                speaker = self._resolve(mention)
                found.append(Attribution(cue, speaker, cue.first, cue.last))
                continue
            if before == "" and (
                mention := self._opening_participle(cue, last)
            ):
                # "Noting that ..., X said ...": X, after the participle.
                speaker = self._resolve(mention)
                found.append(Attribution(cue, speaker, cue.first, cue.last))
                continue
            if (before in _CONTINUING or before == "but") and (
                # "... and noted that", "... but added that"
                continued := self._continued(cue, first, found)
            ):
                found.append(continued)
                continue
            if before in _CONTINUING and cue.first == first + 1:
                continue
            if doc.is_unnamed_source(cue.first):
                if cue.verb.lemma == _REPORT and not _DENIALS.isdisjoint(
                    words[max(first, cue.first - _DENIAL_REACH) : cue.first]
                ):
                    # "denied media reports that ...": what the reports
                    # say is denied, no one's words.
                    continue
                # "..., the sources added.": the frame starts at the source.
                k = cue.first - 1
                while (
                    k > first
                    and cue.first - k < _SOURCE_WORDS
                    and doc.words[k - 1].isalpha()
                ):
                    k -= 1
                # "an Indian government statement said", "the ministry
                # said": its author; "the statement said": whoever issued
                # it; else no one.
                speaker = (
                    self._source(cue.first - 1)
                    or self._document_sender(cue, first)
                    or self._issuer(cue.first)
                )
                found.append(Attribution(cue, speaker, k, cue.last))
            elif self._someone_who(cue, first):
                # "A member of the delegation, who ..., said": no name.
                found.append(Attribution(cue, None, first, cue.last))
        return found

    def _quote_before(self, token: int) -> bool:
        """
        Whether a quotation closes right before token *token* with a comma
        inside or after its mark: '"Q," - said X', '"Q", - said X' (not "a
        bold - some say rash - pledge", nor '“special operation” – declared
        by X').
        """
        start = self.doc.tokens.starts[token]
        before = self.doc.text[max(0, start - _QUOTE_GAP) : start].rstrip()
        if before.endswith(","):
            return before[:-1].rstrip()[-1:] in _CLOSING_MARKS
        return before[-1:] in _CLOSING_MARKS and before[-2:-1] == ","

    def _said_before(
        self, cue: Cue, after: Mention, first: int
    ) -> Attribution:
        """
        The attribution of a cue after a comma with a mention after it:
        "..., said the minister." names who; "X, 60, a doctor, said she was
        ..." and "A member of Y, who ..., said the military would ..." open
        what was said, with its subject: "she" is still who speaks (she is
        X), "the military" is not.
        """
        words = self.doc.folded
        if _OPENS_CLAUSE.isdisjoint(words[after.last : after.last + 1]):
            # "..., said the minister."
            return Attribution(
                cue, self._resolve(after), cue.first, after.last
            )
        if after.what == PRONOUN:
            return Attribution(cue, self._resolve(after), cue.first, cue.last)
        subject = (
            None
            if self._someone_who(cue, first)
            else self.doc.main_subject(first, cue.first)
        )
        speaker = None if subject is None else self._resolve(subject)
        return Attribution(cue, speaker, cue.first, cue.last)

    def _someone_who(self, cue: Cue, first: int) -> bool:
        """
        Whether the subject of *cue* is someone with no name described by a
        relative clause between commas: "A member of the delegation, who
        spoke on condition of anonymity, said ...".
        """
        words = self.doc.folded
        if words[cue.first - 1 : cue.first] != [","]:
            return False
        k = cue.first - 2
        while k > first and cue.first - k < _ASIDE_REACH and words[k] != ",":
            k -= 1
        return (
            words[k : k + 2] == [",", "who"]
            and words[self._after_fronted_adjunct(first)] in _INDEFINITE
        )

    def _needs_quotation(self, cue: Cue, last: int) -> bool:
        """
        Whether *cue* says something only with a quotation after it in its
        sentence, and none follows ("Oslo had accused Peru of lying");
        "called X a partner" names without one.
        """
        if cue.verb.content != "partial" or self._names_as(cue, last):
            return False
        doc = self.doc
        return self._unquoted(
            doc.tokens.ends[cue.last - 1], doc.tokens.ends[last - 1]
        )

    def _no_sentence_after(self, cue: Cue, last: int) -> bool:
        """
        Whether no sentence is quoted within a few words after *cue* in its
        sentence: none is, or the first quotation there is a fragment that
        opens in lowercase ("would respond in a “measured” way").
        """
        doc = self.doc
        start = doc.tokens.ends[cue.last - 1]
        reach = min(last, cue.last + _FRAGMENT_REACH) - 1
        found = doc.quotes_between(start, doc.tokens.ends[reach])
        return (
            not found
            or doc.text[found[0].start : found[0].start + 1].islower()
        )

    def _calls_on_someone(self, cue: Cue, last: int) -> bool:
        """
        Whether "call on" pays a call here ("is to call on the Emir"), no
        "to" and a verb after it nor a quotation in its sentence ("called on
        both sides to show restraint" says something).
        """
        if cue.verb.lemma != _CALL_ON:
            return False
        doc = self.doc
        if self.call_on_marks is None:
            self.call_on_marks = self._to_verbs_and_clause_breaks()
        to_verbs, breaks = self.call_on_marks
        # To the end of its clause, however long the list of whom it calls
        # on ("called on X, including A, B and C, to act"), not into a
        # clause of its own (", where he conveyed ... to undertake").
        k = bisect.bisect_left(breaks, cue.last)
        stop = min(last, breaks[k]) if k < len(breaks) else last
        k = bisect.bisect_left(to_verbs, cue.last)
        return self._unquoted(
            doc.tokens.ends[cue.last - 1], doc.tokens.ends[last - 1]
        ) and (k == len(to_verbs) or to_verbs[k] >= stop)

    def _to_verbs_and_clause_breaks(self) -> tuple[list[int], list[int]]:
        """
        The tokens of "to" before a verb ("to act", "to “show restraint”"),
        and of the commas that open a clause of their own (", where ...").
        """
        doc = self.doc
        words = doc.folded
        to_verbs = []
        breaks = []
        for k, word in enumerate(words[:-1]):
            if word == "," and words[k + 1] in _CLAUSE_BREAKS:
                breaks.append(k)
            elif word == "to":
                j = k + 1
                if words[j] in _QUOTE_CHARACTERS and j + 1 < len(words):
                    j += 1  # "to “show restraint”": the verb quoted
                if doc.words[j][:1].islower() and words[j] not in _DETERMINERS:
                    to_verbs.append(k)
        return to_verbs, breaks

    def _unquoted(self, start: int, end: int) -> bool:
        """
        Whether no quotation mark, single or double, stands between offsets
        *start* and *end*.
        """
        doc = self.doc
        if self.quote_characters is None:
            # Sorted once, not a slice per cue: a long sentence of many
            # cues stays linear.
            text = doc.text
            self.quote_characters = [
                match.start()
                for match in _QUOTE_CHARACTER.finditer(text)
                if not _apostrophe(text, match.start())
            ]
        marks = self.quote_characters
        k = bisect.bisect_left(marks, start)
        return k == len(marks) or marks[k] >= end

    def _deed(self, cue: Cue, last: int) -> bool:
        """
        Whether a speech verb names a deed here, not words: "declared the
        attaché persona non grata", "added 40 tankers to the list",
        "informed the envoy of the decision" (what about, not what).
        """
        words = self.doc.folded
        after = words[cue.last : min(last, cue.last + _DEED_REACH)]
        lemma = cue.verb.lemma
        if lemma == "declare":
            return self._declared_deed(cue, last)
        if lemma == "add":
            return _onto_a_list(
                words[cue.last : min(last, cue.last + _LIST_REACH)]
            )
        if lemma in _BRIEFS:
            # "informed reporters on Tuesday that ...": what, not about
            return "that" not in after and not _BRIEFED_ON.isdisjoint(after)
        return False

    def _declared_deed(self, cue: Cue, last: int) -> bool:
        """
        Whether "declared" is an act here: "declared the attaché persona
        non grata", a court's "declared the law void", "declared a state of
        emergency"; not "declared that ...", nor a person's "declared the
        vote invalid" or "declared the talks a failure and called for
        emergency aid".
        """
        words = self.doc.folded
        after = words[cue.last : min(last, cue.last + _PERSONA_REACH)]
        # "declared that the envoy was persona non grata": words
        if "that" in after:
            after = after[: after.index("that")]
        if not _PERSONA_NON_GRATA.isdisjoint(after):
            return True
        # The thing declared ends at its clause: "and called for emergency
        # aid" is another verb's.
        after = after[:_DEED_REACH]
        for stop in (",", "and"):
            if stop in after:
                after = after[: after.index(stop)]
        if _DECLARED_DEEDS.isdisjoint(after):
            return False
        if "emergency" in after:
            return True
        if words[cue.first - 1] in _PERSONAL:
            return False  # "she declared the ruling void": her view
        subject = self.doc.mention_at_end.get(cue.first)
        return (
            subject is None
            or subject.entity is None
            or subject.entity.kind != PERSON
        )

    def _unnamed_from(self, mention: Mention, first: int) -> int | None:
        """
        Where the unnamed source that *mention* only places starts ("local
        media in X", "diplomatic sources in X", "officials from X", "a
        member of X"), or None.
        """
        words = self.doc.folded
        k = mention.first - 2  # the source's noun, before its preposition
        if (
            k > first
            and words[k : k + 2] == [_MEMBER, "of"]
            and words[k - 1] in _INDEFINITE
        ):
            return k - 1  # "a member of the X delegation"
        if k < first or words[k + 1] not in _PLACING:
            return None
        if k > first and words[k] in _STATIONED:
            k -= 1  # "a diplomat based in X"
        if words[k] not in NAMELESS_PEOPLE:
            return None
        while (
            k > first
            and mention.first - k <= _SOURCE_WORDS
            and self.doc.words[k - 1].isalpha()
            and self.doc.words[k - 1].islower()
        ):
            k -= 1  # "the local media in X"
        return k

    def _office_speaks(self, cue: Cue, first: int) -> Attribution | None:
        """
        The attribution of "his office said", "X's office confirmed": the
        office of the person meant (the subject of the sentence for "his"),
        an organisation of that person's state.
        """
        doc = self.doc
        words = doc.folded
        k = cue.first - 1
        while k > first and words[k] in SKIPPABLE:
            k -= 1  # "his office has confirmed"
        if k <= first or words[k] not in _OFFICES:
            return None
        person: Entity | None = None
        owner = doc.mention_at_end.get(k - 1)
        if words[k - 1] in _OWNERS:
            # "X will visit Y next week, his office said": the subject's.
            subject = doc.main_subject(self._after_fronted_adjunct(first), k)
            person = None if subject is None else subject.entity
        elif owner is not None and words[k - 1] in POSSESSIVES:
            person = self._resolve(owner)  # "Kast's office"
        if person is None or person.kind != PERSON:
            return None
        office = self.offices.get(id(person))
        if office is None:
            office = Entity(ORG, f"{person.name}'s office", person.country)
            if person.country is not None:
                office.affiliation = f"state:{person.country}"
            self.offices[id(person)] = office
        frame_first = k - 1 if owner is None else owner.first
        return Attribution(cue, office, frame_first, cue.last)

    def _impersonal(
        self, cue: Cue, first: int, last: int
    ) -> Attribution | None:
        """
        The attribution of an impersonal passive ("It was noted that ...",
        "it has been stressed that ..."): words said by no one named.
        """
        words = self.doc.folded
        k = cue.first - 1
        while k > first and words[k] in SKIPPABLE:
            k -= 1  # "It was also noted", "It has been stressed"
        if words[k] in _PASSIVE_AUXILIARIES and k > first:
            k -= 1
        elif "been" not in words[k + 1 : cue.first]:
            return None
        if words[k] != "it" or cue.last >= last or words[cue.last] != "that":
            return None
        return Attribution(cue, self._fronted_author(first, k), k, cue.last)

    def _fronted_author(self, first: int, k: int) -> Entity | None:
        """
        The author a fronted "In a statement (issued) by X," names before
        the clause at token *k*, else None.
        """
        words = self.doc.folded
        if words[first] != "in" or words[k - 1 : k] != [","]:
            return None
        for by in range(first + 1, k - 1):
            if words[by] in _AUTHORED and words[by - 1] in (
                _ISSUED | DOCUMENT_NOUNS
            ):
                author = self.doc.subject_after(by + 1, k - 1)
                return None if author is None else self._resolve(author)
        return None

    def _quoted_as_saying(
        self, cue: Cue, first: int, last: int
    ) -> Attribution | None:
        """
        The attribution of "Y quoted X as saying": X speaks, or the author
        of the document it names ("quoted a government statement as
        saying"); the frame runs from Y to "saying".
        """
        doc = self.doc
        words = doc.folded
        if cue.verb.lemma != _QUOTE or "by" in words[cue.last : cue.last + 1]:
            return None  # "X was quoted by Y as saying": X's, as passives are
        end = min(last - 1, cue.last + _QUOTED_REACH)
        k = next(
            (
                j
                for j in range(cue.last + 1, end)
                if words[j] == "as" and words[j + 1] in _QUOTED_AS
            ),
            None,
        )
        if k is None:
            return None
        quoted = doc.subject_after(cue.last, k)
        speaker = None
        if quoted is not None and quoted.last == k:
            speaker = self._resolve(quoted)
        elif quoted is not None and words[quoted.last] in DOCUMENT_NOUNS:
            speaker = self._source(quoted.last)
        relay = doc.subject_before(cue.first, first)
        frame_first = cue.first if relay is None else relay.first
        while (
            relay is None
            and frame_first > first
            and cue.first - frame_first < _SOURCE_WORDS
            and doc.words[frame_first - 1].isalpha()
        ):
            frame_first -= 1  # "the state news agency quoted"
        return Attribution(cue, speaker, frame_first, k + 2)

    def _participle_subject(self, first: int, token: int) -> Mention | None:
        """
        The subject of the sentence at token *first* that a participle at
        *token* goes on from: "The ministry condemned the Swedish strikes,
        describing them ..." is the ministry named before, not Sweden.
        """
        doc = self.doc
        first = self._past_label(first, token)
        opening = self._past_subordinate(self._past_participle(first), token)
        if opening >= token:
            # "Facing criticism, saying ...": the participle before is no
            # subject, and the one after the cue is another clause's.
            return None
        return doc.opening_body(
            self._after_fronted_adjunct(first)
        ) or doc.main_subject(opening, token)

    def _past_label(self, first: int, token: int) -> int:
        """
        Where the sentence at token *first* starts past a label of a few
        words and a colon before *token* that names a topic and no actor
        ("- Trade ties: ...", "Remembrance and commemoration: ..."), not
        "The minister said: ..." nor "Chile: ...".
        """
        doc = self.doc
        words = doc.words
        start = first + 1 if words[first] in _BULLETS else first
        colon = _label_colon(words, start)
        if (
            colon is None
            or colon == start
            or colon >= token
            or not words[start][:1].isupper()
            or not all(w.isalpha() for w in words[start:colon])
            or any(
                m.what != NAME or m.entity is not None
                for m in doc.mentions_between(start, colon)
            )
        ):
            return first
        return colon + 1

    def _opening_participle(self, cue: Cue, last: int) -> Mention | None:
        """
        The subject of a participle cue that opens its sentence: the one
        of the clause after the participle's comma ("Noting that ..., X
        said ..." is X).
        """
        doc = self.doc
        words = doc.folded
        if not words[cue.first].endswith("ing"):
            return None
        for k in range(cue.last, min(last, cue.last + _ASIDE_REACH)):
            if words[k] == ",":
                return doc.main_subject(k + 1, last)
        return None

    def _document_sender(self, cue: Cue, first: int) -> Entity | None:
        """
        Who issued the document a participle cue follows: "X released a
        statement saying ..." is X, the subject of the sentence.
        """
        doc = self.doc
        if not (
            doc.folded[cue.first].endswith("ing")
            and doc.folded[cue.first - 1] in DOCUMENT_NOUNS
        ):
            return None
        mention = doc.main_subject(first, cue.first - 1)
        return None if mention is None else self._resolve(mention)

    def _it_speaks(self, cue: Cue, first: int) -> Attribution | None:
        """
        The attribution of a cue whose subject is "it" ("The ministry said
        ... It added that ..."): the body that spoke last, when it is no
        person.
        """
        it = self._it_before(cue, first)
        if it is None:
            return None
        previous = self.found[-1] if self.found else None
        if (
            previous is None
            or previous.speaker is None
            or previous.speaker.kind == PERSON
            or self.doc.paragraph_index(previous.start)
            < self.doc.paragraph_index(self.doc.tokens.starts[it + 1]) - 1
            or self._body_between(previous.end, it)
        ):
            return None  # "it" may be anything: no speaker, no statement
        return Attribution(cue, previous.speaker, it, cue.last)

    def _it_relative(
        self, cue: Cue, first: int, found: list[Attribution]
    ) -> Attribution | None:
        """
        The attribution of "what it CUE" and "which it CUE" ("X summoned
        the envoy to protest what it called ..."): the body that is the
        sentence's subject, when no person; "it" in its own relative is
        the one whose act the sentence tells.  After a cue of its sentence
        (*found*) the relative is part of the words that cue says ("X said
        Y rejects such claims, which it described as ...").
        """
        doc = self.doc
        it = self._it_before(cue, first)
        if found or it is None or doc.folded[it - 1] not in _WH_RELATIVES:
            return None
        # "The ministry ..." after one named before is that one.
        subject = doc.opening_body(self._after_fronted_adjunct(first))
        if subject is None:
            subject = doc.main_subject(first, it - 1)
            if subject is None or not self._opens(subject, first):
                return None
        if self._unnamed(subject):
            return None
        speaker = self._resolve(subject)
        if speaker is None or speaker.kind == PERSON:
            return None
        return Attribution(cue, speaker, it, cue.last)

    def _opens(self, mention: Mention, first: int) -> bool:
        """
        Whether *mention* opens the sentence at token *first* or the clause
        after a fronted adjunct's comma ("On Monday, the ministry ..."):
        "The ministry received a delegation from X, which it said ..."
        names no subject, and the delegation is none; nor does "The EU's
        envoy", whose head is the envoy.
        """
        words = self.doc.folded
        if words[mention.last] in POSSESSIVES:
            return False
        # (A mention starts at its article: "the" is its first word.)
        k = mention.first
        return k == first or words[k - 1] == ","

    def _it_before(self, cue: Cue, first: int) -> int | None:
        """
        Where the "it" that is a cue's subject stands ("It also added"),
        past the adverbs between them, else None.
        """
        words = self.doc.folded
        k = cue.first
        while k > first and words[k - 1] in SKIPPABLE:
            k -= 1
        return k - 1 if k > first and words[k - 1] == "it" else None

    def _it_document(self, cue: Cue, first: int) -> Attribution | None:
        """
        The attribution of "It CUE" right after a sentence that a document
        opens ("The declaration welcomed the plan. It called for ..."): the
        document named before, when there is one.
        """
        doc = self.doc
        words = doc.folded
        if self._it_before(cue, first) != first:
            return None  # "It" opens the sentence
        sentence = doc.sentence_index(doc.tokens.starts[first])
        if sentence == 0:
            return None
        before = doc.token_at(doc.sentences[sentence - 1][0])
        paragraph = doc.paragraph_index(doc.tokens.starts[first])
        if (
            words[before + 1] not in DOCUMENT_NOUNS
            or doc.paragraph_index(doc.tokens.starts[before]) != paragraph
        ):
            return None
        speaker = self._source(before + 1)
        return (
            None
            if speaker is None
            else Attribution(cue, speaker, first, cue.last)
        )

    def _which_speaks(
        self, cue: Cue, first: int, last: int
    ) -> Attribution | None:
        """
        The attribution of "X, which CUE" ("the ministry, which said that
        ...", "the Declaration which primarily reaffirmed ..."): X, when the
        text names it right before "which", and the cue says something (a
        that-clause, a quotation, or a document's words), to the end of the
        sentence ("the EU, which said that ..., is" ends elsewhere).
        """
        doc = self.doc
        words = doc.folded
        k = cue.first - 1
        while k > first and (words[k] in SKIPPABLE or words[k].endswith("ly")):
            k -= 1  # "which has also", "which primarily"
        if k <= first or words[k] != "which":
            return None
        if words[k - 1] == ",":
            k -= 1
            if "," in words[cue.last : last]:
                return None
        mention = doc.mention_at_end.get(k)
        if (
            mention is None
            or mention.entity is None
            or not (
                words[k - 1] in DOCUMENT_NOUNS
                or self._that_follows(cue.last, last)
                or self._near_quote(cue, last)
            )
        ):
            return None
        return Attribution(
            cue, self._resolve(mention), mention.first, cue.last
        )

    def _body_between(self, offset: int, token: int) -> bool:
        """
        Whether a state or organisation is named between *offset* and the
        token *token* ("... The EU rejected the claim. It said ..."): "it"
        may be that one.
        """
        doc = self.doc
        return any(
            mention.entity is not None and mention.entity.kind != PERSON
            for mention in doc.mentions_between(doc.token_at(offset), token)
        )

    def _source(self, token: int) -> Entity | None:
        named = self.doc.source_named(token)
        return None if named is None else self._resolve(named)

    def _what_called(self, cue: Cue, first: int, last: int) -> bool:
        """
        Whether the cue *cue* opens, in the clause of the cue that ends at
        token *first*, a free relative with its subject and no quotation
        ("what he called a mindset", "what the minister described"); with
        one, "what he called “a gift”" is his partial quote.
        """
        doc = self.doc
        subject = doc.mention_at_end.get(cue.first)
        return (
            subject is not None
            and subject.first > first + 1
            and doc.folded[subject.first - 1] == "what"
            and "," not in doc.folded[first : subject.first]
            and not doc.quotes_between(
                doc.tokens.ends[cue.last - 1], doc.tokens.ends[last - 1]
            )
        )

    def _reduced_relative(self, cue: Cue, first: int) -> bool:
        """
        Whether the participle cue *cue* follows, with no comma, sources
        with no name in a phrase after token *first*: "statements by
        officials accusing X of ..." describes the statements; a person
        named ("from Bush calling X ...", "with spokesman X describing")
        says words of his own.
        """
        doc = self.doc
        before = doc.mention_at_end.get(cue.first)
        return (
            cue.last == cue.first + 1
            and doc.folded[cue.first].endswith("ing")
            and before is not None
            and before.first > first
            and doc.folded[before.first - 1].isalpha()
            and self._unnamed(before)
        )

    def _credit_label(self, cue: Cue, first: int) -> bool:
        """
        Whether *cue* is the noun of a label opening its sentence, "Own
        report:", "Special report:" (a verb after one word would read
        "reports").
        """
        folded = self.doc.folded
        return (
            cue.first == first + 1
            and folded[cue.first] == _REPORT
            and folded[cue.last : cue.last + 1] == [":"]
        )

    def _continued(
        self, cue: Cue, first: int, found: list[Attribution]
    ) -> Attribution | None:
        """
        The attribution of a cue that goes on after a comma or "and": the
        speaker of the cue before ("..., adding that ...", "... and noted
        that ..."), else the sentence's subject ("X thanked Y for the visit
        and said she ...").
        """
        doc = self.doc
        if found:
            speaker = found[-1].speaker
        elif doc.folded[cue.first - 1] == "and" and (
            mention := self._coordinated_subject(first, cue.first)
        ):
            speaker = self._resolve(mention)
        else:
            return None
        return Attribution(cue, speaker, cue.first, cue.last)

    def _own_clause(
        self, first: int, token: int, found: list[Attribution]
    ) -> tuple[int, list[Attribution]]:
        """
        Where the clause of *token* starts, and the cues of *found* in it:
        after "but", "while" or ";" a new subject speaks.
        """
        words = self.doc.folded
        start = next(
            (
                k + 1
                for k in range(token - 1, first, -1)
                if words[k] in _NEW_CLAUSE
                # "X, while in Oslo, thanked Y": no new subject after a
                # cue-less opening or a "but" inside a phrase.
                and (words[k] == ";" or words[k - 1] == ",")
                and any(a.cue.last <= k for a in found)
            ),
            first,
        )
        return start, [a for a in found if a.frame_first >= start]

    def _coordinated_subject(self, first: int, token: int) -> Mention | None:
        """
        The subject of "and CUE" at *token*: the sentence's, or the
        antecedent of a "who" before it ("X received Y, who thanked him ...
        and said").
        """
        doc = self.doc
        words = doc.folded
        for k in range(token - 1, first, -1):
            if words[k] == ",":
                break  # ", who hosted the talks, and said": the relative ended
            if words[k] == "who" and words[k - 1] == ",":
                return doc.subject_before(k + 1, first)
        return doc.main_subject(first, token)

    def _note_issuer(
        self, attribution: Attribution, first: int, last: int
    ) -> None:
        """
        Remember who issued a statement the text names: "X said in a
        statement", "a statement issued by X said", "In a statement, X
        said".
        """
        if attribution.speaker is None:
            return
        words = self.doc.folded
        low = max(0, attribution.frame_first - _ISSUER_REACH)
        high = min(last, attribution.frame_last + _ISSUER_REACH)
        before = words[low : attribution.frame_last]  # and the frame
        opening = self._after_fronted_adjunct(first)
        if opening <= attribution.frame_first:
            before += words[first:opening]
        # After the cue, only "said in a (written) statement": not "said
        # the statement issued by Washington was ...", which is content.
        after = [
            k
            for k in range(attribution.frame_last, high)
            if "in" in words[max(low, k - 3) : k]
        ]
        if not DOCUMENT_NOUNS.isdisjoint(before) or any(
            words[k] in DOCUMENT_NOUNS for k in after
        ):
            # "X was quoted as saying in a statement issued by Y": Y's.
            self.issuer = (
                next(
                    (
                        author
                        for k in after
                        if words[k] in DOCUMENT_NOUNS
                        and (author := self._document_author(k, last))
                    ),
                    None,
                )
                or attribution.speaker
            )
            self.issuer_paragraph = self.doc.paragraph_index(
                self.doc.tokens.starts[attribution.frame_first]
            )

    def _obtained_by(
        self, mention: Mention, first: int
    ) -> tuple[int, Entity | None] | None:
        """
        The document noun that *mention* only obtained or saw, when the
        words before it say so ("a letter from X obtained by Reuters"),
        with its author (None when no one is named); where no document is
        named, the start of what was seen, no one's ("protesters seen by
        the Tribune"); else None.
        """
        words = self.doc.folded
        by = mention.first - 1
        if (
            by - 1 <= first
            or words[by] != "by"
            or words[by - 1] not in _OBTAINED
            # "The draft was reviewed by X, who said": X's words
            # "was reviewed by X": a passive of its own clause, no reader
            or words[by - 2] in BE_FORMS
            or _relative_after(words, mention)
        ):
            return None
        for noun in range(by - 2, max(first - 1, by - _OBTAINED_REACH), -1):
            if words[noun] in _LEAKED_DOCUMENTS:
                return noun, self._document_author(noun, by - 1)
        # "Protesters seen by the Tribune said": people the outlet saw, no
        # name given.
        return _phrase_start(words, by - 1, first), None

    def _document_author(self, noun: int, last: int) -> Entity | None:
        """
        Who the words after the document noun at token *noun* say issued
        it: "a statement issued by X", "a statement from X".
        """
        words = self.doc.folded
        k = noun + 1
        if words[k : k + 1] in (["issued"], ["released"]):
            k += 1
        if k >= last or words[k] not in _AUTHORED:
            return None
        author = self.doc.subject_after(k + 1, last)
        return None if author is None else self._resolve(author)

    def _issuer(self, token: int) -> Entity | None:
        """
        Who issued "the statement" that ends before *token*: the issuer of
        the statement named last, a paragraph or two before, else the body
        that spoke last there ("..., the ministry said. ..., the statement
        said"); None for any other unnamed source.
        """
        if self.doc.folded[token - 1] not in DOCUMENT_NOUNS:
            return None
        words = self.doc.folded
        since = self.doc.token_at(self.found[-1].end) if self.found else 0
        named = next(
            (
                k
                for k in range(
                    token - 2, max(since, token - _ISSUED_REACH), -1
                )
                # A new one of the same noun: not "the statement said"
                # again, nor another kind of document.
                if words[k] == words[token - 1]
                and words[k - 1] != "the"
                # "..., X said in a statement.": the issuer noted
                and "in" not in words[max(0, k - 3) : k]
            ),
            None,
        )
        if named is not None:
            # "Y released a statement. The statement said": Y's, not the
            # last speaker's; no one's when no one is said to issue it, near
            # (far back, a statement of no issuer is another one: "X, which
            # has not issued a statement, ...").
            issuer = self._issued_by(named)
            if issuer is not None or token - named <= _NEAR_ISSUED:
                return issuer
        paragraph = self.doc.paragraph_index(self.doc.tokens.starts[token - 1])
        body = self.last_speaker
        if paragraph - self.issuer_paragraph <= _ISSUER_PARAGRAPHS and not (
            # "The Defence Ministry responded that ...": a body that spoke
            # after the issuer's statement is the one "the statement" is of
            body is not None
            and body.kind == ORG
            and self.last_speaker_paragraph > self.issuer_paragraph
        ):
            return self.issuer
        if (
            body is None
            or body.kind == PERSON
            or paragraph - self.last_speaker_paragraph > _ISSUER_PARAGRAPHS
        ):
            return None
        return body

    def _issued_by(self, noun: int) -> Entity | None:
        """
        Who the words before the document noun at *noun* say issued it:
        "NATO and Ukraine issued a joint statement".
        """
        doc = self.doc
        verb = next(
            (
                k
                for k in range(noun - 1, max(0, noun - _ISSUER_REACH), -1)
                if doc.folded[k] in _ISSUED
            ),
            None,
        )
        if verb is None:
            return None
        first = doc.token_at(
            doc.sentences[doc.sentence_index(doc.tokens.starts[verb])][0]
        )
        issuer = doc.subject_before(verb, first)
        return None if issuer is None else self._resolve(issuer)

    def _ends_sentence(self, cue: Cue, first: int, last: int) -> bool:
        """
        Whether a cue closes its sentence after a comma and its subject:
        "..., the sources added.", "..., he continued." are speech.
        """
        words = self.doc.words
        if cue.last < last and words[cue.last] not in {".", "!", "?"}:
            return False
        low = max(first, cue.first - _SOURCE_WORDS - 1)
        return "," in words[low : cue.first]

    def _near_quote(self, cue: Cue, last: int) -> bool:
        """
        Whether a quotation mark stands within a few words of *cue*: "he
        asked, “...”", "“...,” she continued".
        """
        doc = self.doc
        low = max(0, cue.first - _CUE_REACH)
        high = min(last, cue.last + _CUE_REACH)
        return high > low and doc.marks_between(
            doc.tokens.starts[low], doc.tokens.ends[high - 1]
        )

    def _quoted_subject(self, cue: Cue, first: int) -> bool:
        """
        Whether a quotation closes right before the subject of *cue*, past
        the reach of `_near_quote`: "“...,” X, the head of the union,
        recalled of the meeting".
        """
        doc = self.doc
        subject = doc.subject_before(cue.first, first)
        return (
            subject is not None
            and subject.first > 0
            and doc.words[subject.first - 1] in _QUOTE_MARKS
        )

    def _sentence(self, sentence: tuple[int, int], cues: list[Cue]) -> None:
        doc = self.doc
        start, end = sentence
        quotes = doc.quotes_between(start, end)
        if not cues and not quotes:
            return  # most sentences: nothing said in them
        first = doc.token_at(start)
        last = doc.token_at(end)
        if cues and self._relayed_before(cues[0], first, last):
            return
        attributions = self._attributions(cues, first, last)
        if self.documents:
            for framed in attributions:
                self._note_issuer(framed, first, last)
        frames = _Frames(attributions)
        used, orphans = (
            self._quotations(quotes, frames, last) if quotes else (set(), [])
        )
        for index, attribution in enumerate(attributions):
            if attribution.cue.first in used | self.taken_cues:
                continue
            following = self._apposition_before(
                attribution,
                attributions[index + 1].frame_first
                if index + 1 < len(attributions)
                else last,
            )
            if self._introduces_passage(attribution, last):
                continue
            # Words said before a cue start after the cue before it.
            clause = attributions[index - 1].frame_last if index else first
            self._reported(attribution, clause, last, following, frames)
        for quote in orphans:
            if quote.start not in self.claimed:
                self._orphan_quote(quote)

    def _acts_beside(self, first: int, last: int) -> list[int]:
        """
        The tokens of the acts after "and" that the sentence's speaker does
        beside his words ("said Y adheres to the treaty and thanked Z"),
        not one that shares an auxiliary with the words ("said Y had met Z
        and thanked it", "was signed and praised").
        """
        words = self.doc.folded
        # The act's verb, where the words said end at the "and" before it.
        return [
            k + 1
            for k in range(first + 1, last - 1)
            if words[k] == "and"
            and words[k + 1] in _ACTS_BESIDE
            and not words[k - 1].endswith("ed")
            and words[k + 2 : k + 4] not in _RECIPROCALS
            and not _shares_auxiliary(words, max(first, k - _SHARED_REACH), k)
        ]

    def _apposition_before(
        self, attribution: Attribution, following: int
    ) -> int:
        """
        Where the words of *attribution* end at the latest: at a noun in
        apposition after them ("said X, remarks that drew ...") or an act
        beside them ("said X and thanked Y"), else at token *following*.
        """
        # (In token order: one search each, however many a sentence holds.)
        for ends in (self.appositions, self.acts):
            k = bisect.bisect_left(ends, attribution.frame_last)
            if k < len(ends):
                following = min(following, ends[k])
        return following

    def _relayed_before(self, cue: Cue, first: int, last: int) -> bool:
        """
        Whether the sentence from token *first* only says who told the one
        before it ("This was reported by the ministry's press service, an
        agency's correspondent reports.", "This was announced by X with
        reference to the statement of Y"); that sentence is then said by
        the source, or by the one it refers to, and noted as its issuer.
        """
        doc = self.doc
        words = doc.folded
        # "This was reported", "This has been reported"
        verb_at = (
            first + 2 + (words[first + 1 : first + 2] in (["has"], ["had"]))
        )
        if not (
            words[first] in _RELAY_PRONOUNS
            and words[first + 1] in _RELAY_AUXILIARIES
            and cue.first == verb_at
            and cue.verb.lemma in _RELAY_VERBS
            and words[cue.last : cue.last + 1] == ["by"]
        ):
            return False
        index = doc.sentence_index(doc.tokens.starts[first])
        if index == 0:
            return False
        start, end = doc.sentences[index - 1]
        if self.found and self.found[-1].end > start:
            return False  # the sentence before was said by someone
        source = doc.subject_after(cue.last + 1, last)
        if source is not None and words[source.last : source.last + 1] == [
            "of"
        ]:
            # "the press service of the Ministry of ...": the ministry
            source = doc.subject_after(source.last + 1, last) or source
        referred_at = next(
            (
                self._document_of(k + 3)
                for k in range(cue.last, last - 3)
                if words[k : k + 3] == ["with", "reference", "to"]
            ),
            None,
        )
        if referred_at is not None:
            # "by UNN with reference to the statement of the ministry": the
            # ministry's, the outlet only relays it.
            referred = doc.subject_after(referred_at, last)
            if self._nameless_before(referred_at, referred):
                return False  # "with reference to sources in the ministry"
            source = referred or source
        if source is None or self._nameless_before(cue.last + 1, source):
            return False  # "by officials of the ministry": no one named
        speaker = self._resolve(source)
        while end > start and doc.text[end - 1] in " .":
            end -= 1
        self._add(Found(start, end, INDIRECT, speaker, _cue_text(doc, cue)))
        self.issuer = speaker
        self.issuer_paragraph = doc.paragraph_index(doc.tokens.starts[first])
        return True

    def _nameless_before(self, token: int, mention: Mention | None) -> bool:
        """
        Whether people with no name stand between token *token* and
        *mention* ("sources in the government", "officials of the
        ministry"): they, not the body named after them, said it.
        """
        return mention is not None and not NAMELESS_PEOPLE.isdisjoint(
            self.doc.folded[token : mention.first]
        )

    def _document_of(self, k: int) -> int:
        """
        Where the author starts in "the statement of X" at token *k*: past
        the document's words, if any.
        """
        words = self.doc.folded
        j = k + (words[k] in _DETERMINERS)
        if tuple(words[j : j + 2]) in _TEXTS_OF:
            return j + 2
        return k

    def _introduces_passage(self, attribution: Attribution, last: int) -> bool:
        """
        Whether the cue of *attribution* ends its paragraph ("X said:", "X
        said in a statement on Monday:", "X said" and no more), so that the
        next one is what was said, set off with no quotation marks, up to
        another's words; it is added if so.
        """
        doc = self.doc
        k = attribution.frame_last
        colon = doc.words[last - 1] == ":" and all(
            word != "that" and (word in _FRAME_WORDS or word in _FRAME_TIME)
            for word in doc.folded[k : last - 1]
        )
        if not colon and k != last:
            return False
        end = doc.tokens.ends[last - 1]
        paragraph = doc.paragraph_index(end - 1)
        if (
            paragraph + 1 >= len(doc.paragraphs)
            or doc.text[end : doc.paragraphs[paragraph][1]].strip()
        ):
            return False
        start, stop = doc.paragraphs[paragraph + 1]
        if not doc.text[start : start + 1].isalpha():
            return False  # a quotation of its own, or markup
        if not colon and not (
            attribution.cue.verb.lemma == _SAY
            and doc.folded[doc.token_at(start)] in _FIRST_PERSON
        ):
            # A headline ("Visit date announced") or a line that lost its
            # period: only "X said" and a passage in the first person.
            return False
        stop = self._passage_end(start, stop, attribution.speaker)
        if stop <= start:
            return False
        cue = _cue_text(doc, attribution.cue)
        self._add(Found(start, stop, DIRECT, attribution.speaker, cue))
        self.passage_end = stop
        return True

    def _passage_end(
        self, start: int, stop: int, speaker: Entity | None
    ) -> int:
        """
        Where a passage said with no quotation marks, from *start* to its
        paragraph's end *stop*, ends: before its first sentence that holds
        a quotation mark or a cue of someone else than *speaker* ("...
        Later, Defence Minister Y said that ..."; not "..., he added").
        """
        doc = self.doc
        sentences = doc.sentence_index(start), doc.sentence_index(stop - 1)
        for index in range(sentences[0], sentences[1] + 1):
            s_start, s_end = doc.sentences[index]
            if doc.marks_between(s_start, s_end) or any(
                self._third_person(cue, speaker)
                for cue in self.cues_by_sentence.get(index, [])
            ):
                return start + len(doc.text[start:s_start].rstrip())
        return stop

    def _third_person(self, cue: Cue, speaker: Entity | None) -> bool:
        """
        Whether someone not "I" or "we", nor *speaker* again ("he added"),
        is named at *cue*: "Y said".
        """
        doc = self.doc
        mention = doc.mention_at_end.get(
            cue.first
        ) or doc.mention_at_start.get(cue.last)
        return (
            mention is not None
            and doc.folded[mention.first] not in _FIRST_PERSON
            and (speaker is None or doc.resolve(mention, speaker) != speaker)
        )

    def _quotations(
        self, quotes: list[Quote], frames: _Frames, last: int
    ) -> tuple[set[int], list[Quote]]:
        """
        The quotations of a sentence given to their cues; returns the cues
        they used and the quotations no cue claims.
        """
        doc = self.doc
        used: set[int] = set()
        orphans: list[Quote] = []
        previous: Attribution | None = None
        for quote in quotes:
            if quote.start in self.claimed:
                used |= self._closing_cue(quote, frames, last)
                continue
            attribution = self._cue_after(quote, frames, last)
            if attribution is None:
                attribution = self._before(quote, frames, last)
                if attribution is not None and self._clause_goes_on(
                    quote, last, frames
                ):
                    # 'said that “Of course we will” against what ...': the
                    # quotation is part of a clause that goes on.
                    used.add(attribution.cue.first)
                    self._partial_clause(quote, attribution, last)
                    continue
            if attribution is None and previous is not None:
                # "“A,” he said, “B.”": the same speaker goes on; not past
                # a cue of its own ("he said, describing it as “B”").
                mark = doc.token_at(quote.outer_start)
                if frames.ending_before(mark) is previous:
                    attribution = previous
            if attribution is not None and not self._is_speech(quote):
                # "asked if Russia has an “exit strategy,” Lavrov said that
                # ...": a scare quote leaves the cue to the clause.
                self.claimed.add(quote.start)
                continue
            if attribution is not None:
                used.add(attribution.cue.first)
                previous = attribution
                cue_text = _cue_text(doc, attribution.cue)
                opening = self._clause_before(quote, frames)
                if opening is None:
                    self._quote(quote, attribution.speaker, cue_text)
                else:
                    # 'The talks were “a step forward,” she said': the
                    # quotation ends a clause of the writer's words.
                    self.claimed.add(quote.start)
                    self._add(
                        Found(
                            opening,
                            quote.outer_end,
                            PARTIAL,
                            attribution.speaker,
                            cue_text,
                        )
                    )
            else:
                orphans.append(quote)
        return used, orphans

    def _cue_after(
        self, quote: Quote, frames: _Frames, last: int
    ) -> Attribution | None:
        """
        The cue after *quote* that says it (see `_after`), but not a
        participle with no subject of its own (", adding", ", revealing")
        when the quotation stands inside the clause of a cue before it:
        'said they share “a firm commitment,” adding that ...' ends the
        clause before, and the participle says words of its own.
        """
        attribution = self._after(quote, frames, last)
        if attribution is None:
            return None
        doc = self.doc
        mark = doc.token_at(quote.outer_start)
        inside = (
            attribution.frame_first == attribution.cue.first
            and attribution.frame_last == attribution.cue.last
            and doc.folded[attribution.cue.first].endswith("ing")
            and mark > 0
            and doc.words[mark - 1].isalpha()
            and frames.ending_before(mark + 1) is not None
        )
        return None if inside else attribution

    def _closing_cue(
        self, quote: Quote, frames: _Frames, last: int
    ) -> set[int]:
        """
        The cue after a quotation already said (a paragraph that goes on
        with the quotation before, "“...,” she said"): it says nothing more,
        but who it names said the quotation ('"Trump walked on stage' left
        open does not make the next quotations his).
        """
        closing = self._after(quote, frames, last)
        if closing is None:
            return set()
        for index, found in enumerate(self.found):
            if found.start == quote.start and found.kind == DIRECT:
                cue = _cue_text(self.doc, closing.cue)
                self.found[index] = found._replace(
                    speaker=closing.speaker, cue=cue
                )
                self.last_speaker = closing.speaker
        return {closing.cue.first}

    def _clause_before(self, quote: Quote, frames: _Frames) -> int | None:
        """
        Where the clause starts that a closed quotation ends, when words
        of no cue stand right before it in its sentence ("The talks were
        “a step forward,” she said"); None when the quotation opens its
        sentence or follows a mark or a cue.
        """
        doc = self.doc
        mark = doc.token_at(quote.outer_start)
        start, _ = doc.sentences[doc.sentence_index(quote.outer_start)]
        first = doc.token_at(start)
        if (
            quote.open_end
            or mark <= first
            or not doc.words[mark - 1].isalpha()
            or frames.ending_before(mark + 1) is not None
            or doc.quotes_between(start, quote.outer_start)
        ):
            return None
        return start

    def _clause_goes_on(
        self, quote: Quote, last: int, frames: _Frames
    ) -> bool:
        """
        Whether words of the clause follow a quotation that its cue opens:
        "said that “...” against what ..." goes on; "said: “...”", "“...”
        before leaving" and "“...,” adding" do not.
        """
        doc = self.doc
        if quote.open_end:
            return False
        k = doc.token_at(quote.outer_end)
        if k < last and doc.words[k] == ",":
            return False
        words = doc.folded[k:last]
        alpha = [w for w in words if w.isalpha()]
        return (
            len(alpha) >= _CLAUSE_TAIL_WORDS
            and words[0].isalpha()
            and words[0] not in _CIRCUMSTANCE_OPENERS
            and words[0] not in _NOT_GOING_ON
            and not words[0].endswith("ing")
            and frames.by_first.get(k) is None
            and not doc.quotes_between(
                quote.outer_end, doc.tokens.ends[last - 1]
            )
        )

    def _partial_clause(
        self, quote: Quote, attribution: Attribution, last: int
    ) -> None:
        doc = self.doc
        self.claimed.add(quote.start)
        end = doc.tokens.ends[last - 1]
        cue = _cue_text(doc, attribution.cue)
        self._add(
            Found(quote.outer_start, end, PARTIAL, attribution.speaker, cue)
        )

    def _quote(
        self, quote: Quote, speaker: Entity | None, cue: str | None
    ) -> None:
        doc = self.doc
        self.claimed.add(quote.start)
        if not self._is_speech(quote):
            return
        speaker = self._quoted(quote, speaker, cue)
        # The paragraphs that go on with the same quotation.
        while quote.open_end:
            paragraph = doc.paragraph_index(quote.start) + 1
            if paragraph >= len(doc.paragraphs):
                return
            p_start, _ = doc.paragraphs[paragraph]
            following = self.quote_starts.get(p_start + 1)
            if following is None:
                following = self.quote_starts.get(p_start)  # no new mark
            if following is None:
                return
            quote = following
            self.claimed.add(quote.start)
            speaker = self._quoted(quote, speaker, cue)

    def _is_speech(self, quote: Quote) -> bool:
        """
        Whether *quote* is speech (see `_is_speech`); one that opens its
        sentence and hands on to a cue with its comma ("“Welcome to Oslo,”
        X told the envoy") is no title for its small words: a title stands
        inside a sentence, or alone as a heading.
        """
        doc = self.doc
        text = doc.text[quote.start : quote.end]
        mark = doc.token_at(quote.outer_start)
        opening = text.rstrip().endswith(",") and (
            mark == 0
            or doc.words[mark - 1] in {".", "!", "?"}
            or doc.paragraphs[doc.paragraph_index(quote.outer_start)][0]
            == quote.outer_start
        )
        return _is_speech(text, opening=opening)

    def _quoted(
        self, quote: Quote, speaker: Entity | None, cue: str | None
    ) -> Entity | None:
        """
        Add one paragraph of a quotation as said; returns who goes on
        saying the quotation.  "Follow X on Twitter" is no one's words.
        """
        start, speaker = self._turn(quote, speaker)
        if not _follow_line(self.doc.text[start : quote.end]):
            self._add(Found(start, quote.end, DIRECT, speaker, cue))
        return speaker

    def _turn(
        self, quote: Quote, speaker: Entity | None
    ) -> tuple[int, Entity | None]:
        """
        Where the words of *quote* start and who says them: past the label
        of a quoted transcript's turn, its speaker; else the quotation and
        *speaker*.
        """
        if self.quoted_turns is None:
            self.quoted_turns = self._find_quoted_turns()
        return self.quoted_turns.get(quote.start, (quote.start, speaker))

    def _find_quoted_turns(self) -> dict[int, tuple[int, Entity | None]]:
        """
        The quoted turns of a transcript ('"SMITH: We will ...' opening a
        paragraph), by the start of their quotation: where their words
        start past the label, and the person of that surname named before
        (no one when none was: "HOST").  A label that names no one counts
        only when a second turn shows the transcript ('"NOTE: ..."' alone
        is words).
        """
        doc = self.doc
        words = doc.words
        turns: dict[int, tuple[int, Entity | None]] = {}
        # The last person named with each surname, as the quotes go on.
        people: dict[str, Entity] = {}
        mentions = iter(doc.mentions)
        mention = next(mentions, None)
        for quote in doc.quotes:
            first = doc.token_at(quote.start)
            while mention is not None and mention.first < first:
                entity = mention.entity
                if entity is not None and entity.kind == PERSON:
                    people[entity.name.casefold().split()[-1]] = entity
                mention = next(mentions, None)
            colon = _label_colon(words, first)
            if (
                colon is None
                or colon == first
                or doc.paragraphs[doc.paragraph_index(quote.start)][0]
                != quote.outer_start
                or not all(
                    w == "." or (w.isalpha() and w.isupper())
                    for w in words[first:colon]
                )
                or not _is_sentence(
                    doc.text[doc.tokens.ends[colon] : quote.end]
                )
            ):
                continue
            turns[quote.start] = (
                doc.tokens.starts[colon + 1],
                people.get(words[colon - 1].casefold()),
            )
        if len(turns) < _TURNS:
            return {
                start: turn
                for start, turn in turns.items()
                if turn[1] is not None
            }
        return turns

    def _after(
        self, quote: Quote, frames: _Frames, last: int
    ) -> Attribution | None:
        """
        ``"Q," he said`` / ``"Q," said the minister``.
        """
        doc = self.doc
        if quote.open_end:
            return None
        token = doc.token_at(quote.outer_end)
        if token < last and doc.words[token] == ",":
            token += 1
        if (
            token < last
            and doc.words[token] in _DASHES
            and self._quote_before(token)
        ):
            token += 1  # '"Q", - said X', as translated wires write it
        described = 0
        for k in range(token, last):
            attribution = frames.by_first.get(k)
            if attribution is not None:
                # "“Q,” Clinton campaign spokesman Brian Fallon said"
                return attribution
            if doc.folded[k] == "'s":
                continue  # "“Q,” Gallup's pollster X said"
            if doc.words[k] == "," and described:
                # "“Q,” her deputy, X, said": the name in apposition; not
                # "“Q” partnership, X said", a clause of the writer's.
                named = frames.by_first.get(k + 1)
                if (
                    named is None
                    or "," not in doc.words[k + 1 : named.cue.first]
                ):
                    return None
                return named
            described += 1
            if (
                described > _FRAME_SLACK
                or not doc.words[k].replace("-", "").isalpha()
                or doc.folded[k] in _NOT_GOING_ON
            ):
                # 'said that “Q,” and called for ...': the cue after "and"
                # says something of its own.
                return None
        return None

    def _before(
        self, quote: Quote, frames: _Frames, last: int
    ) -> Attribution | None:
        """
        ``He said: "Q"`` / ``He told reporters, "Q"``.
        """
        doc = self.doc
        mark = doc.token_at(quote.outer_start)
        if mark == 0:
            return None
        if doc.words[mark - 1] not in {":", ","}:
            # 'Misri said “Today ...': no mark between cue and quotation,
            # and perhaps when ('said on Monday “...'); 'said “nobody can
            # ...,” adding' is whole words too, as it ends the clause.
            attribution = frames.by_last.get(mark) or self._when_between(
                frames.ending_before(mark), mark
            )
            if attribution is not None and (
                doc.text[quote.start].isupper()
                or (
                    self._ends_clause(quote, last)
                    # not 'which the government says “operate in ...”'
                    and doc.folded[attribution.frame_first - 1]
                    not in _RELATIVES
                )
            ):
                return attribution
            return None
        attribution = frames.ending_before(mark)
        if attribution is not None and (
            mark - 1 - attribution.frame_last <= _CUE_REACH
            or self._in_document(attribution.frame_last, mark - 1)
        ):
            return attribution
        if doc.words[mark - 1] == ":" and doc.text[quote.start].isupper():
            # 'Macron issued a warning: “Our peace ...”': the clause's
            # subject introduces the quotation.
            first = doc.token_at(
                doc.sentences[doc.sentence_index(quote.start)][0]
            )
            subject = doc.main_subject(first, mark - 1)
            if subject is not None:
                subject = self._named_after(subject, mark - 1)
                speaker = self._resolve(subject)
                if speaker is not None:
                    cue = Cue(mark - 1, mark, SpeechVerb(":", "quote"))
                    return Attribution(cue, speaker, subject.first, mark - 1)
        return None

    def _in_document(self, k: int, colon: int) -> bool:
        """
        Whether the words from token *k* to the colon at *colon* only say
        where the words were written: "said in a statement received by the
        Example News Agency (ENA):".
        """
        words = self.doc.folded
        return (
            words[colon] == ":"
            and colon - k <= _DOCUMENT_REACH
            and words[k] == "in"
            and words[k + 1] in _FRAME_DETERMINERS
            and words[k + 2] in DOCUMENT_NOUNS
            and "that" not in words[k:colon]
        )

    def _when_between(
        self, attribution: Attribution | None, mark: int
    ) -> Attribution | None:
        """
        *attribution* when only a few words of when or where stand between
        its frame and the quotation at token *mark* ("said on Monday").
        """
        if attribution is None:
            return None
        words = self.doc.folded
        k = attribution.frame_last
        if not (
            0 < mark - k <= _WHEN_WORDS_REACH + 2
            and (words[k] in _ADJUNCT_OPENERS or words[k] in _WHEN_WORDS)
            and all(w.isalpha() and w != "that" for w in words[k:mark])
        ):
            return None
        return attribution

    def _ends_clause(self, quote: Quote, last: int) -> bool:
        """
        Whether the clause ends with the quotation: the sentence does, or a
        comma or semicolon follows it.
        """
        doc = self.doc
        if quote.open_end or doc.text[quote.end - 1] in ",.;!?":
            return True  # 'said “nobody can ...,” adding'
        k = doc.token_at(quote.outer_end)
        return k >= last or doc.words[k] in {".", ",", ";", "!", "?"}

    def _orphan_quote(self, quote: Quote) -> None:
        """
        A quotation with no cue in its sentence: a paragraph that is only a
        quotation goes on from the speaker before; a long one in running
        text has no speaker; a short one is a scare quote, no statement.
        """
        doc = self.doc
        after = self._frame_after(quote)
        if after is not None:
            self.taken_cues.add(after.cue.first)
            self._quote(quote, after.speaker, _cue_text(doc, after.cue))
            return
        signer = self._signed(quote)
        if signer is not None:
            self._quote(quote, signer, None)
            return
        read = self._read_from(quote)
        if read is not None:
            self._quote(quote, *read)
            return
        source_end = self._document_after(quote)
        if source_end:
            # "“...,” the statement reads": no cue we know, its issuer;
            # "“...,” the declaration reads": the declaration named before.
            speaker = self._source(source_end - 1) or self._issuer(source_end)
            self._quote(quote, speaker, None)
            return
        paragraph = doc.paragraph_index(quote.start)
        p_start, _ = doc.paragraphs[paragraph]
        if quote.outer_start == p_start:
            mark = doc.token_at(p_start)
            introduced = mark > 0 and doc.words[mark - 1] == ":"
            if introduced:
                # "Analyst X put it plainly:" ending the paragraph before;
                # "A diplomat, speaking on condition of anonymity, put it
                # plainly:" is no one, not the last speaker.
                subject, speaker = self._introducer(paragraph - 1)
                if speaker is None and not (
                    self._nameless_opens(paragraph - 1)
                    if subject is None
                    else self._unnamed(subject)
                ):
                    speaker = self.last_speaker
                self._quote(quote, speaker, None)
                return
            if paragraph - self.last_speaker_paragraph <= 1:
                self._quote(quote, self.last_speaker, None)
                return
        text = doc.text[quote.start : quote.end]
        if _words(text) >= _MIN_SCARE_WORDS and text[0].isupper():
            # A quotation standing alone goes on from the last speaker.
            recent = paragraph - self.last_speaker_paragraph <= 1
            self._quote(quote, self.last_speaker if recent else None, None)

    def _frame_after(self, quote: Quote) -> Attribution | None:
        """
        The cue and speaker that open the sentence after a quotation that
        ends its own ("“Why wait?” Karim Fahmy asked.", "“We wait.” Fahmy
        said."), when nothing but the frame follows them.  The quotation is
        the whole sentence ('chanting “Stop the war!”' is not), and the
        frame in its paragraph.
        """
        doc = self.doc
        index = doc.sentence_index(quote.start)
        begin, end = doc.sentences[index]
        if (
            quote.outer_end != end
            or quote.outer_start != begin
            or doc.text[quote.end - 1 : quote.end] not in {"?", "!", "."}
            or index + 1 >= len(doc.sentences)
            or doc.paragraph_index(doc.sentences[index + 1][0])
            != doc.paragraph_index(begin)
            or not (cues := self.cues_by_sentence.get(index + 1))
        ):
            return None
        cue = cues[0]
        start, stop = doc.sentences[index + 1]
        first, last = doc.token_at(start), doc.token_at(stop)
        mention = doc.subject_before(cue.first, first)
        if mention is None or mention.first != first:
            return None
        if (
            cue.last < last
            and (
                not (
                    doc.folded[cue.last] in _FRAME_ENDS
                    or doc.folded[cue.last] in _WHEN_WORDS
                    or doc.folded[cue.last] in _AUDIENCES
                    # "Y said as she opened the vote", "Y said of the plan"
                    or doc.folded[cue.last] in _CIRCUMSTANCE_OPENERS
                    or doc.folded[cue.last] == "of"
                )
                or "that" in doc.folded[cue.last : last]
            )
        ):
            # "Y said the talks would go on", "Y said on Monday that ...":
            # words of its own.
            return None
        return Attribution(cue, self._resolve(mention), first, cue.last)

    def _read_from(self, quote: Quote) -> tuple[Entity | None, str] | None:
        """
        The author and cue of "“...,” read a statement by X" right after
        *quote*: X ("the ministry" the one named before), or None when no
        such words follow.
        """
        doc = self.doc
        words = doc.folded
        k = doc.token_at(quote.outer_end)
        k += words[k : k + 1] == [","]
        if not (
            words[k : k + 1] in (["read"], ["reads"])
            and words[k + 1 : k + 2] in (["a"], ["the"])
            and not DOCUMENT_NOUNS.isdisjoint(words[k + 2 : k + 3])
            and words[k + 3 : k + 4] in (["by"], ["from"])
        ):
            return None
        cue = doc.text[doc.tokens.starts[k] : doc.tokens.ends[k + 3]]
        _, end = doc.sentences[doc.sentence_index(doc.tokens.starts[k])]
        ceiling = doc.token_at(end)
        source_end = doc.unnamed_source_after(k + 4, ceiling)
        if source_end:
            return self._source(source_end - 1), cue
        mention = doc.subject_after(k + 4, ceiling)
        return (None if mention is None else self._resolve(mention)), cue

    def _document_after(self, quote: Quote) -> int:
        """
        Where "the statement" right after *quote* ends ("“...,” the
        statement reads"), or 0.
        """
        doc = self.doc
        k = doc.token_at(quote.outer_end)
        k += doc.words[k : k + 1] == [","]
        if (
            doc.folded[k : k + 1] == ["the"]
            and k + 1 < len(doc.folded)
            and doc.folded[k + 1] in DOCUMENT_NOUNS
        ):
            return k + 2
        return 0

    def _signed(self, quote: Quote) -> Entity | None:
        """
        The person a quotation is signed by after a dash: "“...” ― Jane
        Doe", "“...” — Narendra Modi (@narendramodi)".
        """
        doc = self.doc
        after = _SIGNATURE.match(doc.text, quote.outer_end)
        if quote.open_end or after is None:
            return None
        mention = doc.mention_at_start.get(doc.token_at(after.end()))
        if mention is None or mention.what != NAME:
            return None
        entity = self._resolve(mention)
        return entity if entity is not None and entity.kind == PERSON else None

    def _introducer(
        self, paragraph: int
    ) -> tuple[Mention | None, Entity | None]:
        """
        The subject of the last sentence of *paragraph*, which ends with a
        colon that introduces a quotation, and who it is.
        """
        doc = self.doc
        _, p_end = doc.paragraphs[paragraph]
        s_start, _ = doc.sentences[doc.sentence_index(p_end - 1)]
        first = doc.token_at(s_start)
        end = doc.token_at(p_end - 1)
        subject = doc.main_subject(first, end)
        if subject is None:
            return None, None
        subject = self._named_after(subject, end)
        return subject, self._resolve(subject)

    def _nameless_opens(self, paragraph: int) -> bool:
        """
        Whether the last sentence of *paragraph* opens with people with no
        name ("Analysts in Oslo were less sure:", "Some Western diplomats
        put it bluntly:"), not with no one ("The mood was darker:").
        """
        doc = self.doc
        _, p_end = doc.paragraphs[paragraph]
        s_start, _ = doc.sentences[doc.sentence_index(p_end - 1)]
        first = doc.token_at(s_start)
        opening = itertools.takewhile(
            str.isalpha, doc.folded[first : first + _SOURCE_WORDS]
        )
        return not NAMELESS_PEOPLE.isdisjoint(opening)

    def _named_after(self, subject: Mention, end: int) -> Mention:
        """
        The person named in apposition to a *subject* that only describes
        him, before token *end*: "The envoy of X to Y, Z, said" is Z.
        """
        doc = self.doc
        if subject.what == NAME and (
            subject.entity is None or subject.entity.kind == PERSON
        ):
            return subject
        words = doc.folded
        high = min(end, subject.last + _APPOSITION_REACH)
        for k in range(subject.last, high):
            if words[k] in _APPOSITION_ENDS:
                named = (
                    doc.mention_at_start.get(k + 1)
                    if words[k] == ","
                    else None
                )
                if (
                    named is not None
                    and named.what == NAME
                    and named.entity is not None
                    and named.entity.kind == PERSON
                    and words[named.last : named.last + 1] == [","]
                ):
                    return named
                break
        return subject

    def _reported(  # noqa: C901, PLR0911, PLR0912 - one branch per template
        self,
        attribution: Attribution,
        first: int,
        last: int,
        following: int,
        frames: _Frames,
    ) -> None:
        doc = self.doc
        words = doc.words
        cue = attribution.cue
        if first >= last or (
            # "responded in a statement that ...": a clause all the same
            cue.verb.content == "quote"
            and not self._that_follows(attribution.frame_last, last)
        ):
            return
        if (
            cue.verb.content == "partial"
            and not doc.quotes_between(
                doc.tokens.ends[cue.last - 1],
                self._own_clause_end(cue, following, last),
            )
            and not self._names_as(cue, last)
        ):
            return  # "called X “a turning point”" only with its quotation
        sentence_start = doc.tokens.starts[first]
        sentence_end = doc.tokens.ends[last - 1]
        frame_first, frame_last = (
            self._subject_opening(attribution.frame_first, first),
            attribution.frame_last,
        )
        aside = self._aside(self._frame_comma(frame_last, last), last)
        if aside:
            # "said, after talks with his counterpart, that ...", "said on
            # Monday, citing sources, that ...".
            end = self._content_end(aside, following, last, sentence_end)
            self._statement(aside, end, attribution)
            return
        comma = self._frame_comma(frame_last, last)
        if (
            following >= last
            and frame_first - 1 > first
            and words[frame_first - 1] == ","
            # not "..., said X, a veteran diplomat."
            and (frame_first != cue.first or cue.verb.lemma == ACCORDING_TO)
            # "according to a statement by X, Y and Z": a list goes on
            # "In addition, X added, G20 leaders ...", "Moreover, X said,
            # Y ...": a name goes on after a fronted adjunct or a sentence
            # adverb, not after a clause ("The talks were useful, X said,
            # Y agreed.")
            and self._goes_on(
                comma,
                last,
                named=cue.verb.lemma != ACCORDING_TO
                and (
                    doc.folded[first] in _FRONTED_ADJUNCTS
                    or frame_first - 1 - first == 1
                ),
            )
            and frames.ending_before(frame_first) is None
        ):
            # "The pact, Mr X said, creates a framework ...": the words go
            # on after their attribution, and the guide takes them from
            # there, as one piece of the body.
            self._statement(
                doc.tokens.starts[comma + 1],
                sentence_end,
                attribution,
                before_cue=True,
            )
            return
        if (
            frame_last >= last
            or words[frame_last] in {".", "!", "?", ","}
            or self._trailing(frame_last, last)
            or (
                cue.verb.lemma == "tell"
                and frame_first - 1 > first
                and words[frame_first - 1] == ","
                and self._told_whom(frame_last, last)
            )
        ):
            # "CLAUSE, he said." / "CLAUSE, as X points out."
            k = frame_first - 1
            if k > first and words[k] == "as":
                k -= 1
            # 'The plan is a “good start,” X said': the comma inside the
            # closing mark, which the words keep.
            closing = (
                k - 1 > first
                and words[k - 1] == ","
                and doc.marks_between(doc.tokens.starts[k], doc.tokens.ends[k])
            )
            if (
                k > first
                and (words[k] == "," or closing)
                and frames.ending_before(frame_first) is None
                and not self._name_only(first, k)
                and not self._adjunct_and_topic(first, k, frame_last, last)
            ):
                end = doc.tokens.ends[k] if closing else doc.tokens.starts[k]
                self._statement(
                    sentence_start, end, attribution, before_cue=True
                )
                return
            comma = self._frame_comma(frame_last, last)
            if (
                frame_first - 1 == first
                and words[frame_first - 1] in {"as", "As"}
                and comma + 1 < last
                and words[comma] == ","
            ):
                # "As the Prime Minister emphasized, CLAUSE."
                start = doc.tokens.starts[comma + 1]
                end = self._content_end(start, following, last, sentence_end)
                self._statement(start, end, attribution, before_cue=True)
                return
            if cue.verb.lemma != ACCORDING_TO or frame_last >= last:
                return
        if (
            cue.verb.lemma == ACCORDING_TO
            and frame_first - 1 > first
            and "," not in words[frame_last:last]
            and frames.ending_before(frame_first) is None
            # with no comma, only a source that ends the sentence: not
            # "pull back according to the Declaration signed in May"
            and (words[frame_first - 1] == "," or last - frame_last <= 1)
        ):
            # "CLAUSE, according to U.N. figures.", also with no comma.
            end = (
                doc.tokens.starts[frame_first - 1]
                if words[frame_first - 1] == ","
                else doc.tokens.ends[frame_first - 1]
            )
            self._statement(sentence_start, end, attribution, before_cue=True)
            return
        if cue.verb.lemma == ACCORDING_TO:
            # "According to X, CLAUSE.", "According to X on Thursday, ...".
            attribution, frame_last = self._source_end(
                attribution, self._frame_comma(frame_last, last), first, last
            )
            if words[frame_last] != ",":
                return
            frame_last += 1
            if frames.by_first.get(frame_last) is not None:
                # The words belong to the verb inside: "According to X, Y said".
                return
        start = self._content_start(cue, frame_last, last)
        if cue.verb.lemma in _GREETINGS and self._greeted(start):
            return  # "welcomed Egyptian Foreign Minister X": a visit
        end = self._act_after(
            start, self._content_end(start, following, last, sentence_end)
        )
        fronted = self._fronted_as(attribution, start, end)
        if fronted:
            # "remarks that X described as “reckless”": what X said of the
            # object a relative put before him, its quotation the end.
            start, end = fronted
        for quote in doc.quotes_between(start, end):
            if doc.text[: quote.outer_start].rstrip().endswith(":"):
                # "said that the round would be in Cairo: “We expect ...”":
                # the clause ends at the colon that opens the quotation.
                end = doc.text.rindex(":", start, quote.outer_start)
                break
        if (
            fronted is None
            and cue.verb.content == "partial"
            and not _quoted_as(doc.text[start:end], cue.verb)
        ):
            # "called the talks “frank” and invited ...": the clause ends
            # with its quotation; "rejected as “false” remarks by X" goes
            # on to the object it named.
            last_quote = doc.quotes_between(start, end)[-1:]
            end = min([end, *(quote.outer_end for quote in last_quote)])
        self._statement(start, end, attribution, quoted=fronted is not None)

    def _fronted_as(
        self, attribution: Attribution, start: int, end: int
    ) -> tuple[int, int] | None:
        """
        The words of "which/that/what X described as ... “Q”" past "as" to
        the quotation's end, when a relative put the cue's object before
        its subject, for any verb whose object a quotation may be ("which Y
        dismissed as “Q”", not "which he said as a young man ..."); None
        otherwise ("described the move as “Q”" keeps its object, and "which
        she described as useful" quotes nothing).
        """
        doc = self.doc
        k = doc.token_at(start)
        if (
            attribution.cue.verb.content not in _QUOTED_OBJECT
            or doc.folded[k] != "as"
            or doc.folded[attribution.frame_first - 1] not in _RELATIVES
        ):
            return None
        quotes = doc.quotes_between(start, end)
        if not quotes or quotes[0].outer_start - start > _FRONTED_REACH:
            return None
        # The noun a quoted modifier goes with is said too ("as a “historic”
        # step for the region"), up to punctuation, inside the marks too
        # ("“calm,” along the march"), or an adjunct of the saying
        # ("“reckless” on Monday").
        words = doc.folded
        quote = quotes[-1]
        last = doc.token_at(min(end, quote.outer_end) - 1) + 1
        stop = doc.token_at(end - 1) + 1
        while (
            last < stop
            and doc.text[quote.end - 1].isalnum()
            and words[last].isalnum()
            and words[last] not in _ADJUNCT_OPENERS
        ):
            last += 1
        return doc.tokens.starts[k + 1], doc.tokens.ends[last - 1]

    def _own_clause_end(self, cue: Cue, following: int, last: int) -> int:
        """
        Where the clause of *cue* ends: at the next cue (not another
        speaker's quotation after it), at a colon ("praised the deal:
        “...”", the quotation is a statement of its own), else with its
        sentence.
        """
        doc = self.doc
        stop = min(following, last)
        for k in range(cue.last, stop):
            if doc.folded[k] == ":":
                return doc.tokens.starts[k]
        if following < last:
            return doc.tokens.starts[following]
        return doc.tokens.ends[last - 1]

    def _names_as(self, cue: Cue, last: int) -> bool:
        """
        Whether "called" (of the cues that need a quotation, the one that
        also names without one) names its object as something ("called
        Turkey a strong partner", "called her vote a mistake"), not whom it
        phoned ("called Lavrov on Friday", "called him a day later"); never
        "accused X of being a ...", an act.
        """
        if cue.verb.lemma != "call":
            return False
        words = self.doc.folded
        for k in range(cue.last, min(last - 1, cue.last + _OBJECT_WORDS)):
            if words[k] in _INDEFINITE:
                # "called X a partner", not "called a press conference",
                # "called half a dozen directors", "called X a day later".
                return (
                    k > cue.last
                    and words[k - 1] not in _NOT_PREDICATES
                    and words[k + 1] not in _NOT_PREDICATES
                )
            if (
                not words[k].isalpha()
                or words[k] in _NOT_OBJECT
                or words[k] in {"and", "or"}
            ):
                # "called off", "called him on Friday", "called X and a
                # group of leaders"
                return False
        return False

    def _subject_opening(self, name: int, first: int) -> int:
        """
        Where the subject whose name starts at token *name* opens, after
        its clause: at the words before the name that describe it ("...,
        a ministry spokesperson said", "..., State House spokesperson X
        said", "..., the press office of the Y ministry said"), else at
        the name; never past a fronted adjunct ("In a statement Tuesday,
        the X ministry said").
        """
        words = self.doc.folded
        j, steps = name - 1, 0
        while (
            steps < _SUBJECT_OPENING_WORDS
            and (before := self._describing(j, first)) is not None
        ):
            j, steps = before, steps + 1
        if words[j] != "," or self._after_fronted_adjunct(first) == j + 1:
            return name
        return j + 1

    def _describing(self, j: int, first: int) -> int | None:
        """
        The token before the word or name at token *j* when it may describe
        a subject after it, else None.
        """
        doc = self.doc
        words = doc.folded
        inside = doc.mention_at_end.get(j + 1)
        if inside is not None and inside.first > first:
            # a name among them, one word: "a Department of Foreign Affairs
            # and Trade spokesperson"
            return inside.first - 1
        if (
            j > first
            and (words[j][:1].isalpha() or words[j] in POSSESSIVES)
            and words[j] not in _NOT_SUBJECT_OPENING
        ):
            return j - 1
        return None

    def _name_only(self, first: int, comma: int) -> bool:
        """
        Whether the words from token *first* to a comma are a name only,
        the subject's in apposition ("X, the chief of staff at Y, said"),
        not words said.
        """
        opened = self.doc.mention_at_end.get(comma)
        return opened is not None and opened.first == first

    def _frame_comma(self, k: int, last: int) -> int:
        """
        The comma that closes a cue's frame at token *k*, past a few words
        of when or where ("X said on Monday, ..."), else *k*.
        """
        words = self.doc.folded
        if k >= last or (
            words[k] not in _ADJUNCT_OPENERS and words[k] not in _WHEN_WORDS
        ):
            return k
        for j in range(k + 1, min(last, k + _WHEN_WORDS_REACH + 2)):
            if words[j] == ",":
                return j
        return k

    def _source_end(
        self, attribution: Attribution, k: int, first: int, last: int
    ) -> tuple[Attribution, int]:
        """
        The comma that closes "According to SOURCE" whose frame reaches
        token *k*, past the rest of the source's words and a relative
        clause about it, with who speaks read over the whole source.
        """
        doc = self.doc
        words = doc.folded
        if words[k] != "," and attribution.frame_first == first:
            # "According to the Office of the President, ...", "... to a
            # statement issued by the Foreign Office, ...".
            comma = self._source_comma(k, last)
            if comma != k:
                # "the Foreign Ministry of Qatar": who speaks is read over
                # the whole source, as for "the X of Y said".
                source = doc.subject_before(comma, attribution.frame_first)
                if source is not None:
                    speaker = self._resolve(source)
                    # "the Office of the President": the office speaks, not
                    # the person it serves.
                    served = words[source.first - 1] == "of"
                    if speaker is not None and not (
                        served and speaker.kind == PERSON
                    ):
                        attribution = attribution._replace(speaker=speaker)
            k = comma
        if words[k] == "," and k + 1 < last and words[k + 1] in _SOURCE_ASIDES:
            # "According to the ministry, which gave no details, ...": the
            # relative clause still tells of the source.
            k = self._relative_comma(k + 1, last)
        return attribution, k

    def _source_comma(self, k: int, last: int) -> int:
        """
        The comma that closes "According to SOURCE" at the head of its
        sentence, past the rest of the source's words at token *k* (no
        quotation, no cue's words), else *k*.
        """
        doc = self.doc
        if k >= last or (
            doc.folded[k] not in _SOURCE_TAIL_OPENERS
            and k not in doc.mention_at_start
        ):
            return k  # "According to X the talks, which ...": X's words
        j, end = k, min(last, k + _SOURCE_TAIL)
        while j < end:
            word = doc.folded[j]
            if word == ",":
                if self._apposition_after(j, last):
                    break  # "... by its spokesperson, X, ...": X's words
                return j
            mention = doc.mention_at_start.get(j)
            if mention is not None:
                j = mention.last  # "the U.S. Department of State"
                continue
            if not word.isalpha() and word not in POSSESSIVES:
                break
            j += 1
        return k

    def _relative_comma(self, k: int, last: int) -> int:
        """
        The comma that closes the relative clause at token *k* ("which
        gave no details,"), else *k*.
        """
        words = self.doc.folded
        for j in range(k, min(last, k + _SOURCE_TAIL)):
            if words[j] == ",":
                return j
        return k

    def _apposition_after(self, comma: int, last: int) -> bool:
        """
        Whether a name and a comma follow the comma at token *comma*: "the
        ministry's spokesperson, X, ...".
        """
        doc = self.doc
        after = doc.folded[comma + 1 : min(last, comma + _SOURCE_WORDS + 2)]
        return (
            "," in after
            and doc.mention_at_end.get(comma + 1 + after.index(","))
            is not None
        )

    def _goes_on(self, k: int, last: int, *, named: bool = True) -> bool:
        """
        Whether the words after the comma that closes a cue's frame at
        token *k* carry on the clause before it ("..., X said, creates"),
        not a clause of their own (", as ...", ", and ...", ", citing");
        a name opens them too ("In addition, X added, G20 leaders ...")
        when *named*.
        """
        doc = self.doc
        if k + 2 >= last or doc.words[k] != ",":
            return False
        word, folded = doc.words[k + 1], doc.folded[k + 1]
        return (
            word[:1].isalpha()
            and word.isalnum()
            and (word.islower() or named)
            and folded not in _NOT_GOING_ON
            and folded not in _CIRCUMSTANCE_OPENERS
            and folded not in _ADJUNCT_OPENERS
            and folded not in _FRAME_PREPOSITIONS
            and not folded.endswith("ing")
            and not doc.marks_between(
                doc.tokens.starts[k], doc.tokens.ends[last - 1]
            )
        )

    def _greeted(self, offset: int) -> bool:
        """
        Whether the words at *offset* name whom a cue greets: a person or
        people ("welcomed the new envoys", "acknowledged Minister X").
        """
        doc = self.doc
        if doc.folded[doc.token_at(offset) - 1] == "that":
            return False  # "acknowledged that the two sides differ"
        words = doc.text[offset : offset + _GREETED_REACH].split()
        state = doc.mention_at_start.get(doc.token_at(offset))
        # "US Trade Representative X": the person after the state
        person = (
            None if state is None else doc.mention_at_start.get(state.last)
        )
        return (
            self._person_at(offset)
            or (
                person is not None
                and (person.entity is None or person.entity.kind == PERSON)
            )
            or not _GUESTS.isdisjoint(
                word.casefold() for word in words[:_GREETED_WORDS]
            )
        )

    def _person_at(self, offset: int) -> bool:
        """
        Whether a person is named at *offset*.
        """
        doc = self.doc
        mention = doc.mention_at_start.get(doc.token_at(offset))
        if mention is None:
            return False
        entity = mention.entity
        return entity is None or entity.kind == PERSON

    def _aside(self, k: int, last: int) -> int:
        """
        Where the words said start after an aside between the cue and
        "that" ("said, after talks on Tuesday, that ..."), or 0.
        """
        words = self.doc.folded
        if k >= last or words[k] != ",":
            return 0
        j = k + 1
        while j < last and j < k + _ASIDE_REACH and words[j] != ",":
            j += 1
        if j + 2 < last and words[j] == "," and words[j + 1] == "that":
            return self.doc.tokens.starts[j + 2]
        return 0

    def _framed_that(self, k: int, last: int) -> bool:
        """
        Whether "that" follows token *k* after where and when words only:
        "posted on X on Monday that ...", not "posted a comment that ...".
        """
        words = self.doc.folded
        for j in range(k, min(last, k + _THAT_REACH)):
            if words[j] == "that":
                return True
            if words[j] not in _FRAME_WORDS and words[j] not in _FRAME_TIME:
                return False
        return False

    def _poster_before(self, token: int) -> bool:
        """
        Whether an actor ends right before the verb at *token* ("Y posted",
        "she posted", "the ministry posted"), not a thing posted ("Footage
        posted on X that showed ...": a relative clause, no words said).
        """
        doc = self.doc
        mention = doc.mention_at_end.get(token)
        if mention is not None and (
            mention.entity is not None or mention.what == PRONOUN
        ):
            return True
        return doc.is_unnamed_source(token)

    def _that_follows(self, k: int, last: int) -> bool:
        """
        Whether "that" opens a clause a few words after token *k*
        ("responded in a statement that ...").
        """
        words = self.doc.folded
        for j in range(k, min(last, k + _THAT_REACH)):
            if words[j] == "that":
                return True
            if words[j] in _NOT_BEFORE_THAT:
                return False
        return False

    def _told_whom(self, k: int, last: int) -> bool:
        """
        Whether the words after "told" name only whom and when ("..., the
        Chancellor told reporters.", "..., Xi told Biden on Tuesday."): no
        "that", no quotation, and the sentence ends.
        """
        doc = self.doc
        words = doc.folded[k:last]
        if "," in words:
            # "..., Xi told Biden on Tuesday, according to the ministry."
            comma = words.index(",")
            if words[comma + 1 : comma + 2] != ["according"] and not (
                self._clause_ends(k + comma, last)
            ):
                return False
            words = words[:comma]
            last = k + comma
        return (
            last - k <= _TRAILING_REACH
            and "that" not in words
            and not doc.marks_between(
                doc.tokens.starts[k], doc.tokens.ends[last - 1]
            )
        )

    def _adjunct_and_topic(
        self, first: int, comma: int, frame_last: int, last: int
    ) -> bool:
        """
        Whether a cue before *comma*'s subject only has a participle adjunct
        before it and its topic after it: "Speaking to reporters, X
        commented on the reaction of Y" says no words.
        """
        words = self.doc.folded
        return (
            words[first].endswith("ing")
            and "," not in words[first:comma]
            and frame_last + 1 < last
            and words[frame_last] in {"on", "about"}
            and words[frame_last + 1] not in WEEKDAYS
            and words[frame_last + 1] not in _WHEN_WORDS
        )

    def _trailing(self, k: int, last: int) -> bool:
        """
        Whether the words after a cue only say where or when ("..., Xi said
        on Wednesday in a written address."): the words said came first.
        """
        words = self.doc.folded
        if words[k] not in _ADJUNCT_OPENERS and words[k] not in _WHEN_WORDS:
            return self._without_details(k, last)
        if (
            words[k] == "on"
            and k + 2 < last
            and words[k + 1] in WEEKDAYS
            and words[k + 2] in _CLAUSE_OPENERS
        ):
            return False  # "said on Tuesday the corridor would ...": a clause
        if words[k] in _WHEN_WORDS and words[k] not in _ADJUNCT_OPENERS:
            # "said Tuesday.", "said late today.": a few words of when end
            # the sentence; "said this deal ...", "said Tuesday the ..." go on.
            reach = min(last, k + _WHEN_WORDS_REACH) + 1
            return self._without_details(k, last) or any(
                self._clause_ends(j, last) for j in range(k + 1, reach)
            )
        for j in range(k + 1, min(last, k + _TRAILING_REACH) + 1):
            if words[j - 1] in _OPENS_CLAUSE or words[j - 1] in _QUOTE_MARKS:
                # "said on Monday Moscow would respond ...", 'said on
                # Monday “dialogue” was ...': a clause, not where or when.
                return False
            if self._clause_ends(j, last):
                return True
        return False

    def _without_details(self, k: int, last: int) -> bool:
        """
        Whether the words after a cue at *k* only say it gave no details
        ("..., the ministry said Wednesday without citing a reason."), not
        "said without giving details that ...", whose clause comes after.
        """
        words = self.doc.folded
        when = k
        while when < min(last, k + _WHEN_WORDS_REACH) and (
            words[when] in _WHEN_WORDS
        ):
            when += 1
        if not (
            when + 1 < last
            and words[when] == "without"
            and words[when + 1].endswith("ing")
        ):
            return False
        # A few words that end the sentence or reach a comma: not "said
        # without funding the programme would close", whose words go on.
        for j in range(when + 2, min(last, when + _WITHOUT_REACH) + 1):
            if j == last or words[j] in {",", ".", "!", "?"}:
                return True
            if words[j] == "that":
                return False
        return False

    def _clause_ends(self, j: int, last: int) -> bool:
        """
        Whether the clause of a cue ends at token *j*: with the sentence, or
        at a comma before a clause of circumstance (", as the bloc ...",
        ", ending weeks of speculation").
        """
        words = self.doc.folded
        if j >= last:
            return True
        if words[j] != "," or j + 1 >= last:
            return False
        following = self.doc.words[j + 1]
        return words[j + 1] in _CIRCUMSTANCE_OPENERS or (
            following.endswith("ing")
            and following.islower()
            and following not in _ING_NOUNS
        )

    def _content_start(self, cue: Cue, k: int, last: int) -> int:
        doc = self.doc
        words = doc.folded

        # "told reporters that", "threatened the West that", "said on
        # Monday that": the words before "that" are not what was said.
        j = k
        while (
            j < last
            and j - k < _THAT_REACH
            and words[j] not in _NOT_BEFORE_THAT
        ):
            j += 1
        if not (j < last and words[j] == "that"):
            j = self._that_after_call(k, last)
        if (
            j < last
            and words[j] == "that"
            and not self._relative_that(cue, k, j)
        ):
            k = j + 1
        else:
            opening = k
            while (
                k < last
                and words[k] in _FRAME_WORDS
                and words[k + 1 : k + 2] != ["'s"]  # "said today's talks"
                # "said in his speech", not "said his government would";
                # "expressed his wishes to X" keeps X's events to its subject
                and not (
                    k == opening
                    and (
                        cue.verb.content == "clause"
                        or doc.words[k][:1].isupper()  # "wished His Highness"
                    )
                    and words[k] in _FRAME_DETERMINERS
                    and k + 1 < last
                    and words[k + 1] not in _FRAME_WORDS
                )
            ):
                k += 1
                if words[k - 1] == "that":
                    break
        return doc.tokens.starts[k] if k < last else doc.tokens.ends[last - 1]

    def _that_after_call(self, k: int, last: int) -> int:
        """
        Where the "that" of a cue's clause is, from token *k*, after a call
        named with whom and when ("said in a phone call with X on Monday
        that", "told X in a phone call that"): only names and such framing
        words between; else *last*.
        """
        doc = self.doc
        words = doc.folded
        named = {
            j
            for mention in doc.mentions_between(k, min(last, k + _CALL_REACH))
            for j in range(mention.first, mention.last)
        }
        called = False
        for j in range(k, min(last, k + _CALL_REACH)):
            word = words[j]
            if word == "that":
                return j if called else last
            called = called or word in _CALLS
            if not (
                j in named
                or word in _FRAME_WORDS
                or word in _FRAME_TIME
                or word in _CALL_FRAME_WORDS
            ):
                return last
        return last

    def _relative_that(self, cue: Cue, k: int, j: int) -> bool:
        """
        Whether the "that" at token *j* opens a relative clause of the
        object that starts at *k* ("reiterated his condemnation of the
        attacks that killed ..."), not what was said: a cue with no
        listener ("told the press that") and an object no frame words make.
        """
        words = self.doc.folded
        return (
            cue.verb.lemma not in _TELLS_WHOM
            and words[k] in _DETERMINERS
            and words[j - 1] not in _THAT_NOUNS
            and any(
                word not in _FRAME_WORDS and word not in _FRAME_TIME
                for word in words[k + 1 : j]
            )
        )

    def _act_after(self, start: int, end: int) -> int:
        """
        *end*, or the comma before a participle that tells the speaker's
        act, not his words: "stressed the partnership, commending X's
        leadership" (a praise, whose words are not reported); only after
        the words' last comma ("said the resolution, condemning X, would
        pass" says all).
        """
        doc = self.doc
        first, last = doc.token_at(start), doc.token_at(end)
        comma = next(
            (k for k in range(last - 2, first, -1) if doc.words[k] == ","),
            None,
        )
        if comma is None:
            return end
        word = doc.words[comma + 1]
        if (
            word.islower()
            and word.endswith("ing")
            and any(
                t.kind in _ACTS_NOT_WORDS
                for t in doc.tables.triggers.get(doc.folded[comma + 1], ())
            )
        ):
            return doc.tokens.starts[comma]
        return end

    def _content_end(
        self, start: int, following: int, last: int, sentence_end: int
    ) -> int:
        """
        The end of reported words: the sentence's, or the comma before the
        next cue's frame (", adding ...", ", he said").
        """
        doc = self.doc
        if following >= last:
            return sentence_end
        k = following
        while (
            k > 0
            and doc.tokens.starts[k] > start
            and doc.words[k - 1] not in {",", ";", "and", "but"}
        ):
            k -= 1
        if doc.tokens.starts[k] > start:
            if doc.words[k - 1] == "," and any(
                quote.outer_end == doc.tokens.ends[k]
                for quote in doc.quotes_between(start, doc.tokens.ends[k])
            ):
                # '... share “a firm commitment,” adding': the quotation
                # ends the words, its comma and mark with it.
                return doc.tokens.ends[k]
            return doc.tokens.starts[k - 1]
        return doc.tokens.starts[following]

    def _statement(
        self,
        start: int,
        end: int,
        attribution: Attribution,
        *,
        before_cue: bool = False,
        quoted: bool = False,
    ) -> None:
        doc = self.doc
        cue = attribution.cue
        if (
            end <= start
            or not (
                # Words before their cue are a whole clause: "During the call,
                # the two discussed ..., the sources added."
                before_cue
                # after "that", what was said: "stated that during the talks ..."
                or doc.folded[doc.token_at(start) - 1] == "that"
                or _is_content(doc.text[start:end], cue.verb)
            )
        ):
            return
        kind = INDIRECT
        for quote in doc.quotes_between(start, end):
            if quote.end <= end:
                kind = PARTIAL
                self.claimed.add(quote.start)
        speaker = attribution.speaker
        self._add(
            Found(start, end, kind, speaker, _cue_text(doc, cue)),
            quoted=quoted,
        )


def _is_speech(text: str, *, opening: bool = False) -> bool:
    """
    Whether quoted words are speech: not a name or title in Title Case
    ("Summit of the Future"), not a scare quote of a word or two.
    """
    words = text.split()
    if len(words) < _MIN_QUOTE_WORDS and text.rstrip()[-1:] not in ".!?":
        return False
    if len(words) > _TITLE_WORDS:
        return True  # too long for a title: no need to count its capitals
    # Capitals are counted only in words short enough to be a title; one
    # whose words are all capitalised but its small ones is a title too
    # ("State of the Union", not "Welcome back to the White House").
    capitals = sum(1 for w in words if w[:1].isupper())
    small = sum(1 for w in words if w in _TITLE_SMALL_WORDS)
    return capitals * 3 <= len(words) * 2 and (
        opening or capitals + small < len(words)
    )


def _follow_line(text: str) -> bool:
    """
    Whether quoted words are a page's "Follow X on Twitter @x" line, no
    one's statement.
    """
    words = text.split()
    return words[:1] == ["Follow"] and (
        "@" in text or not _SOCIAL_SITES.isdisjoint(words[-2:])
    )


def _quoted_as(text: str, verb: SpeechVerb) -> bool:
    """
    Whether the words *text* after a cue that needs a quotation name it
    before its object: "rejected as “baseless” remarks by X"; not reports
    it denies ("rejected as “baseless” reports that ...").
    """
    words = text.casefold().split()
    return (
        verb.content == "partial"
        and words[:1] == ["as"]
        and len(words) > 1
        and words[1][:1] in "“\"'"
        and "that" not in words
    )


def _is_content(text: str, verb: SpeechVerb) -> bool:
    """
    Whether the words after a cue are what was said: a clause or a noun
    phrase, not where or when it was said ("said following the summit"),
    and not thanks or condolences, which are events or nothing.
    """
    lemma = verb.lemma
    words = text.casefold().split(None, 4)  # never empty: a token at least
    first = words[0].strip("“\"'")
    if (
        _topic_or_event(first, words, verb)
        or (first in _NOT_CONTENT_START and not _quoted_as(text, verb))
        or (
            # "pledged $500 million": money, not words; "says $2 billion is
            # needed" is a clause.
            first[:1] in _CURRENCIES and verb.content != "clause"
        )
    ):
        return False
    if (
        first in _EMPTY_OBJECTS
        and len(words) > 1
        and words[1] in _PLACES_AFTER
    ):
        return False
    if first == "to" and len(words) > 1 and words[1] in {"the", "a"}:
        return False  # "told to the conference"
    # "expressed (his) thanks and appreciation", past its determiner
    lead = words[1:] if first in _FRAME_DETERMINERS else words
    if lemma in _COURTESY_VERBS and any(
        w.strip(",.") in _COURTESIES for w in lead[:3]
    ):
        return False
    # "called on the prime minister", "called on X, adviser to the
    # government": a visit, not words; "called on X to end ..." are words.
    return lemma not in _NEEDS_TO or _to_infinitive(text)


def _onto_a_list(after: list[str]) -> bool:
    """
    Whether the words after "added" put names on a list, a deed: "added 40
    tankers to its sanctions list", "added Rosneft to the Entity List"; not
    "added the issue belonged to the priority list", "added 40 percent of
    exports went to China".
    """
    if "to" not in after:
        return False
    to = after.index("to")
    tail = after[to + 1 : to + 1 + _LIST_TAIL]
    if not _OPENS_CLAUSE.isdisjoint(after[:to]):
        return False  # "added 12 countries had signed up to the list"
    if after[0][:1].isdigit():
        return not _LISTS.isdisjoint(tail)
    return not _LIST_NOUNS.isdisjoint(tail) and not _SANCTION_LISTS.isdisjoint(
        tail
    )


def _topic_or_event(first: str, words: list[str], verb: SpeechVerb) -> bool:
    """
    Whether the words after a cue say what it was about ("said about the
    claims", not "said about 40 were hurt") or name an event ("announced
    the sanctions on X", not "announced the sanctions would end", nor
    "called the sanctions “illegal”", which quotes what was said of them).
    """
    if first in _TOPIC_PREPOSITIONS:
        return not "".join(words[1:2])[:1].isdigit()
    return (
        first in _DETERMINERS
        and words[1:2] == ["sanctions"]
        and _OPENS_CLAUSE.isdisjoint(words[2:3])
        and verb.content != "partial"
    )


def _to_infinitive(text: str) -> bool:
    """
    Whether "to" and a verb follow in *text*: "both sides to show
    restraint", "both sides to “show restraint”", not "the adviser to the
    President".
    """
    words = text.split()
    return any(
        word == "to"
        # "urged both sides to “show restraint”": the verb quoted
        and (verb := after.lstrip("“\"‘'"))[:1].islower()
        and verb not in _DETERMINERS
        for word, after in itertools.pairwise(words)
    )


def _apostrophe(text: str, at: int) -> bool:
    """
    Whether the mark at offset *at* is an apostrophe between two letters
    ("the minister's visit", "don’t"), no quotation mark.
    """
    return (
        text[at] in "'’"
        and 0 < at < len(text) - 1
        and text[at - 1].isalpha()
        and text[at + 1].isalpha()
    )


def _cue_text(doc: Doc, cue: Cue) -> str:
    return doc.text[
        doc.tokens.starts[cue.first] : doc.tokens.ends[cue.last - 1]
    ]


def find_statements(doc: Doc) -> list[Found]:
    """
    Every statement of the body, in order.
    """
    return _Extractor(doc).run()


def _remarks(
    labels: dict[int, tuple[int, Entity | None, bool]],
    answers: collections.Counter[Entity],
) -> bool:
    """
    Whether a transcript's *labels* are remarks: one speaker, labelled with
    an office in capitals ("SECRETARY X:"), whose one turn goes on to the
    end.
    """
    return len(answers) == 1 and all(
        office for _, speaker, office in labels.values() if speaker
    )


def _label_colon(words: list[str], first: int) -> int | None:
    """
    Where the colon of a label opening at token *first* stands ("PENCE:",
    "Partial transcript as follows:"), within a label's length, else None.
    """
    for k in range(first, min(len(words), first + _LABEL_WORDS)):
        if words[k] == ":":
            return k
    return None
