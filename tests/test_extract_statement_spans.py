"""
relwatch.extract: which statements are found and where their words start
and end (cues, clause boundaries, quotation pairing), each rule pinned by
invented sentences and what the annotation guide finds in them.  Each
statement is ``(kind, text, speaker)``, as in tests/extract_cases.py.
"""

from .extract_cases import StatementCase
from .test_extract import _extract, _statements
from .test_extract_rules import _cases


SPAN_CASES = [
    StatementCase(
        "a cue after 'and' past a quotation says its own words",
        "In a column, the envoy Maria Lopez said that “the road we choose "
        "now will shape the next decade,” and called for more funding for "
        "schools.",
        [
            (
                "partial",
                "“the road we choose now will shape the next decade,”",
                "Maria Lopez",
            ),
            ("indirect", "more funding for schools", "Maria Lopez"),
        ],
    ),
    StatementCase(
        "what a cue was about is no content",
        "The spokesman Omar Haddad said about the claims of compensation "
        "for the damaged consulate, and said that talks would go on.",
        [("indirect", "talks would go on", "Omar Haddad")],
    ),
    StatementCase(
        "the feelings expressed towards a people are no content",
        "The president thanked the king for the warm words he expressed "
        "towards Ruritania and its people.",
        [],
    ),
    StatementCase(
        "'said about 40 people' is a number, and a clause",
        "Minister Omar Haddad said about 40 people were hurt in the blast.",
        [
            (
                "indirect",
                "about 40 people were hurt in the blast",
                "Omar Haddad",
            )
        ],
    ),
    StatementCase(
        "calling on a person with no 'to' and a verb is a visit",
        "The envoy Lena Berg also called on Karim Nasser, the adviser to "
        "the interim government, and on the army chief.",
        [],
    ),
    StatementCase(
        "calling on the adviser to the President to act is words",
        "The envoy Lena Berg called on the adviser to the President to end "
        "the strike.",
        [
            (
                "indirect",
                "the adviser to the President to end the strike",
                "Lena Berg",
            )
        ],
    ),
    StatementCase(
        "welcoming envoys is a courtesy, pledging is words",
        "In his remarks, President Ade Bello welcomed the new envoys and "
        "pledged his country's support for regional trade.",
        [("indirect", "country's support for regional trade", "Ade Bello")],
    ),
    StatementCase(
        "welcoming His Highness on arrival is a courtesy",
        "King Faisal Nouri welcomes His Highness the Amir upon his arrival "
        "to attend the summit.",
        [],
    ),
    StatementCase(
        "acknowledging a named guest is a courtesy",
        "The President also acknowledged Ruritanian Trade Minister Ana "
        "Kovac, who led the delegation.",
        [],
    ),
    StatementCase(
        "acknowledging a state's official is a courtesy",
        "The President also acknowledged US Trade Representative Jane Roe "
        "who headed the delegation at the palace.",
        [],
    ),
    StatementCase(
        "welcoming a decision is no statement",
        "The minister Omar Haddad welcomed the decision of the council to "
        "lift the ban.",
        [],
    ),
    StatementCase(
        "welcoming that ... is words",
        "The minister Omar Haddad welcomed that the council had lifted the "
        "ban.",
        [("indirect", "the council had lifted the ban", "Omar Haddad")],
    ),
    StatementCase(
        "acknowledging that ... is words, a group of people or not",
        "Ana Kovac, the first Ruritanian minister to visit the capital "
        "since 1990, acknowledged that the two countries have deep "
        "differences.",
        [("indirect", "the two countries have deep differences", "Ana Kovac")],
    ),
    StatementCase(
        "a 'that' after the object opens a relative clause",
        "Minister Omar Haddad reiterated his strong condemnation of the "
        "bombings that killed nine people on Friday.",
        [
            (
                "indirect",
                (
                    "strong condemnation of the bombings that killed nine "
                    "people on Friday"
                ),
                "Omar Haddad",
            )
        ],
    ),
    StatementCase(
        "the threats that undermine: a relative clause of the object",
        "The leaders acknowledged the threats that undermine the stability "
        "of the region.",
        [
            (
                "indirect",
                "the threats that undermine the stability of the region",
                None,
            )
        ],
    ),
    StatementCase(
        "a 'that' after when is what was said",
        "Minister Omar Haddad said the same day that the border would reopen.",
        [("indirect", "the border would reopen", "Omar Haddad")],
    ),
    StatementCase(
        "a 'that' after a weekend, a weekday or 'the other day' is what was said",
        "Minister Omar Haddad said this weekend that the border would reopen. "
        "Ana Kovac said the other day that trade would grow. Lena Berg said "
        "this Monday that the talks would resume.",
        [
            ("indirect", "the border would reopen", "Omar Haddad"),
            ("indirect", "trade would grow", "Ana Kovac"),
            ("indirect", "the talks would resume", "Lena Berg"),
        ],
    ),
    StatementCase(
        "a 'that' after whom it was told is what was said",
        "Minister Omar Haddad told the press that the border would reopen.",
        [("indirect", "the border would reopen", "Omar Haddad")],
    ),
    StatementCase(
        "a 'that' after the hope is what was hoped",
        "Minister Omar Haddad expressed the hope that the border would "
        "reopen.",
        [("indirect", "the border would reopen", "Omar Haddad")],
    ),
    StatementCase(
        "a name after a cue inside the sentence opens the words said",
        "In addition, the minister Lena Berg added, Arctic and energy "
        "issues were also discussed at the meeting.",
        [
            (
                "indirect",
                "Arctic and energy issues were also discussed at the meeting",
                "Lena Berg",
            )
        ],
    ),
    StatementCase(
        "a name after an interposed cue does not take over a whole clause",
        "The talks were useful, Omar Haddad said, Lena Berg agreed.",
        [("indirect", "The talks were useful", "Omar Haddad")],
    ),
    StatementCase(
        "a sentence adverb before a cue inside the sentence is no content",
        "Moreover, Minister Lena Berg said, Norway would send more aid.",
        [("indirect", "Norway would send more aid", "Lena Berg")],
    ),
    StatementCase(
        "after 'according to' a name after the comma goes on with the list",
        "The two states agreed to reopen their embassies, according to a "
        "joint statement by Ruritania, Norway and Chile on Friday.",
        [
            (
                "indirect",
                "The two states agreed to reopen their embassies",
                "Ruritania",
            )
        ],
    ),
    StatementCase(
        "an impersonal passive says what no one named said",
        "The talks covered energy and transport. It was noted that trade "
        "between the two countries had doubled.",
        [
            (
                "indirect",
                "trade between the two countries had doubled",
                None,
            )
        ],
    ),
    StatementCase(
        "an impersonal passive in the perfect, with an adverb",
        "The envoys met in Oslo. It has also been stressed that the "
        "corridor must open by May.",
        [("indirect", "the corridor must open by May", None)],
    ),
    StatementCase(
        "'it noted that' with no body before it is no impersonal passive",
        "It has noted that the corridor must open by May.",
        [],
    ),
    StatementCase(
        "a passive with no 'that' says nothing",
        "It was announced in Oslo on Monday.",
        [],
    ),
    StatementCase(
        "a quotation after another cue is not the speaker going on",
        "“Two old partners can shape this century together,” the president "
        "Omar Haddad said, describing the bond between the two peoples as "
        "“among the oldest” friendships of the region.",
        [
            (
                "direct",
                "Two old partners can shape this century together,",
                "Omar Haddad",
            ),
            (
                "partial",
                (
                    "the bond between the two peoples as “among the "
                    "oldest” friendships of the region"
                ),
                "Omar Haddad",
            ),
        ],
    ),
    StatementCase(
        "a quotation interrupted by its cue goes on with the same speaker",
        "“Our two peoples agree,” Omar Haddad said on Monday, “on most "
        "things that matter.”",
        [
            ("direct", "Our two peoples agree,", "Omar Haddad"),
            ("direct", "on most things that matter.", "Omar Haddad"),
        ],
    ),
    StatementCase(
        "announcing the sanctions is an event, not words",
        "Soon after the Treasury announced the sanctions on the minister "
        "last week, Omar Haddad said the move was childish.",
        [("indirect", "the move was childish", "Omar Haddad")],
    ),
    StatementCase(
        "announcing that the sanctions would last is words",
        "The Treasury announced these sanctions would last a year.",
        [("indirect", "these sanctions would last a year", "Treasury")],
    ),
    StatementCase(
        "calling X a Z says what X is, with no quotation",
        "President Ana Kovac called Ruritania a strong partner of the bloc "
        "in the fight against smuggling.",
        [
            (
                "indirect",
                (
                    "Ruritania a strong partner of the bloc in the fight "
                    "against smuggling"
                ),
                "Ana Kovac",
            )
        ],
    ),
    StatementCase(
        "calling someone on a day is a phone call",
        "Ana Kovac called Omar Haddad on Friday to thank him.",
        [],
    ),
    StatementCase(
        "calling someone a day later is a phone call",
        "Ana Kovac called Omar Haddad a day later.",
        [],
    ),
    StatementCase(
        "calling a press conference names nothing",
        "Ana Kovac called a press conference in Oslo.",
        [],
    ),
    StatementCase(
        "calling off a deal names nothing",
        "Ana Kovac called off a deal with the bank.",
        [],
    ),
    StatementCase(
        "calling half a dozen directors is phoning them",
        "Ana Kovac called half a dozen directors.",
        [],
    ),
    StatementCase(
        "calling a person and a group is phoning them",
        "Ana Kovac called President Omar Haddad and a group of European "
        "leaders on Sunday.",
        [],
    ),
    StatementCase(
        "calling a counterpart a dozen times is phoning him",
        "Ana Kovac called her Ruritanian counterpart a dozen times last week.",
        [],
    ),
    StatementCase(
        "'the declaration' is not one named before a nearer one unnamed",
        "The leaders adopted the Lisbon Declaration on Monday. Ruritania "
        "later issued its own declaration. The declaration said that the "
        "border would stay closed.",
        [("indirect", "the border would stay closed", "Ruritania")],
    ),
    StatementCase(
        "'the document' is not a declaration named before a nearer memo",
        "The leaders adopted the Lisbon Declaration on Monday. Separately, "
        "a newspaper obtained a memo written by Ruritanian officials. The "
        "document said that the border would stay closed.",
        [("indirect", "the border would stay closed", None)],
    ),
    StatementCase(
        "'the declaration' is the declaration named before, and 'it' too",
        "The summit in Lisbon ended with the adoption of the Lisbon "
        "Declaration. The declaration stressed the group's commitment to "
        "peace. It highlighted that cooperation could grow.",
        [
            (
                "indirect",
                "the group's commitment to peace",
                "Lisbon Declaration",
            ),
            ("indirect", "cooperation could grow", "Lisbon Declaration"),
        ],
    ),
    StatementCase(
        "'the declaration' with none named before has no speaker",
        "The ministers met in Oslo. The declaration stressed the need for "
        "calm.",
        [("indirect", "the need for calm", None)],
    ),
    StatementCase(
        "'It' after a sentence the document opens is that document",
        "The summit adopted the Lisbon Declaration. The document welcomed "
        "the plan. It called for closer ties.",
        [("indirect", "closer ties", "Lisbon Declaration")],
    ),
    StatementCase(
        "'It' after a document no name was given to says nothing",
        "The summit met in Lisbon. The document welcomed the plan. It "
        "called for closer ties.",
        [],
    ),
    StatementCase(
        "'It' opening a paragraph is not the document of the one before",
        "The summit adopted the Lisbon Declaration. The document welcomed "
        "the plan.\n\nIt called for closer ties.",
        [],
    ),
    StatementCase(
        "'It' opening the body is no one",
        "It called for closer ties.",
        [],
    ),
    StatementCase(
        "'X which CUE' is X speaking, past an adverb",
        "The summit approved the Lisbon Declaration which primarily "
        "reaffirmed the bloc's unity.",
        [("indirect", "the bloc's unity", "Lisbon Declaration")],
    ),
    StatementCase(
        "'X, which said that ...' is X speaking",
        "Talks were held with the Norwegian Foreign Ministry, which said "
        "that the border would reopen.",
        [
            (
                "indirect",
                "the border would reopen",
                "Norwegian Foreign Ministry",
            )
        ],
    ),
    StatementCase(
        "'X, which CUE that ..., VERB' is a relative clause inside a clause",
        "The tax bill levied by the European Union, which contended that "
        "Ireland undertaxed the firm, is an example.",
        [],
    ),
    StatementCase(
        "'X, which writes the rules' says nothing",
        "Both are members of the World Trade Organization, which writes "
        "the rules of commerce.",
        [],
    ),
    StatementCase(
        "'X, which CUE' with no named X says nothing",
        "The plan, which stressed trade, failed.",
        [],
    ),
]


class TestStatementSpans:
    @_cases(SPAN_CASES)
    def test_case(self, case):
        """
        Each rule finds the statements of its sentence with the words the
        guide takes, and none where the words say nothing.
        """
        expected = case.statements

        assert expected == _statements(_extract(case.body))
