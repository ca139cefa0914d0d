"""
relwatch.extract: the rules of the speaker look-ups, the statement and
event passes and the Article-level plumbing, each pinned by invented
sentences in the diplomatic-news register and what a correct extraction
finds in them.  Golden-style like tests/extract_cases.py: each statement is
``(kind, text, speaker)``, each event ``(kind, {participant: role},
status, when)``; bodies are dated 4 April 2025, a Friday.
"""

import datetime as dt

import pytest

import relwatch

from relwatch import Article, Dateline
from relwatch._extract import _domain_home, home_country

from .extract_cases import REFERENCE, EventCase, StatementCase
from .test_extract import _events, _extract, _statements


def _cases(cases):
    # A pytest.param carries its own id.
    return pytest.mark.parametrize(
        "case", cases, ids=[getattr(c, "name", None) for c in cases]
    )


# The call of the rules that find a call through the act made in it.
HADDAD_CALLED_VIDAL = (
    "phone_call",
    {"Omar Haddad": "initiator", "Rosa Vidal": "recipient"},
    "occurred",
    "2025-03-31",
)
# The accusation of the rules that find a protest to an envoy.
URUGUAY_ACCUSED_ENVOY = (
    "accusation",
    {"Uruguay": "initiator", "the Bolivian ambassador": "recipient"},
    "occurred",
    "2025-03-31",
)
# The expulsion of the rules that find the envoys ordered to leave.
BOLIVIA_EXPELLED_CHILE = (
    "expulsion",
    {"Bolivia": "initiator", "Chile": "recipient"},
    "occurred",
    "2025-04-03",
)
# The mediation that several rules find its sides for.
ECUADOR_MEDIATED = (
    "mediation",
    {"Ecuador": "mediator", "Uruguay": "party", "Bolivia": "party"},
    "occurred",
    None,
)
# The meeting and the call of the rules of talks discussed in a place.
DAHL_MET_HADDAD = (
    "meeting",
    {"Ana Dahl": "party", "Omar Haddad": "party"},
    "occurred",
    "2025-03-31",
)
DAHL_CALLED_HADDAD = (
    "phone_call",
    {"Ana Dahl": "party", "Omar Haddad": "party"},
    "occurred",
    "2025-03-31",
)
# The meeting that several agreement rules are told after.
DAHL_MET_SOTO = (
    "meeting",
    {"Ana Dahl": "party", "Luis Soto": "party"},
    "occurred",
    "2025-03-31",
)


def _failing(reason, case):
    # Wrong today: the case is what the annotation guide wants.
    return pytest.param(
        case,
        marks=pytest.mark.xfail(strict=True, reason=reason),
        id=case.name,
    )


# -- who a mention means (_doc.Doc) -------------------------------------------

SPEAKER_CASES = [
    StatementCase(
        "an outlet's 'Own report:' label is no one's words; 'X reports:' is",
        "Own report: Chile has expelled two Peruvian diplomats.\n\n"
        "Special report: Talks on the border resumed.\n\n"
        "Reuters reports: Peru will answer in kind.",
        [("indirect", "Peru will answer in kind", "Reuters")],
    ),
    StatementCase(
        "a topic's label before a colon is no subject of the words after it",
        "Chilean Foreign Minister Tomas Herrera visited Lima.\n\n"
        "- Trade and transport: The future could only come by acknowledging "
        "the old border disputes, Herrera said.",
        [
            (
                "indirect",
                (
                    "Trade and transport: The future could only come by "
                    "acknowledging the old border disputes"
                ),
                "Tomas Herrera",
            )
        ],
    ),
    StatementCase(
        "the leaders of the two countries are the two leaders, not the states",
        "Chilean President Ana Ruiz met Peruvian President Luis Soto in Lima. "
        "The leaders of the two countries stressed their interest in trade. "
        "The presidents of both countries stressed the need for a new port.",
        [
            ("indirect", "interest in trade", "Ana Ruiz and Luis Soto"),
            ("indirect", "the need for a new port", "Ana Ruiz and Luis Soto"),
        ],
    ),
    StatementCase(
        "the head of a state's foreign ministry is its foreign minister",
        "Chilean Foreign Minister Tomas Herrera held talks with Peruvian "
        "Foreign Minister Rosa Vidal.\n\n"
        "“We agreed on the border,” the head of the Chilean Foreign Ministry "
        "wrote.\n\n"
        "“We agreed on visas,” the head of the Ministry of Foreign Affairs "
        "of Chile said.\n\n"
        "“We agreed on ports,” the head of the Chile Ministry said.",
        [
            ("direct", "We agreed on the border,", "Tomas Herrera"),
            ("direct", "We agreed on visas,", "Tomas Herrera"),
            # a ministry with no portfolio is no minister's
            (
                "direct",
                "We agreed on ports,",
                "the head of the Chile Ministry",
            ),
        ],
    ),
    StatementCase(
        "the second of two names a preposition governs is no subject",
        "Chilean Foreign Minister Tomas Herrera visited Lima.\n\n"
        "A future for the partnership between Bolivia and Peru could only come "
        "by acknowledging the past, Herrera said.",
        [
            (
                "indirect",
                (
                    "A future for the partnership between Bolivia and Peru "
                    "could only come by acknowledging the past"
                ),
                "Tomas Herrera",
            )
        ],
    ),
    StatementCase(
        "a portfolio listed with commas goes on to its 'and'",
        "Minister of Foreign Affairs, Cooperation and Nationals Abroad "
        "Amadou Ould Sidi said the border would reopen.",
        [("indirect", "the border would reopen", "Amadou Ould Sidi")],
    ),
    StatementCase(
        "a city and its state in the subject's relative clause: no speakers",
        "Lena Vasko, the Slovak envoy who will be resident in Kampala, "
        "Uganda, noted that trade with Rwanda was growing.",
        [("indirect", "trade with Rwanda was growing", "Lena Vasko")],
    ),
    StatementCase(
        "an abbreviated office after a state's possessive",
        "Slovak Foreign Minister Lena Vasko met her Chilean counterpart in "
        "Lima. Slovakia's FM also stressed that trade was growing.",
        [("indirect", "trade was growing", "Lena Vasko")],
    ),
    StatementCase(
        "a title after a preposition's object is the verb's subject",
        "Slovak Foreign Minister Lena Vasko received the new envoys. In her "
        "meeting with Chilean Ambassador Jorge Salas, the Minister "
        "reaffirmed support for the trade talks.",
        [("indirect", "support for the trade talks", "Lena Vasko")],
    ),
    StatementCase(
        "a city and its state with no subject before them: no one named",
        "Diplomats in Kampala, Uganda, said the talks would resume on Monday.",
        [("indirect", "the talks would resume on Monday", None)],
    ),
    StatementCase(
        "a ministry's spokesperson the text names later",
        "A Slovak Foreign Ministry spokesperson said on Wednesday that the "
        "border would reopen.\n\nSlovak Foreign Ministry spokesperson Lena "
        "Vasko made the remarks at the regular briefing.",
        [("indirect", "the border would reopen", "Lena Vasko")],
    ),
    StatementCase(
        "a ministry's spokesperson no one names later: no one",
        "A Slovak Foreign Ministry spokesperson said on Wednesday that the "
        "border would reopen.\n\nA Slovak diplomat, Lena Vasko, said trade "
        "was growing.",
        [
            ("indirect", "the border would reopen", None),
            ("indirect", "trade was growing", "Lena Vasko"),
        ],
    ),
    StatementCase(
        "an office whose name is hyphenated, of a state, then its holder",
        "The High Commissioner-designate of Chile, H.E. Mr. Jorge Salas, "
        "stressed his country's commitment to the river accord.",
        [
            (
                "indirect",
                "country's commitment to the river accord",
                "Jorge Salas",
            )
        ],
    ),
    StatementCase(
        "a participle of praise after the words is an act, not more words",
        "Slovak Foreign Minister Lena Vasko stressed the strong partnership "
        "between the two countries, commending Chile for its leadership.",
        [
            (
                "indirect",
                "the strong partnership between the two countries",
                "Lena Vasko",
            )
        ],
    ),
    StatementCase(
        "a participle set off inside the words is more of them",
        "Slovak Foreign Minister Lena Vasko said the resolution, condemning "
        "the attack on the embassy, would be put to a vote on Friday.",
        [
            (
                "indirect",
                (
                    "the resolution, condemning the attack on the embassy, "
                    "would be put to a vote on Friday"
                ),
                "Lena Vasko",
            )
        ],
    ),
    StatementCase(
        "a name of a state's ministry: the ministry is the name's",
        "Maria Lopez of Chile's Foreign Ministry said the talks were "
        "productive.",
        [("indirect", "the talks were productive", "Maria Lopez")],
    ),
    StatementCase(
        "a spokesperson of another body named later: no one",
        "A Slovak embassy spokesperson said the report was groundless.\n\n"
        "Last week, Slovak Foreign Ministry spokesperson Lena Vasko told "
        "reporters that Slovakia would respond.",
        [
            ("indirect", "the report was groundless", None),
            ("indirect", "Slovakia would respond", "Lena Vasko"),
        ],
    ),
    StatementCase(
        "a surname in capitals before the given name, then alone",
        "Mr. SATO Kenji, Minister for Foreign Affairs of Japan, met the "
        "Chilean Foreign Minister on Monday. Minister SATO stressed that "
        "the corridor would open in May.",
        [("indirect", "the corridor would open in May", "SATO Kenji")],
    ),
    StatementCase(
        "a word in capitals after a title that never leads a name: no one",
        "Slovak Foreign Minister Lena Vasko met the press. Minister EXA "
        "said the corridor would open in May.",
        [],
    ),
    StatementCase(
        "a listed portfolio may be a region's",
        "Minister of Foreign Affairs, African Cooperation and Nationals "
        "Abroad Amadou Ould Sidi said the border would reopen.",
        [("indirect", "the border would reopen", "Amadou Ould Sidi")],
    ),
    StatementCase(
        "the portfolio listed names the nominal's person",
        "Tunisian Foreign Minister Karim Ben Salah met Minister of Foreign "
        "Affairs, Cooperation and Nationals Abroad Amadou Ould Sidi in Tunis "
        "on Monday.\n\nLater, the Mauritanian minister said his government "
        "hoped to deepen trade with Tunisia.",
        [
            (
                "indirect",
                "his government hoped to deepen trade with Tunisia",
                "Amadou Ould Sidi",
            )
        ],
    ),
    StatementCase(
        "an 'of' portfolio goes on after 'and' to its last office word",
        "Georgia's Minister of Economy and Sustainable Development Nika "
        "Berdzeni said the corridor would open in May.",
        [("indirect", "the corridor would open in May", "Nika Berdzeni")],
    ),
    StatementCase(
        "an organisation's portfolio is no name: 'of ASEAN Cooperation, X'",
        "The Trade Ministry's Director General of ASEAN Cooperation, Rudi "
        "Hartono, said on Friday the customs pact would take effect in May.",
        [
            (
                "indirect",
                "the customs pact would take effect in May",
                "Rudi Hartono",
            )
        ],
    ),
    StatementCase(
        "near miss: a name after 'and' in an 'of' tail is a person",
        "Chile's Minister of Economy and Ana Dahl of Norway said the corridor "
        "would open in May.",
        [("indirect", "the corridor would open in May", "Ana Dahl")],
    ),
    StatementCase(
        "near miss: a name set off by commas after a portfolio lists none",
        "The Minister of Finance, Tomas Riquelme, and the Minister of Trade "
        "said tariffs would fall.",
        [("indirect", "tariffs would fall", None)],
    ),
    StatementCase(
        "the Iranian minister is the last minister of Iran, not the last one",
        "Iranian Foreign Minister Abbas Karimi met Turkish Foreign Minister "
        "Hakan Demir in Ankara. The Iranian minister said the talks had been "
        "useful.",
        [("indirect", "the talks had been useful", "Abbas Karimi")],
    ),
    StatementCase(
        "a subject after a weekday: X on Tuesday said",
        "Hungarian Foreign Minister Gabor Farkas on Tuesday said that the "
        "corridor would open in May.",
        [("indirect", "the corridor would open in May", "Gabor Farkas")],
    ),
    StatementCase(
        "a subject before a relative clause: X, who ..., said",
        "Gabor Farkas, who arrived in Baku on Monday, said that the corridor "
        "would open in May.",
        [("indirect", "the corridor would open in May", "Gabor Farkas")],
    ),
    StatementCase(
        "a place after a preposition is no subject of a participle",
        "In Baku, Hakan Demir gave reporters some context, noting that the "
        "corridor would open in May.",
        [("indirect", "the corridor would open in May", "Hakan Demir")],
    ),
    StatementCase(
        "a capital and a metonym of one state are that state, not a group",
        "Moscow and the Kremlin said the talks would continue in Geneva.",
        [("indirect", "the talks would continue in Geneva", "Russia")],
    ),
    StatementCase(
        "a quotation of two sentences keeps its cue in one sentence",
        "“We agree on the route. We will sign in May,” Narmin Aliyeva said.",
        [
            (
                "direct",
                "We agree on the route. We will sign in May,",
                "Narmin Aliyeva",
            )
        ],
    ),
    StatementCase(
        "a new surname joined by and is one of a group",
        "Narimanli and Hakan Demir said the corridor would open in May.",
        [
            (
                "indirect",
                "the corridor would open in May",
                "Narimanli and Hakan Demir",
            )
        ],
    ),
    StatementCase(
        "unnamed officials before a relative clause",
        "Officials, who spoke on condition of anonymity, said the talks "
        "would resume in May.",
        [("indirect", "the talks would resume in May", None)],
    ),
    StatementCase(
        "unnamed diplomats before a relative clause",
        "Two diplomats, who asked not to be named, said the talks would "
        "resume in May.",
        [("indirect", "the talks would resume in May", None)],
    ),
    StatementCase(
        "an unnamed source with a capitalised adjective after according to",
        "The talks will resume in May, according to Western diplomats.",
        [("indirect", "The talks will resume in May", None)],
    ),
    StatementCase(
        "an unnamed source of five words after according to",
        "The talks will resume in May, according to a very senior "
        "government official.",
        [("indirect", "The talks will resume in May", None)],
    ),
    StatementCase(
        "a senior official is someone new, not the last person named",
        "Chilean Foreign Minister Rosa Varela met Peruvian President Jorge "
        "Ibarra in Lima. A senior Chilean government official said the two "
        "leaders would sign a trade pact.",
        [("indirect", "the two leaders would sign a trade pact", None)],
    ),
    StatementCase(
        "a state's officials are an unnamed source, not the state",
        "Argentine officials say several countries have asked to join the "
        "forum.",
        [("indirect", "several countries have asked to join the forum", None)],
    ),
    StatementCase(
        "a source with a demonym after according to is unnamed",
        "Talks between Norway and Kenya began in Oslo, according to a "
        "Norwegian diplomatic source.",
        [("indirect", "Talks between Norway and Kenya began in Oslo", None)],
    ),
    StatementCase(
        "a name after 'noting that' is in the clause, not its speaker",
        "In Lima on Monday, Varela gave journalists some background, noting "
        "that President Jorge Ibarra had spoken at the forum in May.",
        [
            (
                "indirect",
                "President Jorge Ibarra had spoken at the forum in May",
                "Varela",
            )
        ],
    ),
    StatementCase(
        "she is not someone named inside her own quotation",
        "Norwegian Foreign Minister Eva Halvorsen spoke with Arne Dahl of "
        "the agency on Monday.\n\n"
        "“We agree with Dahl that the best thing is to talk,” she said.",
        [
            (
                "direct",
                "We agree with Dahl that the best thing is to talk,",
                "Eva Halvorsen",
            )
        ],
    ),
    StatementCase(
        "the minister after a clause with an indefinite object is definite",
        "Chilean Foreign Minister Rosa Varela met a delegation and the "
        "minister said the pact was ready.",
        [("indirect", "the pact was ready", "Rosa Varela")],
    ),
    StatementCase(
        "a state's officials after a long description are unnamed",
        "Today many outspoken hardline veteran Chilean officials said the "
        "pact was bad.",
        [("indirect", "the pact was bad", None)],
    ),
    StatementCase(
        "a state's side is the state, no unnamed source",
        "The talks were useful, the Saudi side said.",
        [("indirect", "The talks were useful", "Saudi Arabia")],
    ),
    StatementCase(
        "a state's side before its cue is the state",
        "The Saudi side said that the talks were useful.",
        [("indirect", "the talks were useful", "Saudi Arabia")],
    ),
    StatementCase(
        "a titled nominal looks back for an untitled speaker two paragraphs "
        "at most",
        "Tomas Berg said the embassy would stay open.\n\nThe talks went on "
        "all week.\n\nAsked about a meeting in Geneva, the Foreign "
        "Ministry spokesman said that the reports were false.",
        [
            ("indirect", "the embassy would stay open", "Tomas Berg"),
            ("indirect", "the reports were false", None),
        ],
    ),
    StatementCase(
        "the spokesman is who spoke last, whatever his title",
        "Deputy Cabinet Secretary Kenji Mori said the talks had gone well."
        "\n\nBut the spokesman also said, “no decision has been taken on "
        "the date of the summit.”",
        [
            ("indirect", "the talks had gone well", "Kenji Mori"),
            (
                "direct",
                "no decision has been taken on the date of the summit.",
                "Kenji Mori",
            ),
        ],
    ),
    StatementCase(
        "a titled nominal is the untitled person who spoke before",
        "Tomas Berg said the embassy would stay open.\n\nAsked about a "
        "meeting in Geneva, the Foreign Ministry spokesman said that the "
        "reports were false.",
        [
            ("indirect", "the embassy would stay open", "Tomas Berg"),
            ("indirect", "the reports were false", "Tomas Berg"),
        ],
    ),
    StatementCase(
        "a titled nominal is a well-known person of its state named before",
        "Western lawmakers announced sanctions on Lavrov last week. The "
        "Russian minister wrote that the measures were a sign of weakness.",
        [("indirect", "the measures were a sign of weakness", "Lavrov")],
    ),
    StatementCase(
        "a titled nominal of another state is not the well-known person",
        "Western lawmakers announced sanctions on Lavrov last week. The "
        "Turkish minister wrote that the measures were a sign of weakness.",
        [
            (
                "indirect",
                "the measures were a sign of weakness",
                "The Turkish minister",
            )
        ],
    ),
    StatementCase(
        "a titled nominal is not an untitled name that never spoke",
        "Tomas Berg met the delegation. The Foreign Minister said the talks "
        "were useful.",
        [("indirect", "the talks were useful", None)],
    ),
    StatementCase(
        "the subject of a long sentence introduces its quotation",
        "Marta Lind, the envoy of Sweden to the talks, praised the efforts "
        "of the mediators from Qatar and Egypt who had hosted the first "
        "round in Doha in March and said that the second round would be "
        "held in Cairo: “We expect a result by the end of the year.”",
        [
            (
                "indirect",
                "the second round would be held in Cairo",
                "Marta Lind",
            ),
            (
                "direct",
                "We expect a result by the end of the year.",
                "Marta Lind",
            ),
        ],
    ),
    StatementCase(
        "the statement said is the words of who issued it",
        "The Chilean Foreign Ministry said in a statement that it rejected "
        "the claim.\n\n“Chile has always acted in good faith,” the "
        "statement said.",
        [
            ("indirect", "it rejected the claim", "Chilean Foreign Ministry"),
            (
                "direct",
                "Chile has always acted in good faith,",
                "Chilean Foreign Ministry",
            ),
        ],
    ),
    StatementCase(
        "the statement read after an according-to statement is its issuer's",
        "According to an Indian government statement, the talks were "
        "useful.\n\n“The two secretaries exchanged ideas on the way "
        "forward,” the statement read.",
        [
            ("indirect", "the talks were useful", "Indian government"),
            (
                "direct",
                "The two secretaries exchanged ideas on the way forward,",
                "Indian government",
            ),
        ],
    ),
    StatementCase(
        "a title after to with a demonym is a person of its own",
        "The Emir of Qatar Sheikh Fahad Al Kuwari received Speaker Omar "
        "Haddad of Kuwait. Haddad conveyed greetings from the Kuwaiti Amir "
        "to the Qatari Amir who said he was glad to hear of the recovery.",
        [
            (
                "indirect",
                "he was glad to hear of the recovery",
                "Fahad Al Kuwari",
            )
        ],
    ),
    StatementCase(
        "a title after 'to' with a demonym and a name is the name's title",
        "Diplomatic Adviser to the Emirati President Omar Haddad met "
        "Norwegian Foreign Minister Lena Berg in Oslo on Monday. The "
        "Emirati president said the talks were useful.",
        [("indirect", "the talks were useful", "The Emirati president")],
    ),
    StatementCase(
        "an honorific before a rank is the holder of the rank",
        "King Harald Olsen of Norway received a cable from His Highness the "
        "Deputy Amir Sheikh Saad Al-Rashid. His Highness the Deputy Amir "
        "praised the ties between the two nations, noting that trade had "
        "doubled.",
        [("indirect", "trade had doubled", "Saad Al-Rashid")],
    ),
    StatementCase(
        "a pronoun after as is the subject of its own sentence",
        "Foreign Minister Lina Haddad met Speaker Omar Farouk. Farouk said "
        "the visit was timely. In her speech, Haddad recalled the long "
        "friendship of the two states, as she wished the speaker every "
        "success.",
        [
            ("indirect", "the visit was timely", "Omar Farouk"),
            ("indirect", "the speaker every success", "Lina Haddad"),
        ],
    ),
    StatementCase(
        "a pronoun after a cue of its sentence is that cue's speaker",
        "Foreign Minister Lina Haddad met Speaker Omar Farouk. Farouk said "
        "the visit was timely. Haddad stressed the value of the talks, as "
        "she wished the speaker every success.",
        [
            ("indirect", "the visit was timely", "Omar Farouk"),
            ("indirect", "the value of the talks", "Lina Haddad"),
            ("indirect", "the speaker every success", "Lina Haddad"),
        ],
    ),
    StatementCase(
        "he after a fronted adjunct is the subject after it",
        "Foreign Minister Karel Dvorak of Slovakia spoke by phone with IAEA "
        "Director General Rafael Grossi. Dvorak said the talks with Austria "
        "went well. During the call, Grossi praised the restraint shown by "
        "Bratislava in recent weeks. He stressed the importance of dialogue.",
        [
            ("indirect", "the talks with Austria went well", "Karel Dvorak"),
            ("indirect", "the importance of dialogue", "Rafael Grossi"),
        ],
    ),
    StatementCase(
        "she after a sentence a title opens is the holder of the title",
        "President Anna Berg received Minister Tomas Varga. The president "
        "thanked Varga for the visit. She said the two states would sign a "
        "trade deal in May.",
        [
            (
                "indirect",
                "the two states would sign a trade deal in May",
                "Anna Berg",
            )
        ],
    ),
    StatementCase(
        "he after a sentence with a cue but no statement is its subject",
        "Prime Minister Ivo Marek met IAEA Director General Paul Renard in "
        "Vienna. Marek said the talks were useful. The IAEA Director General "
        "praised the cooperation of Prague, particularly highlighting the "
        "new inspection plan. He stressed the need for transparency.",
        [
            ("indirect", "the talks were useful", "Ivo Marek"),
            ("indirect", "the need for transparency", "Paul Renard"),
        ],
    ),
    StatementCase(
        "the object of a participle cue is whom it was told, not who",
        "Minister Karl Olsen called Chinese Vice Minister Li Wei on Monday, "
        "telling the Chinese official that Oslo rejects the new fishing "
        "rules.",
        [("indirect", "Oslo rejects the new fishing rules", "Karl Olsen")],
    ),
    StatementCase(
        "a participle cue after a relative's cue goes on with its speaker",
        "Foreign Minister Lina Haddad received a letter from Speaker Omar "
        "Farouk, who said that the visit was timely, adding that the two "
        "states would meet again in May.",
        [
            ("indirect", "the visit was timely", "Omar Farouk"),
            (
                "indirect",
                "the two states would meet again in May",
                "Omar Farouk",
            ),
        ],
    ),
    StatementCase(
        "the president is no former president",
        "President Amina Odhiambo of Kenya met former German President Klaus "
        "Richter in Nairobi. The president said the two states would expand "
        "trade.",
        [
            (
                "indirect",
                "the two states would expand trade",
                "Amina Odhiambo",
            )
        ],
    ),
    StatementCase(
        "the former president is the one named former",
        "President Amina Odhiambo of Kenya met former German President Klaus "
        "Richter in Nairobi. The former president said the visit was a sign "
        "of trust.",
        [("indirect", "the visit was a sign of trust", "Klaus Richter")],
    ),
    StatementCase(
        "a participle after a closing quotation mark and its comma",
        "Senator Tom Harlan later blamed the delay on a “bad line,” claiming "
        "he had already rejected the offer.",
        [("indirect", "he had already rejected the offer", "Tom Harlan")],
    ),
    StatementCase(
        "a participle that opens a quotation is its cue, no statement",
        "Foreign Minister Lina Haddad said in her opening remarks, “The talks "
        "went well,” adding, “We will meet again in May.”",
        [
            ("direct", "The talks went well,", "Lina Haddad"),
            ("direct", "We will meet again in May.", "Lina Haddad"),
        ],
    ),
    StatementCase(
        "a participle that opens its sentence is said by the subject after",
        "Noting he studied law in college, Senator Tom Harlan said he tends "
        "to weigh issues slowly.",
        [
            ("indirect", "he studied law in college", "Tom Harlan"),
            ("indirect", "he tends to weigh issues slowly", "Tom Harlan"),
        ],
    ),
    StatementCase(
        "who a relay quoted as saying speaks, not the relay",
        "“The border will stay open for trade,” the state news agency quoted "
        "Foreign Minister Lina Haddad as saying. Local media quoted an Omani "
        "government statement as saying that the talks would go on.",
        [
            ("direct", "The border will stay open for trade,", "Lina Haddad"),
            ("indirect", "the talks would go on", "Omani government"),
        ],
    ),
    StatementCase(
        "who was quoted by a relay as saying speaks",
        "Foreign Minister Lina Haddad was quoted by the Tass agency as "
        "saying, “The border will stay open for trade.”",
        [("direct", "The border will stay open for trade.", "Lina Haddad")],
    ),
    StatementCase(
        "the declaration a summit adopted speaks under its name",
        "The summit ended on Thursday in Varna with the adoption of the "
        "Varna Declaration by Bulgaria and Romania. The declaration stressed "
        "the commitment of the "
        "members to open sea lanes. It highlighted the role of the bloc in "
        "regional security.",
        [
            (
                "indirect",
                "the commitment of the members to open sea lanes",
                "Varna Declaration",
            ),
            (
                "indirect",
                "the role of the bloc in regional security",
                "Varna Declaration",
            ),
        ],
    ),
    StatementCase(
        "an outlet named before its noun reports, a demonym names none",
        "The Kyodo news agency reported that the talks would resume in May. "
        "The Iranian newspaper reported that the envoys had met in Oman.",
        [
            ("indirect", "the talks would resume in May", "Kyodo"),
            ("indirect", "the envoys had met in Oman", None),
        ],
    ),
    StatementCase(
        "unnamed people quoted as saying have no speaker",
        "Local media quoted unnamed officials as saying that the border "
        "would open in May.",
        [("indirect", "the border would open in May", None)],
    ),
    StatementCase(
        "quoting a text with no as saying is no statement",
        "Lina Haddad quoted the treaty at length in her speech.",
        [],
    ),
    StatementCase(
        "an opening participle with no comma after it is no cue",
        "Saying goodbye took the delegates of both states an hour.",
        [],
    ),
    StatementCase(
        "he after a sentence opened by an adverb with no comma",
        "Prime Minister Ivo Marek met IAEA Director General Paul Renard in "
        "Vienna. Marek said the talks were useful. Later Renard praised the "
        "plan of Prague. He stressed the need for calm.",
        [
            ("indirect", "the talks were useful", "Ivo Marek"),
            ("indirect", "the need for calm", "Paul Renard"),
        ],
    ),
    StatementCase(
        "a pronoun after and with no subject before it goes to the speaker",
        "The talks in Oslo ended late. Foreign Minister Lina Haddad met "
        "Speaker Omar Farouk. Farouk said the visit was timely. The talks "
        "were long, and he said the two states would meet again.",
        [
            ("indirect", "the visit was timely", "Omar Farouk"),
            ("indirect", "the two states would meet again", "Omar Farouk"),
        ],
    ),
    StatementCase(
        "a member of a body speaks, not the body after of",
        "“It was the least bad outcome,” Tom Harlan of the Sierra Club said. "
        "The Council of Europe said the talks went well.",
        [
            ("direct", "It was the least bad outcome,", "Tom Harlan"),
            ("indirect", "the talks went well", "Council of Europe"),
        ],
    ),
    StatementCase(
        "a statement issued saying is the issuer's",
        "Later that day, Foreign Minister Tomas Berg issued a statement "
        "saying that the talks with Norway had been useful.",
        [
            (
                "indirect",
                "the talks with Norway had been useful",
                "Tomas Berg",
            )
        ],
    ),
    StatementCase(
        "the two sides are the two who met, not the states said since",
        "President Ana Dahl of Norway received Chilean Foreign Minister "
        "Tomas Riquelme in Oslo on Monday.\n\nDahl noted that Peru is a key "
        "partner of both Norway and Chile.\n\nThe two sides stressed the "
        "importance of the fishing accord.",
        [
            (
                "indirect",
                "Peru is a key partner of both Norway and Chile",
                "Ana Dahl",
            ),
            (
                "indirect",
                "the importance of the fishing accord",
                "Tomas Riquelme and Ana Dahl",
            ),
        ],
    ),
    StatementCase(
        "a region is a place, not a person one of the two sides may be",
        "Ana Dahl of Norway met Tomas Riquelme of Chile on Monday. They "
        "spoke of trade with South America. The two sides stressed the "
        "importance of the fishing accord.",
        [
            (
                "indirect",
                "the importance of the fishing accord",
                "Ana Dahl and Tomas Riquelme",
            ),
        ],
    ),
]

# Where a frame ends: cues that frame nothing, "According to SOURCE, ...".
FRAME_CASES = [
    StatementCase(
        "a call paid on someone in the words is no cue that cuts them",
        "In Lima she will call on President Pablo Ferrer, Tomas Berg said. "
        "Lena Holt called on both sides to show restraint.",
        [
            (
                "indirect",
                "In Lima she will call on President Pablo Ferrer",
                "Tomas Berg",
            ),
            ("indirect", "both sides to show restraint", "Lena Holt"),
        ],
    ),
    StatementCase(
        "a to-verb in a where-clause after a call paid makes no appeal of it",
        "Envoy Tomas Berg called on President Lucia Ferrer at the palace, "
        "where he handed over a letter from his king asking her to visit "
        "Oslo.",
        [],
    ),
    StatementCase(
        "a call paid in reported words, with a where-clause, is no cue",
        "In Lima he will call on President Lucia Ferrer at the palace, "
        "where he is due to hand over a letter, the ministry said.",
        [
            (
                "indirect",
                (
                    "In Lima he will call on President Lucia Ferrer at the "
                    "palace, where he is due to hand over a letter"
                ),
                None,
            )
        ],
    ),
    StatementCase(
        "an appeal whose list of addressees runs long is still an appeal",
        "Lena Holt called on the coastal states, including Peru, Chile, "
        "Ecuador, Colombia and the island nations of the region, to share "
        "their catch data.",
        [
            (
                "indirect",
                (
                    "the coastal states, including Peru, Chile, Ecuador, "
                    "Colombia and the island nations of the region, to share "
                    "their catch data"
                ),
                "Lena Holt",
            )
        ],
    ),
    StatementCase(
        "a cue that needs a quotation frames nothing in a sentence with none",
        "The visit to Lima by the Chilean envoy has been called off, "
        "according to two officials familiar with the plans.",
        [
            (
                "indirect",
                "The visit to Lima by the Chilean envoy has been called off",
                None,
            )
        ],
    ),
    StatementCase(
        "an apostrophe between letters is no quotation for a cue to frame",
        "The envoy's trip to Lima has been called off again, according to "
        "two officials who asked not to be named.",
        [
            (
                "indirect",
                "The envoy's trip to Lima has been called off again",
                None,
            )
        ],
    ),
    StatementCase(
        "according to a statement issued by X, then a comma: X's words",
        "According to a statement issued by the Chilean Foreign Ministry, "
        "the two ministers reviewed the fishing accord.",
        [
            (
                "indirect",
                "the two ministers reviewed the fishing accord",
                "Chilean Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "the source's state after of is who speaks for its ministry",
        "According to the Interior Ministry of Chile, the border posts will "
        "reopen on Monday.",
        [("indirect", "the border posts will reopen on Monday", "Chile")],
    ),
    StatementCase(
        "a name with dots in the source's words does not end them",
        "According to a statement issued by the U.S. Department of State, "
        "the envoys will meet in Lima.",
        [("indirect", "the envoys will meet in Lima", "Department of State")],
    ),
    StatementCase(
        "a relative clause about the source is none of the words",
        "According to a statement by the Chilean Foreign Ministry, which "
        "named no date, the envoys will meet in Lima.",
        [
            (
                "indirect",
                "the envoys will meet in Lima",
                "Chilean Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "a relative clause about the source with no comma after it: no words",
        "According to the Chilean Foreign Ministry, which named no date.",
        [],
    ),
    StatementCase(
        "an unnamed source that goes on with from: the words after its comma",
        "According to officials from both sides, the envoys will meet again.",
        [("indirect", "the envoys will meet again", None)],
    ),
    StatementCase(
        "a statement issued by unnamed officials: no one named speaks",
        "According to a statement issued by officials, the envoys will meet "
        "again.",
        [("indirect", "the envoys will meet again", None)],
    ),
    StatementCase(
        "a quoted verb after call on makes an appeal",
        "Lena Holt called on both sides to “show restraint” at sea.",
        [("partial", "both sides to “show restraint” at sea", "Lena Holt")],
    ),
    _failing(
        "a name in apposition after the source's tail ends the look",
        StatementCase(
            "a name in apposition after the source's tail is who speaks",
            "According to a statement issued by the spokesperson of the "
            "Chilean ministry, Tomas Berg, the envoys will meet again.",
            [("indirect", "the envoys will meet again", "Tomas Berg")],
        ),
    ),
    _failing(
        "the office is found by its first word only",
        StatementCase(
            "the office of a president speaks, not the president",
            "Ana Stubb spoke by phone with President Lucia Ferrer on Tuesday. "
            "According to the Office of the President, the two leaders "
            "discussed fishing quotas.",
            [
                (
                    "indirect",
                    "the two leaders discussed fishing quotas",
                    "Office of the President",
                )
            ],
        ),
    ),
    StatementCase(
        "the source's words run on past its name to the comma",
        "According to Tomas Berg of the Chilean Foreign Ministry, the two "
        "leaders agreed to meet again.",
        [("indirect", "the two leaders agreed to meet again", "Tomas Berg")],
    ),
    StatementCase(
        "a name in apposition after the source's comma is who speaks",
        "According to a statement by the ministry's spokesperson, Tomas "
        "Berg, both countries agreed to reopen the crossing.",
        [
            (
                "indirect",
                "both countries agreed to reopen the crossing",
                "Tomas Berg",
            )
        ],
    ),
    StatementCase(
        "a bracket in the source's words ends the look for its comma",
        "According to the Office of the President (PO) the leaders agreed to "
        "meet.",
        [],
    ),
    _failing(
        "a source with no comma after it ends nowhere the rules can see",
        StatementCase(
            "no comma after the source's words: the rest is its words",
            "According to the Office of the President the two leaders "
            "agreed to meet again in May.",
            [
                (
                    "indirect",
                    "the two leaders agreed to meet again in May",
                    "Office of the President",
                )
            ],
        ),
    ),
    StatementCase(
        "a name with no comma after it ends the source: no words past it",
        "According to Tomas Berg the talks, which ran late, were useful.",
        [],
    ),
]

SPEAKER_EVENT_CASES = [
    EventCase(
        "he is the first person of his own sentence, not of the one before",
        "Hungarian Foreign Minister Gabor Farkas arrived in Baku on Monday. "
        "After Azerbaijani Foreign Minister Rauf Mammadli returned from "
        "Ankara, he thanked Farkas for his support.",
        [
            (
                "visit",
                {"Gabor Farkas": "initiator", "Azerbaijan": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Rauf Mammadli": "initiator", "Gabor Farkas": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "her counterpart passes over her compatriots to another state",
        "Emirati Minister Noura Al-Suwaidi arrived on Monday. Indonesian "
        "Trade Minister Budi Hartono welcomed her. Indonesian Foreign "
        "Minister Dewi Kartika invited her counterpart to Jakarta.",
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
        "the two sides pass over a pronoun to the two named before",
        "Turkish Foreign Minister Hakan Demir received Egyptian Foreign "
        "Minister Karim Fahmy on Monday. After he arrived, the two sides "
        "signed a memorandum on trade.",
        [
            (
                "host_visit",
                {"Hakan Demir": "host", "Karim Fahmy": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "agreement",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "the two ministers pass over a state named between",
        "Turkish Foreign Minister Hakan Demir met Egyptian Foreign Minister "
        "Karim Fahmy in Egypt. The two ministers signed a memorandum on "
        "trade.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                None,
            ),
            (
                "agreement",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "and after a clause joins no subject to a group",
        "The talks ended and Kenya signed a trade deal with Ethiopia on "
        "Monday.",
        [
            (
                "agreement",
                {"Kenya": "party", "Ethiopia": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the two sides named nowhere before are no sides",
        "In a phone call on Monday, the two sides reviewed the crisis in "
        "Sudan.",
        [],
    ),
    EventCase(
        "the two countries are the last two states named",
        "Armenia and Azerbaijan resumed talks on Monday. The two countries "
        "signed a memorandum on border demarcation.",
        [
            (
                "negotiation",
                {"Armenia": "party", "Azerbaijan": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "agreement",
                {"Armenia": "party", "Azerbaijan": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a capital where talks were held is not one of the two countries",
        "Armenia and Azerbaijan resumed talks in Vienna on Monday. The two "
        "countries signed a memorandum on border demarcation.",
        [
            (
                "negotiation",
                {"Armenia": "party", "Azerbaijan": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "agreement",
                {"Armenia": "party", "Azerbaijan": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    *(
        EventCase(
            f"receiving {ambassador} is hosting an official of his state",
            f"Turkish Foreign Minister Hakan Demir received {ambassador} "
            "on Monday.",
            [
                (
                    "host_visit",
                    {"Hakan Demir": "host", ambassador: "initiator"},
                    "occurred",
                    "2025-03-31",
                )
            ],
        )
        for ambassador in ("the ambassador of Sweden", "Sweden's ambassador")
    ),
]


class TestWhoAMentionMeans:
    @_cases(SPEAKER_CASES)
    def test_speaker(self, case):
        """
        Pronouns, titles, subjects and groups resolve to the right speaker.
        """
        expected = case.statements

        assert expected == _statements(_extract(case.body))

    @_cases(SPEAKER_EVENT_CASES)
    def test_participants(self, case):
        """
        Pronouns, counterparts and "the two countries" resolve to the
        right participants.
        """
        expected = case.events

        assert expected == _events(_extract(case.body))


# -- statements (_statements) -------------------------------------------------

STATEMENT_RULE_CASES = [
    StatementCase(
        "a second verb after and goes on with the same speaker",
        "Hakan Demir said the talks had been useful and noted that a second "
        "round would follow.",
        [
            ("indirect", "the talks had been useful", "Hakan Demir"),
            ("indirect", "a second round would follow", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "a colon after a speech verb is not part of the words said",
        "Hakan Demir stressed: the corridor must stay open to all.",
        [("indirect", "the corridor must stay open to all", "Hakan Demir")],
    ),
    StatementCase(
        "a quotation after its cue and a dash goes on with the speaker",
        "“We agree on the route,” Narmin Aliyeva said – “and on the "
        "tariffs, too.”",
        [
            ("direct", "We agree on the route,", "Narmin Aliyeva"),
            ("direct", "and on the tariffs, too.", "Narmin Aliyeva"),
        ],
    ),
    StatementCase(
        "a comma outside the closing mark, then the cue",
        "“We agree on every point”, Narmin Aliyeva said.",
        [("direct", "We agree on every point", "Narmin Aliyeva")],
    ),
    StatementCase(
        "a title in quotation marks opening a paragraph is no statement",
        "“The border will stay open,” Lena Vasko said.\n\n"
        "“Peace Through Trade” is the motto of the summit.",
        [("direct", "The border will stay open,", "Lena Vasko")],
    ),
    StatementCase(
        "a quotation never closed runs to the end of the body",
        "Lena Vasko said: “The border will stay open to all",
        [("direct", "The border will stay open to all", "Lena Vasko")],
    ),
    StatementCase(
        "a quotation going on into a paragraph with no opening mark",
        "Tomas Reiter said: “The talks were never about tariffs alone.\n\n"
        "They were about who controls the route.”",
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
        "a paragraph that opens with a closing mark ends the quotation",
        "Tomas Reiter said: “The talks were never about tariffs alone.\n\n"
        "” The ministers left without comment.",
        [
            (
                "direct",
                "The talks were never about tariffs alone.",
                "Tomas Reiter",
            )
        ],
    ),
    StatementCase(
        "the two sides named nowhere before introduce a quote of nobody",
        "The two sides issued a joint statement: “The border will reopen in "
        "May.”",
        [("direct", "The border will reopen in May.", None)],
    ),
    StatementCase(
        "a quotation after a comma with no cue is said by nobody named",
        "In the words of the communiqué, “Trade routes must stay open to "
        "all.”",
        [("direct", "Trade routes must stay open to all.", None)],
    ),
    StatementCase(
        "a quotation standing alone goes on from the speaker just before",
        "“We will not give up,” Hakan Demir said. Then, after a pause, “Our "
        "patience has limits.”",
        [
            ("direct", "We will not give up,", "Hakan Demir"),
            ("direct", "Our patience has limits.", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "a quotation standing alone with nobody speaking before",
        "The talks ended without a deal. A draft of the communiqué seen by "
        "reporters begins “Trade routes must stay open to all.”",
        [("direct", "Trade routes must stay open to all.", None)],
    ),
    StatementCase(
        "a quotation opening the body with no cue is said by nobody named",
        "“Trade is the best guarantee of peace.”",
        [("direct", "Trade is the best guarantee of peace.", None)],
    ),
    StatementCase(
        "a quotation paragraph two paragraphs after its speaker is not hers",
        "“The border will stay open,” Lena Vasko said.\n\n"
        "The summit ended on Monday.\n\n"
        "“Trade is the best guarantee of peace.”",
        [
            ("direct", "The border will stay open,", "Lena Vasko"),
            ("direct", "Trade is the best guarantee of peace.", None),
        ],
    ),
    StatementCase(
        "called X a Z with no quotation says what X is (annotation guide)",
        "Hakan Demir called the agreement a turning point.",
        [("indirect", "the agreement a turning point", "Hakan Demir")],
    ),
    StatementCase(
        "according to X, Y said: the words are Y's",
        "According to Anadolu, Hakan Demir said the corridor would open in "
        "May.",
        [("indirect", "the corridor would open in May", "Hakan Demir")],
    ),
    StatementCase(
        "according to media of a state, Y said: the words are Y's",
        "According to Turkish media, Hakan Demir said the corridor would "
        "open in May.",
        [("indirect", "the corridor would open in May", "Hakan Demir")],
    ),
    StatementCase(
        "the words of a speaker end at the comma before but and the next",
        "Hakan Demir said the talks were useful, but Lena Vasko said they "
        "were not.",
        [
            ("indirect", "the talks were useful", "Hakan Demir"),
            ("indirect", "they were not", "Lena Vasko"),
        ],
    ),
    StatementCase(
        "according to unnamed sources, Y said: the words are Y's",
        "According to diplomatic sources, Hakan Demir said the corridor "
        "would open in May.",
        [("indirect", "the corridor would open in May", "Hakan Demir")],
    ),
    StatementCase(
        "according to unnamed sources, with no author after them",
        "The meeting would take place in Geneva, according to diplomatic "
        "sources.",
        [("indirect", "The meeting would take place in Geneva", None)],
    ),
    StatementCase(
        "according to a plan is no source",
        "The troops will withdraw by May, according to the timetable agreed "
        "last year.",
        [],
    ),
    StatementCase(
        "according to a document with no comma after it is no source",
        "Troops will pull back according to the Muscat Declaration signed "
        "by both states last year.",
        [],
    ),
    StatementCase(
        "a relaying source is no speaker of the words it relays",
        "Anadolu reported that Turkish Foreign Minister Hakan Demir stressed "
        "the need for calm.",
        [("indirect", "the need for calm", "Hakan Demir")],
    ),
    StatementCase(
        "a verb with no subject in its sentence after and is no statement",
        "Hakan Demir praised the hosts. And noted that the talks would go on.",
        [],
    ),
    StatementCase(
        "words posted by an official are a written statement",
        "Foreign Minister Lena Vasko posted on X that the talks had been "
        "useful.",
        [("indirect", "the talks had been useful", "Lena Vasko")],
    ),
    StatementCase(
        "footage posted that showed something is no statement",
        "Footage posted on Telegram that showed Chilean troops near the "
        "border was checked by analysts.",
        [],
    ),
    StatementCase(
        "photos posted on a network, then a relative clause, say nothing",
        "The photos posted on X that showed the damaged embassy were widely "
        "shared.",
        [],
    ),
    StatementCase(
        "a ministry posted on X that ... is its written statement",
        "The Chilean Foreign Ministry posted on X that the talks had been "
        "useful.",
        [
            (
                "indirect",
                "the talks had been useful",
                "Chilean Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "a comment posted that did something is no statement",
        "Foreign Minister Lena Vasko posted a comment on X that mocked the "
        "talks.",
        [],
    ),
    StatementCase(
        "a photo posted, then 'that', is no statement",
        "Foreign Minister Lena Vasko posted on X a photo that showed the two "
        "delegations.",
        [],
    ),
    StatementCase(
        "a 'that' past the reach of where and when words opens no clause",
        "Foreign Minister Lena Vasko posted on X late on Monday at a press "
        "briefing that the talks were useful.",
        [],
    ),
    StatementCase(
        "frame words that run past the reach of that end at that",
        "Hakan Demir said late on Monday in a written statement posted on X "
        "that his ministry would reopen the corridor.",
        [
            (
                "indirect",
                "his ministry would reopen the corridor",
                "Hakan Demir",
            )
        ],
    ),
    StatementCase(
        "a quotation mark left open past the clause makes it no partial",
        "Hakan Demir said the plan was “a good start, adding that more work "
        "was needed.",
        [
            ("indirect", "the plan was “a good start", "Hakan Demir"),
            ("indirect", "more work was needed", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "only where and when after a cue, and nothing before it",
        "Hakan Demir commented after the meeting in Ankara.",
        [],
    ),
    StatementCase(
        "when a cue was used, following an event, is no content",
        "Hakan Demir commented following talks with his Egyptian counterpart.",
        [],
    ),
    StatementCase(
        "to whom a cue was used, to the press, is no content",
        "Hakan Demir commented to the press on Monday.",
        [],
    ),
    StatementCase(
        "said this in an interview is no content",
        "Hakan Demir said this in an interview with local media.",
        [],
    ),
    StatementCase(
        "a comma inside the closing mark before the cue",
        "The plan is a “good start,” Lena Vasko said.",
        [("partial", "The plan is a “good start,”", "Lena Vasko")],
    ),
    StatementCase(
        "said on a weekday with no that",
        "Lena Vasko said on Tuesday the corridor would not open in May.",
        [("indirect", "the corridor would not open in May", "Lena Vasko")],
    ),
    StatementCase(
        "a trailing according to with no comma before it",
        "The talks will resume in May according to Anadolu.",
        [("indirect", "The talks will resume in May", "Anadolu")],
    ),
    StatementCase(
        "according to X, a clause, and Y said",
        "According to Anadolu, the talks ended and Hakan Demir said the "
        "corridor would open in May.",
        [
            ("indirect", "the talks ended", "Anadolu"),
            ("indirect", "the corridor would open in May", "Hakan Demir"),
        ],
    ),
    StatementCase(
        "called with no quotation of its own",
        "Hakan Demir called the talks useful, and Lena Vasko said they were "
        "“a turning point for the region.”",
        [
            (
                "partial",
                "they were “a turning point for the region.”",
                "Lena Vasko",
            )
        ],
    ),
    StatementCase(
        "welcoming a visitor is no statement",
        "Hakan Demir welcomed Egyptian Foreign Minister Karim Fahmy on Monday.",
        [],
    ),
    StatementCase(
        "an exclamation quoted before 'X said' and a participle is X's",
        "Lena Vasko met the envoy in Oslo.\n\n"
        "“We will not wait for the others!” Karim Fahmy said, looking at the "
        "crowd.",
        [("direct", "We will not wait for the others!", "Karim Fahmy")],
    ),
    StatementCase(
        "a question before 'X said to the crowd on Monday' is X's",
        "Lena Vasko met the envoy in Oslo.\n\n"
        "“Why should we wait for the others?” Karim Fahmy said to the crowd "
        "on Monday.",
        [("direct", "Why should we wait for the others?", "Karim Fahmy")],
    ),
    StatementCase(
        "a question before 'X said on Monday that ...' leaves X his clause",
        "Lena Vasko met the envoy in Oslo.\n\n"
        "“Why should we wait?” Karim Fahmy said on Monday that the talks "
        "would go on.",
        [
            ("direct", "Why should we wait?", None),
            ("indirect", "the talks would go on", "Karim Fahmy"),
        ],
    ),
    StatementCase(
        "a question before 'X said' and words of his own leaves X them",
        "Lena Vasko met the envoy in Oslo.\n\n"
        "“Why should we wait?” Karim Fahmy said the talks would go on.",
        [
            ("direct", "Why should we wait?", None),
            ("indirect", "the talks would go on", "Karim Fahmy"),
        ],
    ),
    StatementCase(
        "a question before an unnamed source's cue has no speaker",
        "Lena Vasko met the envoy in Oslo.\n\n"
        "“Why should we wait for the others?” Officials said.",
        [("direct", "Why should we wait for the others?", None)],
    ),
    StatementCase(
        "a passage in the first person after 'X said' and no colon is X's",
        "At the close of the summit, President Lena Vasko said\n\n"
        "We reaffirm our support for the charter. We are worried about the "
        "wars.\n\n"
        "The leaders left on Friday.",
        [
            (
                "direct",
                (
                    "We reaffirm our support for the charter. We are worried "
                    "about the wars."
                ),
                "Lena Vasko",
            )
        ],
    ),
    StatementCase(
        "a headline that ends with a cue introduces no passage",
        "Date of the Iranian state visit to Azerbaijan announced\n\n"
        "The president will visit Oslo in May.",
        [],
    ),
    StatementCase(
        "a quotation after a cue and a colon is the quotation, not a passage",
        "Lena Vasko said:\n\n“The bloc will widen its free trade area.”",
        [("direct", "The bloc will widen its free trade area.", "Lena Vasko")],
    ),
    StatementCase(
        "a chant inside a sentence is not said by the next paragraph's cue",
        "Crowds marched through Lima, chanting “End the blockade now!”\n\n"
        "Foreign Minister Lena Vasko said in a statement:\n\n"
        "We stand with the people of the south.",
        [
            ("direct", "End the blockade now!", None),
            ("direct", "We stand with the people of the south.", "Lena Vasko"),
        ],
    ),
    StatementCase(
        "a question asked of reporters is said by who asked it",
        "The vote was delayed again. “Why wait another month?” Lena Vasko "
        "asked reporters.",
        [("direct", "Why wait another month?", "Lena Vasko")],
    ),
    StatementCase(
        "a passage after a colon ends before another speaker's cue",
        "Foreign Minister Lena Vasko said:\n\n"
        "We will not accept this border closure. Later, Defence Minister "
        "Karim Fahmy said that the army was ready.",
        [
            (
                "direct",
                "We will not accept this border closure.",
                "Lena Vasko",
            ),
            ("indirect", "the army was ready", "Karim Fahmy"),
        ],
    ),
    StatementCase(
        "a cue and colon before another speaker's words introduce nothing",
        "Foreign Minister Lena Vasko said:\n\n"
        "Defence Minister Karim Fahmy said that the army was ready.",
        [("indirect", "the army was ready", "Karim Fahmy")],
    ),
    StatementCase(
        "a passage after a colon ends before a quotation",
        "Foreign Minister Lena Vasko said:\n\n"
        "We will not accept this border closure. “The army is ready,” "
        "Karim Fahmy added.",
        [
            (
                "direct",
                "We will not accept this border closure.",
                "Lena Vasko",
            ),
            ("direct", "The army is ready,", "Karim Fahmy"),
        ],
    ),
    StatementCase(
        "a cue with its where and when before the colon introduces a passage",
        "Foreign Minister Lena Vasko said in a statement on Monday:\n\n"
        "We will not accept this border closure.\n\n"
        "Trade Minister Karim Fahmy told reporters:\n\n"
        "The border must reopen before the harvest.",
        [
            (
                "direct",
                "We will not accept this border closure.",
                "Lena Vasko",
            ),
            (
                "direct",
                "The border must reopen before the harvest.",
                "Karim Fahmy",
            ),
        ],
    ),
    StatementCase(
        "the speaker's own 'he added' goes on with his passage",
        "Foreign Minister Lena Vasko said in a statement on Monday:\n\n"
        "We are ready for talks. The next step is Peru's, he added. We will "
        "not accept this border closure.",
        [
            (
                "direct",
                (
                    "We are ready for talks. The next step is Peru's, he "
                    "added. We will not accept this border closure."
                ),
                "Lena Vasko",
            ),
        ],
    ),
    StatementCase(
        "a cue and colon that end the text introduce nothing",
        "The talks ended. Lena Vasko said:",
        [],
    ),
    StatementCase(
        "a quotation that only relays another's words is theirs alone",
        "Trade Minister Lena Vasko spoke to reporters. She said, “President "
        "Karim Fahmy said we have built a real friendship and must work "
        "together so that the whole region grows.\n\n"
        "“We may differ at times, but we will settle it by talks.”",
        [
            (
                "indirect",
                (
                    "we have built a real friendship and must work together "
                    "so that the whole region grows"
                ),
                "Karim Fahmy",
            ),
            (
                "direct",
                "We may differ at times, but we will settle it by talks.",
                "Lena Vasko",
            ),
        ],
    ),
    StatementCase(
        "a quotation whose inner cue has no speaker is still the quotation",
        "Lena Vasko spoke after her rival.\n\n"
        '"We need steady hands," Vasko told the forum. "Not a leader who says '
        "he is neutral on Monday, hostile on Tuesday and who knows what on "
        "Wednesday because everything is for sale.",
        [
            ("direct", "We need steady hands,", "Lena Vasko"),
            (
                "direct",
                (
                    "Not a leader who says he is neutral on Monday, hostile "
                    "on Tuesday and who knows what on Wednesday because "
                    "everything is for sale."
                ),
                "Lena Vasko",
            ),
            (
                "indirect",
                (
                    "he is neutral on Monday, hostile on Tuesday and who "
                    "knows what on Wednesday because everything is for sale"
                ),
                None,
            ),
        ],
    ),
    StatementCase(
        "a quotation that goes on in a paragraph ending with its cue is one",
        "“We need steady partners,” Lena Vasko told the forum. “Not a partner "
        "who bends with every wind.\n\n"
        "“A partner who keeps his word,” she said.",
        [
            ("direct", "We need steady partners,", "Lena Vasko"),
            (
                "direct",
                "Not a partner who bends with every wind.",
                "Lena Vasko",
            ),
            ("direct", "A partner who keeps his word,", "Lena Vasko"),
        ],
    ),
    StatementCase(
        "a speech verb after another verb's object and 'and' is the subject's",
        "Lena Vasko thanked Oslo for its support and said her government "
        "would keep its embassy open.",
        [
            (
                "indirect",
                "her government would keep its embassy open",
                "Lena Vasko",
            )
        ],
    ),
    StatementCase(
        "a determiner that opens the words said is kept",
        "Lena Vasko said a second round was near.",
        [("indirect", "a second round was near", "Lena Vasko")],
    ),
    StatementCase(
        "thanks after a possessive are no statement",
        "Lena Vasko expressed her thanks and gratitude to the hosts.",
        [],
    ),
    StatementCase(
        "a description, then the person's name in apposition, speaks by name",
        "The chairman of the trade bloc, Chilean Finance Minister Tomas "
        "Reiter, said the members would stand together.",
        [("indirect", "the members would stand together", "Tomas Reiter")],
    ),
    StatementCase(
        "a long title with capitals, then the name in apposition",
        "The Special Envoy to the Council on Water and Energy, Tomas Reiter, "
        "said the dam talks would resume.",
        [("indirect", "the dam talks would resume", "Tomas Reiter")],
    ),
    StatementCase(
        "a colon after a description and a name in apposition",
        "The Chilean minister of state for trade, Tomas Reiter, spoke to a "
        "radio station on Monday: “Our ports are open to every partner.”",
        [("direct", "Our ports are open to every partner.", "Tomas Reiter")],
    ),
    StatementCase(
        "'the ministry' is the ministry named before, its name ending elsewhere",
        "The Norwegian Ministry of Foreign Affairs said the envoy had been "
        "summoned. The fisheries talks will resume in May, the ministry said.",
        [
            (
                "indirect",
                "the envoy had been summoned",
                "Norwegian Ministry of Foreign Affairs",
            ),
            (
                "indirect",
                "The fisheries talks will resume in May",
                "Norwegian Ministry of Foreign Affairs",
            ),
        ],
    ),
    StatementCase(
        "according to a statement from a ministry",
        "The fisheries talks opened behind closed doors, according to a "
        "statement from the Norwegian Ministry of Foreign Affairs.",
        [
            (
                "indirect",
                "The fisheries talks opened behind closed doors",
                "Norwegian Ministry of Foreign Affairs",
            )
        ],
    ),
    StatementCase(
        "'the statement' is the one issued by whom the text says issued it",
        "“Chile is a steady partner,” Tomas Reiter was quoted as saying in a "
        "statement issued by the Norwegian Foreign Ministry. The two sides "
        "would meet in May, the statement said.",
        [
            ("direct", "Chile is a steady partner,", "Tomas Reiter"),
            (
                "indirect",
                "The two sides would meet in May",
                "Norwegian Foreign Ministry",
            ),
        ],
    ),
    StatementCase(
        "diplomatic sources in a capital are no one, not the capital's state",
        "Diplomatic sources in Oslo said the fisheries talks could resume in "
        "June.",
        [("indirect", "the fisheries talks could resume in June", None)],
    ),
    StatementCase(
        "a diplomat based in a capital is no one, not the capital's state",
        "A diplomat based in Lima, Peru, said the fisheries talks could "
        "resume in June. A Western diplomat stationed in Oslo told reporters "
        "that the consulate would reopen.",
        [
            ("indirect", "the fisheries talks could resume in June", None),
            ("indirect", "the consulate would reopen", None),
        ],
    ),
    StatementCase(
        "a name with its appositive, 'and' another: the two speak",
        "Lena Vasko, Foreign Minister of Slovakia, and Jorge Salas said the "
        "river talks were useful.",
        [
            (
                "indirect",
                "the river talks were useful",
                "Lena Vasko and Jorge Salas",
            )
        ],
    ),
    StatementCase(
        "the statement a long paragraph and a long quotation ago is its issuer's",
        "The Chilean Foreign Ministry issued a statement on Monday after the "
        "meeting between Foreign Minister Jorge Salas and his Peruvian "
        "counterpart Ana Ruiz at the old customs house in the port city of "
        "Arica.\n\n“The two ministers, who have worked together on the river "
        "accord for more than ten years, held a long and friendly "
        "conversation that went on well past the hour planned for it, and "
        "agreed to meet again before the end of the year,” the statement "
        "said.",
        [
            (
                "direct",
                (
                    "The two ministers, who have worked together on the "
                    "river accord for more than ten years, held a long and "
                    "friendly conversation that went on well past the hour "
                    "planned for it, and agreed to meet again before the end "
                    "of the year,"
                ),
                "Chilean Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "'the latter' and 'the former' are the last and the one before of two people",
        "Foreign Minister Ana Ruiz met Tomas Vidal, the Bolivian foreign "
        "minister, in the latter half of May. The latter said the river talks "
        "were useful. The former said trade was growing.",
        [
            ("indirect", "the river talks were useful", "Tomas Vidal"),
            ("indirect", "trade was growing", "Ana Ruiz"),
        ],
    ),
    StatementCase(
        "an impersonal passive after 'In a statement released by X,' is X's",
        "In a statement released by the Chilean Foreign Ministry, it was "
        "stated that the river talks were useful. In Lima, it was noted that "
        "trade was growing.",
        [
            (
                "indirect",
                "the river talks were useful",
                "Chilean Foreign Ministry",
            ),
            ("indirect", "trade was growing", None),
        ],
    ),
    StatementCase(
        "an object with its appositive, then 'and' a clause: no group",
        "Bolivian President Tomas Vidal received Ana Ruiz, Foreign Minister "
        "of Chile, and Vidal said the talks were useful.",
        [("indirect", "the talks were useful", "Tomas Vidal")],
    ),
    StatementCase(
        "a statement of no issuer far back is another one: the body's words",
        "The Chilean Foreign Ministry said on Monday that the border crossing "
        "would stay closed.\n\nBolivia, which has not yet issued a statement "
        "on the closure, has long depended on the port of Arica for its "
        "exports of minerals, soybeans and natural gas, and its truckers have "
        "waited at the crossing since Friday in lines that stretch for "
        "several kilometres along the highway.\n\n“The measure is temporary "
        "and will be lifted as soon as the health inspections at the crossing "
        "are complete, within days rather than weeks,” the statement said.",
        [
            (
                "indirect",
                "the border crossing would stay closed",
                "Chilean Foreign Ministry",
            ),
            (
                "direct",
                (
                    "The measure is temporary and will be lifted as soon as "
                    "the health inspections at the crossing are complete, "
                    "within days rather than weeks,"
                ),
                "Chilean Foreign Ministry",
            ),
        ],
    ),
    StatementCase(
        "'the latter' after a state or a counterpart named last is no one",
        "Chilean President Jorge Salas met Bolivian President Tomas Vidal in "
        "La Paz on Monday. The latter said the border would reopen. On "
        "Tuesday Salas spoke by phone with his Peruvian counterpart, and the "
        "latter said trade was growing. The former United States envoy "
        "said the talks were useful.",
        [
            ("indirect", "the border would reopen", "Tomas Vidal"),
            ("indirect", "trade was growing", None),
            ("indirect", "the talks were useful", "United States envoy"),
        ],
    ),
    StatementCase(
        "a call with whom and when between the cue and its 'that' frames it",
        "Chilean President Ana Ruiz said in a phone call with Peruvian "
        "President Luis Soto on Monday that the border would reopen. She told "
        "Bolivian President Tomas Vidal in a telephone conversation that "
        "trade was growing.",
        [
            ("indirect", "the border would reopen", "Ana Ruiz"),
            ("indirect", "trade was growing", "Ana Ruiz"),
        ],
    ),
    StatementCase(
        "where an agency reports from is no part of what it reports: 'from Geneva'",
        "The talks ended on Monday, Reuters reported from Geneva. Xinhua "
        "reported from Athens on Thursday that Greece would send a frigate. "
        "Ana Ruiz reported from Lima: the border was open.",
        [
            ("indirect", "The talks ended on Monday", "Reuters"),
            ("indirect", "Greece would send a frigate", "Xinhua"),
            ("indirect", "the border was open", "Ana Ruiz"),
        ],
    ),
    StatementCase(
        "'the latter' with one person named before it is no one",
        "Tomas Vidal arrived in La Paz on Monday. The latter said the border "
        "would reopen.",
        [("indirect", "the border would reopen", None)],
    ),
    StatementCase(
        "analysts in a capital are no one, not the capital's state",
        "Analysts in Oslo say the new tariffs will cost Chile dearly.",
        [("indirect", "the new tariffs will cost Chile dearly", None)],
    ),
    StatementCase(
        "embassy staff in a capital are no one, not the capital's state",
        "Embassy staff in Lima said the consulate would reopen in June.",
        [("indirect", "the consulate would reopen in June", None)],
    ),
    StatementCase(
        "officials from both sides are no one, not the two sides",
        "Norway and Chile ended the talks on Friday. Officials from both "
        "sides say the two kings could attend the ceremony.",
        [("indirect", "the two kings could attend the ceremony", None)],
    ),
    StatementCase(
        "declaring a diplomat persona non grata is a deed, not words",
        "Norway has declared a Chilean embassy attaché persona non grata, "
        "the Norwegian Ministry of Foreign Affairs said.",
        [
            (
                "indirect",
                (
                    "Norway has declared a Chilean embassy attaché persona "
                    "non grata"
                ),
                "Norwegian Ministry of Foreign Affairs",
            )
        ],
    ),
    StatementCase(
        "adding a number of things to a list is a deed, not words",
        "Oslo on Monday added 12 vessels to its sanctions list, according to "
        "the Norwegian Ministry of Foreign Affairs.",
        [
            (
                "indirect",
                "Oslo on Monday added 12 vessels to its sanctions list",
                "Norwegian Ministry of Foreign Affairs",
            )
        ],
    ),
    StatementCase(
        "adding a name to a sanctions list is a deed inside reported words",
        "Karl Brenner said that Norway had added a Chilean trawler firm to "
        "the list of sanctioned companies.",
        [
            (
                "indirect",
                (
                    "Norway had added a Chilean trawler firm to the list of "
                    "sanctioned companies"
                ),
                "Karl Brenner",
            )
        ],
    ),
    StatementCase(
        "a clause added that ends in a list is words",
        "Karl Brenner spoke in Oslo. He added the fisheries deal belonged to "
        "the summit's agenda list.",
        [
            (
                "indirect",
                "the fisheries deal belonged to the summit's agenda list",
                "Karl Brenner",
            )
        ],
    ),
    StatementCase(
        "a number that opens a clause added is no deed",
        "Karl Brenner spoke in Oslo. Brenner added 30 ports had signed up to "
        "the list.",
        [("indirect", "30 ports had signed up to the list", "Karl Brenner")],
    ),
    StatementCase(
        "informing someone of a decision says what about, not what",
        "Karl Brenner added that Norway had informed its allies of the "
        "decision.",
        [
            (
                "indirect",
                "Norway had informed its allies of the decision",
                "Karl Brenner",
            )
        ],
    ),
    StatementCase(
        "informing someone that something is so is words",
        "Karl Brenner informed the envoys that the border would reopen.",
        [("indirect", "the border would reopen", "Karl Brenner")],
    ),
    StatementCase(
        "informing someone on a day that something is so is words",
        "Karl Brenner informed the envoys on Monday that the border would "
        "reopen.",
        [("indirect", "the border would reopen", "Karl Brenner")],
    ),
    StatementCase(
        "declaring that a diplomat is persona non grata is words",
        "Karl Brenner declared that the attaché was persona non grata and "
        "had to leave Oslo.",
        [
            (
                "indirect",
                "the attaché was persona non grata and had to leave Oslo",
                "Karl Brenner",
            )
        ],
    ),
    StatementCase(
        "adding many things to a registry named far after them is a deed",
        "Oslo on Monday added 40 frigates and three shipping firms to its "
        "registry of sanctioned vessels, the Norwegian Ministry of Foreign "
        "Affairs said.",
        [
            (
                "indirect",
                (
                    "Oslo on Monday added 40 frigates and three shipping "
                    "firms to its registry of sanctioned vessels"
                ),
                "Norwegian Ministry of Foreign Affairs",
            )
        ],
    ),
    StatementCase(
        "adding a number with no list after it is words",
        "Karl Brenner added 60 percent of the salmon went to Chile.",
        [
            (
                "indirect",
                "60 percent of the salmon went to Chile",
                "Karl Brenner",
            )
        ],
    ),
    StatementCase(
        "a title opening the object of a wish keeps its capital determiner",
        "Emir Tamim Al Thani wished His Highness the Crown Prince good "
        "health.",
        [
            (
                "indirect",
                "His Highness the Crown Prince good health",
                "Tamim Al Thani",
            )
        ],
    ),
    StatementCase(
        "condemning something as a quotation says those words",
        'Karl Brenner condemned the decision as "unlawful and provocative" on '
        "Monday.",
        [
            (
                "partial",
                'the decision as "unlawful and provocative"',
                "Karl Brenner",
            )
        ],
    ),
    StatementCase(
        "rejecting a claim as a quotation says those words",
        'The Norwegian Foreign Ministry rejected the allegation as "baseless."',
        [
            (
                "partial",
                'the allegation as "baseless."',
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "terming something a quotation says those words",
        'Karl Brenner termed the visit "a turning point for the region."',
        [
            (
                "partial",
                'the visit "a turning point for the region."',
                "Karl Brenner",
            )
        ],
    ),
    StatementCase(
        "a verb that needs a quotation, inside a clause said, leaves it whole",
        "Karl Olsen said that Oslo had accused Peru of breaking the deal.",
        [
            (
                "indirect",
                "Oslo had accused Peru of breaking the deal",
                "Karl Olsen",
            )
        ],
    ),
    StatementCase(
        "a call placed, inside a clause said, leaves it whole",
        "Karl Olsen said that Oslo had called the envoy on Monday.",
        [("indirect", "Oslo had called the envoy on Monday", "Karl Olsen")],
    ),
    StatementCase(
        "rejecting a proposal with no quotation says nothing",
        "Karl Brenner rejected the proposal on Monday.",
        [],
    ),
    StatementCase(
        "a briefing's speaker labelled in capitals, with a courtesy title or "
        "without, is one person; the briefer's label is no one",
        "BRIEFER: ANNA VOGEL, MINISTRY SPOKESPERSON\n\n"
        "Q: Will the minister travel to Chile?\n\n"
        "MS. VOGEL: The minister will travel to Santiago on Monday.\n\n"
        "Q: And the fisheries talks?\n\n"
        "VOGEL: They will resume in May.",
        [
            (
                "indirect",
                "The minister will travel to Santiago on Monday",
                "Vogel",
            ),
            ("indirect", "They will resume in May", "Vogel"),
        ],
    ),
    StatementCase(
        "remarks of one speaker labelled with an office in capitals go on to "
        "the end",
        "Remarks Before the Talks\n\n"
        "SECRETARY VOGEL: Thank you for the warm welcome to Santiago.\n\n"
        "Our trade has grown in every year of the last decade.\n\n"
        "We look forward to the talks.",
        [
            (
                "indirect",
                "Thank you for the warm welcome to Santiago",
                "Vogel",
            ),
            (
                "indirect",
                "Our trade has grown in every year of the last decade",
                "Vogel",
            ),
            ("indirect", "We look forward to the talks", "Vogel"),
        ],
    ),
    StatementCase(
        "a name in capitals labelling one paragraph is no remarks",
        "VOGEL: Thank you for the warm welcome to Santiago.\n\n"
        "Trade between the two states has grown.",
        [],
    ),
    StatementCase(
        "a place labelled in capitals twice is no briefing's speaker",
        "OSLO: Talks on fishing rights resumed on Monday.\n\n"
        "OSLO: Talks on the border resumed on Tuesday.",
        [],
    ),
    StatementCase(
        "a transcript's answers are their speaker's words, paragraph by "
        "paragraph, up to the next question",
        "Briefing by spokesperson Anna Vogel\n\n"
        "NRK: Will the minister travel to Chile next week?\n\n"
        "Anna Vogel: The minister will travel to Santiago on Monday.\n\n"
        "Norway values its partnership with Chile.\n\n"
        "TV2: Is there any news on the fisheries talks?\n\n"
        "Anna Vogel: The fisheries talks will resume in May.\n\n"
        "The briefing ended after twenty minutes of questions.",
        [
            (
                "indirect",
                "The minister will travel to Santiago on Monday",
                "Anna Vogel",
            ),
            (
                "indirect",
                "Norway values its partnership with Chile",
                "Anna Vogel",
            ),
            (
                "indirect",
                "The fisheries talks will resume in May",
                "Anna Vogel",
            ),
        ],
    ),
    StatementCase(
        "the statement that a text says someone issued is theirs",
        "Norway's foreign ministry said the talks had been useful. Later, "
        "the Chilean government released a statement on the fisheries "
        "dispute. The statement said quotas would be cut by a tenth.",
        [
            (
                "indirect",
                "the talks had been useful",
                "Norway's foreign ministry",
            ),
            (
                "indirect",
                "quotas would be cut by a tenth",
                "Chilean government",
            ),
        ],
    ),
    StatementCase(
        "a statement no one is said to issue is not the last speaker's",
        "Norway's foreign ministry said the talks had been useful. A "
        "statement appeared on a Chilean website on Tuesday. The statement "
        "said quotas would be cut by a tenth.",
        [
            (
                "indirect",
                "the talks had been useful",
                "Norway's foreign ministry",
            ),
            ("indirect", "quotas would be cut by a tenth", None),
        ],
    ),
    StatementCase(
        "'the statement said' again keeps the issuer of the statement",
        "The Danish foreign ministry said in a statement on Friday that the "
        "border would reopen. “Trucks will pass from Monday,” the statement "
        "said. “Checks will stay light,” the statement added.",
        [
            ("indirect", "the border would reopen", "Danish foreign ministry"),
            (
                "direct",
                "Trucks will pass from Monday,",
                "Danish foreign ministry",
            ),
            ("direct", "Checks will stay light,", "Danish foreign ministry"),
        ],
    ),
    StatementCase(
        "another kind of document named between is not the statement",
        "The Danish foreign ministry said in a statement on Friday that the "
        "border would reopen. The move follows a joint communique signed by "
        "both governments in March. “Trucks will pass from Monday,” the "
        "statement said.",
        [
            ("indirect", "the border would reopen", "Danish foreign ministry"),
            (
                "direct",
                "Trucks will pass from Monday,",
                "Danish foreign ministry",
            ),
        ],
    ),
    StatementCase(
        "a paragraph that reports another speaker ends a transcript answer",
        "NRK: Will the minister travel to Chile next week?\n\n"
        "Anna Vogel: The minister will travel to Santiago on Monday.\n\n"
        "We urge Peru to join the talks.\n\n"
        "TV2: Is there any news on the fisheries talks?\n\n"
        "Anna Vogel: The fisheries talks will resume in May.\n\n"
        "Meanwhile, Peruvian envoy Luis Campos told reporters that Lima "
        "wanted a seat at the talks.\n\n"
        "Earlier, the Chilean side called the plan “a fair start.”\n\n"
        "DR: Does Norway agree with Lima?\n\n"
        "Anna Vogel: Norway welcomes every partner at the table.",
        [
            (
                "indirect",
                "The minister will travel to Santiago on Monday",
                "Anna Vogel",
            ),
            ("indirect", "We urge Peru to join the talks", "Anna Vogel"),
            (
                "indirect",
                "The fisheries talks will resume in May",
                "Anna Vogel",
            ),
            (
                "indirect",
                "Lima wanted a seat at the talks",
                "Luis Campos",
            ),
            ("partial", "the plan “a fair start.”", "Chile"),
            (
                "indirect",
                "Norway welcomes every partner at the table",
                "Anna Vogel",
            ),
        ],
    ),
    StatementCase(
        "an answer's paragraph that names its own words in quotes goes on",
        "Fisheries Minister Anna Vogel spoke to the Courier in Oslo.\n\n"
        "Q: How will Norway deal with Chile?\n\n"
        "A: We keep talking and we keep the door open.\n\n"
        "We also call it “open doors” and we will not change course.\n\n"
        "Q: Will the quota be signed?\n\n"
        "A: Norway wants it signed by June.",
        [
            (
                "indirect",
                "We keep talking and we keep the door open",
                "Anna Vogel",
            ),
            (
                "indirect",
                "We also call it “open doors” and we will not change course",
                "Anna Vogel",
            ),
            ("indirect", "Norway wants it signed by June", "Anna Vogel"),
        ],
    ),
    StatementCase(
        "an answer's sentence where a person named says something is theirs",
        "Fisheries Minister Anna Vogel spoke to the Courier in Oslo.\n\n"
        "Q: Is Chile ready to sign?\n\n"
        "A: Lucia Ferrer, the Chilean envoy, assured me that Santiago "
        "would sign. I have said the same all along.\n\n"
        "Q: And the ports?\n\n"
        "A: The ports will open in May. Karl Brenner said the harbour "
        "fees would fall. Oslo will pay its share.",
        [
            ("indirect", "Santiago would sign", "Lucia Ferrer"),
            ("indirect", "I have said the same all along", "Anna Vogel"),
            ("indirect", "The ports will open in May", "Anna Vogel"),
            ("indirect", "the harbour fees would fall", "Karl Brenner"),
            ("indirect", "Oslo will pay its share", "Anna Vogel"),
        ],
    ),
    StatementCase(
        "an interview's answers are the words of the person it is with, "
        "not of its author",
        "By Karl Brenner\n\n"
        "Fisheries Minister Anna Vogel spoke to the Courier in Oslo about "
        "the talks with Chile.\n\n"
        "Q: Minister, what came of your trip to Santiago?\n\n"
        "A: It was a frank visit. Norway wants the quota signed.\n\n"
        "Q: Will President Boric come to Oslo?\n\n"
        "A: We have invited him. The dates are not fixed yet.",
        [
            (
                "indirect",
                "It was a frank visit. Norway wants the quota signed",
                "Anna Vogel",
            ),
            (
                "indirect",
                "We have invited him. The dates are not fixed yet",
                "Anna Vogel",
            ),
        ],
    ),
    StatementCase(
        "an interview's answers are not the journalist's named first",
        "Speaking to Courier reporter Karl Brenner, Fisheries Minister Anna "
        "Vogel looked back on the talks with Chile.\n\n"
        "Q: Minister, what came of your trip to Santiago?\n\n"
        "A: It was a frank visit.\n\n"
        "Q: Will the quota be signed?\n\n"
        "A: Norway wants it signed by June.",
        [
            ("indirect", "It was a frank visit", "Anna Vogel"),
            ("indirect", "Norway wants it signed by June", "Anna Vogel"),
        ],
    ),
    StatementCase(
        "an interview's answers go to the one of its people with an office",
        "Karl Brenner met Fisheries Minister Anna Vogel in Oslo.\n\n"
        "Q: Minister, what came of your trip to Santiago?\n\n"
        "A: It was a frank visit.\n\n"
        "Q: Will the quota be signed?\n\n"
        "A: Norway wants it signed by June.",
        [
            ("indirect", "It was a frank visit", "Anna Vogel"),
            ("indirect", "Norway wants it signed by June", "Anna Vogel"),
        ],
    ),
    StatementCase(
        "an interview whose introduction names no one has no answers said",
        "The Courier spoke to a fisheries official in Oslo.\n\n"
        "Q: What came of the trip to Santiago?\n\n"
        "A: It was a frank visit. Norway wants the quota signed.\n\n"
        "Q: Will the talks go on?\n\n"
        "A: We have invited them. The dates are not fixed yet.",
        [],
    ),
    StatementCase(
        "answers with no question labelled are no interview",
        "Anna Vogel met the press in Oslo.\n\n"
        "A: The quota deal will be signed by May.\n\n"
        "A: The dates are not fixed yet.",
        [],
    ),
    StatementCase(
        "names with counts or Title Case headlines after a colon are no turns",
        "Anna Vogel: 1,501.\n\nKarl Brenner: 1,320.\n\n"
        "Anna Vogel: Why The Fisheries Talks Matter To Oslo.\n\n"
        "Karl Brenner: The Long Road To A Deal With Chile.",
        [],
    ),
    StatementCase(
        "a name and a colon once is a caption, no transcript",
        "Spokesperson Anna Vogel met the press on Monday.\n\n"
        "Anna Vogel: a career in three postings.",
        [],
    ),
    StatementCase(
        "someone described and a relative clause, then the cue, is no one",
        "A member of the Chilean delegation, who spoke on condition of "
        "anonymity, said the military would not accept the plan.",
        [("indirect", "the military would not accept the plan", None)],
    ),
    StatementCase(
        "a member of a named delegation is no one, not the delegation",
        "A member of the Chilean delegation said the talks would go on.",
        [("indirect", "the talks would go on", None)],
    ),
    StatementCase(
        "sources in a capital opening the body are no one",
        "Sources in Oslo said the fisheries talks would go on.",
        [("indirect", "the fisheries talks would go on", None)],
    ),
    StatementCase(
        "someone described, a relative clause, then 'said that'",
        "A member of the delegation, who spoke on condition of anonymity, "
        "said that the talks would go on.",
        [("indirect", "the talks would go on", None)],
    ),
    StatementCase(
        "a pronoun after the comma and the cue opens the words said",
        "Lena Vasko, 60, a doctor, said she was relieved by the truce.",
        [("indirect", "she was relieved by the truce", "Lena Vasko")],
    ),
    StatementCase(
        "a subject after the comma and the cue opens the words said",
        "Karl Brenner, 60, a diplomat, said the army would stay.",
        [("indirect", "the army would stay", "Karl Brenner")],
    ),
    StatementCase(
        "local media placed in a capital, after the words, are no one",
        "The fisheries talks had stalled, local media in Oslo reported.",
        [("indirect", "The fisheries talks had stalled", None)],
    ),
    StatementCase(
        "a letter named after a fronted time is its writer's",
        "On Monday Karl Brenner said, in a letter, that the talks would go "
        "on. The fisheries talks will resume in May, the letter said.",
        [
            ("indirect", "the talks would go on", "Karl Brenner"),
            (
                "indirect",
                "The fisheries talks will resume in May",
                "Karl Brenner",
            ),
        ],
    ),
    StatementCase(
        "a description with an aside and no name before a colon speaks as "
        "described",
        "The Chilean minister of state, in a radio interview on Monday, put "
        "it plainly: “Our ports are open to every partner.”",
        [
            (
                "direct",
                "Our ports are open to every partner.",
                "The Chilean minister of state",
            )
        ],
    ),
    StatementCase(
        "a named subject before a relative clause still speaks",
        "Karl Brenner, who spoke after the talks, said the military would "
        "not accept the plan.",
        [
            (
                "indirect",
                "the military would not accept the plan",
                "Karl Brenner",
            )
        ],
    ),
    StatementCase(
        "'the statement' with none named is the body that spoke just before",
        "Norway expelled a Chilean attaché on Monday, the Norwegian Ministry "
        "of Foreign Affairs said. The chargé d'affaires was handed a note of "
        "protest, the statement said.",
        [
            (
                "indirect",
                "Norway expelled a Chilean attaché on Monday",
                "Norwegian Ministry of Foreign Affairs",
            ),
            (
                "indirect",
                "The chargé d'affaires was handed a note of protest",
                "Norwegian Ministry of Foreign Affairs",
            ),
        ],
    ),
    StatementCase(
        "'the statement' after a person spoke is no one's",
        "Karl Brenner said Norway would expel the attaché. The envoy was "
        "summoned on Monday, the statement said.",
        [
            ("indirect", "Norway would expel the attaché", "Karl Brenner"),
            ("indirect", "The envoy was summoned on Monday", None),
        ],
    ),
    StatementCase(
        "according to the statement a fronted 'In a statement' named",
        "In a statement on Tuesday, the adviser to the president on trade, "
        "Tomas Reiter, said the leaders would meet. According to the "
        "statement, the two sides will sign three agreements.",
        [
            ("indirect", "the leaders would meet", "Tomas Reiter"),
            (
                "indirect",
                "the two sides will sign three agreements",
                "Tomas Reiter",
            ),
        ],
    ),
]


class TestStatementRules:
    @_cases(STATEMENT_RULE_CASES)
    def test_case(self, case):
        """
        Each statement rule finds its statements, with their speakers, and
        no statement where the words say none.
        """
        expected = case.statements

        assert expected == _statements(_extract(case.body))

    @_cases(FRAME_CASES)
    def test_frame(self, case):
        """
        A cue that frames nothing leaves the words to the cue that does, and
        "According to SOURCE, ..." ends at the source's comma.
        """
        expected = case.statements

        assert expected == _statements(_extract(case.body))

    def test_thanking_and_saying_after_but_is_the_new_subjects(self):
        """
        "X said ..., but Y thanked Z ... and said ...": the last words are
        Y's, the subject of their own clause, not X's.
        """
        article = _extract(
            "Karl Brenner said the deal was close, but Prime Minister Ana "
            "Dahl thanked Chile for its patience and said more time was "
            "needed."
        )

        assert [("Ana Dahl", "said")] == [
            (s.speaker.name, s.cue)
            for s in article.statements
            if s.text == "more time was needed"
        ]

    @pytest.mark.parametrize(
        "body",
        [
            pytest.param(
                "Prime Minister Ana Dahl, while in Lima, thanked Peru for its "
                "patience and said more time was needed.",
                id="a while-phrase with no cue before it",
            ),
            pytest.param(
                "Prime Minister Ana Dahl thanked not only Chile but also Peru "
                "for their patience and said more time was needed.",
                id="not only ... but also",
            ),
            pytest.param(
                "Prime Minister Ana Dahl, smiling but tired, thanked Peru for "
                "its patience and said more time was needed.",
                id="a but inside a phrase",
            ),
        ],
    )
    def test_thanking_and_saying_after_a_phrase_is_the_subjects(self, body):
        """
        "X, while in Y, thanked Z ... and said ...": a "but" or "while" that
        opens no clause of a new speaker leaves the words X's, not Z's.
        """
        article = _extract(body)

        assert [("Ana Dahl", "said")] == [
            (s.speaker.name, s.cue)
            for s in article.statements
            if s.text == "more time was needed"
        ]

    def test_a_quotation_that_goes_on_is_said_by_its_own_cue(self):
        """
        A quotation paragraph taken to go on from a mark left open before
        it is said once, by whom its own cue names.
        """
        article = _extract(
            '"Lena Vasko walked onto the stage, smiling at the crowd.\n\n'
            "“Thank you for the welcome, friends,” Karim Fahmy said."
        )

        assert [("Karim Fahmy", "said")] == [
            (s.speaker.name, s.cue)
            for s in article.statements
            if "welcome" in s.text
        ]

    def test_a_quotation_over_paragraphs_keeps_its_cue(self):
        """
        Each paragraph of a quotation is said with the cue that introduced
        it, also one that goes on with no opening mark.
        """
        article = _extract(
            "Tomas Reiter said: “The talks were never about tariffs alone.\n\n"
            "They were about who controls the route.”"
        )

        assert [("Tomas Reiter", "said"), ("Tomas Reiter", "said")] == [
            (s.speaker.name, s.cue) for s in article.statements
        ]

    def test_someone_described_with_a_relative_clause_is_said_by_no_one(self):
        """
        A quotation after "A man in the crowd, who ..., said:" keeps its cue
        and has no speaker: the man has no name.
        """
        (quote,) = _extract(
            "A man in the crowd, who gave only his first name, said: “We "
            "will not sign this plan.”"
        ).statements

        assert (None, "said") == (quote.speaker, quote.cue)

    def test_a_colon_after_no_one_is_no_cue(self):
        """
        A quotation after a colon whose clause names no one has neither
        speaker nor cue.
        """
        (quote,) = _extract(
            "The two sides issued a joint statement: “The border will reopen "
            "in May.”"
        ).statements

        assert (None, None) == (quote.speaker, quote.cue)

    def test_said_on_past_the_frame_words(self):
        """
        A date among the frame words before "that" is when the words were
        said.
        """
        (said,) = _extract(
            "Hakan Demir said late on Monday in a written statement posted "
            "on X that his ministry would reopen the corridor."
        ).statements

        assert "2025-03-31" == str(said.said_on)

    def test_said_on_inside_the_words(self):
        """
        Words that go on after an attribution inside them ("The pact, X
        said on Monday, creates ...") are taken from there, as one piece of
        the body, and the attribution's date is when they were said.
        """
        article = _extract(
            "The new compact, Mr Lindqvist said on Monday, creates a "
            "framework for regular talks."
        )
        (said,) = article.statements

        assert (
            "2025-03-31",
            "creates a framework for regular talks",
            "creates a framework for regular talks",
        ) == (
            str(said.said_on),
            said.text,
            article.body[said.span.start : said.span.end],
        )

    def test_a_quotation_then_the_statement_at_the_body_end(self):
        """
        A quotation followed by "the statement" and nothing else is one
        direct quote, and no error.
        """
        (quote,) = _extract(
            "“We reject these claims entirely,” the statement"
        ).statements

        assert ("direct", "We reject these claims entirely,") == (
            quote.kind.value,
            quote.text,
        )

    def test_a_spokesman_of_another_state_is_not_the_last_speaker(self):
        """
        "The Chinese spokesman" after a Russian speaker is not him.
        """
        article = _extract(
            "Foreign Minister Sergei Lavrov said Moscow wanted peace.\n\n"
            "The Chinese spokesman said Beijing backed the talks."
        )

        assert ["Sergei Lavrov", "The Chinese spokesman"] == [
            s.speaker.name for s in article.statements
        ]

    def test_a_title_the_known_person_never_held(self):
        """
        "The Turkish ambassador" is not a president the people table knows,
        though he spoke just before untitled.
        """
        article = _extract(
            "Erdogan said Turkey wanted peace. The Turkish ambassador said "
            "the talks were useful."
        )

        assert ["Erdogan", "The Turkish ambassador"] == [
            s.speaker.name for s in article.statements
        ]

    def test_according_to_a_name_that_ends_the_body(self):
        """
        "according to" and a name with nothing after it, at the very end of
        the body, is no statement and no error.
        """
        assert (
            () == _extract("according to Foreign Minister Ana Dahl").statements
        )

    def test_said_on_of_the_second_speaker(self):
        """
        "X said on Monday that ..., and Y said ...": Monday is when X spoke,
        not Y.
        """
        article = _extract(
            "Hakan Demir said on Monday that the corridor would open in May, "
            "and Lena Vasko said it would not."
        )

        assert ["2025-03-31", None] == [
            None if s.said_on is None else str(s.said_on)
            for s in article.statements
        ]

    @pytest.mark.parametrize(
        "body",
        [
            (
                "Since last November, according to Amnesty International, "
                "police have detained more than 400 protesters."
            ),
            (
                "Since November 3, according to Amnesty International, "
                "police have detained more than 400 protesters."
            ),
            "since last week, the minister said, the talks have stalled.",
        ],
        ids=["last November", "a day", "lower case"],
    )
    def test_said_on_is_not_a_since_phrase(self, body):
        """
        A date opening a "since" phrase is the start of a span of time, not
        the day the words were said.
        """
        assert None is _extract(body).statements[0].said_on

    @pytest.mark.parametrize(
        "body",
        [
            (
                "The former minister, who quit the cabinet last September, "
                "said that the talks had failed."
            ),
            (
                "Ana Ruiz, whose term ended in January, said the corridor "
                "would not open."
            ),
        ],
        ids=["who", "whose"],
    )
    def test_said_on_is_not_a_relative_clause_before_the_cue(self, body):
        """
        A date in a relative clause set off by commas before the cue tells
        of the speaker, not of the day the words were said.
        """
        assert None is _extract(body).statements[0].said_on

    def test_said_on_before_the_speaker_stays(self):
        """
        A date opening the sentence, or beside the cue, is still the day.
        """
        article = _extract(
            "On Monday, the minister, who quit the cabinet, said that the "
            "talks had failed."
        )

        assert "2025-03-31" == str(article.statements[0].said_on)


# -- events (_events) ---------------------------------------------------------

# Ana Ruiz's meetings one by one with three ministers, told in two ways.
_RUIZ_MEETS_EACH_OF_THREE = [
    ("meeting", {"Ana Ruiz": "party", other: "party"}, "occurred", None)
    for other in ("Tomas Vidal", "Jorge Salas", "Lucia Ferrer")
]

EVENT_RULE_CASES = [
    EventCase(
        "a roster after a reception of envoys it did not name: one reception each",
        "President Ana Ruiz of Chile received credentials from four new "
        "ambassadors at the presidential palace on Thursday.\n\n"
        "They were Luis Soto (Peru) and Tomas Vidal (Bolivia).\n\n"
        "Others were non-resident ambassadors Sam Lee (Canada) and Dana Levi "
        "(Israel)",
        [
            (
                "host_visit",
                {"Ana Ruiz": "host", envoy: "initiator"},
                "occurred",
                "2025-04-03",
            )
            for envoy in ("Luis Soto", "Tomas Vidal", "Sam Lee", "Dana Levi")
        ],
    ),
    EventCase(
        "a roster told as whom the host addressed, paragraphs after the reception",
        "President Ana Ruiz of Chile received credentials from three new "
        "envoys on Thursday.\n\nShe said Chile valued its partners.\n\n"
        "The envoys spoke of trade and of the port.\n\n"
        "She later addressed the envoys, who included Luis Soto (Peru), Tomas "
        "Vidal (Bolivia) and Sam Lee (Canada).",
        [
            (
                "host_visit",
                {"Ana Ruiz": "host", envoy: "initiator"},
                "occurred",
                "2025-04-03",
            )
            for envoy in ("Luis Soto", "Tomas Vidal", "Sam Lee")
        ],
    ),
    EventCase(
        "telephone calls received from callers of two states: one call each",
        "Chilean President Ana Ruiz received telephone calls on Thursday from "
        "President Luis Soto of Peru and President Tomas Vidal of Bolivia.",
        [
            (
                "phone_call",
                {"Ana Ruiz": "recipient", caller: "initiator"},
                "occurred",
                "2025-04-03",
            )
            for caller in ("Luis Soto", "Tomas Vidal")
        ],
    ),
    EventCase(
        "a fronted call or meeting with X: the clause's subject is the other side",
        "In a phone call with Peruvian President Luis Soto, Chilean President "
        "Ana Ruiz said on Thursday that the border would reopen. During a "
        "meeting with Bolivian Foreign Minister Tomas Vidal on Friday, Chilean "
        "Foreign Minister Jorge Salas praised the port deal.",
        [
            (
                "phone_call",
                {"Ana Ruiz": "party", "Luis Soto": "party"},
                "occurred",
                "2025-04-03",
            ),
            (
                "meeting",
                {"Jorge Salas": "party", "Tomas Vidal": "party"},
                "occurred",
                "2025-04-04",
            ),
        ],
    ),
    EventCase(
        "a fronted meeting or call with no subject after it, or no comma, has no holder",
        "In her meetings with Bolivian Foreign Minister Tomas Vidal and Chilean "
        "Foreign Minister Jorge Salas on Thursday, the talks focused on trade. "
        "In a phone call with Peruvian President Luis Soto on Thursday the "
        "border was discussed.",
        [],
    ),
    EventCase(
        "a fronted meeting with no one named has no second side",
        "In a meeting with reporters, Chilean President Ana Ruiz said the "
        "border would reopen. At a meeting in Geneva, Peruvian President Luis "
        "Soto said trade was growing.",
        [],
    ),
    EventCase(
        "a call told in the passive names its sides after 'between'",
        "On Thursday, a telephone conversation took place between Chilean "
        "Foreign Minister Ana Ruiz and Peruvian Foreign Minister Luis Soto. A "
        "video call was held on Friday between Bolivia and Norway.",
        [
            (
                "phone_call",
                {"Ana Ruiz": "party", "Luis Soto": "party"},
                "occurred",
                "2025-04-03",
            ),
            (
                "phone_call",
                {"Bolivia": "party", "Norway": "party"},
                "occurred",
                "2025-04-04",
            ),
        ],
    ),
    EventCase(
        "a call from two officials of one state is one call",
        "Chilean President Ana Ruiz received a phone call on Thursday from "
        "President Luis Soto of Peru and Foreign Minister Tomas Vidal of Peru.",
        [
            (
                "phone_call",
                {
                    "Ana Ruiz": "recipient",
                    "Luis Soto": "initiator",
                    "Tomas Vidal": "initiator",
                },
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "names with their states after a reception are no roster unless the envoys are its subject",
        "President Ana Ruiz of Chile received credentials from four new "
        "ambassadors on Thursday. She also swore in Chile's new ambassadors, who "
        "were Luis Soto (Peru) and Tomas Vidal (Bolivia). Two envoys, Sam Lee "
        "(Canada) and Dana Levi (Israel), were unable to attend. Previous envoys "
        "of those states were Jorge Salas (Peru) and Lucia Ferrer (Bolivia).",
        [],
    ),
    EventCase(
        "a roster four paragraphs after the reception is another story's",
        "President Ana Ruiz of Chile received credentials from two new "
        "ambassadors on Thursday.\n\nShe spoke of trade.\n\nShe spoke of the "
        "port.\n\nShe spoke of the border.\n\nThey were Luis Soto (Peru) and "
        "Tomas Vidal (Bolivia).",
        [],
    ),
    EventCase(
        "a reception more than a year old and its roster are background",
        "In 2019, President Ana Ruiz of Chile received credentials from two new "
        "ambassadors. They were Luis Soto (Peru) and Tomas Vidal (Bolivia).",
        [],
    ),
    EventCase(
        "two receptions of unnamed envoys each keep their own roster",
        "President Ana Ruiz of Chile received credentials from two new "
        "ambassadors on Thursday. They were Luis Soto (Peru) and Tomas Vidal "
        "(Bolivia). On Friday, Foreign Minister Jorge Salas of Chile received "
        "copies of the credentials of two more ambassadors. They were Sam Lee "
        "(Canada) and Dana Levi (Israel).",
        [
            (
                "host_visit",
                {"Ana Ruiz": "host", "Luis Soto": "initiator"},
                "occurred",
                "2025-04-03",
            ),
            (
                "host_visit",
                {"Ana Ruiz": "host", "Tomas Vidal": "initiator"},
                "occurred",
                "2025-04-03",
            ),
            (
                "host_visit",
                {"Jorge Salas": "host", "Sam Lee": "initiator"},
                "occurred",
                "2025-04-04",
            ),
            (
                "host_visit",
                {"Jorge Salas": "host", "Dana Levi": "initiator"},
                "occurred",
                "2025-04-04",
            ),
        ],
    ),
    EventCase(
        "names with their states in brackets and no reception before them are no roster",
        "The delegates were Luis Soto (Peru) and Tomas Vidal (Bolivia).",
        [],
    ),
    EventCase(
        "names with their states after a reception, with no roster's word, are no roster",
        "President Ana Ruiz of Chile received credentials from two new "
        "ambassadors on Thursday. Luis Soto (Peru) and Tomas Vidal (Bolivia) "
        "spoke to reporters afterwards.",
        [],
    ),
    EventCase(
        "a visitor on a state or official visit is there now",
        "Chilean President Omar Baraka is on a state visit to Peru. Earlier, "
        "Peruvian Foreign Minister Rosa Vidal left on an official visit to "
        "Norway.",
        [
            (
                "visit",
                {"Omar Baraka": "initiator", "Peru": "host"},
                "ongoing",
                None,
            ),
            (
                "visit",
                {"Rosa Vidal": "initiator", "Norway": "host"},
                "ongoing",
                None,
            ),
        ],
    ),
    EventCase(
        "a standing bilateral body that will sit is a planned meeting of its states",
        "Officials said the Chile-Peru joint commission would meet in Arica "
        "in June.",
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
        "a standing bilateral body that will meet is one planned meeting",
        "The Chile-Bolivia joint commission will meet in La Paz in June.",
        [
            (
                "meeting",
                {"Chile": "party", "Bolivia": "party"},
                "planned",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "a standing bilateral body told at work, not sitting, is no meeting",
        "The Chile-Bolivia joint commission oversees the border treaty.",
        [],
    ),
    EventCase(
        "consultations proposed are no meeting held",
        "Chile proposed bilateral consultations with Bolivia on water rights.",
        [],
    ),
    EventCase(
        "consultations of two states called off are a cancelled meeting",
        "Uruguayan-Bolivian political consultations, scheduled for May 3 in "
        "La Paz, have been called off.",
        [
            (
                "meeting",
                {"Uruguay": "party", "Bolivia": "party"},
                "cancelled",
                "2025-05-03",
            )
        ],
    ),
    EventCase(
        "a session of a bilateral council that may sit is a speculated meeting",
        "The next session of the Norway-Chile intergovernmental council may "
        "be held in Oslo in September.",
        [
            (
                "meeting",
                {"Norway": "party", "Chile": "party"},
                "speculated",
                "2025-09",
            )
        ],
    ),
    EventCase(
        "wishes expressed after a possessive are the subject's praise",
        "Emir Tamim Al Thani expressed his wishes to Chilean President Tomas "
        "Reiter for success in leading his country.",
        [
            (
                "praise",
                {"Tamim Al Thani": "initiator", "Tomas Reiter": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a meeting in words of unnamed sources is between whom they name",
        "Diplomatic sources in Oslo said Foreign Minister Karl Brenner may "
        "meet his Chilean counterpart Tomas Reiter on the sidelines of a NATO "
        "foreign ministers' meeting in Brussels in June.",
        [
            (
                "meeting",
                {"Karl Brenner": "party", "Tomas Reiter": "party"},
                "speculated",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "two actors exchanging congratulations praise each other",
        "Azerbaijani President Rauf Mammadli and Georgian President Levan "
        "Kobalia exchanged congratulations on Monday.",
        [
            (
                "praise",
                {"Rauf Mammadli": "initiator", "Levan Kobalia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Levan Kobalia": "initiator", "Rauf Mammadli": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "where greetings were exchanged names no participant",
        "Azerbaijani President Rauf Mammadli and Georgian President Levan "
        "Kobalia exchanged greetings in Tbilisi.",
        [
            (
                "praise",
                {"Rauf Mammadli": "initiator", "Levan Kobalia": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Levan Kobalia": "initiator", "Rauf Mammadli": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "one actor exchanging greetings with no one named is no event",
        "Hakan Demir exchanged greetings with the guests.",
        [],
    ),
    EventCase(
        "a companion of the visitor is neither visitor nor host",
        "The visit of Georgian Prime Minister Levan Kobalia to Azerbaijan "
        "with Georgian Foreign Minister Maka Botchorishvili ended on "
        "Tuesday.",
        [
            (
                "visit",
                {"Levan Kobalia": "initiator", "Azerbaijan": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a trigger after a quotation does not take its speaker as subject",
        "“Our door is open,” Turkish Foreign Minister Hakan Demir said. In a "
        "phone call with Egyptian Foreign Minister Karim Fahmy on Monday, "
        "the two sides reviewed the crisis.",
        [
            (
                "phone_call",
                {"Karim Fahmy": "party", "Hakan Demir": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a trigger after a quotation, outside it, has no part of its speaker",
        "“Our door is open,” Turkish Foreign Minister Hakan Demir said. "
        "Separately, negotiations between Serbia and Kosovo resumed.",
        [
            (
                "negotiation",
                {"Serbia": "party", "Kosovo": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "someone's envoy received is a visit of the one the envoy serves",
        "Turkish Foreign Minister Hakan Demir received Azerbaijani "
        "President Rauf Mammadli's special envoy on Monday.",
        [
            (
                "host_visit",
                {"Hakan Demir": "host", "Rauf Mammadli": "initiator"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "someone's envoy named after him: both are the visitors",
        "Turkish Foreign Minister Hakan Demir received Azerbaijani "
        "President Rauf Mammadli's special envoy Anar Guliyev on Monday.",
        [
            (
                "host_visit",
                {
                    "Hakan Demir": "host",
                    "Rauf Mammadli": "initiator",
                    "Anar Guliyev": "initiator",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a weekday between commas before the object: met today, Friday, with",
        "Turkish Foreign Minister Hakan Demir met today, Friday, with "
        "Egyptian Foreign Minister Karim Fahmy.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "on a weekday between the trigger and its object: received on "
        "Monday X",
        "Turkish Foreign Minister Hakan Demir received on Monday Azerbaijani "
        "Foreign Minister Rauf Mammadli.",
        [
            (
                "host_visit",
                {"Hakan Demir": "host", "Rauf Mammadli": "initiator"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a bare weekday before the object: met Friday with",
        "Turkish Foreign Minister Hakan Demir met Friday with Egyptian "
        "Foreign Minister Karim Fahmy.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "a subject of two and a trigger ending the sentence",
        "Hakan Demir and Karim Fahmy met.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a trigger ending a paragraph with no full stop",
        "Kenya and Ethiopia sign trade memorandum",
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
        "a weekday between a comma and the end: met today, Friday.",
        "Hakan Demir and Karim Fahmy met today, Friday.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "a date before the first trigger of its sentence is its date",
        "On Monday, Hakan Demir met Karim Fahmy.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "visits to two states with no visitor named stay one event",
        "Planned visits to Bangladesh and Nepal were postponed.",
        [
            (
                "visit",
                {"Bangladesh": "host", "Nepal": "host"},
                "postponed",
                None,
            )
        ],
    ),
    EventCase(
        "ongoing: currently",
        "Serbia is currently holding talks with Kosovo.",
        [
            (
                "meeting",
                {"Serbia": "party", "Kosovo": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "a tour of three states is three visits",
        "Indian Prime Minister Arjun Rao visited Bangladesh, Nepal and Sri "
        "Lanka last week.",
        [
            (
                "visit",
                {"Arjun Rao": "initiator", "Bangladesh": "host"},
                "occurred",
                "2025-03",
            ),
            (
                "visit",
                {"Arjun Rao": "initiator", "Nepal": "host"},
                "occurred",
                "2025-03",
            ),
            (
                "visit",
                {"Arjun Rao": "initiator", "Sri Lanka": "host"},
                "occurred",
                "2025-03",
            ),
        ],
    ),
    EventCase(
        "travelling to an organisation is a visit it hosts",
        "Turkish Foreign Minister Hakan Demir travelled to the European "
        "Union on Monday for accession talks.",
        [
            (
                "visit",
                {"Hakan Demir": "initiator", "European Union": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an object inside the trigger: described the US decision as",
        "China described the US decision as a provocation.",
        [
            (
                "accusation",
                {"China": "initiator", "US": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a named event dated ahead is planned",
        "Analysts expect results from Polish President Anna Nowak's trip "
        "to Lithuania next week.",
        [
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "planned",
                "2025-04",
            )
        ],
    ),
    EventCase(
        "a summit to be held is planned",
        "Preparations went on for the summit between Egypt and Ethiopia to "
        "be held in Cairo in May.",
        [
            (
                "meeting",
                {"Egypt": "party", "Ethiopia": "party"},
                "planned",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "a visit started is under way",
        "Polish President Anna Nowak started her three-day visit to "
        "Lithuania on Monday.",
        [
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "ongoing",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "on a visit is under way",
        "Polish President Anna Nowak, on a two-day visit to Lithuania, "
        "praised its reforms.",
        [
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "the cancellation of a visit",
        "Officials gave no reason for the cancellation of the visit of "
        "Polish President Anna Nowak to Lithuania.",
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
        "subjects before 'are expected to', and its status",
        "Japanese Prime Minister Taro Sato and Korean President Lee Kim are "
        "expected to hold talks.",
        [
            (
                "meeting",
                {"Taro Sato": "party", "Lee Kim": "party"},
                "speculated",
                None,
            )
        ],
    ),
    EventCase(
        "the two countries are the states of the two leaders named before",
        "Indonesian President Adi Wirawan and Singaporean Prime Minister "
        "Tan Wei Ming met in Bintan. The two countries also signed "
        "memorandums of understanding on youth.",
        [
            (
                "meeting",
                {"Adi Wirawan": "party", "Tan Wei Ming": "party"},
                "occurred",
                None,
            ),
            (
                "agreement",
                {"Indonesia": "party", "Singapore": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "both countries after a comma, before 'agreed to'",
        "After Indian officials accused Pakistan, both countries agreed to "
        "suspend talks.",
        [
            (
                "accusation",
                {"India": "initiator", "Pakistan": "recipient"},
                "occurred",
                None,
            ),
            (
                "halt_negotiations",
                {"India": "initiator", "Pakistan": "initiator"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the subjects before a light verb and a named event",
        "Foreign Minister Ali Rezaei of Iran and his Russian counterpart "
        "Sergei Lavrov held a phone conversation on Saturday.",
        [
            (
                "phone_call",
                {"Ali Rezaei": "party", "Sergei Lavrov": "party"},
                "occurred",
                "2025-03-29",
            )
        ],
    ),
    EventCase(
        "the subjects before 'engaged in' and a named event",
        "Foreign Minister Lena Holm of Sweden and President Gabriel Boric "
        "of Chile engaged in a phone conversation on Monday.",
        [
            (
                "phone_call",
                {"Lena Holm": "party", "Gabriel Boric": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "words of blame about another state are an accusation",
        "Russian Foreign Minister Oleg Sokolov said that the US decision "
        "was “illegitimate”.",
        [
            (
                "accusation",
                {"Oleg Sokolov": "initiator", "US": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "words of blame with no other state named accuse no one",
        "Russian Foreign Minister Oleg Sokolov said Russia's critics were "
        "hypocritical and the plan was illegitimate.",
        [],
    ),
    EventCase(
        "credentials received from the ambassadors of three states",
        "President Rauf Mammadli received the credentials of the newly "
        "appointed ambassadors of Belgium, Nigeria and Jordan.",
        [
            (
                "host_visit",
                {"Rauf Mammadli": "host", state: "initiator"},
                "occurred",
                None,
            )
            for state in ("Belgium", "Nigeria", "Jordan")
        ],
    ),
    EventCase(
        "credentials presented to a head of state",
        "The new ambassador of Japan presented his credentials to Emir "
        "Khalid Al Mansour.",
        [
            (
                "host_visit",
                {
                    "ambassador of Japan": "initiator",
                    "Khalid Al Mansour": "host",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "credentials handed in by many envoys, the host after the list",
        "The credentials were handed in by the newly appointed ambassadors "
        "of Chile, Ghana, Peru, Norway, Kenya and Nepal to Qatar.",
        [
            (
                "host_visit",
                {"Qatar": "host", state: "initiator"},
                "occurred",
                None,
            )
            for state in ("Chile", "Ghana", "Peru", "Norway", "Kenya", "Nepal")
        ],
    ),
    EventCase(
        "letters of credence presented to a host by two envoys",
        "Letters of credence were presented to President Rauf Mammadli of "
        "Azerbaijan by the new ambassadors of Chile and Peru.",
        [
            (
                "host_visit",
                {"Rauf Mammadli": "host", state: "initiator"},
                "occurred",
                None,
            )
            for state in ("Chile", "Peru")
        ],
    ),
    EventCase(
        "credentials handed in by an envoy described after a comma",
        "The credentials were handed in by the ambassador of Chile, a former "
        "trade minister, to Qatar.",
        [
            (
                "host_visit",
                {"the ambassador of Chile": "initiator", "Qatar": "host"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "credentials presented to no one named are no visit",
        "The credentials were presented by the ambassadors of Chile and Peru.",
        [],
    ),
    EventCase(
        "a verb after a possessed title is no named event",
        "Iran's president will visit Azerbaijan next week.",
        [
            (
                "visit",
                {"Iran's president": "initiator", "Azerbaijan": "host"},
                "planned",
                "2025-04",
            )
        ],
    ),
    EventCase(
        "is meeting: under way",
        "Polish President Anna Nowak is meeting Lithuanian President Jonas "
        "Kairys in Vilnius.",
        [
            (
                "meeting",
                {"Anna Nowak": "party", "Jonas Kairys": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "on the visit, after a verb of telling, is no visit under way",
        "Officials briefed reporters on the visit of Polish President Anna "
        "Nowak to Lithuania last month.",
        [
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "occurred",
                "2025-03",
            )
        ],
    ),
    EventCase(
        "a visit started months ago is no visit under way",
        "Polish President Anna Nowak started her visit to Lithuania in "
        "January.",
        [
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "occurred",
                "2025-01",
            )
        ],
    ),
    EventCase(
        "a date in a clause of its own is not the event's",
        "Iran and Egypt held talks in Rome, and a second round is due in May.",
        [
            (
                "meeting",
                {"Iran": "party", "Egypt": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a date opening the clause of the next trigger is that trigger's",
        "Chile's foreign minister visited Peru in March, and on Tuesday he "
        "hosted his Bolivian counterpart in Santiago.",
        [
            (
                "visit",
                {"Chile's foreign minister": "initiator", "Peru": "host"},
                "occurred",
                "2025-03",
            ),
            (
                "host_visit",
                {
                    "Chile's foreign minister": "host",
                    "his Bolivian counterpart": "initiator",
                },
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "visits of one visitor to one host on days of one trip are one visit",
        "Foreign Minister Ana Duarte of Portugal arrived in Nairobi on "
        "Thursday evening on a two-day official visit. On Friday, Duarte paid "
        "a courtesy call on President William Otieno of Kenya.",
        [
            (
                "visit",
                {"Ana Duarte": "initiator", "Kenya": "host"},
                "occurred",  # an arrival told in the past
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "visits of one visitor to one host a week apart are two visits",
        "Foreign Minister Ana Duarte of Portugal arrived in Nairobi on "
        "March 20. On Friday, Duarte paid a courtesy call on President "
        "William Otieno of Kenya.",
        [
            (
                "visit",
                {"Ana Duarte": "initiator", "Kenya": "host"},
                "occurred",
                "2025-03-20",
            ),
            (
                "visit",
                {"Ana Duarte": "initiator", "William Otieno": "host"},
                "occurred",
                "2025-04-04",
            ),
        ],
    ),
    EventCase(
        "a day of the month in a plan is the coming one",
        "Russian President Oleg Sokolov will visit Azerbaijan on the 2nd.",
        [
            (
                "visit",
                {"Oleg Sokolov": "initiator", "Azerbaijan": "host"},
                "planned",
                "2025-05-02",
            )
        ],
    ),
    EventCase(
        "an accusation with its accusers alone blames no one",
        "Both Polish President Anna Nowak and Mendez described the embargo "
        "as a failure.",
        [],
    ),
    EventCase(
        "words of blame denied accuse no one",
        "Russian Foreign Minister Oleg Sokolov said that cooperation with "
        "Japan was never hostile.",
        [],
    ),
    EventCase(
        "the state blamed is the one named by the words of blame",
        "Russian Foreign Minister Oleg Sokolov said Moscow and Beijing would "
        "oppose illegal sanctions by the United States.",
        [
            (
                "accusation",
                {"Oleg Sokolov": "initiator", "United States": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a protest over another state's act: that state is accused",
        "South Korean Ambassador Kim Dae-ho delivered Korea's official "
        "protest over Japan's latest claim to the islands.",
        [
            (
                "accusation",
                {"Kim Dae-ho": "initiator", "Japan": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a protest over a state with no possessive names no act of it",
        "Foreign Minister Ana Dahl of Chile protested over Peru in a speech.",
        [],
    ),
    EventCase(
        "criticised over a state's act in the passive: the subject accuses no one",
        "Chile was criticised over Peru's border claim.",
        [],
    ),
    EventCase(
        "criticised over a state's act by an agent: the subject accuses no one",
        "Chile, criticised over Peru's border claim by Bolivia, said nothing.",
        [],
    ),
    EventCase(
        "a protest over a state's act by a means: that state is accused",
        "Chile protested over Peru's border claim by summoning its envoy.",
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
        "sanctions announced after a determiner: the announcer imposed them",
        "Soon after the Dutch government announced the new sanctions on "
        "Belarus on Tuesday, trade between the two fell.",
        [
            (
                "sanction",
                {"Dutch government": "initiator", "Belarus": "recipient"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "recognised by a state, in the passive: the state recognises",
        "Opposition leader Carlos Ruiz of Peru, who is recognized by "
        "President Rosa Vidal of Chile as the legitimate head of state, "
        "spoke in Bogota.",
        [
            (
                "recognition",
                {"Carlos Ruiz": "recipient", "Rosa Vidal": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "recognised by a state as an independent state: the state recognises",
        "Kosovo, recognized by Chile as an independent state, opened an "
        "embassy in Santiago.",
        [
            (
                "recognition",
                {"Kosovo": "recipient", "Chile": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "recognised as another state's legitimate leader: that state is no side",
        "Opposition leader Carlos Ruiz, who is recognized by President Rosa "
        "Vidal of Chile as Peru’s legitimate leader, spoke in Bogota.",
        [
            (
                "recognition",
                {"Carlos Ruiz": "recipient", "Rosa Vidal": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "recognised by a state as a mediator: merit, no recognition",
        "Chilean Foreign Minister Rosa Vidal, widely recognized by "
        "Washington as a key mediator, met Peruvian Foreign Minister Luis "
        "Soto in Lima on Monday.",
        [
            (
                "meeting",
                {"Rosa Vidal": "party", "Luis Soto": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "work recognised by a government with an award: no recognition",
        "The Turkish ambassador, whose work was recognised by the French "
        "government with an award, left Paris on Monday.",
        [],
    ),
    EventCase(
        "a state's act recognised as legitimate: the state is not recognised",
        "Chile's mediation, recognized by Brazil as legitimate, continued "
        "on Monday.",
        [],
    ),
    EventCase(
        "has set out for: on the way",
        "Turkish President Emre Aydin has set out for Washington.",
        [
            (
                "visit",
                {"Emre Aydin": "initiator", "United States": "host"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "leaves for: a timetable",
        "Turkish President Emre Aydin leaves for Washington on Sunday.",
        [
            (
                "visit",
                {"Emre Aydin": "initiator", "United States": "host"},
                "planned",
                "2025-04-06",
            )
        ],
    ),
    EventCase(
        "a summit that opens is under way",
        "The African Union summit opens in Addis Ababa today.",
        [
            (
                "meeting",
                {"African Union": "party", "Ethiopia": "host"},
                "ongoing",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "the first minister to visit did visit",
        "Ana Ruiz, the first Cuban foreign minister to visit Washington "
        "since 1958, met the press.",
        [
            (
                "visit",
                {"Ana Ruiz": "initiator", "United States": "host"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a bare mention of a planned visit is that visit",
        "Iranian President Reza Karimi is set to visit Azerbaijan this "
        "month. Today, Karimi's visit means that the two states want "
        "normal ties.",
        [
            (
                "visit",
                {"Reza Karimi": "initiator", "Azerbaijan": "host"},
                "planned",
                "2025-04",
            )
        ],
    ),
    EventCase(
        "a bare mention told before the plan takes the plan's status",
        "Greek Prime Minister Eleni Kosta's visit to Turkey means much. "
        "Kosta will visit Turkey next month.",
        [
            (
                "visit",
                {"Eleni Kosta": "initiator", "Turkey": "host"},
                "planned",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "a bare mention of another visitor's visit is another visit",
        "Greek Foreign Minister Nikos Petrou will visit Ankara next month. "
        "Greek Prime Minister Eleni Kosta's visit to Turkey was a success.",
        [
            (
                "visit",
                {"Nikos Petrou": "initiator", "Turkey": "host"},
                "planned",
                "2025-05",
            ),
            (
                "visit",
                {"Eleni Kosta": "initiator", "Turkey": "host"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a possessor's meeting is no meeting under way",
        "The ministers prepared Greek Prime Minister Eleni Kosta's meeting "
        "with Turkish President Emre Aydin next month.",
        [
            (
                "meeting",
                {"Eleni Kosta": "party", "Emre Aydin": "party"},
                "planned",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "the subject before 'plans to'",
        "Japanese Prime Minister Taro Sato plans to visit Korea.",
        [
            (
                "visit",
                {"Taro Sato": "initiator", "Korea": "host"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "ready to negotiate is speculated",
        "Japan is ready to negotiate with Korea.",
        [
            (
                "negotiation",
                {"Japan": "party", "Korea": "party"},
                "speculated",
                None,
            )
        ],
    ),
    EventCase(
        "initials and an honorific after a title",
        "Bangladeshi Foreign Minister Dr AK Rahim met Indian Foreign "
        "Minister Arjun Rao.",
        [
            (
                "meeting",
                {"AK Rahim": "party", "Arjun Rao": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the owner of a named event over its month and modifiers",
        "The ministers followed up on Polish President Anna Nowak's March "
        "visit to Lithuania and on Lithuanian President Jonas Kairys's "
        "recent two-day visit to Poland.",
        [
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "occurred",
                "2025-03",
            ),
            (
                "visit",
                {"Jonas Kairys": "initiator", "Poland": "host"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an envoy recalled from a capital: recalled from its state",
        "Estonia recalled its ambassador to Minsk on Friday.",
        [
            (
                "expulsion",
                {"Estonia": "initiator", "Belarus": "recipient"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "an envoy recalled from an organisation: no second state",
        "Slovenia recalled its envoy to NATO and to the alliance.",
        [],
    ),
    EventCase(
        "another organisation's acronym in brackets is not the name; a "
        "state named far from the summit, with a person, is not its host",
        "The Arab League (OPEC) summit opened in the presence of King "
        "Faisal in Jordan.",
        [
            (
                "meeting",
                {"Arab League": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "a summit held where the text does not say has no host",
        "The Arab League summit opened in",
        [("meeting", {"Arab League": "party"}, "ongoing", None)],
    ),
    EventCase(
        "a text that ends after the recall's preposition",
        "Slovenia recalled its envoy to",
        [],
    ),
    EventCase(
        "thanks from two senders to two receivers: one praise a pair",
        "Chilean President Rosa Vidal and Argentine President Tomas Leiva "
        "thanked Peru and Bolivia for their support.",
        [
            (
                "praise",
                {"Rosa Vidal": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Rosa Vidal": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Tomas Leiva": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Tomas Leiva": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a receiver and his state are one receiver",
        "Chilean President Rosa Vidal thanked Bolivia and Bolivian President "
        "Luis Arce.",
        [
            (
                "praise",
                {
                    "Rosa Vidal": "initiator",
                    "Bolivia": "recipient",
                    "Luis Arce": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a sender does not praise his own state",
        "Chilean President Rosa Vidal and Bolivia thanked Bolivian President "
        "Luis Arce.",
        [
            (
                "praise",
                {"Rosa Vidal": "initiator", "Luis Arce": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a receiver of no known state: the receivers stay one",
        "Chilean President Rosa Vidal congratulated Peru and Juan Perez.",
        [
            (
                "praise",
                {
                    "Rosa Vidal": "initiator",
                    "Peru": "recipient",
                    "Juan Perez": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a sender of no known state praises each receiver",
        "The envoy Juan Perez praised Peru and Bolivia.",
        [
            (
                "praise",
                {"Juan Perez": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Juan Perez": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "congratulations with no sender named are no praise",
        "Warm congratulations to Peru and Chile on the new treaty.",
        [],
    ),
    EventCase(
        "an honorific alone is the first person named with it, not the last",
        "His Majesty King Tomas Berg of Norway received Swedish Prime "
        "Minister Erik Lund in Oslo on Monday. Lund later laid a wreath at "
        "the tomb of His Majesty King Olav Rask. His Majesty also gave "
        "audience to Finnish Foreign Minister Aino Virtanen.",
        [
            (
                "host_visit",
                {"Tomas Berg": "host", "Erik Lund": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "host_visit",
                {"Tomas Berg": "host", "Aino Virtanen": "initiator"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a copy of an envoy's credentials received: his visit to the host",
        "Chilean Foreign Minister Rosa Vidal yesterday received a copy of "
        "the credentials of Ambassador of Peru Juan Soto at the ministry.",
        [
            (
                "host_visit",
                {"Rosa Vidal": "host", "Juan Soto": "initiator"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "a call from a former office holder, an adverb before the object",
        "Omani Foreign Minister Salim Al-Harthy received yesterday a phone "
        "call from former Chadian President Idriss Kabore.",
        [
            (
                "phone_call",
                {
                    "Salim Al-Harthy": "recipient",
                    "Idriss Kabore": "initiator",
                },
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "agreements a meeting resulted in were signed by its sides that day",
        "President Ana Dahl of Chile held talks with President Luis Soto of "
        "Peru in Lima on Monday.\n\nThe meeting resulted in four agreements.",
        [(kind, *DAHL_MET_SOTO[1:]) for kind in ("meeting", "agreement")],
    ),
    EventCase(
        "agreements to be signed on a visit: the visit's sides sign them",
        "President Ana Dahl of Chile arrived in Lima on Monday for a state "
        "visit. Five agreements will be signed during the visit.",
        [
            (
                "visit",
                {"Ana Dahl": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "agreement",
                {"Ana Dahl": "party", "Peru": "party"},
                "planned",
                None,
            ),
        ],
    ),
    EventCase(
        "agreements with no sides after two meetings: signed by whom?",
        "President Ana Dahl of Chile met President Luis Soto of Peru on "
        "Monday. She later met King Omar Haddad of Jordan.\n\nThree "
        "agreements were signed.",
        [
            DAHL_MET_SOTO,
            (
                "meeting",
                {"Ana Dahl": "party", "Omar Haddad": "party"},
                "occurred",
                "2025-03-31",  # "later": the day told before
            ),
        ],
    ),
    EventCase(
        "agreements with no sides after one already told are that one",
        "President Ana Dahl of Chile met President Luis Soto of Peru on "
        "Monday. The two sides signed a trade accord.\n\nThree more "
        "agreements were signed.",
        [(kind, *DAHL_MET_SOTO[1:]) for kind in ("meeting", "agreement")],
    ),
    EventCase(
        "agreements with no sides after a meeting with a stateless person",
        "President Ana Dahl of Chile met Dr Karl Ruiz on Monday. Two "
        "agreements were signed.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Karl Ruiz": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "agreements with no sides signed years ago are background",
        "President Ana Dahl of Chile met President Luis Soto of Peru on "
        "Monday. Two agreements were signed in 2019.",
        [DAHL_MET_SOTO],
    ),
    EventCase(
        "agreements counted since independence are no outcome of a meeting",
        "President Ana Dahl of Chile met President Luis Soto of Peru on "
        "Monday. More than 90 agreements have been signed since "
        "independence.",
        [DAHL_MET_SOTO],
    ),
    EventCase(
        "agreements with no sides signed on another date than the meeting",
        "President Ana Dahl of Chile met President Luis Soto of Peru on "
        "Monday. Two agreements were signed in January.",
        [DAHL_MET_SOTO],
    ),
    EventCase(
        "agreements with no sides signed on the meeting's date are its own",
        "President Ana Dahl of Chile met President Luis Soto of Peru on "
        "Monday. Two agreements were signed on Monday.",
        [(kind, *DAHL_MET_SOTO[1:]) for kind in ("meeting", "agreement")],
    ),
    EventCase(
        "agreements with no sides dated after an undated meeting are its own",
        "President Ana Dahl of Chile met President Luis Soto of Peru. Two "
        "agreements were signed on Monday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Luis Soto": "party"},
                "occurred",
                None,
            ),
            (
                "agreement",
                {"Ana Dahl": "party", "Luis Soto": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a visit told with 'will' in its trigger is planned",
        "President Ana Dahl of Chile will be received by President Luis "
        "Soto of Peru in Lima.",
        [
            (
                "host_visit",
                {"Ana Dahl": "initiator", "Luis Soto": "host", "Peru": "host"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "a cable received that goes on to congratulate: its sender praises",
        "The Emir of Qatar received a cable from Chilean President Rosa "
        "Vidal expressing warm congratulations on the national day.",
        [
            (
                "praise",
                {"Rosa Vidal": "initiator", "The Emir of Qatar": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a congratulatory letter received: its sender praises",
        "The Emir of Qatar received a congratulatory letter from Chilean "
        "President Rosa Vidal on the national day.",
        [
            (
                "praise",
                {"Rosa Vidal": "initiator", "The Emir of Qatar": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a message received, then the receiver's own thanks: no praise sent",
        "The Emir of Qatar received a written message from Chilean "
        "President Rosa Vidal on bilateral ties, and thanked Peru for its "
        "mediation.",
        [
            (
                "praise",
                {"The Emir of Qatar": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a cable received, then a participle after a comma: its sender praises",
        "The Emir of Qatar received a cable from Chilean President Rosa "
        "Vidal, congratulating him on the national day.",
        [
            (
                "praise",
                {"Rosa Vidal": "initiator", "The Emir of Qatar": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a cable received from one who hails: its sender praises",
        "The Emir of Qatar received a cable from Chilean President Rosa "
        "Vidal, who hailed the ties between the two countries.",
        [
            (
                "praise",
                {"Rosa Vidal": "initiator", "The Emir of Qatar": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a message received with no praise said is no praise",
        "The Emir of Qatar received a written message from Chilean "
        "President Rosa Vidal. He also received a cable from her expressing "
        "condolences over the floods.",
        [],
    ),
    EventCase(
        "thanks given during a call: the call was between the two",
        "King Omar Haddad of Jordan thanked Chilean President Rosa Vidal "
        "during a phone call on Monday.",
        [
            (kind, *HADDAD_CALLED_VIDAL[1:])
            for kind in ("praise", "phone_call")
        ],
    ),
    EventCase(
        "an invitation in a call told first: the call was between the two",
        "In a telephone conversation on Monday, King Omar Haddad of Jordan "
        "invited Chilean President Rosa Vidal to the summit.",
        [
            (kind, *HADDAD_CALLED_VIDAL[1:])
            for kind in ("intent_to_meet", "phone_call")
        ],
    ),
    EventCase(
        "a discussion held by phone is a call, not a meeting",
        "King Omar Haddad of Jordan discussed with Chilean President Rosa "
        "Vidal by phone the drought in the Andes.",
        [
            (
                "phone_call",
                {"Omar Haddad": "party", "Rosa Vidal": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the state condemned by phone was not on the phone",
        "King Omar Haddad of Jordan condemned Israel by phone on Monday.",
        [
            (
                "accusation",
                {"Omar Haddad": "initiator", "Israel": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "thanks after a call are not told as made in it",
        "King Omar Haddad of Jordan thanked Chilean President Rosa Vidal "
        "after a phone call with the Pope.",
        [
            (
                "praise",
                {"Omar Haddad": "initiator", "Rosa Vidal": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a visit weeks after talks by phone is no call",
        "King Omar Haddad of Jordan hosted Chilean President Rosa Vidal in "
        "Amman on Monday, weeks after talks by phone.",
        [
            (
                "host_visit",
                {"Omar Haddad": "host", "Rosa Vidal": "initiator"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a meeting held rather than by phone is no call",
        "King Omar Haddad of Jordan met Chilean President Rosa Vidal in "
        "person in Amman on Monday rather than by phone.",
        [
            (
                "meeting",
                {"Omar Haddad": "party", "Rosa Vidal": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "thanks by phone in a relative clause: the praise before is no call",
        "King Omar Haddad of Jordan praised Chilean President Rosa Vidal, "
        "who had earlier thanked the people of Peru by phone.",
        [
            (
                "praise",
                {"Omar Haddad": "initiator", "Rosa Vidal": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a call with a monarch named after 'his brother,'",
        "President Amadou Sy of Senegal held a phone call with his brother, "
        "King Rashid Al-Nuaimi of Bahrain, on Tuesday.",
        [
            (
                "phone_call",
                {"Amadou Sy": "party", "Rashid Al-Nuaimi": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a gathering the ministers met during is only the setting",
        "Chilean Foreign Minister Rosa Vidal and her Peruvian counterpart "
        "Juan Soto held talks in Lima on Monday. In February, the two "
        "ministers met informally in Quito during an Andean Community (CAN) "
        "meeting.",
        [
            (
                "meeting",
                {"Rosa Vidal": "party", "Juan Soto": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Rosa Vidal": "party", "Juan Soto": "party"},
                "occurred",
                "2025-02",
            ),
        ],
    ),
    EventCase(
        "the leaders of an organisation's members hold its summit",
        "Leaders of the Economic Community of West African States (ECOWAS) "
        "countries concluded their summit in the Ghanaian capital, Accra, on "
        "Sunday.",
        [
            (
                "meeting",
                {
                    "Economic Community of West African States (ECOWAS)": (
                        "party"
                    ),
                    "Ghana": "host",
                },
                "occurred",
                "2025-03-30",
            )
        ],
    ),
    EventCase(
        "welcoming two states' dialogue hosts no one",
        "Peru and Bolivia resumed their border dialogue last year. Chilean "
        "Foreign Minister Rosa Vidal welcomed the two countries' new trade "
        "dialogue.",
        [],
    ),
    EventCase(
        "a call received is no visit of the two who spoke",
        "Chilean Foreign Minister Rosa Vidal received, on Friday, a phone "
        "call from her Peruvian counterpart Juan Soto, during which the two "
        "ministers discussed trade.",
        [
            (
                "phone_call",
                {"Rosa Vidal": "party", "Juan Soto": "party"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "talks the two sides are to hold on a visit are the visit's",
        "Kenyan President Daniel Mwangi arrived in Kigali on Tuesday for a "
        "two-day state visit at the invitation of Rwandan President Jean "
        "Habimana. The two presidents are expected to hold talks on trade "
        "and security.",
        [
            (
                "visit",
                {"Daniel Mwangi": "initiator", "Rwanda": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a meeting planned for another date is not the visit's",
        "Kenyan President Daniel Mwangi arrived in Kigali on Tuesday for a "
        "two-day state visit. He will meet Rwandan President Jean Habimana "
        "again in May.",
        [
            (
                "visit",
                {"Daniel Mwangi": "initiator", "Rwanda": "host"},
                "occurred",
                "2025-04-01",
            ),
            (
                "meeting",
                {"Daniel Mwangi": "party", "Jean Habimana": "party"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "talks told in a visit's own sentence are the visit's, dated or not",
        "Norwegian Foreign Minister Ola Berg arrived in Nairobi on Tuesday "
        "on a two-day visit, during which he is to meet Kenyan Foreign "
        "Minister Peter Kamau.",
        [
            (
                "visit",
                {"Ola Berg": "initiator", "Kenya": "host"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "talks a visitor is to hold next month, in the visit's sentence, stay",
        "Norwegian Foreign Minister Ola Berg arrived in Nairobi on Tuesday "
        "for a one-day visit, and he is to meet Kenyan President William "
        "Otieno in Oslo next month.",
        [
            (
                "visit",
                {"Ola Berg": "initiator", "Kenya": "host"},
                "occurred",
                "2025-04-01",
            ),
            (
                "meeting",
                {"Ola Berg": "party", "William Otieno": "party"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "talks on a visit with a third state's minister are a meeting",
        "Norwegian Foreign Minister Ola Berg arrived in Nairobi on Tuesday "
        "on a two-day visit, during which he is to meet Ugandan Foreign "
        "Minister Sam Okello.",
        [
            (
                "visit",
                {"Ola Berg": "initiator", "Kenya": "host"},
                "occurred",
                "2025-04-01",
            ),
            (
                "meeting",
                {"Ola Berg": "party", "Sam Okello": "party"},
                "planned",
                "2025-04-08",
            ),
        ],
    ),
    EventCase(
        "'the two sides' are the sides of the event told before",
        "Chilean President Ana Rojas thanked Peruvian President Luis Soto "
        "for his efforts to end the crisis in Bolivia. The two sides signed "
        "four agreements on trade.",
        [
            (
                "praise",
                {"Ana Rojas": "initiator", "Luis Soto": "recipient"},
                "occurred",
                None,
            ),
            (
                "agreement",
                {"Ana Rojas": "party", "Luis Soto": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "'the two sides' in a visit's sentence are the visit's, not a call's",
        "Chilean President Ana Rojas spoke by phone with Peruvian President "
        "Luis Soto. Rojas will visit Bolivia next week, where the two sides "
        "will sign a trade deal.",
        [
            (
                "phone_call",
                {"Ana Rojas": "party", "Luis Soto": "party"},
                "occurred",
                None,
            ),
            (
                "visit",
                {"Ana Rojas": "initiator", "Bolivia": "host"},
                "planned",
                "2025-04",
            ),
            (
                "agreement",
                {"Ana Rojas": "party", "Bolivia": "party"},
                "planned",
                "2025-04",
            ),
        ],
    ),
    EventCase(
        "'the two countries' of a visit told earlier in their sentence",
        "Chilean President Ana Rojas held a phone call with Peruvian "
        "President Luis Soto on Monday. On Tuesday Rojas arrived in Bolivia "
        "for a state visit, and the two countries signed four agreements.",
        [
            (
                "phone_call",
                {"Ana Rojas": "party", "Luis Soto": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "visit",
                {"Ana Rojas": "initiator", "Bolivia": "host"},
                "occurred",
                "2025-04-01",
            ),
            (
                "agreement",
                {"Chile": "party", "Bolivia": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "'the two sides' of a minister and an organisation are theirs",
        "Chilean Foreign Minister Ana Rojas held talks with the European "
        "Union in Brussels. The two sides signed a memorandum on trade.",
        [
            (
                "meeting",
                {"Ana Rojas": "party", "European Union": "party"},
                "occurred",
                None,
            ),
            (
                "agreement",
                {"Ana Rojas": "party", "European Union": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "'the two sides' paragraphs after the last event are the last named",
        "Chilean President Ana Rojas thanked Peruvian President Luis Soto "
        "for his support.\n\nThe rains came early this year.\n\nBolivia "
        "and Ecuador share a long border.\n\nThe two sides signed four "
        "agreements on trade.",
        [
            (
                "praise",
                {"Ana Rojas": "initiator", "Luis Soto": "recipient"},
                "occurred",
                None,
            ),
            (
                "agreement",
                {"Bolivia": "party", "Ecuador": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "'the two states' after an event are its sides' states",
        "Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister "
        "Luis Soto in Lima. Rojas said the two states were negotiating with "
        "Bolivia.",
        [
            (
                "meeting",
                {"Ana Rojas": "party", "Luis Soto": "party"},
                "occurred",
                None,
            ),
            (
                "negotiation",
                {"Chile": "party", "Peru": "party", "Bolivia": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "'the three leaders' are not the two sides of the event before",
        "Chilean President Ana Rojas met Peruvian President Luis Soto in "
        "Lima. The three leaders of Chile, Peru and Bolivia signed four "
        "agreements on trade.",
        [
            (
                "meeting",
                {"Ana Rojas": "party", "Luis Soto": "party"},
                "occurred",
                None,
            ),
            (
                "agreement",
                {"Chile": "party", "Peru": "party", "Bolivia": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a 'negotiating party' is a side, no talks held",
        "Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister "
        "Luis Soto in Lima. Rojas said the two states would sit down with "
        "Bolivia as one negotiating party.",
        [
            (
                "meeting",
                {"Ana Rojas": "party", "Luis Soto": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "'negotiating teams' are at talks",
        "Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister "
        "Luis Soto in Lima. The two ministers agreed that their negotiating "
        "teams would speed up the talks.",
        [
            (
                "meeting",
                {"Ana Rojas": "party", "Luis Soto": "party"},
                "occurred",
                None,
            ),
            (
                "negotiation",
                {"Ana Rojas": "party", "Luis Soto": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "'the Government of X' is X",
        "Brazil thanked the Government of Ghana for its support.",
        [
            (
                "praise",
                {"Brazil": "initiator", "Ghana": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a body with no state of its own, then 'of' a state, is an "
        "organisation of that state",
        "Brazil thanked the National Assembly of Ghana for its support.",
        [
            (
                "praise",
                {
                    "Brazil": "initiator",
                    "National Assembly of Ghana": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an organisation of a state acts as itself, for its state",
        "The Senate of the Philippines condemned China for the incursion.",
        [
            (
                "accusation",
                {
                    "Senate of the Philippines": "initiator",
                    "China": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a state's parliament acts as itself, for its state",
        "Brazil thanked the Parliament of Georgia for its support.",
        [
            (
                "praise",
                {"Brazil": "initiator", "Parliament of Georgia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the Bank of a state is no state acting",
        "Brazil thanked the Bank of Ghana for its support.",
        [
            (
                "praise",
                {"Brazil": "initiator", "Bank of Ghana": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a state named by its full form is that state",
        "Brazil thanked the Islamic Republic of Iran for its support.",
        [
            (
                "praise",
                {
                    "Brazil": "initiator",
                    "Islamic Republic of Iran": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a delegation of a state's government is that state's",
        "Chile received a delegation of the Government of Ghana in Santiago.",
        [
            (
                "host_visit",
                {"Chile": "host", "Ghana": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a delegation of a state's parliament is the parliament's",
        "Chile received a delegation of the Parliament of Ghana in Santiago.",
        [
            (
                "host_visit",
                {"Chile": "host", "Parliament of Ghana": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a delegation of a state's people is that state's",
        "Chile received a delegation of Peruvian lawmakers in Santiago.",
        [
            (
                "host_visit",
                {"Chile": "host", "Peru": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a delegation of no one named is no visitor",
        "Chile received a delegation of businessmen in Santiago.",
        [],
    ),
    EventCase(
        "a delegation of no state nor body of one is no visitor",
        "Chile received a delegation of the region in Santiago.",
        [],
    ),
    EventCase(
        "the office of a state's prime minister is that state",
        "Chile thanked the Office of the Prime Minister of Ghana for its "
        "support.",
        [
            (
                "praise",
                {"Chile": "initiator", "Ghana": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "'the Government of' no state names no state",
        "Chile thanked the Government of the day for its support.",
        [
            (
                "praise",
                {"Chile": "initiator", "Government": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "talks between a state's government and a group are a negotiation",
        "The minister reported progress in the talks between the Government "
        "of Colombia and the National Liberation Army.",
        [
            (
                "negotiation",
                {"Colombia": "party", "National Liberation Army": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "talks between two named ministers are a meeting",
        "The minister reported progress in the talks between Foreign "
        "Minister Ana Rojas and Foreign Minister Luis Soto of Peru.",
        [
            (
                "meeting",
                {"Ana Rojas": "party", "Luis Soto": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "a city naming talks between two sides is where, not a side",
        "The Geneva peace talks between Armenia and Azerbaijan resumed on "
        "Monday.",
        [
            (
                "negotiation",
                {"Armenia": "party", "Azerbaijan": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a summit on whose sidelines two sides talk is only the setting",
        "The presidents of Chile and Peru discussed trade on the sidelines "
        "of the Andean Community summit in Quito on Monday.",
        [],
    ),
    EventCase(
        "'the sidelines' ending one sentence: the summit told next is news",
        "The foreign ministers of Chile and Peru met on the sidelines. The "
        "Mercosur summit was held in Asuncion on Monday.",
        [
            (
                "meeting",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                None,
            ),
            (
                "meeting",
                {"Mercosur": "party", "Paraguay": "host"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a meeting with a monarch named after 'his sister' with no comma",
        "King Rashid Al-Nuaimi of Bahrain met his sister Queen Leonor Alba "
        "of Spain.",
        [
            (
                "meeting",
                {"Rashid Al-Nuaimi": "party", "Leonor Alba": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the gathering two sides met on the sidelines of is no side",
        "Chilean President Elena Vargas and Peruvian President Mateo Quispe "
        "met on the sidelines of the UN General Assembly on Monday.",
        [
            (
                "meeting",
                {"Elena Vargas": "party", "Mateo Quispe": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "talks between two states are a negotiation",
        "The envoys discussed the ongoing talks between Chile and Peru "
        "over the maritime border.",
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
        "talks between officials named only by their states are a negotiation",
        "Talks between Chilean and Peruvian officials began in Quito on "
        "Saturday.",
        [
            (
                "negotiation",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-29",
            )
        ],
    ),
    EventCase(
        "talks between two officials are a meeting",
        "Talks between Chilean Foreign Minister Elena Vargas and Peruvian "
        "Foreign Minister Mateo Quispe were frank on Monday.",
        [
            (
                "meeting",
                {"Elena Vargas": "party", "Mateo Quispe": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the speaker of reported words is not the subject of the act in them",
        "Chilean spokesman Omar Haddad said the director general handed over "
        "the invitation to Peruvian envoy Luis Soto.",
        [],
    ),
    EventCase(
        "the act in reported words is done by their own subject",
        "Chilean spokesman Omar Haddad said President Elena Vargas could "
        "possibly visit Peru in May.",
        [
            (
                "visit",
                {"Elena Vargas": "initiator", "Peru": "host"},
                "speculated",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "the speaker acts when the reported words name no other subject",
        "Chilean spokesman Omar Haddad said he invited Peruvian envoy Luis "
        "Soto.",
        [
            (
                "intent_to_meet",
                {"Omar Haddad": "initiator", "Luis Soto": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a tentative agreement reached is not signed: no agreement",
        "Chile and Peru reached a tentative agreement on the fishing quotas "
        "on Monday.",
        [],
    ),
    EventCase(
        "an agreement in principle is not signed: no agreement",
        "Chile and Peru reached an agreement in principle on the quotas.",
        [],
    ),
    EventCase(
        "a speaker who then met someone is the side of the meeting",
        "Chilean Foreign Minister Ana Dahl said the truce must hold and "
        "later met Peruvian President Omar Haddad in Geneva on Monday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Omar Haddad": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "two visitors of one state on two days make two visits",
        "Chilean Foreign Minister Ana Dahl visited Peru on March 3. Chilean "
        "President Luis Soto visited Peru on March 5.",
        [
            (
                "visit",
                {"Ana Dahl": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-03",
            ),
            (
                "visit",
                {"Luis Soto": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-05",
            ),
        ],
    ),
    EventCase(
        "a meeting of the visitor two days on in a third state is no part "
        "of the visit",
        "Chilean Foreign Minister Ana Dahl visited Peru on Monday. On "
        "Wednesday, Dahl met Peruvian Foreign Minister Omar Haddad in Paris.",
        [
            (
                "visit",
                {"Ana Dahl": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Ana Dahl": "party", "Omar Haddad": "party"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "jets flown into a state's airspace make no visit",
        "Chilean fighter jets flew into Peruvian airspace on Friday, and "
        "a drone flew into Bolivia's territory.",
        [],
    ),
    EventCase(
        "arriving in a state's territory is a visit",
        "Chilean Foreign Minister Ana Dahl arrived in Peruvian territory on "
        "Monday for talks with President Omar Haddad.",
        [
            (
                "visit",
                {"Ana Dahl": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a workshop hosted for officials is no host's side of a visit",
        "Chile hosted a training workshop for Peruvian officials on Monday.",
        [],
    ),
    EventCase(
        "an official sitting down with an outlet gives an interview, no meeting",
        "Chilean President Luis Soto sat down with the BBC on Monday.",
        [],
    ),
    EventCase(
        "an order conferred on an official is no meeting",
        "Chilean President Luis Soto was conferred with the Order of the "
        "Sun by Peru, and the Chilean proposal was met with protests in "
        "Peru.",
        [],
    ),
    EventCase(
        "an office in the appositive outranks an observer's descriptor",
        "Professor Ana Dahl, the Chilean Foreign Minister, met Peruvian "
        "Prime Minister Omar Haddad in Quito on Friday.",
        [
            (
                "meeting",
                {"Ana Dahl": "party", "Omar Haddad": "party"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "a statesman the people table knows is no observer for his title",
        "Professor Muhammad Yunus, Chief Adviser of Bangladesh's interim "
        "government, met Indian Prime Minister Narendra Modi on Friday.",
        [
            (
                "meeting",
                {"Muhammad Yunus": "party", "Narendra Modi": "party"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "an observer's appositive leaves him an observer",
        "Professor Ana Dahl, a historian at the University of Lima, met "
        "Peruvian Prime Minister Omar Haddad in Quito on Friday.",
        [],
    ),
    EventCase(
        "a letter signed by envoys of two states is no agreement",
        "The open letter was signed by the ambassadors of Chile and Peru.",
        [],
    ),
    EventCase(
        "a petition signed, far from its 'was signed by', is no agreement",
        "A petition urging Chile to drop the tariffs, which thousands of "
        "Peruvian farmers backed, was signed by Omar Haddad.",
        [],
    ),
    EventCase(
        "a document between two states 'was signed' is their agreement",
        "A document on strategic partnership between Chile and Peru was "
        "signed in Lima on Monday.",
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
        "roadmaps 'were signed by' two ministers are their agreement",
        "Two roadmaps were signed by Chilean Foreign Minister Ana Dahl and "
        "Peruvian Foreign Minister Omar Haddad on Monday.",
        [
            (
                "agreement",
                {"Ana Dahl": "party", "Omar Haddad": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a treaty far before its 'was signed by' is still the subject",
        "The treaty on the protection of investments, which negotiators of "
        "both sides had been drafting since 2023, was signed by Uruguay and "
        "Bolivia on Monday.",
        [
            (
                "agreement",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "calling in a statement for an envoy's expulsion calls in no envoy",
        "Chile called in a statement for the Peruvian ambassador to be "
        "expelled.",
        [],
    ),
    EventCase(
        "a place in the topic of talks discussed does not hold them",
        "Chilean Foreign Minister Ana Dahl discussed with Peruvian Foreign "
        "Minister Omar Haddad the situation in Quito. In a phone call, the "
        "two ministers also reviewed the border crossings.",
        [
            (
                "phone_call",
                {"Ana Dahl": "party", "Omar Haddad": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a person after 'at' in talks discussed is no place they were held",
        "Chilean Foreign Minister Ana Dahl discussed with Peruvian Foreign "
        "Minister Omar Haddad at President Luis Soto's request the border "
        "crossings. Dahl also spoke by phone with Haddad.",
        [
            (
                "phone_call",
                {"Ana Dahl": "party", "Omar Haddad": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a place after the when of talks discussed holds them",
        "Chilean Foreign Minister Ana Dahl discussed with Peruvian Foreign "
        "Minister Omar Haddad on Monday in Paris the border crossings. Dahl "
        "also spoke by phone with Haddad on Monday.",
        [DAHL_MET_HADDAD, DAHL_CALLED_HADDAD],
    ),
    EventCase(
        "talks discussed in a named place are a meeting beside the call",
        "Chilean Foreign Minister Ana Dahl discussed with Peruvian Foreign "
        "Minister Omar Haddad in Paris on Monday the border crossings. Dahl "
        "also spoke by phone with Haddad on Monday.",
        [DAHL_MET_HADDAD, DAHL_CALLED_HADDAD],
    ),
    EventCase(
        "a video message of congratulations is praise, not a call",
        "Chilean President Luis Soto sent a congratulatory video message to "
        "Peruvian President Omar Haddad on Monday.",
        [
            (
                "praise",
                {"Luis Soto": "initiator", "Omar Haddad": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a preliminary agreement signed is an agreement",
        "Chile and Peru signed a preliminary agreement on the fishing quotas "
        "on Monday, and Ecuador and Bolivia initialled an agreement in "
        "principle on their border.",
        [
            (
                "agreement",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "agreement",
                {"Ecuador": "party", "Bolivia": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a state named in the clause after 'the meeting that' is no side",
        "EU foreign policy chief Ana Dahl said after the meeting that Peru "
        "was making progress.",
        [],
    ),
    EventCase(
        "received in one's office, then the guest: the office is where",
        "Chilean Foreign Minister Elena Vargas received in her office on "
        "Wednesday Peruvian envoy Luis Soto.",
        [
            (
                "host_visit",
                {"Elena Vargas": "host", "Luis Soto": "initiator"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "received at one's residence yesterday, then the guest",
        "Chilean President Elena Vargas received at her residence yesterday "
        "Peruvian President Mateo Quispe.",
        [
            (
                "host_visit",
                {"Elena Vargas": "host", "Mateo Quispe": "initiator"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "sides who 'discussed with' each other in the call told next held "
        "one call",
        "Chilean Foreign Minister Elena Vargas has discussed with Peruvian "
        "Foreign Minister Mateo Quispe the ties between the two countries. "
        "In a phone call, the two sides also reviewed regional issues.",
        [
            (
                "phone_call",
                {"Elena Vargas": "party", "Mateo Quispe": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "sides who held talks and later spoke by phone: two events",
        "Chilean Foreign Minister Elena Vargas held talks with Peruvian "
        "Foreign Minister Mateo Quispe in Lima on Monday. In a phone call on "
        "Friday, the two sides also reviewed regional issues.",
        [
            (
                "meeting",
                {"Elena Vargas": "party", "Mateo Quispe": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "phone_call",
                {"Elena Vargas": "party", "Mateo Quispe": "party"},
                "occurred",
                "2025-04-04",
            ),
        ],
    ),
    EventCase(
        "an organisation's summit told again only to date an act is one summit",
        "The Andean Community summit ended in Lima on Monday. Chilean Foreign "
        "Minister Elena Vargas told reporters following the one-day Andean "
        "Community summit that trade grew.",
        [
            (
                "meeting",
                {"Andean Community": "party", "Peru": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an organisation's summit after 'ahead of' only dates an act",
        "The Andean Community summit ended in Lima on Monday. Peru freed two "
        "prisoners ahead of the Andean Community summit.",
        [
            (
                "meeting",
                {"Andean Community": "party", "Peru": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a passive accusation with no agent names no accuser",
        "Former envoy Tomas Lindqvist is accused of working with the "
        "Danish Defence Ministry.",
        [],
    ),
    EventCase(
        "a passive condemnation names its author after 'by'",
        "Chilean Foreign Minister Elena Vargas was sharply condemned by "
        "Peruvian President Mateo Quispe over the fishing dispute.",
        [
            (
                "accusation",
                {"Mateo Quispe": "initiator", "Elena Vargas": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "talks held by phone are a call, not a meeting",
        "Uruguayan President Marta Ibarra and Bolivian President Hugo Pardo "
        "held phone talks on Monday.",
        [
            (
                "phone_call",
                {"Marta Ibarra": "party", "Hugo Pardo": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a virtual meeting is a video call",
        "Uruguayan Foreign Minister Marta Ibarra held a virtual meeting with "
        "her Bolivian counterpart Hugo Pardo on Tuesday.",
        [
            (
                "phone_call",
                {"Marta Ibarra": "party", "Hugo Pardo": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "talks held via video link are a call",
        "Uruguayan President Marta Ibarra held talks with Bolivian President "
        "Hugo Pardo via video link on Monday.",
        [
            (
                "phone_call",
                {"Marta Ibarra": "party", "Hugo Pardo": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the EU's restrictive measures are sanctions",
        "The European Union on Monday extended its restrictive measures "
        "against Belarus for another year.",
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
        "cables dispatched to X: the sender's praise",
        "Omani Sultan Haitham Al Said also dispatched similar cables to "
        "Chilean President Rosa Vidal on Sunday.",
        [
            (
                "praise",
                {"Haitham Al Said": "initiator", "Rosa Vidal": "recipient"},
                "occurred",
                "2025-03-30",
            )
        ],
    ),
    EventCase(
        "congratulatory cables to two receivers: one praise each",
        "Qatari Emir Tamim Al Thani sent congratulatory cables to "
        "Chilean President Rosa Vidal and Peruvian President Luis Soto.",
        [
            (
                "praise",
                {"Tamim Al Thani": "initiator", "Rosa Vidal": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Tamim Al Thani": "initiator", "Luis Soto": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a pact signed is an agreement",
        "Uruguay and Bolivia signed a defence pact on Monday.",
        [
            (
                "agreement",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "relations suspended are relations cut",
        "Uruguay suspended diplomatic relations with Bolivia on Monday.",
        [
            (
                "break_relations",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "diplomats ordered to leave are expelled",
        "Uruguay on Monday ordered two Bolivian diplomats to leave the "
        "country within 72 hours.",
        [
            (
                "expulsion",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an invitation received: the sender invites the receiver",
        "Uruguayan President Marta Ibarra received an invitation from "
        "Bolivian President Hugo Pardo to visit La Paz.",
        [
            (
                "intent_to_meet",
                {"Hugo Pardo": "initiator", "Marta Ibarra": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "agreeing to host meetings is an intent to meet, not a host's visit",
        "Uruguay and Bolivia agreed to host meetings between their "
        "foreign ministers.",
        [
            (
                "intent_to_meet",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a dinner hosted in honour of X: the host's side of a visit",
        "Bolivian President Hugo Pardo hosted a state banquet in honour of "
        "Uruguayan President Marta Ibarra on Monday.",
        [
            (
                "host_visit",
                {"Hugo Pardo": "host", "Marta Ibarra": "initiator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "brokered a ceasefire between X and Y: the sides follow what was brokered",
        "Ecuador brokered a ceasefire between Uruguay and Bolivia.",
        [
            ECUADOR_MEDIATED,
        ],
    ),
    EventCase(
        "mediated talks between X and Y: the mediation and the negotiation",
        "Ecuador mediated talks between Uruguay and Bolivia.",
        [
            ECUADOR_MEDIATED,
            (
                "negotiation",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "acted as a mediator between X and Y",
        "Ecuador acted as a mediator between Uruguay and Bolivia.",
        [
            ECUADOR_MEDIATED,
        ],
    ),
    EventCase(
        "talks resumed are negotiations",
        "Uruguay and Bolivia resumed talks on the river border on Monday.",
        [
            (
                "negotiation",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "rebuked X: an accusation",
        "Uruguay rebuked Bolivia on Monday.",
        [
            (
                "accusation",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "deplored, decried, blasted, mocked X: accusations",
        "Uruguay deplored Bolivia on Monday. Chile decried Peru's decision. "
        "Norway blasted Denmark over the fishing quota. "
        "Ecuador's president mocked Colombia at a rally.",
        [
            (
                "accusation",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "accusation",
                {"Chile": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "accusation",
                {"Norway": "initiator", "Denmark": "recipient"},
                "occurred",
                None,
            ),
            (
                "accusation",
                {"Ecuador's president": "initiator", "Colombia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an expulsion named by its noun: announced, ordered, or from a state",
        "Uruguay announced the expulsion of two Bolivian diplomats on Monday. "
        "Chile ordered the expulsion of the ambassadors of Peru and Ecuador. "
        "Norway protested over the expulsion of three Danish diplomats from "
        "Sweden.",
        [
            (
                "expulsion",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "expulsion",
                {
                    "Chile": "initiator",
                    "Peru": "recipient",
                    "Ecuador": "recipient",
                },
                "occurred",
                None,
            ),
            (
                "expulsion",
                {"Denmark": "recipient", "Sweden": "initiator"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the noun of an expulsion with no side that acts is no event",
        "The expulsion of diplomats is rare between the two states.",
        [],
    ),
    EventCase(
        "an envoy summoned with no summoner named: the body telling it summoned",
        "The Bolivian ambassador was summoned on Monday, the Uruguayan "
        "Foreign Ministry said.",
        [
            (
                "accusation",
                {
                    "The Bolivian ambassador": "recipient",
                    "Uruguayan Foreign Ministry": "initiator",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an envoy summoned, told by a person: no summoner to name, no event",
        "The Bolivian ambassador was summoned on Monday, Ana Dahl said.",
        [],
    ),
    EventCase(
        "diplomats declared personae non gratae, in the passive",
        "Two Bolivian diplomats were declared personae non gratae by "
        "Uruguay on Monday. Three Chilean diplomats have been declared "
        "persona non grata, the Peruvian Foreign Ministry said.",
        [
            (
                "expulsion",
                {"Bolivia": "recipient", "Uruguay": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "expulsion",
                {
                    "Chile": "recipient",
                    "Peruvian Foreign Ministry": "initiator",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an ambassador summoned, in the passive: the summoner accuses his state",
        "The Bolivian ambassador was summoned by Uruguay on Monday.",
        [
            (
                "accusation",
                {
                    "The Bolivian ambassador": "recipient",
                    "Uruguay": "initiator",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a protest note handed to an ambassador: an accusation",
        "Uruguay handed a protest note to the Bolivian ambassador on Monday.",
        [
            URUGUAY_ACCUSED_ENVOY,
        ],
    ),
    EventCase(
        "greeted by the host, in the passive: the host's side of a visit",
        "Uruguayan President Marta Ibarra was greeted by Bolivian President "
        "Hugo Pardo at the airport on Monday.",
        [
            (
                "host_visit",
                {"Marta Ibarra": "initiator", "Hugo Pardo": "host"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a reception given for X: the host's side of a visit",
        "Bolivian President Hugo Pardo gave a reception for Uruguayan "
        "President Marta Ibarra on Monday.",
        [
            (
                "host_visit",
                {"Hugo Pardo": "host", "Marta Ibarra": "initiator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "sat down with X: a meeting",
        "Uruguayan President Marta Ibarra sat down with Bolivian President "
        "Hugo Pardo in Geneva on Monday.",
        [
            (
                "meeting",
                {"Marta Ibarra": "party", "Hugo Pardo": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "conferred with X: a meeting",
        "Uruguayan President Marta Ibarra conferred with Bolivian President "
        "Hugo Pardo on Monday.",
        [
            (
                "meeting",
                {"Marta Ibarra": "party", "Hugo Pardo": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "got a call from X: the caller called",
        "Uruguayan President Marta Ibarra got a call from Bolivian President "
        "Hugo Pardo on Monday.",
        [
            (
                "phone_call",
                {"Marta Ibarra": "recipient", "Hugo Pardo": "initiator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "touched down in a foreign capital: a visit",
        "Uruguayan President Marta Ibarra touched down in La Paz on Monday.",
        [
            (
                "visit",
                {"Marta Ibarra": "initiator", "Bolivia": "host"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "expected in a foreign capital: a visit that may come",
        "Uruguayan President Marta Ibarra is expected in La Paz on Monday.",
        [
            (
                "visit",
                {"Marta Ibarra": "initiator", "Bolivia": "host"},
                "speculated",
                "2025-04-07",
            ),
        ],
    ),
    EventCase(
        "led a delegation to a state: a visit",
        "Uruguayan Foreign Minister Marta Ibarra led a delegation to Bolivia "
        "on Monday.",
        [
            (
                "visit",
                {"Marta Ibarra": "initiator", "Bolivia": "host"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an ambassador called in: the summoner accuses his state",
        "Uruguay on Monday called in the Bolivian ambassador over the "
        "border closure.",
        [
            URUGUAY_ACCUSED_ENVOY,
        ],
    ),
    EventCase(
        "a deal struck is an agreement",
        "Uruguay and Bolivia struck a gas deal on Monday.",
        [
            (
                "agreement",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an agreement signed by X and Y, in the passive",
        "The treaty was signed by Uruguay and Bolivia on Monday.",
        [
            (
                "agreement",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "memoranda exchanged are an agreement",
        "Uruguay and Bolivia exchanged memoranda of understanding on Monday.",
        [
            (
                "agreement",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "the signing of an agreement two leaders witnessed: theirs",
        "Uruguayan President Marta Ibarra and Bolivian President Hugo "
        "Pardo witnessed the signing of a river transport agreement in "
        "Montevideo on Monday.",
        [
            (
                "agreement",
                {"Marta Ibarra": "party", "Hugo Pardo": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "two leaders resolved to a leader and a palace: the visit's sides sign",
        "Uruguayan President Diego Ferrer received Bolivian President "
        "Hugo Pardo at the Palacio Estevez on Monday, where the two "
        "leaders witnessed the signing of a trade agreement.",
        [
            (
                "host_visit",
                {"Diego Ferrer": "host", "Hugo Pardo": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "agreement",
                {"Diego Ferrer": "party", "Hugo Pardo": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "the exchange of memoranda two leaders witnessed: their agreement",
        "Uruguayan President Marta Ibarra and Bolivian President Hugo "
        "Pardo later witnessed the exchange of four memoranda on water "
        "and energy.",
        [
            (
                "agreement",
                {"Marta Ibarra": "party", "Hugo Pardo": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a memorandum exchanged is an agreement",
        "Uruguay and Bolivia exchanged a memorandum of understanding on "
        "water management on Monday.",
        [
            (
                "agreement",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "cooperation documents to be signed are an agreement planned",
        "Uruguay and Bolivia will sign several cooperation documents on "
        "tourism.",
        [
            (
                "agreement",
                {"Uruguay": "party", "Bolivia": "party"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "a framework signed is an agreement",
        "Uruguayan President Marta Ibarra and Bolivian President Hugo "
        "Pardo signed a framework on energy cooperation on Monday.",
        [
            (
                "agreement",
                {"Marta Ibarra": "party", "Hugo Pardo": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a plan of consultations signed is an agreement",
        "The foreign ministers of Uruguay and Bolivia signed a plan of "
        "consultations on Monday.",
        [
            (
                "agreement",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a declaration adopted by an organisation's leaders at its summit",
        "CARICOM leaders wrapped up their summit on Monday by adopting a "
        "Nassau Declaration on fisheries.",
        [
            ("meeting", {"CARICOM": "party"}, "occurred", "2025-03-31"),
            ("agreement", {"CARICOM": "party"}, "occurred", "2025-03-31"),
        ],
    ),
    EventCase(
        "a meeting agreed to be convened is an intent to meet",
        "Uruguayan Foreign Minister Sergio Lema and his Bolivian "
        "counterpart Ana Quispe agreed to convene the joint border "
        "commission in La Paz in May.",
        [
            (
                "intent_to_meet",
                {"Sergio Lema": "party", "Ana Quispe": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the next round agreed to be held is an intent to meet",
        "Uruguayan Foreign Minister Sergio Lema and his Bolivian "
        "counterpart Ana Quispe agreed to hold the next round of "
        "political consultations in Montevideo.",
        [
            (
                "intent_to_meet",
                {"Sergio Lema": "party", "Ana Quispe": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a round of talks agreed to be held is an intent to meet",
        "Chile and Peru agreed to hold a new round of talks on their "
        "fisheries border.",
        [
            (
                "intent_to_meet",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a meeting agreed to be worked toward is an intent to meet",
        "Uruguayan Foreign Minister Sergio Lema and his Bolivian "
        "counterpart Ana Quispe agreed to work towards a three-way summit "
        "with Paraguay.",
        [
            (
                "intent_to_meet",
                {
                    "Sergio Lema": "party",
                    "Ana Quispe": "party",
                    "Paraguay": "party",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a visit agreed to be arranged is an intent to meet, no visit",
        "Uruguayan Foreign Minister Sergio Lema and his Bolivian "
        "counterpart Ana Quispe agreed to arrange a state visit for the "
        "Bolivian president.",
        [
            (
                "intent_to_meet",
                {"Sergio Lema": "party", "Ana Quispe": "party"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a call and a meeting agreed in it: the one called agreed too",
        "Uruguayan Foreign Minister Sergio Lema telephoned Bolivian "
        "Foreign Minister Ana Quispe on Monday and agreed to meet her in "
        "La Paz next month.",
        [
            (
                "phone_call",
                {"Sergio Lema": "initiator", "Ana Quispe": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {"Sergio Lema": "party", "Ana Quispe": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "met X and signed a memorandum: X signed it too",
        "Uruguayan Foreign Minister Sergio Lema met his Bolivian "
        "counterpart Ana Quispe on Monday and signed a memorandum on "
        "river trade.",
        [
            (
                "meeting",
                {"Sergio Lema": "party", "Ana Quispe": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "agreement",
                {"Sergio Lema": "party", "Ana Quispe": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an invitation to visit X accepted: X invited",
        "Bolivian President Hugo Pardo has accepted an invitation to pay "
        "a state visit to Uruguay next spring.",
        [
            (
                "intent_to_meet",
                {"Hugo Pardo": "recipient", "Uruguay": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an invitation accepted with no inviter or place named has no sides",
        "Bolivian President Hugo Pardo accepted the invitation with great "
        "pleasure and deep gratitude to his hosts.",
        [],
    ),
    EventCase(
        "an invitation accepted to visit a region names no state inviting",
        "Bolivian President Hugo Pardo accepted an invitation to visit the "
        "region next year.",
        [],
    ),
    EventCase(
        "a joint act joined to no event of its sentence has one side only",
        "Uruguayan Foreign Minister Sergio Lema spoke to reporters on Monday "
        "and agreed to meet soon.",
        [],
    ),
    EventCase(
        "a joint act joined to an event its subject was no side of",
        "Uruguayan Foreign Minister Sergio Lema praised the meeting of Chile "
        "and Peru on Monday and agreed to meet soon.",
        [
            (
                "meeting",
                {"Chile": "party", "Peru": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a pact negotiated with X and Y: a negotiation",
        "Uruguay is negotiating a fisheries pact with Bolivia and Paraguay.",
        [
            (
                "negotiation",
                {"Uruguay": "party", "Bolivia": "party", "Paraguay": "party"},
                "ongoing",
                None,
            )
        ],
    ),
    EventCase(
        "talks named by a compound of two states are theirs",
        "Officials said Uruguay-Bolivia trade talks would resume in May.",
        [
            (
                "negotiation",
                {"Uruguay": "party", "Bolivia": "party"},
                "planned",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "an agreement named by a compound of two states is theirs",
        "The Uruguay-Bolivia transit agreement was signed in Montevideo "
        "on Monday.",
        [
            (
                "agreement",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "talks a state of their compound hosts: the other state is a side",
        "Uruguay hosted the Uruguay-Bolivia border talks on Monday.",
        [
            (
                "negotiation",
                {"Uruguay": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a compound with a part that is no state names no sides",
        "Egypt hosted the Hamas-Israel ceasefire talks on Monday.",
        [],
    ),
    EventCase(
        "negotiations of a compound's states likened by a third: no sides",
        "The writer Ana Gomez likened the Uruguay-Bolivia negotiations to "
        "a chess game.",
        [],
    ),
    EventCase(
        "a consul ordered to leave, his post told at length: an expulsion",
        "The Bolivian government on Wednesday ordered the Uruguayan "
        "consul based in Santa Cruz and two of his aides to leave Bolivia "
        "by Friday.",
        [
            (
                "expulsion",
                {
                    "Bolivian government": "initiator",
                    "the Uruguayan consul": "recipient",
                },
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "the state an envoy is ordered to leave ordered it",
        "The government on Wednesday ordered the Uruguayan consul based "
        "in Santa Cruz to leave Bolivia by Friday.",
        [
            (
                "expulsion",
                {
                    "government": "initiator",
                    "the Uruguayan consul": "recipient",
                    "Bolivia": "initiator",
                },
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "the state an envoy with no post named is ordered to leave ordered it",
        "The government on Wednesday ordered the Uruguayan consul to leave "
        "Bolivia by Friday.",
        [
            (
                "expulsion",
                {
                    "government": "initiator",
                    "the Uruguayan consul": "recipient",
                    "Bolivia": "initiator",
                },
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "the state left is no side when a state ordered it",
        "Peru on Wednesday ordered the Uruguayan consul to leave Bolivia.",
        [
            (
                "expulsion",
                {"Peru": "initiator", "the Uruguayan consul": "recipient"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "a state calling its own staff home expels no one",
        "Chile on Wednesday ordered its embassy staff to leave Lima.",
        [],
    ),
    EventCase(
        "families of embassy staff ordered to leave are no envoys",
        "The ministry on Tuesday ordered family members of embassy "
        "personnel to leave Bolivia.",
        [],
    ),
    EventCase(
        "people ordered to leave in the passive, named before, are no "
        "envoys told",
        "Thousands of Chilean residents in Tacna were ordered to leave on "
        "Monday.",
        [],
    ),
    EventCase(
        "police guarding an embassy are no envoys",
        "Peru ordered police guarding the Chilean embassy in Lima to leave "
        "their posts.",
        [],
    ),
    EventCase(
        "an embassy's staff ordered out are envoys",
        "Peru on Wednesday ordered the Chilean embassy's staff to leave the "
        "country.",
        [
            (
                "expulsion",
                {"Peru": "initiator", "Chilean embassy": "recipient"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "the staff of a state's consulate ordered out are envoys",
        "Bolivia on Thursday ordered the staff of the Chilean consulate to "
        "leave the country.",
        [BOLIVIA_EXPELLED_CHILE],
    ),
    EventCase(
        "half of a consulate's staff ordered out are envoys",
        "Bolivia on Thursday ordered half of the Chilean consulate's staff to "
        "leave the country.",
        [BOLIVIA_EXPELLED_CHILE],
    ),
    EventCase(
        "a consul general ordered out is an envoy",
        "Bolivia on Thursday ordered the Chilean consul general to leave the "
        "country.",
        [
            (
                "expulsion",
                {
                    "Bolivia": "initiator",
                    "the Chilean consul general": "recipient",
                },
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "members of a state's senate met are that state's side",
        "Chilean President Ana Lopez met members of the Bolivian Senate in La "
        "Paz on Tuesday.",
        [
            (
                "meeting",
                {"Ana Lopez": "party", "Bolivian Senate": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "a state calling another's act unlawful accuses its owner",
        "Chile called the Bolivian tariff on copper unlawful.",
        [
            (
                "accusation",
                {"Chile": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an act no state owns called illegal blames no state",
        "A Chilean court called the detention of three Bolivian truckers "
        "illegal.",
        [],
    ),
    EventCase(
        "lawyers calling a state's act illegal are no state's side",
        "Lawyers for the Bolivian truckers called the Chilean ban illegal.",
        [],
    ),
    EventCase(
        "demonstrators outside a state's embassy do not act for it",
        "Dozens of demonstrators outside the Chilean embassy in Quito "
        "condemned Bolivia's new visa rules.",
        [],
    ),
    EventCase(
        "crowds near a ministry named before do not act for its state",
        "Uruguay's Foreign Ministry summoned the Bolivian ambassador on "
        "Monday. On Tuesday, crowds near the ministry condemned Bolivia.",
        [
            (
                "accusation",
                {
                    "Uruguay's Foreign Ministry": "initiator",
                    "the Bolivian ambassador": "recipient",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "members of a state's opposition are no side of a meeting",
        "Chilean President Ana Lopez met members of the Venezuelan "
        "opposition in Santiago.",
        [],
    ),
    EventCase(
        "members of a state's embassy expelled are its envoys",
        "Peru expelled two members of the Chilean embassy staff on Monday.",
        [
            (
                "expulsion",
                {"Peru": "initiator", "Chilean embassy": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a compound of two states that is only the topic of talks with a "
        "third names no side",
        "Peru's foreign minister held talks on the Peru-Chile border with "
        "Bolivian officials.",
        [],
    ),
    EventCase(
        "a compound's joint act told with a manner phrase keeps its sides",
        "The Chile-Bolivia transit accord was signed on Tuesday with a "
        "round of applause.",
        [
            (
                "agreement",
                {"Chile": "party", "Bolivia": "party"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "travel bans on a state's tourists are no sanction",
        "Peru lifted travel bans on Chilean tourists after the pandemic.",
        [],
    ),
    EventCase(
        "each state of a list of three sanctions",
        "Britain, Canada and Australia imposed sanctions on Iran on Monday.",
        [
            (
                "sanction",
                {"Britain": "initiator", "Iran": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "sanction",
                {"Canada": "initiator", "Iran": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "sanction",
                {"Australia": "initiator", "Iran": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a place before a list of states sets the scene",
        "In Peru, Chile and Bolivia signed a border agreement on Monday.",
        [
            (
                "agreement",
                {"Chile": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "one sanction of a state's ministry and of the state",
        "The Chilean Treasury announced sanctions on Bolivia's interior "
        "minister on Monday. The move leaves Chile imposing sanctions on "
        "Bolivia for the first time.",
        [
            (
                "sanction",
                {
                    "Chilean Treasury": "initiator",
                    "Bolivia's interior minister": "recipient",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "residents ordered to leave are no envoys expelled",
        "The Bolivian army ordered residents of two Uruguayan border "
        "towns to leave the area within 72 hours.",
        [],
    ),
    EventCase(
        "an envoy declared persona non grata, told at length",
        "The Bolivian Foreign Ministry on Wednesday declared a diplomat "
        "of the Uruguayan embassy in La Paz persona non grata.",
        [
            (
                "expulsion",
                {
                    "Bolivian Foreign Ministry": "initiator",
                    "Uruguayan embassy": "recipient",
                },
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "the post of an envoy declared persona non grata is the expeller's",
        "The Foreign Ministry on Wednesday declared a diplomat of the "
        "Uruguayan embassy in La Paz persona non grata.",
        [
            (
                "expulsion",
                {
                    "Foreign Ministry": "initiator",
                    "Uruguayan embassy": "recipient",
                    "Bolivia": "initiator",
                },
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "the post of an expelled envoy adds no second expeller of its state",
        "The Bolivian Foreign Ministry expelled the Uruguayan consul in "
        "Santa Cruz on Monday.",
        [
            (
                "expulsion",
                {
                    "Bolivian Foreign Ministry": "initiator",
                    "the Uruguayan consul": "recipient",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "two guests of one state received are both the host's visitors",
        "Bolivian President Hugo Pardo received Uruguayan Foreign Minister "
        "Sergio Lema and Uruguayan Trade Minister Ana Diaz on Monday.",
        [
            (
                "host_visit",
                {
                    "Hugo Pardo": "host",
                    "Sergio Lema": "initiator",
                    "Ana Diaz": "initiator",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "diplomats expelled by two states: an expulsion by each",
        "Uruguay and Paraguay expelled Bolivian diplomats on Monday.",
        [
            (
                "expulsion",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "expulsion",
                {"Paraguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "sanctions imposed by two states: a sanction by each",
        "Uruguay and Paraguay imposed sanctions on Bolivia on Monday.",
        [
            (
                "sanction",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "sanction",
                {"Paraguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "X's decision on a day to expel: X expelled that day, in its own act",
        "Uruguay expelled a Bolivian diplomat on Tuesday. The step "
        "answered Bolivia's decision on Monday to expel two diplomats of "
        "the Uruguayan embassy.",
        [
            (
                "expulsion",
                {"Uruguay": "initiator", "a Bolivian diplomat": "recipient"},
                "occurred",
                "2025-04-01",
            ),
            (
                "expulsion",
                {"Bolivia": "initiator", "Uruguayan embassy": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "paid tribute to X: praise",
        "Uruguayan President Marta Ibarra paid tribute to Bolivian President "
        "Hugo Pardo for his help.",
        [
            (
                "praise",
                {"Marta Ibarra": "initiator", "Hugo Pardo": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "felicitated X: praise",
        "Uruguayan President Marta Ibarra felicitated Bolivian President Hugo "
        "Pardo on his election.",
        [
            (
                "praise",
                {"Marta Ibarra": "initiator", "Hugo Pardo": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "greetings conveyed to X: praise",
        "Uruguayan President Marta Ibarra conveyed warm greetings to Bolivian "
        "President Hugo Pardo on the national day.",
        [
            (
                "praise",
                {"Marta Ibarra": "initiator", "Hugo Pardo": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "warned X it would pay a price: a threat",
        "Uruguay warned Bolivia on Monday it would pay a heavy price for the "
        "raid.",
        [
            (
                "threat",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "warned X of serious consequences: a threat",
        "Uruguayan President Marta Ibarra warned Bolivia of serious "
        "consequences.",
        [
            (
                "threat",
                {"Marta Ibarra": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "pledged to meet: the wish to meet",
        "Uruguayan Foreign Minister Ana Ruiz and Bolivian Foreign Minister "
        "Tomas Vidal pledged to meet again before the summer.",
        [
            (
                "intent_to_meet",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "talks held by telephone: a call",
        "Uruguayan Foreign Minister Ana Ruiz held talks by telephone with "
        "Bolivian Foreign Minister Tomas Vidal on Monday.",
        [
            (
                "phone_call",
                {"Ana Ruiz": "initiator", "Tomas Vidal": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "received this morning X: when, then whom",
        "Uruguayan Foreign Minister Ana Ruiz received this morning Tomas "
        "Vidal, Foreign Minister of Bolivia.",
        [
            (
                "host_visit",
                {"Ana Ruiz": "host", "Tomas Vidal": "initiator"},
                "occurred",
                "2025-04-04",
            ),
        ],
    ),
    EventCase(
        "received in audience X, and a minister delegate named after his office",
        "Uruguayan Foreign Minister Ana Ruiz received in audience on Tuesday "
        "the Minister Delegate to the Bolivian Foreign Minister, Tomas Vidal.",
        [
            (
                "host_visit",
                {"Ana Ruiz": "host", "Tomas Vidal": "initiator"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "two names each with an appositive, joined by 'and', met",
        "Tomas Vidal, Foreign Minister of Bolivia, and Ana Ruiz, Foreign "
        "Minister of Uruguay, met this Tuesday in Geneva.",
        [
            (
                "meeting",
                {"Tomas Vidal": "party", "Ana Ruiz": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "the former thanked Y: the first of the two named",
        "Foreign Minister Ana Ruiz met Tomas Vidal, the Bolivian foreign "
        "minister, in Lima. The former thanked Chile for its help.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Ana Ruiz": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "states and an organisation listed with a serial comma: one act each",
        "Chile, the UK, and the European Union sanctioned dozens of Bolivian "
        "officials.",
        [
            (
                "sanction",
                {"Chile": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
            (
                "sanction",
                {"UK": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
            (
                "sanction",
                {"European Union": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "hosting a contest is no visit: the contest is no visitor",
        "Peruvian President Ana Ruiz praised Chile for successfully hosting "
        "the Pacific Cup. Chile hosted the Bolivian foreign minister in June.",
        [
            (
                "praise",
                {"Ana Ruiz": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
            (
                "host_visit",
                {
                    "Chile": "host",
                    "the Bolivian foreign minister": "initiator",
                },
                "occurred",
                "2024-06",
            ),
        ],
    ),
    EventCase(
        "the purpose of a call or a trip told as made is done with it",
        "Uruguayan Foreign Minister Ana Ruiz spoke on the phone with Bolivian "
        "Foreign Minister Tomas Vidal on Tuesday to congratulate him. She "
        "travelled to Geneva on Wednesday to meet with Peruvian President "
        "Jorge Salas.",
        [
            (
                "phone_call",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                "2025-04-01",
            ),
            (
                "praise",
                {"Ana Ruiz": "initiator", "Tomas Vidal": "recipient"},
                "occurred",
                "2025-04-01",
            ),
            (
                "visit",
                {"Ana Ruiz": "initiator", "Switzerland": "host"},
                "occurred",
                "2025-04-02",
            ),
            (
                "meeting",
                {"Ana Ruiz": "party", "Jorge Salas": "party"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "had been to X, Y and Z: a trip made to each",
        "Uruguayan Foreign Minister Ana Ruiz had been to Chile, Peru and "
        "Bolivia before the summit. The minister has been to blame for the "
        "delay.",
        [
            (
                "visit",
                {"Ana Ruiz": "initiator", "Chile": "host"},
                "occurred",
                None,
            ),
            (
                "visit",
                {"Ana Ruiz": "initiator", "Peru": "host"},
                "occurred",
                None,
            ),
            (
                "visit",
                {"Ana Ruiz": "initiator", "Bolivia": "host"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "held extensive bilateral discussions with X: a meeting",
        "Uruguayan Foreign Minister Ana Ruiz held extensive bilateral "
        "discussions with Bolivian Foreign Minister Tomas Vidal.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "X and Y shared a rare phone call: words between the article and the noun",
        "Uruguayan Foreign Minister Ana Ruiz and Bolivian Foreign Minister "
        "Tomas Vidal shared a rare phone call on Tuesday. Peru held a long "
        "and cordial meeting with Chile on Wednesday.",
        [
            (
                "phone_call",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                "2025-04-01",
            ),
            (
                "meeting",
                {"Peru": "party", "Chile": "party"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    EventCase(
        "in an audience with X: another side, not the act's object",
        "Bolivian Foreign Minister Tomas Vidal condemned Peru in an audience "
        "with Chilean President Jorge Salas on Monday.",
        [
            (
                "accusation",
                {"Tomas Vidal": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a name in a fronted phrase is no first item of the list after it",
        "Unlike Peru, the European Union and the United States sanctioned "
        "dozens of Bolivian officials.",
        [
            (
                "sanction",
                {"European Union": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
            (
                "sanction",
                {"United States": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an organisation named like an occasion still visits",
        "A Pacific Islands Forum delegation visited Fiji on Monday.",
        [
            (
                "visit",
                {
                    "Pacific Islands Forum delegation": "initiator",
                    "Fiji": "host",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an act after 'spoke of the need to' or 'hoping to' is no purpose done",
        "Chilean Foreign Minister Ana Ruiz spoke of the need to impose "
        "sanctions on Bolivia. The Chilean government has held no discussions "
        "with Peru.",
        [
            (
                "sanction",
                {"Ana Ruiz": "initiator", "Bolivia": "recipient"},
                "planned",
                None,
            ),
        ],
    ),
    EventCase(
        "met earlier today with X: when, then whom",
        "Uruguayan Foreign Minister Ana Ruiz met earlier today with Bolivian "
        "Foreign Minister Tomas Vidal in Geneva.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                "2025-04-04",
            ),
        ],
    ),
    EventCase(
        "briefed X by phone: a call",
        "Uruguayan Foreign Minister Ana Ruiz briefed Bolivian Foreign "
        "Minister Tomas Vidal by phone on the border talks.",
        [
            (
                "phone_call",
                {"Ana Ruiz": "initiator", "Tomas Vidal": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "their talks, held over the phone: a call",
        "Uruguayan Foreign Minister Ana Ruiz and Bolivian Foreign Minister "
        "Tomas Vidal agreed to cooperate on the river, in their first talks, "
        "held over the phone, since the election.",
        [
            (
                "phone_call",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "told reporters by phone: no call between states",
        "The minister told reporters by phone that Bolivian Foreign Minister "
        "Tomas Vidal would attend.",
        [],
    ),
    EventCase(
        "held meetings with X, Y and Z: a meeting with each",
        "Uruguayan Foreign Minister Ana Ruiz held meetings with Bolivian "
        "Foreign Minister Tomas Vidal, Chilean counterpart Jorge Salas and "
        "Foreign Minister of Peru Lucia Ferrer.",
        _RUIZ_MEETS_EACH_OF_THREE,
    ),
    EventCase(
        "held separate talks with X and Y: a meeting with each",
        "Uruguayan Foreign Minister Ana Ruiz held separate talks with "
        "Bolivian Foreign Minister Tomas Vidal and Chilean Foreign Minister "
        "Jorge Salas.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                None,
            ),
            (
                "meeting",
                {"Ana Ruiz": "party", "Jorge Salas": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "held meetings with one side: one meeting",
        "Uruguayan Foreign Minister Ana Ruiz held meetings with Bolivian "
        "Foreign Minister Tomas Vidal in La Paz.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "met with X and Y: one meeting of the three",
        "Uruguayan Foreign Minister Ana Ruiz met with Bolivian Foreign "
        "Minister Tomas Vidal and Chilean Foreign Minister Jorge Salas.",
        [
            (
                "meeting",
                {
                    "Ana Ruiz": "party",
                    "Tomas Vidal": "party",
                    "Jorge Salas": "party",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "condemned the provocations by X: X is accused",
        "Uruguay strongly condemned the latest provocations by Bolivia on "
        "the border.",
        [
            (
                "accusation",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "held bilateral meetings with his counterparts from X, Y and Z",
        "Uruguayan Foreign Minister Ana Ruiz held bilateral meetings "
        "yesterday with her counterparts from Bolivia, Chile and Peru.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", "Bolivia": "party"},
                "occurred",
                "2025-04-03",
            ),
            (
                "meeting",
                {"Ana Ruiz": "party", "Chile": "party"},
                "occurred",
                "2025-04-03",
            ),
            (
                "meeting",
                {"Ana Ruiz": "party", "Peru": "party"},
                "occurred",
                "2025-04-03",
            ),
        ],
    ),
    EventCase(
        "received the new ambassadors from X and Y: a visit each",
        "Uruguayan President Marta Ibarra received the new ambassadors from "
        "Bolivia and Chile.",
        [
            (
                "host_visit",
                {"Marta Ibarra": "host", "Bolivia": "initiator"},
                "occurred",
                None,
            ),
            (
                "host_visit",
                {"Marta Ibarra": "host", "Chile": "initiator"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "received envoys representing the Republic of X and the Kingdom of Y",
        "Uruguayan President Marta Ibarra received four newly accredited "
        "envoys representing the Republic of Chile and the Kingdom of "
        "Spain.",
        # (envoys counted as one group: one ceremony, one reception)
        [
            (
                "host_visit",
                {
                    "Marta Ibarra": "host",
                    "Republic of Chile": "initiator",
                    "Kingdom of Spain": "initiator",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "met the ambassador from X: X's envoy",
        "Uruguayan President Marta Ibarra met the ambassador from Bolivia on "
        "Monday.",
        [
            (
                "meeting",
                {"Marta Ibarra": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "received the envoys of X and Y, then congratulated them: each",
        "Uruguayan President Marta Ibarra received the new ambassadors of "
        "Bolivia and Chile on Monday. She congratulated them on their "
        "appointments.",
        [
            (
                "host_visit",
                {"Marta Ibarra": "host", "Bolivia": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "host_visit",
                {"Marta Ibarra": "host", "Chile": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Marta Ibarra": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Marta Ibarra": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an agreement with one side, then congratulated them: no one sure",
        "Uruguayan President Marta Ibarra signed a trade agreement with "
        "Bolivia on Monday. She congratulated them on the deal.",
        [
            (
                "agreement",
                {"Marta Ibarra": "party", "Bolivia": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "received one envoy, then congratulated them: no one sure",
        "Uruguayan President Marta Ibarra received the new ambassador of "
        "Bolivia on Monday. She congratulated them on the appointment.",
        [
            (
                "host_visit",
                {"Marta Ibarra": "host", "ambassador of Bolivia": "initiator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "his U.S. counterpart X: a state's name before the office",
        "Chilean Foreign Minister Jorge Salas spoke over the phone with his "
        "U.S. counterpart Dana Levi late on Tuesday.",
        [
            (
                "phone_call",
                {"Jorge Salas": "party", "Dana Levi": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "suspended its mediation between X and Y: the talks halted",
        "Uruguay suspended its mediation between Bolivia and Chile on Monday.",
        [
            (
                "halt_negotiations",
                {"Uruguay": "initiator", "Bolivia": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "will tour X and Y: a visit to each, planned",
        "Uruguayan Foreign Minister Ana Ruiz will tour Bolivia and Chile "
        "next week.",
        [
            (
                "visit",
                {"Ana Ruiz": "initiator", "Bolivia": "host"},
                "planned",
                "2025-04",
            ),
            (
                "visit",
                {"Ana Ruiz": "initiator", "Chile": "host"},
                "planned",
                "2025-04",
            ),
        ],
    ),
    EventCase(
        "served tours in X: no visit",
        "The Uruguayan colonel served three tours in Bolivia.",
        [],
    ),
    EventCase(
        "pledged to meet a target: no wish to meet",
        "Uruguay and Bolivia pledged to meet the IMF's reform targets.",
        [],
    ),
    EventCase(
        "warned X would pay more: a forecast, no threat",
        "The European Central Bank warned Italy would pay higher borrowing "
        "costs next year.",
        [],
    ),
    EventCase(
        "held separate meetings with a home official and a foreign one",
        "Uruguayan Foreign Minister Ana Ruiz held separate meetings with "
        "Uruguayan Defence Minister Pablo Soto and Bolivian Foreign Minister "
        "Tomas Vidal.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "held separate meetings with home officials only: none",
        "Uruguayan Foreign Minister Ana Ruiz held separate meetings with "
        "Uruguayan Defence Minister Pablo Soto and Uruguayan Interior "
        "Minister Clara Diaz.",
        [],
    ),
    EventCase(
        "held trilateral meetings with X and Y: one meeting of the three",
        "Uruguayan Foreign Minister Ana Ruiz held trilateral meetings with "
        "Bolivian Foreign Minister Tomas Vidal and Chilean Foreign Minister "
        "Jorge Salas.",
        [
            (
                "meeting",
                {
                    "Ana Ruiz": "party",
                    "Tomas Vidal": "party",
                    "Jorge Salas": "party",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "in her meetings with X and Y, Z said: Z met each, X never met Y",
        "In her meetings with Bolivian Foreign Minister Tomas Vidal and "
        "Chilean Foreign Minister Jorge Salas on Thursday, Uruguayan Foreign "
        "Minister Ana Ruiz stressed the need for a river accord.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", other: "party"},
                "occurred",
                "2025-04-03",
            )
            for other in ("Tomas Vidal", "Jorge Salas")
        ],
    ),
    EventCase(
        "the envoys received, then another act and 'them': not the envoys",
        "Uruguayan President Marta Ibarra received the new ambassadors of "
        "Bolivia and Chile on Monday. She then met the national football "
        "team and congratulated them on their victory.",
        [
            (
                "host_visit",
                {"Marta Ibarra": "host", "Bolivia": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "host_visit",
                {"Marta Ibarra": "host", "Chile": "initiator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "provocations documented by X: X told of them, no one accused",
        "Uruguay condemned the provocations on the border documented by the "
        "Bolivian Defence Ministry.",
        [],
    ),
    EventCase(
        "congratulated newly sworn in X: X praised",
        "Uruguayan President Marta Ibarra congratulated newly sworn in "
        "Bolivian President Hugo Pardo.",
        [
            (
                "praise",
                {"Marta Ibarra": "initiator", "Hugo Pardo": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "imposed countermeasures on X: a sanction",
        "Uruguay imposed countermeasures on seven Bolivian firms on Monday.",
        [
            (
                "sanction",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "meetings with X of A, Y of B and Z of C: one with each",
        "Uruguayan Foreign Minister Ana Ruiz had bilateral meetings with "
        "several foreign ministers, including Tomas Vidal of Bolivia, Jorge "
        "Salas of Chile and Lucia Ferrer of Peru.",
        _RUIZ_MEETS_EACH_OF_THREE,
    ),
    EventCase(
        "meetings with Foreign Ministers, including X and Y: the named",
        "Uruguayan Foreign Minister Ana Ruiz had meetings with several "
        "Foreign Ministers, including Tomas Vidal of Bolivia and Jorge Salas "
        "of Chile.",
        [
            (
                "meeting",
                {"Ana Ruiz": "party", "Tomas Vidal": "party"},
                "occurred",
                None,
            ),
            (
                "meeting",
                {"Ana Ruiz": "party", "Jorge Salas": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "met a state's officials, including X: the state and X",
        "Uruguayan Foreign Minister Ana Ruiz met Bolivian officials, including "
        "Foreign Minister Tomas Vidal, in La Paz.",
        [
            (
                "meeting",
                {
                    "Ana Ruiz": "party",
                    "Bolivia": "party",
                    "Tomas Vidal": "party",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "met X of A, Y of B and Z of C: one meeting of all",
        "Uruguayan Foreign Minister Ana Ruiz met Tomas Vidal of Bolivia and "
        "Jorge Salas of Chile in Lima.",
        [
            (
                "meeting",
                {
                    "Ana Ruiz": "party",
                    "Tomas Vidal": "party",
                    "Jorge Salas": "party",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "stressed a thing, commending X: X praised",
        "Uruguayan President Marta Ibarra stressed the strong partnership, "
        "commending Bolivia for its leadership.",
        [
            (
                "praise",
                {"Marta Ibarra": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "received envoys, then congratulated the ambassadors: each",
        "Uruguayan President Marta Ibarra received the credentials of the "
        "ambassadors of Bolivia and Chile. She congratulated the ambassadors "
        "on their new roles.",
        [
            (
                "host_visit",
                {"Marta Ibarra": "host", "Bolivia": "initiator"},
                "occurred",
                None,
            ),
            (
                "host_visit",
                {"Marta Ibarra": "host", "Chile": "initiator"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Marta Ibarra": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Marta Ibarra": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "met one envoy, then congratulated the ambassadors: no one sure",
        "Uruguayan President Marta Ibarra met the Bolivian ambassador. She "
        "congratulated the ambassadors on their new roles.",
        [
            (
                "meeting",
                {"Marta Ibarra": "party", "the Bolivian ambassador": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "said a negated thing, accusing X: the accusation made",
        "Uruguayan Foreign Minister Ana Ruiz said Montevideo was not seeking "
        "a quarrel, accusing Bolivia of provocations.",
        [
            (
                "accusation",
                {"Ana Ruiz": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "met students, including a foreigner: no diplomacy",
        "Uruguayan Foreign Minister Ana Ruiz met students, including Tomas "
        "Vidal of Bolivia, at the university.",
        [],
    ),
    EventCase(
        "would take countermeasures if: a threat, no sanction",
        "Uruguay warned it would take countermeasures against Bolivia if the "
        "drills continued.",
        [
            (
                "threat",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "met leaders, then thanked the diplomats: no envoys praised",
        "Uruguayan President Marta Ibarra held talks with Bolivian President "
        "Hugo Pardo and Chilean President Jorge Salas in Lima. She thanked "
        "the diplomats for organising the summit.",
        [
            (
                "meeting",
                {
                    "Marta Ibarra": "party",
                    "Hugo Pardo": "party",
                    "Jorge Salas": "party",
                },
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an ultimatum issued to X: a threat",
        "Uruguay issued an ultimatum to Bolivia on Monday.",
        [
            (
                "threat",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an embargo slapped on X: a sanction",
        "Uruguay slapped an embargo on Bolivia on Monday.",
        [
            (
                "sanction",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "assets of X's officials frozen: a sanction on X",
        "Uruguay froze the assets of five Bolivian officials on Monday.",
        [
            (
                "sanction",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "travel bans on X's judges: a sanction on X",
        "Uruguay announced travel bans on three Bolivian judges on Monday.",
        [
            (
                "sanction",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "X's banks added to a sanctions list: a sanction on X",
        "Uruguay added two Bolivian banks to its sanctions list on Monday.",
        [
            (
                "sanction",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "sanctions a ministry announced and its state imposed are one",
        "The Uruguayan Finance Ministry on Monday announced sanctions on "
        "two Bolivian banks.\n\nLa Paz protested that Uruguay was "
        "imposing sanctions on Bolivian lenders without evidence.",
        [
            (
                "sanction",
                {
                    "Uruguayan Finance Ministry": "initiator",
                    "Bolivia": "recipient",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "firms of X blacklisted: a sanction on X",
        "Uruguay blacklisted three Bolivian firms on Monday.",
        [
            (
                "sanction",
                {"Uruguay": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "accorded X a welcome: the host's side of a visit",
        "Bolivian President Hugo Pardo accorded Uruguayan President Marta "
        "Ibarra a warm welcome at the palace on Monday.",
        [
            (
                "host_visit",
                {"Hugo Pardo": "host", "Marta Ibarra": "initiator"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an agreement extended is signed again for a new term",
        "Norway and Chile extended the fisheries agreement by five years on"
        " Monday.",
        [
            (
                "agreement",
                {"Norway": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a deal prolonged is an agreement signed again",
        "Norway and Chile prolonged their trade deal until 2030.",
        [
            (
                "agreement",
                {"Norway": "party", "Chile": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "support extended for an agreement signs none",
        "Norway extended its support for the fisheries agreement with Chile.",
        [],
    ),
    EventCase(
        "a deadline of an agreement extended signs none",
        "Norway and Chile extended the deadline of the fisheries agreement.",
        [],
    ),
    EventCase(
        "talks held between two states, in the passive",
        "Talks were held between Norway and Chile in Oslo on Monday.",
        [
            (
                "meeting",
                {"Norway": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "consultations conducted between two states, in the passive",
        "Consultations were conducted between Norway and Chile on Monday.",
        [
            (
                "meeting",
                {"Norway": "party", "Chile": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "passive talks between no actors are no meeting",
        "Talks were held between the two parties' youth wings on Monday.",
        [],
    ),
    EventCase(
        "a truce brokered by a third state, in the passive",
        "The truce between Norway and Chile was brokered by Peru on Monday.",
        [
            (
                "mediation",
                {"Norway": "party", "Chile": "party", "Peru": "mediator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "talks facilitated by a third state have the sides named after between",
        "The Bolivian president welcomed the talks in Lima between the "
        "Government of Norway and Chile, facilitated by Peru.",
        [
            (
                "mediation",
                {"Norway": "party", "Chile": "party", "Peru": "mediator"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "talks mediated by two states, no sides named: the mediators",
        "The talks, mediated by Peru and Bolivia, ended on Monday.",
        [
            (
                "mediation",
                {"Peru": "mediator", "Bolivia": "mediator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a truce brokered between a state and its army: one side",
        "The truce between Norway, the Norwegian army and Chile was brokered "
        "by Peru.",
        [
            (
                "mediation",
                {"Norway": "party", "Chile": "party", "Peru": "mediator"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an envoy shuttling between two states mediates",
        "Peruvian envoy Marta Ibarra has been shuttling between Norway and "
        "Chile.",
        [
            (
                "mediation",
                {
                    "Marta Ibarra": "mediator",
                    "Norway": "party",
                    "Chile": "party",
                },
                "ongoing",
                None,
            ),
        ],
    ),
    EventCase(
        "a visit facilitated by an embassy is no mediation",
        "The visit was facilitated by the Chilean embassy.",
        [],
    ),
    EventCase(
        "a deal brokered with no sides named is no event",
        "The deal was brokered by Peru.",
        [],
    ),
    EventCase(
        "help facilitated by a state with another side named is no mediation",
        "The evacuation of Chilean citizens from Norway was facilitated by"
        " Peru on Monday.",
        [],
    ),
    EventCase(
        "a guest's visit facilitated by an embassy is no mediation",
        "The visit of the Bolivian minister to Chile was facilitated by the"
        " Peruvian embassy.",
        [],
    ),
    EventCase(
        "a truce facilitated by a third state is its mediation",
        "The truce between Norway and Chile was facilitated by Peru on"
        " Monday.",
        [
            (
                "mediation",
                {"Norway": "party", "Chile": "party", "Peru": "mediator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an envoy shuttling between his capital and another mediates nothing",
        "Peruvian envoy Marta Ibarra shuttled between Lima and Oslo last"
        " week.",
        [],
    ),
    EventCase(
        "an envoy shuttling between two cities of one state mediates nothing",
        "Peruvian envoy Marta Ibarra has been shuttling between Oslo and"
        " Bergen.",
        [],
    ),
    EventCase(
        "a team's tour is no visit",
        "The Chilean national football team toured Norway and Sweden last"
        " week.",
        [],
    ),
    EventCase(
        "an appeal in a relative clause is not the subject's act",
        "Norway, which had urged Chile for months, decided to expel the"
        " Peruvian ambassador on Monday.",
        [
            (
                "expulsion",
                {
                    "Norway": "initiator",
                    "the Peruvian ambassador": "recipient",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a side urged in an aside still acts",
        "Norway, urged by its allies, voted to expel the Peruvian ambassador"
        " on Monday.",
        [
            (
                "expulsion",
                {
                    "Norway": "initiator",
                    "the Peruvian ambassador": "recipient",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "sanctions another side is asked to impose are an appeal",
        "Chile asked the European Union to impose sanctions on Peru.",
        [],
    ),
    EventCase(
        "an expulsion two sides are pressed to decide is an appeal",
        "Chile pressed the European Union and the United States to expel"
        " Peruvian diplomats.",
        [],
    ),
    EventCase(
        "sanctions another side is called for to impose are an appeal",
        "Chile called for the European Union to impose sanctions on Peru.",
        [],
    ),
    EventCase(
        "sanctions another side is appealed to to impose are an appeal",
        "Chile appealed to the European Union to impose sanctions on Peru.",
        [],
    ),
    EventCase(
        "states toured are one visit each",
        "Chilean Foreign Minister Tomas Riquelme toured Norway and Sweden "
        "last week.",
        [
            (
                "visit",
                {"Tomas Riquelme": "initiator", "Norway": "host"},
                "occurred",
                "2025-03",
            ),
            (
                "visit",
                {"Tomas Riquelme": "initiator", "Sweden": "host"},
                "occurred",
                "2025-03",
            ),
        ],
    ),
    EventCase(
        "a participle touring states is the visits of the trip",
        "Chilean Foreign Minister Tomas Riquelme will travel to Europe next"
        " month, touring Norway and Sweden.",
        [
            (
                "visit",
                {"Tomas Riquelme": "initiator", "Norway": "host"},
                "planned",
                "2025-05",
            ),
            (
                "visit",
                {"Tomas Riquelme": "initiator", "Sweden": "host"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "tours served as a soldier are no visit",
        "The Chilean general served three tours in Norway.",
        [],
    ),
    EventCase(
        "thanked for the support and invited her: the thanker invites",
        "Chilean President Lucia Ferrer thanked Norwegian Prime Minister "
        "Ana Dahl for the support and invited her to visit Santiago.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            ),
            (
                "intent_to_meet",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "thanked for her support and invited her: her owns no one else",
        "Chilean President Lucia Ferrer thanked Norwegian Prime Minister "
        "Ana Dahl for her support and invited her to visit Santiago.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            ),
            (
                "intent_to_meet",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "congratulated on her birthday and invited her to visit",
        "Chilean President Lucia Ferrer congratulated Norwegian Prime "
        "Minister Ana Dahl on her birthday and invited her to pay a visit "
        "to Chile.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            ),
            (
                "intent_to_meet",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "thanked for the hospitality and invited a third person",
        "Chilean President Lucia Ferrer thanked Norwegian Prime Minister "
        "Ana Dahl for the hospitality and invited Norwegian Foreign "
        "Minister Ola Berg to visit Santiago.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            ),
            (
                "intent_to_meet",
                {"Lucia Ferrer": "initiator", "Ola Berg": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "her deputy, a person owned, still leaves her unresolved",
        "Chilean President Lucia Ferrer met Norwegian Prime Minister Ana "
        "Dahl and her deputy and invited her to visit Santiago.",
        [
            (
                "meeting",
                {"Lucia Ferrer": "party", "Ana Dahl": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an aside for her part still passes over to the subject",
        "Chilean President Lucia Ferrer, for her part, invited Norwegian "
        "Prime Minister Ana Dahl to visit Santiago.",
        [
            (
                "intent_to_meet",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an invitation to visit next year is dated by the acts told with it",
        "On Monday, Chilean President Lucia Ferrer thanked Norwegian Prime "
        "Minister Ana Dahl for the support and invited her to visit "
        "Santiago next year.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {"Lucia Ferrer": "initiator", "Ana Dahl": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an invitation accepted to visit next month, alone, has no date",
        "Chilean President Lucia Ferrer accepted an invitation from "
        "Norwegian Prime Minister Ana Dahl to visit Norway next month.",
        [
            (
                "intent_to_meet",
                {"Lucia Ferrer": "recipient", "Ana Dahl": "initiator"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "talks planned during the visit belong to the visit told",
        "Chilean President Lucia Ferrer and Norwegian Foreign Minister Ola "
        "Berg held talks in Oslo on Monday. Ferrer will later call on the "
        "king during the visit and will hold talks with Norwegian Prime "
        "Minister Ana Dahl.",
        [
            (
                "meeting",
                {"Lucia Ferrer": "party", "Ola Berg": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "talks planned during a later visit are an event of their own",
        "Chilean President Lucia Ferrer and Norwegian Foreign Minister Ola "
        "Berg held talks in Oslo on Monday. Ferrer will hold talks with "
        "Norwegian Prime Minister Ana Dahl during a visit to Oslo in May.",
        [
            (
                "meeting",
                {"Lucia Ferrer": "party", "Ola Berg": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {"Lucia Ferrer": "party", "Ana Dahl": "party"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    # -- praise of work credited in a participle, attendance, heads ----------
    EventCase(
        "the efforts made by a list of states credit each of them",
        "Chilean President Lucia Ferrer praised the efforts made by Norway "
        "and Peru to end the dispute.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the role played by a state credits it",
        "Chilean President Lucia Ferrer praised the role played by Norway in "
        "the talks.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the efforts of a list of states credit each of them",
        "Chilean President Lucia Ferrer praised the efforts of Norway, Peru "
        "and Ecuador to end the dispute.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Ecuador": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the efforts made by no state credit no one",
        "Chilean President Lucia Ferrer praised the efforts made by the army "
        "to end the floods.",
        [],
    ),
    EventCase(
        "thanks in the name of the speaker's state go to the one credited",
        "Chilean President Lucia Ferrer expressed Chile's appreciation for the "
        "efforts made by Norway to end the dispute.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the state named in the thanks is no one thanked",
        "Chilean President Lucia Ferrer expressed Peru's appreciation for the "
        "support.",
        [],
    ),
    EventCase(
        "who will attend an organisation's summit is a side of it",
        "Chilean President Lucia Ferrer will attend the Mercosur summit in "
        "Asuncion next month.",
        [
            (
                "meeting",
                {"Mercosur": "party", "Lucia Ferrer": "party"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "who took part in a meeting of an organisation is a side of it",
        "Peru took part in the meeting of the OAS foreign ministers in "
        "Washington on Monday.",
        [
            (
                "meeting",
                {"Peru": "party", "OAS": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "who participated in a summit is a side of it",
        "Chilean Foreign Minister Tomas Riquelme participated in the summit "
        "of the Andean Community on Monday.",
        [
            (
                "meeting",
                {"Tomas Riquelme": "party", "Andean Community": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "the efforts of a state somewhere credit the state, not the place",
        "Chilean President Lucia Ferrer praised the efforts of Norway in "
        "Peru.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a state's role in a summit is praise, no attending",
        "Chilean President Lucia Ferrer praised Peru's role in the Mercosur "
        "summit in Asuncion.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a pronoun named no one before attends as no side",
        "He will attend the Mercosur summit in Asuncion next month.",
        [
            (
                "meeting",
                {"Mercosur": "party", "Paraguay": "host"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "officials unnamed attend as no side",
        "Officials will attend the Mercosur summit in Asuncion next month.",
        [
            (
                "meeting",
                {"Mercosur": "party", "Paraguay": "host"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "a summit after an opening phrase has no one attending",
        "In Asuncion, the Mercosur summit opened on Monday.",
        [("meeting", {"Mercosur": "party"}, "ongoing", "2025-03-31")],
    ),
    EventCase(
        "attending a meeting of one's own cabinet is no event",
        "Chilean President Lucia Ferrer attended a meeting of the Chilean "
        "cabinet on Monday.",
        [],
    ),
    EventCase(
        "the object of a first verb attends no summit the second names",
        "Chilean President Lucia Ferrer will meet Peruvian President Jorge "
        "Salas in Lima and attend the Mercosur summit next month.",
        [
            (
                "meeting",
                {"Lucia Ferrer": "party", "Jorge Salas": "party"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "the head of state is the president named before",
        "Chilean President Lucia Ferrer received Norwegian Foreign Minister "
        "Ola Berg in Santiago on Monday.\n\nThe head of state thanked Norway "
        "for its support.",
        [
            (
                "host_visit",
                {"Lucia Ferrer": "host", "Ola Berg": "initiator"},
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
        "the head of government is the prime minister named before",
        "Norwegian Prime Minister Ana Dahl received Chilean Foreign Minister "
        "Tomas Riquelme in Oslo on Monday.\n\nThe head of government thanked "
        "Chile for its support.",
        [
            (
                "host_visit",
                {"Ana Dahl": "host", "Tomas Riquelme": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "praise",
                {"Ana Dahl": "initiator", "Chile": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a vice president is no head of state",
        "Chilean Vice President Pablo Mora received Norwegian Foreign "
        "Minister Ola Berg in Santiago on Monday.\n\nThe head of state "
        "thanked Norway for its support.",
        [
            (
                "host_visit",
                {"Pablo Mora": "host", "Ola Berg": "initiator"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "the heads of state after an opening phrase are the two named",
        "Chilean President Lucia Ferrer spoke by phone with Peruvian "
        "President Jorge Salas on Monday. According to the presidency, the "
        "heads of state agreed to meet in Lima next month.",
        [
            (
                "phone_call",
                {"Lucia Ferrer": "party", "Jorge Salas": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {"Lucia Ferrer": "party", "Jorge Salas": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "the presidents after a time phrase are the two named",
        "Chilean President Lucia Ferrer spoke by phone with Peruvian "
        "President Jorge Salas on Monday. On Tuesday, the presidents agreed "
        "to meet in Lima next month.",
        [
            (
                "phone_call",
                {"Lucia Ferrer": "party", "Jorge Salas": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {"Lucia Ferrer": "party", "Jorge Salas": "party"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "an invitation conveyed for another invites the side visited",
        "Peruvian President Jorge Salas received Chilean Foreign Minister "
        "Tomas Riquelme in Lima on Monday.\n\nThe Chilean minister conveyed "
        "an invitation from President Lucia Ferrer to pay an official visit "
        "to Chile this year.",
        [
            (
                "host_visit",
                {"Jorge Salas": "host", "Tomas Riquelme": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {
                    "Tomas Riquelme": "initiator",
                    "Lucia Ferrer": "initiator",
                    "Jorge Salas": "recipient",
                },
                "occurred",
                "2025",
            ),
        ],
    ),
    EventCase(
        "an invitation conveyed with no event before invites no one named",
        "The Chilean minister conveyed an invitation from President Lucia "
        "Ferrer to pay an official visit to Chile this year.",
        [
            (
                "intent_to_meet",
                {
                    "The Chilean minister": "initiator",
                    "Lucia Ferrer": "initiator",
                },
                "occurred",
                "2025",
            ),
        ],
    ),
    EventCase(
        "an invitation for someone to visit invites him, not the place",
        "Chilean President Lucia Ferrer received Peruvian Prime Minister Rosa "
        "Vidal in Santiago on Monday.\n\nVidal conveyed an invitation for "
        "Ferrer to visit Lima.",
        [
            (
                "host_visit",
                {"Lucia Ferrer": "host", "Rosa Vidal": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {"Rosa Vidal": "initiator", "Lucia Ferrer": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "invitations for a summit handed to leaders invite no organisation",
        "Chilean Foreign Minister Tomas Riquelme handed over the invitations "
        "for the Mercosur summit to the leaders of Peru and Ecuador on "
        "Monday.",
        [],
    ),
    EventCase(
        "the second verb of a relative clause is its antecedent's act",
        "Chilean President Lucia Ferrer met Norwegian Foreign Minister Ola "
        "Berg, who announced new aid for the mission and thanked Chile for "
        "its leadership.",
        [
            (
                "meeting",
                {"Lucia Ferrer": "party", "Ola Berg": "party"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Ola Berg": "initiator", "Chile": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a relative clause's second verb meets with its antecedent",
        "Chilean President Lucia Ferrer met Norwegian Foreign Minister Ola "
        "Berg, who spoke to reporters and met Peruvian President Jorge "
        "Salas.",
        [
            (
                "meeting",
                {"Lucia Ferrer": "party", "Ola Berg": "party"},
                "occurred",
                None,
            ),
            (
                "meeting",
                {"Ola Berg": "party", "Jorge Salas": "party"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a verb after a comma that closes the relative clause is the subject's",
        "Chilean President Lucia Ferrer met Norwegian Foreign Minister Ola "
        "Berg, who announced new aid, and thanked Peru for its support.",
        [
            (
                "meeting",
                {"Lucia Ferrer": "party", "Ola Berg": "party"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a second verb after no one named and no relative clause has no side",
        "In Lima the delegates arrived and thanked Norway for its support.",
        [],
    ),
    EventCase(
        "a document signed is an agreement",
        "Chilean Foreign Minister Tomas Riquelme and Norwegian Foreign "
        "Minister Ola Berg signed a joint vision document on fisheries in "
        "Oslo on Monday.",
        [
            (
                "agreement",
                {"Tomas Riquelme": "party", "Ola Berg": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "a document read is no agreement",
        "Chilean Foreign Minister Tomas Riquelme read a document on "
        "fisheries in Oslo on Monday.",
        [],
    ),
    # -- attending: a state's own council, and who does not go ---------------
    EventCase(
        "who attends a meeting of his own state's council meets no one",
        "Chilean President Lucia Ferrer attended a meeting of the Federal "
        "Planning Council in Santiago on Tuesday.",
        [],
    ),
    EventCase(
        "who attends a meeting of a body the tables do not know meets no one",
        "Peruvian Prime Minister Ana Quispe took part in the session of the "
        "Supreme Coordination Board on Monday.",
        [],
    ),
    EventCase(
        "who is unlikely to attend a summit is no side of it",
        "Chilean President Lucia Ferrer is unlikely to attend the Mercosur "
        "summit next month.",
        [
            (
                "meeting",
                {"Mercosur": "party"},
                "planned",
                "2025-05",
            ),
        ],
    ),
    EventCase(
        "who attends a summit of two other states is a side of it",
        "Chilean President Lucia Ferrer attended the summit of Peru and "
        "Ecuador on Monday.",
        [
            (
                "meeting",
                {"Lucia Ferrer": "party", "Peru": "party", "Ecuador": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    # -- an invitation conveyed after a blame invites no one blamed ---------
    EventCase(
        "an invitation conveyed after a blame invites no one blamed",
        "Chilean President Lucia Ferrer condemned Peru's decision on "
        "Monday. Chilean Foreign Minister Tomas Riquelme later conveyed an "
        "invitation from Ferrer to visit Santiago.",
        [
            (
                "accusation",
                {"Lucia Ferrer": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an invitation conveyed after a call invites the one called",
        "Chilean President Lucia Ferrer spoke by phone with Peruvian "
        "President Ana Quispe on Monday. Chilean Foreign Minister Tomas "
        "Riquelme later conveyed an invitation from Ferrer to visit "
        "Santiago.",
        [
            (
                "phone_call",
                {"Lucia Ferrer": "party", "Ana Quispe": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "intent_to_meet",
                {
                    "Tomas Riquelme": "initiator",
                    "Lucia Ferrer": "initiator",
                    "Ana Quispe": "recipient",
                },
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    # -- thanks told "to" someone inside the words of thanks -----------------
    EventCase(
        "thanks expressed to a state go to it",
        "Chilean President Lucia Ferrer expressed to Norway her deep "
        "appreciation for its support.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "thanks expressed to reporters in the state's name thank no one",
        "Chilean President Lucia Ferrer expressed to reporters Chile's "
        "appreciation for the support.",
        [],
    ),
    # -- thanks to states and an organisation, one per receiver --------------
    EventCase(
        "the efforts of states and an organisation credit each apart",
        "Chilean President Lucia Ferrer praised the efforts of Norway, Peru "
        "and the African Union to end the dispute.",
        [
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Lucia Ferrer": "initiator", "African Union": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an organisation and a state thanking are two thanks",
        "The OAS and Peru thanked Norway for its mediation.",
        [
            (
                "praise",
                {"OAS": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
            (
                "praise",
                {"Peru": "initiator", "Norway": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "the victim of words of blame is not the accused: no aggressor, none",
        "Kenya's foreign ministry called on the world to stop the aggression "
        "against the Lebanese people in southern Lebanon.",
        [],
    ),
    EventCase(
        "the aggressor is accused, not the victim named before it",
        "Ghana said the aggression against Togo by Mali was unacceptable.",
        [
            (
                "accusation",
                {"Ghana": "initiator", "Mali": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "the owner of the blamed act is accused, not its victim after it",
        "Ghana said Mali's aggression against Togo was unacceptable.",
        [
            (
                "accusation",
                {"Ghana": "initiator", "Mali": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a victim before the words of blame is not the accused",
        "Cyprus said Turkey's accusations against Greece were baseless.",
        [
            (
                "accusation",
                {"Cyprus": "initiator", "Turkey": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a state's people suffer what is blamed",
        "Ghana said the aggression targeting Togo's people was unacceptable.",
        [],
    ),
    EventCase(
        "the people of a state suffer what is blamed",
        "Ghana said the attacks on the people of Togo were reckless.",
        [],
    ),
    EventCase(
        "where what is blamed happens is no side",
        "Kenya said the street protest in Uganda was illegal.",
        [],
    ),
    EventCase(
        "against an act of a state: the state is accused",
        "Ghana said it stood against Mali's hostile acts.",
        [
            (
                "accusation",
                {"Ghana": "initiator", "Mali": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a victim in one saying accuses in the next",
        "Iran said the attacks on Syria were unacceptable. Syria said Iran's "
        "meddling was hostile.",
        [
            (
                "accusation",
                {"Syria": "initiator", "Iran": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "with the victim told, a side named in another clause is no aggressor",
        "President Ali Musa of Chad received a call from his Nigerien "
        "counterpart, Omar Bako, during which the two leaders discussed the "
        "situation in Sudan and ways to end the aggression against the "
        "Sudanese people, the Chadian presidency said.",
        [
            (
                "phone_call",
                {"Ali Musa": "recipient", "Omar Bako": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "stern representations lodged with a state are a protest",
        "Vietnam lodged stern representations with Cambodia over the "
        "incident.",
        [
            (
                "accusation",
                {"Vietnam": "initiator", "Cambodia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a diplomatic protest filed against a state is an accusation",
        "Vietnam has filed a new diplomatic protest against Cambodia over the "
        "incident.",
        [
            (
                "accusation",
                {"Vietnam": "initiator", "Cambodia": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a street protest filed is no accusation",
        "Students filed a protest against the new fees in Mexico.",
        [],
    ),
    EventCase(
        "representations to a court are no protest",
        "Lawyers for Ghana lodged representations with the court.",
        [],
    ),
    EventCase(
        "a state and its ministry protesting to one side are one accuser",
        "Vietnam protested to Cambodia on Monday. The Vietnamese foreign "
        "ministry said Cambodia's claims were baseless.",
        [
            (
                "accusation",
                {"Vietnam": "initiator", "Cambodia": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a state and its spokesperson condemning one side are one accuser",
        "Vietnam condemned Cambodia's move on Monday. The Vietnamese foreign "
        "ministry spokesperson said Cambodia's claims were baseless.",
        [
            (
                "accusation",
                {"Vietnam": "initiator", "Cambodia": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "two officials of one state accusing one side are two accusers",
        "Chinese Foreign Minister Wang Ming criticised Japan. Chinese "
        "President Li Hua condemned Japan.",
        [
            (
                "accusation",
                {"Wang Ming": "initiator", "Japan": "recipient"},
                "occurred",
                None,
            ),
            (
                "accusation",
                {"Li Hua": "initiator", "Japan": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
]


class TestEventRules:
    @_cases(EVENT_RULE_CASES)
    def test_case(self, case):
        """
        Each event rule finds its events with participants, roles, status
        and date.
        """
        expected = case.events

        assert expected == _events(_extract(case.body))

    def test_a_document_signed_with_another_state_copies_no_first_one(self):
        """
        "A treaty with X on Tuesday and a pact with Y on Wednesday": the
        second signing, with its own side, is no second copy of the first.
        """
        article = _extract(
            "Kenya signed a treaty with Ethiopia on Tuesday and a pact with "
            "Chad on Wednesday."
        )

        assert 1 == sum(
            {p.actor.country for p in e.participants} == {"KEN", "ETH"}
            for e in article.events
        )

    def test_the_city_an_agreement_is_named_after_is_no_side(self):
        """
        "The Quito agreement between the two sides": the two sides are the
        states named before, not the state of the city that names it.
        """
        article = _extract(
            "Chile and Peru held talks in Lima on Monday. The recent Quito "
            "agreement between the two sides was praised."
        )

        assert [
            ("meeting", {"CHL", "PER"}),
            ("agreement", {"CHL", "PER"}),
        ] == [
            (str(e.kind), {p.actor.country for p in e.participants})
            for e in article.events
        ]

    def test_one_visit_told_twice_once_with_no_date(self):
        """
        A visit told again with no date is the dated one, with both
        sentences as its evidence.
        """
        told = [
            "Georgian Prime Minister Levan Kobalia arrived in Baku on Monday.",
            "The visit of Kobalia to Azerbaijan ended with a joint declaration.",
        ]
        article = _extract(" ".join(told))
        (visit,) = article.events

        assert (
            [
                (
                    "visit",
                    {"Levan Kobalia": "initiator", "Azerbaijan": "host"},
                    "occurred",
                    "2025-03-31",
                )
            ],
            told,
        ) == (
            _events(article),
            [span.slice(article.body) for span in visit.evidence.spans],
        )

    def test_home_officials_with_a_stateless_person_are_domestic(self):
        """
        In a story told from Kuwait, the Amir receiving a person the text
        gives no state is a domestic audience, not a visit; a foreign
        ambassador is still received.
        """
        body = (
            "The Amir Sheikh Nawaf Al-Sabah received Speaker Marzouq "
            "Al-Rashed at Bayan Palace. The Amir later received the "
            "ambassador of Japan."
        )
        article = relwatch.extract(
            Article(
                body=body,
                published=REFERENCE,
                dateline=Dateline(place="KUWAIT", date=REFERENCE),
            )
        )

        assert [("host_visit", {"JPN"})] == [
            (str(e.kind), {p.actor.country for p in e.participants} - {"KWT"})
            for e in article.events
        ]

    def test_may_the_month_is_no_modal(self):
        """
        "on May 2" dates a meeting that took place; "may" alone would
        make it speculated.
        """
        body = (
            "On May 2, Polish President Anna Nowak met Lithuanian President "
            "Jonas Kairys in Vilnius."
        )
        article = relwatch.extract(
            Article(body=body, published=dt.date(2025, 5, 15))
        )

        assert [
            (
                "meeting",
                {"Anna Nowak": "party", "Jonas Kairys": "party"},
                "occurred",
                "2025-05-02",
            )
        ] == _events(article)

    def test_a_date_with_its_year_needs_no_reference(self):
        """
        An article with no date still dates an event by a date that names
        its year, and not by its weekday.
        """
        body = (
            "Polish President Anna Nowak visited Lithuania on Thursday "
            "(April 17, 2025)."
        )
        article = relwatch.extract(Article(body=body))

        assert [
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "occurred",
                "2025-04-17",
            )
        ] == _events(article)

    def test_a_country_after_in_is_no_location(self):
        """
        "in Egypt" is whose as often as where: a meeting there has no
        location, unlike one "in Cairo".
        """
        (meeting,) = _extract(
            "Turkish Foreign Minister Hakan Demir met Egyptian Foreign "
            "Minister Karim Fahmy in Egypt."
        ).events

        assert None is meeting.location

    def test_an_organisation_visited_is_no_location(self):
        """
        A visit to an organisation has a host, but no place in a state.
        """
        (visit,) = _extract(
            "Turkish Foreign Minister Hakan Demir travelled to the European "
            "Union on Monday for accession talks."
        ).events

        assert None is visit.location

    def test_no_date_without_reference(self):
        """
        With no publication date and no dateline an event keeps its
        participants and status but gets no date.
        """
        article = relwatch.extract(
            Article(
                body="Turkish Foreign Minister Hakan Demir arrived in Baku on "
                "Monday."
            )
        )

        assert [
            (
                "visit",
                {"Hakan Demir": "initiator", "Azerbaijan": "host"},
                "occurred",
                None,
            )
        ] == _events(article)


# -- event status and dates (_events) -----------------------------------------

# A dated meeting beside which the cases below tell an act, and the meeting.
_LIMA_MEETING = "Peru's President met Bolivia's President in Lima on Monday. "
_LIMA_MET = (
    "meeting",
    {"Peru's President": "party", "Bolivia's President": "party"},
    "occurred",
    "2025-03-31",
)


def _day_told_before(name, words, when):
    """A call on a day told as counted from a meeting's Monday."""
    return EventCase(
        name,
        "Chile's President met Peru's President in Lima on Monday. "
        f"{words}, Chile's President held a phone call with Bolivia's "
        "President.",
        [
            (
                "meeting",
                {"Chile's President": "party", "Peru's President": "party"},
                "occurred",
                "2025-03-31",
            ),
            (
                "phone_call",
                {"Chile's President": "party", "Bolivia's President": "party"},
                "occurred",
                when,
            ),
        ],
    )


_RECEIVED_BY_PERU = (
    "host_visit",
    {"Peru's President": "host", "Chile's foreign minister": "initiator"},
    "occurred",
    None,
)


_CHILE_MET_PERU_ON_TUESDAY = (
    "meeting",
    {"Chile": "party", "Peru": "party"},
    "occurred",
    "2025-04-01",
)


_CHILE_MET_PERU = (
    "meeting",
    {"Chile's President": "party", "Peru's President": "party"},
    "occurred",
    None,
)


def _chile_to_peru_on(when):
    return (
        "visit",
        {"Chile's foreign minister": "initiator", "Peru": "host"},
        "planned",
        when,
    )


EVENT_WHEN_CASES = [
    EventCase(
        "a visit told last week and then begun on a day takes the day",
        "Prime Minister Li Wen's state visit to Brazil last week ended with "
        "several deals. Li Wen's visit to Brazil began on March 24 and "
        "included a stop in Rio.",
        [
            (
                "visit",
                {"Li Wen": "initiator", "Brazil": "host"},
                "occurred",
                "2025-03-24",
            )
        ],
    ),
    EventCase(
        "a visit next week keeps its week, not the day of its talks",
        "Chile's president will visit Peru next week. Chile's president "
        "will meet Peru's president in Lima on April 9.",
        [
            (
                "visit",
                {"Chile's president": "initiator", "Peru": "host"},
                "planned",
                "2025-04",
            )
        ],
    ),
    EventCase(
        "a date of an earlier clause is not the event's after it",
        "The trade fair runs on May 12, and Chile's president will visit "
        "Peru in June.",
        [
            (
                "visit",
                {"Chile's president": "initiator", "Peru": "host"},
                "planned",
                "2025-06",
            )
        ],
    ),
    EventCase(
        "a date of an earlier clause is the event's when its trigger is the "
        "next verb of one subject",
        "Chile's foreign minister spoke at a forum in Lima on Sunday, and "
        "criticised Peru after the event.",
        [
            (
                "accusation",
                {"Chile's foreign minister": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-30",
            )
        ],
    ),
    EventCase(
        "a range of days dates its event by its month",
        "On 3-4 April, Chile's president visited Peru.",
        [
            (
                "visit",
                {"Chile's president": "initiator", "Peru": "host"},
                "occurred",
                "2025-04",
            )
        ],
    ),
    EventCase(
        "a day earlier is the day before the one told before",
        "Kenyan President William Otieno met Ghanaian President Kofi Mensah "
        "on April 1 in Accra. A day earlier, Otieno met Togo's president in "
        "Lome.",
        [
            (
                "meeting",
                {"William Otieno": "party", "Kofi Mensah": "party"},
                "occurred",
                "2025-04-01",
            ),
            (
                "meeting",
                {"William Otieno": "party", "Togo's president": "party"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "talks with the host two days after arriving are the days of one "
        "visit",
        "Kenyan President William Otieno arrived in Accra on Monday. On "
        "Wednesday, he met Ghanaian President Kofi Mensah.",
        [
            (
                "visit",
                {"William Otieno": "initiator", "Ghana": "host"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "the next day is the day after the one told before, and no plan",
        "Peru's foreign minister met Chile's president on Monday. The next "
        "day, Chile's foreign minister met Bolivia's president.",
        [
            (
                "meeting",
                {
                    "Peru's foreign minister": "party",
                    "Chile's president": "party",
                },
                "occurred",
                "2025-03-31",
            ),
            (
                "meeting",
                {
                    "Chile's foreign minister": "party",
                    "Bolivia's president": "party",
                },
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "the following day is the day after the one told before",
        "Ghana's president received Togo's envoy on Monday. Benin's foreign "
        "minister visited Niger the following day.",
        [
            (
                "host_visit",
                {"Ghana's president": "host", "Togo's envoy": "initiator"},
                "occurred",
                "2025-03-31",
            ),
            (
                "visit",
                {"Benin's foreign minister": "initiator", "Niger": "host"},
                "occurred",
                "2025-04-01",
            ),
        ],
    ),
    EventCase(
        "a count ago opening the sentence dates its event",
        "Two weeks ago, Kenyan President William Otieno visited Ghana.",
        [
            (
                "visit",
                {"William Otieno": "initiator", "Ghana": "host"},
                "occurred",
                "2025-03-21~",
            )
        ],
    ),
    EventCase(
        "this morning is the article's day",
        "This morning, Kenyan President William Otieno met Ghanaian "
        "President Kofi Mensah in Accra.",
        [
            (
                "meeting",
                {"William Otieno": "party", "Kofi Mensah": "party"},
                "occurred",
                "2025-04-04",
            )
        ],
    ),
    EventCase(
        "an event with no date of its own shares its sentence's: welcomed "
        "X on a visit ... on Tuesday",
        "Turkish President Hakan Demir welcomed Egyptian Foreign Minister "
        "Karim Fahmy on an official visit to the presidential palace in "
        "Ankara on Tuesday.",
        [
            (
                "host_visit",
                {"Hakan Demir": "host", "Karim Fahmy": "initiator"},
                "occurred",
                "2025-04-01",
            )
        ],
    ),
    EventCase(
        "an event during another shares its date",
        "Poland and Lithuania signed a trade agreement during Polish "
        "President Anna Nowak's visit to Vilnius last week.",
        [
            (
                "agreement",
                {"Poland": "party", "Lithuania": "party"},
                "occurred",
                "2025-03",
            ),
            (
                "visit",
                {"Anna Nowak": "initiator", "Lithuania": "host"},
                "occurred",
                "2025-03",
            ),
        ],
    ),
    EventCase(
        "an event when another took place shares its date, across an 'and' "
        "between two names",
        "Qatar mediated between Egypt and Ethiopia when Egyptian President "
        "Karim Fahmy visited Doha in February.",
        [
            (
                "mediation",
                {"Qatar": "mediator", "Egypt": "party", "Ethiopia": "party"},
                "occurred",
                "2025-02",
            ),
            (
                "visit",
                {"Karim Fahmy": "initiator", "Qatar": "host"},
                "occurred",
                "2025-02",
            ),
        ],
    ),
    EventCase(
        "an event after another does not share its date",
        "Polish President Anna Nowak met Lithuanian President Jonas Kairys "
        "after Russian President Oleg Sokolov visited Azerbaijan on Monday.",
        [
            (
                "meeting",
                {"Anna Nowak": "party", "Jonas Kairys": "party"},
                "occurred",
                None,
            ),
            (
                "visit",
                {"Oleg Sokolov": "initiator", "Azerbaijan": "host"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an event and a plan joined by 'and' keep apart their dates",
        "Polish President Anna Nowak met Lithuanian President Jonas Kairys "
        "in Vilnius and will visit Azerbaijan on Monday.",
        [
            (
                "meeting",
                {"Anna Nowak": "party", "Jonas Kairys": "party"},
                "occurred",
                None,
            ),
            (
                "visit",
                {"Anna Nowak": "initiator", "Azerbaijan": "host"},
                "planned",
                "2025-04-07",
            ),
        ],
    ),
    EventCase(
        "an act between the sides of a dated meeting takes its date",
        "Turkish Foreign Minister Hakan Demir met Egyptian Foreign Minister "
        "Karim Fahmy in Cairo on Sunday. Demir thanked Egypt for its "
        "hospitality.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-03-30",
            ),
            (
                "praise",
                {"Hakan Demir": "initiator", "Egypt": "recipient"},
                "occurred",
                "2025-03-30",
            ),
        ],
    ),
    EventCase(
        "an act between the sides of two meetings on two dates stays undated",
        "Turkish Foreign Minister Hakan Demir met Egyptian Foreign Minister "
        "Karim Fahmy in Cairo on Sunday. Demir met Fahmy again in Ankara on "
        "Wednesday. Demir thanked Egypt for its support.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-03-30",
            ),
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-04-02",
            ),
            (
                "praise",
                {"Hakan Demir": "initiator", "Egypt": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an act towards a state not at the meeting takes no date from it",
        "Turkish Foreign Minister Hakan Demir met Egyptian Foreign Minister "
        "Karim Fahmy in Cairo on Sunday. Demir condemned Israel for the "
        "strikes.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-03-30",
            ),
            (
                "accusation",
                {"Hakan Demir": "initiator", "Israel": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a dated mention with no actors dates the event told before it",
        "Turkish Foreign Minister Hakan Demir met Egyptian Foreign Minister "
        "Karim Fahmy in Cairo. Trade and energy were discussed at Sunday's "
        "meeting, officials said.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-03-30",
            )
        ],
    ),
    EventCase(
        "a weekday told again of a planned event is the coming one",
        "Turkish Foreign Minister Hakan Demir will meet Egyptian Foreign "
        "Minister Karim Fahmy in Cairo. The meeting on Sunday will focus on "
        "trade.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "planned",
                "2025-04-06",
            )
        ],
    ),
    EventCase(
        "a past date told again does not date a planned event",
        "Turkish Foreign Minister Hakan Demir will meet Egyptian Foreign "
        "Minister Karim Fahmy in Cairo. The meeting in March was useful.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "a dated mention with no event of its kind before it dates nothing",
        "Turkish Foreign Minister Hakan Demir thanked Egypt for its support. "
        "The meeting on Sunday lasted two hours.",
        [
            (
                "praise",
                {"Hakan Demir": "initiator", "Egypt": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a plan only hoped for is speculated",
        "Turkish Foreign Minister Hakan Demir hopes to visit Egypt next "
        "month.",
        [
            (
                "visit",
                {"Hakan Demir": "initiator", "Egypt": "host"},
                "speculated",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "a plan told amid hopes for something else is planned",
        "Amid hopes for a ceasefire, Turkish Foreign Minister Hakan Demir "
        "will visit Egypt next month.",
        [
            (
                "visit",
                {"Hakan Demir": "initiator", "Egypt": "host"},
                "planned",
                "2025-05",
            )
        ],
    ),
    EventCase(
        "a decision to halt talks reports them halted",
        "India and Pakistan agreed to suspend talks on trade.",
        [
            (
                "halt_negotiations",
                {"India": "initiator", "Pakistan": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a decision to expel reports the expulsion",
        "The Turkish government decided to expel the Egyptian ambassador.",
        [
            (
                "expulsion",
                {
                    "Turkish government": "initiator",
                    "the Egyptian ambassador": "recipient",
                },
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "an expulsion announced ahead is planned",
        "Turkey will expel the Egyptian ambassador.",
        [
            (
                "expulsion",
                {
                    "Turkey": "initiator",
                    "the Egyptian ambassador": "recipient",
                },
                "planned",
                None,
            )
        ],
    ),
    EventCase(
        "a date after its cue is the saying's: the event's own date wins",
        "Officials said on Thursday that Turkish Foreign Minister Hakan "
        "Demir met Egyptian Foreign Minister Karim Fahmy on Wednesday.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "a date after 'according to' is the report's: the event's own wins",
        "According to officials on Thursday, Turkish Foreign Minister Hakan "
        "Demir had a meeting with Egyptian Foreign Minister Karim Fahmy on "
        "Wednesday.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-04-02",
            )
        ],
    ),
    EventCase(
        "the saying's date dates an event that has none of its own",
        "Officials said on Thursday that Turkish Foreign Minister Hakan "
        "Demir met Egyptian Foreign Minister Karim Fahmy in Cairo.",
        [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-04-03",
            )
        ],
    ),
    EventCase(
        "an act told a decade ago takes no date of an occasion told before",
        "Peru's President met Bolivia's President in Lima on Monday.\n\n"
        "The talks covered mining and water.\n\n"
        "Relations cooled when Peru accused Bolivia of smuggling a decade "
        "ago.",
        [
            _LIMA_MET,
            (
                "accusation",
                {"Peru": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an act told during a crisis of its own takes no date of the "
        "meeting told beside it",
        _LIMA_MEETING
        + "During a trade dispute, Peru accused Bolivia of smuggling.",
        [
            _LIMA_MET,
            (
                "accusation",
                {"Peru": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "an act told during a visit is the occasion's and takes its date",
        _LIMA_MEETING
        + "During a two-day visit, Peru thanked Bolivia for its support.",
        [
            _LIMA_MET,
            (
                "praise",
                {"Peru": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "later that day is the day of the event told before, not of a date "
        "it mentions",
        "Peru's foreign minister arrived in La Paz on Sunday for talks on "
        "the accord signed on March 19. Later that day, he met Bolivia's "
        "President.",
        [
            (
                "visit",
                {"Peru's foreign minister": "initiator", "Bolivia": "host"},
                "occurred",
                "2025-03-30",
            ),
        ],
    ),
    EventCase(
        "later that day after a date years back dates nothing",
        "Chad's army chief, who seized power on May 3, 2021, flew to "
        "Niamey. Later that day, he met Niger's President.",
        # the relative clause's date is not the flight's, which is no
        # background then: one visit, the talks held on it its own
        [
            (
                "visit",
                {"Chad's army chief": "initiator", "Niger": "host"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "later that day after two days named dates nothing",
        "The accord was signed on March 19 and ratified on March 28. Later "
        "that day, Peru's President met Bolivia's President.",
        [
            (
                "meeting",
                {"Peru's President": "party", "Bolivia's President": "party"},
                "occurred",
                None,
            ),
            (
                "agreement",
                {"Peru's President": "party", "Bolivia's President": "party"},
                "occurred",
                "2025-03-19",
            ),
        ],
    ),
    EventCase(
        "an act told in the perfect takes no date of a lead of its kind",
        "Chile's foreign minister accused on Monday several neighbouring "
        "states of meddling. Chile has long accused Peru of espionage.",
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
        "credentials told in the pluperfect take no date of the lead",
        "Peru's President received on Sunday the credentials of several new "
        "ambassadors. Peru's President had received the credentials of "
        "Chile's envoy a year earlier.",
        [
            (
                "host_visit",
                {"Peru's President": "host", "Chile's envoy": "initiator"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a date that names a thing in an aside is not the saying's",
        "Chile's foreign minister, asked about the March 2 raid, said that "
        "Peru's claims were lies.",
        [
            (
                "accusation",
                {"Chile's foreign minister": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a date before a participle cue is the saying's",
        "Chile's foreign minister spoke to reporters on Monday, telling them "
        "that Peru's claims were lies.",
        [
            (
                "accusation",
                {"Chile's foreign minister": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a date after the cue in a clause of its own is not the saying's",
        "“Peru's claims are lies,” Chile's foreign minister said in a speech "
        "to troops, who arrived on Monday.",
        [
            (
                "accusation",
                {"Chile's foreign minister": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a date after the cue in its clause is the saying's",
        "“Peru's claims are lies,” Chile's foreign minister said on Monday.",
        [
            (
                "accusation",
                {"Chile's foreign minister": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "an act told once again is the occasion's and takes its date",
        _LIMA_MEETING + "Peru once again thanked Bolivia for its support.",
        [
            _LIMA_MET,
            (
                "praise",
                {"Peru": "initiator", "Bolivia": "recipient"},
                "occurred",
                "2025-03-31",
            ),
        ],
    ),
    EventCase(
        "an act told at the time takes no date of the meeting beside it",
        _LIMA_MEETING + "At the time, Peru accused Bolivia of smuggling.",
        [
            _LIMA_MET,
            (
                "accusation",
                {"Peru": "initiator", "Bolivia": "recipient"},
                "occurred",
                None,
            ),
        ],
    ),
    EventCase(
        "a date opening the sentence is the saying's",
        "On Monday, Chile's foreign minister said that Peru's claims were "
        "lies.",
        [
            (
                "accusation",
                {"Chile's foreign minister": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "later that day is the day of the event told just before, not of one "
        "told earlier",
        "Peru's President met Chile's President on Thursday. Peru's foreign "
        "minister arrived in La Paz on Sunday. Later that day, he met "
        "Bolivia's President.",
        [
            (
                "meeting",
                {"Peru's President": "party", "Chile's President": "party"},
                "occurred",
                "2025-04-03",
            ),
            (
                "visit",
                {"Peru's foreign minister": "initiator", "Bolivia": "host"},
                "occurred",
                "2025-03-30",
            ),
        ],
    ),
    EventCase(
        "an event told again after another of its sides is the first one",
        "Chile's President met Peru's President in Lima on Tuesday. The two "
        "presidents had met in Quito in March. Peru's President received "
        "Chile's President at the palace on Tuesday.",
        [
            (
                "meeting",
                {"Chile's President": "party", "Peru's President": "party"},
                "occurred",
                "2025-04-01",
            ),
            (
                "meeting",
                {"Chile's President": "party", "Peru's President": "party"},
                "occurred",
                "2025-03",
            ),
        ],
    ),
    EventCase(
        "a date in a since phrase starts a span of time, not the event",
        "Peru's foreign minister arrived in Chile, his first visit since the "
        "two states restored ties in March.",
        [
            (
                "visit",
                {"Peru's foreign minister": "initiator", "Chile": "host"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "a date before a since phrase is the event's",
        "Peru's foreign minister met Chile's President on Monday, the first "
        "meeting of the two since the border dispute flared in January.",
        [
            (
                "meeting",
                {
                    "Peru's foreign minister": "party",
                    "Chile's President": "party",
                },
                "occurred",
                "2025-03-31",
            )
        ],
    ),
    EventCase(
        "a since phrase ends at its comma",
        "Since the truce, Chile met Peru on Tuesday.",
        [_CHILE_MET_PERU_ON_TUESDAY],
    ),
    EventCase(
        "a list of names in a since phrase goes on past its commas",
        "Chile's President visited Peru, his first trip since Chile, Peru "
        "and Bolivia fell out in May.",
        [
            (
                "visit",
                {"Chile's President": "initiator", "Peru": "host"},
                "occurred",
                None,
            )
        ],
    ),
    EventCase(
        "since then opens no span at a date",
        "Since then Chile met Peru on Tuesday.",
        [_CHILE_MET_PERU_ON_TUESDAY],
    ),
    EventCase(
        "the tense of an aside after the subject is not the verb's",
        "Chile's President, who will visit Peru on Monday, met Bolivia's "
        "President on Wednesday.",
        [
            (
                "visit",
                {"Chile's President": "initiator", "Peru": "host"},
                "planned",
                "2025-04-07",
            ),
            (
                "meeting",
                {"Chile's President": "party", "Bolivia's President": "party"},
                "occurred",
                "2025-04-02",
            ),
        ],
    ),
    _day_told_before(
        "earlier in the day is the day told before",
        "Earlier in the day",
        "2025-03-31",
    ),
    _day_told_before(
        "two days later is two days after the day told before",
        "Two days later",
        "2025-04-02",
    ),
    _day_told_before(
        "the same day is the day told before", "The same day", "2025-03-31"
    ),
    EventCase(
        "a visitor leaving the host's capital dates the visit told before",
        "Peru's President received Chile's foreign minister. The Chilean "
        "minister left Lima on Thursday evening.",
        [(*_RECEIVED_BY_PERU[:3], "2025-04-03")],
    ),
    EventCase(
        "leaving for another state dates no visit to the first",
        "Peru's President received Chile's foreign minister. The Chilean "
        "minister left for Bolivia on Thursday evening.",
        [
            _RECEIVED_BY_PERU,
            (
                "visit",
                {"Chile's foreign minister": "initiator", "Bolivia": "host"},
                "occurred",
                "2025-04-03",
            ),
        ],
    ),
    EventCase(
        "a visitor departing from the host's capital dates the visit too",
        "Peru's President received Chile's foreign minister. The Chilean "
        "minister departed from Lima on Thursday evening.",
        [(*_RECEIVED_BY_PERU[:3], "2025-04-03")],
    ),
    EventCase(
        "the host's envoy leaving the visitor's capital dates no visit",
        "Peru's President received Chile's foreign minister. The Peruvian "
        "minister left Santiago on Thursday evening.",
        [_RECEIVED_BY_PERU],
    ),
    EventCase(
        "a meeting takes the day either side's visitor left the other",
        "Chile's President met Peru's President. Peru's envoy left Santiago "
        "on Thursday evening.",
        [(*_CHILE_MET_PERU[:3], "2025-04-03")],
    ),
    EventCase(
        "a meeting dated by one side's departure keeps it after the other's",
        "Chile's President met Peru's President. Chile's envoy left Lima on "
        "Tuesday. Peru's envoy left Santiago on Thursday.",
        [(*_CHILE_MET_PERU[:3], "2025-04-01")],
    ),
    EventCase(
        "a departure does not move the day of a dated visit",
        "Peru's President received Chile's foreign minister on Monday. The "
        "Chilean minister left Lima on Tuesday evening.",
        [(*_RECEIVED_BY_PERU[:3], "2025-03-31")],
    ),
    EventCase(
        "a departure told before the visit dates no visit",
        "The Chilean minister left Lima on Thursday evening. Peru's "
        "President received Chile's foreign minister.",
        [_RECEIVED_BY_PERU],
    ),
    EventCase(
        "a plan's weekday is the first after the day the plan was told",
        "Chile's foreign minister said on Monday that he will visit Peru on "
        "Wednesday.",
        [_chile_to_peru_on("2025-04-02")],
    ),
    EventCase(
        "a date before the cue that tells a plan is the telling's",
        "On Monday, Chile's foreign minister announced he will travel to "
        "Peru on Thursday.",
        [_chile_to_peru_on("2025-04-03")],
    ),
    EventCase(
        "a plan told in a month past looks ahead from the article's day",
        "Chile's foreign minister said last month that he will visit Peru on "
        "Wednesday.",
        [_chile_to_peru_on("2025-04-09")],
    ),
    EventCase(
        "the day a plan was told is not its day",
        "Chile's foreign minister said on Wednesday that he will visit Peru.",
        [_chile_to_peru_on(None)],
    ),
]


class TestEventWhen:
    @_cases(EVENT_WHEN_CASES)
    def test_case(self, case):
        """
        Each event takes the status and the date its sentence or article
        gives it, and no other.
        """
        expected = case.events

        assert expected == _events(_extract(case.body))

    def test_a_mention_dates_an_event_with_no_reference(self):
        """
        With no date for the article, a later mention's date that names its
        year still dates the event told before.
        """
        article = relwatch.extract(
            Article(
                body="Turkish Foreign Minister Hakan Demir met Egyptian "
                "Foreign Minister Karim Fahmy in Cairo. The meeting on 30 "
                "March 2025 lasted two hours."
            )
        )

        assert [
            (
                "meeting",
                {"Hakan Demir": "party", "Karim Fahmy": "party"},
                "occurred",
                "2025-03-30",
            )
        ] == _events(article)

    def test_the_day_a_plan_was_told_dates_no_plan_with_no_reference(self):
        """
        With no date for the article, the day a plan was told, year and
        all, is still not the plan's day.
        """
        article = relwatch.extract(
            Article(
                body="Chile's foreign minister said on 9 March 2025 that he "
                "will visit Peru."
            )
        )

        assert [_chile_to_peru_on(None)] == _events(article)


# -- the article: home state, reference date, actors (__init__) ---------------


def _filed(place=None, outlet=None, agency=None):
    dateline = None
    if place or agency:
        dateline = Dateline(place=place, agency=agency)
    return Article(body="Nothing.", outlet=outlet, dateline=dateline)


class TestHomeCountry:
    @pytest.mark.parametrize(
        ("article", "expected"),
        [
            pytest.param(
                _filed("BAKU, Azerbaijan"), "AZE", id="a capital and its state"
            ),
            pytest.param(
                _filed("GENEVA"), "CHE", id="a city of the cities table"
            ),
            pytest.param(
                _filed("AMMAN, Jordan"),
                "JOR",
                id="a cautioned state name leaves it to the capital",
            ),
            pytest.param(
                _filed("ATLANTA, Georgia"),
                "USA",
                id="Georgia after a US city is the US state",
            ),
            pytest.param(
                _filed("BAKU,"), "AZE", id="an empty part after a comma"
            ),
            pytest.param(
                _filed("MEXICO BEACH, Florida"),
                None,
                id="a place that only begins with a state's name",
            ),
            pytest.param(
                _filed("SPRINGFIELD", outlet="Anadolu Agency"),
                "TUR",
                id="an unknown place leaves it to the outlet",
            ),
            pytest.param(
                _filed("BAKU, Azerbaijan", outlet="Anadolu Agency"),
                "AZE",
                id="the place goes before the outlet",
            ),
            pytest.param(
                _filed(agency="KUNA"), "KWT", id="the dateline's agency"
            ),
            pytest.param(
                _filed(outlet="Geneva Weekly", agency="KUNA"),
                "KWT",
                id="an outlet named after a city is no organisation",
            ),
            pytest.param(
                _filed(outlet="Example Wire"),
                None,
                id="an outlet the tables do not know",
            ),
            pytest.param(_filed("Georgia"), None, id="a cautioned name alone"),
            pytest.param(_filed(), None, id="nothing to go by"),
            pytest.param(
                _filed("WASHINGTON, D.C."),
                "USA",
                id="Washington, D.C.",
            ),
            pytest.param(
                _filed("WASHINGTON"),
                "USA",
                id="Washington alone in a dateline",
            ),
        ],
    )
    def test_home_country(self, article, expected):
        """
        The state a story is told from: its dateline's place, else its
        outlet's or agency's home, else unknown.
        """
        assert expected == home_country(article)

    @pytest.mark.parametrize(
        ("url", "expected"),
        [
            pytest.param(
                "https://www.daily-courier.co.ke/news/2025/03/talks",
                "KEN",
                id="a country-code domain",
            ),
            pytest.param(
                "http://news.example.uk:8080/a",
                "GBR",
                id="a domain that is not the ISO code, with a port",
            ),
            pytest.param("https://example.ke", "KEN", id="no path"),
            pytest.param(
                "https://www.example-world-news.com/politics/1",
                None,
                id="a generic domain",
            ),
            pytest.param(
                "https://briefing.example.io/2025/talks",
                None,
                id="a country-code domain sold worldwide",
            ),
            pytest.param(
                "https://www.cancilleria.gov.co/newsroom/news/talks",
                "COL",
                id="a government's own second level of a domain sold "
                "worldwide",
            ),
            pytest.param(
                "https://news.example.com.co/talks",
                None,
                id="another second level of a domain sold worldwide",
            ),
            pytest.param("https://co/talks", None, id="a bare domain"),
            pytest.param(None, None, id="no address"),
        ],
    )
    def test_domain_home(self, url, expected):
        """
        The state of a page's country-code domain, not of a generic one nor
        of one sold worldwide.
        """
        assert expected == _domain_home(url)

    @pytest.mark.parametrize(
        ("place", "agency", "named", "expected"),
        [
            pytest.param(
                "NEW YORK",
                "QNA",
                {"QAT": 1, "CHL": 1},
                "QAT",
                id="a state's agency",
            ),
            pytest.param(
                "NEW YORK",
                "QNA",
                {"CHL": 1},
                "USA",
                id="its state never named in the body",
            ),
            pytest.param(
                "NEW YORK",
                "Reuters",
                {"GBR": 1, "CHL": 1},
                "USA",
                id="an international wire",
            ),
            pytest.param(
                "NEW YORK",
                "Unknown Wire",
                {"KWT": 1},
                "USA",
                id="an agency the tables do not know",
            ),
            pytest.param(
                "NEW YORK",
                "QNA",
                {"QAT": 2, "USA": 1},
                "QAT",
                id="its state named more often than the place's",
            ),
            pytest.param(
                "MOSCOW",
                "Anadolu",
                {"RUS": 1, "TUR": 1},
                "RUS",
                id="the place's state named as often",
            ),
            pytest.param(
                "DOHA",
                "QNA",
                {"QAT": 1, "CHL": 1},
                "QAT",
                id="an agency at home",
            ),
        ],
    )
    def test_a_state_s_agency_abroad_tells_its_state_s_story(
        self, place, agency, named, expected
    ):
        """
        "NEW YORK (QNA)": a state's own agency filing from abroad tells its
        state's story, when the body names that state more often than the
        place's; an international wire's story is the place's.
        """
        article = _filed(place, agency=agency)

        assert expected == home_country(article, named)


_HOSTED = (
    "President Rauf Mammadli received Georgian Prime Minister Levan "
    "Kobalia on Wednesday."
)


def _site_events(url, named, dateline=None):
    """
    The sides' states of the events of an invented page at *url* whose
    last sentence names *named*.
    """
    article = relwatch.extract(
        Article(
            body="Foreign Minister Tomas Velard met Chinese Ambassador Li "
            "Wenbo in the capital on Tuesday. He thanked China for its "
            "support and said Beijing was a reliable partner. The talks "
            f"were welcomed in {named}.",
            published=REFERENCE,
            url=url,
            dateline=dateline,
        )
    )
    return [
        {p.actor.country or "" for p in e.participants} for e in article.events
    ]


class TestArticle:
    def test_office_holders_serve_the_home_state(self):
        """
        A president named with no state serves the state of the dateline,
        and is coded as its government.
        """
        article = relwatch.extract(
            Article(
                body=_HOSTED,
                published=REFERENCE,
                dateline=Dateline(place="BAKU, Azerbaijan"),
            )
        )
        actors = {a.name: a for a in article.actors}

        assert (
            ("AZE", "President", (("cameo", "AZEGOV"),)),
            ("GEO", "Prime Minister"),
        ) == (
            (
                actors["Rauf Mammadli"].country,
                actors["Rauf Mammadli"].role,
                actors["Rauf Mammadli"].ids,
            ),
            (actors["Levan Kobalia"].country, actors["Levan Kobalia"].role),
        )

    @pytest.mark.parametrize(
        "title",
        [
            pytest.param(
                "Deputy Prime Minister and Foreign Minister and Senator",
                id="any office of a joint title",
            ),
            pytest.param(
                "Deputy Prime Minister for Regional and Border Affairs",
                id="the office before its portfolio",
            ),
        ],
    )
    def test_an_office_in_a_longer_title_serves_the_home_state(self, title):
        """
        "Deputy Prime Minister and Foreign Minister and Senator X",
        "Deputy Prime Minister for Regional Affairs X": a state office
        anywhere in a title joined by "and", or before its portfolio, serves
        the home state.
        """
        article = relwatch.extract(
            Article(
                body=f"{title} Rauf Mammadli phoned Georgian Prime Minister "
                "Levan Kobalia on Monday.",
                published=REFERENCE,
                dateline=Dateline(place="BAKU, Azerbaijan"),
            )
        )

        assert [{"AZE", "GEO"}] == [
            {p.actor.country for p in e.participants} for e in article.events
        ]

    def test_office_holders_serve_the_state_of_the_page_s_domain(self):
        """
        With no dateline or known outlet, a foreign minister named with no
        state serves the state of the page's country-code domain when the
        body names it twice, even when it names the other side's state
        more often ("Chinese ... China ... Beijing").
        """
        events = _site_events(
            "https://www.example-herald.com.ar/politics/2025/03/velard",
            "Argentina and by Argentine exporters",
        )

        assert [{"CHN", "ARG"}] * 2 == events

    def test_a_site_s_state_told_most_owns_its_office_holders(self):
        """
        A site's state that its body also names most is the home for every
        office holder named with no state, even one named in a sentence
        with the home's own people (which, with the state told most alone,
        may be the other side's).
        """
        body = (
            "Foreign Minister Omar Haidri received Chinese Ambassador Li "
            "Wenbo on Tuesday, said Pakistani envoy Sana Mir. Haidri said "
            "Pakistani exporters valued the support of China. Pakistan and "
            "China agreed to widen trade, and Pakistan will host a forum in "
            "May. Officials in Pakistan welcomed the talks."
        )
        states = [
            [
                {p.actor.country for p in e.participants}
                for e in relwatch.extract(
                    Article(body=body, published=REFERENCE, url=url)
                ).events
            ]
            for url in (
                "https://www.example-radio.gov.pk/2025/03/haidri",
                "https://www.example-radio.com/2025/03/haidri",
            )
        ]

        assert [[{"CHN", "PAK"}], [{"CHN", None}]] == states

    def test_the_dateline_goes_before_the_domain(self):
        """
        A dateline's place is the home before the page's domain.
        """
        events = _site_events(
            "https://www.example-herald.com.ar/politics/2025/03/velard",
            "Argentina and by Argentine exporters",
            Dateline(place="BAKU, Azerbaijan"),
        )

        assert [{"CHN", "AZE"}] * 2 == events

    @pytest.mark.parametrize(
        ("url", "named"),
        [
            pytest.param(
                "https://www.example-herald.com.ar/politics/2025/03/velard",
                "Argentina",
                id="the site's state named once",
            ),
            pytest.param(
                "https://www.example-herald.com.ar/politics/2025/03/velard",
                "Buenos Aires and in Cordoba",
                id="the site's state named only by its cities",
            ),
            pytest.param(
                "https://www.example-herald.com.ar/politics/2025/03/velard",
                "Chile and by Chilean exporters",
                id="another state named twice",
            ),
            pytest.param(
                "https://briefing.example.io/2025/03/velard",
                "Argentina and by Argentine exporters",
                id="a domain sold worldwide",
            ),
        ],
    )
    def test_a_site_s_state_named_once_is_not_home(self, url, named):
        """
        A site's state the body names less than twice is not the home
        state: a site of one state also reports another's news.
        """
        events = _site_events(url, named)

        assert [{"CHN", ""}] * 2 == events

    def test_only_state_offices_serve_the_home_state(self):
        """
        An analyst named with no state is not given the dateline's state.
        """
        article = relwatch.extract(
            Article(
                body="Political analyst Tomas Reiter said the visit had gone "
                "well.",
                published=REFERENCE,
                dateline=Dateline(place="BAKU, Azerbaijan"),
            )
        )

        assert [None] == [
            s.speaker.country for s in article.statements if s.speaker
        ]

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            pytest.param(
                "The foreign ministry summoned the Georgian envoy on Monday "
                "over the border incident.",
                {("foreign ministry", "AZE"), ("the Georgian envoy", "GEO")},
                id="the foreign ministry",
            ),
            pytest.param(
                "In a note, the Foreign Office condemned Georgia over the "
                "shelling of the pass.",
                {("Foreign Office", "AZE"), ("Georgia", "GEO")},
                id="the foreign office",
            ),
            pytest.param(
                "The finance ministry froze the assets of two Georgian "
                "officials on Monday.",
                {("finance ministry", "AZE"), ("Georgia", "GEO")},
                id="any ministry",
            ),
            pytest.param(
                "The Turkish Foreign Ministry condemned Armenia over the "
                "shelling of the pass.",
                {("Turkish Foreign Ministry", "TUR"), ("Armenia", "ARM")},
                id="a ministry named with its state keeps it",
            ),
        ],
    )
    def test_foreign_ministry_serves_the_home_state(self, body, expected):
        """
        A ministry or the foreign office named with no state is the
        dateline's state's, and acts for it.
        """
        article = relwatch.extract(
            Article(
                body=body,
                published=REFERENCE,
                dateline=Dateline(place="BAKU, Azerbaijan"),
            )
        )

        assert expected == {
            (p.actor.name, p.actor.country)
            for e in article.events
            for p in e.participants
        }

    @pytest.mark.parametrize(
        ("agency", "expected"),
        [
            pytest.param("Reuters", None, id="a foreign wire's"),
            pytest.param("APA", "AZE", id="the home's own agency's"),
            pytest.param(
                "AFP", "GBR", id="a foreign wire's from the office's own state"
            ),
        ],
    )
    def test_foreign_office_of_a_wire_story(self, agency, expected):
        """
        "The Foreign Office" named with no state in a foreign wire's story
        from the dateline's city is not the dateline's state's; in the
        home's own agency's story it is, and in a foreign wire's story from
        London it is Britain's still.
        """
        place = "LONDON" if expected == "GBR" else "BAKU"
        article = relwatch.extract(
            Article(
                body="The Foreign Office condemned Georgia over the shelling "
                "of the pass.",
                published=REFERENCE,
                dateline=Dateline(place=place, agency=agency),
            )
        )

        assert {("Foreign Office", expected), ("Georgia", "GEO")} == {
            (p.actor.name, p.actor.country)
            for e in article.events
            for p in e.participants
        }

    def test_no_home_no_state(self):
        """
        With no dateline or outlet to go by, a president named with no state
        stays without one.
        """
        article = relwatch.extract(Article(body=_HOSTED, published=REFERENCE))
        actors = {a.name: a for a in article.actors}

        assert None is actors["Rauf Mammadli"].country

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            pytest.param(
                "Estonia's parliament approved the budget on Monday, and "
                "Estonian farmers welcomed it.\n\n"
                "Foreign Minister Kaarel Tamm visited Lisbon on Tuesday.",
                [("Kaarel Tamm", "EST"), ("Portugal", "PRT")],
                id="the state named most",
            ),
            pytest.param(
                "Estonian and Portuguese farmers met in Tartu.\n\n"
                "Foreign Minister Kaarel Tamm visited Lisbon on Tuesday.",
                [("Kaarel Tamm", None), ("Portugal", "PRT")],
                id="two states named as often",
            ),
            pytest.param(
                "Foreign Minister Kaarel Tamm visited Lisbon and Porto on "
                "Tuesday, a trip Portugal welcomed.",
                [("Kaarel Tamm", None), ("Portugal", "PRT")],
                id="the places a visit goes to do not count",
            ),
            pytest.param(
                "Foreign Minister Kaarel Tamm visited Portugal on Tuesday. "
                "Portugal's president praised him.",
                [("Kaarel Tamm", None), ("Portugal", "PRT")],
                id="nor does a state visited",
            ),
            pytest.param(
                "Prime Minister Ines Varga met Peruvian Foreign Minister "
                "Rosa Quispe on Friday. Peru and Peru's farmers hope Peru "
                "sells more coffee.",
                [("Ines Varga", None), ("Rosa Quispe", "PER")],
                id="not when one of the state's own is named as its",
            ),
            pytest.param(
                "Peruvian President Rosa Quispe opened the fair on Monday. "
                "Peru and Peru's farmers hope Peru sells more coffee.\n\n"
                "On Tuesday, Foreign Minister Ines Varga met Chilean Foreign "
                "Minister Tomas Riquelme.",
                [("Ines Varga", "PER"), ("Tomas Riquelme", "CHL")],
                id="still when the state's own is named in another sentence",
            ),
            pytest.param(
                "Peruvian President Rosa Quispe opened the fair on Monday. "
                "Peru and Peru's farmers hope Peru sells more coffee.\n\n"
                "On Tuesday, Foreign Minister Ines Varga received the "
                "Peruvian ambassador.",
                [("Ines Varga", None), ("the Peruvian ambassador", "PER")],
                id="nor when one of its people is named with no name",
            ),
        ],
    )
    def test_no_dateline_the_state_told_most_is_home(self, body, expected):
        """
        With no dateline or outlet, office holders named with no state serve
        the state the body names most, by name, demonym or its people, when
        no other is named as often; capitals, cities and the states a trip
        goes to are not counted.  When one office holder named in the same
        sentence is that state's own, the others are most likely the other
        side, and a meeting with them is no home affair.
        """
        article = relwatch.extract(Article(body=body, published=REFERENCE))

        assert expected == [
            (p.actor.name, p.actor.country)
            for e in article.events
            for p in e.participants
        ]

    @pytest.mark.parametrize(
        "dateline",
        [
            pytest.param(
                Dateline(
                    place="BAKU, Azerbaijan",
                    date=REFERENCE,
                    crawl_date=dt.date(2025, 4, 11),
                ),
                id="its date before its crawl date",
            ),
            pytest.param(
                Dateline(place="BAKU, Azerbaijan", crawl_date=REFERENCE),
                id="its crawl date",
            ),
        ],
    )
    def test_dates_against_the_dateline(self, dateline):
        """
        With no publication date, dates resolve against the dateline's date,
        else its crawl date.
        """
        article = relwatch.extract(Article(body=_HOSTED, dateline=dateline))

        assert [
            (
                "host_visit",
                {"Rauf Mammadli": "host", "Levan Kobalia": "initiator"},
                "occurred",
                "2025-04-02",
            )
        ] == _events(article)

    def test_member_of_a_table_organisation(self):
        """
        An official named with an organisation of the tables is affiliated
        to its record id, and has no state.
        """
        article = _extract(
            "UN Secretary-General Maria Lindqvist met Iranian President "
            "Massoud Pezeshkian in Tehran."
        )
        actors = {a.name: a for a in article.actors}
        official = actors["Maria Lindqvist"]

        assert (
            "organization:united-nations",
            "Secretary-General",
            None,
        ) == (official.affiliation, official.role, official.country)
