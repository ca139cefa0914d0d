"""
relwatch.extract: an event's status and date from the tense, modality and
negation of the sentence that tells it, in the wording any outlet uses.
Invented sentences, dated 4 April 2025, a Friday; each event is ``(kind,
{participant: role}, status, when)``.
"""

import datetime as dt

import pytest

from relwatch import PartialDate
from relwatch._resolve import find_dates, resolve_date, week_month

from .extract_cases import REFERENCE, EventCase
from .test_extract import _events, _extract, _seconds
from .timing import grows_linearly


_HERRERA_TO_PERU = {"Tomas Herrera": "initiator", "Peru": "host"}
_HERRERA_AND_SALAS = {"Tomas Herrera": "party", "Jorge Salas": "party"}
_CHILE_AND_PERU = {"Chile": "party", "Peru": "party"}
_SALAS_CALLS_RUIZ = {"Jorge Salas": "initiator", "Ana Ruiz": "recipient"}
_CHILE_BLAMES_PERU = {"Chile": "initiator", "Peru": "recipient"}
_RUIZ_AND_SALAS = {"Ana Ruiz": "party", "Jorge Salas": "party"}

STATUS_CASES = [
    EventCase(
        "an arrival told in the past occurred, within the visit's days too",
        "Chilean Foreign Minister Tomas Herrera arrived in Lima on Thursday "
        "evening for a three-day visit to Peru.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-03")],
    ),
    EventCase(
        "an arrival this morning occurred",
        "Chilean Foreign Minister Tomas Herrera landed in Lima on Friday "
        "morning for talks on the border.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-04")],
    ),
    EventCase(
        "a visit under way that began today dates the acts told of it",
        "Chilean Foreign Minister Tomas Herrera is on a two-day visit to "
        "Peru that began on Friday. Herrera thanked Peru for its help.",
        [
            ("visit", _HERRERA_TO_PERU, "ongoing", "2025-04-04"),
            (
                "praise",
                {"Tomas Herrera": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-04",
            ),
        ],
    ),
    EventCase(
        "an arrival yesterday dates the acts told of it",
        "Chilean Foreign Minister Tomas Herrera arrived in Lima on Thursday "
        "for a two-day visit to Peru. Herrera thanked Peru for its help.",
        [
            ("visit", _HERRERA_TO_PERU, "occurred", "2025-04-03"),
            (
                "praise",
                {"Tomas Herrera": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-03",
            ),
        ],
    ),
    EventCase(
        "an arrival past the days of the visit is over",
        "Chilean Foreign Minister Tomas Herrera arrived in Lima on Tuesday "
        "for a two-day visit to Peru.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-01")],
    ),
    EventCase(
        "an arrival told with no day is no visit under way",
        "Chilean Foreign Minister Tomas Herrera arrived in Lima last month "
        "for a two-day visit to Peru.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-03")],
    ),
    EventCase(
        "a would after a speech verb's that, past a long name, is a plan",
        "The ministry announced that Chilean Foreign Minister Tomas Andres "
        "Herrera Vial would arrive in Lima on Monday for an official visit.",
        [
            (
                "visit",
                {"Tomas Andres Herrera Vial": "initiator", "Peru": "host"},
                "planned",
                "2025-04-07",
            )
        ],
    ),
    EventCase(
        "a second that-clause of the same cue is a plan too",
        "The office said in a short note that envoys would be named soon and "
        "that a joint commission of Chile and Peru would meet in Quito in "
        "June.",
        [
            (
                "meeting",
                {"Chile": "party", "Peru": "party"},
                "planned",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "a would no speech verb tells stays speculated",
        "In that case Chilean Foreign Minister Tomas Herrera would travel to "
        "Lima.",
        [("visit", _HERRERA_TO_PERU, "speculated", None)],
    ),
    EventCase(
        "expected, as the ministry announced, is a plan",
        "Chilean Foreign Minister Tomas Herrera is expected to travel to Lima "
        "in May, the ministry said.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-05")],
    ),
    EventCase(
        "expected, according to a statement, is a plan",
        "According to the statement, Chile and Peru are expected to sign a "
        "fisheries agreement in May.",
        [
            (
                "agreement",
                {"Chile": "party", "Peru": "party"},
                "planned",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "expected, as sources said, is speculated",
        "Chilean Foreign Minister Tomas Herrera is expected to travel to Lima "
        "in May, diplomatic sources said.",
        [("visit", _HERRERA_TO_PERU, "speculated", "2025-05")],
    ),
    EventCase(
        "expected with no one telling it is speculated",
        "Chilean Foreign Minister Tomas Herrera is expected to travel to Lima "
        "in May.",
        [("visit", _HERRERA_TO_PERU, "speculated", "2025-05")],
    ),
    EventCase(
        "a would after that in a condition stays speculated",
        "The ministry said that if the border reopens, Chilean Foreign "
        "Minister Tomas Herrera would travel to Lima.",
        [("visit", _HERRERA_TO_PERU, "speculated", None)],
    ),
    EventCase(
        "a would after a guess's that stays speculated",
        "Analysts predicted that Chilean Foreign Minister Tomas Herrera "
        "would travel to Lima in May.",
        [("visit", _HERRERA_TO_PERU, "speculated", "2025-05")],
    ),
    EventCase(
        "has been mediating is under way",
        "Ecuador, which has been mediating between Chile and Bolivia since "
        "January, hopes for a deal.",
        [
            (
                "mediation",
                {"Ecuador": "mediator", "Chile": "party", "Bolivia": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "a negation inside a quotation before and is not the act's",
        "Peruvian spokeswoman Rosa Vidal said Lima \u201cnever takes sides\u201d "
        "and accused Chile of stoking the dispute.",
        [
            (
                "accusation",
                {"Rosa Vidal": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a negation quoted with its verb's auxiliary denies the act",
        "Bolivia \u201cwill not\u201d host Chilean Foreign Minister Tomas "
        "Herrera, the ministry said.",
        [
            (
                "host_visit",
                {"Bolivia": "host", "Tomas Herrera": "initiator"},
                "denied",
                None,
            )
        ],
    ),
    EventCase(
        "a denial's that reaches a subject parted from its verb by adverbs",
        "Peru denied that Chilean Foreign Minister Tomas Herrera had "
        "privately visited Lima.",
        [("visit", _HERRERA_TO_PERU, "denied", None)],
    ),
    EventCase(
        "a denial's that reaches a subject past an aside",
        "Peru denied that, during the regional summit, Chilean Foreign "
        "Minister Tomas Herrera visited Lima.",
        [("visit", _HERRERA_TO_PERU, "denied", None)],
    ),
    EventCase(
        "a negation inside a quotation before a comma is not the act's",
        "Insisting Lima \u201cnever takes sides\u201d, Peruvian spokeswoman "
        "Rosa Vidal accused Chile of stoking the dispute.",
        [
            (
                "accusation",
                {"Rosa Vidal": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an act declined or refused is denied; one who declined to comment "
        "before the act's own verb still acts",
        "Norway declined to impose sanctions on Chile. Peru refused to expel "
        "the Bolivian ambassador. Chile, which declined to comment, met Peru "
        "on Monday.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "denied",
                None,
            ),
            (
                "expulsion",
                {"Peru": "initiator", "the Bolivian ambassador": "recipient"},
                "denied",
                None,
            ),
            (
                "meeting",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a negation in the act's own clause denies it",
        "Chilean Foreign Minister Tomas Herrera did not visit Peru.",
        [("visit", _HERRERA_TO_PERU, "denied", None)],
    ),
    EventCase(
        "what the reports a party denied tell is denied",
        "The Peruvian Foreign Ministry denied reports circulating on social "
        "media and in two newspapers that Peru had held secret talks with "
        "Bolivia.",
        [
            (
                "meeting",
                {"Peru": "party", "Bolivia": "party"},
                "denied",
                None,
            )
        ],
    ),
    EventCase(
        "what is told after a denial's phrase ends is not denied",
        "Peru denied the claim, but said that Chile had held talks with "
        "Bolivia.",
        [
            (
                "meeting",
                {"Chile": "party", "Bolivia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a denial's that-clause ends where a second verb confirms another",
        "Bolivia denied that it had recalled its consul but confirmed that "
        "Chilean Foreign Minister Tomas Herrera visited Peru on Tuesday.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-01")],
    ),
    EventCase(
        "a denial in an aside of the subject is not the act's",
        "Chilean Foreign Minister Tomas Herrera, who denied that he planned "
        "to resign, visited Peru on Tuesday.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-01")],
    ),
    EventCase(
        "a meeting floated for a month is speculated, dated by the month",
        "Diplomats say a meeting between the Chilean and Bolivian foreign "
        "ministers has been floated for June.",
        [
            (
                "meeting",
                {"Chile": "party", "Bolivia": "party"},
                "speculated",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "a month a summit was first planned for is not the day it was held",
        "A summit of Chile and Bolivia, initially scheduled for February, "
        "took place in Quito on Tuesday.",
        [
            (
                "meeting",
                {"Chile": "party", "Bolivia": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a month a summit held was planned for dates nothing",
        "The summit of Chile and Peru, planned for March, was held in Lima.",
        [("meeting", {"Chile": "party", "Peru": "party"}, "occurred", None)],
    ),
    EventCase(
        "talks to come do not make a visit told as done a plan",
        "Chilean Foreign Minister Tomas Herrera's visit to Peru on Tuesday "
        "was a success, and the two sides said a joint commission would "
        "convene later.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-01")],
    ),
    EventCase(
        "on a state visit next month is a visit planned",
        "Chilean Foreign Minister Tomas Herrera, on a state visit to Peru "
        "next month, is expected to sign a fisheries accord.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-05")],
    ),
    EventCase(
        "was on an official visit tells a visit made",
        "Chilean Foreign Minister Tomas Herrera was on an official visit to "
        "Peru in March when the storm hit.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-03")],
    ),
    EventCase(
        "a plan's month outweighs the day the plan was told on",
        "Chilean Foreign Minister Tomas Herrera's visit to Peru is set for "
        "June, his office said on Tuesday.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-06")],
    ),
    EventCase(
        "a month gone by that a meeting is slated for is next year's",
        "A meeting of the Chilean and Bolivian ministers is slated for "
        "January.",
        [
            (
                "meeting",
                {"Chile": "party", "Bolivia": "party"},
                "planned",
                "2026-01",
            )
        ],
    ),
    EventCase(
        "a postponed meeting's weekday is the nearer one",
        "A meeting of the Chilean and Bolivian ministers, due to take place "
        "in Quito on Monday, has been postponed at La Paz's request.",
        [
            (
                "meeting",
                {"Chile": "party", "Bolivia": "party"},
                "postponed",
                "2025-04-07",
            )
        ],
    ),
    EventCase(
        "travels on a weekday tells a timetable: planned, the coming day",
        "Chilean Foreign Minister Tomas Herrera travels to Lima on Tuesday, "
        "the ministry said.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-04-08")],
    ),
    EventCase(
        "the first visit in five years is no visit five years ahead",
        "Chilean Foreign Minister Tomas Herrera visited Peru on Wednesday, "
        "the first visit by a Chilean minister to Lima in five years.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-02")],
    ),
    EventCase(
        "thanks in the past after 'and' take no mood from the clause before",
        "Chilean Foreign Minister Tomas Herrera said the agreement would help "
        "both states and thanked Peru for its support.",
        [
            (
                "praise",
                {"Tomas Herrera": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a visit expected, as a news agency said: speculated, no announcement",
        "Chilean Foreign Minister Tomas Herrera is expected to visit Peru next "
        "week, Reuters said.",
        [("visit", _HERRERA_TO_PERU, "speculated", "2025-04")],
    ),
    EventCase(
        "a visit expected, as the ministry said: announced, planned",
        "Chilean Foreign Minister Tomas Herrera is expected to visit Peru next "
        "week, the Chilean foreign ministry said.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-04")],
    ),
    EventCase(
        "earlier in the day, with no day told before: the article's day",
        "Chile's ambassador was summoned to the Peruvian foreign ministry "
        "earlier in the day and handed a note of protest.",
        [
            (
                "accusation",
                {
                    "Chile's ambassador": "recipient",
                    "Peruvian foreign ministry": "initiator",
                },
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "a visit called off keeps the month it was set for, past or to come",
        "A visit to Lima by Chilean Foreign Minister Tomas Herrera, "
        "originally scheduled for February, was postponed at Santiago's "
        "request.",
        [("visit", _HERRERA_TO_PERU, "postponed", "2025-02")],
    ),
    EventCase(
        "a summit pencilled in for a month and put off: postponed, that month",
        "A summit of Chile and Bolivia that had been pencilled in for June "
        "has been put off indefinitely.",
        [
            (
                "meeting",
                {"Chile": "party", "Bolivia": "party"},
                "postponed",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "a visit put off, the verb before it: postponed",
        "Chilean Foreign Minister Tomas Herrera has put off a visit to Peru.",
        [("visit", _HERRERA_TO_PERU, "postponed", None)],
    ),
    EventCase(
        "a summit pushed back: postponed, the month it was set for",
        "The summit of Chile and Bolivia, set for May, was pushed back.",
        [
            (
                "meeting",
                {"Chile": "party", "Bolivia": "party"},
                "postponed",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "police who pushed back protesters postpone nothing",
        "Police pushed back protesters as Chilean Foreign Minister Tomas "
        "Herrera visited Peru on Wednesday.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-02")],
    ),
    EventCase(
        "a visit from one day to another of a month: that month",
        "Chilean Foreign Minister Tomas Herrera paid an official visit to "
        "Peru from 16 to 18 March 2025.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-03")],
    ),
    EventCase(
        "talks from a day to a day of a month named twice: that month",
        "Chile and Peru held a round of border talks in Quito from March 10 "
        "to March 11.",
        [("negotiation", _CHILE_AND_PERU, "occurred", "2025-03")],
    ),
    EventCase(
        "a visit from a day of a month to a day of the next: not one month",
        "Chilean Foreign Minister Tomas Herrera visited Peru from 30 March "
        "to 1 April.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-03-30")],
    ),
    EventCase(
        "talks on two days of a month: that month",
        "Chile and Peru held a round of border talks in Quito on March 10 "
        "and 11.",
        [("negotiation", _CHILE_AND_PERU, "occurred", "2025-03")],
    ),
    EventCase(
        "a day and a count after 'and' is no range: the day",
        "Chilean Foreign Minister Tomas Herrera visited Peru on March 10 and "
        "2 aides stayed behind.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-03-10")],
    ),
    EventCase(
        "a weekday of last week",
        "Chilean Foreign Minister Tomas Herrera visited Peru on Wednesday "
        "last week.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-03-26")],
    ),
    EventCase(
        "a month of last year",
        "Chilean Foreign Minister Tomas Herrera visited Peru in June last "
        "year.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2024-06")],
    ),
    EventCase(
        "a session due in a half of next year: that year",
        "The next session of the Chile-Bolivia joint commission will be held "
        "in La Paz in the first half of next year.",
        [
            (
                "meeting",
                {"Chile": "party", "Bolivia": "party"},
                "planned",
                "2026",
            )
        ],
    ),
    EventCase(
        "an expected visit announced is a plan, whatever is not yet confirmed",
        "Chilean Foreign Minister Tomas Herrera is expected to visit Peru on "
        "Monday, the ministry announced, though it has not confirmed the "
        "agenda.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-04-07")],
    ),
    EventCase(
        "an expected meeting not yet confirmed is speculation",
        "Chilean Foreign Minister Tomas Herrera is also expected to meet "
        "Peruvian President Jorge Salas in Cusco, though the talks have yet "
        "to be confirmed.",
        [
            (
                "meeting",
                _HERRERA_AND_SALAS,
                "speculated",
                None,
            )
        ],
    ),
    EventCase(
        "an expected visit that neither side has announced is speculation",
        "Chilean Foreign Minister Tomas Herrera is expected to visit Peru in "
        "June, according to two aides who helped plan it, though neither "
        "government has announced the trip.",
        [("visit", _HERRERA_TO_PERU, "speculated", "2025-06")],
    ),
    EventCase(
        "an expected visit a ministry confirmed is a plan",
        "Chilean Foreign Minister Tomas Herrera is expected to visit Peru in "
        "June, the ministry confirmed.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-06")],
    ),
    EventCase(
        "a visit prepared for is a plan, dated by the month it is set for",
        "The two ministers reviewed preparations for Bolivian President "
        "Luis Arce's state visit to Peru, scheduled for June.",
        [
            (
                "visit",
                {"Luis Arce": "initiator", "Peru": "host"},
                "planned",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "a visit another comes ahead of is a plan; the one told is made",
        "Chilean Foreign Minister Tomas Herrera arrived in Peru on Wednesday "
        "ahead of a two-day official visit to Bolivia.",
        [
            ("visit", _HERRERA_TO_PERU, "occurred", "2025-04-02"),
            (
                "visit",
                {"Tomas Herrera": "initiator", "Bolivia": "host"},
                "planned",
                None,
            ),
        ],
    ),
    EventCase(
        "a state visit scheduled for a month is a plan in the month to come",
        "Chilean Foreign Minister Tomas Herrera's state visit to Peru is "
        "scheduled for November.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-11")],
    ),
    EventCase(
        "a plan's day without a year long gone is the one to come",
        "Chilean Foreign Minister Tomas Herrera will visit Peru on January "
        "12. He will visit Bolivia on March 30.",
        [
            ("visit", _HERRERA_TO_PERU, "planned", "2026-01-12"),
            (
                "visit",
                {"Tomas Herrera": "initiator", "Bolivia": "host"},
                "planned",
                "2025-03-30",
            ),
        ],
    ),
    EventCase(
        "a visit expected on a host's invitation is arranged, a plan",
        "Chilean Foreign Minister Tomas Herrera is expected in Peru today on "
        "a one-day visit on the invitation of Peruvian Foreign Minister Rosa "
        "Vidal.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-04-04")],
    ),
    EventCase(
        "talks prepared for are a plan",
        "The sides discussed preparations for the next round of talks "
        "between Chile and Peru.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "a visit made in preparation for another event took place",
        "In preparation for the summit, Chilean Foreign Minister Tomas "
        "Herrera visited Peru on Wednesday.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-02")],
    ),
    EventCase(
        "talks that a government denies a report of are denied",
        "The Chilean government has denied a report by a Peruvian newspaper "
        "that Chilean Foreign Minister Tomas Herrera held secret talks with "
        "Bolivian Foreign Minister Rosa Mamani in Lima.",
        [
            (
                "meeting",
                {"Tomas Herrera": "party", "Rosa Mamani": "party"},
                "denied",
                None,
            )
        ],
    ),
    EventCase(
        "a trip that a ministry rejects reports of is denied",
        'Chile\'s foreign ministry rejected as "baseless" press reports that '
        "Chilean Foreign Minister Tomas Herrera would travel to Peru next "
        "week.",
        [("visit", _HERRERA_TO_PERU, "denied", "2025-04")],
    ),
    EventCase(
        "negotiations denied past the verb group of their subject",
        "The ministry denied rumours spreading online that the Republic of "
        "Chile had entered into secret negotiations with Peru on the border.",
        [
            (
                "negotiation",
                {"Republic of Chile": "party", "Peru": "party"},
                "denied",
                None,
            )
        ],
    ),
    EventCase(
        "talks whose failure is dismissed are not denied, their holding is",
        "Chile dismissed claims that the talks between Chile and Peru in "
        "Lima had collapsed.\n\n"
        "Bolivia rejected reports that talks between Bolivia and Peru had "
        "taken place.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                None,
            ),
            (
                "negotiation",
                {"Bolivia": "party", "Peru": "party"},
                "denied",
                None,
            ),
        ],
    ),
    EventCase(
        "a proposal rejected denies no meeting told after it",
        "Peru rejected the proposal that Chile made at the summit, and "
        "Chilean Foreign Minister Tomas Herrera met Peruvian Foreign Minister "
        "Jorge Salas on Monday.",
        [
            (
                "meeting",
                _HERRERA_AND_SALAS,
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the same day is the day told before, past a paragraph of quotes",
        "On Wednesday, Chilean Foreign Minister Tomas Herrera met Peruvian "
        "Foreign Minister Jorge Salas in Lima.\n\n"
        "The two ministers discussed trade.\n\n"
        '"We are neighbours," Herrera said.\n\n'
        '"Trade is growing," he added.\n\n'
        "Salas said the border was calm.\n\n"
        "He added that fishing talks would continue.\n\n"
        "On the same day, Herrera held a phone call with Bolivian Foreign "
        "Minister Rosa Mamani.",
        [
            (
                "meeting",
                _HERRERA_AND_SALAS,
                "occurred",
                "2025-04-02",
            ),
            (
                "phone_call",
                {"Tomas Herrera": "party", "Rosa Mamani": "party"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "the same day before an act dates it, not a month told after it",
        "On Wednesday, Chilean Foreign Minister Tomas Herrera met Peruvian "
        "Foreign Minister Jorge Salas in Lima.\n\n"
        "On the same day, Chile ratified the fisheries agreement with "
        "Bolivia, signed in La Paz in March.",
        [
            (
                "meeting",
                _HERRERA_AND_SALAS,
                "occurred",
                "2025-04-02",
            ),
            (
                "agreement",
                {"Chile": "party", "Bolivia": "party"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "talks with a guest who is on a visit are under way with the visit",
        "Peruvian President Jorge Salas held talks with Chilean President "
        "Ana Ruiz, who is on a state visit to Peru, at the palace in Lima.",
        [
            (
                "meeting",
                {"Jorge Salas": "party", "Ana Ruiz": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "talks with a guest who is in a city on a visit are under way",
        "On Wednesday, Peruvian Foreign Minister Jorge Salas held talks in "
        "Lima with Chilean Foreign Minister Tomas Herrera, who is in Peru on "
        "a working visit.",
        [
            (
                "meeting",
                {"Jorge Salas": "party", "Tomas Herrera": "party"},
                "ongoing",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "talks with a guest who was on a visit took place",
        "Peruvian Foreign Minister Jorge Salas held talks with Chilean "
        "Foreign Minister Tomas Herrera, who was in Lima on an official "
        "visit.",
        [
            (
                "meeting",
                {"Jorge Salas": "party", "Tomas Herrera": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "talks with a guest who is in town for a forum took place",
        "Peruvian Foreign Minister Jorge Salas met Chilean Foreign Minister "
        "Tomas Herrera, who is in Lima for a forum, on Monday.",
        [("meeting", _HERRERA_AND_SALAS, "occurred", "2025-03-31")],
    ),
    EventCase(
        "talks with a guest told of at length, on no visit, took place",
        "Peruvian Foreign Minister Jorge Salas met Chilean Foreign Minister "
        "Tomas Herrera, who is a close friend of the Peruvian president and "
        "a former envoy to Lima.",
        [("meeting", _HERRERA_AND_SALAS, "occurred", None)],
    ),
    EventCase(
        "talks with a guest on a visit to a third state took place",
        "In La Paz, Peruvian President Jorge Salas held talks with Chilean "
        "Foreign Minister Tomas Herrera, who is in Bolivia on an official "
        "visit.",
        [
            ("meeting", _HERRERA_AND_SALAS, "occurred", None),
            (
                "visit",
                {"Tomas Herrera": "initiator", "Bolivia": "host"},
                "ongoing",
                None,
            ),
        ],
    ),
    EventCase(
        "a guest on a visit received: the reception took place",
        "Peruvian President Jorge Salas received Chilean Foreign Minister "
        "Tomas Herrera, who is in Lima on an official visit.",
        [
            (
                "host_visit",
                {"Jorge Salas": "host", "Tomas Herrera": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a meeting that could take place, past an aside, is speculation",
        "A separate meeting between Chilean President Ana Ruiz and Peruvian "
        "President Jorge Salas, proposed by Bolivian officials, could take "
        "place on the sidelines of the Andean summit.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", "Jorge Salas": "party"},
                "speculated",
                None,
            )
        ],
    ),
    EventCase(
        "negotiations that are continuing, past a relative clause, are ongoing",
        "Negotiations between Chile and Peru on the fisheries accord, which "
        "would cover the southern zone, are continuing, a Chilean official "
        "said.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "talks that closed before a speech aside take no status past it",
        "The fishing talks between Chile and Peru closed on Wednesday, a "
        "Chilean official said, and a new round is scheduled for June.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "a mediation said to be continuing is ongoing",
        "Bolivian Foreign Minister Rosa Mamani said Bolivia's mediation "
        "between Chile and Peru on the border dispute was continuing.",
        [
            (
                "mediation",
                {"Bolivia": "mediator", "Chile": "party", "Peru": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "talks that ended, past an aside, took place",
        "The talks between Chile and Peru, held in Lima, ended on Monday.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a reported would before the verb that carries a visit is a plan",
        "The spokesperson said Chilean Foreign Minister Tomas Herrera would "
        "undertake a two-day official visit to Peru next week.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-04")],
    ),
    EventCase(
        "a would in what analysts predicted is a guess, no plan",
        "Economists predicted that Chile and Peru would hold fishing talks "
        "in June.",
        [
            (
                "meeting",
                {"Chile": "party", "Peru": "party"},
                "speculated",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "a would before the verb that carries talks, in a wish, is no plan",
        "Chilean Foreign Minister Tomas Herrera said that, if asked, he "
        "would hold talks with Peru.",
        [
            (
                "meeting",
                {"Tomas Herrera": "party", "Peru": "party"},
                "speculated",
                None,
            )
        ],
    ),
    EventCase(
        "an act a day after which another came is the day before that one",
        "Chilean Foreign Minister Tomas Herrera held a phone call with "
        "Peruvian Foreign Minister Jorge Salas on Wednesday.\n\n"
        "The call came a day after Herrera held phone talks with Bolivian "
        "Foreign Minister Rosa Mamani.",
        [
            (
                "phone_call",
                _HERRERA_AND_SALAS,
                "occurred",
                "2025-04-02",
            ),
            (
                "phone_call",
                {"Tomas Herrera": "party", "Rosa Mamani": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "an act a day after something else is not dated by the day before",
        "Chilean Foreign Minister Tomas Herrera held a phone call with "
        "Peruvian Foreign Minister Jorge Salas on Wednesday.\n\n"
        "Herrera met Bolivian Foreign Minister Rosa Mamani a day after the "
        "summit.",
        [
            (
                "phone_call",
                _HERRERA_AND_SALAS,
                "occurred",
                "2025-04-02",
            ),
            (
                "meeting",
                {"Tomas Herrera": "party", "Rosa Mamani": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an announcement a day after an act: the day before the announcing",
        "Chilean Foreign Minister Tomas Herrera's visit to Peru, set for "
        "April 10, has been postponed, his office said on Thursday.\n\n"
        "The announcement came a day after Herrera and Peruvian Foreign "
        "Minister Jorge Salas spoke by phone.",
        [
            ("visit", _HERRERA_TO_PERU, "postponed", "2025-04-10"),
            (
                "phone_call",
                _HERRERA_AND_SALAS,
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "a day after opening the sentence dates no act by the day before",
        "The Andean summit was held in Quito on Monday.\n\n"
        "A day after the summit, Chilean Foreign Minister Tomas Herrera met "
        "Peruvian Foreign Minister Jorge Salas.",
        [("meeting", _HERRERA_AND_SALAS, "occurred", None)],
    ),
    EventCase(
        "an act a day after which something came, told before, is that act",
        "Chilean Foreign Minister Tomas Herrera met Peruvian Foreign Minister "
        "Jorge Salas in Lima on Wednesday.\n\n"
        "The statement came a day after Herrera met Salas.",
        [("meeting", _HERRERA_AND_SALAS, "occurred", "2025-04-02")],
    ),
    EventCase(
        "the same day before an act yields to the act's own day after it",
        "Chilean Foreign Minister Tomas Herrera met Peruvian Foreign Minister "
        "Jorge Salas in Lima on Monday.\n\n"
        "On the same day, Herrera held talks with Bolivian Foreign Minister "
        "Rosa Mamani in Quito on March 4.",
        [
            ("meeting", _HERRERA_AND_SALAS, "occurred", "2025-03-31"),
            (
                "meeting",
                {"Tomas Herrera": "party", "Rosa Mamani": "party"},
                "occurred",
                "2025-03-04",
            ),
        ],
    ),
    EventCase(
        "a plain message received is no event and dates nothing",
        "Chilean President Ana Ruiz received a written message from "
        "Peruvian President Jorge Salas.",
        [],
    ),
    EventCase(
        "an abbreviation's full stop does not end a superlative's reach",
        "Chilean Foreign Minister Tomas Herrera visited Peru, the first "
        "visit by a Chilean minister to the St. Rosa district of Lima in "
        "five years.",
        [("visit", _HERRERA_TO_PERU, "occurred", None)],
    ),
    EventCase(
        "talks that fail to continue, or continue a habit, are not under way",
        "Fishing talks between Chile and Peru failed to continue.\n\n"
        "Chilean Foreign Minister Tomas Herrera's visit to Peru continues "
        "a long habit of yearly calls.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                None,
            ),
            ("visit", _HERRERA_TO_PERU, "occurred", None),
        ],
    ),
    EventCase(
        "a visit thanked for the preparation of, which ended, took place",
        "The hotel staff were thanked for the careful preparation of the "
        "visit of Chilean Foreign Minister Tomas Herrera to Peru, which "
        "ended on Wednesday.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-04-02")],
    ),
    EventCase(
        "talks told as progressing are under way",
        "Chilean Foreign Minister Tomas Herrera said that border "
        "negotiations with Peru were progressing.",
        [
            (
                "negotiation",
                {"Tomas Herrera": "party", "Peru": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "talks named as a process, launched or with developments, go on",
        "The two presidents welcomed the launch of negotiations between "
        "Chile and Peru on a trade pact.\n\n"
        "Herrera informed Peruvian Foreign Minister Jorge Salas about the "
        "developments in the negotiations between Chile and Bolivia.",
        [
            ("negotiation", _CHILE_AND_PERU, "ongoing", None),
            (
                "negotiation",
                {"Chile": "party", "Bolivia": "party"},
                "ongoing",
                None,
            ),
        ],
    ),
    EventCase(
        "talks named by their current stage or the progress made in them go on",
        "The ministers of Chile and Peru discussed the current stage of the "
        "negotiations between Chile and Peru on the border.\n\n"
        "Norway hailed the progress achieved in the talks between Chile and "
        "Bolivia.",
        [
            ("negotiation", _CHILE_AND_PERU, "ongoing", None),
            (
                "negotiation",
                {"Chile": "party", "Bolivia": "party"},
                "ongoing",
                None,
            ),
        ],
    ),
    EventCase(
        "a stage of talks counted, or their outcome, is no process going on",
        "The first stage of the negotiations between Chile and Peru ended on "
        "Wednesday.\n\n"
        "Norway discussed the outcome of the negotiations between Chile and "
        "Bolivia.",
        [
            ("negotiation", _CHILE_AND_PERU, "occurred", "2025-04-02"),
            (
                "negotiation",
                {"Norway": "party", "Chile": "party", "Bolivia": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "words a call was made to say were said, on the call's day",
        "Peruvian President Jorge Salas telephoned Chilean President Ana Ruiz "
        "on Thursday to congratulate her on her election.",
        [
            ("phone_call", _SALAS_CALLS_RUIZ, "occurred", "2025-04-03"),
            ("praise", _SALAS_CALLS_RUIZ, "occurred", "2025-04-03"),
        ],
    ),
    EventCase(
        "a call to a name of a word in -ed, or to two, is made for its words",
        "Chilean President Ana Ruiz telephoned United Nations "
        "Secretary-General Luis Mora on Thursday to congratulate him.\n\n"
        "Peruvian President Jorge Salas phoned Bolivian President Luis Arce "
        "and Ecuadorian President Rosa Vera on Wednesday to thank them.",
        [
            (
                "phone_call",
                {"Ana Ruiz": "initiator", "Luis Mora": "recipient"},
                "occurred",
                "2025-04-03",
            ),
            (
                "praise",
                {"Ana Ruiz": "initiator", "Luis Mora": "recipient"},
                "occurred",
                "2025-04-03",
            ),
            (
                "phone_call",
                {
                    "Jorge Salas": "initiator",
                    "Luis Arce": "recipient",
                    "Rosa Vera": "recipient",
                },
                "occurred",
                "2025-04-02",
            ),
            (
                "praise",
                {"Jorge Salas": "initiator", "Luis Arce": "recipient"},
                "occurred",
                "2025-04-02",
            ),
            (
                "praise",
                {"Jorge Salas": "initiator", "Rosa Vera": "recipient"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "a call to come, or a call and an act of its own, plans nothing else",
        "Peruvian President Jorge Salas will telephone Chilean President Ana "
        "Ruiz on Monday to congratulate her on her election.\n\n"
        "Chilean Foreign Minister Tomas Herrera telephoned Peruvian Foreign "
        "Minister Jorge Salas and invited him to visit Santiago.",
        [
            ("phone_call", _SALAS_CALLS_RUIZ, "planned", "2025-04-07"),
            ("praise", _SALAS_CALLS_RUIZ, "planned", "2025-04-07"),
            (
                "phone_call",
                {"Tomas Herrera": "initiator", "Jorge Salas": "recipient"},
                "occurred",
                None,
            ),
            (
                "intent_to_meet",
                {"Tomas Herrera": "initiator", "Jorge Salas": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an act someone is called on to do is no purpose of a call",
        "Chilean President Ana Ruiz called on Peruvian President Jorge Salas "
        "to visit Santiago.",
        [
            (
                "visit",
                {"Jorge Salas": "initiator", "Chile": "host"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "talks held, or begun, on a day took place",
        "Chile and Peru held negotiations in Lima on Wednesday.\n\n"
        "Herrera and Salas began negotiations between Chile and Bolivia on "
        "a trade pact.",
        [
            ("negotiation", _CHILE_AND_PERU, "occurred", "2025-04-02"),
            (
                "negotiation",
                {"Chile": "party", "Bolivia": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "talks agreed to begin, start or launch are to come",
        "The ministers of Chile and Peru also agreed to start negotiations "
        "on a trade pact, an official said.\n\n"
        "Herrera and Salas agreed to launch negotiations between Chile and "
        "Bolivia on a fishing pact.",
        [
            ("negotiation", _CHILE_AND_PERU, "planned", None),
            (
                "negotiation",
                {"Chile": "party", "Bolivia": "party"},
                "planned",
                None,
            ),
        ],
    ),
    EventCase(
        "a second such incident in a week counts a span, no day to come",
        "Chile on Wednesday recalled its ambassador from Lima and expelled "
        "the Peruvian ambassador after a blast near the border, the second "
        "such incident in a week.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "acts joined by 'and' in one verb form share the day told",
        "Peru responded on Wednesday by downgrading relations with Chile "
        "and ordering the Chilean ambassador to leave the country.",
        [
            (
                "break_relations",
                {"Peru": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-04-02",
            ),
            (
                "expulsion",
                {"Peru": "initiator", "the Chilean ambassador": "recipient"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "acts joined by 'and' in two forms, or with a subject, do not",
        "Chile recalled its ambassador from Lima on Wednesday and will "
        "expel the Peruvian ambassador.\n\n"
        "Bolivia recalled its ambassador from Quito on Wednesday and "
        "Ecuador expelled the Bolivian ambassador.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-02",
            ),
            (
                "expulsion",
                {"Chile": "initiator", "the Peruvian ambassador": "recipient"},
                "planned",
                None,
            ),
            (
                "expulsion",
                {"Bolivia": "initiator", "Ecuador": "recipient"},
                "occurred",
                "2025-04-02",
            ),
            (
                "expulsion",
                {
                    "Ecuador": "initiator",
                    "the Bolivian ambassador": "recipient",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "what is expected, told by an official on condition of anonymity, "
        "is speculation; by an official named, a plan",
        "Chilean Foreign Minister Tomas Herrera is expected to visit Lima "
        "next week, a presidential official said on condition of "
        "anonymity.\n\n"
        "Peruvian Foreign Minister Jorge Salas is expected to visit Quito "
        "next week, the ministry said.",
        [
            ("visit", _HERRERA_TO_PERU, "speculated", "2025-04"),
            (
                "visit",
                {"Jorge Salas": "initiator", "Ecuador": "host"},
                "planned",
                "2025-04",
            ),
        ],
    ),
    EventCase(
        "'the same month' is the month named before it in the sentence",
        "The border dispute flared in January, and Bolivia recalled its "
        "ambassador from Lima the same month.\n\n"
        "Chile recalled its ambassador from Quito that month.\n\n"
        "That month, Colombia recalled its ambassador from Caracas on "
        "Wednesday.",
        [
            (
                "expulsion",
                {"Bolivia": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-01",
            ),
            (
                "expulsion",
                {"Chile": "initiator", "Ecuador": "recipient"},
                "occurred",
                None,
            ),
            (
                "expulsion",
                {"Colombia": "initiator", "Venezuela": "recipient"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "a call held last night was the evening before the article's day",
        "Chilean President Ana Soto held a telephone conversation with her "
        "Peruvian counterpart Luis Ortiz last night.",
        [
            (
                "phone_call",
                {"Ana Soto": "party", "Luis Ortiz": "party"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "an act done 'later' or 'earlier' takes the day told before",
        "Chile and Peru signed a border treaty on Wednesday. Chilean "
        "President Ana Soto later held a phone call with Bolivian President "
        "Luis Arce.\n\n"
        "Chilean Foreign Minister Tomas Herrera accused Bolivia of delays in "
        "Lima on Thursday. Herrera and Peruvian Foreign Minister Jorge Salas earlier "
        "held talks at the ministry.",
        [
            ("agreement", _CHILE_AND_PERU, "occurred", "2025-04-02"),
            (
                "phone_call",
                {"Ana Soto": "party", "Luis Arce": "party"},
                "occurred",
                "2025-04-02",
            ),
            (
                "accusation",
                {"Tomas Herrera": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-04-03",
            ),
            (
                "meeting",
                {"Tomas Herrera": "party", "Jorge Salas": "party"},
                "occurred",
                "2025-04-03",
            ),
        ],
    ),
    EventCase(
        "'had earlier met' is before the day told, on no day said",
        "Chilean Foreign Minister Tomas Herrera accused Bolivia of delays at "
        "a news conference in Lima on Wednesday. Herrera had earlier met "
        "Peruvian Foreign Minister Jorge Salas.",
        [
            (
                "accusation",
                {"Tomas Herrera": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-04-02",
            ),
            (
                "meeting",
                {"Tomas Herrera": "party", "Jorge Salas": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "'today' inside a quotation is the speaker's, not the day told",
        "Chile and Peru signed a border treaty on Wednesday.\n\n"
        "\u201cToday, we close a long dispute,\u201d Chilean President Ana "
        "Soto said in a video message.\n\n"
        "Bolivian President Luis Arce later held a phone call with Soto.",
        [
            ("agreement", _CHILE_AND_PERU, "occurred", "2025-04-02"),
            (
                "phone_call",
                {"Luis Arce": "party", "Ana Soto": "party"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "an act told as its side's decision was decided",
        "Herrera thanked the European Union for its decision to lift "
        "sanctions on Chile.\n\n"
        "Chilean Foreign Minister Tomas Herrera urged the European Union to "
        "lift the sanctions on Peru.",
        [
            (
                "sanction",
                {"European Union": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
            # Urging another side to act is an appeal, no act of its own.
        ],
    ),
    EventCase(
        "a plan reported, then 'no such visit was scheduled', is denied, "
        "and no meeting held",
        "Chilean Foreign Minister Tomas Herrera met Peruvian Foreign "
        "Minister Jorge Salas in Santiago on Wednesday. Asked about reports "
        "that Herrera would visit Lima next week, the spokesman said no such "
        "visit was scheduled.",
        [
            ("meeting", _HERRERA_AND_SALAS, "occurred", "2025-04-02"),
            ("visit", _HERRERA_TO_PERU, "denied", "2025-04"),
        ],
    ),
    EventCase(
        "'no such' another event, in a clause of its own, denies only that",
        "Chilean Foreign Minister Tomas Herrera will visit Lima next week, "
        "and no such meeting with Bolivia is planned.\n\n"
        "Chilean Foreign Minister Tomas Herrera will visit Lima next week, "
        "though no such visit to Quito is planned.",
        [
            ("visit", _HERRERA_TO_PERU, "planned", "2025-04"),
            (
                "meeting",
                {"Tomas Herrera": "party", "Bolivia": "party"},
                "denied",
                None,
            ),
            (
                "visit",
                {"Tomas Herrera": "initiator", "Ecuador": "host"},
                "denied",
                "2025-04",
            ),
        ],
    ),
    EventCase(
        "a plan denied where only the denial is dated keeps no date",
        "On Monday, asked about reports that Chilean Foreign Minister Tomas "
        "Herrera would visit Lima, the Peruvian spokesman said no such visit "
        "was scheduled.",
        [("visit", _HERRERA_TO_PERU, "denied", None)],
    ),
    EventCase(
        "a verb joined by 'and' to a reported 'would' is planned too",
        "Peru said it would recall its ambassador and expel two Chilean "
        "diplomats.",
        [
            (
                "expulsion",
                {"Peru": "initiator", "Chile": "recipient"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "'that month' with no month told before it in its sentence: no date",
        "Chile recalled its envoy from Peru in 2024, and Peru expelled the "
        "Chilean ambassador that month.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                "2024",
            ),
            (
                "expulsion",
                {"Peru": "initiator", "the Chilean ambassador": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "acts announced after a dated cue, 'would' joined by 'and', planned",
        "Peru announced on Wednesday, April 2, that it would expel two "
        "Chilean diplomats and recall its ambassador to Santiago.",
        [
            (
                "expulsion",
                {"Peru": "initiator", "Chile": "recipient"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "praise after its side's saying dated to a day: that day",
        "Chile on Thursday said the border crossing would reopen next month. "
        "Chilean spokeswoman Ana Rojas expressed appreciation for Peru and "
        "Bolivia for their support.",
        [
            (
                "praise",
                {"Ana Rojas": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-03",
            ),
            (
                "praise",
                {"Ana Rojas": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-04-03",
            ),
        ],
    ),
    EventCase(
        "blame after its speaker's saying, the day after the words said",
        "The border crossing will reopen next month, Chilean Foreign "
        "Ministry spokeswoman Ana Rojas said on Wednesday. Rojas condemned "
        "Peru's decision to close its consulate.",
        [
            (
                "accusation",
                {"Ana Rojas": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "blame by another official after a person's dated saying: no date",
        "The border crossing will reopen next month, Chilean Foreign "
        "Ministry spokeswoman Ana Rojas said on Wednesday. Meanwhile, "
        "Chilean President Pablo Soto condemned Peru's decision to close its "
        "consulate.",
        [
            (
                "accusation",
                {"Pablo Soto": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "praise after two sayings of its side on one day: that day",
        "Chile on Wednesday said the border crossing would reopen next month. "
        "Chile on Wednesday said the new bridge would open in June. The "
        "Chilean ministry thanked Peru for its help with the repairs.",
        [
            (
                "praise",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "praise after sayings of its side on two days: no date",
        "Chile on Wednesday said the border crossing would reopen next month. "
        "Chile on Thursday said the new bridge would open in June. The "
        "Chilean ministry thanked Peru for its help with the repairs.",
        [
            (
                "praise",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "praise after sayings of its side on three days: no date",
        "Chile on Monday said the border crossing would reopen next month. "
        "Chile on Tuesday said the new bridge would open in June. Chile on "
        "Wednesday said the old road would close in May. The Chilean "
        "ministry thanked Peru for its help with the repairs.",
        [
            (
                "praise",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "praise after another side's dated saying: no date",
        "Peru on Thursday said the border crossing would reopen next month. "
        "The Chilean Foreign Ministry thanked Bolivia for its help with the "
        "repairs.",
        [
            (
                "praise",
                {
                    "Chilean Foreign Ministry": "initiator",
                    "Bolivia": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "praise before its side's dated saying: no date",
        "The Chilean Foreign Ministry thanked Peru for its help with the "
        "repairs. Chile on Thursday said the border crossing would reopen "
        "next month.",
        [
            (
                "praise",
                {"Chilean Foreign Ministry": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "blame told in the perfect after a dated saying: no date",
        "The Chilean Foreign Ministry on Thursday said the border crossing "
        "would reopen next month. Chile has long criticised Peru for delays "
        "at the crossing.",
        [
            (
                "accusation",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "blame told 'earlier' than its side's dated saying: no date",
        "Chile on Thursday said the border crossing would reopen next month. "
        "Earlier, Chile accused Peru of stalling the repairs.",
        [
            (
                "accusation",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a day, 'and', a day of the next month: no range, the first day",
        "Chile's president visited Peru on March 31 and 1 April.",
        [
            (
                "visit",
                {"Chile's president": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a date inside the words said is not the saying's: no date",
        "The Chilean Foreign Ministry said the talks Peru held on Monday with "
        "Bolivia were useful. The ministry thanked Peru for its help with "
        "the repairs.",
        [
            (
                "praise",
                {"Chilean Foreign Ministry": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a plan in a clause set at a dated occasion to come: its day",
        "Chilean Foreign Minister Tomas Herrera will host a conference of "
        "donors in Santiago on 12 June, where he will meet Peruvian Prime "
        "Minister Jorge Salas.",
        [("meeting", _HERRERA_AND_SALAS, "planned", "2025-06-12")],
    ),
    EventCase(
        "a plan set 'later' at a dated occasion to come: no date",
        "Chilean Foreign Minister Tomas Herrera will visit Quito on 26 May, "
        "where he will later meet Peruvian Prime Minister Jorge Salas.",
        [
            (
                "visit",
                {"Tomas Herrera": "initiator", "Ecuador": "host"},
                "planned",
                "2025-05-26",
            ),
            ("meeting", _HERRERA_AND_SALAS, "planned", None),
        ],
    ),
    EventCase(
        "a plan in a clause set at a past occasion: no date",
        "Chilean Foreign Minister Tomas Herrera visited Quito on Monday, "
        "where the envoys of Peru will hold talks with Bolivia.",
        [
            (
                "visit",
                {"Tomas Herrera": "initiator", "Ecuador": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Peru": "party", "Bolivia": "party"},
                "planned",
                None,
            ),
        ],
    ),
    EventCase(
        "a date in a phrase on what words of blame or thanks are about is its",
        "Chile condemned the Peruvian air strikes that targeted several "
        "villages in Bolivia on Wednesday.\n\n"
        "Norway thanked Peru for the aid extended to Oslo last year.\n\n"
        "Bolivia thanked Peru for its help after last year's floods.",
        [
            ("accusation", _CHILE_BLAMES_PERU, "occurred", None),
            (
                "praise",
                {"Norway": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Bolivia": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a date of the words' own clause, or of a comma's phrase, is theirs",
        "Chile condemned Peru's air strikes on Bolivia on Wednesday.\n\n"
        "Norway condemned Peru on Thursday for the air strikes that targeted "
        "Bolivia.\n\n"
        "Bolivia thanked Peru for its help, telling reporters during a visit "
        "to Ecuador on Tuesday that the aid had saved lives.",
        [
            ("accusation", _CHILE_BLAMES_PERU, "occurred", "2025-04-02"),
            (
                "accusation",
                {"Norway": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-03",
            ),
            (
                "praise",
                {"Bolivia": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-01",
            ),
            (
                "visit",
                {"Bolivia": "initiator", "Ecuador": "host"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "blame of an act dated earlier takes the day its speaker spoke on",
        "Speaking to reporters in Santiago on Wednesday, Chilean Foreign "
        "Minister Tomas Herrera said the talks had failed. Herrera condemned "
        "the new sanctions imposed by Peru earlier this month on Chilean "
        "firms.\n\n"
        "Peruvian Foreign Minister Jorge Salas, addressing the senate on "
        "Thursday, said the border was calm. Salas condemned the raids "
        "carried out by Bolivia on Tuesday.",
        [
            (
                "accusation",
                {"Tomas Herrera": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-02",
            ),
            (
                "accusation",
                {"Jorge Salas": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-04-03",
            ),
        ],
    ),
    EventCase(
        "a date in a phrase on the words' statement or message is theirs",
        "Chile condemned the air strikes carried out by Peru in a statement "
        "issued on Wednesday.\n\n"
        "Norway thanked Peru for its support in a message posted on its "
        "website on Thursday.\n\n"
        "Bolivia condemned Peru's air strikes in a statement that was "
        "published on Tuesday.\n\n"
        "Ecuador condemned the air strikes in Bolivia carried out by Peru on "
        "Monday.\n\n"
        "Norway condemned the new sanctions imposed by Bolivia in a statement "
        "on Monday.",
        [
            ("accusation", _CHILE_BLAMES_PERU, "occurred", "2025-04-02"),
            (
                "praise",
                {"Norway": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-03",
            ),
            (
                "accusation",
                {"Bolivia": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-01",
            ),
            (
                "accusation",
                {"Ecuador": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "accusation",
                {"Norway": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "blame of an act of the day the page is told on is of that day",
        "Chile condemned the air strikes carried out by Peru on Friday.",
        [("accusation", _CHILE_BLAMES_PERU, "occurred", "2025-04-04")],
    ),
    EventCase(
        "an opening phrase speaking of a thing dated is not the saying's",
        "Speaking of the talks held in Lima on Wednesday, Chilean Foreign "
        "Minister Tomas Herrera said the border was calm. Herrera condemned "
        "Peru.\n\n"
        "Responding to the air strikes carried out by Bolivia on Thursday, "
        "Peruvian Foreign Minister Jorge Salas said the talks were over. "
        "Salas condemned Bolivia.",
        [
            (
                "accusation",
                {"Tomas Herrera": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "accusation",
                {"Jorge Salas": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a date in an opening phrase of no speaking is not the saying's",
        "After the vote in Peru on Wednesday, Chilean Foreign Minister Tomas "
        "Herrera said the talks had failed. Herrera condemned the new "
        "sanctions imposed by Peru earlier this month on Chilean firms.\n\n"
        "Peruvian Foreign Minister Jorge Salas said on Thursday that the "
        "talks had failed. Earlier, Salas condemned the raids carried out "
        "by Bolivia.",
        [
            (
                "accusation",
                {"Tomas Herrera": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "accusation",
                {"Jorge Salas": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a plan told after a dated occasion, not set at it: no date",
        "Chilean Foreign Minister Tomas Herrera will visit Quito on 26 May, "
        "and he will meet Peruvian Prime Minister Jorge Salas.",
        [
            (
                "visit",
                {"Tomas Herrera": "initiator", "Ecuador": "host"},
                "planned",
                "2025-05-26",
            ),
            ("meeting", _HERRERA_AND_SALAS, "planned", None),
        ],
    ),
    # A month or day with no year after a verb in the past: the one before
    # the article, not the nearer one to come (which would make it a plan).
    EventCase(
        "a month told with a past verb is the one before the article",
        "Chile recalled its ambassador to Peru in August.",
        [("expulsion", _CHILE_BLAMES_PERU, "occurred", "2024-08")],
    ),
    EventCase(
        "a day told with a past verb is the one before the article",
        "Chilean Foreign Minister Tomas Herrera visited Lima on July 2.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2024-07-02")],
    ),
    EventCase(
        "a past verb before the act's noun dates it the month before",
        "Peru hosted talks between Chile and Bolivia in June.",
        [
            (
                "negotiation",
                {"Chile": "party", "Bolivia": "party"},
                "occurred",
                "2024-06",
            )
        ],
    ),
    EventCase(
        "a plan's month is the one to come",
        "Chilean Foreign Minister Tomas Herrera will visit Lima in August.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-08")],
    ),
    EventCase(
        "last September is the one before the article",
        "Chile expelled Peru's ambassador last September.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "Peru's ambassador": "recipient"},
                "occurred",
                "2024-09",
            )
        ],
    ),
    EventCase(
        "next May is the one to come",
        "Chilean Foreign Minister Tomas Herrera is to visit Lima next May.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-05")],
    ),
    # The verb in the past must be the act's own (or one that carries it):
    # a verb that tells of its plan leaves the month the one to come.
    EventCase(
        "a month told with a past verb of its own, not ending in -ed",
        "Chilean Foreign Minister Tomas Herrera paid a visit to Lima in May.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2024-05")],
    ),
    EventCase(
        "a day told with 'spoke' is the one before the article",
        "Chilean Foreign Minister Tomas Herrera spoke with Jorge Salas by "
        "phone on May 2.",
        [("phone_call", _HERRERA_AND_SALAS, "occurred", "2024-05-02")],
    ),
    EventCase(
        "talks the subject of a passive in the past are the May before",
        "Talks between Chile and Peru were held in May.",
        [("negotiation", _CHILE_AND_PERU, "occurred", "2024-05")],
    ),
    EventCase(
        "a meeting that took place on a day is the one before the article",
        "The meeting between Tomas Herrera and Jorge Salas took place on "
        "May 10.",
        [("meeting", _HERRERA_AND_SALAS, "occurred", "2024-05-10")],
    ),
    EventCase(
        "an expulsion told in the passive is the May before",
        "Peru's ambassador was expelled by Chile in May.",
        [
            (
                "expulsion",
                {"Peru's ambassador": "recipient", "Chile": "initiator"},
                "occurred",
                "2024-05",
            )
        ],
    ),
    EventCase(
        "a summit told planned in May is the coming May's",
        "A summit between Chile and Peru was planned in May.",
        [("meeting", _CHILE_AND_PERU, "planned", "2025-05")],
    ),
    EventCase(
        "a past verb in a clause on the talks is not theirs",
        "Talks between Chile and Peru, which were stalled, resume in May.",
        [("negotiation", _CHILE_AND_PERU, "planned", "2025-05")],
    ),
    EventCase(
        "a meeting requested for June is the coming June's",
        "Chilean Foreign Minister Tomas Herrera requested a meeting with "
        "Jorge Salas in June.",
        [("meeting", _HERRERA_AND_SALAS, "planned", "2025-06")],
    ),
    EventCase(
        "a meeting proposed for June is the coming June's",
        "Chilean Foreign Minister Tomas Herrera proposed a meeting with "
        "Jorge Salas in June.",
        [("meeting", _HERRERA_AND_SALAS, "planned", "2025-06")],
    ),
    # A date to come in a clause after an act done, not told in the past,
    # is the clause's: the act keeps no date.
    EventCase(
        "an agreement signed that takes effect in May",
        "Chile signed a trade agreement with Peru that takes effect in May.",
        [("agreement", _CHILE_AND_PERU, "occurred", None)],
    ),
    EventCase(
        "talks held, which will resume in June",
        "Chile and Peru held talks, which will resume in June.",
        [("meeting", _CHILE_AND_PERU, "occurred", None)],
    ),
    EventCase(
        "a clause told in the past keeps its month the one before",
        "Chile and Peru signed a treaty, which was ratified in May.",
        [("agreement", _CHILE_AND_PERU, "occurred", "2024-05")],
    ),
    EventCase(
        "a plan's clause to come keeps the coming month",
        "Chile will sign an agreement with Peru that takes effect in May.",
        [("agreement", _CHILE_AND_PERU, "planned", "2025-05")],
    ),
    # An act told in the present perfect is news of the article's days: a
    # like act dated weeks before is another.
    EventCase(
        "an act in the present perfect is not one dated months before",
        "Chile has expelled a Peruvian diplomat. In January, Chile expelled "
        "Peru's defence attache.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "a Peruvian diplomat": "recipient"},
                "occurred",
                None,
            ),
            ("expulsion", _CHILE_BLAMES_PERU, "occurred", "2025-01"),
        ],
    ),
    EventCase(
        "an act in the present perfect is one dated days before",
        "Chile has expelled a Peruvian diplomat. On Wednesday, Chile "
        "expelled Peru's defence attache.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "a Peruvian diplomat": "recipient"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    # A date in a relative clause set off by commas before the act tells of
    # the clause's noun, not of the act.
    EventCase(
        "a date in a relative clause before the act is not the act's",
        "Chilean Foreign Minister Tomas Herrera, who took office last month, "
        "will visit Lima next week.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-04")],
    ),
    EventCase(
        "a relative clause's date leaves the act undated",
        "Chilean Foreign Minister Tomas Herrera, who took office last month, "
        "will visit Lima.",
        [("visit", _HERRERA_TO_PERU, "planned", None)],
    ),
    EventCase(
        "a relative clause's year does not make the act background",
        "Chilean Foreign Minister Tomas Herrera, who was named an envoy in "
        "2023, is due to visit Lima next week.",
        [("visit", _HERRERA_TO_PERU, "planned", "2025-04")],
    ),
    EventCase(
        "a date in a clause opened by 'whose' is not the act's",
        "Chilean Foreign Minister Tomas Herrera, whose term began in "
        "January, will visit Lima.",
        [("visit", _HERRERA_TO_PERU, "planned", None)],
    ),
    EventCase(
        "a relative clause's date gives way to the act's after it",
        "Chilean Foreign Minister Tomas Herrera, who took office last month, "
        "visited Lima on Monday, officials said.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-03-31")],
    ),
    EventCase(
        "a date opening the sentence before a relative clause is the act's",
        "On Monday, Chilean Foreign Minister Tomas Herrera, who took office "
        "last month, travelled to Lima.",
        [("visit", _HERRERA_TO_PERU, "occurred", "2025-03-31")],
    ),
    # A plan is not a mention of the event dated before the article.
    EventCase(
        "a plan is not a bare mention dated before the article",
        "The meeting between Ana Ruiz and Jorge Salas in Quito in January "
        "was their first. Analysts said a meeting between Ruiz and Salas in "
        "Santiago in July was now likely.",
        [
            ("meeting", _RUIZ_AND_SALAS, "occurred", "2025-01"),
            ("meeting", _RUIZ_AND_SALAS, "planned", "2025-07"),
        ],
    ),
    EventCase(
        "a plan is not a bare mention dated last July",
        "The meeting between Ana Ruiz and Jorge Salas in Quito last July "
        "was their first. Analysts said a meeting between Ruiz and Salas in "
        "Santiago in July was now likely.",
        [
            ("meeting", _RUIZ_AND_SALAS, "occurred", "2024-07"),
            ("meeting", _RUIZ_AND_SALAS, "planned", "2025-07"),
        ],
    ),
]


class TestEventStatus:
    @pytest.mark.parametrize(
        "case", STATUS_CASES, ids=[c.name for c in STATUS_CASES]
    )
    def test_case(self, case):
        """
        Each event takes the status and date its sentence's grammar gives
        it.
        """
        expected = case.events

        assert expected == _events(_extract(case.body))

    def test_news_and_past_need_the_article_date(self):
        """
        With no date for the article, an act told in the present perfect
        cannot be set apart from a like act dated in the past: the two
        mentions are one event, as any two undated ones are.
        """
        body = (
            "Chile has expelled a Peruvian diplomat. In January 2025, Chile "
            "expelled Peru's defence attache."
        )

        assert [
            (
                "expulsion",
                {"Chile": "initiator", "a Peruvian diplomat": "recipient"},
                "occurred",
                "2025-01",
            )
        ] == _events(_extract(body, published=None))

    @pytest.mark.parametrize(
        ("body", "kind"),
        [
            (
                (
                    "Chilean Foreign Minister Tomas Herrera telephoned Peruvian "
                    "Foreign Minister Jorge Salas on Wednesday to ask him to "
                    "recognise Bolivia."
                ),
                "recognition",
            ),
            (
                (
                    "Chilean Foreign Minister Tomas Herrera telephoned Peruvian "
                    "Foreign Minister Jorge Salas on Wednesday to urge Peru to "
                    "sign a border agreement with Bolivia."
                ),
                "agreement",
            ),
            (
                (
                    "Chilean President Ana Ruiz called repeatedly on Peru to "
                    "hold talks with Bolivia."
                ),
                "meeting",
            ),
            (
                (
                    "Chilean President Ana Ruiz called once again on Peru to "
                    "hold talks with Bolivia."
                ),
                "meeting",
            ),
        ],
    )
    def test_asked_for(self, body, kind):
        """
        An act a call asks someone to do, or an appeal calls on them to do,
        is not done by the call: "phoned X to ask him to recognise Y".
        """
        statuses = [
            status
            for found, _, status, _ in _events(_extract(body))
            if found == kind
        ]

        assert statuses == ["planned"]

    @pytest.mark.parametrize(
        "unit",
        [
            "said that Chile would meet Peru and ",
            "denied reports that Chile met Peru and ",
            "denied a report that Chile had entered into talks with Peru and ",
            "a meeting of Chile and Peru has been floated for June and ",
            "Chile, which has been mediating between Peru and ",
            "arrived in Lima on Friday for a two-day visit and ",
            "On the same day, Chile ratified the pact signed in March. ",
            "Chile held talks with Peru, who is in Lima on a visit, ",
            "talks between Chile and Peru, held in Lima, ",
            "The call came a day after Chile met Peru. ",
            "Chilean minister Tomas Herrera arrived in Lima on Thursday and ",
            "the second such incident in a week, ",
            "Peru responded on Monday by downgrading ties with Chile and ",
            "in May, and Chile recalled its envoy that month, ",
            "the last night of talks, Chile met Peru last night and ",
            "Chile met Peru on May 4 and 5 and 6 and ",
            "Chile on Monday said the talks were useful. Chile thanked Peru. ",
            "Chile on Monday said that Chile thanked Peru on May 2 and ",
            "Chile will visit Peru on May 5, where Chile will meet Peru, ",
            "Chile met Peru from May 4 to May 5 to May ",
            "Chile met Peru from 4 May to 5 May to 6 May to ",
            "Chile condemned the raids carried out by Peru earlier on May 2 ",
            "earlier ",
            "Speaking to Peru on Monday and ",
            "Chile telephoned Peru to thank Peru and to congratulate ",
            "the current stage of the progress achieved in the talks of ",
            "Chile condemned Peru in a statement issued in a statement on ",
            "Speaking of Peru, ",
            "Chile phoned the newly elected Peru and Bolivia to thank ",
            "Chile has expelled Peru's envoy. In June, Chile expelled Peru's ",
            "a meeting of Chile and Peru last July, a July one was likely, ",
            "Chile visited Peru in May and on May 3 and last May next ",
            "Chile, who met in May, which met in May, ",
            "Chile, who on 1 May ",
            "Chile, which on 1 May, ",
            "Chile, whose on 1 May, ",
            "Chile signed a deal that which who in May ",
            "talks between Chile and Peru were held in May ",
        ],
        ids=repr,
    )
    def test_growth(self, unit):
        """
        Status and dates are read in time linear in the text: four times the
        text takes far less than sixteen times as long.
        """

        def seconds(size):
            return _seconds((unit * (size // len(unit))).strip())

        assert grows_linearly(seconds, 31_250, 125_000, 10)

    @pytest.mark.parametrize(
        ("published", "words", "expected"),
        [
            (
                dt.date(2025, 10, 14),
                "will travel to Lima next week",
                "2025-10",
            ),
            # a plan next week across a month's turn: the year alone
            (dt.date(2025, 10, 21), "will travel to Lima next week", "2025"),
            (dt.date(2026, 2, 18), "is due in Lima next week", "2026"),
            (dt.date(2025, 4, 4), "travelled to Lima this week", "2025-04"),
            (dt.date(2025, 4, 16), "travelled to Lima last week", "2025-04"),
            (dt.date(2025, 4, 2), "travelled to Lima last week", "2025-03"),
            (dt.date(2025, 6, 4), "travelled to Lima last week", "2025-05"),
        ],
    )
    def test_a_week_is_a_month(self, published, words, expected):
        """
        "This week" and "last week" date an event to a month, also when
        the week runs over two; "next week" only when it does not.
        """
        body = f"Chilean Foreign Minister Tomas Herrera {words}."

        (event,) = _extract(body, published=published).events

        assert expected == str(event.when)


class TestWeekMonth:
    @pytest.mark.parametrize(
        ("expression", "reference", "expected"),
        [
            ("next week", dt.date(2025, 10, 21), "2025"),
            ("The coming week", dt.date(2026, 2, 20), "2026"),
            ("this week", dt.date(2025, 4, 4), "2025-04"),
            ("this week", dt.date(2025, 4, 1), "2025-04"),
            ("last week", dt.date(2025, 5, 6), "2025-04"),
            ("last week", dt.date(2025, 6, 4), "2025-05"),
            ("last week", dt.date(2025, 6, 11), "2025-06"),
            ("last month", dt.date(2025, 5, 6), "2025-04"),
            ("next week", dt.date(2025, 4, 9), "2025-04"),
            ("next month", dt.date(2025, 4, 9), "2025-05"),
        ],
    )
    def test_week_month(self, expression, reference, expected):
        """
        A week over two months is the month of the reference ("this week")
        or of its Monday ("last week"); "next week" and other dates stay as
        resolved.
        """
        when = resolve_date(expression, reference)

        assert expected == str(week_month(when, reference))

    def test_no_raw(self):
        """A date with no expression written is returned as it is."""
        when = PartialDate(year=2025)

        assert when is week_month(when, dt.date(2025, 4, 4))


class TestFindDates:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("A summit has been floated for June.", [("June", "2025-06")]),
            ("Talks are slated for May 5.", [("May 5", "2025-05-05")]),
            (
                "The vote, set for May 2026, is near.",
                [("May 2026", "2026-05")],
            ),
            ("Support for May fell.", []),
            ("He set out the case for May's deal.", []),
            ("The first visit to Lima in five years.", []),
            ("The first talks by a U.K. envoy in Lima in two years.", []),
            ("The first visit by Gen. Soto to Lima in five years.", []),
            ("The blast was the second such incident in a week.", []),
            (
                "The leaders spoke last night.",
                [("last night", "2025-04-03")],
            ),
            ("It was the last night of the visit.", []),
            ("It was the third attack in two days.", []),
            (
                "The first debate in 10 days is near.",
                [("in 10 days", "2025-04-14")],
            ),
            (
                "The second round of talks opens in a week.",
                [("in a week", "2025-04-11~")],
            ),
            (
                "It is the first accord. Talks end in two years.",
                [("in two years", "2027-04-04~")],
            ),
            # A plan given up keeps its month, for an event called off.
            (
                "The vote was first mooted for January.",
                [("January", "2026-01")],
            ),
            ("A vote is set for January.", [("January", "2026-01")]),
            ("Trade hit its lowest level in 18 months.", []),
            (
                "The deal is reviewed in two years.",
                [("in two years", "2027-04-04~")],
            ),
            (
                "The first round opens in 10 days.",
                [("in 10 days", "2025-04-14")],
            ),
        ],
    )
    def test_found(self, text, expected):
        """
        A month a plan is set for is a date; a span since the first or the
        last of something is none.
        """
        actual = [
            (span.slice(text), str(when))
            for span, when in find_dates(text, REFERENCE)
        ]

        assert expected == actual
