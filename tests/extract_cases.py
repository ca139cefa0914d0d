"""
The golden table of the extractor: invented sentences, one or more for
every statement template, every event kind and every status, with what a
correct extraction finds.  It feeds tests/test_extract.py and the rules
page of the docs.

Each statement is ``(kind, text, speaker)``; each event is ``(kind,
{participant name: role}, status, when)``, with ``when`` in EDTF or None.
Bodies are dated 4 April 2025 (a Friday) unless the case says otherwise.
"""

import datetime as dt

from typing import NamedTuple


class StatementCase(NamedTuple):
    name: str
    body: str
    statements: list[tuple[str, str, str | None]]


class EventCase(NamedTuple):
    name: str
    body: str
    events: list[tuple[str, dict[str, str], str, str | None]]


REFERENCE = dt.date(2025, 4, 4)
# The act told before the answers of the accusation and threat cases.
NORWAY_EXPELS_CHILEANS = (
    "expulsion",
    {"Norway": "initiator", "Chile": "recipient"},
    "occurred",
    "2025-04-01",
)
# Chile's threat in answer to that expulsion.
CHILE_THREATENS_NORWAY = (
    "threat",
    {"Chile": "initiator", "Norway": "recipient"},
    "occurred",
    None,
)
# The friendly meetings told before the answers no hostile act provoked.
MEETING_RIQUELME_DAHL = (
    "meeting",
    {"Tomas Riquelme": "party", "Ana Dahl": "party"},
    "occurred",
    "2025-03-31",
)
MEETING_FERRER_DAHL = (
    "meeting",
    {"Lucia Ferrer": "party", "Ana Dahl": "party"},
    "occurred",
    "2025-03-31",
)

STATEMENT_CASES = [
    # -- direct quotes -------------------------------------------------------
    StatementCase(
        "quote, then speaker and cue",
        "“The corridor will open next year,” Narmin Aliyeva said.",
        [("direct", "The corridor will open next year,", "Narmin Aliyeva")],
    ),
    StatementCase(
        "quote, then cue and speaker",
        "“The corridor will open next year,” said Foreign Minister Narmin "
        "Aliyeva.",
        [("direct", "The corridor will open next year,", "Narmin Aliyeva")],
    ),
    StatementCase(
        "speaker, cue and colon before the quote",
        "Foreign Minister Narmin Aliyeva told reporters: “The corridor will "
        "open next year.”",
        [("direct", "The corridor will open next year.", "Narmin Aliyeva")],
    ),
    StatementCase(
        "speaker and cue with no mark before the quote",
        "Narmin Aliyeva said “The corridor will open next year.”",
        [("direct", "The corridor will open next year.", "Narmin Aliyeva")],
    ),
    StatementCase(
        "a quote interrupted by its cue is two statements",
        "Narmin Aliyeva spoke after the talks. “We agree on the route,” "
        "Aliyeva said, “and on the tariffs.”",
        [
            ("direct", "We agree on the route,", "Narmin Aliyeva"),
            ("direct", "and on the tariffs.", "Narmin Aliyeva"),
        ],
    ),
    StatementCase(
        "a quote over two paragraphs after a colon",
        "Analyst Tomas Reiter put it plainly:\n\n"
        "“The talks were never about tariffs alone.\n\n"
        "“They were about who controls the route.”",
        [
            (
                "direct",
                "The talks were never about tariffs alone.",
                "Tomas Reiter",
            ),
            (
                "direct",
                "They were about who controls the route.",
                "Tomas Reiter",
            ),
        ],
    ),
    StatementCase(
        "an unnamed source's colon gives its quote no speaker",
        "Tomas Reiter said the route was settled.\n\n"
        "A senior Latvian diplomat, speaking on condition of anonymity, put "
        "it more bluntly:\n\n"
        "“Nobody in this town trusts the tariff tables.”",
        [
            ("indirect", "the route was settled", "Tomas Reiter"),
            (
                "direct",
                "Nobody in this town trusts the tariff tables.",
                None,
            ),
        ],
    ),
    StatementCase(
        "people with no name before a colon give its quote no speaker",
        "Tomas Reiter said the route was settled.\n\n"
        "Experts at the port were more doubtful:\n\n"
        "“Nobody in this town trusts the tariff tables.”",
        [
            ("indirect", "the route was settled", "Tomas Reiter"),
            (
                "direct",
                "Nobody in this town trusts the tariff tables.",
                None,
            ),
        ],
    ),
    StatementCase(
        "a few words before people with no name and a colon are no one",
        "Tomas Reiter said the route was settled.\n\n"
        "Several foreign diplomats were blunter:\n\n"
        "“Nobody in this town trusts the tariff tables.”",
        [
            ("indirect", "the route was settled", "Tomas Reiter"),
            (
                "direct",
                "Nobody in this town trusts the tariff tables.",
                None,
            ),
        ],
    ),
    StatementCase(
        "a colon that names no one goes on from the last speaker",
        "Tomas Reiter said the route was settled.\n\n"
        "Then came the blunt part:\n\n"
        "“Nobody in this town trusts the tariff tables.”",
        [
            ("indirect", "the route was settled", "Tomas Reiter"),
            (
                "direct",
                "Nobody in this town trusts the tariff tables.",
                "Tomas Reiter",
            ),
        ],
    ),
    StatementCase(
        "as someone put it, before the quote",
        "Tomas Reiter said the route was settled.\n\n"
        "As Reiter put it, “The ferry is the slow road now.”\n\n"
        "As another diplomat put it, “The bridge is the quick one.”",
        [
            ("indirect", "the route was settled", "Tomas Reiter"),
            ("direct", "The ferry is the slow road now.", "Tomas Reiter"),
            ("direct", "The bridge is the quick one.", None),
        ],
    ),
    StatementCase(
        "one official is no one named before",
        "Tomas Reiter said the route was settled.\n\n"
        "One official said, “The tariff tables are still open.”",
        [
            ("indirect", "the route was settled", "Tomas Reiter"),
            ("direct", "The tariff tables are still open.", None),
        ],
    ),
    StatementCase(
        "a quote paragraph with no cue goes on from the last speaker",
        "“The border will stay open,” Prime Minister Lena Vasko said.\n\n"
        "“Trade is the best guarantee of peace.”",
        [
            ("direct", "The border will stay open,", "Lena Vasko"),
            ("direct", "Trade is the best guarantee of peace.", "Lena Vasko"),
        ],
    ),
    StatementCase(
        "a pronoun speaker is the last person named",
        "Defence Minister Karel Dvorak arrived in Vienna on Friday. “We came "
        "to listen,” he said.",
        [("direct", "We came to listen,", "Karel Dvorak")],
    ),
    StatementCase(
        "a surname after a full mention is the same person",
        "Foreign Minister Hakan Demir met his counterpart on Monday. "
        "“Relations are strong,” Demir said.",
        [("direct", "Relations are strong,", "Hakan Demir")],
    ),
    StatementCase(
        "a title after a titled name is the same person",
        "Prime Minister Lena Vasko opened the summit. “We need results,” the "
        "prime minister said.",
        [("direct", "We need results,", "Lena Vasko")],
    ),
    StatementCase(
        "the clause's subject introduces a quote after a colon",
        "During the visit, Lena Vasko issued a warning: “Our patience has "
        "limits.”",
        [("direct", "Our patience has limits.", "Lena Vasko")],
    ),
    StatementCase(
        "verbs that only frame a quotation: quipped, recalled, shot back",
        "“Ask me again next spring,” Mayor Ines Kalder quipped. Her rival "
        "Paul Brandt recalled, “The plan was drawn up in a single night.” "
        "“Nobody asked the farmers,” Kalder shot back.",
        [
            ("direct", "Ask me again next spring,", "Ines Kalder"),
            (
                "direct",
                "The plan was drawn up in a single night.",
                "Paul Brandt",
            ),
            ("direct", "Nobody asked the farmers,", "Ines Kalder"),
        ],
    ),
    StatementCase(
        "a name after a description of whose aide he is speaks",
        "Senator Ann Porter held a rally in Dayton. “We will carry this "
        "county,” said Porter campaign manager Rob Tenley. “The turnout "
        "decides it,” Porter's deputy, Lisa Marr, said later. Porter's "
        "pollster, Sam Ode, said: “The numbers moved late.”",
        [
            ("direct", "We will carry this county,", "Rob Tenley"),
            ("direct", "The turnout decides it,", "Lisa Marr"),
            ("direct", "The numbers moved late.", "Sam Ode"),
        ],
    ),
    StatementCase(
        "a name after a preposition or a participle is not the speaker's",
        "“The harbour stays open,” said Mayor Lena Dahl beside Governor "
        "Omar Haddad. “Welcome to the port,” said Mayor Lena Dahl greeting "
        "Governor Omar Haddad.",
        [
            ("direct", "The harbour stays open,", "Lena Dahl"),
            ("direct", "Welcome to the port,", "Lena Dahl"),
        ],
    ),
    StatementCase(
        "a title that is also a surname ends a name: Pope, King",
        "“The levy hurts the farms most,” Nora Pope, a tax adviser, said. "
        "Senator Walt King agreed. “It is a bad levy,” Mr. King said.",
        [
            ("direct", "The levy hurts the farms most,", "Nora Pope"),
            ("direct", "It is a bad levy,", "Walt King"),
        ],
    ),
    StatementCase(
        "a whole-sentence quotation, then its speaker and cue alone",
        "“Nobody will close the mill.” Mayor Ines Kalder said as she left "
        "the hall.\n\n“We voted for the workers!” Paul Brandt said of the "
        "vote.",
        [
            ("direct", "Nobody will close the mill.", "Ines Kalder"),
            ("direct", "We voted for the workers!", "Paul Brandt"),
        ],
    ),
    StatementCase(
        "a quote-only verb after an appositive long subject",
        "“The line will reopen in May,” Ola Brekke, the head of the rail "
        "union in the north, recalled of the talks.",
        [("direct", "The line will reopen in May,", "Ola Brekke")],
    ),
    StatementCase(
        "a manner adverb between the speaker and the cue",
        "Judge Omar Haddad met Nina Sorel on Monday. Sorel jokingly said, "
        "“I am the favourite of the whole town now.”",
        [
            (
                "direct",
                "I am the favourite of the whole town now.",
                "Nina Sorel",
            )
        ],
    ),
    StatementCase(
        "a '-ly' noun that a name modifies is no adverb: not the name",
        "Nina Sorel left the town in May. “We miss her every day,” the Sorel "
        "family said.",
        [("direct", "We miss her every day,", None)],
    ),
    StatementCase(
        "a name after the possessive of a firm speaks",
        "“Rates will fall by the summer,” Halden Capital's fund manager "
        "Vera Stoll said.",
        [("direct", "Rates will fall by the summer,", "Vera Stoll")],
    ),
    StatementCase(
        "single curly quotation marks",
        "Spokesman Ali Rezaei said, ‘We will protest the attack.’",
        [("direct", "We will protest the attack.", "Ali Rezaei")],
    ),
    StatementCase(
        "single straight quotation marks before the cue",
        "'The two countries share this concern,' said President Adi "
        "Wirawan on Tuesday.",
        [("direct", "The two countries share this concern,", "Adi Wirawan")],
    ),
    StatementCase(
        "two apostrophes as quotation marks, as some archives write them",
        "''We will not wait for the others,'' said Senator Tom Berg. ''It "
        "is time to act.'' - Senator Tom Berg",
        [
            ("direct", "We will not wait for the others,", "Tom Berg"),
            ("direct", "It is time to act.", "Tom Berg"),
        ],
    ),
    StatementCase(
        "a quotation signed after a dash",
        "“We can still build a bridge between the two capitals.” ― Steve "
        "Quinlan",
        [
            (
                "direct",
                "We can still build a bridge between the two capitals.",
                "Steve Quinlan",
            )
        ],
    ),
    StatementCase(
        "a dash after a quotation with no name after it signs nothing",
        "“We will go on with the talks whatever happens.” — and so the "
        "week ended.",
        [
            (
                "direct",
                "We will go on with the talks whatever happens.",
                None,
            )
        ],
    ),
    StatementCase(
        "dotted initials after a title, after the cue",
        "“This is a sad day for the talks,” said Rep. G.K. Barlow.",
        [("direct", "This is a sad day for the talks,", "G.K. Barlow")],
    ),
    StatementCase(
        "a title word after Mr. is a surname",
        "“It is all about turnout in this race,” Mr. King said.",
        [("direct", "It is all about turnout in this race,", "King")],
    ),
    StatementCase(
        "a description of a few words before the name after the cue",
        "“The rationales do not hold,” said 9/11 widow Terry Strada, and "
        "“the debate went well,” said cable host Chris Matthews.",
        [
            ("direct", "The rationales do not hold,", "Terry Strada"),
            ("direct", "the debate went well,", "Chris Matthews"),
        ],
    ),
    StatementCase(
        "an honorific, a surname and whom he serves",
        "“It was the least bad outcome,” Mr. Morgan of the United Nations "
        "said.",
        [("direct", "It was the least bad outcome,", "Morgan")],
    ),
    # -- reported speech -----------------------------------------------------
    StatementCase(
        "an embassy in the other state's capital speaks, not the capital",
        "Norway's embassy in Santiago said the fishing ban had no basis.",
        [
            (
                "indirect",
                "the fishing ban had no basis",
                "Norway's embassy",
            )
        ],
    ),
    StatementCase(
        "an envoy described by his state in another capital speaks",
        "The Chilean ambassador in Oslo said the talks had stalled.",
        [("indirect", "the talks had stalled", "The Chilean ambassador")],
    ),
    StatementCase(
        "a body named by no state in a capital is that capital's state",
        "At last, the government in Oslo admitted the ban had been costly.",
        [("indirect", "the ban had been costly", "Norway")],
    ),
    StatementCase(
        "“official” and a capital is that capital's state, not a person",
        "Official Oslo said the ban was over. The quota was fair, official "
        "Santiago said.",
        [
            ("indirect", "the ban was over", "Norway"),
            ("indirect", "The quota was fair", "Chile"),
        ],
    ),
    StatementCase(
        "a leader in his own capital speaks, not the capital",
        "Norwegian President Ana Dahl in Oslo said the talks had stalled.",
        [("indirect", "the talks had stalled", "Ana Dahl")],
    ),
    StatementCase(
        "apostrophes are no quotation marks",
        "Iran’s envoy met the countries’ leaders, Ali Rezaei said.",
        [
            (
                "indirect",
                "Iran’s envoy met the countries’ leaders",
                "Ali Rezaei",
            )
        ],
    ),
    StatementCase(
        "the words first, then the speaker and a bare weekday",
        "Donor states have pledged $3 billion for the camps, UN envoy Tom "
        "Berg said Tuesday.",
        [
            (
                "indirect",
                "Donor states have pledged $3 billion for the camps",
                "Tom Berg",
            )
        ],
    ),
    StatementCase(
        "a titled person's press service speaks",
        "The two leaders discussed the bid, the Georgian PM's press service "
        "said.",
        [
            (
                "indirect",
                "The two leaders discussed the bid",
                "Georgian PM's press service",
            )
        ],
    ),
    StatementCase(
        "a body's press service, its state unnamed, speaks as named whole",
        "The Ministry's press service said the talks were useful.",
        [("indirect", "the talks were useful", "Ministry's press service")],
    ),
    StatementCase(
        "a ministry's press service relays the act before it",
        "Foreign Minister Lidia Marsh paid a working visit to Lima on Monday, "
        "the Armenian Foreign Ministry's press service reported.",
        [
            (
                "indirect",
                (
                    "Foreign Minister Lidia Marsh paid a working visit to Lima "
                    "on Monday"
                ),
                "Armenian Foreign Ministry's press service",
            )
        ],
    ),
    StatementCase(
        "a ministry's press service after a people's name speaks",
        "Delegations of the two states agreed on a new crossing point, the "
        "Tajik Foreign Ministry's press service said.",
        [
            (
                "indirect",
                "Delegations of the two states agreed on a new crossing point",
                "Tajik Foreign Ministry's press service",
            )
        ],
    ),
    StatementCase(
        "a cabinet's press service, no possessive, speaks",
        "The two governments signed a water accord, the Chilean Cabinet "
        "press service said on Friday.",
        [
            (
                "indirect",
                "The two governments signed a water accord",
                "Chilean Cabinet press service",
            )
        ],
    ),
    StatementCase(
        "a presidential press office speaks",
        "President Tomas Riquelme received the Norwegian envoy, the Peruvian "
        "presidential press office reported.",
        [
            (
                "indirect",
                "President Tomas Riquelme received the Norwegian envoy",
                "Peruvian presidential press office",
            )
        ],
    ),
    StatementCase(
        "a titled person's press wing speaks",
        "Lidia Marsh called Tomas Riquelme on Tuesday, the Prime Minister's "
        "press wing said.",
        [
            (
                "indirect",
                "Lidia Marsh called Tomas Riquelme on Tuesday",
                "Prime Minister's press wing",
            )
        ],
    ),
    StatementCase(
        "a ministry's press service speaks before its clause",
        "The Armenian Foreign Ministry's press service said that the talks "
        "were useful.",
        [
            (
                "indirect",
                "the talks were useful",
                "Armenian Foreign Ministry's press service",
            )
        ],
    ),
    StatementCase(
        "a press service's relay of a speaker's words leaves them hers",
        "Lidia Marsh said she would travel to Oslo, the Armenian Foreign "
        "Ministry's press service said.",
        [("indirect", "she would travel to Oslo", "Lidia Marsh")],
    ),
    StatementCase(
        "a press service thanked, a building or its chief: no press voice",
        "Lidia Marsh thanked the Armenian Foreign Ministry's press service "
        "for its work. The Armenian Foreign Ministry's press service "
        "building was closed on Monday. Lidia Marsh met reporters at the "
        "Armenian Foreign Ministry's press office in Yerevan. The Armenian "
        "Foreign Ministry's press service chief Aram Petrosyan said the "
        "hall would reopen. Lidia Marsh met the Armenian Foreign Ministry's "
        "delegation in Oslo.",
        [("indirect", "the hall would reopen", "Aram Petrosyan")],
    ),
    StatementCase(
        "a quoted press service relay is the quote's speaker's",
        "“We will travel to Oslo, the Armenian Foreign Ministry's press "
        "service said,” Lidia Marsh told reporters.",
        [
            (
                "direct",
                (
                    "We will travel to Oslo, the Armenian Foreign Ministry's "
                    "press service said,"
                ),
                "Lidia Marsh",
            )
        ],
    ),
    StatementCase(
        "a news agency, state media or sources relay: as before",
        "Lidia Marsh spoke with Tomas Riquelme, Reuters reported. Ana Dahl "
        "held talks in Lima, state media said. Tomas Riquelme met Ana Dahl "
        "in Oslo, according to sources.",
        [
            ("indirect", "Lidia Marsh spoke with Tomas Riquelme", "Reuters"),
            ("indirect", "Ana Dahl held talks in Lima", None),
            ("indirect", "Tomas Riquelme met Ana Dahl in Oslo", None),
        ],
    ),
    StatementCase(
        "speaker, cue, that-clause",
        "Foreign Minister Hakan Demir said that the talks had been useful.",
        [("indirect", "the talks had been useful", "Hakan Demir")],
    ),
    StatementCase(
        "clause, then speaker and cue",
        "The talks had been useful, Hakan Demir said.",
        [("indirect", "The talks had been useful", "Hakan Demir")],
    ),
    StatementCase(
        "clause, then cue and speaker",
        "The talks had been useful, said Hakan Demir.",
        [("indirect", "The talks had been useful", "Hakan Demir")],
    ),
    StatementCase(
        "according to, before the clause",
        "According to Hakan Demir, the talks had been useful.",
        [("indirect", "the talks had been useful", "Hakan Demir")],
    ),
    StatementCase(
        "according to, after the clause",
        "The talks had been useful, according to Hakan Demir.",
        [("indirect", "The talks had been useful", "Hakan Demir")],
    ),
    StatementCase(
        "an object before that: told reporters that",
        "Hakan Demir told reporters on Monday that the talks had been useful.",
        [("indirect", "the talks had been useful", "Hakan Demir")],
    ),
    StatementCase(
        "a speech verb with a noun phrase as its content",
        "Hakan Demir stressed the need for an immediate ceasefire.",
        [("indirect", "the need for an immediate ceasefire", "Hakan Demir")],
    ),
    StatementCase(
        "a participle goes on with the same speaker",
        "Hakan Demir said the talks had been useful, adding that a second "
        "round would follow.",
        [
            ("indirect", "the talks had been useful", "Hakan Demir"),
            ("indirect", "a second round would follow", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "a quotation ending the clause before a participle",
        "Hakan Demir told reporters that the two states share “a deep "
        "respect for the law of the sea,” adding that a second round would "
        "follow.",
        [
            (
                "partial",
                (
                    "the two states share “a deep respect for the law of "
                    "the sea,”"
                ),
                "Hakan Demir",
            ),
            ("indirect", "a second round would follow", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "a quotation after its cue, then a participle of its own",
        "Hakan Demir said “We will sign it in May,” adding that the text "
        "was ready.",
        [
            ("direct", "We will sign it in May,", "Hakan Demir"),
            ("indirect", "the text was ready", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "near miss: a quotation its cue follows keeps it before a participle",
        "The two states share “a deep respect for the law of the sea,” "
        "Hakan Demir said, adding that a second round would follow.",
        [
            (
                "partial",
                (
                    "The two states share “a deep respect for the law of "
                    "the sea,”"
                ),
                "Hakan Demir",
            ),
            ("indirect", "a second round would follow", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "a second cue after but",
        "Hakan Demir said a meeting could take place “when the time is "
        "right,” but added that no date had been set.",
        [
            (
                "partial",
                "a meeting could take place “when the time is right,”",
                "Hakan Demir",
            ),
            ("indirect", "no date had been set", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "near miss: a new subject after but speaks for itself",
        "Hakan Demir said the talks had been useful, but Oslo warned that "
        "no date had been set.",
        [
            ("indirect", "the talks had been useful", "Hakan Demir"),
            ("indirect", "no date had been set", "Norway"),
        ],
    ),
    StatementCase(
        "as X points out",
        "The visit comes at a difficult time, as analyst Tomas Reiter points "
        "out.",
        [("indirect", "The visit comes at a difficult time", "Tomas Reiter")],
    ),
    StatementCase(
        "a partial quote inside reported speech",
        "Hakan Demir called the agreement “a turning point for the region.”",
        [
            (
                "partial",
                "the agreement “a turning point for the region.”",
                "Hakan Demir",
            )
        ],
    ),
    StatementCase(
        "a question quoted before the sentence that names its speaker",
        "Lena Vasko met the envoy in Oslo.\n\n"
        "“Why should we wait for the others?” Karim Fahmy asked.",
        [("direct", "Why should we wait for the others?", "Karim Fahmy")],
    ),
    StatementCase(
        "a passage with no quotation marks after a cue and a colon",
        "Foreign Minister Lena Vasko said:\n\n"
        "The bloc will widen its free trade area. Every member gains from it.",
        [
            (
                "direct",
                (
                    "The bloc will widen its free trade area. Every member "
                    "gains from it."
                ),
                "Lena Vasko",
            )
        ],
    ),
    StatementCase(
        "a quotation that reads a statement by the ministry named before",
        "Chile's foreign ministry summoned the envoy.\n\n"
        "“Such acts only sow hatred between peoples,” read a statement by the "
        "ministry.",
        [
            (
                "direct",
                "Such acts only sow hatred between peoples,",
                "Chile's foreign ministry",
            )
        ],
    ),
    StatementCase(
        "a quotation that reads a statement from a body named there",
        "The round of talks ended late.\n\n"
        "“Both delegations will meet again in May,” reads the statement from "
        "the Croatian Foreign Ministry.",
        [
            (
                "direct",
                "Both delegations will meet again in May,",
                "Croatian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "according to a body's press release: the body speaks",
        "The ferry line will reopen in June, according to a Transport "
        "Ministry press release.",
        [
            (
                "indirect",
                "The ferry line will reopen in June",
                "Transport Ministry",
            )
        ],
    ),
    StatementCase(
        "a quotation the declaration named before reads is the declaration's",
        "The leaders closed the summit with the Tallinn Declaration. “An "
        "attack on one shore is an attack on every shore,” the declaration "
        "reads.",
        [
            (
                "direct",
                "An attack on one shore is an attack on every shore,",
                "Tallinn Declaration",
            )
        ],
    ),
    StatementCase(
        "a UN title ending in its field is a title before its holder's name",
        "The UN High Commissioner for Refugees Marta Lindqvist said the camps "
        "were full.",
        [("indirect", "the camps were full", "Marta Lindqvist")],
    ),
    StatementCase(
        "a quotation posted on a social network is said by who posted it",
        "Trade Minister Lena Vasko flew to Oslo.\n\n"
        "“A fine first day of talks with our northern friends,” she posted on "
        "X.",
        [
            (
                "direct",
                "A fine first day of talks with our northern friends,",
                "Lena Vasko",
            )
        ],
    ),
    StatementCase(
        "a quotation that ends the writer's clause before its cue is partial",
        "The ferry deal was “a gift to both coasts,” said Hakan Demir.",
        [
            (
                "partial",
                "The ferry deal was “a gift to both coasts,”",
                "Hakan Demir",
            )
        ],
    ),
    StatementCase(
        "a quotation after its cue's comma stays direct",
        "In Izmir, “the ferry deal is a gift to both coasts,” Hakan Demir "
        "said.",
        [
            (
                "direct",
                "the ferry deal is a gift to both coasts,",
                "Hakan Demir",
            )
        ],
    ),
    StatementCase(
        "unnamed sources have no speaker",
        "Diplomatic sources said the meeting would take place in Geneva.",
        [("indirect", "the meeting would take place in Geneva", None)],
    ),
    StatementCase(
        "a ministry speaks for its state",
        "The Turkish Foreign Ministry said the ambassador had been recalled "
        "for consultations.",
        [
            (
                "indirect",
                "the ambassador had been recalled for consultations",
                "Turkish Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "two speakers joined by and are a group",
        "Hakan Demir and Lena Vasko said the corridor would open in May.",
        [
            (
                "indirect",
                "the corridor would open in May",
                "Hakan Demir and Lena Vasko",
            )
        ],
    ),
    StatementCase(
        "a nickname in quotes names the same person later",
        "Indonesian President Joko “Jokowi” Widodo met Chinese leaders. "
        "Jokowi stressed the importance of food security.",
        [("indirect", "the importance of food security", "Joko Widodo")],
    ),
    StatementCase(
        "a short name the people table knows is the same person",
        "Indonesian President Joko Widodo met Chinese leaders. President "
        "Jokowi stressed the importance of food security.",
        [("indirect", "the importance of food security", "Joko Widodo")],
    ),
    StatementCase(
        "a pronoun in lower case after a quotation",
        "Prime Minister Lena Vasko spoke first. “Trade is peace,” she said.",
        [("direct", "Trade is peace,", "Lena Vasko")],
    ),
    StatementCase(
        "a declaration named after its city speaks, and so does the "
        "Declaration after it",
        "Gulf leaders adopted the Muscat Declaration on Tuesday. The "
        "Declaration called for closer economic integration.",
        [("indirect", "closer economic integration", "Muscat Declaration")],
    ),
    StatementCase(
        "a title that is also a word counts after the",
        "Parliament Speaker Omar Haddad met the delegation. The Speaker "
        "said the visit had been useful.",
        [("indirect", "the visit had been useful", "Omar Haddad")],
    ),
    StatementCase(
        "thanks and condolences are not statements",
        "Hakan Demir expressed his gratitude to the organisers and "
        "conveyed condolences to the families.",
        [],
    ),
    StatementCase(
        "clause, then speaker and cue with when and where after it",
        "China is ready to work with all parties, Chinese President Li Wen "
        "said on Wednesday in a written address.",
        [("indirect", "China is ready to work with all parties", "Li Wen")],
    ),
    StatementCase(
        "an aside between the cue and its that",
        "Hakan Demir said, after talks with his counterpart on Tuesday, "
        "that the two countries would work together.",
        [("indirect", "the two countries would work together", "Hakan Demir")],
    ),
    StatementCase(
        "a scare quote leaves the cue to its clause",
        "Asked whether Ruritania has an “exit plan,” Hakan Demir said that "
        "there was no such thing.",
        [("indirect", "there was no such thing", "Hakan Demir")],
    ),
    StatementCase(
        "a verb of quotations only is no cue without one",
        "Hakan Demir said Turkey would continue to mediate in the conflict.",
        [
            (
                "indirect",
                "Turkey would continue to mediate in the conflict",
                "Hakan Demir",
            )
        ],
    ),
    StatementCase(
        "according to a statement by its author",
        "The bloc will widen the sanctions list, according to a statement by "
        "the Council of the EU.",
        [
            (
                "indirect",
                "The bloc will widen the sanctions list",
                "Council of the EU",
            )
        ],
    ),
    StatementCase(
        "a partial quote's clause ends with its quotation",
        "Dewi Kartika called the talks “frank and forward-looking” and left "
        "for Jakarta.",
        [("partial", "the talks “frank and forward-looking”", "Dewi Kartika")],
    ),
    StatementCase(
        "a title before its holder is named goes to the holder named next",
        "The Saudi crown prince said the two countries have ample "
        "potential. Earlier, Crown Prince Khalid bin Fahd called the "
        "Iranian president.",
        [
            (
                "indirect",
                "the two countries have ample potential",
                "Khalid bin Fahd",
            )
        ],
    ),
    StatementCase(
        "an aside between the speaker and the cue",
        "Prime Minister Arjun Rao in his response said the two states "
        "share values. Foreign Minister Lena Vasko for her part said the "
        "talks went well.",
        [
            ("indirect", "the two states share values", "Arjun Rao"),
            ("indirect", "the talks went well", "Lena Vasko"),
        ],
    ),
    StatementCase(
        "'this' after the cue starts the words said",
        "Azerbaijani President Ilham Aliyev said this deal was a success.",
        [("indirect", "this deal was a success", "Ilham Aliyev")],
    ),
    StatementCase(
        "a single-quoted name is no quotation that runs to the next mark",
        "Ilham Aliyev said the 'Zangezur corridor' will open, and he called "
        "it 'a new era for the region.'",
        [("indirect", "the 'Zangezur corridor' will open", "Ilham Aliyev")],
    ),
    StatementCase(
        "a title abbreviation before a known surname is no initials",
        "FM Lavrov said the talks were useful.",
        [("indirect", "the talks were useful", "Lavrov")],
    ),
    StatementCase(
        "the words, then according to a source",
        "The clashes have displaced 40,000 people, according to U.N. figures.",
        [("indirect", "The clashes have displaced 40,000 people", "U.N.")],
    ),
    StatementCase(
        "the words from a preposition on, then unnamed sources",
        "During the call, the two ministers reviewed the talks, the "
        "sources added.",
        [
            (
                "indirect",
                "During the call, the two ministers reviewed the talks",
                None,
            )
        ],
    ),
    StatementCase(
        "a clause said once, though two sources follow it",
        "Officials said the talks will resume, according to the statement.",
        [("indirect", "the talks will resume", None)],
    ),
    StatementCase(
        "a bare weekday after the cue, then the words",
        "Foreign Minister Narmin Aliyeva said Tuesday the corridor would "
        "open.",
        [("indirect", "the corridor would open", "Narmin Aliyeva")],
    ),
    StatementCase(
        "the words, then the speaker and a long where and when",
        "Norway is ready to work with every partner on the northern route, "
        "Norwegian Prime Minister Erna Dahl said on Monday in a written "
        "message to the Nordic Conference on Arctic Shelf and Polar Route "
        "Cooperation.",
        [
            (
                "indirect",
                (
                    "Norway is ready to work with every partner on the "
                    "northern route"
                ),
                "Erna Dahl",
            )
        ],
    ),
    StatementCase(
        "the words, the speaker and a weekday, then a clause of circumstance",
        "Southern leaders have agreed to widen the bloc, Chile said "
        "Wednesday, as the group seeks greater weight.",
        [
            (
                "indirect",
                "Southern leaders have agreed to widen the bloc",
                "Chile",
            )
        ],
    ),
    StatementCase(
        "a pledge of money before the words' speaker is no cue",
        "Creditor nations meeting in Oslo have pledged $2.1 billion for "
        "Sudan, UN Secretary General Anna Lind said Tuesday.",
        [
            (
                "indirect",
                (
                    "Creditor nations meeting in Oslo have pledged $2.1 "
                    "billion for Sudan"
                ),
                "Anna Lind",
            )
        ],
    ),
    StatementCase(
        "a short parenthesis between the speaker and the cue",
        "The minister will travel to Lima next month, the Financial Gazette "
        "(FG) said on its website.",
        [
            (
                "indirect",
                "The minister will travel to Lima next month",
                "Financial Gazette (FG)",
            )
        ],
    ),
    StatementCase(
        "the words that go on after an attribution inside them",
        "The new compact, Mr Lindqvist said on Monday, creates a framework "
        "for regular ministerial talks.",
        [
            (
                "indirect",
                "creates a framework for regular ministerial talks",
                "Lindqvist",
            )
        ],
    ),
    StatementCase(
        "according to a source inside the words",
        "The pact, according to Mr Lindqvist, opens the border to trucks.",
        [
            (
                "indirect",
                "opens the border to trucks",
                "Lindqvist",
            )
        ],
    ),
    StatementCase(
        "an attribution inside, then a clause of circumstance",
        "The talks were useful, Ms Ostrova said, as the two sides prepared "
        "for a new round.",
        [("indirect", "The talks were useful", "Ostrova")],
    ),
    StatementCase(
        "a sentence adverb before the speaker is no name",
        "Just last month, Peru protested to Chile over the renaming of "
        'villages, calling the move "an open provocation." Elsewhere in the '
        "region, Peruvian President Ana Ruiz hosted Chile's foreign minister, "
        "reaffirming what she called Peru's “unbreakable friendship” with "
        "Santiago.",
        [
            ("partial", 'the move "an open provocation."', "Peru"),
            ("partial", "Peru's “unbreakable friendship”", "Ana Ruiz"),
        ],
    ),
    StatementCase(
        "the speaker after the words, then 'without' and its phrase",
        "A stop in Quito was taken off the schedule, Pablo Arce said, "
        "without giving a reason.",
        [
            (
                "indirect",
                "A stop in Quito was taken off the schedule",
                "Pablo Arce",
            )
        ],
    ),
    StatementCase(
        "the words, then a source whose noun comes after its describing words",
        "The border talks could resume in May, a senior Peruvian defence "
        "ministry official said.",
        [("indirect", "The border talks could resume in May", None)],
    ),
    StatementCase(
        "a fronted adjunct before a speaker's describing words is no words",
        "In a post on Friday, the press office of the Peruvian Foreign "
        "Ministry said. The council met at noon.",
        [],
    ),
    StatementCase(
        "a name before the describing words of its apposition is no words",
        "Marta Soler Ruiz, the chief of staff at the Peruvian Foreign "
        "Ministry said in a note. Sam Ortiz, the press officer for the "
        "Chilean Labour Party said in a post.",
        [],
    ),
    StatementCase(
        "the words, then a source whose describing words hold a name",
        "The strategic dialogue has been postponed, a Department of Foreign "
        "Affairs and Trade spokesperson confirmed.",
        [("indirect", "The strategic dialogue has been postponed", None)],
    ),
    StatementCase(
        "the words, then 'told' whom and where, then a participle's phrase",
        "President Jan Novak will travel to Lima on Friday, the presidential "
        "spokesman Ola Berg told reporters at the palace on Tuesday, ending "
        "weeks of speculation.",
        [
            (
                "indirect",
                "President Jan Novak will travel to Lima on Friday",
                "Ola Berg",
            )
        ],
    ),
    StatementCase(
        "a word in '-ing' that opens no participle after the cue's when",
        "Ana Ruiz said on Monday, nothing would change.",
        [("indirect", "nothing would change", "Ana Ruiz")],
    ),
    StatementCase(
        "an aside after the cue's when, then 'that' and the words",
        "The daily Nordposten reported on Monday, citing diplomatic sources, "
        "that the two leaders could meet in May.",
        [("indirect", "the two leaders could meet in May", "Nordposten")],
    ),
    StatementCase(
        "the words, then a speaker after words that place it",
        "Chile recognised the new council on Monday, the press office of the "
        "Peruvian Foreign Ministry said.",
        [
            (
                "indirect",
                "Chile recognised the new council on Monday",
                "Peruvian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "the words, then a speaker after eight words that place it",
        "The border talks could resume in May, the deputy head of the press "
        "office of the Peruvian Foreign Ministry said.",
        [
            (
                "indirect",
                "The border talks could resume in May",
                "Peruvian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "the antecedent of 'who' speaks",
        "The envoy met Chilean President Tomas Riquelme who said he was glad "
        "to hear of the progress.",
        [
            (
                "indirect",
                "he was glad to hear of the progress",
                "Tomas Riquelme",
            )
        ],
    ),
    StatementCase(
        "the antecedent of ', who said that' speaks",
        "The Amir received a cable from Prime Minister Ahmed Karimov, who "
        "said that the nation was proud of its record.",
        [
            (
                "indirect",
                "the nation was proud of its record",
                "Ahmed Karimov",
            )
        ],
    ),
    StatementCase(
        "'and said' after another verb: the sentence's subject speaks",
        "Ambassador Lise Holm thanked President Kamau for receiving the team "
        "and said she looked forward to working with his government.",
        [
            (
                "indirect",
                "she looked forward to working with his government",
                "Lise Holm",
            )
        ],
    ),
    StatementCase(
        "'As X noted on Monday,' before the words",
        "As Foreign Minister Ana Kvaratskhelia noted on Monday, the next "
        "priority is to open membership talks.",
        [
            (
                "indirect",
                "the next priority is to open membership talks",
                "Ana Kvaratskhelia",
            )
        ],
    ),
    StatementCase(
        "a declaration speaks, with no name",
        "The declaration stressed the group's commitment to a fairer world "
        "order.",
        [
            (
                "indirect",
                "the group's commitment to a fairer world order",
                None,
            )
        ],
    ),
    StatementCase(
        "'According to X on Thursday,' before the words",
        "According to Seoul's foreign ministry on Thursday, the two ministers "
        "had a lunch meeting on Wednesday.",
        [
            (
                "indirect",
                "the two ministers had a lunch meeting on Wednesday",
                "Seoul's foreign ministry",
            )
        ],
    ),
    StatementCase(
        "according to a country's press: a source with no name",
        "According to the Danish press, the ministers did their job well "
        "this time.",
        [("indirect", "the ministers did their job well this time", None)],
    ),
    StatementCase(
        "'the council' is the council named before",
        "The Supreme Defence Council condemned the raid.\n\nIn a statement, "
        "the council said the raid would not go unanswered. The statement "
        "stressed that the border would stay closed.",
        [
            (
                "indirect",
                "the raid would not go unanswered",
                "Supreme Defence Council",
            ),
            (
                "indirect",
                "the border would stay closed",
                "Supreme Defence Council",
            ),
        ],
    ),
    StatementCase(
        "near miss: 'the council' with no council named is no one",
        "Hakan Demir met the envoy. The council said the raid would not go "
        "unanswered.",
        [("indirect", "the raid would not go unanswered", None)],
    ),
    StatementCase(
        "members of the council named before are no one",
        "The Supreme Trade Council met in Oslo on Monday. Members of the "
        "council said the vote would be close.",
        [("indirect", "the vote would be close", None)],
    ),
    StatementCase(
        "officials of the ministry named before are no one",
        "The Norwegian Foreign Ministry summoned the envoy. Officials of the "
        "ministry said he was warned.",
        [("indirect", "he was warned", None)],
    ),
    StatementCase(
        "near miss: 'the council' after a council named is that council",
        "The Supreme Trade Council met in Oslo on Monday. The council said "
        "the vote would be close.",
        [("indirect", "the vote would be close", "Supreme Trade Council")],
    ),
    StatementCase(
        "'the external affairs ministry' speaks for its state",
        "The Indian external affairs ministry summoned the envoy. “The "
        "decision reflects our concern,” the ministry said.",
        [
            (
                "direct",
                "The decision reflects our concern,",
                "Indian external affairs ministry",
            )
        ],
    ),
    StatementCase(
        "a glued surname standing alone is the full name before",
        "Foreign Minister Karim Hadi al-Rawi met the envoy.\n\n“The border "
        "will stay open to trade,” al-Rawi said. Later, al-Rawi added that "
        "the talks went well.",
        [
            (
                "direct",
                "The border will stay open to trade,",
                "Karim Hadi al-Rawi",
            ),
            ("indirect", "the talks went well", "Karim Hadi al-Rawi"),
        ],
    ),
    StatementCase(
        "a particle's hyphen with no name after it leaves a glued surname",
        "Foreign Minister Karim Hadi al-Rawi met an as-yet unnamed envoy."
        "\n\n“The border will stay open,” al-Rawi said.",
        [("direct", "The border will stay open,", "Karim Hadi al-Rawi")],
    ),
    StatementCase(
        "near miss: a glued name no full name gave is no one's",
        "Hakan Demir met the envoy.\n\nWorshippers filled the al-Nour "
        "square, the ministry said.",
        [("indirect", "Worshippers filled the al-Nour square", None)],
    ),
    StatementCase(
        "a participle goes on from 'the ministry' named before",
        "The Norwegian Foreign Ministry summoned the envoy. The ministry also "
        "condemned the Swedish strikes on Sunday, describing them as “a "
        "reckless escalation.”",
        [
            (
                "partial",
                "them as “a reckless escalation.”",
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "'dismissed X as' with its quotation",
        "The Swedish Embassy in Oslo dismissed the claims as “baseless "
        "and absurd” and accused Norway of lying.",
        [
            (
                "partial",
                "the claims as “baseless and absurd”",
                "Swedish Embassy",
            )
        ],
    ),
    StatementCase(
        "'remarks that X described as “Q”': the object put before its cue",
        "Chilean President Tomas Riquelme said on Monday that he would "
        "recall the envoy, remarks that Norwegian government spokesperson "
        "Ana Dahl described as “hasty and unwise”.",
        [
            ("indirect", "he would recall the envoy", "Tomas Riquelme"),
            ("partial", "“hasty and unwise”", "Ana Dahl"),
        ],
    ),
    StatementCase(
        "'which she described as a danger “Q”' keeps the words before it",
        "Ana Dahl stressed the need for joint patrols on the border, which "
        "she described as a danger “no less serious than war.”",
        [
            (
                "indirect",
                "the need for joint patrols on the border",
                "Ana Dahl",
            ),
            ("partial", "a danger “no less serious than war.”", "Ana Dahl"),
        ],
    ),
    StatementCase(
        "'which Y dismissed as “Q”': any verb a quotation is the object of",
        "Chile imposed new tariffs on Monday, which Peru dismissed as “a "
        "provocation”.",
        [("partial", "“a provocation”", "Peru")],
    ),
    StatementCase(
        "'remarks that Y described as “Q”' with one quoted word",
        "Chilean President Tomas Riquelme said he would close the border, "
        "remarks that Peru described as “reckless” on Tuesday.",
        [
            ("indirect", "he would close the border", "Tomas Riquelme"),
            ("partial", "“reckless”", "Peru"),
        ],
    ),
    StatementCase(
        "'which she described as a “Q” step' keeps the noun it goes with",
        "Ana Dahl unveiled the plan in Oslo, which she described as a "
        "“historic” step for the region.",
        [("partial", "a “historic” step for the region", "Ana Dahl")],
    ),
    StatementCase(
        "near miss: a quoted word with its comma inside the marks ends there",
        "Ana Dahl said police escorted the marchers, whom she described as "
        "“calm,” along the whole march.",
        [
            ("indirect", "police escorted the marchers", "Ana Dahl"),
            ("partial", "“calm,”", "Ana Dahl"),
        ],
    ),
    StatementCase(
        "near miss: 'which he said as a young man' is no fronted object",
        "Tomas Riquelme recalled the treaty, which he said as a young "
        "diplomat he had “helped draft”.",
        [],
    ),
    StatementCase(
        "'what it called “Q”' is said by the body the sentence opens with",
        "Norway's Foreign Ministry summoned the Chilean envoy to protest "
        "what it called “hostile and false remarks” by Chilean officials.",
        [
            (
                "partial",
                "“hostile and false remarks”",
                "Norway's Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "'which it said' after a body's act is that body's words",
        "The Norwegian Foreign Ministry summoned the Chilean ambassador over "
        "the drills, which it said had breached Norway's waters twice.",
        [
            (
                "indirect",
                "had breached Norway's waters twice",
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "'which it said' after 'the ministry' is the ministry named before",
        "Kenya's Foreign Ministry said on Monday that talks would resume."
        "\n\nThe ministry received a delegation from the World Bank, which "
        "it said had come to discuss debt.",
        [
            ("indirect", "talks would resume", "Kenya's Foreign Ministry"),
            (
                "indirect",
                "had come to discuss debt",
                "Kenya's Foreign Ministry",
            ),
        ],
    ),
    StatementCase(
        "'what it called “Q”' after a fronted adjunct's comma",
        "On Tuesday, Norway's Foreign Ministry summoned the Chilean envoy "
        "over what it called “hostile remarks”.",
        [("partial", "“hostile remarks”", "Norway's Foreign Ministry")],
    ),
    StatementCase(
        "near miss: 'which it said' after an object, no body opening it",
        "The ministry received a delegation from Ghana, which it said had "
        "come to discuss trade.",
        [],
    ),
    StatementCase(
        "near miss: 'which it said' after a body's diplomat is not the body's",
        "The African Union's top diplomat met officials from Ghana, which "
        "it said had broken the truce.",
        [],
    ),
    StatementCase(
        "near miss: 'which it said' after people with no name is no one's",
        "Diplomats protested the drills, which it said had breached the "
        "waters.",
        [],
    ),
    StatementCase(
        "near miss: 'which it said' after a state's people with no name",
        "Chilean diplomats protested the drills, which it said had breached "
        "the waters.",
        [],
    ),
    StatementCase(
        "near miss: 'which X described as' with no quotation says nothing",
        "Chile welcomed the plan, which Ana Dahl described as useful.",
        [],
    ),
    StatementCase(
        "near miss: 'which it described as' inside words said stays in them",
        "The Norwegian Foreign Ministry said Oslo “firmly rejects” such "
        "remarks, which it described as a threat to regional peace.",
        [
            (
                "partial",
                (
                    "Oslo “firmly rejects” such remarks, which it described "
                    "as a threat to regional peace"
                ),
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "near miss: 'which it called “Q”' after a person is no one's",
        "Hakan Demir spoke at length about the border, which it called a "
        "“red line”.",
        [],
    ),
    StatementCase(
        "near miss: 'dismissed' with no quotation is a deed",
        "Hakan Demir dismissed the ambassador on Monday.",
        [],
    ),
    StatementCase(
        "near miss: 'would continue to' after a participle is no cue",
        "Hakan Demir said the talks were “useful and frank,” adding that "
        "Turkey would continue to work with its partners.",
        [
            (
                "partial",
                "the talks were “useful and frank,”",
                "Hakan Demir",
            ),
            (
                "indirect",
                "Turkey would continue to work with its partners",
                "Hakan Demir",
            ),
        ],
    ),
    StatementCase(
        "near miss: 'continued to insist that' keeps its words",
        "Hakan Demir continued to insist that he had never met the envoy.",
        [("indirect", "he had never met the envoy", "Hakan Demir")],
    ),
    StatementCase(
        "near miss: 'the drafting committee' is no body named before",
        "Hakan Demir, chairman of the platform committee, met the envoy. His "
        "appointment of a new envoy to the drafting committee suggests that "
        "he wants a new approach.",
        [],
    ),
    StatementCase(
        "near miss: 'the committee' is no person its chairman named",
        "Hakan Demir, chairman of the platform committee, met the envoy. The "
        "committee said the plan was sound.",
        [("indirect", "the plan was sound", None)],
    ),
    StatementCase(
        "'renewed its call on X to ...'",
        "The Norwegian Foreign Ministry condemned the raid and renewed its "
        "call on the parties to open the crossings.",
        [
            (
                "indirect",
                "the parties to open the crossings",
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "near miss: 'expressed its strong condemnation of' is no statement",
        "The Norwegian Foreign Ministry expressed its strong condemnation of "
        "the raid on the camp, and called for the protection of civilians.",
        [
            (
                "indirect",
                "the protection of civilians",
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "'said in a statement carried by X:' before the quotation",
        "The Norwegian Foreign Ministry summoned the envoy. The ministry said "
        "in a statement carried by the Example News Agency (ENA): “The raid "
        "is a flagrant breach of our sovereignty.”",
        [
            (
                "direct",
                "The raid is a flagrant breach of our sovereignty.",
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "near miss: 'said in a statement that ...:' keeps its clause",
        "The Norwegian Foreign Ministry said in a statement that it had "
        "summoned the envoy: “The raid is a flagrant breach of our "
        "sovereignty.”",
        [
            (
                "indirect",
                "it had summoned the envoy",
                "Norwegian Foreign Ministry",
            ),
            (
                "direct",
                "The raid is a flagrant breach of our sovereignty.",
                "Norwegian Foreign Ministry",
            ),
        ],
    ),
    StatementCase(
        "'Spokesman for the Presidency' before a name",
        "Spokesman for the Presidency Karim Nasr said that the call went "
        "well.",
        [("indirect", "the call went well", "Karim Nasr")],
    ),
    StatementCase(
        "'This was reported by X': the sentence before is X's",
        "Norway has decided to expel the envoy of Ruritania.\n\nThis was "
        "reported by the press service of the Norwegian Foreign Ministry, "
        "an agency correspondent reports.\n\n“The supply of drones is an "
        "unfriendly act,” the statement reads.",
        [
            (
                "indirect",
                "Norway has decided to expel the envoy of Ruritania",
                "Norwegian Foreign Ministry",
            ),
            (
                "direct",
                "The supply of drones is an unfriendly act,",
                "Norwegian Foreign Ministry",
            ),
        ],
    ),
    StatementCase(
        "'with reference to the statement of X' after the relay",
        "Ana Dahl and Tom Reyes held talks in Oslo. This was reported by "
        "an agency with reference to the statement of the Norwegian Foreign "
        "Ministry.",
        [
            (
                "indirect",
                "Ana Dahl and Tom Reyes held talks in Oslo",
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "'with reference to X' with no document named",
        "Ana Dahl and Tom Reyes held talks in Oslo. This was reported by "
        "an agency with reference to the Norwegian Foreign Ministry.",
        [
            (
                "indirect",
                "Ana Dahl and Tom Reyes held talks in Oslo",
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "near miss: a relay by no one named says nothing",
        "Norway expelled the envoy. This was reported by local media.",
        [],
    ),
    StatementCase(
        "near miss: 'This was done by X' relays no words",
        "The road was built in May. This was done by the army.",
        [],
    ),
    StatementCase(
        "near miss: a sentence already said is not relayed again",
        "Ana Dahl said the talks went well. This was confirmed by Tom Reyes.",
        [("indirect", "the talks went well", "Ana Dahl")],
    ),
    StatementCase(
        "near miss: 'This was condemned by X' is X's answer, not its words",
        "Norway expelled the envoy of Ruritania. This was condemned by the "
        "Ruritanian Foreign Ministry.",
        [],
    ),
    StatementCase(
        "near miss: 'This was denied by X' is no relay of the sentence",
        "Ruritania moved troops to the border. This was denied by the "
        "Ruritanian Defence Ministry.",
        [],
    ),
    StatementCase(
        "near miss: a relay by officials of a body names no one",
        "Ana Dahl and Tom Reyes held talks in Oslo. This was reported by "
        "officials of the Norwegian Foreign Ministry.",
        [],
    ),
    StatementCase(
        "near miss: a relay with reference to sources names no one",
        "Ana Dahl and Tom Reyes held talks in Oslo. This was reported by an "
        "agency with reference to sources in the Norwegian government.",
        [],
    ),
    StatementCase(
        "a seat of government speaks under its own name",
        "The White House said on Monday that the president would travel to "
        "Lima. The Kremlin said the talks would go on.",
        [
            (
                "indirect",
                "the president would travel to Lima",
                "White House",
            ),
            ("indirect", "the talks would go on", "Kremlin"),
        ],
    ),
    StatementCase(
        "a seat of government with no article, twice, is one speaker",
        "Downing Street said the talks would go on. Downing Street added "
        "that no date was set.",
        [
            ("indirect", "the talks would go on", "Downing Street"),
            ("indirect", "no date was set", "Downing Street"),
        ],
    ),
    StatementCase(
        "near miss: officials of a seat of government are no one named",
        "White House officials said the talks would go on.",
        [("indirect", "the talks would go on", None)],
    ),
    StatementCase(
        "near miss: 'would continue to urge' inside a clause is no cue",
        "Ana Dahl said the government would continue to urge Chile to act "
        "“calmly and in good faith.”",
        [
            (
                "partial",
                (
                    "the government would continue to urge Chile to act "
                    "“calmly and in good faith.”"
                ),
                "Ana Dahl",
            )
        ],
    ),
    StatementCase(
        "an act of the speaker after 'and' ends the words said",
        "Prime Minister Ana Ruiz said Peru remains bound by the accord and "
        "commended Chile on the harbour project. Jorge Vela said Lima saw "
        "Santiago as “an old and steady friend” and invited Ana Ruiz to a "
        "trade fair. Omar Baraka stressed the value of the treaty, and "
        "welcomed plans for the ministers to meet again.",
        [
            ("indirect", "Peru remains bound by the accord", "Ana Ruiz"),
            (
                "partial",
                "Lima saw Santiago as “an old and steady friend”",
                "Jorge Vela",
            ),
            ("indirect", "the value of the treaty", "Omar Baraka"),
        ],
    ),
    StatementCase(
        "near miss: an act after 'and' that shares the words' auxiliary is "
        "in the words",
        "Ana Ruiz said Peru had met Chile and thanked it for the talks. Jorge "
        "Vela said the deal was signed and praised in May.",
        [
            (
                "indirect",
                "Peru had met Chile and thanked it for the talks",
                "Ana Ruiz",
            ),
            (
                "indirect",
                "the deal was signed and praised in May",
                "Jorge Vela",
            ),
        ],
    ),
    StatementCase(
        "a cue's plural noun in apposition, with a relative, says nothing "
        "and ends the words before it",
        "Ana Ruiz said the province belonged to Peru, remarks that caused "
        "an uproar in Lima. Jorge Vela said the vote was fair, "
        "comments which were echoed by his aides.",
        [
            ("indirect", "the province belonged to Peru", "Ana Ruiz"),
            ("indirect", "the vote was fair", "Jorge Vela"),
        ],
    ),
    StatementCase(
        "a cue's plural noun in apposition after words said, with a "
        "relative of its own subject, says nothing",
        "Ana Ruiz said the port would stay shut, remarks that she later "
        "withdrew. Jorge Vela said the vote was rigged, comments that Lima "
        "rejected.",
        [
            ("indirect", "the port would stay shut", "Ana Ruiz"),
            ("indirect", "the vote was rigged", "Jorge Vela"),
        ],
    ),
    StatementCase(
        "near miss: an act after 'and' done to each other is the act of "
        "the words' plural subject",
        "Ana Ruiz said the two envoys met in Quito and thanked one another "
        "for the talks.",
        [
            (
                "indirect",
                (
                    "the two envoys met in Quito and thanked one another for "
                    "the talks"
                ),
                "Ana Ruiz",
            )
        ],
    ),
    StatementCase(
        "'as' before a noun opens no clause: the act after 'and' is the "
        "speaker's; 'as' before a subject does",
        "Jorge Vela said Lima saw Santiago as a partner and invited Ana Ruiz "
        "to a trade fair. Ana Ruiz said the talks collapsed as Chile "
        "attacked Peru and blamed it for the delay.",
        [
            ("indirect", "Lima saw Santiago as a partner", "Jorge Vela"),
            (
                "indirect",
                (
                    "the talks collapsed as Chile attacked Peru and blamed it "
                    "for the delay"
                ),
                "Ana Ruiz",
            ),
        ],
    ),
    StatementCase(
        "near miss: a cue in '-s' after an aside says a that-clause",
        "Ana Ruiz, in her weekly column, comments that the talks went well. "
        "Jorge Vela, a columnist, remarks that government efforts will fail.",
        [
            ("indirect", "the talks went well", "Ana Ruiz"),
            ("indirect", "government efforts will fail", "Jorge Vela"),
        ],
    ),
    StatementCase(
        "a verb that frames quotations, inside another's words, quotes a "
        "fragment of them",
        "Ana Ruiz cautioned that Lima would respond in a “measured” way. A "
        "ministry official, speaking on condition of anonymity, said the "
        "mission would continue “without haste” while the inquiry ran "
        "its course.",
        [
            (
                "partial",
                "Lima would respond in a “measured” way",
                "Ana Ruiz",
            ),
            (
                "partial",
                (
                    "the mission would continue “without haste” while the "
                    "inquiry ran its course"
                ),
                None,
            ),
        ],
    ),
    StatementCase(
        "a verb that frames quotations, inside another's words with no "
        "quotation, is an act told: the participle after it is the speaker's",
        "Ana Ruiz said a blockade of the port would be “an act of war” and "
        "that Lima would respond by closing its airspace, calling the "
        "embargo “piracy”.",
        [
            (
                "partial",
                (
                    "a blockade of the port would be “an act of war” and that "
                    "Lima would respond by closing its airspace"
                ),
                "Ana Ruiz",
            ),
            ("partial", "the embargo “piracy”", "Ana Ruiz"),
        ],
    ),
    StatementCase(
        "near miss: a verb that frames quotations with no cue before it "
        "quotes its own words",
        "Asked about the plan, Ana Ruiz responded “We will see.”",
        [("direct", "We will see.", "Ana Ruiz")],
    ),
    StatementCase(
        "near miss: a sentence quoted after a verb inside another's words "
        "is that verb's quotation",
        "Ana Ruiz said she would reply “We will decide in May.”",
        [("direct", "We will decide in May.", "Ana Ruiz")],
    ),
    StatementCase(
        "near miss: a capital that speaks is its state",
        "Moscow said the talks would go on.",
        [("indirect", "the talks would go on", "Russia")],
    ),
    StatementCase(
        "'the ministry' is the ministry named before",
        "The Turkish Foreign Ministry said on Friday that the talks ended. "
        "Hakan Demir held a meeting in Doha, according to the ministry.",
        [
            ("indirect", "the talks ended", "Turkish Foreign Ministry"),
            (
                "indirect",
                "Hakan Demir held a meeting in Doha",
                "Turkish Foreign Ministry",
            ),
        ],
    ),
    StatementCase(
        "a statement speaks for the government that issued it",
        "According to an Indian government statement, the talks were frank. "
        "An Indian government statement said the visit would follow.",
        [
            ("indirect", "the talks were frank", "Indian government"),
            ("indirect", "the visit would follow", "Indian government"),
        ],
    ),
    StatementCase(
        "'it' after a body that spoke is that body",
        "The Foreign Ministry of Chile said the talks went well. It also "
        "added that a second round would follow in May.",
        [
            ("indirect", "the talks went well", "Chile"),
            ("indirect", "a second round would follow in May", "Chile"),
        ],
    ),
    StatementCase(
        "a sum of money that opens a clause after 'says'",
        "As the war goes on, the U.N. says $2.9 billion is needed this year "
        "for the camps.",
        [
            (
                "indirect",
                "$2.9 billion is needed this year for the camps",
                "U.N.",
            )
        ],
    ),
    StatementCase(
        "'..., reported local media.': a source with no name",
        "The border will reopen in May, reported local media.",
        [("indirect", "The border will reopen in May", None)],
    ),
    StatementCase(
        "a source with no name after the words of a named speaker",
        "Minister Ana Dahl said the plan would open the border to trucks, "
        "reported foreign media.",
        [
            (
                "indirect",
                "the plan would open the border to trucks",
                "Ana Dahl",
            )
        ],
    ),
    StatementCase(
        "a speech verb inside a quotation is part of what was said",
        "Governor Ann Holm said the press was to blame for chasing “he said "
        "this, she tweeted that.”",
        [
            (
                "partial",
                (
                    "the press was to blame for chasing “he said this, she "
                    "tweeted that.”"
                ),
                "Ann Holm",
            )
        ],
    ),
    StatementCase(
        "a quotation opened by its cue inside a clause that goes on",
        "Spokeswoman Jane Ditto said via email that, “Of course the senator "
        "will defend himself” against what the campaign sees as an attack.",
        [
            (
                "partial",
                (
                    "“Of course the senator will defend himself” against what "
                    "the campaign sees as an attack"
                ),
                "Jane Ditto",
            )
        ],
    ),
    StatementCase(
        "after 'that', words that open with 'during' are what was said",
        "Minister Ana Dahl stated that during the meeting the two sides "
        "settled the border question.",
        [
            (
                "indirect",
                "during the meeting the two sides settled the border question",
                "Ana Dahl",
            )
        ],
    ),
    StatementCase(
        "the words, then 'X told reporters'",
        "The meeting was a clear sign of unity, Chancellor Lena Brandt told "
        "reporters.",
        [
            (
                "indirect",
                "The meeting was a clear sign of unity",
                "Lena Brandt",
            )
        ],
    ),
    StatementCase(
        "the words, then 'X told Y on the telephone on Tuesday'",
        "The trip will build on the consensus of the two leaders, Xi told "
        "Vice-President Tom Reyes on the telephone on Tuesday.",
        [
            (
                "indirect",
                "The trip will build on the consensus of the two leaders",
                "Xi",
            )
        ],
    ),
    StatementCase(
        "'responded in a statement that' opens a clause",
        "Chile's Foreign Ministry responded in a statement that the country "
        "would not attend the summit.",
        [
            (
                "indirect",
                "the country would not attend the summit",
                "Chile's Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "a quotation after the cue and when, with no mark between",
        "Foreign Secretary Vikram Rao said on Monday “Today’s talks gave us "
        "the chance to take stock of our ties.”",
        [
            (
                "direct",
                "Today’s talks gave us the chance to take stock of our ties.",
                "Vikram Rao",
            )
        ],
    ),
    StatementCase(
        "quotations that open in lower case and end their clauses",
        "Hakan Demir said “nobody can force Turkey to act against its will,” "
        "adding “Turkey pursues its own interests.”",
        [
            (
                "direct",
                "nobody can force Turkey to act against its will,",
                "Hakan Demir",
            ),
            ("direct", "Turkey pursues its own interests.", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "a quotation after a relative's cue completes the relative",
        "The sanctions apply to four firms which Minister Ana Dahl says "
        "“operate in the occupied region.”",
        [("partial", "“operate in the occupied region.”", "Ana Dahl")],
    ),
    StatementCase(
        "'according to the ministry' with no ministry named: no speaker",
        "Hakan Demir held talks in Lima, according to the ministry.",
        [("indirect", "Hakan Demir held talks in Lima", None)],
    ),
    StatementCase(
        "a quotation after its cue left open at the paragraph's end",
        "Minister Ana Dahl said “We will win the vote and then the seat",
        [
            (
                "direct",
                "We will win the vote and then the seat",
                "Ana Dahl",
            )
        ],
    ),
    StatementCase(
        "a quotation after its cue, then a comma and the clause's end",
        "Hakan Demir said “We tried everything”, and left the hall.",
        [("direct", "We tried everything", "Hakan Demir")],
    ),
    StatementCase(
        "a lower-case quotation after its cue, a mark outside, is whole",
        "Hakan Demir said “nobody can stop us”.",
        [("direct", "nobody can stop us", "Hakan Demir")],
    ),
    StatementCase(
        "a lower-case quotation after its cue that the clause goes past",
        "Hakan Demir said “nobody can stop us” and left the hall.",
        [
            (
                "partial",
                "“nobody can stop us” and left the hall",
                "Hakan Demir",
            )
        ],
    ),
    StatementCase(
        "'X told reporters' and a clause with no 'that'",
        "Foreign Minister Sergei Lavrov told reporters the talks had been "
        "constructive.",
        [
            (
                "indirect",
                "the talks had been constructive",
                "Sergei Lavrov",
            )
        ],
    ),
    StatementCase(
        "an aside, then 'X told reporters,' and the words",
        "Despite the pressure, Foreign Minister Sergei Lavrov told "
        "reporters, sanctions would not change Moscow's course.",
        [
            (
                "indirect",
                "sanctions would not change Moscow's course",
                "Sergei Lavrov",
            )
        ],
    ),
    StatementCase(
        "the words, then 'said X, a description'",
        "The talks were useful, said Sergei Lavrov, a veteran Russian "
        "diplomat.",
        [("indirect", "The talks were useful", "Sergei Lavrov")],
    ),
    StatementCase(
        "the words, then 'X said, in remarks ...'",
        "The talks failed, Foreign Minister Sergei Lavrov said, in remarks "
        "broadcast by state television.",
        [("indirect", "The talks failed", "Sergei Lavrov")],
    ),
    StatementCase(
        "'said on Monday' and a clause with no 'that'",
        "Foreign Minister Ana Dahl said on Monday Oslo would respond to any "
        "new sanctions imposed by its neighbours or their allies in the "
        "coming weeks.",
        [
            (
                "indirect",
                (
                    "Oslo would respond to any new sanctions imposed by its "
                    "neighbours or their allies in the coming weeks"
                ),
                "Ana Dahl",
            )
        ],
    ),
    StatementCase(
        "'said on Monday' and a clause that opens with a quotation",
        "Foreign Minister Ana Dahl said on Monday “dialogue” was the only "
        "way to end the war.",
        [
            (
                "partial",
                "“dialogue” was the only way to end the war",
                "Ana Dahl",
            )
        ],
    ),
    StatementCase(
        "'X, who thanked Y ... and said': the relative's subject speaks",
        "President Ana Dahl received Prime Minister Tomas Riquelme, who "
        "thanked her for the invitation and said Chile was ready to mediate.",
        [
            (
                "indirect",
                "Chile was ready to mediate",
                "Tomas Riquelme",
            )
        ],
    ),
    StatementCase(
        "'X, who praised Y ... and said': the relative's subject speaks",
        "President Ana Dahl received Prime Minister Tomas Riquelme, who "
        "praised her for the invitation and said Chile was ready to mediate.",
        [
            (
                "indirect",
                "Chile was ready to mediate",
                "Tomas Riquelme",
            )
        ],
    ),
    StatementCase(
        "'it' after another body is named is no one's",
        "The Foreign Ministry of Chile said the sanctions were illegal. The "
        "European Union rejected the claim. It said the measures were "
        "lawful.",
        [("indirect", "the sanctions were illegal", "Chile")],
    ),
    StatementCase(
        "a quotation after the cue of 'what X said' completes the clause",
        "Officials reject what Minister Ana Dahl said on Monday “were lies "
        "about the island.”",
        [("partial", "“were lies about the island.”", "Ana Dahl")],
    ),
    StatementCase(
        "'As X noted,' before the words",
        "As the Georgian Prime Minister emphasized, the next priority is to "
        "open membership talks.",
        [
            (
                "indirect",
                "the next priority is to open membership talks",
                "the Georgian Prime Minister",
            )
        ],
    ),
    StatementCase(
        "the words, 'X told Y on Tuesday', then a source",
        "The trip will build on the consensus, Xi told Vice-President Tom "
        "Reyes on the telephone on Tuesday, according to the ministry.",
        [("indirect", "The trip will build on the consensus", "Xi")],
    ),
    StatementCase(
        "a statement named in what was said is not the speaker's",
        "Foreign Minister Ana Dahl said the statement issued by Chile was a "
        "provocation.\n\n“It threatens the whole region,” the statement "
        "said.",
        [
            (
                "indirect",
                "the statement issued by Chile was a provocation",
                "Ana Dahl",
            ),
            ("direct", "It threatens the whole region,", None),
        ],
    ),
    StatementCase(
        "'his office said', 'X's office said': the office of the person meant",
        "Chilean Foreign Minister Tomas Riquelme will visit Peru next week, "
        "his office has confirmed. Peruvian President Ana Dahl met the envoy "
        "in her office. The two states would name ambassadors soon, Dahl's "
        "office said in a note.",
        [
            (
                "indirect",
                (
                    "Chilean Foreign Minister Tomas Riquelme will visit Peru "
                    "next week"
                ),
                "Tomas Riquelme's office",
            ),
            (
                "indirect",
                "The two states would name ambassadors soon",
                "Ana Dahl's office",
            ),
        ],
    ),
    StatementCase(
        "an office speaks for a person only: once made, it is one actor",
        "Ana Ruiz will travel to Quito on Thursday, her office said. The trip "
        "will last two days, Ruiz's office added. The talks were put off, "
        "his office said. The talks were useful, a regional office said.",
        [
            (
                "indirect",
                "Ana Ruiz will travel to Quito on Thursday",
                "Ana Ruiz's office",
            ),
            ("indirect", "The trip will last two days", "Ana Ruiz's office"),
        ],
    ),
    StatementCase(
        "reports a speaker denies are no one's words, nor is what is denied",
        "The press secretary denied media reports that Novak would meet the "
        "Chilean president in Lima. The ministry rejected as baseless foreign "
        "media reports that the talks had failed. Lima denied that any such "
        "call had taken place.",
        [],
    ),
    StatementCase(
        "a denial with a quotation says those words",
        "Lima denied the claims as “baseless and politically motivated.”",
        [
            (
                "partial",
                "the claims as “baseless and politically motivated.”",
                "Peru",
            )
        ],
    ),
    StatementCase(
        "'proposed that ...' is a clause said; 'proposed a plan that ...' is not",
        "At the council, Ana Ruiz proposed on Monday that the two sides "
        "double trade by 2030. Pedro Soto proposed a treaty that would open "
        "the border.",
        [("indirect", "the two sides double trade by 2030", "Ana Ruiz")],
    ),
    StatementCase(
        "'Y quoted X as telling ...' and 'as stating': X's words",
        "The spokesman, Ola Berg, said the talks lasted an hour. Berg quoted "
        "President Ana Ruiz as telling her host: “Peru is open for business, "
        "but we want partners who build with us.” The agency quoted Ruiz as "
        "stating that Peru would not yield.",
        [
            ("indirect", "the talks lasted an hour", "Ola Berg"),
            (
                "direct",
                (
                    "Peru is open for business, but we want partners who "
                    "build with us."
                ),
                "Ana Ruiz",
            ),
            ("indirect", "Peru would not yield", "Ana Ruiz"),
        ],
    ),
    StatementCase(
        "'X was quoted as saying that ...'",
        "Foreign Minister Ana Dahl was quoted as saying that the talks had "
        "failed.",
        [("indirect", "the talks had failed", "Ana Dahl")],
    ),
    StatementCase(
        "the words, then 'X was quoted as saying'",
        "The talks had failed, Foreign Minister Ana Dahl was quoted as "
        "saying.",
        [("indirect", "The talks had failed", "Ana Dahl")],
    ),
    StatementCase(
        "'he' after a sentence its subject opened without speaking",
        "Foreign Minister Sergei Lavrov said the talks were useful. IAEA "
        "chief Rafael Grossi praised the approach of the two sides. He "
        "stressed that the inspections would go on.",
        [
            ("indirect", "the talks were useful", "Sergei Lavrov"),
            (
                "indirect",
                "the inspections would go on",
                "Rafael Grossi",
            ),
        ],
    ),
    StatementCase(
        "'he' after a sentence no person opens is the last speaker",
        "Foreign Minister Sergei Lavrov said the talks were useful. The "
        "meeting lasted two hours. He added that more rounds would follow.",
        [
            ("indirect", "the talks were useful", "Sergei Lavrov"),
            ("indirect", "more rounds would follow", "Sergei Lavrov"),
        ],
    ),
    StatementCase(
        "'he' opening a paragraph is the last speaker",
        "Foreign Minister Sergei Lavrov said the talks were useful. IAEA "
        "chief Rafael Grossi praised the approach.\n\nHe added that more "
        "rounds would follow.",
        [
            ("indirect", "the talks were useful", "Sergei Lavrov"),
            ("indirect", "more rounds would follow", "Sergei Lavrov"),
        ],
    ),
    StatementCase(
        "'he' after a sentence a participle opens is its subject",
        "Foreign Minister Omar Haddad met Chilean Foreign Minister Ana Soto "
        "in Baku.\n\nSoto, for her part, said Santiago valued the visit.\n\n"
        "Touching upon the talks with Peru, Haddad accused Lima of delays. "
        "At the same time, he noted that the next round would be in March.",
        [
            ("indirect", "Santiago valued the visit", "Ana Soto"),
            (
                "indirect",
                "the next round would be in March",
                "Omar Haddad",
            ),
        ],
    ),
    StatementCase(
        "near miss: a sentence opening 'Nothing' has no participle",
        "Foreign Minister Omar Haddad met Chilean Foreign Minister Ana Soto "
        "in Baku.\n\nSoto said Santiago valued the visit. Nothing was "
        "signed, Haddad admitted. He noted that the next round would be in "
        "March.",
        [
            ("indirect", "Santiago valued the visit", "Ana Soto"),
            ("indirect", "Nothing was signed", "Omar Haddad"),
            (
                "indirect",
                "the next round would be in March",
                "Omar Haddad",
            ),
        ],
    ),
    StatementCase(
        "the words, then 'X said in May': the month is no modal",
        "The talks will resume in the autumn, Foreign Minister Ana Dahl said "
        "in May.",
        [("indirect", "The talks will resume in the autumn", "Ana Dahl")],
    ),
    StatementCase(
        "a title after a name in apposition opens a clause of its own",
        "Secretary-General Ana Dahl welcomed the truce.\n\nIn a note issued "
        "by her spokesman, Ola Berg, the Secretary-General said the truce "
        "was a first step.",
        [("indirect", "the truce was a first step", "Ana Dahl")],
    ),
    StatementCase(
        "near miss: a title after a name, then the cue, is the name's",
        "Ola Berg, the Norwegian foreign minister said the truce was a "
        "first step.",
        [("indirect", "the truce was a first step", "Ola Berg")],
    ),
    # -- not statements ------------------------------------------------------
    StatementCase(
        "names added to a sanctions list are a sanction, no words said",
        "The US Commerce Department added nine Peruvian firms to its Entity "
        "List.",
        [],
    ),
    StatementCase(
        "'said so' and where is no statement",
        "Foreign Minister Narmin Aliyeva said so in Baku on Monday.",
        [],
    ),
    StatementCase(
        "'it' after a person, or after no one, is no speaker",
        "Minister Ana Dahl said the plan was ready. It called for a customs "
        "union.",
        [("indirect", "the plan was ready", "Ana Dahl")],
    ),
    StatementCase(
        "'responded to' is no speech",
        "Chile responded to the attack with force.",
        [],
    ),
    StatementCase(
        "words of where and when past a few after the cue are not read",
        "The plan failed, Dahl said on Monday in a speech to the members of "
        "the council of the union of the northern states of the region of "
        "the far north of the country.",
        [],
    ),
    StatementCase(
        "a title in single quotation marks is no statement",
        "Parents Rally Nationwide To ‘Reclaim Our Schools.’",
        [],
    ),
    StatementCase(
        "a scare quote is no statement",
        "The so-called “grand bargain” was never signed.",
        [],
    ),
    StatementCase(
        "a quoted transcript's turns: the label names who speaks",
        "Senator Mark Delaney spoke on the radio on Sunday.\n\n"
        "Partial transcript as follows:\n\n"
        '"HOST: Will you vote for the budget next week?\n\n'
        '"DELANEY: Well, the budget is a serious matter for every family.'
        "\n\n"
        '"But the leadership has not shown us the numbers yet.\n\n'
        '"HOST: Thank you, senator, for joining us."',
        [
            ("direct", "Will you vote for the budget next week?", None),
            (
                "direct",
                "Well, the budget is a serious matter for every family.",
                "Mark Delaney",
            ),
            (
                "direct",
                "But the leadership has not shown us the numbers yet.",
                "Mark Delaney",
            ),
            ("direct", "Thank you, senator, for joining us.", None),
        ],
    ),
    StatementCase(
        "a transcript's heading introduces the last speaker's words",
        "“We will win the state,” Governor Mark Delaney said on Tuesday."
        "\n\n"
        "Transcript as follows:\n\n"
        "“Tonight we arrived in the capital and the people cheered.”",
        [
            ("direct", "We will win the state,", "Mark Delaney"),
            (
                "direct",
                "Tonight we arrived in the capital and the people cheered.",
                "Mark Delaney",
            ),
        ],
    ),
    StatementCase(
        "a lone capitalised label in a quotation is its words",
        "Senator Mark Delaney read the notice aloud.\n\n"
        "“NOTICE: the bridge will stay closed until further notice,” he "
        "said.",
        [
            (
                "direct",
                "NOTICE: the bridge will stay closed until further notice,",
                "Mark Delaney",
            )
        ],
    ),
    StatementCase(
        "a quoted follow-us line is no statement",
        "“We will vote against the budget,” Senator Mark Delaney said.\n\n"
        "“Follow Jane Roe on Twitter @janeroe.”",
        [("direct", "We will vote against the budget,", "Mark Delaney")],
    ),
    StatementCase(
        "a quotation opening with follow is words",
        "“We will vote against the budget,” Senator Mark Delaney said.\n\n"
        "“Follow the money and you will see who wrote it.”",
        [
            ("direct", "We will vote against the budget,", "Mark Delaney"),
            (
                "direct",
                "Follow the money and you will see who wrote it.",
                "Mark Delaney",
            ),
        ],
    ),
    StatementCase(
        "a programme's title after the cue is no statement",
        "“The budget will fail,” Senator Mark Delaney said on “Hour of the "
        "Nation.”",
        [("direct", "The budget will fail,", "Mark Delaney")],
    ),
    StatementCase(
        "a greeting with small words is words, not a title",
        "“Welcome back to the Great Hall,” Senator Mark Delaney told the "
        "envoy.",
        [("direct", "Welcome back to the Great Hall,", "Mark Delaney")],
    ),
    StatementCase(
        "a greeting opening its sentence is words, though it ends in a name",
        "“Welcome to Oslo,” Senator Mark Delaney told the envoy.",
        [("direct", "Welcome to Oslo,", "Mark Delaney")],
    ),
    StatementCase(
        "near miss: a quoted heading in Title Case alone is no statement",
        "Karl Lund said the case was strange.\n\n‘Legend of the Northern "
        "Mines.’\n\nThe mine closed in May.",
        [("indirect", "the case was strange", "Karl Lund")],
    ),
    StatementCase(
        "near miss: a title with its comma inside a sentence is no statement",
        "A troupe is staging a play called “Los Hijos de Ruritania,” or "
        "“Sons of Ruritania,” in the capital.",
        [],
    ),
    StatementCase(
        "an adverb opening the sentence is no part of a name",
        "Senator Mark Delaney spoke on Sunday. Once Delaney said the plan "
        "was sound.",
        [("indirect", "the plan was sound", "Mark Delaney")],
    ),
    StatementCase(
        "the writer's I'm is no speaker",
        "I’m going to read you the question:\n\n"
        "“Do you trust the budget office with your savings?”",
        [
            (
                "direct",
                "Do you trust the budget office with your savings?",
                None,
            )
        ],
    ),
    StatementCase(
        "she is not the last speaker called Mr.",
        "Senator Rosa Alvarez and Senator Mark Delaney debated the budget "
        "on Monday.\n\n"
        "Mr. Delaney said the plan would pass next week. Mrs. Alvarez "
        "disagreed.\n\n"
        "“It is a mistake,” she said.",
        [
            ("indirect", "the plan would pass next week", "Mark Delaney"),
            ("direct", "It is a mistake,", "Rosa Alvarez"),
        ],
    ),
    StatementCase(
        "she is the last subject no courtesy title makes a he",
        "Senator Mark Delaney met voters on Monday.\n\n"
        "Mr. Delaney said the plan would pass next week. Rosa Alvarez "
        "disagreed.\n\n"
        "“It is a mistake,” she said.",
        [
            ("indirect", "the plan would pass next week", "Mark Delaney"),
            ("direct", "It is a mistake,", "Rosa Alvarez"),
        ],
    ),
    StatementCase(
        "a surname given both Mr. and Mrs. says nothing of who she is",
        "Mr. Delaney said the plan would pass next week. Mrs. Delaney "
        "disagreed.\n\n"
        "“It is a mistake,” she said.",
        [
            ("indirect", "the plan would pass next week", "Delaney"),
            ("direct", "It is a mistake,", "Delaney"),
        ],
    ),
    StatementCase(
        "he is the last speaker when no courtesy title says otherwise",
        "Senator Rosa Alvarez and Senator Mark Delaney debated the budget "
        "on Monday.\n\n"
        "Delaney said the plan would pass next week. Alvarez disagreed."
        "\n\n"
        "“It is a mistake,” he said.",
        [
            ("indirect", "the plan would pass next week", "Mark Delaney"),
            ("direct", "It is a mistake,", "Mark Delaney"),
        ],
    ),
    StatementCase(
        "discussing is no statement",
        "The two ministers discussed regional security.",
        [],
    ),
    StatementCase(
        "a state with its possessive after a cue is no speaker",
        "Officials did not comment on reports about Georgia's purchase of "
        "grain.",
        [],
    ),
    StatementCase(
        "a title in the plural is the two just named",
        "Nigerian Foreign Minister Musa Bello met Sudanese Foreign Minister "
        "Omar Hassan in Abuja. The Ministers expressed their willingness to "
        "expand trade.",
        [
            (
                "indirect",
                "willingness to expand trade",
                "Musa Bello and Omar Hassan",
            )
        ],
    ),
    StatementCase(
        "money pledged and sanctions announced are no words said",
        "Kuwait pledged $500 million in aid.\n\nThe US Treasury announced "
        "sanctions on three Iranian firms on Monday.",
        [],
    ),
    StatementCase(
        "a participle of speaking after the cue says where, not what",
        "The corridor will open next year, Narmin Aliyeva said, speaking at "
        "a briefing in Baku.",
        [("indirect", "The corridor will open next year", "Narmin Aliyeva")],
    ),
    StatementCase(
        "courtesies and calls on someone are no words, in any form of the verb",
        "Narmin Aliyeva voices gratitude to Qatar for its help.\n\nLater she "
        "called upon the prime minister in Doha.",
        [],
    ),
    StatementCase(
        "called the sanctions with a quotation: what was said of them",
        "Iranian Foreign Minister Reza Karimi called the sanctions “illegal "
        "and provocative”.",
        [
            (
                "partial",
                "the sanctions “illegal and provocative”",
                "Reza Karimi",
            )
        ],
    ),
    StatementCase(
        "urged to do what the quotation says",
        "OAS Secretary General Maria Lopez urged both governments to “lower "
        "tensions through dialogue”.",
        [
            (
                "partial",
                "both governments to “lower tensions through dialogue”",
                "Maria Lopez",
            )
        ],
    ),
    StatementCase(
        "an accusation that quotes the words is a partial statement too",
        "Iranian Foreign Minister Reza Karimi accused the three European "
        "states of acting in “bad faith”.",
        [
            (
                "partial",
                "the three European states of acting in “bad faith”",
                "Reza Karimi",
            )
        ],
    ),
    StatementCase(
        "an accusation with no quotation is an act, no statement",
        "Iranian Foreign Minister Reza Karimi accused the three European "
        "states of acting in bad faith.",
        [],
    ),
    StatementCase(
        "thanks that quote the words are a partial statement",
        "Somali Foreign Minister Ali Hassan thanked Turkey for its “sincere "
        "and impartial” efforts.",
        [
            (
                "partial",
                "Turkey for its “sincere and impartial”",
                "Ali Hassan",
            )
        ],
    ),
    StatementCase(
        "praise and criticism that quote the words are partial statements",
        "Foreign Minister Lena Holt commended Chile for “choosing dialogue "
        "over confrontation.” Later she criticised Norway for “closing the "
        "door on fair talks.”",
        [
            (
                "partial",
                "Chile for “choosing dialogue over confrontation.”",
                "Lena Holt",
            ),
            (
                "partial",
                "Norway for “closing the door on fair talks.”",
                "Lena Holt",
            ),
        ],
    ),
    StatementCase(
        "praise whose quotation follows a colon frames only that quotation",
        "Minister Olga Brandt praised the fishing accord: “It keeps both "
        "fleets at sea,” she told reporters. She criticised the delay: "
        "“Two years was far too long.”",
        [
            ("direct", "It keeps both fleets at sea,", "Olga Brandt"),
            ("direct", "Two years was far too long.", "Olga Brandt"),
        ],
    ),
    StatementCase(
        "praise with no quotation is an act, no statement",
        "Foreign Minister Lena Holt praised Chile for its calm diplomacy.",
        [],
    ),
    StatementCase(
        "'X spoke in Lima, where he said': the sentence's subject speaks",
        "“The meeting was useful,” Tomas Riquelme said.\n\nPresident Pablo "
        "Ferrer spoke in Lima last week, where he said the quota was “never "
        "fair to our fishermen”.",
        [
            ("direct", "The meeting was useful,", "Tomas Riquelme"),
            (
                "partial",
                "the quota was “never fair to our fishermen”",
                "Pablo Ferrer",
            ),
        ],
    ),
    StatementCase(
        "thanks to a thing is no cue",
        "Narmin Aliyeva said exports grew, thanks to the new corridor, by a "
        "third.",
        [
            (
                "indirect",
                "exports grew, thanks to the new corridor, by a third",
                "Narmin Aliyeva",
            )
        ],
    ),
    StatementCase(
        "an organisation's foreign policy chief after the quote speaks",
        "“Those who arm the aggressor will pay a price,” EU foreign policy "
        "chief Anna Berg told reporters.",
        [
            (
                "direct",
                "Those who arm the aggressor will pay a price,",
                "Anna Berg",
            )
        ],
    ),
    StatementCase(
        "'declared' a diplomat with a long description persona non grata",
        "Chile has declared an employee of the Norwegian Embassy in Santiago "
        "persona non grata, the Chilean Foreign Ministry said on Wednesday."
        "\n\nLast week, the Norwegian Foreign Ministry declared a counselor "
        "of the Chilean Embassy in Oslo persona non grata.",
        [
            (
                "indirect",
                (
                    "Chile has declared an employee of the Norwegian Embassy "
                    "in Santiago persona non grata"
                ),
                "Chilean Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "'the Presidency of the Republic' is a body; its statement goes on",
        "President Ana Ruiz received a call from President Omar Haddad, a "
        "statement of the Presidency of the Republic said.\n\nRuiz stressed "
        "the need for aid.\n\nRuiz also thanked Chile.\n\nHaddad thanked "
        "Ruiz for the aid, the statement added.\n\nThe two presidents agreed "
        "to meet in May, according to the same source.",
        [
            (
                "indirect",
                "President Ana Ruiz received a call from President Omar Haddad",
                "Presidency of the Republic",
            ),
            ("indirect", "the need for aid", "Ana Ruiz"),
            (
                "indirect",
                "Haddad thanked Ruiz for the aid",
                "Presidency of the Republic",
            ),
            (
                "indirect",
                "The two presidents agreed to meet in May",
                "Presidency of the Republic",
            ),
        ],
    ),
    StatementCase(
        "'the statement' four paragraphs on is no one's",
        "The talks went well, a statement of the Presidency of the Republic "
        "said.\n\nRuiz stressed the need for aid.\n\nRuiz thanked Chile."
        "\n\nRuiz met the envoy.\n\nRuiz met the mayor.\n\nHaddad thanked "
        "Ruiz for the aid, the statement added.",
        [
            ("indirect", "The talks went well", "Presidency of the Republic"),
            ("indirect", "the need for aid", "Ruiz"),
            ("indirect", "Haddad thanked Ruiz for the aid", None),
        ],
    ),
    StatementCase(
        "'according to the same source' is the source cited last",
        "Minister Ana Ruiz said the talks went well.\n\nThe next round "
        "opens in May, according to the same source.\n\nRuiz met the envoy "
        "on Monday, diplomatic sources said.\n\nThey also discussed the "
        "border, according to the same sources.",
        [
            ("indirect", "the talks went well", "Ana Ruiz"),
            ("indirect", "The next round opens in May", "Ana Ruiz"),
            ("indirect", "Ruiz met the envoy on Monday", None),
            ("indirect", "They also discussed the border", None),
        ],
    ),
    StatementCase(
        "'X last week said': a near period between subject and cue",
        "The Senate last week urged President Omar Haddad to explore other "
        "options.\n\nMinister Ana Ruiz this month said that the talks were "
        "useful.",
        [
            (
                "indirect",
                "President Omar Haddad to explore other options",
                "Senate",
            ),
            ("indirect", "the talks were useful", "Ana Ruiz"),
        ],
    ),
    StatementCase(
        "'declared X unconstitutional' is a ruling, 'declared that' words",
        "The Supreme Court declared the law unconstitutional."
        "\n\nMinister Ana Ruiz declared that the law was unconstitutional.",
        [("indirect", "the law was unconstitutional", "Ana Ruiz")],
    ),
    StatementCase(
        "'both ministers' are the two ministers, past a president named",
        "Chilean Foreign Minister Bruno Diaz and his Peruvian counterpart, "
        "Tito Arce, signed a memorandum.\n\nArce is also to be received by "
        "President Marta Vidal at the Palace of the Republic.\n\nBoth "
        "ministers also expressed satisfaction with the work of the "
        "commission.",
        [
            (
                "indirect",
                "satisfaction with the work of the commission",
                "Bruno Diaz and Tito Arce",
            )
        ],
    ),
    StatementCase(
        "'the two presidents' pass over a minister; 'the two sides' do not",
        "President Ana Ruiz met President Omar Haddad. Foreign Minister Lena "
        "Holt was there.\n\nThe two presidents said the talks were good. The "
        "two sides said the visit was fine.",
        [
            ("indirect", "the talks were good", "Ana Ruiz and Omar Haddad"),
            ("indirect", "the visit was fine", "Omar Haddad and Lena Holt"),
        ],
    ),
    StatementCase(
        "'according to the press service' is a body; 'the Danish press' none",
        "According to the presidential press service, the two leaders agreed "
        "to meet soon.\n\nAccording to the Danish press, the talks were "
        "tense.",
        [
            (
                "indirect",
                "the two leaders agreed to meet soon",
                "presidential press service",
            ),
            ("indirect", "the talks were tense", None),
        ],
    ),
    StatementCase(
        "an envoy 'to' a state that is also a given name: the state",
        "EU Ambassador to Jordan Karl Weiss told journalists that the report "
        "was fair. He said the door remained open.",
        [
            ("indirect", "the report was fair", "Karl Weiss"),
            ("indirect", "the door remained open", "Karl Weiss"),
        ],
    ),
    StatementCase(
        "a given name that is also a state, with no title: the person",
        "Georgia Lind told journalists that the report was fair.",
        [("indirect", "the report was fair", "Georgia Lind")],
    ),
    StatementCase(
        "'the Head of State' is the president, 'the Premier' the PM",
        "President Aru Bekova met Prime Minister of Italy Marta Greco in "
        "Rome.\n\n“We value Italy,” the Head of State said.\n\nThe "
        "Italian Premier noted that Italian firms were keen to invest.",
        [
            ("direct", "We value Italy,", "Aru Bekova"),
            ("indirect", "Italian firms were keen to invest", "Marta Greco"),
        ],
    ),
    StatementCase(
        "'the Government leader' is the head of government named before",
        "Prime Minister Minh Tran met President Piotr Lasko in Davos. Lasko "
        "said Poland wanted more trade.\n\nSpeaking at a forum, the "
        "Government leader said Vietnam aims for faster growth.",
        [
            ("indirect", "Poland wanted more trade", "Piotr Lasko"),
            ("indirect", "Vietnam aims for faster growth", "Minh Tran"),
        ],
    ),
    StatementCase(
        "'the head of state' is no minister",
        "Foreign Minister Tomas Riquelme met Foreign Minister Ana Dahl."
        "\n\nThe head of state said the talks were useful.",
        [("indirect", "the talks were useful", None)],
    ),
    StatementCase(
        "'Ms.' after a title in apposition: 'he' passes over her",
        "Minister Tomas Riquelme arrived in Oslo on Monday.\n\nThe Speaker "
        "of the House, Ms. Ana Dahl, received him and discussed ties.\n\n"
        "He noted that the pact would help.",
        [("indirect", "the pact would help", "Tomas Riquelme")],
    ),
    StatementCase(
        "'rejected as “...” remarks by X': the rejecter's, to its object",
        "Spokesperson Lena Holt said the talks were useful.\n\nThe "
        "spokesperson rejected as “false and baseless” remarks by the "
        "Chilean foreign minister about the fleet, saying such claims were "
        "meant to distract.",
        [
            ("indirect", "the talks were useful", "Lena Holt"),
            (
                "partial",
                (
                    "as “false and baseless” remarks by the Chilean foreign "
                    "minister about the fleet"
                ),
                "Lena Holt",
            ),
            ("indirect", "such claims were meant to distract", "Lena Holt"),
        ],
    ),
    StatementCase(
        "a verb in '-s' after its subject is no noun: 'X stresses by'",
        "Lena Holt stresses by all means that the talks must go on.",
        [("indirect", "the talks must go on", "Lena Holt")],
    ),
    StatementCase(
        "a participle after the object of a cue, and 'what she called'",
        "Spokesperson Lena Holt briefed the press.\n\nThe spokesperson "
        "dismissed recent statements by Chilean officials accusing Norway of "
        "delays as “an attempt to mislead,” and urged Chile to drop what she "
        "called an old mindset.",
        [
            (
                "partial",
                (
                    "recent statements by Chilean officials accusing Norway "
                    "of delays as “an attempt to mislead,”"
                ),
                "Lena Holt",
            ),
            (
                "indirect",
                "Chile to drop what she called an old mindset",
                "Lena Holt",
            ),
        ],
    ),
    StatementCase(
        "a participle after a name with no cue before it is the name's",
        "Minister Ali Khan met President Rosa Lula saying that ties were "
        "strong.",
        [("indirect", "ties were strong", "Rosa Lula")],
    ),
    StatementCase(
        "a named person's participle after a preposition is his: 'from X "
        "calling'",
        "Minister Ana Ruiz said the criticism was normal, no different, she "
        "said, from President Omar Haddad calling the tariffs “a tax on "
        "friendship” before their talks.",
        [
            ("indirect", "the criticism was normal, no different", "Ana Ruiz"),
            ("partial", "the tariffs “a tax on friendship”", "Omar Haddad"),
        ],
    ),
    StatementCase(
        "a named person's participle after a dash is his: '– X saying'",
        "The bloc welcomed the talks – Minister Ana Ruiz saying she was “very "
        "encouraged” by them.",
        [("partial", "she was “very encouraged” by them", "Ana Ruiz")],
    ),
    StatementCase(
        "'what she called' past a comma, after a call, keeps its quotation",
        "Minister Ana Ruiz called President Omar Haddad after the vote, which "
        "he won, to congratulate him on what she called “a fair election.”",
        [("partial", "“a fair election.”", "Ana Ruiz")],
    ),
    StatementCase(
        "'what she calls “...”' with its quotation is her partial quote",
        "Rosa Lima says she admired the courage of Chile through what she "
        "calls a “war of unpleasant words.”",
        [
            (
                "indirect",
                "she admired the courage of Chile through what",
                "Rosa Lima",
            ),
            ("partial", "“war of unpleasant words.”", "Rosa Lima"),
        ],
    ),
    StatementCase(
        "'with X describing them as': X's words, though a cue is before",
        "Norway condemned the raids, with spokesman Lars Berg describing "
        "them as “a clear violation of the truce.”",
        [
            (
                "partial",
                "them as “a clear violation of the truce.”",
                "Lars Berg",
            )
        ],
    ),
    StatementCase(
        "'Speaking to X, Y commented on Z': an adjunct and a topic",
        "Speaking to reporters on Thursday, Tomas Riquelme also commented on "
        "the reaction of Norway to the decision.\n\nBuilding trust takes "
        "time, Riquelme said on Monday.",
        [("indirect", "Building trust takes time", "Tomas Riquelme")],
    ),
    StatementCase(
        "a state in a title's tail, then words and a comma: the title's",
        "The Minister of Niger Delta Affairs, Ann Bell, said the talks were "
        "useful.",
        [("indirect", "the talks were useful", "Ann Bell")],
    ),
    StatementCase(
        "'the Premier' is the premier named, past a prime minister since",
        "Premier Li Wen met Prime Minister Omar Haddad.\n\nThe Premier "
        "said the talks were useful.",
        [("indirect", "the talks were useful", "Li Wen")],
    ),
    StatementCase(
        "'X of Ohio, who said': X's words, not the place's",
        "Ali Khan met Senator Tom Hale of Ohio, who said the talks were "
        "useful.\n\nOmar Haddad met the wife of John Smith, who said the "
        "visit was long.\n\nHe met the leaders of Peru, who said the trade "
        "was fair.",
        [
            ("indirect", "the talks were useful", "Tom Hale"),
            ("indirect", "the visit was long", "John Smith"),
            ("indirect", "the trade was fair", "Peru"),
        ],
    ),
    StatementCase(
        "a person's 'declared the results invalid' is his view, with words",
        "Senator Tom Hale declared the election results invalid, saying he "
        "would go to court.\n\nMinister Ana Ruiz declared the talks a "
        "failure and called for emergency aid.",
        [
            ("indirect", "the election results invalid", "Tom Hale"),
            ("indirect", "he would go to court", "Tom Hale"),
            ("indirect", "the talks a failure", "Ana Ruiz"),
            ("indirect", "emergency aid", "Ana Ruiz"),
        ],
    ),
    StatementCase(
        "a court's 'declared void' and a governor's emergency: acts",
        "The Constitutional Court on Monday declared the decree void.\n\n"
        "Governor Ana Ruiz declared a state of emergency.\n\nShe declared "
        "the new decree of the court invalid.",
        [("indirect", "the new decree of the court invalid", "Ana Ruiz")],
    ),
    StatementCase(
        "'the statement' after a body spoke since the issuer: the body's",
        "The Foreign Ministry said in a statement that the talks were "
        "useful.\n\nThe payments were rare.\n\nThe Defense Ministry "
        "responded that it had expanded its bases. “The growth is real,” "
        "the statement said.",
        [
            ("indirect", "the talks were useful", "Foreign Ministry"),
            ("indirect", "it had expanded its bases", "Defense Ministry"),
            ("direct", "The growth is real,", "Defense Ministry"),
        ],
    ),
    StatementCase(
        "a title opening a sentence goes on with the subject before, who holds it",
        "Northland Prime Minister Ana Dahl met Southland Prime Minister Luis Soto "
        "in Northport. Dahl said it was an honour to visit Prime Minister Soto. "
        "The Prime Minister reaffirmed the warm ties between the two states.",
        [
            (
                "indirect",
                "it was an honour to visit Prime Minister Soto",
                "Ana Dahl",
            ),
            ("indirect", "the warm ties between the two states", "Ana Dahl"),
        ],
    ),
    StatementCase(
        "a title at a sentence's start does not go on with a person named in a "
        "fronted phrase, nor with one out of office",
        "In talks with Chilean President Luis Soto, Norwegian President Ana Dahl "
        "discussed trade on Monday. The President said trade would grow.\n\n"
        "Former Prime Minister Sam Roe met Prime Minister Rosa Vidal in Lima. "
        "The Prime Minister said the government valued his advice.",
        [
            ("indirect", "trade would grow", "Ana Dahl"),
            ("indirect", "the government valued his advice", "Rosa Vidal"),
        ],
    ),
    StatementCase(
        "a surname with an abstract noun's ending is still a person's",
        "Scott Gration, the US special envoy to Sudan, arrived in Khartoum on "
        "Monday. Gration said the talks would focus on Darfur.",
        [("indirect", "the talks would focus on Darfur", "Scott Gration")],
    ),
    StatementCase(
        "a title the subject before does not hold is the last one named with it",
        "Prime Minister Ana Dahl met President Luis Soto on Monday. The President "
        "said the talks went well.",
        [("indirect", "the talks went well", "Luis Soto")],
    ),
    StatementCase(
        "two curly single marks stand for a double one: ‘‘We agree,’’",
        "Norwegian Foreign Minister Ana Dahl spoke in Lima.\n\n‘‘We had an "
        "excellent discussion with the minister,’’ she said. Dahl’s aides "
        "weren’t there.",
        [
            (
                "direct",
                "We had an excellent discussion with the minister,",
                "Ana Dahl",
            )
        ],
    ),
    StatementCase(
        "a topic named with an office's word in a list of areas is no one either",
        "Chilean Foreign Minister Luis Soto opened the meeting. The groups "
        "worked on six areas: Infrastructure; Economic Integration for "
        "Development; Security. “Integration is a reality,” he said.",
        [("direct", "Integration is a reality,", "Luis Soto")],
    ),
    StatementCase(
        "a capitalised topic with an abstract noun's ending is no one to say 'he'",
        "The working groups focused on Infrastructure, Border Facilitation and "
        "Connectivity. “Integration is a reality,” he said.",
        [("direct", "Integration is a reality,", None)],
    ),
    StatementCase(
        "a topic that ends on an abstract noun, in or out of a list, is no one "
        "to say 'he'",
        "Chilean Foreign Minister Luis Soto opened the meeting. The groups "
        "worked on the Management of the Environment and on Human Development "
        "for Security. “Integration is a reality,” he said.",
        [("direct", "Integration is a reality,", "Luis Soto")],
    ),
    StatementCase(
        "a given name with an abstract noun's ending is a person's",
        "Trade Minister Clement Ruiz spoke after Luis Soto. “Integration is a "
        "reality,” Clement said.",
        [("direct", "Integration is a reality,", "Clement Ruiz")],
    ),
    StatementCase(
        "a topic that ends on a plural abstract noun is no one to say 'he'",
        "Chilean Foreign Minister Luis Soto opened the meeting. The groups "
        "worked on Sustainable Management of the Environment and Natural "
        "Resources. “Integration is a reality,” he said.",
        [("direct", "Integration is a reality,", "Luis Soto")],
    ),
    StatementCase(
        "a given name with a plural noun's ending is a person's",
        "Trade Minister Frances Ruiz spoke after Luis Soto. “Integration is a "
        "reality,” Frances said.",
        [("direct", "Integration is a reality,", "Frances Ruiz")],
    ),
    StatementCase(
        "a capitalised run that holds a number word is no one to say 'he'",
        "President Tomas Riquelme thanked the envoys. He credited the Big "
        "Four agenda for the growth. “We will overcome this,” he said.",
        [("direct", "We will overcome this,", "Tomas Riquelme")],
    ),
    StatementCase(
        "a capitalised run that opens on a Roman numeral is no one to say 'he'",
        "Foreign Minister Luis Soto closed the IX Binational Meeting of "
        "Ministers. “Integration is a reality,” he said.",
        [("direct", "Integration is a reality,", "Luis Soto")],
    ),
    StatementCase(
        "a king's numeral after his name keeps him a person",
        "King Carl XVI Gustaf received Luis Soto. “Integration is a "
        "reality,” the king said.",
        [("direct", "Integration is a reality,", "Carl XVI Gustaf")],
    ),
    StatementCase(
        "a title of a body of a state named by a demonym, then the name",
        "Spokesperson of the Georgian Foreign Ministry Levan Kapanadze said "
        "the talks were useful.",
        [("indirect", "the talks were useful", "Levan Kapanadze")],
    ),
    StatementCase(
        "the head of a department, the department's name, then his name",
        "“The talks were useful,” Head of the Foreign Policy Department "
        "Levan Kapanadze said.",
        [("direct", "The talks were useful,", "Levan Kapanadze")],
    ),
    StatementCase(
        "surnames with a plural noun's ending, a number's or a numeral's "
        "letters are people's",
        "Trade Minister Tim Clements met Henry Ten Eyck and XI Jinping. "
        "“Integration is a reality,” Clements said. “We agree on it,” Ten "
        "Eyck said.",
        [
            ("direct", "Integration is a reality,", "Tim Clements"),
            ("direct", "We agree on it,", "Henry Ten Eyck"),
        ],
    ),
    StatementCase(
        "an office named after a title, not a person, is a body of its own",
        "The Prime Minister's Office said the talks were useful.",
        [("indirect", "the talks were useful", "Office")],
    ),
    StatementCase(
        "'her Office said' is its holder's office, not someone named Office",
        "President Ana Dahl praised the talks, her Office said in a release.",
        [
            (
                "indirect",
                "President Ana Dahl praised the talks",
                "Ana Dahl's office",
            )
        ],
    ),
    StatementCase(
        "the site a ministry posts on is not who speaks",
        "The Ministry of Foreign Affairs on Facebook also said the talks "
        "were useful.",
        [("indirect", "the talks were useful", "Ministry of Foreign Affairs")],
    ),
    StatementCase(
        "a person of a place, in apposition, speaks; not the place",
        "Tomas Berg of Ohio, a close ally of the senator, said the bill "
        "would pass.",
        [("indirect", "the bill would pass", "Tomas Berg")],
    ),
    StatementCase(
        "a person of a city, in apposition, speaks; not its state",
        "Lena Holt of Chicago, a delegate, said the vote was fair.",
        [("indirect", "the vote was fair", "Lena Holt")],
    ),
    StatementCase(
        "a platform named before a post's noun is no speaker",
        "Minister Ana Dahl posted a Twitter comment of her own, saying, "
        "“We look forward to the visit.”",
        [("direct", "We look forward to the visit.", "Ana Dahl")],
    ),
    StatementCase(
        "a document's author speaks, not the outlet that obtained it",
        "A letter from the Chess Union obtained by Reuters warns that the "
        "tournament could be moved.",
        [("indirect", "the tournament could be moved", "Chess Union")],
    ),
    StatementCase(
        "a memo the outlet only saw, its author unnamed, is no one's",
        "A draft memo seen by the Tribune says the border will reopen.",
        [("indirect", "the border will reopen", None)],
    ),
    StatementCase(
        "received by a person is a visit, no document obtained",
        "Karl Brenner, who was received by Ana Dahl, said the talks were "
        "useful.",
        [("indirect", "the talks were useful", "Karl Brenner")],
    ),
    StatementCase(
        "a spokeswoman for a platform is an unnamed source, its words kept",
        "A spokeswoman for Telegram said that the channel had been closed.",
        [("indirect", "the channel had been closed", None)],
    ),
    StatementCase(
        "the outlet a source speaks to is no speaker",
        "A senior diplomat speaking to the Tribune said the talks had "
        "stalled.",
        [("indirect", "the talks had stalled", None)],
    ),
    StatementCase(
        "the outlet a named source speaks to is no speaker either",
        "The talks had stalled, Karl Brenner talking exclusively to the "
        "Tribune said.",
        [("indirect", "The talks had stalled", "Karl Brenner")],
    ),
    StatementCase(
        "a subordinate clause opening the sentence holds no subject",
        "Although Lena Holt was not at the talks, Karl Brenner issued a "
        "statement, saying the deal was fair.",
        [("indirect", "the deal was fair", "Karl Brenner")],
    ),
    StatementCase(
        "a list after a subordinate clause's comma is still that clause",
        "As Lena Holt, Tomas Berg and Ana Dahl looked on, Karl Brenner "
        "signed the accord, saying it was fair.",
        [("indirect", "it was fair", "Karl Brenner")],
    ),
    StatementCase(
        "a plural opening the sentence is no member of the state after it",
        "Delegates of Peru, the hosts, said the talks were useful.",
        [("indirect", "the talks were useful", "Peru")],
    ),
    StatementCase(
        "a name ending in -ing followed by its apposition is no participle",
        "Hemming, the harbour master, issued a notice, saying the port was "
        "closed.",
        [("indirect", "the port was closed", "Hemming")],
    ),
    StatementCase(
        "a media centre is where officials stand, not who speaks",
        "Officials at the Riga Media Center said accreditation was open.",
        [("indirect", "accreditation was open", None)],
    ),
    StatementCase(
        "who a passive names, a relative after, speaks: no document seen",
        "The draft was reviewed by Justice Minister Tomas Berg, who said it "
        "would pass by June.",
        [("indirect", "it would pass by June", "Tomas Berg")],
    ),
    StatementCase(
        "whom one speaks to, a relative after, speaks in turn",
        "He was speaking to Foreign Minister Lena Holt, who said Chile would "
        "not change its position.",
        [
            (
                "indirect",
                "Chile would not change its position",
                "Lena Holt",
            )
        ],
    ),
    StatementCase(
        "a city's state after its comma closes no subordinate clause",
        "When Karl Brenner visited Quito, Ecuador in May, he signed two deals, "
        "saying ties were at their peak.",
        [("indirect", "ties were at their peak", "Karl Brenner")],
    ),
    StatementCase(
        "words before a cue that goes on without giving details are said",
        "Peru is recalling its ambassador to Chile, the ministry said "
        "Wednesday without citing a reason.",
        [
            (
                "indirect",
                "Peru is recalling its ambassador to Chile",
                None,
            )
        ],
    ),
    StatementCase(
        "a cue that goes on without details, then that, frames its clause",
        "The ministry said without giving details that the talks had failed.",
        [("indirect", "the talks had failed", None)],
    ),
    StatementCase(
        "a quotation's cue after a dash, as translated wires write it",
        "“We meet often and talk often,” - said Foreign Minister Ana Dahl "
        "during the talks.",
        [("direct", "We meet often and talk often,", "Ana Dahl")],
    ),
    StatementCase(
        "a quotation's cue after its comma and a dash",
        "“We meet often and talk often”, – said Foreign Minister Ana Dahl.",
        [("direct", "We meet often and talk often", "Ana Dahl")],
    ),
    StatementCase(
        "a dash with no quotation before it opens no cue's frame",
        "Lima leaves a bold - some say rash - pledge made in Quito to cut "
        "tariffs.",
        [],
    ),
    StatementCase(
        "asking someone named to do something is a request said",
        "Prime Minister Ana Dahl asked the Czech Republic to offer more "
        "scholarships.",
        [
            (
                "indirect",
                "the Czech Republic to offer more scholarships",
                "Ana Dahl",
            )
        ],
    ),
    StatementCase(
        "asking about something, or for it, says no words",
        "The minister asked about the talks and asked Chile for more time.",
        [],
    ),
    StatementCase(
        "an outlet asking for comment says no words of a source",
        "The Tribune asked the foreign ministry to comment on the report.",
        [],
    ),
    StatementCase(
        "an outlet's request is no source's words",
        "Reuters asked the foreign ministry to release the letter.",
        [],
    ),
    StatementCase(
        "asked to a meal is no request said",
        "Karl Brenner asked Ana Dahl to dinner at the embassy.",
        [],
    ),
    StatementCase(
        "without and a clause that goes on are the words said",
        "The minister said without funding the programme would close by June.",
        [
            (
                "indirect",
                "without funding the programme would close by June",
                None,
            )
        ],
    ),
    StatementCase(
        "without details before a comma and another clause",
        "Peru will not send troops, Ana Dahl said without elaborating, but "
        "she added that the decision was final.",
        [
            ("indirect", "Peru will not send troops", "Ana Dahl"),
            ("indirect", "the decision was final", "Ana Dahl"),
        ],
    ),
    StatementCase(
        "a quoted name and a dash aside after it frame no words",
        "The “border operation” – declared by Lima in May – goes on.",
        [],
    ),
    StatementCase(
        "unnamed people an outlet saw are no outlet's words",
        "Protesters seen by the Tribune said the border was closed.",
        [("indirect", "the border was closed", None)],
    ),
    StatementCase(
        "unnamed people speaking to an outlet are no outlet's words",
        "Officials speaking to the Tribune said the talks had stalled.",
        [("indirect", "the talks had stalled", None)],
    ),
    StatementCase(
        "a subordinate clause with no comma leaves the first name the subject",
        "When asked about the vote Karl Brenner smiled, saying it was fair.",
        [("indirect", "it was fair", "Karl Brenner")],
    ),
    StatementCase(
        "an opening participle right before a cue's comma is no speaker",
        "Facing criticism, saying the plan was fair, Karl Brenner left Lima.",
        [],
    ),
    StatementCase(
        "a participle opening the sentence is no subject of the one after",
        "Facing criticism from both parties, Karl Brenner issued a "
        "statement, describing the plan as fair.",
        [("indirect", "the plan as fair", "Karl Brenner")],
    ),
]

# The Monday meeting several date cases tell, and the thanks given at it.
DAHL_MET_RIQUELME = (
    "meeting",
    {"Ana Dahl": "party", "Tomas Riquelme": "party"},
    "occurred",
    "2025-03-31",
)
DAHL_THANKED_RIQUELME = (
    "praise",
    {"Ana Dahl": "initiator", "Tomas Riquelme": "recipient"},
    "occurred",
    "2025-03-31",
)

EVENT_CASES = [
    EventCase(
        "a visit to a city is a visit to its state",
        "Greek Foreign Minister Nikos Petrou arrived in Istanbul on Monday.",
        [
            (
                "visit",
                {"Nikos Petrou": "initiator", "Turkey": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a verb between a one-word name and a title parts two people",
        "Foreign Minister Ana Dahl of Norway is in Geneva for the talks. "
        "Dahl met President Tomas Riquelme of Chile on Tuesday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Tomas Riquelme": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a bare mention with a date of its sentence joins the event told",
        "Foreign Minister Ana Dahl of Norway visited Chile on Monday. Dahl's "
        "visit to Chile follows the vote on the new treaty on March 10.",
        [
            (
                "visit",
                {"Ana Dahl": "initiator", "Chile": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a hope that is the visitor's motive leaves the visit planned",
        "Hoping to mend ties, President Ana Dahl of Norway will visit Chile "
        "on Monday.",
        [
            (
                "visit",
                {"Ana Dahl": "initiator", "Chile": "host"},
                "planned",
                "2025-04-07",
            )
        ],
    ),
    EventCase(
        "a visit that may come is on the coming weekday",
        "Prime Minister Nikos Petrou of Greece may visit Turkey on Monday.",
        [
            (
                "visit",
                {"Nikos Petrou": "initiator", "Turkey": "host"},
                "speculated",
                "2025-04-07",
            )
        ],
    ),
    EventCase(
        "a state named in what a summit called for is not its host",
        "The summit of the Gulf Cooperation Council ended on Tuesday with a "
        "call for a ceasefire in Sudan.",
        [
            (
                "meeting",
                {"Gulf Cooperation Council": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a summit that concluded in a capital has its state as host",
        "The 9th Summit of Heads of State of the Arab League concluded on "
        "Thursday in Amman, Jordan's capital.",
        [
            (
                "meeting",
                {"Arab League": "party", "Jordan": "host"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "a meeting that is the topic of a later act takes not its date",
        "President Ana Dahl of Norway met President Tomas Riquelme of Chile "
        "in Oslo. Dahl will brief lawmakers on the meeting on Sunday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Tomas Riquelme": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an act told in the perfect after a dated meeting keeps no date",
        "President Ana Dahl of Norway met President Tomas Riquelme of Chile "
        "in Oslo on Monday.\n\nThe two leaders spoke of trade.\n\nNorway "
        "has long criticised Chile over its fishing policy.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Tomas Riquelme": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "accusation",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "thanks told far after the one dated meeting of its sides take its "
        "date",
        "President Ana Dahl of Norway met President Tomas Riquelme of Chile "
        "in Oslo on Monday.\n\nThe two leaders spoke of trade.\n\nDahl "
        "thanked Riquelme for his support on fisheries.",
        [
            DAHL_MET_RIQUELME,
            DAHL_THANKED_RIQUELME,
        ],
    ),
    EventCase(
        "a meeting later that day is on the day named before",
        "Foreign Minister Ana Dahl of Norway arrived in Santiago on Monday. "
        "Later that day, she met Peruvian Foreign Minister Elmer Schialer.",
        [
            (
                "visit",
                {"Ana Dahl": "initiator", "Chile": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Elmer Schialer": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a call that evening is on the day of the act told before",
        "Peru and Chile signed a fisheries accord on Monday. Later that "
        "evening, Norwegian Foreign Minister Ana Dahl held a phone call with "
        "Chilean President Tomas Riquelme.",
        [
            (
                "agreement",
                {"Peru": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "phone_call",
                {"Ana Dahl": "party", "Tomas Riquelme": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "that evening with no day named before is no date",
        "Peru and Chile signed a fisheries accord. Later that evening, "
        "Norwegian Foreign Minister Ana Dahl held a phone call with Chilean "
        "President Tomas Riquelme.",
        [
            (
                "agreement",
                {"Peru": "party", "Chile": "party"},
                "occurred",
                None,
            ),
            (
                "phone_call",
                {"Ana Dahl": "party", "Tomas Riquelme": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "words of blame said on a day are an accusation of that day",
        "Foreign Minister Ana Dahl of Norway said on Monday that Chile's "
        "decision was “illegitimate”.",
        [
            (
                "accusation",
                {"Ana Dahl": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a day inside the words of blame is not the accusation's",
        "Foreign Minister Ana Dahl of Norway said that Chile's decision on "
        "Monday was “illegitimate”.",
        [
            (
                "accusation",
                {"Ana Dahl": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a coming time beside words of blame is not the accusation's",
        "Foreign Minister Ana Dahl of Norway, who travels to Lima next week, "
        "said that Chile's decision was “illegitimate”.",
        [
            (
                "visit",
                {"Ana Dahl": "initiator", "Peru": "host"},
                "planned",
                "2025-04",
            ),
            (
                "accusation",
                {"Ana Dahl": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "thanks far from two dated occasions take the date of the one before",
        "President Ana Dahl of Norway met President Tomas Riquelme of Chile "
        "in Oslo on Monday.\n\nThe two leaders spoke of trade.\n\nDahl "
        "thanked Riquelme for his support on fisheries.\n\nDahl and "
        "Riquelme held a phone call on Thursday.",
        [
            DAHL_MET_RIQUELME,
            DAHL_THANKED_RIQUELME,
            (
                "phone_call",
                {"Ana Dahl": "party", "Tomas Riquelme": "party"},
                "occurred",
                "2025-04-03",
            ),
        ],
    ),
    EventCase(
        "the sentence that names a dated lead's other sides takes its date",
        "OSLO: King Harald of Norway received at the Royal Palace yesterday "
        "the credentials of several foreign envoys. The credentials were "
        "presented by the new ambassadors of Chile and Peru to Norway.",
        [
            (
                "host_visit",
                {"Norway": "host", "Chile": "initiator"},
                "occurred",
                "2025-04-03",
            ),
            (
                "host_visit",
                {"Norway": "host", "Peru": "initiator"},
                "occurred",
                "2025-04-03",
            ),
        ],
    ),
    EventCase(
        "a quote in the paragraph after a dated one-sided lead takes its date",
        "Foreign Minister Ana Dahl of Norway held a meeting on Monday in "
        "Oman with the head of a rebel group's political office.\n\n"
        "“Minister Ana Dahl met with Chilean Foreign Minister Tomas Riquelme "
        "in Muscat,” the ministry said.",
        [DAHL_MET_RIQUELME],
    ),
    EventCase(
        "a meeting two paragraphs after a dated one-sided lead keeps no date",
        "Foreign Minister Ana Dahl of Norway held a meeting on Monday in "
        "Oman with the head of a rebel group's political office.\n\nThe "
        "talks were about trade.\n\nAna Dahl also met Chilean Foreign "
        "Minister Tomas Riquelme in Muscat.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Tomas Riquelme": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a decision to act on a condition is a plan",
        "Norway has decided to recall its ambassador to Chile if the talks "
        "fail.",
        [
            (
                "expulsion",
                {"Norway": "initiator", "Chile": "recipient"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "a visit hoped for is speculated",
        "Foreign Minister Ana Dahl of Norway expressed hope that she will "
        "visit Chile in May.",
        [
            (
                "visit",
                {"Ana Dahl": "initiator", "Chile": "host"},
                "speculated",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "a number before the sanctioned people of a state",
        "The US Treasury announced sanctions on 19 Russian individuals and "
        "five entities.",
        [
            (
                "sanction",
                {"US Treasury": "initiator", "Russia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a minister at home is not on a visit",
        "Turkish Foreign Minister Hakan Demir arrived in Istanbul on Monday.",
        [],
    ),
    EventCase(
        "a phone call received from someone",
        "Kuwaiti Foreign Minister Fahad Al-Mutairi received a phone call on "
        "Monday from Omani Foreign Minister Salim Al-Harthy.",
        [
            (
                "phone_call",
                {
                    "Fahad Al-Mutairi": "recipient",
                    "Salim Al-Harthy": "initiator",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the ministers of two states, and a postponement far after",
        "A meeting between the foreign ministers of Ethiopia and Egypt, "
        "planned for Sunday in Doha, has been postponed.",
        [
            (
                "meeting",
                {"Ethiopia": "party", "Egypt": "party"},
                "postponed",
                "2025-04-06",  # the nearer Sunday of a plan called off
            )
        ],
    ),
    EventCase(
        "called off",
        "The visit of Polish President Anna Nowak to Lithuania was called "
        "off.",
        [
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "cancelled",
                None,
            )
        ],
    ),
    EventCase(
        "an invitation for someone to come is made to him",
        "Qatari Emir Sheikh Tamim extended an invitation for Kenyan President "
        "William Ruto to attend the forum in Doha.",
        [
            (
                "intent_to_meet",
                {"Tamim": "initiator", "William Ruto": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an invitation to him is to the one the sentence called",
        "Qatari Emir Sheikh Tamim telephoned Kenyan President William Ruto "
        "on Monday and invited him to visit Doha.",
        [
            (
                "phone_call",
                {"Tamim": "initiator", "William Ruto": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {"Tamim": "initiator", "William Ruto": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an invitation to her is to the other side of the talks before",
        "Chilean Foreign Minister Tomas Riquelme met his Peruvian counterpart "
        "Elena Prado in Geneva on Monday. Riquelme thanked her for the talks "
        "and invited her to visit Santiago.",
        [
            (
                "meeting",
                {"Tomas Riquelme": "party", "Elena Prado": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Tomas Riquelme": "initiator", "Elena Prado": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {"Tomas Riquelme": "initiator", "Elena Prado": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an invitation conveyed from another is that one's, to the invited",
        "Norwegian Foreign Minister Ana Dahl conveyed an invitation from "
        "Norwegian Prime Minister Erik Lund for Chilean President Lucia "
        "Ferrer to attend the forum in Oslo.",
        [
            (
                "intent_to_meet",
                {
                    "Ana Dahl": "initiator",
                    "Erik Lund": "initiator",
                    "Lucia Ferrer": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the one a letter inviting him is sent to is not made its inviter",
        "Chilean Foreign Minister Tomas Riquelme received a letter from "
        "Norwegian Foreign Minister Ana Dahl, inviting him to visit Oslo.",
        [],
    ),
    EventCase(
        "a guest's thanks for the hospitality go to the hosts of the visit",
        "Chilean President Lucia Ferrer arrived in Oslo on Monday for talks "
        "with Norwegian Prime Minister Erik Lund. Ferrer expressed "
        "appreciation for the generous hospitality shown to her delegation.",
        [
            (
                "visit",
                {"Lucia Ferrer": "initiator", "Norway": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Norway": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a guest's thanks to the hosts go to the hosts, not the one met last",
        "Chilean President Lucia Ferrer arrived in Oslo on Monday and held "
        "talks with Norwegian Prime Minister Erik Lund. Later, Ferrer met "
        "Danish Foreign Minister Karen Holm. Ferrer thanked her hosts for the "
        "warm welcome.",
        [
            (
                "visit",
                {"Lucia Ferrer": "initiator", "Norway": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Lucia Ferrer": "party", "Karen Holm": "party"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Norway": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "thanks to one's guests go to the other side of the meeting",
        "Chilean President Lucia Ferrer met Norwegian Prime Minister Erik "
        "Lund in Geneva on Monday. Ferrer thanked her guests for the frank "
        "exchange.",
        [
            (
                "meeting",
                {"Lucia Ferrer": "party", "Erik Lund": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Erik Lund": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "thanks to staff for the welcome are no praise of a state",
        "Chilean President Lucia Ferrer arrived in Oslo on Monday for talks "
        "with Norwegian Prime Minister Erik Lund. Ferrer thanked the staff "
        "for the welcome.",
        [
            (
                "visit",
                {"Lucia Ferrer": "initiator", "Norway": "host"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an invitation to join a bloc is membership offered, no meeting",
        "Kenyan President William Ruto invited Somalia to join the East "
        "African Community.",
        [],
    ),
    EventCase(
        "a summit closing with an invitation to join is its own meeting",
        "The summit of the East African Community closed on Sunday with an "
        "invitation to Somalia to join the bloc.",
        [
            (
                "meeting",
                {"East African Community": "party"},
                "occurred",
                "2025-03-30",
            )
        ],
    ),
    EventCase(
        "a membership told in the next sentence leaves an invitation be",
        "Kenyan President William Ruto invited Somali President Ali Warsame "
        "to visit Nairobi. Somalia is expected to join the bloc next year.",
        [
            (
                "intent_to_meet",
                {"William Ruto": "initiator", "Ali Warsame": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an invitation to join talks is one to meet",
        "Swiss Foreign Minister Lea Brunner invited Iran to join the peace "
        "talks in Geneva.",
        [
            (
                "intent_to_meet",
                {"Lea Brunner": "initiator", "Iran": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an invitation to visit stays one whatever is urged after it",
        "Chilean President Ana Rojas invited Peruvian President Luis Soto "
        "to visit Santiago and pressed him to join the fight against "
        "smuggling.",
        [
            (
                "intent_to_meet",
                {"Ana Rojas": "initiator", "Luis Soto": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an invitation to a forum stays one whatever is asked after it",
        "Norway invited Kenyan President William Ruto to the forum in Oslo "
        "and asked Nairobi to join a climate fund.",
        [
            (
                "intent_to_meet",
                {"Norway": "initiator", "William Ruto": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a join in another verb's clause leaves an invitation be",
        "Chilean President Ana Rojas invited Peruvian President Luis Soto "
        "for talks and urged him to join the coalition.",
        [
            (
                "intent_to_meet",
                {"Ana Rojas": "initiator", "Luis Soto": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a become after a comma is no membership offered",
        "Mexican President Clara Ruiz invited Canadian Prime Minister Mark "
        "Ellis for a state visit in May, set to become the first Canadian "
        "leader to address the Senate.",
        [
            (
                "intent_to_meet",
                {"Clara Ruiz": "initiator", "Mark Ellis": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an invitation to join goes on through a list with its commas",
        "Kenya invited the Gulf states, including Qatar, to join the bloc.",
        [],
    ),
    EventCase(
        "her counterpart is of another state",
        "Emirati Minister Noura Al-Suwaidi arrived on Monday. Indonesian "
        "Foreign Minister Dewi Kartika invited her counterpart to Jakarta.",
        [
            (
                "intent_to_meet",
                {"Dewi Kartika": "initiator", "Noura Al-Suwaidi": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a meeting that took place and one planned are two events",
        "Hungarian Foreign Minister Gabor Farkas met Azerbaijani Foreign "
        "Minister Rauf Mammadli on Tuesday. The two ministers will meet "
        "again next month.",
        [
            (
                "meeting",
                {"Gabor Farkas": "party", "Rauf Mammadli": "party"},
                "occurred",
                "2025-04-01",
            ),
            (
                "meeting",
                {"Gabor Farkas": "party", "Rauf Mammadli": "party"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "a weekday in a plan is the coming one",
        "Polish President Anna Nowak will visit Lithuania on Monday.",
        [
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "planned",
                "2025-04-07",
            )
        ],
    ),
    EventCase(
        "an honorific alone is the person of that rank named last",
        "Omani Sultan Haitham Al-Said opened the session. His Majesty later "
        "received King Philippe, of Belgium, at the palace.",
        [
            (
                "host_visit",
                {"Haitham Al-Said": "host", "Philippe": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "inside a quotation the speaker is the subject",
        "“Grateful to Secretary Mark Ellis for his support,” Ukrainian "
        "Foreign Minister Oleh Kovalenko wrote. US Secretary of State Mark "
        "Ellis spoke later.",
        [
            (
                "praise",
                {"Oleh Kovalenko": "initiator", "Mark Ellis": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a well-known person is known by their state",
        "Sergei Lavrov met Ayman Safadi in Moscow on Monday.",
        [
            (
                "meeting",
                {"Sergei Lavrov": "party", "Ayman Safadi": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the two sides of a call with no subject",
        "Turkish Foreign Minister Hakan Demir spoke with Egyptian Foreign "
        "Minister Karim Fahmy. In a phone call, the two sides reviewed the "
        "crisis in Sudan.",
        [
            (
                "phone_call",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "two visitors from two states are two visits",
        "Prime Minister Nguyen Van An received US Deputy Secretary of State "
        "Mark Ellis and Mongolian Foreign Minister Bat Erdene.",
        [
            (
                "host_visit",
                {"Nguyen Van An": "host", "Mark Ellis": "initiator"},
                "occurred",
                None,
            ),
            (
                "host_visit",
                {"Nguyen Van An": "host", "Bat Erdene": "initiator"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "visit, planned, this month",
        "Iranian President Massoud Pezeshkian is set to make an official "
        "visit to Azerbaijan this month.",
        [
            (
                "visit",
                {"Massoud Pezeshkian": "initiator", "Azerbaijan": "host"},
                "planned",
                "2025-04",
            )
        ],
    ),
    EventCase(
        "visit, occurred, arrived in a capital",
        "Turkish Foreign Minister Hakan Demir arrived in Baku on Monday.",
        [
            (
                "visit",
                {"Hakan Demir": "initiator", "Azerbaijan": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "visit, ongoing",
        "Qatari Prime Minister Khalid Al-Mannai is visiting Japan.",
        [
            (
                "visit",
                {"Khalid Al-Mannai": "initiator", "Japan": "host"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "host visit: received",
        "President Ilham Aliyev received Georgian Prime Minister Levan "
        "Kobalia on Wednesday.",
        [
            (
                "host_visit",
                {"Ilham Aliyev": "host", "Levan Kobalia": "initiator"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "meeting between two named ministers",
        "Egyptian Foreign Minister Karim Fahmy met his Jordanian counterpart "
        "Omar Haddad in Geneva on Tuesday.",
        [
            (
                "meeting",
                {"Karim Fahmy": "party", "Omar Haddad": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "phone call",
        "Kazakh President Aidar Nurlanov held a phone conversation with "
        "Uzbek President Timur Rashidov on March 31.",
        [
            (
                "phone_call",
                {"Aidar Nurlanov": "party", "Timur Rashidov": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the meeting of two leaders is their meeting",
        "The meeting of Kenyan President William Ruto and Tanzanian President "
        "Samia Suluhu Hassan in Arusha lasted two hours.",
        [
            (
                "meeting",
                {"William Ruto": "party", "Samia Suluhu Hassan": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "negotiation between two states",
        "Negotiations between Armenia and Azerbaijan resumed in Vienna.",
        [
            (
                "negotiation",
                {"Armenia": "party", "Azerbaijan": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a deal worked on is under negotiation, not made",
        "Negotiators are working hard on a fisheries deal between Chile and "
        "Peru, the Chilean foreign ministry said.",
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
        "peace talks held are a negotiation, not a meeting",
        "Ethiopian Foreign Minister Taye Selassie held peace talks with "
        "Eritrean envoy Osman Saleh in Nairobi on Monday.",
        [
            (
                "negotiation",
                {"Taye Selassie": "party", "Osman Saleh": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "talks held on a named issue are a negotiation, not a meeting",
        "Ecuadorian Foreign Minister Rosa Vidal held border talks with "
        "Peruvian Foreign Minister Omar Baraka in Quito on Monday.",
        [
            (
                "negotiation",
                {"Rosa Vidal": "party", "Omar Baraka": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "talks told by their round are a negotiation, its ordinal skipped",
        "Chile and Peru held the fourth round of talks on their fisheries "
        "border in Lima on Monday.",
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
        "a round of indirect negotiations planned is a planned negotiation",
        "Ghana and Togo will hold a new round of indirect negotiations on "
        "fishing rights in Accra.",
        [
            (
                "negotiation",
                {"Ghana": "party", "Togo": "party"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "a round of consultations named by its sides is a negotiation",
        "The next round of Ghana-Togo political consultations will be held "
        "in Lome in June.",
        [
            (
                "negotiation",
                {"Ghana": "party", "Togo": "party"},
                "planned",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "a round of consultations told with no verb of sitting is one",
        "The fourth round of consultations between Ghana and Togo on "
        "fishing rights has been put off.",
        [
            (
                "negotiation",
                {"Ghana": "party", "Togo": "party"},
                "postponed",
                None,
            )
        ],
    ),
    EventCase(
        "a round told by its order alone is the next of the talks told",
        "Chile and Peru held the fourth round of talks on their fisheries "
        "border in Lima on Monday. The ministry said a fifth round would be "
        "held in Santiago next month.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "the next round agreed to be held is an intent to meet of the talks",
        "Chile and Peru held border talks in Lima on Monday. The two sides "
        "agreed to hold the next round in Santiago.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a round of anything but talks, or after no talks, is no event",
        "Chile and Peru held border talks in Lima on Monday. The second "
        "round of the cup starts on Friday.\n\nChile held the second round "
        "of its vote on Sunday. A third round will follow in May.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a round told after another subject in its sentence is not the talks",
        "Chile and Peru held border talks in Lima on Monday. Elsewhere, "
        "Ecuador's mayoral vote heads to a second round on May 11. In Quito, "
        "troops readied for a new round next week.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a round told far from the talks is theirs only if it names a side",
        "Chile and Peru held border talks in Lima on Monday.\n\n"
        "Both teams praised the mood.\n\nFishers hope for calm seas.\n\n"
        "A second round is due in June.\n\n"
        "Peru's foreign ministry said a third round would follow next month.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "talks agreed to resume are a meeting agreed, not an agreement",
        "Sudan and South Sudan agreed to resume talks on the border dispute.",
        [
            (
                "intent_to_meet",
                {"Sudan": "party", "South Sudan": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "talks on ties agreed to resume are no ties resumed",
        "Chile and Bolivia agreed to resume talks over bilateral ties.",
        [
            (
                "intent_to_meet",
                {"Chile": "party", "Bolivia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "relations agreed to resume are an agreement",
        "Iran and Bahrain agreed to resume diplomatic relations.",
        [
            (
                "agreement",
                {"Iran": "party", "Bahrain": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "mediation",
        "Qatar mediated between Sudan and Chad last week.",
        [
            (
                "mediation",
                {"Qatar": "mediator", "Sudan": "party", "Chad": "party"},
                "occurred",
                "2025-03",
            )
        ],
    ),
    EventCase(
        "talks a third side facilitated between two others are its mediation",
        "Norway facilitated talks between Sudan and Chad in Oslo last week.",
        [
            (
                "mediation",
                {"Norway": "mediator", "Sudan": "party", "Chad": "party"},
                "occurred",
                "2025-03",
            )
        ],
    ),
    EventCase(
        "efforts in facilitating talks, praised, are no mediation",
        "Peru thanked Chile for its efforts in facilitating the dialogue "
        "between Bolivia and Paraguay.",
        [
            (
                "praise",
                {"Peru": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "mediation told by its noun, continued by its sides, is under way",
        "Kenya and Ghana will continue their mediation efforts between "
        "Ethiopia and Eritrea.",
        [
            (
                "mediation",
                {
                    "Kenya": "mediator",
                    "Ghana": "mediator",
                    "Ethiopia": "party",
                    "Eritrea": "party",
                },
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "mediation told by its noun after an auxiliary and its owner",
        "Peru and Chile were continuing their mediation between Bolivia and "
        "Paraguay.",
        [
            (
                "mediation",
                {
                    "Peru": "mediator",
                    "Chile": "mediator",
                    "Bolivia": "party",
                    "Paraguay": "party",
                },
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "accusation by the ministry named before",
        "The Kenyan Foreign Ministry said on Tuesday that the border talks "
        "would resume. The ministry on Wednesday summoned the Ethiopian "
        "ambassador to protest the raid.",
        [
            (
                "accusation",
                {
                    "Kenyan Foreign Ministry": "initiator",
                    "the Ethiopian ambassador": "recipient",
                },
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "sanctions lifted by the US Treasury Department",
        "The U.S. Treasury Department on Friday lifted sanctions on Chile's "
        "state copper company.",
        [
            (
                "sanction",
                {
                    "U.S. Treasury Department": "initiator",
                    "Chile": "recipient",
                },
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "firms added to the Entity List by a commerce department",
        "The US Commerce Department added nine Peruvian firms to its Entity "
        "List.",
        [
            (
                "sanction",
                {"US Commerce Department": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "assets frozen by a finance ministry of a state",
        "Peru's Finance Ministry froze the assets of three Chilean firms.",
        [
            (
                "sanction",
                {"Peru's Finance Ministry": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "sanctions lifted from the side they were imposed on",
        "The European Union lifted the sanctions imposed on Belarus on "
        "Monday.",
        [
            (
                "sanction",
                {"European Union": "initiator", "Belarus": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "states that each expelled a diplomat expelled one each",
        "Norway, Peru and Bolivia each expelled a Chilean diplomat on Monday.",
        [
            (
                "expulsion",
                {state: "initiator", "a Chilean diplomat": "recipient"},
                "occurred",
                "2025-03-31",
            )
            for state in ("Norway", "Peru", "Bolivia")
        ],
    ),
    EventCase(
        "a diplomat of an embassy expelled: the embassy's state",
        "Norway expelled a diplomat of the Chilean embassy on Monday.",
        [
            (
                "expulsion",
                {"Norway": "initiator", "Chilean embassy": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "diplomats from a consulate expelled: the consulate's state",
        "Norway expelled two diplomats from the Chilean consulate in Bergen "
        "on Monday.",
        [
            (
                "expulsion",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "diplomats expelled from the country: no state named, no event",
        "Norway expelled two diplomats from the country on Monday.",
        [],
    ),
    EventCase(
        "a rank of an embassy's staff expelled: the embassy's state",
        "Norway expelled the first secretary of the Chilean embassy on "
        "Monday.",
        [
            (
                "expulsion",
                {"Norway": "initiator", "Chilean embassy": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an embassy counsellor ordered to leave is expelled",
        "Norway on Monday ordered a Chilean embassy counsellor to leave the "
        "country.",
        [
            (
                "expulsion",
                {"Norway": "initiator", "Chilean embassy": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a secretary ordered out of a room is no envoy expelled",
        "The Norwegian judge ordered the Chilean secretary to leave the "
        "courtroom on Monday.",
        [],
    ),
    EventCase(
        "a ministry that said 'it' expelled an envoy is who expelled him",
        "Chile's Foreign Ministry said on Monday that it had expelled a "
        "Norwegian diplomat.",
        [
            (
                "expulsion",
                {
                    "Chile's Foreign Ministry": "initiator",
                    "a Norwegian diplomat": "recipient",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a state that said 'it' lifted sanctions is who lifted them",
        "Norway said it had lifted the sanctions on three Chilean banks.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a person who said 'it' expelled an envoy is not who expelled him",
        "The Chilean minister said on Monday it had expelled a Norwegian "
        "diplomat.",
        [],
    ),
    EventCase(
        "no one named said 'it' expelled an envoy: no one expelled him",
        "Officials said on Monday it had expelled a Norwegian diplomat.",
        [],
    ),
    EventCase(
        "an expulsion only judged after a state's 'it was' is no act",
        "Chile said it was a mistake to expel the Norwegian diplomats.",
        [],
    ),
    EventCase(
        "a dialogue suspended is talks halted",
        "Norway suspended the dialogue with Chile on Monday.",
        [
            (
                "halt_negotiations",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "talks frozen are talks halted",
        "Norway froze talks with Chile on Monday.",
        [
            (
                "halt_negotiations",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a memorandum renewed is an agreement signed again",
        "Norway and Chile renewed the memorandum on salmon farming on Monday.",
        [
            (
                "agreement",
                {"Norway": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "calls renewed for an agreement are no agreement",
        "Norway renewed calls for the agreement with Chile on Monday.",
        [],
    ),
    EventCase(
        "the adjective renewed signs no accord",
        "Norway and Chile held renewed talks on Monday. Renewed fighting "
        "strains the fragile accord.",
        [
            (
                "meeting",
                {"Norway": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "fears renewed over a pact are no agreement",
        "The floods renewed worries over the fishing pact between Norway "
        "and Chile.",
        [],
    ),
    EventCase(
        "a pledge renewed under an agreement is no agreement signed",
        "Norway and Chile renewed their pledge under the fishing agreement.",
        [],
    ),
    EventCase(
        "papers swapped by agents are no agreement",
        "Two Norwegian clerks exchanged stolen documents with Chilean spies.",
        [],
    ),
    EventCase(
        "documents exchanged by two states are an agreement",
        "Norway and Chile exchanged documents on salmon farming on Monday.",
        [
            (
                "agreement",
                {"Norway": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "boundary talks are negotiations named for their issue",
        "Norway and Chile held boundary talks in Oslo on Monday.",
        [
            (
                "negotiation",
                {"Norway": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions on a number of a state's officials are on the state",
        "Norway imposed sanctions on a number of Chilean officials on Monday.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions on a slate or a group of a state's officials are on the state",
        "On Monday, Norway and Denmark imposed sanctions on a slate of "
        "Chilean officials and firms. Sweden imposed sanctions on a group "
        "of Peruvian officials.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "sanction",
                {"Denmark": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "sanction",
                {"Sweden": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "condemned X for imposing sanctions: X imposed them",
        "Peru condemned Norway and Denmark for imposing sanctions on Chile.",
        [
            (
                "accusation",
                {
                    "Peru": "initiator",
                    "Norway": "recipient",
                    "Denmark": "recipient",
                },
                "occurred",
                None,
            ),
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
            (
                "sanction",
                {"Denmark": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "sanctions imposed by X on Y, named in the passive",
        "Peru said the sanctions imposed by Norway on Chile were unlawful. "
        "Bolivia rejected the restrictions imposed on Bolivian officials by "
        "Denmark.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
            (
                "sanction",
                {"Denmark": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the ministers of a union agreed on sanctions on X and on Y",
        "Foreign ministers of the European Union agreed on Monday on "
        "imposing sanctions on Chile and on Peruvian officials.",
        [
            (
                "sanction",
                {
                    "European Union": "initiator",
                    "Chile": "recipient",
                    "Peru": "recipient",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "ships added to a sanctions list may be named at length",
        "The European Union added 11 Chilean ships of the so-called ghost "
        "fleet to its sanctions list on Monday.",
        [
            (
                "sanction",
                {"European Union": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions on firms based in a state's city are on that state",
        "Norway imposed sanctions on two Lima-based companies on Monday.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions on firms based at home are on no other state",
        "Norway imposed sanctions on two Oslo-based companies on Monday.",
        [],
    ),
    EventCase(
        "sanctions on firms based in no known place name no target",
        "Norway imposed sanctions on two Zork-based firms on Monday.",
        [],
    ),
    EventCase(
        "an official who spoke with another state's official called him",
        "Norwegian Foreign Minister Lars Dahl spoke with Chilean Foreign "
        "Minister Ana Riquelme on Monday.",
        [
            (
                "phone_call",
                {"Lars Dahl": "party", "Ana Riquelme": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an official who spoke to another state's leader called him",
        "Norwegian Foreign Minister Lars Dahl spoke to Chilean President "
        "Gabriel Boric on Monday to discuss the fisheries dispute.",
        [
            (
                "phone_call",
                {"Lars Dahl": "party", "Gabriel Boric": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an official who spoke with another on a summit's sidelines met him",
        "Norwegian Foreign Minister Lars Dahl spoke with Chilean Foreign "
        "Minister Ana Riquelme on the sidelines of the summit on Monday.",
        [],
    ),
    EventCase(
        "an official who spoke with another in a capital made no call",
        "Norwegian Foreign Minister Lars Dahl spoke with Chilean Foreign "
        "Minister Ana Riquelme in Lima on Monday.",
        [],
    ),
    EventCase(
        "an official who spoke with another during a visit made no call",
        "Norwegian Foreign Minister Lars Dahl spoke with Chilean Foreign "
        "Minister Ana Riquelme during his visit to Santiago on Monday.",
        [
            (
                "visit",
                {"Lars Dahl": "initiator", "Chile": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an official who spoke to reporters or a council made no call",
        "Norwegian Foreign Minister Lars Dahl spoke to reporters on Monday. "
        "Chilean Foreign Minister Ana Riquelme spoke to the UN Security "
        "Council on Tuesday.",
        [],
    ),
    EventCase(
        "sanctions on individuals and entities go to the state they serve",
        "Norway on Monday imposed sanctions on 30 individuals and entities "
        "that supply drone parts to Chile, its foreign minister said.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions on a list of firms go to each state the list names",
        "Norway imposed sanctions on more than 90 individuals and entities "
        "on Monday, including companies in Peru and Chile, that it accused "
        "of helping Bolivia.",
        [
            (
                "sanction",
                {
                    "Norway": "initiator",
                    "Peru": "recipient",
                    "Chile": "recipient",
                    "Bolivia": "recipient",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions on vessels of a state's fleet are on that state",
        "Norway adopted sanctions against a further 40 vessels of Chile's "
        "fleet on Monday.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "asset freezes on some hundreds of a state's individuals",
        "Norway renewed asset freezes on some 300 Chilean individuals on "
        "Monday.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the reason for sanctions on individuals names no target",
        "Norway imposed sanctions on 12 individuals over the war in Chile "
        "on Monday.",
        [],
    ),
    EventCase(
        "a list of targets after the reason for sanctions names them",
        "Norway imposed sanctions on more than 200 targets over the war in "
        "Chile, including several firms based in Peru, on Monday.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "firms registered elsewhere among a state's targets are its",
        "Norway imposed sanctions on ten individuals linked to Chile's "
        "intelligence service, including two firms registered in Peru, on "
        "Monday.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the minister who tells of sanctions on individuals is no target",
        "Norway imposed sanctions on 30 individuals on Monday, Chilean "
        "Foreign Minister Ana Riquelme said.",
        [],
    ),
    EventCase(
        "an answer to sanctions on a state's firms goes to who imposed them",
        "Norway imposed sanctions on 30 firms that supply drone parts to "
        "Chile and Peru on Tuesday. On Wednesday, Chile's foreign ministry "
        "condemned the measures as illegal.",
        [
            (
                "sanction",
                {
                    "Norway": "initiator",
                    "Chile": "recipient",
                    "Peru": "recipient",
                },
                "occurred",
                "2025-04-01",
            ),
            (
                "accusation",
                {
                    "Chile's foreign ministry": "initiator",
                    "Norway": "recipient",
                },
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "an answer to sanctions on two states goes to who imposed them",
        "Norway imposed sanctions on Chile and Peru on Tuesday. On "
        "Wednesday, Chile's foreign ministry condemned the measures as "
        "illegal.",
        [
            (
                "sanction",
                {
                    "Norway": "initiator",
                    "Chile": "recipient",
                    "Peru": "recipient",
                },
                "occurred",
                "2025-04-01",
            ),
            (
                "accusation",
                {
                    "Chile's foreign ministry": "initiator",
                    "Norway": "recipient",
                },
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "an official who spoke with another over dinner made no call",
        "Norwegian Prime Minister Jonas Berg spoke with Chilean President "
        "Gabriel Boric over dinner on Monday.",
        [],
    ),
    EventCase(
        "an official who spoke with another face to face made no call",
        "Norwegian Prime Minister Jonas Berg spoke to Chilean President "
        "Gabriel Boric face to face for the first time on Monday.",
        [],
    ),
    EventCase(
        "an official who spoke with another at a named place made no call",
        "Norwegian Prime Minister Jonas Berg spoke with Chilean President "
        "Gabriel Boric at the White House on Monday.",
        [],
    ),
    EventCase(
        "an official who spoke with another at length called him",
        "Norwegian Prime Minister Jonas Berg spoke with Chilean President "
        "Gabriel Boric at length on Monday.",
        [
            (
                "phone_call",
                {"Jonas Berg": "party", "Gabriel Boric": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "who spoke with a host after arriving the sentence before met him",
        "Norwegian Foreign Minister Lars Dahl arrived in Santiago on Monday. "
        "He spoke with Chilean Foreign Minister Ana Riquelme about "
        "fisheries.",
        [
            (
                "visit",
                {"Lars Dahl": "initiator", "Chile": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "who spoke with a host on a visit told a paragraph before met him",
        "Norwegian Foreign Minister Lars Dahl arrived in Santiago on Monday "
        "for a two-day visit.\n\nDahl spoke with Chilean Foreign Minister "
        "Ana Riquelme about fisheries on Tuesday.",
        [
            (
                "visit",
                {"Lars Dahl": "initiator", "Chile": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a visit to a third state told before leaves a call a call",
        "Chilean President Gabriel Boric visited Germany on Monday.\n\n"
        "Norwegian Foreign Minister Lars Dahl spoke with Peruvian Foreign "
        "Minister Ana Riquelme about fisheries on Tuesday.",
        [
            (
                "visit",
                {"Gabriel Boric": "initiator", "Germany": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "phone_call",
                {"Lars Dahl": "party", "Ana Riquelme": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "a blame told a paragraph before leaves a call a call",
        "Chile condemned Peru's border closure on Monday.\n\n"
        "Norwegian Foreign Minister Lars Dahl spoke with Chilean Foreign "
        "Minister Ana Riquelme about fisheries on Tuesday.",
        [
            (
                "accusation",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "phone_call",
                {"Lars Dahl": "party", "Ana Riquelme": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "an official who spoke to an ambassador made no call",
        "Norwegian Foreign Minister Lars Dahl spoke to Chilean Ambassador "
        "Ana Riquelme on Monday.",
        [],
    ),
    EventCase(
        "who spoke to a leader's concerns spoke to no one",
        "Norwegian Prime Minister Jonas Berg spoke to Chilean President "
        "Gabriel Boric's concerns on Monday.",
        [],
    ),
    EventCase(
        "sanctions on those involved in an attack in a state are not on it",
        "Norway imposed sanctions on 12 individuals involved in the attack "
        "in Chile on Monday.",
        [],
    ),
    EventCase(
        "sanctions on suppliers of drones used on a state are not on it",
        "Norway imposed sanctions on five entities that supplied drones "
        "used in attacks on Peru on Monday.",
        [],
    ),
    EventCase(
        "sanctions at a summit in a state are not on it",
        "Norway imposed sanctions on 20 individuals at a summit in Peru on "
        "Monday.",
        [],
    ),
    EventCase(
        "a state that sanctions with the sanctioner is no target",
        "Norway imposed sanctions on 20 individuals tied to the Chilean "
        "government on Monday, in a move coordinated with Peru.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chilean government": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions on entities in a list of states that help another",
        "Norway imposed sanctions on 20 entities in Chile and Peru that "
        "help Bolivia evade its debts on Monday.",
        [
            (
                "sanction",
                {
                    "Norway": "initiator",
                    "Chile": "recipient",
                    "Peru": "recipient",
                    "Bolivia": "recipient",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions whose target the text breaks off before name none",
        "Norway imposed sanctions on the two new",
        [],
    ),
    EventCase(
        "travel bans against a state's officials are sanctions",
        "Norway imposed travel bans against six Chilean officials on Monday.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "firms added to an entity list named by what it controls",
        "Chile's Trade Ministry added five Peruvian firms to its export "
        "control entity list.",
        [
            (
                "sanction",
                {"Trade Ministry": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "visa restrictions imposed on a state's officials are sanctions",
        "Norway imposed visa restrictions on four Chilean officials on "
        "Monday.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "travel and entry bans imposed on a state's officials are sanctions, "
        "one for each state that imposes them",
        "Norway and Sweden imposed an entry ban on 30 Chilean officials on "
        "Monday. Peru imposed a travel ban against Bolivian officials.",
        [
            (
                "sanction",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "sanction",
                {"Sweden": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "sanction",
                {"Peru": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "visa restrictions on a state's students are no sanction",
        "Norway imposed visa restrictions on Chilean students on Monday.",
        [],
    ),
    EventCase(
        "visa restrictions eased for travellers are no sanction",
        "Peru eased visa restrictions on Norwegian tourists on Monday.",
        [],
    ),
    EventCase(
        "agreement signed",
        "Kenya and Ethiopia signed a memorandum of understanding on trade.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "agreement whose document's name runs to four words",
        "Kenya and Ethiopia signed a joint river basin management memorandum.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a petition against a deal signed is no agreement",
        "Kenyan lawmakers signed a petition against the deal with Ethiopia.",
        [],
    ),
    EventCase(
        "agreements: one per document of an exact count signed",
        "Kenya and Ethiopia signed three new memoranda on roads, ports and "
        "fisheries.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ]
        * 3,
    ),
    EventCase(
        "agreements: a long count of documents signed is one package",
        "Kenya and Ethiopia signed twelve agreements on trade.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "agreements: one per document signed one by one",
        "Kenya and Ethiopia signed a protocol on grazing rights and a separate "
        "agreement on the sharing of river water.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ]
        * 2,
    ),
    EventCase(
        "agreements: one per document whose signing was witnessed",
        "Ethiopian Premier Abiy Tesfaye and Kenyan President Otieno Kamau "
        "witnessed the signing of a trade agreement and an accord on air links",
        [
            (
                "agreement",
                {"Abiy Tesfaye": "party", "Otieno Kamau": "party"},
                "occurred",
                None,
            )
        ]
        * 2,
    ),
    EventCase(
        "agreement signed with no signer told: the sides its document names",
        "Following the talks, a package of documents was signed, including a "
        "memorandum of understanding between Kenya and Ethiopia.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "agreement whose signing was witnessed: the sides its document names",
        "On Monday, officials witnessed the signing of an accord on fisheries "
        "between Chile and Peru.",
        [
            (
                "agreement",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "agreement to be signed, named among documents: its document's sides",
        "Several documents will be signed during the visit, including a treaty "
        "on river transport between Chile and Peru.",
        [
            (
                "agreement",
                {"Chile": "party", "Peru": "party"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "agreement signed with no signer told: all three sides its document names",
        "A package of documents was signed, including a memorandum on trade "
        "between Kenya, Ethiopia and Somalia.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party", "Somalia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a deal signed between a government and its unions is domestic",
        "A wage deal was signed on Monday between the Kenyan government and "
        "the unions.",
        [],
    ),
    EventCase(
        "agreement with no signer told: a place named after its sides is none",
        "A package of documents was signed, including a memorandum of "
        "understanding between Kenya and Ethiopia in Addis Ababa.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a memorandum signed between a government and its unions is domestic",
        "A package of documents was signed, including a memorandum between the "
        "Kenyan government and the unions.",
        [],
    ),
    EventCase(
        "a deal signed by many states is not one between two named after it",
        "The accord was signed by forty states, after a dispute between Kenya "
        "and Ethiopia.",
        [],
    ),
    EventCase(
        "a feud a signed declaration ended names no signers",
        "A declaration was signed at the summit, which ended the feud between "
        "Kenya and Ethiopia.",
        [],
    ),
    EventCase(
        "documents signed after consultations between two states name no sides",
        "Documents were signed on Monday after consultations between Kenya and "
        "Ethiopia.",
        [],
    ),
    EventCase(
        "a clause on firms of two states is no document of theirs",
        "A memorandum on trade was signed, including a clause on disputes "
        "between Kenyan and Ethiopian firms.",
        [],
    ),
    EventCase(
        "ties an anniversary marks are no signed document's sides",
        "The deal was signed during a visit marking thirty years of ties "
        "between Kenya and Ethiopia.",
        [],
    ),
    EventCase(
        "ties a witnessed accord marks are no sides of it",
        "They witnessed the signing of an accord marking thirty years of ties "
        "between Chile and Peru.",
        [],
    ),
    EventCase(
        "an agreement between two states that expired long ago is no event",
        "An agreement between Kenya and Ethiopia expired in 2019.",
        [],
    ),
    EventCase(
        "a memorandum signed between two states years ago is history",
        "A memorandum was signed in 2015 between Kenya and Ethiopia.",
        [],
    ),
    EventCase(
        "an arrangement signed is an agreement",
        "Chile and Peru signed a labour mobility arrangement on Monday.",
        [
            (
                "agreement",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "putting pen to paper on an agreement is signing it",
        "Chile and Peru on Tuesday put pen to paper on a defence agreement.",
        [
            (
                "agreement",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a document inked on a day by its signers is an agreement",
        "The fisheries treaty was inked on Tuesday by Peruvian Foreign "
        "Minister Omar Baraka and his Chilean counterpart Tomas Riquelme.",
        [
            (
                "agreement",
                {"Omar Baraka": "party", "Tomas Riquelme": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "agreements: documents named in capitals are no sides",
        "The two premiers witnessed the signing of an Arrangement on Youth "
        "Exchanges and a Memorandum of Understanding on Fisheries between "
        "Peru and Chile.",
        [
            (
                "agreement",
                {"Peru": "party", "Chile": "party"},
                "occurred",
                None,
            )
        ]
        * 2,
    ),
    EventCase(
        "agreements: a cooperation plan and an accord witnessed signed",
        "Kenya and Ethiopia witnessed the signing of a cooperation plan on "
        "jointly building the rail link and an accord on visas.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ]
        * 2,
    ),
    EventCase(
        "agreements: a count of documents after the first is one",
        "Kenya and Ethiopia signed a treaty on roads and four memoranda on "
        "health, schools, water and power.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ]
        * 1,
    ),
    EventCase(
        "agreements: a plan to meet after a document is no second one",
        "Kenya and Ethiopia signed a treaty on roads and a plan to resume "
        "talks on water.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "agreements: a document's relative clause names no second one",
        "Kenya and Ethiopia signed a pact that sets out a timetable and a "
        "framework for the dam.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "agreements: a document inside the first one's topic is no second one",
        "Kenya and Ethiopia signed a treaty on the setting up of a border "
        "authority and a charter for its staff.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "agreements: a document after the clause is no second one",
        "Kenya and Ethiopia signed a pact on fishing, and a deal on ports was "
        "promised.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                None,
            )
        ]
        * 1,
    ),
    EventCase(
        "intent to meet: an invitation",
        "Sheikh Nasser Al-Rashid invited Indonesian President Adi Santoso to "
        "visit Kuwait.",
        [
            (
                "intent_to_meet",
                {"Nasser Al-Rashid": "initiator", "Adi Santoso": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "praise: congratulated",
        "Kuwaiti Emir Nasser Al-Rashid congratulated Japanese Prime Minister "
        "Kenji Sato on his election.",
        [
            (
                "praise",
                {"Nasser Al-Rashid": "initiator", "Kenji Sato": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "recognition",
        "Brazil recognised Palestine as a state in March.",
        [
            (
                "recognition",
                {"Brazil": "initiator", "Palestine": "recipient"},
                "occurred",
                "2025-03",
            )
        ],
    ),
    EventCase(
        "history more than a year old is background, not an event",
        "Brazil recognised Palestine as a state in 2010.",
        [],
    ),
    EventCase(
        "accusation: condemned",
        "Pakistan condemned India over the border shelling.",
        [
            (
                "accusation",
                {"Pakistan": "initiator", "India": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "threat",
        "Venezuela threatened Guyana with retaliation.",
        [
            (
                "threat",
                {"Venezuela": "initiator", "Guyana": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a threat to act on a side threatens that side",
        "Venezuelan President Rafael Ortiz threatened to impose tariffs on "
        "Guyana and Suriname.",
        [
            (
                "threat",
                {
                    "Rafael Ortiz": "initiator",
                    "Guyana": "recipient",
                    "Suriname": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a threat to resign over a deal with a state threatens no state",
        "The Norwegian minister threatened to resign over the deal with "
        "Chile.",
        [],
    ),
    EventCase(
        "a threat to act against a state threatens it",
        "Norway threatened to take action against Chile.",
        [
            (
                "threat",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a threat to act on no side is no threat to a state",
        "Venezuela threatened to close the busy border crossing near the "
        "river.",
        [],
    ),
    EventCase(
        "an act pointed at is condemned: its side is accused",
        "Norway expelled two Chilean diplomats on Tuesday. Chile condemned "
        "the decision as arbitrary.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "accusation",
                {"Chile": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the side whose decision is condemned is accused",
        "Chilean Foreign Minister Tomas Riquelme condemned the decision of "
        "Norway and Iceland to close their ports to Chilean trawlers.",
        [
            (
                "accusation",
                {
                    "Tomas Riquelme": "initiator",
                    "Norway": "recipient",
                    "Iceland": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the side by whom a condemned act was done is accused",
        "Chile condemned the repeated seizures of its fishing boats carried "
        "out by Norwegian patrols.",
        [
            (
                "accusation",
                {"Chile": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the victims of a condemned act are not accused",
        "Chile condemned the detention of two Norwegian sailors.",
        [],
    ),
    EventCase(
        "a vow to respond in kind threatens the side of the act",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would respond in kind.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "threat",
                {"Chile": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "reserving the right to respond, in a quote, is a threat",
        "Norway expelled two Chilean diplomats on Tuesday. “We reserve the "
        "right to respond,” Chilean Foreign Minister Tomas Riquelme said.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "threat",
                {"Tomas Riquelme": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a threat to retaliate names no side: the act's",
        "Norway expelled two Chilean diplomats on Tuesday. Chile threatened "
        "to retaliate.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "threat",
                {"Chile": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a response said to follow is a threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said a "
        "response would follow.",
        [NORWAY_EXPELS_CHILEANS, CHILE_THREATENS_NORWAY],
    ),
    EventCase(
        "no response to follow is no threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said no "
        "response would follow.",
        [NORWAY_EXPELS_CHILEANS],
    ),
    EventCase(
        "a firm response vowed to further steps is a threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said any "
        "further such step would meet a firm response.",
        [NORWAY_EXPELS_CHILEANS, CHILE_THREATENS_NORWAY],
    ),
    EventCase(
        "resolute measures to be taken are a threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would take resolute measures to defend its interests.",
        [NORWAY_EXPELS_CHILEANS, CHILE_THREATENS_NORWAY],
    ),
    EventCase(
        "a vow to respond in a proportionate manner is a threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would respond in a proportionate manner.",
        [NORWAY_EXPELS_CHILEANS, CHILE_THREATENS_NORWAY],
    ),
    EventCase(
        "a quoted manner of response is a threat: the words before lead in",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said "
        "Santiago would respond “in a mirror manner”.",
        [NORWAY_EXPELS_CHILEANS, CHILE_THREATENS_NORWAY],
    ),
    EventCase(
        "a quoted manner after a comma is a threat: the words before lead in",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would retaliate, “in a mirror manner”.",
        [NORWAY_EXPELS_CHILEANS, CHILE_THREATENS_NORWAY],
    ),
    EventCase(
        "a quoted force of response is a threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would respond “resolutely”.",
        [NORWAY_EXPELS_CHILEANS, CHILE_THREATENS_NORWAY],
    ),
    EventCase(
        "all necessary measures to be taken are a threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would take all necessary measures to protect its interests.",
        [NORWAY_EXPELS_CHILEANS, CHILE_THREATENS_NORWAY],
    ),
    EventCase(
        "necessary measures to ease a rule are no threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would take the necessary steps to ease visa rules for students.",
        [NORWAY_EXPELS_CHILEANS],
    ),
    EventCase(
        "responding in a timely manner is no threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would respond in a timely manner to the questions.",
        [NORWAY_EXPELS_CHILEANS],
    ),
    EventCase(
        "measures said to be necessary are no threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said "
        "necessary measures would follow the review.",
        [NORWAY_EXPELS_CHILEANS],
    ),
    EventCase(
        "an envoy summoned to the ministry: the act's other side summons",
        "Norway expelled two Chilean diplomats on Tuesday. Chile's "
        "ambassador was summoned to the ministry and handed a protest note.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "accusation",
                {"Chile's ambassador": "recipient", "Norway": "initiator"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "responding to a letter is no threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would respond to the letter next week.",
        [
            NORWAY_EXPELS_CHILEANS,
        ],
    ),
    EventCase(
        "another state's reprisal is no threat of the speaker's",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said Peru "
        "would retaliate.",
        [
            NORWAY_EXPELS_CHILEANS,
        ],
    ),
    EventCase(
        "a reprisal ruled out is no threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would not retaliate.",
        [
            NORWAY_EXPELS_CHILEANS,
        ],
    ),
    EventCase(
        "a threat to veto a bill names no foreign side",
        "Norway expelled two Chilean diplomats on Tuesday. Chilean President "
        "Lucia Ferrer threatened to veto the budget bill.",
        [
            NORWAY_EXPELS_CHILEANS,
        ],
    ),
    EventCase(
        "blame of an attack with no act pointed at accuses no one",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said the "
        "attack on the port was unacceptable.",
        [
            NORWAY_EXPELS_CHILEANS,
        ],
    ),
    EventCase(
        "a third state condemning an act accuses no one it did not name",
        "Norway expelled two Chilean diplomats on Tuesday. Peru condemned "
        "the decision.",
        [
            NORWAY_EXPELS_CHILEANS,
        ],
    ),
    EventCase(
        "reciprocal measures vowed are a threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it "
        "would take reciprocal measures.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "threat",
                {"Chile": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "reciprocal access sought is no reprisal",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it would seek reciprocal access for its ships.",
        [
            NORWAY_EXPELS_CHILEANS,
        ],
    ),
    EventCase(
        "consequences no one imposes are no threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said the floods would have consequences for trade.",
        [
            NORWAY_EXPELS_CHILEANS,
        ],
    ),
    EventCase(
        "not hesitating to retaliate is a threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile said it would not hesitate to retaliate.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "threat",
                {"Chile": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an act a warning vows against another side is a threat",
        "Chilean Foreign Minister Tomas Riquelme warned that Chile would "
        "respond with all its strength to any raid across the Bolivian border.",
        [
            (
                "threat",
                {"Tomas Riquelme": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "measures a warning vows answer the act told before",
        "Norway expelled two Chilean diplomats on Tuesday. Chile warned that "
        "Santiago would take adequate measures.",
        [
            NORWAY_EXPELS_CHILEANS,
            CHILE_THREATENS_NORWAY,
        ],
    ),
    EventCase(
        "a warned act hung on other sides' act threatens each of them",
        "Peruvian Foreign Minister Luis Vera warned that Lima would review "
        "its membership of the Organization of American States (OAS) if "
        "Chile, Ecuador and Bolivia backed the motion.",
        [
            (
                "threat",
                {
                    "Luis Vera": "initiator",
                    "Chile": "recipient",
                    "Ecuador": "recipient",
                    "Bolivia": "recipient",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a reprisal's condition names the side threatened",
        "Chilean Foreign Minister Ana Soto warned that Santiago would take "
        '"harsh retaliatory steps" if the European Union moves to freeze '
        "Chilean funds held for Bolivia.",
        [
            (
                "threat",
                {"Ana Soto": "initiator", "European Union": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a warning of another side's act is no threat of the speaker's",
        "Chile warned that Peru would impose tariffs on Bolivian wine.",
        [],
    ),
    EventCase(
        "a warned act ruled out is no threat",
        "Norway expelled two Chilean diplomats on Tuesday. Chile warned that "
        "Santiago would not close its border.",
        [
            NORWAY_EXPELS_CHILEANS,
        ],
    ),
    EventCase(
        "an act hung on a condition but only said is no threat",
        "Chile said that Santiago would reconsider its cooperation if Peru "
        "agreed.",
        [],
    ),
    EventCase(
        "a warning of what befalls no side is no threat",
        "Chile warned that the region would face a crisis if Peru closed the "
        "border.",
        [],
    ),
    EventCase(
        "a warned act that harms no one is no threat",
        "Chile warned that Santiago would attend the summit.",
        [],
    ),
    EventCase(
        "a warned act that harms no one is no threat though hung on another "
        "side's act",
        "Chile warned that Santiago would attend the summit if Peru agreed.",
        [],
    ),
    EventCase(
        "a warned act hung on the speaker's own side is no threat",
        "Chile warned that Santiago would reconsider its cooperation if its "
        "own farmers protested.",
        [],
    ),
    EventCase(
        "the agent of a condemned act's participle is accused, each of a list",
        "The European Union condemned the weapons supplied to Bolivia over "
        "the past year by Peru, Ecuador and Colombia.",
        [
            (
                "accusation",
                {
                    "European Union": "initiator",
                    "Peru": "recipient",
                    "Ecuador": "recipient",
                    "Colombia": "recipient",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an irregular participle's agent is accused",
        "Chile condemned the drills held near the border by Peru.",
        [
            (
                "accusation",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a bare act condemned names its doer after by",
        "Chile's Foreign Ministry on Sunday condemned comments by a Bolivian "
        "deputy minister about the border.",
        [
            (
                "accusation",
                {
                    "Chile's Foreign Ministry": "initiator",
                    "a Bolivian deputy minister": "recipient",
                },
                "occurred",
                "2025-03-30",
            ),
        ],
    ),
    EventCase(
        "who reports a condemned act is not accused of it",
        "Chile condemned the violence reported by the Peruvian mission in "
        "Bolivia.",
        [],
    ),
    EventCase(
        "who reports a condemned act, words after the participle, is not "
        "accused of it",
        "Chile condemned the abuses documented last month by the Peruvian "
        "mission in Bolivia.",
        [],
    ),
    EventCase(
        "the agent of a participle of a noun in the condemned act's object is "
        "not accused",
        "Chile condemned the curbs on the cargo ships chartered by Peru.",
        [],
    ),
    EventCase(
        "an agent in a relative clause after the act is not accused",
        "Chile condemned the attack on the convoy, which was guarded by "
        "Peruvian troops.",
        [],
    ),
    EventCase(
        "a condemned act with no agent accuses no one",
        "Chile condemned the continued support for Bolivia.",
        [],
    ),
    EventCase(
        "the speaker's own side as agent is not accused",
        "Chile condemned the remarks made by Chilean deputies.",
        [],
    ),
    EventCase(
        "an import ban on a state's goods is a sanction",
        "Argentina last month banned imports of Chilean beef, wool and wine.",
        [
            (
                "sanction",
                {"Argentina": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03",
            ),
        ],
    ),
    EventCase(
        "imports halted from a state are a sanction",
        "Argentina halted grain imports from Chile.",
        [
            (
                "sanction",
                {"Argentina": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "trade suspended with a state is a sanction",
        "Argentina suspended all trade with Chile.",
        [
            (
                "sanction",
                {"Argentina": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "tariffs removed from a state's goods are a sanction lifted",
        "Argentina scrapped its tariffs on Chilean copper in January.",
        [
            (
                "sanction",
                {"Argentina": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-01",
            ),
        ],
    ),
    EventCase(
        "visa-free travel suspended for a state's citizens is a sanction",
        "The European Union suspended visa-free travel for Bolivian citizens.",
        [
            (
                "sanction",
                {"European Union": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "imports a company halts are no sanction",
        "The company halted imports of Chilean copper.",
        [],
    ),
    EventCase(
        "tariffs a trade deal removes name no side imposing them",
        "The trade deal removed tariffs on Chilean wine.",
        [],
    ),
    EventCase(
        "tariffs a state removes under a trade deal are no sanction lifted",
        "Under the free trade agreement, Argentina will remove its tariffs on "
        "Chilean wine.",
        [],
    ),
    EventCase(
        "tariffs lifted on goods of no state are no sanction",
        "Argentina lifted tariffs on imported cars.",
        [],
    ),
    EventCase(
        "an invitation conveyed to one from another invites the one it is conveyed to",
        "Chilean President Ana Soto received Peruvian Foreign Minister Luis "
        "Vera in Santiago on Monday. The Peruvian minister conveyed to the "
        "Head of State an invitation from Peruvian President Jorge Paz to "
        "pay an official visit to Peru.",
        [
            (
                "host_visit",
                {"Ana Soto": "host", "Luis Vera": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {
                    "Luis Vera": "initiator",
                    "Ana Soto": "recipient",
                    "Jorge Paz": "initiator",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an invitation conveyed to one for another invites both",
        "Chilean Foreign Minister Ana Soto met Peruvian Foreign Minister Luis "
        "Vera in Lima on Monday. Vera also conveyed to Soto an invitation "
        "from Peruvian President Jorge Paz for Chilean President Marta Rios "
        "to pay an official visit to Peru.",
        [
            (
                "meeting",
                {"Ana Soto": "party", "Luis Vera": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {
                    "Luis Vera": "initiator",
                    "Ana Soto": "recipient",
                    "Jorge Paz": "initiator",
                    "Marta Rios": "recipient",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "greetings conveyed to one are no invitation",
        "Chilean President Ana Soto received Peruvian Foreign Minister Luis "
        "Vera in Santiago on Monday. The Peruvian minister conveyed to the "
        "Head of State a message from Peruvian President Jorge Paz.",
        [
            (
                "host_visit",
                {"Ana Soto": "host", "Luis Vera": "initiator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a government named with its state after of acts for that state",
        "The Government of Chile said on Monday it would expel two Peruvian "
        "diplomats.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "Peru": "recipient"},
                "planned",
                None,
            ),
        ],
    ),
    EventCase(
        "talks between a government and a group are a negotiation",
        "The Chilean foreign minister reported on the talks between the "
        "Government of Peru and the Andean Liberation Front (FAL), whose next "
        "round opens in Quito in May.",
        [
            (
                "negotiation",
                {
                    "Peru": "party",
                    "Andean Liberation Front (FAL)": "party",
                },
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "an envoy summoned after no act has no side summoning",
        "Chile's ambassador was summoned to the ministry.",
        [],
    ),
    EventCase(
        "a reprisal vowed after no act threatens no one",
        "Chile said it would respond firmly.",
        [],
    ),
    EventCase(
        "an international organisation threatens a state",
        "The European Union said it would retaliate against Chile.",
        [
            (
                "threat",
                {"European Union": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "praise of a thing no actor did is no event",
        "Chilean President Lucia Ferrer praised the calm and measured tone of the debate.",
        [],
    ),
    EventCase(
        "praise of the role of unnamed officials is no event",
        "Chilean President Lucia Ferrer praised the role of officials in the talks.",
        [],
    ),
    EventCase(
        "thanks to a pronoun go to the other side of the event before",
        "Chilean President Lucia Ferrer congratulated Norwegian Prime "
        "Minister Ana Dahl on her birthday. The Prime Minister of Norway "
        "thanked her for the kind words.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Ana Dahl": "initiator", "Lucia Ferrer": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a celebrity thanking a statesman is no diplomatic praise",
        "Chilean President Lucia Ferrer met the singer Rosa Vidal on Monday. "
        "Vidal thanked her for the invitation.",
        [],
    ),
    EventCase(
        "a threat of consequences to a named state",
        "Chilean Foreign Minister Tomas Riquelme warned that Chile would "
        "impose “severe consequences” on Peru if the blockade continued.",
        [
            (
                "threat",
                {"Tomas Riquelme": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "words of blame for sanctions told before accuse their side",
        "The European Union imposed sanctions on Chile on Monday. Chilean "
        "Foreign Minister Tomas Riquelme said the sanctions were “illegal and "
        "hypocritical”.",
        [
            (
                "sanction",
                {"European Union": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "accusation",
                {"Tomas Riquelme": "initiator", "European Union": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a reprisal vowed after a meeting threatens no one",
        "Chilean Foreign Minister Tomas Riquelme met Norwegian Foreign "
        "Minister Ana Dahl in Oslo on Monday. Riquelme told reporters that "
        "Chile would respond firmly to any attack on its ships.",
        [MEETING_RIQUELME_DAHL],
    ),
    EventCase(
        "an envoy summoned after a meeting has no side summoning",
        "Chilean Foreign Minister Tomas Riquelme met Norwegian Foreign "
        "Minister Ana Dahl in Oslo on Monday. On Tuesday, Chile's ambassador "
        "was summoned to the ministry.",
        [MEETING_RIQUELME_DAHL],
    ),
    EventCase(
        "a reprisal vowed after an agreement threatens no one",
        "Chile signed a fisheries agreement with Peru on Monday. Chilean "
        "President Lucia Ferrer said the agreement would take effect in June "
        "and that Chile reserves the right to respond to any breach.",
        [
            (
                "agreement",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a side blaming its own act accuses no one",
        "Norway expelled two Chilean diplomats on Tuesday. Oslo said the "
        "decision was regrettable but necessary.",
        [NORWAY_EXPELS_CHILEANS],
    ),
    EventCase(
        "blame of a domestic move after a visit accuses no host",
        "Chilean President Lucia Ferrer visited Lima on Monday. Ferrer later "
        "criticised the move by the opposition as irresponsible.",
        [
            (
                "visit",
                {"Lucia Ferrer": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "talk of a rift called unfounded is no accusation",
        "Chilean Foreign Minister Tomas Riquelme said talk of a rift with "
        "Peru was unfounded.",
        [],
    ),
    EventCase(
        "a delay called regrettable is no accusation",
        "Chilean Foreign Minister Tomas Riquelme said it was regrettable that "
        "his trip to Norway had been delayed by the snow.",
        [],
    ),
    EventCase(
        "a pact filling a void is no accusation",
        "Chilean Foreign Minister Tomas Riquelme said the new pact with Peru "
        "would fill a void in the Pacific.",
        [],
    ),
    EventCase(
        "claims called unfounded accuse their side",
        "Chilean Foreign Minister Tomas Riquelme said the claims by Peru "
        "were unfounded.",
        [
            (
                "accusation",
                {"Tomas Riquelme": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "regrettable incidents raised with a state accuse it",
        "Chilean Foreign Minister Tomas Riquelme said he raised some "
        "regrettable incidents at the border with Peru.",
        [
            (
                "accusation",
                {"Tomas Riquelme": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a decree called null and void accuses its side",
        "Chilean Foreign Minister Tomas Riquelme said the decree by Peru was "
        "null and void.",
        [
            (
                "accusation",
                {"Tomas Riquelme": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a pronoun after someone else named is not the side met before",
        "Chilean President Lucia Ferrer met Norwegian Prime Minister Ana Dahl "
        "in Santiago on Monday. Ferrer later received the singer Rosa Vidal "
        "and thanked her for the concert.",
        [MEETING_FERRER_DAHL],
    ),
    EventCase(
        "'them' after two people met is the two",
        "Chilean President Lucia Ferrer met Norwegian Prime Minister Ana Dahl "
        "and Peruvian President Jorge Soto in Santiago on Monday. Ferrer "
        "thanked them for the visit.",
        [
            (
                "meeting",
                {
                    "Lucia Ferrer": "party",
                    "Ana Dahl": "party",
                    "Jorge Soto": "party",
                },
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Jorge Soto": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "reciprocal steps to ease visa rules are no threat",
        "Chilean Foreign Minister Tomas Riquelme said Chile would take "
        "reciprocal measures to simplify visa rules for Peruvian students.",
        [],
    ),
    EventCase(
        "responding accordingly to an offer is no threat",
        "Chilean Foreign Minister Tomas Riquelme said Chile would respond "
        "accordingly to any new offer from Peru.",
        [],
    ),
    EventCase(
        "a pronoun owned by someone else is not the side met before",
        "Chilean President Lucia Ferrer met Norwegian Prime Minister Ana Dahl "
        "in Santiago on Monday. Ferrer later met her sister at the airport "
        "and thanked her for the flowers.",
        [MEETING_FERRER_DAHL],
    ),
    EventCase(
        "an owner in a phrase before the subject owns no pronoun object",
        "Chilean President Lucia Ferrer met Norwegian Prime Minister Ana Dahl "
        "in Santiago on Monday. At her farewell dinner, Dahl thanked her for "
        "the hospitality.",
        [
            MEETING_FERRER_DAHL,
            (
                "praise",
                {"Ana Dahl": "initiator", "Lucia Ferrer": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "'them' is not the one person met before",
        "Chilean President Lucia Ferrer met Norwegian Prime Minister Ana Dahl "
        "in Santiago on Monday. Back home, Ferrer congratulated them on "
        "winning the league.",
        [MEETING_FERRER_DAHL],
    ),
    EventCase(
        "praise of the efforts of an office of no state is no event",
        "The Chilean foreign minister praised the efforts of the army to "
        "restore calm in Valparaiso.",
        [],
    ),
    EventCase(
        "calling sanctions told before illegal accuses their side",
        "The European Union imposed sanctions on Chile on Monday. Santiago "
        "called the sanctions illegal.",
        [
            (
                "sanction",
                {"European Union": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "accusation",
                {"Chile": "initiator", "European Union": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "praise of the efforts of a state",
        "Iranian Foreign Minister Reza Kamali expressed his appreciation for "
        "the efforts of Norway in hosting the talks.",
        [
            (
                "praise",
                {"Reza Kamali": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "similar messages from a second sender are praise of each",
        "Chilean President Lucia Ferrer sent a congratulatory message to "
        "Norwegian King Harald on his birthday. Chilean Vice President Tomas "
        "Riquelme sent similar messages to King Harald.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Harald": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Tomas Riquelme": "initiator", "Harald": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "sanction imposed",
        "The European Union imposed new sanctions on Belarus on Monday.",
        [
            (
                "sanction",
                {"European Union": "initiator", "Belarus": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "expulsion",
        "Russia expelled two Estonian diplomats.",
        [
            (
                "expulsion",
                {"Russia": "initiator", "Estonia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an ambassador recalled from the state he serves in",
        "Uruguay recalled its ambassador from Bolivia for consultations.",
        [
            (
                "expulsion",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an ambassador to a state recalled: one mention of the envoy",
        "Latvia has recalled its envoy to Belarus over the border dispute.",
        [
            (
                "expulsion",
                {"Latvia": "initiator", "Belarus": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "diplomats declared unwelcome, the phrase in quotation marks",
        "Lithuania declared three Belarusian attaches “personae non "
        "gratae” on Thursday.",
        [
            (
                "expulsion",
                {"Lithuania": "initiator", "Belarus": "recipient"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "diplomats expelled by a state, told in the passive",
        "The Slovak consuls expelled by Hungary have left Budapest.",
        [
            (
                "expulsion",
                {"Slovakia": "recipient", "Hungary": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an organisation's summit closing with a declaration, in a capital",
        "The 15th Summit of Heads of State of the Organization of Turkic "
        "States (OTS) closed in Bishkek with the adoption of the Bishkek "
        "Declaration.",
        [
            (
                "meeting",
                {
                    "Organization of Turkic States (OTS)": "party",
                    "Kyrgyzstan": "host",
                },
                "occurred",
                None,
            ),
            (
                "agreement",
                {"Organization of Turkic States (OTS)": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a summit approving a declaration",
        "The ASEAN summit, chaired by the Lao prime minister, approved the "
        "Vientiane Declaration.",
        [
            ("meeting", {"ASEAN": "party"}, "occurred", None),
            ("agreement", {"ASEAN": "party"}, "occurred", None),
        ],
    ),
    EventCase(
        "a declaration the summit approves is its organisation's agreement",
        "The SADC summit opened in Harare on Saturday. The summit, chaired "
        "by the host's president, approved the Harare Declaration on Sunday.",
        [
            (
                "meeting",
                {"SADC": "party", "Zimbabwe": "host"},
                "ongoing",
                "2025-03-29",
            ),
            ("agreement", {"SADC": "party"}, "occurred", "2025-03-30"),
        ],
    ),
    EventCase(
        "a declaration read out as a summit closes, on the summit's day",
        "The 44th ECOWAS Summit closed yesterday with Secretary General Omar "
        "Touray reading the Abuja Declaration.",
        [
            ("meeting", {"ECOWAS": "party"}, "occurred", "2025-04-03"),
            ("agreement", {"ECOWAS": "party"}, "occurred", "2025-04-03"),
        ],
    ),
    EventCase(
        "a final communique read out after the summit is its agreement",
        "Leaders of the Southern African Development Community (SADC) held "
        "their summit in Maputo on Saturday. Afterwards, the SADC executive "
        "secretary read a final communique, known as the Maputo Declaration.",
        [
            (
                "meeting",
                {
                    "Southern African Development Community (SADC)": "party",
                    "Mozambique": "host",
                },
                "occurred",
                "2025-03-29",
            ),
            (
                "agreement",
                {"Southern African Development Community (SADC)": "party"},
                "occurred",
                "2025-03-29",
            ),
        ],
    ),
    EventCase(
        "a summit's declaration adopted and read out is one agreement",
        "The EAC summit opened in Arusha on Monday. The summit adopted the "
        "Arusha Declaration. Secretary General Peter Mathuki then read out "
        "the Arusha Declaration.",
        [
            (
                "meeting",
                {"EAC": "party", "Tanzania": "host"},
                "ongoing",
                "2025-03-31",
            ),
            ("agreement", {"EAC": "party"}, "occurred", None),
        ],
    ),
    EventCase(
        "a declaration with no organisation's summit told has no sides",
        "The conference approved the Lisbon Declaration on Sunday.",
        [],
    ),
    EventCase(
        "a command to read a communique is no summit's agreement",
        "The African Union summit opened in Addis Ababa on Sunday. Read the "
        "final communique of last year's Nairobi summit here.",
        [
            (
                "meeting",
                {"African Union": "party", "Ethiopia": "host"},
                "ongoing",
                "2025-03-30",
            )
        ],
    ),
    EventCase(
        "a declaration a state's leader reads is not the summit's",
        "The African Union summit opened in Addis Ababa on Sunday. Kenyan "
        "President William Ruto read a declaration of the Kenyan cabinet.",
        [
            (
                "meeting",
                {"African Union": "party", "Ethiopia": "host"},
                "ongoing",
                "2025-03-30",
            )
        ],
    ),
    EventCase(
        "the summit's communique its host's minister reads is the summit's",
        "The African Union summit opened in Addis Ababa on Sunday. Ethiopian "
        "Foreign Minister Taye Selassie read the final communique on Monday.",
        [
            (
                "meeting",
                {"African Union": "party", "Ethiopia": "host"},
                "ongoing",
                "2025-03-30",
            ),
            (
                "agreement",
                {"African Union": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a declaration with two organisations' summits told is neither's",
        "The African Union summit opened in Addis Ababa on Sunday. The "
        "ECOWAS summit closed in Abuja on Saturday. The summit approved the "
        "Addis Declaration.",
        [
            (
                "meeting",
                {"African Union": "party", "Ethiopia": "host"},
                "ongoing",
                "2025-03-30",
            ),
            (
                "meeting",
                {"ECOWAS": "party", "Nigeria": "host"},
                "occurred",
                "2025-03-29",
            ),
        ],
    ),
    EventCase(
        "break relations",
        "Nicaragua severed diplomatic ties with Taiwan.",
        [
            (
                "break_relations",
                {"Nicaragua": "initiator", "Taiwan": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "halt negotiations",
        "Ethiopia suspended talks with Egypt over the dam.",
        [
            (
                "halt_negotiations",
                {"Ethiopia": "initiator", "Egypt": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "cancelled",
        "The visit of Nepalese Prime Minister Ram Adhikari to India was "
        "cancelled.",
        [
            (
                "visit",
                {"Ram Adhikari": "initiator", "India": "host"},
                "cancelled",
                None,
            )
        ],
    ),
    EventCase(
        "postponed",
        "A meeting between Serbia and Kosovo has been postponed.",
        [
            (
                "meeting",
                {"Serbia": "party", "Kosovo": "party"},
                "postponed",
                None,
            )
        ],
    ),
    EventCase(
        "speculated",
        "Chilean President Rosa Medina may visit Argentina next month.",
        [
            (
                "visit",
                {"Rosa Medina": "initiator", "Argentina": "host"},
                "speculated",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "denied",
        "Ankara denied that Turkish Foreign Minister Hakan Demir had met "
        "Egyptian Foreign Minister Karim Fahmy.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "denied",
                None,
            )
        ],
    ),
    EventCase(
        "one event however often it is told",
        "Georgian Prime Minister Levan Kobalia arrived in Baku on Monday.\n\n"
        "Kobalia's visit to Azerbaijan is his first this year.",
        [
            (
                "visit",
                {"Levan Kobalia": "initiator", "Azerbaijan": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "one state's officials among themselves are not diplomacy",
        "Indian Prime Minister Arjun Rao met Indian Foreign Minister Vikram "
        "Nair.",
        [],
    ),
    EventCase(
        "the state whose role is praised is the recipient",
        "Azerbaijani Foreign Minister Narmin Aliyeva praised Georgia's role "
        "in the talks.",
        [
            (
                "praise",
                {"Narmin Aliyeva": "initiator", "Georgia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a trigger's own preposition takes its object",
        "Indonesia expressed its appreciation for Japan's support.",
        [
            (
                "praise",
                {"Indonesia": "initiator", "Japan": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "admiration expressed or voiced for a state is praise",
        "Indonesia expressed its admiration for Japan's recovery. Chile "
        "voiced admiration for Peru.",
        [
            (
                "praise",
                {"Indonesia": "initiator", "Japan": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the talks or meeting 'their' owns are the subject pair's",
        "Chilean Foreign Minister Tomas Herrera and Peruvian Foreign Minister "
        "Rosa Vidal held a press conference after their talks. Bolivian "
        "President Luis Arce and Ecuadorian President Ana Mora spoke to "
        "reporters following their first meeting.",
        [
            (
                "meeting",
                {"Tomas Herrera": "party", "Rosa Vidal": "party"},
                "occurred",
                None,
            ),
            (
                "meeting",
                {"Luis Arce": "party", "Ana Mora": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "'their' talks of one side are no meeting",
        "Chilean Foreign Minister Tomas Herrera said after their talks that "
        "the border would stay open. Officials said after their talks that "
        "trade would grow. Chile and Peru said their talks had been useful.",
        [],
    ),
    EventCase(
        "a telephonic conversation is a call; 'arrived here in' a visit",
        "Chilean Foreign Minister Tomas Herrera and Peruvian Foreign Minister "
        "Rosa Vidal held a telephonic conversation on Monday. Bolivian "
        "President Luis Arce arrived here in Quito on Tuesday.",
        [
            (
                "phone_call",
                {"Tomas Herrera": "party", "Rosa Vidal": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "visit",
                {"Luis Arce": "initiator", "Ecuador": "host"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "spoke with X on the phone, the object inside the trigger",
        "Turkish Foreign Minister Selim Arslan spoke with his Georgian "
        "counterpart Levan Kobalia on the phone on Monday.",
        [
            (
                "phone_call",
                {"Selim Arslan": "party", "Levan Kobalia": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "had spoken with X by telephone: the perfect of the call",
        "Chilean President Ana Morales said she had spoken with Argentine "
        "President Julio Paz by telephone on Wednesday.",
        [
            (
                "phone_call",
                {"Ana Morales": "party", "Julio Paz": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "X and Y had spoken by phone",
        "Moldovan President Ion Rusu and Romanian President Dan Popescu had "
        "spoken by phone on Monday, the presidency said.",
        [
            (
                "phone_call",
                {"Ion Rusu": "party", "Dan Popescu": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "X dialled Y: a call, the caller its initiator",
        "Finnish President Aino Virtanen dialled Estonian Prime Minister Mart "
        "Kask on Thursday to discuss Baltic security.",
        [
            (
                "phone_call",
                {"Aino Virtanen": "initiator", "Mart Kask": "recipient"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "a courtesy call received is a visit, no telephone call",
        "Thai Prime Minister Niran Chaiyasit received a courtesy call from "
        "Cambodian Foreign Minister Sok Vanna at Government House on Tuesday.",
        [
            (
                "host_visit",
                {"Niran Chaiyasit": "host", "Sok Vanna": "initiator"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "an envoy due to present credentials is a visit received, planned",
        "Chilean envoy Pedro Soto is due to present his credentials to "
        "Norwegian King Harald Olsen on Tuesday.",
        [
            (
                "host_visit",
                {"Pedro Soto": "initiator", "Harald Olsen": "host"},
                "planned",
                "2025-04-08",
            )
        ],
    ),
    EventCase(
        "a copy of the letters of credence presented is a visit received",
        "The new Ambassador of Chile to Kenya, Pedro Soto, presented a copy "
        "of his letters of credence to Kenyan Foreign Secretary Jane Wambui "
        "on Tuesday.",
        [
            (
                "host_visit",
                {"Pedro Soto": "initiator", "Jane Wambui": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a call paid on a head of state is a visit, no telephone call",
        "Ghanaian President Kofi Mensah paid a call on Togolese President "
        "Eli Agbeko in Lome on Tuesday.",
        [
            (
                "visit",
                {
                    "Kofi Mensah": "initiator",
                    "Eli Agbeko": "host",
                    "Togo": "host",
                },
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a stop on the way home is a visit",
        "Peruvian Foreign Minister Ana Torres will stop in Quito on Tuesday "
        "on her way back from Washington.",
        [
            (
                "visit",
                {"Ana Torres": "initiator", "Ecuador": "host"},
                "planned",
                "2025-04-08",
            )
        ],
    ),
    EventCase(
        "a campaign stop in a place is no visit to its state",
        "Chilean President Tomas Riquelme spoke to reporters after a campaign "
        "stop in Peru.",
        [],
    ),
    EventCase(
        "the leg a visitor continued on to is a visit of its own",
        "Peruvian Foreign Minister Ana Torres arrived in Bogota on Monday and "
        "continued on to Caracas on Tuesday.",
        [
            (
                "visit",
                {"Ana Torres": "initiator", "Colombia": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "visit",
                {"Ana Torres": "initiator", "Venezuela": "host"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "an official in a capital for talks is visiting it",
        "Norwegian Foreign Minister Ingrid Dahl is in Nicosia for talks with "
        "Cypriot officials.",
        [
            (
                "visit",
                {"Ingrid Dahl": "initiator", "Cyprus": "host"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "a state in no hurry for talks is in no place: no visit",
        "Norway is in no hurry for talks with Cyprus, its ministry said.",
        [],
    ),
    EventCase(
        "a state in contact with others for talks is in no place: no visit",
        "Norway is in close contact with Cyprus and Malta for talks on "
        "fishing, Oslo said.",
        [],
    ),
    EventCase(
        "two leaders who sat down together met",
        "Chilean President Tomas Riquelme and Peruvian President Lucia Ferrer "
        "sat down together in Madrid on Tuesday.",
        [
            (
                "meeting",
                {"Tomas Riquelme": "party", "Lucia Ferrer": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a leader who will convene a body of his own state meets no state",
        "Chilean President Rosa Vidal will convene the Security Council on "
        "Monday after the floods.",
        [],
    ),
    EventCase(
        "states that convene their joint council meet",
        "Chile and Peru will convene their joint council in Lima in June.",
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
        "talks one side held in another state's capital are a visit there",
        "Chilean Foreign Minister Ana Soto held talks in Lima on Tuesday.",
        [
            (
                "visit",
                {"Ana Soto": "initiator", "Peru": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "talks held in one's own capital are no visit",
        "Chilean Foreign Minister Ana Soto held talks in Santiago on Tuesday.",
        [],
    ),
    EventCase(
        "talks held in a city abroad, a neutral venue, are no visit",
        "Chilean Foreign Minister Ana Soto held talks in Geneva on Friday. "
        "Three ministers pressed her on copper.",
        [],
    ),
    EventCase(
        "talks held abroad with a partner named after are no visit alone",
        "Chile held talks in Lima last month, while Bolivia sent a junior "
        "team.",
        [],
    ),
    EventCase(
        "a meeting held abroad with a partner named is no visit alone",
        "Chilean Foreign Minister Ana Soto held a meeting in Lima on Tuesday "
        "with the head of a Peruvian trade union.",
        [],
    ),
    EventCase(
        "called on a leader of another state: a call paid, a visit",
        "Chilean Foreign Minister Ana Soto called on Peruvian President Lucia "
        "Ferrer at the palace on Tuesday.",
        [
            (
                "visit",
                {"Ana Soto": "initiator", "Lucia Ferrer": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "called on a state to act: an appeal, no visit",
        "Chilean Foreign Minister Ana Soto called on Peru to release the "
        "detainees.",
        [],
    ),
    EventCase(
        "talks held with no place and no partner named are no event",
        "Chilean Foreign Minister Ana Soto held talks on Tuesday.",
        [],
    ),
    EventCase(
        "called on two leaders to act: an appeal, no visit",
        "Chilean Foreign Minister Ana Soto called on Peruvian President Lucia "
        "Ferrer and Peruvian Prime Minister Jorge Diaz to end the strike.",
        [],
    ),
    EventCase(
        "called on a leader some time ago to act: an appeal, no visit",
        "Chilean Foreign Minister Ana Soto called on Peruvian President Lucia "
        "Ferrer months ago to step aside.",
        [],
    ),
    EventCase(
        "called on a leader, an aside between, to act: an appeal, no visit",
        "Chilean Foreign Minister Ana Soto called on Peruvian President Lucia "
        "Ferrer, who had received her in Lima in the spring, to free the "
        "strikers.",
        [],
    ),
    EventCase(
        "called on the parties for restraint: an appeal, no visit",
        "Chilean Foreign Minister Ana Soto called on the parties for "
        "restraint.",
        [],
    ),
    EventCase(
        "a working lunch two ministers had is a meeting",
        "Chilean Foreign Minister Ana Soto had a working lunch with Peruvian "
        "Foreign Minister Luis Vega on Tuesday.",
        [
            (
                "meeting",
                {"Ana Soto": "party", "Luis Vega": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a welcome the visitor was accorded is the visit, told by the guest",
        "Chilean President Tomas Riquelme was accorded a warm welcome by "
        "Peruvian President Lucia Ferrer in Lima on Tuesday.",
        [
            (
                "visit",
                {
                    "Tomas Riquelme": "initiator",
                    "Lucia Ferrer": "host",
                    "Peru": "host",
                },
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a high-level cooperation council of two states sits",
        "The Chile-Peru High-Level Cooperation Council will take place in "
        "Lima in June.",
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
        "the Gulf Cooperation Council speaking is no council sitting",
        "The Gulf Cooperation Council said on Tuesday that Chile had violated "
        "the accord.",
        [],
    ),
    EventCase(
        "a letter an envoy handed over to a minister is a visit received",
        "Chilean Ambassador Pedro Soto handed over a letter to Peruvian "
        "Foreign Minister Luis Vega on Tuesday.",
        [
            (
                "host_visit",
                {"Pedro Soto": "initiator", "Luis Vega": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a written message delivered to a leader is a visit received",
        "Chilean Foreign Minister Ana Soto delivered a written message to "
        "Peruvian President Lucia Ferrer from President Tomas Riquelme on "
        "Tuesday.",
        [
            (
                "host_visit",
                {"Ana Soto": "initiator", "Lucia Ferrer": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a message delivered through a third state's diplomats is no visit",
        "The United States delivered a message to Iran through Swiss "
        "diplomats on Tuesday.",
        [],
    ),
    EventCase(
        "two sides that agreed on a day to hold talks abroad: an intent",
        "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis "
        "Vega agreed on Tuesday to hold talks in Lima in May.",
        [
            (
                "intent_to_meet",
                {"Ana Soto": "party", "Luis Vega": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "agreed on a weekday, wire style, to arrange a visit: an intent",
        "Chilean Foreign Minister Ana Soto and Peruvian Foreign Minister Luis "
        "Vega agreed Thursday to arrange a visit to Peru by President Tomas "
        "Riquelme in May.",
        [
            (
                "intent_to_meet",
                {"Ana Soto": "party", "Luis Vega": "party"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "a plan agreed to meet targets is no meeting agreed",
        "Chile and Peru agreed on a plan to meet the targets.",
        [],
    ),
    EventCase(
        "a meeting between two named sides that is scheduled is planned",
        "A working meeting between Chilean Foreign Minister Ana Soto and "
        "Peruvian Foreign Minister Luis Vega is scheduled for Tuesday.",
        [
            (
                "meeting",
                {"Ana Soto": "party", "Luis Vega": "party"},
                "planned",
                "2025-04-08",
            )
        ],
    ),
    EventCase(
        "an official who will be in a capital for talks will visit it",
        "Chilean Foreign Minister Ana Soto will be in Lima on Tuesday for "
        "talks with Peruvian officials.",
        [
            (
                "visit",
                {"Ana Soto": "initiator", "Peru": "host"},
                "planned",
                "2025-04-08",
            )
        ],
    ),
    EventCase(
        "an invitation accepted from an inviter named in the possessive",
        "Peruvian President Lucia Ferrer accepted Chilean President Tomas "
        "Riquelme's invitation to a summit in Santiago.",
        [
            (
                "intent_to_meet",
                {"Lucia Ferrer": "recipient", "Tomas Riquelme": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "shelling that must stop in a place is no stop on a tour",
        "The shelling must stop in Gaza, Norwegian Foreign Minister Ingrid "
        "Dahl said.",
        [],
    ),
    EventCase(
        "fighting that must stop in a state, an official quoted: no visit",
        '"The fighting must stop in Peru," Chilean Foreign Minister Ana '
        "Soto said on Monday.",
        [],
    ),
    EventCase(
        "troops that stopped in a city and went on are on no tour",
        "Chilean troops stopped in Lima before they continued on to Cusco, "
        "officers said.",
        [],
    ),
    EventCase(
        "a ship that stopped in a port made no visit",
        "A Chilean freighter stopped in Lima on Tuesday, port staff said.",
        [],
    ),
    EventCase(
        "a delegation that will stop in a capital will visit its state",
        "The Chilean delegation will stop in Lima on Tuesday.",
        [
            (
                "visit",
                {"Chilean delegation": "initiator", "Peru": "host"},
                "planned",
                "2025-04-08",
            )
        ],
    ),
    EventCase(
        "welcomed X to a capital: its state is where, and host, no guest",
        "Georgian Foreign Minister Nino Beridze welcomed Armenian Foreign "
        "Minister Aram Petrosyan to Tbilisi on Monday.",
        [
            (
                "host_visit",
                {
                    "Nino Beridze": "host",
                    "Aram Petrosyan": "initiator",
                    "Georgia": "host",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "received X at a venue, then its city: the host's state is no guest",
        "Qatari Emir Tamim bin Hamad received Thai Foreign Minister Maris "
        "Sangiampongsa at Amiri Diwan, Doha, on Monday.",
        [
            (
                "host_visit",
                {
                    "Tamim bin Hamad": "host",
                    "Maris Sangiampongsa": "initiator",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "arrived in X ..., his first visit to X: one visit told twice",
        "Serbian Foreign Minister Marko Djuric arrived in Baku on Tuesday for "
        "talks with Foreign Minister Jeyhun Bayramov, his first visit to "
        "Azerbaijan in five years.",
        [
            (
                "visit",
                {"Marko Djuric": "initiator", "Azerbaijan": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "arrived in X ..., the first visit by a minister to X: one visit",
        "Serbian Foreign Minister Marko Djuric arrived in Baku on Tuesday for "
        "talks with Azerbaijani President Ilham Aliyev and Foreign Minister "
        "Jeyhun Bayramov, the first visit by an EU foreign minister to "
        "Azerbaijan in five years.",
        [
            (
                "visit",
                {"Marko Djuric": "initiator", "Azerbaijan": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "arrived in X after a visit to Y: two visits, the sentence names both",
        "Uzbek Foreign Minister Bakhtiyor Saidov arrived in Islamabad on "
        "Monday after a visit to Kabul.",
        [
            (
                "visit",
                {"Bakhtiyor Saidov": "initiator", "Pakistan": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "visit",
                {"Bakhtiyor Saidov": "initiator", "Afghanistan": "host"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "talks of a visit's sides join it, a host of no known state too",
        "Foreign Secretary Jane Doe welcomed Japanese Foreign Minister "
        "Takeshi Iwaya to Manila on Monday for his first official visit to "
        "the Philippines. The two ministers held a bilateral meeting at the "
        "foreign ministry.",
        [
            (
                "host_visit",
                {
                    "Jane Doe": "host",
                    "Takeshi Iwaya": "initiator",
                    "Philippines": "host",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "welcoming to a state's people: no visit without a guest",
        "Governor Ana Ruiz has long been welcoming to Venezuelan migrants.",
        [],
    ),
    EventCase(
        "agreed to convene the next meeting: an intent to meet, none held",
        "Peruvian Foreign Minister Rosa Vidal met Chilean Foreign Minister "
        "Omar Baraka in Lima on Monday. The two ministers agreed to convene "
        "the next joint commission meeting in Santiago in June.",
        [
            (
                "meeting",
                {"Rosa Vidal": "party", "Omar Baraka": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {"Rosa Vidal": "party", "Omar Baraka": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "agreed to hold one thing, then a summit past a semicolon: the summit "
        "is planned, no intent",
        "Peru and Chile agreed to hold regular consultations; a summit of "
        "Peru and Chile will take place in June.",
        [
            (
                "meeting",
                {"Peru": "party", "Chile": "party"},
                "planned",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "agreed to work toward a trilateral meeting: an intent to meet",
        "Peruvian Foreign Minister Rosa Vidal met Chilean Foreign Minister "
        "Omar Baraka in Lima on Monday. The two ministers agreed to work "
        "toward a trilateral ministers' meeting with Bolivia.",
        [
            (
                "meeting",
                {"Rosa Vidal": "party", "Omar Baraka": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {
                    "Rosa Vidal": "party",
                    "Omar Baraka": "party",
                    "Bolivia": "party",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "agreed to brief X on the meeting: the meeting told again",
        "Peruvian Foreign Minister Rosa Vidal met Chilean Foreign Minister "
        "Omar Baraka in Lima on Monday. The two ministers agreed to brief "
        "their presidents on the meeting.",
        [
            (
                "meeting",
                {"Rosa Vidal": "party", "Omar Baraka": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the words of a title are no side of a meeting",
        "Peruvian President Rosa Vidal arrived in Santiago on Monday for a "
        "state visit. In a statement, the Adviser to the President on Media "
        "and Strategy, Tom Reyes, said the two presidents would hold talks on "
        "Tuesday.",
        [
            (
                "visit",
                {"Rosa Vidal": "initiator", "Chile": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the words of a gathering's name are no sides of a meeting",
        "Peruvian President Rosa Vidal held talks with Chilean President Omar "
        "Baraka on the margins of the Plenary Meeting of the Conference of "
        "Heads of Government of the Andean Community in Lima on Monday.",
        [
            (
                "meeting",
                {"Rosa Vidal": "party", "Omar Baraka": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "received at the ministry's headquarters X: where, then whom",
        "Kuwaiti Foreign Minister Fahad Salem received at the ministry's "
        "headquarters the Ambassador of Japan to Kuwait, Kenji Tanaka.",
        [
            (
                "host_visit",
                {"Fahad Salem": "host", "Kenji Tanaka": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "X is due in a capital for talks: a visit planned",
        "US envoy Tom Reyes is due in Riyadh on Wednesday for talks with "
        "Saudi Foreign Minister Faisal Nasser.",
        [
            (
                "visit",
                {"Tom Reyes": "initiator", "Saudi Arabia": "host"},
                "planned",
                "2025-04-09",
            )
        ],
    ),
    EventCase(
        "travelled on to a capital: the next leg, a visit of its own",
        "German Foreign Minister Hans Weber visited Tbilisi on Monday and "
        "travelled on to Yerevan on Tuesday.",
        [
            (
                "visit",
                {"Hans Weber": "initiator", "Georgia": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "visit",
                {"Hans Weber": "initiator", "Armenia": "host"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "a surname with a glued article is part of the name",
        "Iraqi Prime Minister Karim al-Jabouri received Kuwaiti Foreign "
        "Minister Fahad Salem.\n\nAl-Jabouri thanked Salem for the visit.",
        [
            (
                "host_visit",
                {"Karim al-Jabouri": "host", "Fahad Salem": "initiator"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Karim al-Jabouri": "initiator", "Fahad Salem": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "described X as: the object inside the trigger",
        "Iranian Foreign Minister Reza Karimi described the Swedish decision "
        "as reckless.",
        [
            (
                "accusation",
                {"Reza Karimi": "initiator", "Sweden": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a document's name may stand between the verb and its noun",
        "Georgia and Armenia signed the Tbilisi Agreement on Monday.",
        [
            (
                "agreement",
                {"Georgia": "party", "Armenia": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an organisation's own summit has one participant",
        "The 12th ASEAN Summit ended yesterday in Manila.",
        [
            (
                "meeting",
                {"ASEAN": "party", "Philippines": "host"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "an organisation's leaders adopt its declaration",
        "BRICS leaders adopted the Kazan Declaration on Tuesday.",
        [("agreement", {"BRICS": "party"}, "occurred", "2025-04-01")],
    ),
    EventCase(
        "a summit that is only the setting is no event and has no date",
        "Kazakh President Aidos Serikbayev met Chinese Premier Li Wen on the "
        "sidelines of the SCO summit on Wednesday.",
        [
            (
                "meeting",
                {"Aidos Serikbayev": "party", "Li Wen": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "the source after a comma is no participant",
        "Turkish Foreign Minister Selim Arslan held a phone conversation with "
        "Greek Foreign Minister Nikos Pappas, the Turkish Foreign Ministry "
        "said.",
        [
            (
                "phone_call",
                {"Selim Arslan": "party", "Nikos Pappas": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an organisation that only meets is no event",
        "The UN met.",
        [],
    ),
    EventCase(
        "a call received from someone, the preposition after the trigger",
        "Kuwaiti Amir Sheikh Nasser received a call from Iraqi Prime Minister "
        "Karim al-Jabouri.",
        [
            (
                "phone_call",
                {"Nasser": "recipient", "Karim al-Jabouri": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an audience given to a visitor",
        "Omani Sultan Tariq bin Hamad gave an audience to Italian Minister "
        "Marco Rossi.",
        [
            (
                "host_visit",
                {"Tariq bin Hamad": "host", "Marco Rossi": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an organisation's envoy keeps the state the text gives",
        "Ukrainian NATO envoy Olena Marchenko met Turkish Foreign Minister "
        "Selim Arslan.",
        [
            (
                "meeting",
                {"Olena Marchenko": "party", "Selim Arslan": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a visit to a state in one of its cities has that state as host",
        "Turkish Foreign Minister Selim Arslan paid a working visit to Georgia "
        "in Batumi on Monday.",
        [
            (
                "visit",
                {"Selim Arslan": "initiator", "Georgia": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an official named by office alone is a participant of that state",
        "Kuwaiti Foreign Minister Fahad Salem received the ambassador of "
        "Sweden on Monday.\n\nThe Turkish Foreign Ministry summoned the "
        "Iranian ambassador.",
        [
            (
                "host_visit",
                {
                    "Fahad Salem": "host",
                    "the ambassador of Sweden": "initiator",
                },
                "occurred",
                "2025-03-31",
            ),
            (
                "accusation",
                {
                    "Turkish Foreign Ministry": "initiator",
                    "the Iranian ambassador": "recipient",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "welcoming a state's decision is no visit",
        "Turkish Foreign Minister Selim Arslan welcomed Azerbaijan's decision "
        "to reopen the border.",
        [],
    ),
    EventCase(
        "the heads of state are the two just named",
        "Uzbek President Timur Karimov held talks with Kazakh President "
        "Aidos Serikbayev. The Heads of State exchanged congratulations on "
        "the holiday.",
        [
            (
                "meeting",
                {"Timur Karimov": "party", "Aidos Serikbayev": "party"},
                "occurred",
                None,
            ),
            (
                "praise",
                {
                    "Timur Karimov": "initiator",
                    "Aidos Serikbayev": "recipient",
                },
                "occurred",
                None,
            ),
            (
                "praise",
                {
                    "Aidos Serikbayev": "initiator",
                    "Timur Karimov": "recipient",
                },
                "occurred",
                None,
            ),
        ],
    ),
    # -- status and date from the wording of any outlet ----------------------
    EventCase(
        "called off, told before the event",
        "Chilean Foreign Minister Tomas Herrera has called off a trip to Peru "
        "that had been planned for next month.",
        [
            (
                "visit",
                {"Tomas Herrera": "initiator", "Peru": "host"},
                "cancelled",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "a plan told as hearsay is speculated",
        "There are reports that Chilean Foreign Minister Tomas Herrera will "
        "travel to Lima next month.",
        [
            (
                "visit",
                {"Tomas Herrera": "initiator", "Peru": "host"},
                "speculated",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "a plan told as reportedly is speculated",
        "Chilean Foreign Minister Tomas Herrera will reportedly travel to "
        "Lima next month.",
        [
            (
                "visit",
                {"Tomas Herrera": "initiator", "Peru": "host"},
                "speculated",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "prepared to host is an offer, speculated",
        "A Peruvian official said Lima was prepared to host talks between "
        "Chile and Bolivia.",
        [
            (
                "negotiation",
                {"Chile": "party", "Bolivia": "party"},
                "speculated",
                None,
            )
        ],
    ),
    EventCase(
        "an invitation accepted for next year took place now, undated",
        "Chilean President Lucia Ferrer accepted an invitation from Peruvian "
        "President Mateo Quispe to visit Lima next year.",
        [
            (
                "intent_to_meet",
                {"Lucia Ferrer": "recipient", "Mateo Quispe": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "described as a friend is no accusation",
        "Chilean President Lucia Ferrer praised the port deal and described "
        "Peru as a reliable neighbour and a close partner.",
        [],
    ),
    EventCase(
        "described in a long quotation as a partner is no accusation",
        "Chilean President Lucia Ferrer described Peru as “the oldest "
        "neighbour of our nation and an essential partner in the Pacific”.",
        [],
    ),
    EventCase(
        "described as reckless is an accusation",
        "Chilean President Lucia Ferrer described Peru's border decree as "
        "reckless.",
        [
            (
                "accusation",
                {"Lucia Ferrer": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a visit under way, and a leg of it in the host state",
        "Peruvian President Mateo Quispe received Chilean President Lucia "
        "Ferrer in Lima on Thursday. Ferrer, who is on a three-day visit to "
        "Peru, will travel to Cusco on Saturday.",
        [
            (
                "host_visit",
                {"Mateo Quispe": "host", "Lucia Ferrer": "initiator"},
                "ongoing",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "a leg in the host state told in the next sentence: the same visit",
        "Peruvian President Mateo Quispe received Chilean President Lucia "
        "Ferrer in Lima on Thursday. Ferrer is on a three-day visit to Peru. "
        "She will travel to Cusco on Saturday.",
        [
            (
                "host_visit",
                {"Mateo Quispe": "host", "Lucia Ferrer": "initiator"},
                "ongoing",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "would after a speech verb is a plan reported",
        "Peruvian President Mateo Quispe also said he would visit Santiago "
        "in June at the invitation of President Lucia Ferrer.",
        [
            (
                "visit",
                {"Mateo Quispe": "initiator", "Chile": "host"},
                "planned",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "a reported would with its adverb takes the coming weekday",
        "Peruvian President Mateo Quispe said he would also visit Santiago "
        "on Monday.",
        [
            (
                "visit",
                {"Mateo Quispe": "initiator", "Chile": "host"},
                "planned",
                "2025-04-07",
            )
        ],
    ),
    EventCase(
        "a reported wish to visit stays speculated",
        "Peruvian President Mateo Quispe said he would be glad to visit "
        "Santiago.",
        [
            (
                "visit",
                {"Mateo Quispe": "initiator", "Chile": "host"},
                "speculated",
                None,
            )
        ],
    ),
    EventCase(
        "a date after since is not the event's",
        "Peruvian Foreign Minister Mateo Quispe arrived in Santiago on "
        "Thursday. It was his first visit to Chile since he took office in "
        "January.",
        [
            (
                "visit",
                {"Mateo Quispe": "initiator", "Chile": "host"},
                "occurred",  # an arrival told in the past
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "received in a city today, then the guest",
        "Saudi Foreign Minister Faisal Al-Harbi received in Riyadh today "
        "Uzbek Foreign Minister Akmal Rustamov.",
        [
            (
                "host_visit",
                {"Faisal Al-Harbi": "host", "Akmal Rustamov": "initiator"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "received visiting X: the guest visits, the host does not",
        "Peruvian President Mateo Quispe received visiting Chilean Foreign "
        "Minister Lucia Ferrer in Lima on Thursday.",
        [
            (
                "host_visit",
                {"Mateo Quispe": "host", "Lucia Ferrer": "initiator"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "both sides of a conflict, resolved to people of no state, are none",
        "Aid coordinator Jana Holm said thousands of people in the valley "
        "faced hunger. Spokesperson Tom Reilly said the administration was "
        "considering new sanctions on commanders from both sides.",
        [],
    ),
    EventCase(
        "the status words of a visit stand before its owner's long name",
        "This will be Chinese Premier Li Qiang's second visit to New Zealand.",
        [
            (
                "visit",
                {"Li Qiang": "initiator", "New Zealand": "host"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "a visit that will start on a weekday is planned for the coming one",
        "Chinese Premier Li Qiang's visit to New Zealand will start on "
        "Monday.",
        [
            (
                "visit",
                {"Li Qiang": "initiator", "New Zealand": "host"},
                "planned",
                "2025-04-07",
            )
        ],
    ),
    EventCase(
        "two verbs joined by and share their modal",
        "Chinese Premier Li Qiang will meet Indonesian Foreign Minister "
        "Dewi Kartika and hold talks with Malaysian Prime Minister Aziz "
        "Rahman.",
        [
            (
                "meeting",
                {"Li Qiang": "party", "Dewi Kartika": "party"},
                "planned",
                None,
            ),
            (
                "meeting",
                {"Li Qiang": "party", "Aziz Rahman": "party"},
                "planned",
                None,
            ),
        ],
    ),
    EventCase(
        "any attempt to act is no act",
        "Russian Foreign Minister Sergei Lavrov reaffirmed Moscow's "
        "opposition to any attempt to reimpose UN sanctions on Iran.",
        [],
    ),
    EventCase(
        "a meeting denied with any is denied",
        "The Kremlin denied any meeting between Russian envoy Ivan Petrov "
        "and Ukrainian President Petro Hrytsenko.",
        [
            (
                "meeting",
                {"Ivan Petrov": "party", "Petro Hrytsenko": "party"},
                "denied",
                None,
            )
        ],
    ),
    EventCase(
        "sanctions on a number of a state's officials, in words",
        "The European Union imposed sanctions on six Iranian officials on "
        "Monday.",
        [
            (
                "sanction",
                {"European Union": "initiator", "Iran": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "its ambassador in a capital is its ambassador to that state",
        "Peru recalled its ambassador in Santiago for consultations.",
        [
            (
                "expulsion",
                {"Peru": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "relations severed with a neighbouring state",
        "Bolivia has severed diplomatic relations with neighbouring Peru.",
        [
            (
                "break_relations",
                {"Bolivia": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a weekday between received and the call",
        "Kuwaiti Foreign Minister Fahad Al-Sabah received on Wednesday a "
        "phone call from Jordanian Foreign Minister Omar Haddad.",
        [
            (
                "phone_call",
                {"Fahad Al-Sabah": "recipient", "Omar Haddad": "initiator"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "a cable over an attack is condolence, no praise",
        "The Emir of Kuwait sent a cable to Bahraini King Hamad Al-Khalifa "
        "over the attack that killed four soldiers.",
        [],
    ),
    EventCase(
        "a day before the cue is the saying's, not the plan's",
        "The Russian foreign ministry on Monday announced that Russian "
        "President Oleg Sidorov will visit Peru next month.",
        [
            (
                "visit",
                {"Oleg Sidorov": "initiator", "Peru": "host"},
                "planned",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "a meeting denied keeps the date told after it",
        "Kremlin spokesman Ivan Petrov on Tuesday denied a media report that "
        "Russian President Oleg Sidorov would meet Ukrainian President Petro "
        "Hrytsenko in Istanbul later this month.",
        [
            (
                "meeting",
                {"Oleg Sidorov": "party", "Petro Hrytsenko": "party"},
                "denied",
                "2025-04",
            )
        ],
    ),
    EventCase(
        "a guest received after the place he is received in",
        "President Ana Dahl of Norway received in Oslo a delegation headed "
        "by Chilean Foreign Minister Tomas Riquelme.",
        [
            (
                "host_visit",
                {"Ana Dahl": "host", "Tomas Riquelme": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a guest received after a palace and a day is the object",
        "Peruvian President Lucia Ferrer received on Tuesday at the Torre "
        "Tagle Palace the Ambassador of Chile, Tomas Riquelme.",
        [
            (
                "host_visit",
                {"Lucia Ferrer": "host", "Tomas Riquelme": "initiator"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a delegation led by a minister is his visit",
        "Peruvian President Lucia Ferrer on Monday received a delegation led "
        "by Chilean Foreign Minister Tomas Riquelme.",
        [
            (
                "host_visit",
                {"Lucia Ferrer": "host", "Tomas Riquelme": "initiator"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a delegation led by an unnamed official is the delegation's visit",
        "Peruvian President Lucia Ferrer on Monday received a Chilean "
        "delegation led by a deputy minister.",
        [
            (
                "host_visit",
                {"Lucia Ferrer": "host", "Chilean delegation": "initiator"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a delegation whose head has no state named is the delegation's",
        "Peruvian President Lucia Ferrer on Monday received a Chilean "
        "delegation led by Marta Ibarra.",
        [
            (
                "host_visit",
                {"Lucia Ferrer": "host", "Chilean delegation": "initiator"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a place told before a word that is no article stays a place",
        "Peruvian President Lucia Ferrer received in Lima yesterday's "
        "petition of the farmers.",
        [],
    ),
    EventCase(
        "condemnation in the strongest terms names the side after it",
        "The Chilean Foreign Ministry condemned in the strongest terms "
        "Norway's seizure of the fishing boats.",
        [
            (
                "accusation",
                {
                    "Chilean Foreign Ministry": "initiator",
                    "Norway": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a condemnation expressed in a state's name accuses the one who did",
        "The Chilean Foreign Ministry expressed Chile's strong condemnation "
        "of the storming of its consulate by Peruvian Minister Lucia Ferrer.",
        [
            (
                "accusation",
                {
                    "Chilean Foreign Ministry": "initiator",
                    "Lucia Ferrer": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the storming of a place by no one named accuses no one",
        "The Chilean Foreign Ministry condemned the storming of the "
        "consulate.",
        [],
    ),
    EventCase(
        "a reprisal reserved in reported speech is a threat",
        "Norway expelled two Chilean diplomats on Tuesday. Foreign Minister "
        "Tomas Riquelme of Chile said Santiago reserved the right to take "
        "reciprocal measures.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "threat",
                {"Tomas Riquelme": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a vow that an act will not go unpunished is a threat",
        "Norway expelled two Chilean diplomats on Tuesday. “This will not go "
        "unpunished,” Chilean Foreign Minister Tomas Riquelme said.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "threat",
                {"Tomas Riquelme": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an act that will not remain without consequences is a threat",
        "Norway expelled two Chilean diplomats on Tuesday. “This will not "
        "remain without consequences,” Chilean Foreign Minister Tomas "
        "Riquelme said.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "threat",
                {"Tomas Riquelme": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "consequences the other side must bear threaten that side",
        "Norway expelled two Chilean diplomats on Tuesday. The Chilean "
        "Foreign Ministry said Norway must bear the full consequences.",
        [
            NORWAY_EXPELS_CHILEANS,
            (
                "threat",
                {
                    "Chilean Foreign Ministry": "initiator",
                    "Norway": "recipient",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a price a side will pay threatens the side named first",
        "Peru expelled two Chilean diplomats on Tuesday. “Norway must know "
        "that every ship it sends to Peru will cost it dearly,” Chilean "
        "Foreign Minister Tomas Riquelme said.",
        [
            (
                "expulsion",
                {"Peru": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-04-01",
            ),
            (
                "threat",
                {"Tomas Riquelme": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a price a body of a state named before its state will pay "
        "threatens the body",
        "Chilean Foreign Minister Tomas Riquelme warned that the National "
        "Assembly of Ghana would pay dearly for the vote.",
        [
            (
                "threat",
                {
                    "Tomas Riquelme": "initiator",
                    "National Assembly of Ghana": "recipient",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an attack in a state by no one named that will not go unpunished "
        "threatens no one",
        "Chilean Foreign Minister Tomas Riquelme said the attack on the "
        "Chilean embassy in Lima will not go unpunished.",
        [],
    ),
    EventCase(
        "a price the unnamed doers of an act in a state will pay threatens "
        "no one",
        "Chilean Foreign Minister Tomas Riquelme said the killing of Chilean "
        "tourists in Norway would cost the killers dearly.",
        [],
    ),
    EventCase(
        "a thing held dear and a vow not to punish are no threats",
        "Foreign Minister Tomas Riquelme of Chile said Chile valued its "
        "friendship with Norway dearly and feared that the crime would go "
        "unpunished.",
        [],
    ),
    EventCase(
        "a reprisal held against a state's government threatens its state",
        "Peru expelled two Chilean diplomats on Tuesday. Chilean spokesman "
        "Tomas Riquelme said Santiago would take reciprocal measures and held "
        "the Norwegian government responsible.",
        [
            (
                "expulsion",
                {"Peru": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-04-01",
            ),
            (
                "threat",
                {
                    "Tomas Riquelme": "initiator",
                    "Norwegian government": "recipient",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the second such incident in a week is a span, not a date ahead",
        "Chile expelled the Peruvian ambassador after a mine blast injured "
        "five soldiers near the border, the second such incident in a week.",
        [
            (
                "expulsion",
                {
                    "Chile": "initiator",
                    "the Peruvian ambassador": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a call told with the part of the day before its partner",
        "Chilean Foreign Minister Ana Soto held a telephone conversation on "
        "Tuesday evening with Peruvian Foreign Minister Tomas Herrera.",
        [
            (
                "phone_call",
                {"Ana Soto": "party", "Tomas Herrera": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "spoke to a minister by telephone is a call",
        "Chilean Foreign Minister Ana Soto spoke to Peruvian Foreign "
        "Minister Tomas Herrera by telephone on Wednesday.",
        [
            (
                "phone_call",
                {"Ana Soto": "party", "Tomas Herrera": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        # annotators read the readouts' "spoke to X" with no place as a call
        "spoke to a minister with no telephone and no place is a call",
        "Chilean Foreign Minister Ana Soto spoke to Peruvian Foreign "
        "Minister Tomas Herrera about the border on Wednesday.",
        [
            (
                "phone_call",
                {"Ana Soto": "party", "Tomas Herrera": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "two leaders who held their first phone talks are its parties",
        "Chilean President Ana Soto and Peruvian President Tomas Herrera "
        "held their first phone talks on Wednesday.",
        [
            (
                "phone_call",
                {"Ana Soto": "party", "Tomas Herrera": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "a joint statement the leaders sign is an agreement",
        "Chilean President Ana Soto and Peruvian President Tomas Herrera "
        "signed a Joint Statement on their strategic partnership.",
        [
            (
                "agreement",
                {"Ana Soto": "party", "Tomas Herrera": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a joint statement issued, not signed, is no agreement",
        "Chilean President Ana Soto and Peruvian President Tomas Herrera "
        "issued a joint statement on their strategic partnership.",
        [],
    ),
    EventCase(
        "the partner told before the document signed is its party",
        "Chilean Foreign Minister Ana Soto signed with Peruvian Foreign "
        "Minister Tomas Herrera an agreement on visa exemption.",
        [
            (
                "agreement",
                {"Ana Soto": "party", "Tomas Herrera": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "ties severed years before another act are background",
        "Chile and Peru agreed on Monday to hold talks on their relations, "
        "more than eight years after Lima severed ties with Santiago.",
        [
            (
                "intent_to_meet",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an act told before years after something else is still told",
        "Chile severed ties with Peru on Monday, two years after the border "
        "war ended.",
        [
            (
                "break_relations",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "mechanisms agreed to be established are no agreement",
        "Chile and Peru have agreed to establish the necessary mechanisms "
        "for their border trade.",
        [],
    ),
    EventCase(
        "diplomatic relations agreed to be established are an agreement",
        "Chile and Peru agreed to establish diplomatic relations on Monday.",
        [
            (
                "agreement",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions another side is called on to impose are an appeal",
        "Foreign Minister Ana Soto of Chile called on the European Union to "
        "impose sanctions on Peruvian officials.",
        [],
    ),
    EventCase(
        "an expulsion another side is urged to decide is an appeal",
        "Foreign Minister Ana Soto of Chile urged Norway to expel the "
        "Peruvian ambassador.",
        [],
    ),
    EventCase(
        "an expulsion a side decided is done",
        "Foreign Minister Ana Soto of Chile said Norway decided to expel the "
        "Peruvian ambassador.",
        [
            (
                "expulsion",
                {
                    "Norway": "initiator",
                    "the Peruvian ambassador": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "peace negotiations told as progressing are under way",
        "Chilean Foreign Minister Ana Soto told journalists that peace "
        "negotiations with Peru were progressing.",
        [
            (
                "negotiation",
                {"Ana Soto": "party", "Peru": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "peace talks told as scheduled are a plan",
        "Peace talks between Chile and Peru are scheduled for May.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "planned",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "a recognition by several states is each state's own",
        "Chile and Peru formally recognized Kosovo on Sunday.",
        [
            (
                "recognition",
                {"Chile": "initiator", "Kosovo": "recipient"},
                "occurred",
                "2025-03-30",
            ),
            (
                "recognition",
                {"Peru": "initiator", "Kosovo": "recipient"},
                "occurred",
                "2025-03-30",
            ),
        ],
    ),
    EventCase(
        "talks with a visiting leader are the host's side of his visit",
        "Chilean President Ana Soto on Wednesday held talks with visiting "
        "Peruvian Prime Minister Tomas Herrera. On Tuesday, Chilean Foreign "
        "Minister Luis Vidal held talks with Herrera.",
        [
            (
                "host_visit",
                {"Ana Soto": "host", "Tomas Herrera": "initiator"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "talks with a leader not told as visiting stay a meeting",
        "Chilean President Ana Soto on Wednesday held talks with Peruvian "
        "Prime Minister Tomas Herrera.",
        [
            (
                "meeting",
                {"Ana Soto": "party", "Tomas Herrera": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "a visiting guest of the host's own state makes no visit",
        "Chilean President Ana Soto on Wednesday held talks with visiting "
        "Chilean envoy Luis Vidal.",
        [],
    ),
    EventCase(
        "an appeal in a clause before the act is not its own",
        "Norway urged restraint; Chile decided to expel the Peruvian "
        "ambassador.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "the Peruvian ambassador": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a call that is the means of two acts is a call with the first's side",
        "In a phone call, Chile thanked Peru and praised Bolivia.",
        [
            (
                "praise",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Chile": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
            (
                "phone_call",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "receptions of one envoy by two hosts are two events",
        "Chilean President Tomas Riquelme received Norwegian envoy Ana Dahl. "
        "On March 21, the Norwegian envoy had presented her credentials to "
        "Chile's Foreign Minister, Luis Soto.",
        [
            (
                "host_visit",
                {"Tomas Riquelme": "host", "Ana Dahl": "initiator"},
                "occurred",
                None,
            ),
            (
                "host_visit",
                {"Ana Dahl": "initiator", "Luis Soto": "host"},
                "occurred",
                "2025-03-21",
            ),
        ],
    ),
    EventCase(
        "a reception told twice with its host named twice is one",
        "Chilean President Tomas Riquelme received Norwegian envoy Ana Dahl on "
        "Monday. During the reception, Riquelme welcomed the envoy to Chile.",
        [
            (
                "host_visit",
                {"Tomas Riquelme": "host", "Ana Dahl": "initiator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a title's list of portfolios with commas is one title",
        "Norwegian Foreign Minister Ana Dahl met the Secretary of State for "
        "Foreign, Commonwealth and Development Affairs, Tom Hale, in London on "
        "Monday. Chile's Minister of Foreign Affairs, International Trade and "
        "Worship, Luis Soto, met Dahl on Tuesday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Tom Hale": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Luis Soto": "party", "Ana Dahl": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "talks in other words: exchanged views with, held an exchange with",
        "Norwegian Foreign Minister Ana Dahl exchanged views with Chilean Foreign "
        "Minister Luis Soto on Monday. Dahl also held a frank exchange with "
        "Peruvian Foreign Minister Sam Roe on Tuesday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Luis Soto": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Sam Roe": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "views exchanged by telephone are a call, and sides alone no meeting",
        "Norwegian Foreign Minister Ana Dahl exchanged views by telephone with "
        "Chilean Foreign Minister Luis Soto on Monday. The two sides exchanged "
        "views on the port.",
        [
            (
                "phone_call",
                {"Ana Dahl": "initiator", "Luis Soto": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "agreements inked in the plural",
        "Norwegian Foreign Minister Ana Dahl and her Chilean counterpart Luis Soto "
        "inked four cooperation agreements on Monday.",
        [
            (
                "agreement",
                {"Ana Dahl": "party", "Luis Soto": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "praise in other words: spoke highly of, highly valued",
        "Norwegian Foreign Minister Ana Dahl spoke highly of Chile's role in the "
        "talks. Chilean Foreign Minister Luis Soto highly valued Peru's support.",
        [
            (
                "praise",
                {"Ana Dahl": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Luis Soto": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "praise of a thing no actor owns is none",
        "Norwegian Foreign Minister Ana Dahl spoke highly of the project.",
        [],
    ),
    EventCase(
        "protest in other words: representations to, disapproval of",
        "Norway lodged solemn representations to Chile on Monday. Norwegian "
        "Foreign Minister Ana Dahl expressed strong disapproval of Peru's "
        "remarks. Dahl also expressed the EU's disapproval of Bolivia's move.",
        [
            (
                "accusation",
                {"Norway": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "accusation",
                {"Ana Dahl": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            # told in the EU's name, against Bolivia, not the EU
            (
                "accusation",
                {"Ana Dahl": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "disapproval in the name of the speaker's state; regret, often "
        "condolence, is none",
        "Norwegian Foreign Minister Ana Dahl expressed Norway's strong "
        "disapproval of Peru's remarks. Chilean Foreign Minister Luis Soto "
        "expressed deep regret over Bolivia's loss of life in the floods.",
        [
            (
                "accusation",
                {"Ana Dahl": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "'thanks to' a state is no thanks when it means 'because of'",
        "The EU extended sanctions on Peru thanks to Bolivia dropping its "
        "veto.",
        [
            (
                "sanction",
                {"EU": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            # the verb "thanks" before Bolivia: a known miss, as before
            (
                "praise",
                {"Peru": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "thanks extended in the name of the speaker's state",
        "Norwegian Foreign Minister Ana Dahl extended Norway's thanks for "
        "Peru's support for the bid.",
        [
            (
                "praise",
                {"Ana Dahl": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a prisoner exchange is no talks, and the ink of an agreement no signing",
        "Norway held a prisoner exchange with Chile on Friday. Weeks after the "
        "ink dried on the agreements between Peru and Bolivia, Chile protested.",
        [],
    ),
    EventCase(
        "praise told in the passive: highly valued by",
        "Norway's mediation was highly valued by Chile.",
        [
            (
                "praise",
                {"Chile": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a reception by a title alone and by the name is one",
        "Jordan's King received Norwegian Prime Minister Jonas Berg on Monday. "
        "King Abdullah II received Berg in the presence of the Crown Prince on "
        "Monday.",
        [
            (
                "host_visit",
                # the first mention names the host: a title alone
                {"King": "host", "Jonas Berg": "initiator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a list of demonyms before 'counterparts' after 'his' names a state each",
        "Norwegian Foreign Minister Ana Dahl met her Chilean and Peruvian "
        "counterparts on Monday. Dahl met her Bolivian, Ecuadorian and "
        "Argentine counterparts on Tuesday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Bolivia": "party"},
                "occurred",
                "2025-04-01",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Ecuador": "party"},
                "occurred",
                "2025-04-01",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Argentina": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "one who meets the people of three states or more meets each; they "
        "meeting together is one meeting",
        "Norwegian Foreign Minister Ana Dahl met the foreign ministers of "
        "Chile, Peru and Bolivia on Monday. The foreign ministers of Ecuador, "
        "Argentina and Uruguay met in Lima on Tuesday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ecuador": "party", "Argentina": "party", "Uruguay": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "one who meets people of three states or more, each named with his "
        "title before him, meets each",
        "Norwegian Foreign Minister Ana Dahl on Monday exchanged views with "
        "the Foreign Minister of Chile, Tomas Riquelme, Peru's Foreign "
        "Minister, Lucia Ferrer, and the Foreign Minister of Bolivia, Juan "
        "Mamani.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Tomas Riquelme": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Lucia Ferrer": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Juan Mamani": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "people of three states met with one of the holder's own are one "
        "meeting",
        "Norwegian Foreign Minister Ana Dahl met Chilean Foreign Minister "
        "Tomas Riquelme, Peruvian Foreign Minister Lucia Ferrer, Bolivian "
        "Foreign Minister Juan Mamani and Norwegian Trade Minister Erik Lund "
        "on Monday.",
        [
            (
                "meeting",
                {
                    "Ana Dahl": "party",
                    "Tomas Riquelme": "party",
                    "Lucia Ferrer": "party",
                    "Juan Mamani": "party",
                    "Erik Lund": "party",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "people of one state met together are one meeting",
        "Norwegian Foreign Minister Ana Dahl met Chilean Foreign Minister "
        "Tomas Riquelme, Chilean Trade Minister Lucia Ferrer and Chilean "
        "Defence Minister Juan Mamani on Monday.",
        [
            (
                "meeting",
                {
                    "Ana Dahl": "party",
                    "Tomas Riquelme": "party",
                    "Lucia Ferrer": "party",
                    "Juan Mamani": "party",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a date between the verb and its object says when, then whom",
        "Norwegian Foreign Minister Ana Dahl met 31 March with Chilean Foreign "
        "Minister Tomas Riquelme.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Tomas Riquelme": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "meetings held separately are one each",
        "Norwegian Foreign Minister Ana Dahl met separately with the foreign "
        "ministers of Chile and Peru on Monday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "states met jointly, or at a summit, are one meeting",
        "Norwegian Foreign Minister Ana Dahl met jointly with the foreign "
        "ministers of Chile, Peru and Bolivia in Lima on Monday.",
        [
            (
                "meeting",
                {
                    "Ana Dahl": "party",
                    "Chile": "party",
                    "Peru": "party",
                    "Bolivia": "party",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "counterparts named after their demonyms are counted once",
        "Norwegian Foreign Minister Ana Dahl met her Chilean and Peruvian "
        "counterparts, Luis Soto and Rosa Vidal, in Lima on Monday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an exchange held with a minister, representations made, agreements to be inked",
        "Norwegian Foreign Minister Ana Dahl held an exchange with Chilean Foreign "
        "Minister Luis Soto on Monday. China made solemn representations to Japan "
        "on Tuesday. Peru and Bolivia will ink two agreements on Friday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Luis Soto": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "accusation",
                {"China": "initiator", "Japan": "recipient"},
                "occurred",
                "2025-04-01",
            ),
            (
                "agreement",
                {"Peru": "party", "Bolivia": "party"},
                "planned",
                "2025-04-04",
            ),
        ],
    ),
    EventCase(
        "a state whose name is also a word, opening the sentence, acts",
        "Turkey has recalled its ambassador to Peru.",
        [
            (
                "expulsion",
                {"Turkey": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an ambassador to a state named with its article is recalled from it",
        "Chile recalled its ambassador to the United States on Monday.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "United States": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a recall told in the progressive is a decision taken",
        "Chile is recalling its ambassador to Peru for consultations.",
        [
            (
                "expulsion",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "more diplomats expelled are expelled all the same",
        "Peru expelled two more Chilean diplomats after Chile expelled "
        "another two Peruvian consuls.",
        [
            (
                "expulsion",
                {"Peru": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
            (
                "expulsion",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "envoys counted as one group at one ceremony are one reception",
        "President Ana Dahl on Thursday received letters of credence from "
        "three newly appointed ambassadors from Chile, Cuba and Mexico.",
        [
            (
                "host_visit",
                {
                    "Ana Dahl": "host",
                    "Chile": "initiator",
                    "Cuba": "initiator",
                    "Mexico": "initiator",
                },
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "envoys received separately are a reception each",
        "President Ana Dahl on Thursday separately received the three "
        "ambassadors of Chile, Cuba and Mexico.",
        [
            (
                "host_visit",
                {"Ana Dahl": "host", state: "initiator"},
                "occurred",
                "2025-04-03",
            )
            for state in ("Chile", "Cuba", "Mexico")
        ],
    ),
    EventCase(
        "on the phone to speak with someone is a call",
        "President Ana Dahl was on the phone on Wednesday afternoon to speak "
        "with Chilean President Karl Brenner.",
        [
            (
                "phone_call",
                {"Ana Dahl": "party", "Karl Brenner": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "a cable of thanks received is its sender's praise",
        "President Ana Dahl received a cable of thanks from Chilean "
        "President Karl Brenner.",
        [
            (
                "praise",
                {"Karl Brenner": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "envoys counted but received at separate ceremonies are received each",
        "President Ana Dahl received letters of credence from two newly "
        "appointed ambassadors from Chile and Cuba at separate ceremonies.",
        [
            (
                "host_visit",
                {"Ana Dahl": "host", state: "initiator"},
                "occurred",
                None,
            )
            for state in ("Chile", "Cuba")
        ],
    ),
    EventCase(
        "a number in the next sentence counts no envoys of this one",
        "President Ana Dahl received the ambassadors of Chile and Cuba. Two "
        "diplomats were expelled from Peru last year.",
        [
            (
                "host_visit",
                {"Ana Dahl": "host", state: "initiator"},
                "occurred",
                None,
            )
            for state in ("Chile", "Cuba")
        ],
    ),
    EventCase(
        "an envoy to talks named by a state is not posted to it",
        "Peru recalled its special envoy to the Chile talks in Lima.",
        [],
    ),
    EventCase(
        "a cable of thanks for condolences is praise all the same",
        "President Ana Dahl sent a cable of thanks to President Karl Brenner "
        "in reply to his condolences on the death of her father.",
        [
            (
                "praise",
                {"Ana Dahl": "initiator", "Karl Brenner": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an outlet that relays harsh words accuses no one",
        "The actions of Chilean guards were “aggressive and unprofessional”, "
        "according to Anadolu Agency.",
        [],
    ),
    EventCase(
        "a surname the people table knows is a side, never given in full",
        "Lavrov visited Peru on Tuesday.",
        [
            (
                "visit",
                {"Lavrov": "initiator", "Peru": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a surname no table knows, never given in full, is no side",
        "Hallberg visited Peru on Tuesday.",
        [],
    ),
    EventCase(
        "a readiness to visit stated is the wish to meet, told as done",
        "President Karl Brenner said he was ready to visit Chile.",
        [
            (
                "intent_to_meet",
                {"Karl Brenner": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a readiness that only would be is a wish speculated",
        "President Karl Brenner said he would be ready to visit Chile.",
        [
            (
                "intent_to_meet",
                {"Karl Brenner": "initiator", "Chile": "recipient"},
                "speculated",
                None,
            )
        ],
    ),
    EventCase(
        "a readiness expressed to pay a visit is the wish to meet",
        "The Peruvian president expressed his readiness to pay a state "
        "visit to Chile.",
        [
            (
                "intent_to_meet",
                {"The Peruvian president": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "being ready to meet an obligation is no meeting",
        "Peru is ready to meet its obligations to Chile.",
        [],
    ),
    EventCase(
        "pleasure at meeting someone, as a post tells it, is the meeting held",
        "“Delighted to meet Foreign Minister Tomas Berg of Chile today,” "
        "Ana Dahl wrote.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Tomas Berg": "party"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "there, the place, before a signing keeps the agreement",
        "Karl Brenner flew to Lima on Monday and there signed an agreement "
        "with Ana Dahl on fishing.",
        [
            (
                "visit",
                {"Karl Brenner": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-31",
            ),
            # (the day told with the flight is not carried to the signing)
            (
                "agreement",
                {"Karl Brenner": "party", "Ana Dahl": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an agreement there is, told signed, is an agreement",
        "There is a new agreement between Peru and Chile, signed in Lima on "
        "Tuesday, on trade.",
        [
            (
                "agreement",
                {"Peru": "party", "Chile": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "delighted to meet, after was, is the meeting held",
        "Foreign Minister Ana Dahl said she was delighted to meet Chilean "
        "Foreign Minister Tomas Berg in Lima on Monday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Tomas Berg": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "happy to welcome a state as a member is no visit",
        "Peru said it was happy to welcome Chile as a full member of the "
        "bloc.",
        [],
    ),
    EventCase(
        "an agreement there is between two leaders is no signing",
        "There is an agreement between Ana Dahl and Karl Brenner that the "
        "border should stay open.",
        [],
    ),
    EventCase(
        "a joint commission for two states is a meeting of theirs",
        "The Joint Commission for Chile and Peru met in Lima on Monday.",
        [
            (
                "meeting",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
]
