"""
relwatch.extract: the rules that find mentions of actors (names, titles,
states, organisations, "the two sides") and the rules that cut a body into
sentences and quotations, one invented sentence per rule with everything
it should give.
"""

import pytest

import relwatch

from relwatch._extract._doc import Doc
from relwatch._extract._mentions import Entity, Mention
from relwatch._extract._tables import tables
from relwatch._extract._text import Quote, quotes, sentences

from .test_extract import _events, _extract, _statements


def _actors(article):
    return [(a.name, str(a.kind), a.country, a.role) for a in article.actors]


def _records(body):
    article = _extract(body)
    return _statements(article), _events(article), _actors(article)


def _speakers(article):
    return [
        (str(s.kind), s.text, s.speaker.name, s.speaker.country)
        for s in article.statements
    ]


def _meeting(*names):
    return ("meeting", dict.fromkeys(names, "party"), "occurred", None)


_VASKO = ("Lena Vasko", "person", None, None)


class TestSentences:
    def test_question_mark_ends_a_sentence(self):
        """
        A question ends its sentence: the clause after it is said alone.
        """
        expected = [
            ("indirect", "The corridor will open in May", "Hakan Demir")
        ]

        assert expected == _statements(
            _extract(
                "Is the corridor ready? The corridor will open in May, Hakan "
                "Demir said."
            )
        )

    def test_abbreviations_end_no_sentence(self):
        """
        "U.S." and "Gen." before a name end no sentence: both sides of the
        meeting are in it.
        """
        expected = (
            [],
            [_meeting("Mark Hale", "Omar Haddad")],
            [
                ("Mark Hale", "person", "USA", "President"),
                ("Omar Haddad", "person", None, "General"),
            ],
        )

        assert expected == _records(
            "U.S. President Mark Hale met Gen. Omar Haddad."
        )

    def test_full_stop_after_a_bracket_ends_a_sentence(self):
        """
        "(UN). The talks ..." is two sentences: the clause after the stop is
        said alone.
        """
        expected = [("indirect", "The talks had been useful", "Lena Vasko")]

        assert expected == _statements(
            _extract(
                "Lena Vasko met envoys of the United Nations (UN). The talks "
                "had been useful, she said."
            )
        )

    def test_full_stop_with_no_space_after_it_ends_a_sentence(self):
        """
        "in Lima.The talks ...": a page that lost the space between two
        sentences still has two, and the second is said alone.
        """
        expected = [("indirect", "The talks had been useful", "Lena Vasko")]

        assert expected == _statements(
            _extract(
                "Lena Vasko met envoys in Lima.The talks had been useful, "
                "she said."
            )
        )

    def test_full_stop_with_no_space_after_it_splits_the_paragraph(self):
        """
        The second sentence starts at its capital, with no space to skip.
        """
        text = "Lena Vasko met envoys in Lima.The talks had been useful."
        expected = [
            "Lena Vasko met envoys in Lima.",
            "The talks had been useful.",
        ]

        assert expected == [text[a:b] for a, b in sentences(text)]

    def test_an_empty_paragraph_has_no_sentence(self):
        assert [] == sentences("")

    @pytest.mark.parametrize(
        "text",
        [
            "Lena Vasko flew to St.Petersburg on Monday.",
            "Mrs.Vasko met the envoys on Monday.",
            "The agency cited gov.uk on Monday.",
            "Lena Vasko met the envoys of the U.S.A. on Monday.",
        ],
    )
    def test_full_stop_with_no_space_in_a_word_ends_no_sentence(self, text):
        """
        Only a stop between a lowercase word and a capitalised one ends a
        sentence with no space: not one after an abbreviation or a capital,
        nor one inside an address.
        """
        expected = [(0, len(text))]

        assert expected == sentences(text)

    def test_abbreviation_in_the_speaker(self):
        """
        "Gen." before the speaker's name ends no sentence: the clause before
        is his.
        """
        expected = (
            [("indirect", "The talks had been useful", "Omar Haddad")],
            [],
            [("Omar Haddad", "person", None, "General")],
        )

        assert expected == _records(
            "The talks had been useful, Gen. Omar Haddad said."
        )


class TestQuotationMarks:
    def test_empty_pair_is_no_quotation(self):
        """
        An empty pair of marks (a stripped embed) quotes nothing and leaves
        the next quotation whole.
        """
        expected = [
            (
                "direct",
                "The corridor will open next year,",
                "Narmin Aliyeva",
            )
        ]

        assert expected == _statements(
            _extract(
                "Narmin Aliyeva posted “” on social media. “The corridor will "
                "open next year,” she said."
            )
        )

    def test_empty_pair_is_no_quote(self):
        """
        The quotations of a paragraph skip an empty pair of marks.
        """
        paragraph = "He posted “” and then “We agree.”"

        expected = [Quote(23, 32, False, 22, 33)]

        assert expected == quotes(paragraph)
        assert "We agree." == paragraph[23:32]

    def test_stray_closing_mark_quotes_nothing(self):
        """
        A closing mark whose opening was lost quotes nothing; the clause
        after it is still said.
        """
        expected = [
            ("indirect", "The talks will continue in May", "Lena Vasko")
        ]

        assert expected == _statements(
            _extract(
                'Hakan Demir spoke after the talks. We agree on the route." '
                "He left for Ankara.\n\n"
                "The talks will continue in May, Lena Vasko said on Monday."
            )
        )

    def test_opening_after_an_unclosed_quotation(self):
        """
        A quotation that never closes ends where the next one opens, which
        is quoted whole.
        """
        expected = [
            (
                "direct",
                "Trade is the best guarantee of peace.",
                "Hakan Demir",
            )
        ]

        statements = _statements(
            _extract(
                "Hakan Demir arrived in Vienna. “We agree on the route, he "
                "said. “Trade is the best guarantee of peace.”"
            )
        )

        assert expected == [s for s in statements if s[0] == "direct"]

    def test_opening_mark_typed_for_the_closing_one(self):
        """
        “…,“ with the wrong closing mark still quotes its words.
        """
        expected = [("direct", "We agree on the route,", "Lena Vasko")]

        assert expected == _statements(
            _extract("“We agree on the route,“ Lena Vasko said.")
        )


class TestOfficialNames:
    @pytest.mark.parametrize(
        ("name", "code"),
        [
            ("the Republic of Sudan", "SDN"),
            ("the Republic of the Sudan", "SDN"),
            ("the Democratic Republic of Congo", "COD"),
            ("the Republic of Congo", "COG"),
            ("the Kingdom of Netherlands", "NLD"),
            ("Guinea Bissau", "GNB"),
        ],
    )
    def test_of_the_in_an_official_name_may_go(self, name, code):
        """
        An official name with "of the" is also read as news writes it
        without "the" ("the Republic of Sudan" is the Republic of the
        Sudan), and a hyphenated one with a space ("Guinea Bissau").
        """
        doc = Doc(f"Envoys representing {name} arrived on Monday.", tables())

        assert [(name.removeprefix("the "), code)] == [
            (doc.text[m.start : m.end].removeprefix("the "), m.entity.country)
            for m in doc.mentions
            if m.entity is not None
        ]


class TestCautiousNames:
    @pytest.mark.parametrize(
        ("body", "said", "person"),
        [
            (
                "Jordan Peterson said the talks had been useful.",
                "the talks had been useful",
                "Jordan Peterson",
            ),
            (
                "The talks went well. Jordan said the route would open.",
                "the route would open",
                "Jordan",
            ),
        ],
        ids=["a surname after it", "said after it, opening a sentence"],
    )
    def test_state_name_that_is_a_person(self, body, said, person):
        """
        "Jordan" with a surname after it, or opening a sentence before
        "said", is a person more often than the state.
        """
        expected = (
            [("indirect", said, person)],
            [],
            [(person, "person", None, None)],
        )

        assert expected == _records(body)

    def test_paragraph_break_ends_the_name_before(self):
        """
        A place ending the paragraph above (a headline with no full stop)
        does not run on into "Georgia's" opening the next one.
        """
        body = (
            "Envoys gather in Vienna\n\nGeorgia's foreign minister said "
            "the route would open."
        )
        expected = [
            (
                "indirect",
                "the route would open",
                "Georgia's foreign minister",
                "GEO",
            )
        ]

        assert expected == _speakers(_extract(body))

    def test_paragraph_break_ends_the_name_after(self):
        """
        A name opening the next paragraph does not make "Jordan" ending
        the one above a person's first name.
        """
        body = (
            "Chilean Foreign Minister Tomas Herrera arrived in Jordan\n\n"
            "Hassan Ali said the route would open."
        )

        assert ("visit", {"Tomas Herrera": "initiator", "Jordan": "host"}) in [
            (kind, sides) for kind, sides, _, _ in _events(_extract(body))
        ]

    @pytest.mark.parametrize(
        "body",
        [
            '"We agree on the route," Jordan said.',
            "“We agree on the route,” Jordan said.",
        ],
        ids=["straight marks", "curly marks"],
    )
    def test_after_a_quotation_before_said_is_a_person(self, body):
        """
        "Jordan said" after a quotation's closing mark, straight or curly,
        is a person (of no state), not the state.
        """
        expected = [("direct", "We agree on the route,", "Jordan", None)]

        assert expected == _speakers(_extract(body))


class TestOrganisationTitles:
    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            (
                "NATO Secretary General Jens Stoltenberg met Lena Vasko.",
                ("Jens Stoltenberg", "person", None, "Secretary-General"),
            ),
            (
                "UN Ambassador Nikki Haley met Lena Vasko.",
                ("Nikki Haley", "person", "USA", "Ambassador"),
            ),
            (
                (
                    "Former Norwegian Prime Minister Jens Stoltenberg met Lena "
                    "Vasko."
                ),
                (
                    "Jens Stoltenberg",
                    "person",
                    "NOR",
                    "Former Norwegian Prime Minister",
                ),
            ),
        ],
        ids=[
            "the head of an organisation",
            "a state's ambassador there",
            "a state's office",
        ],
    )
    def test_known_person_acts_for_the_title(self, body, actor):
        """
        A well-known person titled as an international organisation's
        officer acts for no state; as a state's envoy to it, or in a
        state's office, for that state.
        """
        expected = [actor, _VASKO]

        actors = _records(body)[2]

        assert expected == [a for a in actors if a[1] == "person"]


class TestBodiesOfStates:
    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            (
                "Chile praised the Government of Peru for its support.",
                ("Peru", "state", "PER", None),
            ),
            (
                (
                    "The Ministry of Foreign Affairs of the Republic of Peru "
                    "summoned the Chilean envoy."
                ),
                ("Peru", "state", "PER", None),
            ),
            (
                (
                    "Chile praised the Government of National Unity for its "
                    "support."
                ),
                ("Government", "organization", None, None),
            ),
            (
                (
                    "The Government of Peru Foreign Minister Luis Vera met "
                    "the Chilean envoy in Lima."
                ),
                ("Luis Vera", "person", "PER", "Foreign Minister"),
            ),
            (
                (
                    "The National Assembly of Ghana said the vote would be "
                    "held in May."
                ),
                ("National Assembly of Ghana", "organization", "GHA", None),
            ),
            (
                (
                    "Chile will hold talks with the Office of the United "
                    "States Trade Representative on tariffs."
                ),
                (
                    "Office of the United States Trade Representative",
                    "organization",
                    "USA",
                    None,
                ),
            ),
            (
                (
                    "The Office of the United States Trade Representative "
                    "Dana Kirk said the tariffs would stay."
                ),
                ("Dana Kirk", "person", "USA", "Representative"),
            ),
            (
                "The Parliament of Georgia said the vote would be held soon.",
                ("Parliament of Georgia", "organization", "GEO", None),
            ),
            (
                "The Embassy of Ghana said the visa office would reopen.",
                ("Embassy of Ghana", "organization", "GHA", None),
            ),
            (
                (
                    "The Royal Court of Saudi Arabia said the visit would "
                    "take place in May."
                ),
                ("Saudi Arabia", "state", "SAU", None),
            ),
            (
                "The Bank of Ghana said the cedi would stay stable.",
                ("Bank of Ghana", "organization", "GHA", None),
            ),
            (
                "The University of Ghana said the course would open in May.",
                ("University of Ghana", "organization", "GHA", None),
            ),
            (
                "Chile praised the Republic of Ghana for its support.",
                ("Republic of Ghana", "state", "GHA", None),
            ),
            (
                "The Islamic Republic of Iran said the talks were useful.",
                ("Islamic Republic of Iran", "state", "IRN", None),
            ),
            (
                "Chile praised the people of Ghana for their support.",
                ("Ghana", "state", "GHA", None),
            ),
            (
                "The Prime Minister of Ghana said the vote would be held soon.",
                (
                    "The Prime Minister of Ghana",
                    "person",
                    "GHA",
                    "Prime Minister",
                ),
            ),
            (
                (
                    "National Assembly of Ghana Chairman Kofi Mensah met "
                    "Chilean Foreign Minister Luis Vera in Accra."
                ),
                ("Kofi Mensah", "person", "GHA", "Chair"),
            ),
            (
                (
                    "The Embassy of Chile Ambassador Ana Soto said the visa "
                    "office would reopen."
                ),
                ("Ana Soto", "person", "CHL", "Ambassador"),
            ),
            (
                "Chile thanked the Embassy of Ghana Tuesday for its help.",
                ("Embassy of Ghana", "organization", "GHA", None),
            ),
            (
                (
                    "The Office of the President of Ghana said the visit "
                    "would take place in May."
                ),
                ("Ghana", "state", "GHA", None),
            ),
            (
                (
                    "The Office of the Foreign Minister of Ghana said the "
                    "visit would take place in May."
                ),
                (
                    "the Foreign Minister of Ghana",
                    "person",
                    "GHA",
                    "Foreign Minister",
                ),
            ),
            (
                "Chile thanked the Office of Ghana for its help.",
                ("Office of Ghana", "organization", "GHA", None),
            ),
            (
                (
                    "The Chilean Senate said the treaty would be put to a "
                    "vote in May."
                ),
                ("Chilean Senate", "organization", "CHL", None),
            ),
            (
                "The Brazilian Congress said it would debate the accord.",
                ("Brazilian Congress", "organization", "BRA", None),
            ),
            (
                (
                    "The Kenyan National Assembly said the pact would be "
                    "debated soon."
                ),
                ("Kenyan National Assembly", "organization", "KEN", None),
            ),
            (
                (
                    "Chilean Senate President Ana Ruiz said the vote would "
                    "be held in May."
                ),
                ("Ana Ruiz", "person", "CHL", "President"),
            ),
            (
                (
                    "The Senate Intelligence Committee said the report would "
                    "be released in May."
                ),
                ("Senate Intelligence Committee", "organization", None, None),
            ),
        ],
        ids=[
            "a government",
            "a ministry",
            "a tail that names no state",
            "a title after the state",
            "a parliament is an organisation of its state",
            "an office is named by its officer's title",
            "an officer's title with a name after it is the person's",
            "a state's parliament is no voice of the state",
            "a state's embassy is no voice of the state",
            "a royal court speaks for its state",
            "a bank is no state acting",
            "a university is no state acting",
            "the republic is the state",
            "a state's full form is the state",
            "the people of a state name no body",
            "a prime minister of a state is a person",
            "a title after a body's state opens a person of that state",
            "an ambassador titled after his embassy's state is of it",
            "a day after the state is no word of the body's name",
            "the office of a state's president is its presidency",
            "the office of a minister is no presidency",
            "an office of a state is its organisation",
            "a demonym's senate is an organisation of its state",
            "a demonym's congress is an organisation of its state",
            "a demonym's national assembly is an organisation of its state",
            "a title after a demonym's senate opens a person",
            "a body's word that a longer name goes on from is that name's",
        ],
    )
    def test_body_named_with_its_state_after_of(self, body, actor):
        """
        "the Government of the Republic of Peru" is Peru acting, as the
        guide has ministries and governments speak for their state; another
        body with no state of its own ("the National Assembly of Ghana", "the
        Bank of Ghana") is an organisation of the state its tail names; a
        tail that names no state gives the body none, and a title after the
        state opens a person's name, not the body's.
        """
        actors = _records(body)[2]

        assert actor in actors

    def test_body_after_of_is_the_body_named_again(self):
        """
        "The Embassy of Ghana ... The embassy": the organisation of that
        state both times, as "the Ghanaian embassy ... the embassy" is.
        """
        expected = [
            (
                "indirect",
                "the visa office would reopen",
                "Embassy of Ghana",
                "GHA",
            ),
            (
                "indirect",
                "visas would be issued in May",
                "Embassy of Ghana",
                "GHA",
            ),
        ]

        article = _extract(
            "The Embassy of Ghana said the visa office would reopen. The "
            "embassy added that visas would be issued in May."
        )

        assert expected == _speakers(article)

    @pytest.mark.parametrize(
        ("body", "name"),
        [
            (
                "Chile met the Andean Liberation Front (FAL) in Quito.",
                "Andean Liberation Front (FAL)",
            ),
            (
                "Chile met the Andean Liberation Front (GCC) in Quito.",
                "Andean Liberation Front",
            ),
            (
                "Chile met the Andean Liberation Front (ELA) in Quito.",
                "Andean Liberation Front (ELA)",
            ),
            (
                "Chile met the Andean Liberation Front (PHOTO) in Quito.",
                "Andean Liberation Front",
            ),
            (
                "Chile met the Andean Liberation Front (EST) in Quito.",
                "Andean Liberation Front",
            ),
        ],
        ids=[
            "an unknown acronym",
            "a known organisation's acronym",
            "an acronym in another tongue",
            "a caption word in capitals",
            "a time zone",
        ],
    )
    def test_organisation_takes_its_acronym(self, body, name):
        """
        An organisation the tables do not know is named in its fullest
        form, its acronym in brackets with it, unless the acronym is a name
        the tables know or stands for none of its words ("(PHOTO)").
        """
        names = [a[0] for a in _records(body)[2] if a[1] == "organization"]

        assert name in names


class TestRegionAdjectives:
    @pytest.mark.parametrize(
        "body",
        [
            "The Western coalition welcomed the Armenian envoy on Monday.",
            "The Southern bloc met the Armenian envoy in Yerevan.",
            "The African group met the Armenian envoy in Yerevan.",
        ],
        ids=["a host", "a party", "a continent's"],
    )
    def test_region_adjective_alone_is_no_actor(self, body):
        """
        "the Western coalition": a capitalised adjective of a region is no
        one's name, so no side of an event.
        """
        assert [] == _events(_extract(body))

    def test_region_adjective_in_a_name_stays(self):
        """
        "Eastern Europe" is a name, the adjective part of it.
        """
        doc = Doc("Piotr Nowak toured Eastern Europe.", tables())

        assert "Eastern Europe" in [
            doc.text[m.start : m.end] for m in doc.mentions
        ]


class TestTitleBeforeName:
    def test_comma_between_title_and_name(self):
        """
        "Turkish Foreign Minister, Hakan Demir" is one person with the
        title's role and state.
        """
        expected = (
            [],
            [_meeting("Hakan Demir", "Lena Vasko")],
            [
                ("Hakan Demir", "person", "TUR", "Foreign Minister"),
                ("Austria", "state", "AUT", None),
                _VASKO,
            ],
        )

        assert expected == _records(
            "Turkish Foreign Minister, Hakan Demir, met Lena Vasko in Vienna."
        )

    def test_a_rank_held_once_in_brackets(self):
        """
        "Rear Admiral (Retd)" before a name is a rank held once: the name
        after the bracket is the person's, with the titles before it.
        """
        article = _extract(
            "Norwegian Foreign Secretary Rear Admiral (Retd) Ana Dahl met "
            "Lena Vasko in Vienna. Chilean Lt Gen (Retd.) Tomas Riquelme met "
            "Lena Vasko in Vienna."
        )

        actors = _actors(article)
        assert (
            "Ana Dahl",
            "person",
            "NOR",
            "Foreign Secretary and Rear Admiral",
        ) in actors
        assert ("Tomas Riquelme", "person", "CHL", "Lieutenant General") in (
            actors
        )

    def test_honorific_at_the_end_of_a_long_title(self):
        """
        After the longest run of titles the reader takes, an honorific is
        still no part of the name, and every office is the person's role.
        """
        expected = [
            (
                "Ali Karimi",
                "person",
                "IRN",
                (
                    "First Vice President and Deputy Prime Minister and Foreign "
                    "Minister and Defence Minister and Interior Minister and "
                    "Finance Minister and Trade Minister"
                ),
            ),
            _VASKO,
        ]

        assert expected == _actors(
            _extract(
                "Iranian First Vice President, Deputy Prime Minister, Foreign "
                "Minister, Defence Minister, Interior Minister, Finance "
                "Minister and Minister of Trade Sheikh Ali Karimi met Lena "
                "Vasko."
            )
        )

    @pytest.mark.parametrize(
        ("body", "role"),
        [
            (
                "Acting Foreign Minister Omar Haddad met Lena Vasko.",
                "Acting Foreign Minister",
            ),
            (
                "Former Acting Foreign Minister Omar Haddad met Lena Vasko.",
                "Former Acting Foreign Minister",
            ),
            (
                "Deputy Amir Sheikh Omar Haddad met Lena Vasko.",
                "Deputy Emir",
            ),
        ],
        ids=["acting", "two prefixes", "prefix of a cautious title"],
    )
    def test_prefixes_make_another_office(self, body, role):
        """
        "Acting", "Former Acting", "Deputy" before a title make the office
        the person holds.
        """
        expected = (
            [],
            [_meeting("Omar Haddad", "Lena Vasko")],
            [
                ("Omar Haddad", "person", None, role),
                _VASKO,
            ],
        )

        assert expected == _records(body)

    def test_given_name_that_is_also_a_place(self):
        """
        After a title, a city's name that a surname follows is a given
        name.
        """
        expected = [
            ("Adama Touray", "person", "GMB", "President"),
            _VASKO,
        ]

        assert expected == _actors(
            _extract("Gambian President Adama Touray met Lena Vasko.")
        )

    def test_prefix_before_no_title_is_no_office(self):
        """
        "Senior Kenyan officials": a prefix with no title after it makes no
        office, and the officials are their state.
        """
        expected = [_meeting("Kenya", "Lena Vasko")]

        assert expected == _events(
            _extract("Senior Kenyan officials met Lena Vasko.")
        )

    def test_former_before_a_demonym(self):
        """
        "Former Kenyan President X" is of Kenya.
        """
        expected = [("Daniel Mwangi", "KEN"), ("Lena Vasko", None)]

        article = _extract(
            "Former Kenyan President Daniel Mwangi met Lena Vasko."
        )

        assert expected == [(a.name, a.country) for a in article.actors]

    def test_highness_the_title(self):
        """
        "His Highness the Amir Sheikh X" is one mention of X, with the
        Amir's role, so the warning quoted after it is X's.
        """
        expected = (
            [("direct", "Our patience has limits.", "Omar Al-Sabah")],
            [
                (
                    "visit",
                    {"Lena Vasko": "initiator", "Kuwait": "host"},
                    "occurred",
                    "2025-03-31",
                )
            ],
            [
                ("Kuwait", "state", "KWT", None),
                ("Omar Al-Sabah", "person", None, "Emir"),
                _VASKO,
            ],
        )

        assert expected == _records(
            "Lena Vasko arrived in Kuwait on Monday. His Highness the Amir "
            "Sheikh Omar Al-Sabah issued a warning: “Our patience has "
            "limits.”"
        )

    def test_state_possessive_gives_the_country(self):
        """
        "Türkiye's Foreign Minister X": X is of that state.
        """
        expected = [
            ("Hakan Demir", "person", "TUR", "Foreign Minister"),
            _VASKO,
        ]

        assert expected == _actors(
            _extract("Türkiye's Foreign Minister Hakan Demir met Lena Vasko.")
        )


class TestCautiousTitles:
    @pytest.mark.parametrize(
        ("body", "country", "role"),
        [
            ("Rami Sultan of Oman said the port would open.", "OMN", "Sultan"),
            ("Talal King of Jordan said the port would open.", "JOR", "King"),
            (
                "Nora Pope of the Red Cross said the port would open.",
                None,
                None,
            ),
            (
                "Rep. Tom King of New York said the port would open.",
                None,
                "Representative",
            ),
        ],
        ids=["of a state", "of a cautious state", "of no place", "of a city"],
    )
    def test_name_like_title_of_a_state(self, body, country, role):
        """
        A title that is also a surname ("Sultan", "King") before "of" and a
        state is that state's title, not a surname; before "of" and a body
        or a city ("King of New York", a congressman's seat) it stays one.
        """
        expected = [("person", country, role)]

        assert expected == [
            (kind, state, title)
            for _, kind, state, title in _actors(_extract(body))
            if kind == "person"
        ]

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            pytest.param(
                "Amir Saeid Iravani met Peruvian Foreign Minister Lena "
                "Vasko on Monday.",
                ("Amir Saeid Iravani", "IRN", None),
                id="a name of the people table",
            ),
            pytest.param(
                "UAE climate envoy Sultan Al Jaber met Peruvian Foreign "
                "Minister Lena Vasko on Monday.",
                ("Sultan Al Jaber", "ARE", "Envoy"),
                id="after a title of his own",
            ),
            pytest.param(
                "Sultan Ahmed al Jaber met Peruvian Foreign Minister Lena "
                "Vasko on Monday.",
                ("Sultan Ahmed al Jaber", "ARE", None),
                id="the table's name with a particle in lower case",
            ),
            pytest.param(
                "Amir Rashid Talal met Peruvian Foreign Minister Lena Vasko "
                "on Monday.",
                ("Rashid Talal", None, "Emir"),
                id="an emir the table does not know",
            ),
            pytest.param(
                "Sultan Haitham Saeed met Peruvian Foreign Minister Lena "
                "Vasko on Monday.",
                ("Haitham Saeed", None, "Sultan"),
                id="a sultan the table does not know",
            ),
        ],
    )
    def test_name_like_title_opening_a_known_name(self, body, expected):
        """
        A title that is also a given name ("Amir", "Sultan") opening the
        full name of someone of the people table is that name, with its
        state: "Amir Saeid Iravani", not an emir named "Saeid Iravani".
        Before another name it stays a title.
        """
        actors = [a for a in _actors(_extract(body)) if a[0] != "Lena Vasko"]

        assert [expected] == [
            (name, state, title)
            for name, kind, state, title in actors
            if kind == "person"
        ]

    def test_title_word_before_a_common_word_is_no_title(self):
        """
        "Speaker after speaker said" names nobody: the Speaker named before
        did not say it.
        """
        article = _extract(
            "Parliament Speaker Omar Haddad met the delegation. Speaker after "
            "speaker said the visit was overdue."
        )

        assert [] == [s for s in article.statements if s.speaker is not None]
        assert [("Omar Haddad", "person", None, "Speaker")] == [
            a for a in _actors(article) if a[1] == "person"
        ]

    def test_title_word_ending_the_body_is_no_title(self):
        """
        A body cut off after "Chair" (a title only before a name) reads it
        as no one.
        """
        expected = (
            [("indirect", "Kenya named a new envoy to the talks", None)],
            [],
            [("Kenya", "state", "KEN", None)],
        )

        assert expected == _records(
            "Kenya named a new envoy to the talks, the statement said. Talks "
            "will continue under the incoming Chair"
        )


class TestTitleTails:
    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            (
                "President of Azerbaijan Rauf Mammadli met Lena Vasko.",
                ("Rauf Mammadli", "person", "AZE", "President"),
            ),
            (
                "Foreign Minister Ali Rezaei of Iran met Lena Vasko.",
                ("Ali Rezaei", "person", "IRN", "Foreign Minister"),
            ),
            (
                (
                    "Secretary-General of the United Nations Ana Ribeiro met Lena "
                    "Vasko."
                ),
                ("Ana Ribeiro", "person", None, "Secretary-General"),
            ),
            (
                (
                    "Foreign Minister of host country South Africa Thandi Mokoena "
                    "met Lena Vasko."
                ),
                ("Thandi Mokoena", "person", "ZAF", "Foreign Minister"),
            ),
            (
                (
                    "President of the People's Republic of China (PRC) Li Wen met "
                    "Lena Vasko."
                ),
                ("Li Wen", "person", "CHN", "President"),
            ),
            (
                (
                    "Speaker of Kuwait's National Assembly Omar Haddad met Lena "
                    "Vasko."
                ),
                (
                    "Omar Haddad",
                    "person",
                    "KWT",
                    "Speaker of Kuwait's National Assembly",
                ),
            ),
            (
                (
                    "Minister of Foreign Affairs and International Cooperation "
                    "Omar Haddad met Lena Vasko."
                ),
                (
                    "Omar Haddad",
                    "person",
                    None,
                    (
                        "Minister of Foreign Affairs and International "
                        "Cooperation"
                    ),
                ),
            ),
            (
                "Ambassador to the United Nations Omar Haddad met Lena Vasko.",
                ("Omar Haddad", "person", None, "Ambassador"),
            ),
            (
                (
                    "Secretary of the Iranian Supreme Defence Council (SDC) "
                    "Ali Rezaei met Lena Vasko."
                ),
                (
                    "Ali Rezaei",
                    "person",
                    "IRN",
                    "Secretary of the Iranian Supreme Defence Council (SDC)",
                ),
            ),
            (
                (
                    "Commander of Kuwait Coast Guard Omar Haddad met Lena "
                    "Vasko."
                ),
                ("Omar Haddad", "person", "KWT", "Commander"),
            ),
            (
                (
                    "Minister of State at the Ministry of Foreign Affairs "
                    "Omar Haddad met Lena Vasko."
                ),
                ("Omar Haddad", "person", None, "Minister of State"),
            ),
            (
                (
                    "Secretary of State at the Ministry for Foreign Affairs of "
                    "Finland Anna Koski met Lena Vasko."
                ),
                ("Anna Koski", "person", "FIN", "Secretary of State"),
            ),
            (
                (
                    "Deputy Minister for East and Central Asian Affairs "
                    "Omar Haddad met Lena Vasko."
                ),
                (
                    "Omar Haddad",
                    "person",
                    None,
                    "Deputy Minister for East and Central Asian Affairs",
                ),
            ),
        ],
        ids=[
            "of a state",
            "of a state after the name",
            "of the organisation",
            "of a few words, then the state",
            "the acronym again in brackets",
            "of a state's body",
            "for portfolios as written",
            "to the organisation, where an envoy serves",
            "of a body named after its state's demonym",
            "of a body named after its state",
            "at the ministry the office is in",
            "at a ministry, then its state",
            "for a portfolio of names joined by and",
        ],
    )
    def test_tail_of_a_title(self, body, actor):
        """
        The "of X" or "for Y" after a title gives the person's state, or an
        office as written when the tail names portfolios.
        """
        expected = (
            [],
            [_meeting(actor[0], "Lena Vasko")],
            [actor, _VASKO],
        )

        statements, events, actors = _records(body)

        assert expected == (
            statements,
            events,
            [a for a in actors if a[1] == "person"],
        )

    def test_two_particles_inside_a_name(self):
        """
        "von der", "van den": two particles in a row stay inside the name.
        """
        actors = _records(
            "Commission President Anna von der Berg met Lena Vasko."
        )[2]

        assert "Anna von der Berg" in [a[0] for a in actors]

    def test_tail_of_a_city_gives_no_state(self):
        """
        "Mayor X of Lyon" serves a city, and the city names no state the
        person serves.
        """
        actors = _records("Mayor Ana Ruiz of Lyon met Lena Vasko.")[2]

        assert ("Ana Ruiz", "person", None, "Mayor") in actors

    def test_tail_of_common_words_gives_no_state(self):
        """
        "head of the visiting delegation" names no state.
        """
        expected = (
            [_meeting("Omar Haddad", "Lena Vasko")],
            [("Omar Haddad", None), ("Lena Vasko", None)],
        )

        article = _extract(
            "Omar Haddad, head of the visiting delegation, met Lena Vasko."
        )

        assert expected == (
            _events(article),
            [(a.name, a.country) for a in article.actors],
        )

    def test_tail_with_a_demonym(self):
        """
        "Special Envoy for Afghan Affairs X": the name is X.
        """
        expected = [_meeting("Omar Haddad", "Lena Vasko")]

        assert expected == _events(
            _extract(
                "Special Envoy for Afghan Affairs Omar Haddad met Lena Vasko."
            )
        )

    def test_title_of_a_title_ends_the_first(self):
        """
        "Special Envoy of the President of Azerbaijan X": the envoy's title
        stops before the president's, whose name X is.
        """
        expected = ("Elchin Amirov", "person", "AZE", "President")

        article = _extract(
            "Special Envoy of the President of Azerbaijan Elchin Amirov met "
            "Lena Vasko."
        )

        assert expected in _actors(article)

    @pytest.mark.parametrize(
        ("body", "envoy"),
        [
            (
                (
                    "President Ade Okafor received Paul Mba, the Special Envoy "
                    "of the President of Gabon, at the State House."
                ),
                ("Paul Mba", "GAB"),
            ),
            (
                (
                    "President Ade Okafor received the Special Envoy of the "
                    "President of Gabon, Marc Ondo, at the State House."
                ),
                ("the Special Envoy", "GAB"),
            ),
            (
                (
                    "President Ade Okafor received Paul Mba, the Special Envoy "
                    "of the Secretary-General of the United Nations, at the "
                    "State House."
                ),
                ("Paul Mba", None),
            ),
        ],
        ids=[
            "after the envoy's name",
            "before the president's name",
            "of an organisation's head: no state",
        ],
    )
    def test_envoy_of_a_president_serves_his_state(self, body, envoy):
        """
        The envoy of the president of Gabon serves Gabon (of the UN's head,
        no state), and is the guest the host received.
        """
        expected = (
            [
                (
                    "host_visit",
                    {"Ade Okafor": "host", envoy[0]: "initiator"},
                    "occurred",
                    None,
                )
            ],
            envoy,
        )

        _, events, actors = _records(body)

        assert expected == (
            events,
            next(a[::2] for a in actors if a[0] == envoy[0]),
        )

    def test_envoy_for_a_state_is_not_of_it(self):
        """
        A UN envoy "for Yemen" serves Yemen and is not Yemeni.
        """
        expected = ("Omar Haddad", "person", None, "Envoy")

        article = _extract(
            "UN envoy Omar Haddad, the special envoy for Yemen, met Lena "
            "Vasko."
        )

        assert expected in _actors(article)


class TestMovements:
    @pytest.mark.parametrize(
        "body",
        [
            "Hamas spokesman Yahya Nasser said the ceasefire would hold.",
            "Hamas's spokesman Yahya Nasser said the ceasefire would hold.",
            (
                "Hamas Shura Council spokesman Yahya Nasser said the ceasefire "
                "would hold."
            ),
        ],
        ids=["before the title", "possessive", "its body before the title"],
    )
    def test_member_of_a_movement_of_one_state(self, body):
        """
        A movement's spokesman belongs to the movement's country, and the
        movement he speaks for is an actor of the article.
        """
        expected = (
            [("indirect", "the ceasefire would hold", "Yahya Nasser")],
            [],
            [
                ("Hamas", "group", "PSE", None),
                ("Yahya Nasser", "person", "PSE", "Spokesperson"),
            ],
        )

        assert expected == _records(body)

    def test_political_chief_of_a_movement(self):
        """
        "Hamas's political chief X" is of the movement's country, and the
        movement is an actor of the article.
        """
        expected = [
            ("Hamas", "group", "PSE"),
            ("Yahya Nasser", "person", "PSE"),
        ]

        article = _extract(
            "Hamas's political chief Yahya Nasser said the ceasefire would "
            "hold."
        )

        assert expected == [
            (a.name, str(a.kind), a.country) for a in article.actors
        ]


class TestBodyBeforeTitle:
    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            (
                "Ruritania Coast Guard Commander Omar Haddad met Lena Vasko.",
                ("Omar Haddad", "person", None, "Commander"),
            ),
            (
                "Kuwait Coast Guard Commander Omar Haddad met Lena Vasko.",
                ("Omar Haddad", "person", "KWT", "Commander"),
            ),
            (
                "Basra Council Chair Omar Haddad met Lena Vasko.",
                ("Omar Haddad", "person", None, "Chair"),
            ),
        ],
        ids=["no state named", "a state's body", "a city's body"],
    )
    def test_office_in_a_body_of_a_state(self, body, actor):
        """
        "Kuwait Coast Guard Commander X" serves Kuwait; a body named after
        a city ("Basra Council") names no state he serves.
        """
        expected = [actor, _VASKO]

        actors = _records(body)[2]

        assert expected == [a for a in actors if a[1] == "person"]


class TestGroups:
    def test_ministers_of_no_states_are_no_group(self):
        """
        "the defence ministers of NATO" names an organisation, not two
        states.
        """
        expected = [
            ("NATO", "organization", None, None),
            ("Belgium", "state", "BEL", None),
        ]

        assert expected == _actors(
            _extract("The defence ministers of NATO met in Brussels.")
        )

    @pytest.mark.parametrize(
        ("subject", "organisation"),
        [
            ("The foreign ministers of the EU", "EU"),
            (
                "Leaders of the European Union (EU) countries",
                "European Union (EU)",
            ),
            ("The envoys of the EU member states", "EU"),
        ],
    )
    def test_members_of_an_organisation_are_the_organisation(
        self, subject, organisation
    ):
        """
        "the leaders of the EU (countries)" meet as the organisation: its
        meeting with another state's minister.
        """
        expected = [
            (
                "meeting",
                {organisation: "party", "Li Wen": "party"},
                "occurred",
                None,
            )
        ]

        assert expected == _events(
            _extract(f"{subject} met Chinese Foreign Minister Li Wen.")
        )

    def test_ministers_of_the_region_are_no_one(self):
        """
        "the ministers of the region" name neither a state nor an
        organisation.
        """
        assert [] == _actors(
            _extract("The ministers of the region met in private.")
        )

    def test_ministers_of_one_state_and_an_organisation(self):
        """
        "the foreign ministers of Ethiopia and the African Union": one state
        is no group of states; both meet.
        """
        expected = [_meeting("Ethiopia", "African Union")]

        assert expected == _events(
            _extract(
                "The foreign ministers of Ethiopia and the African Union met "
                "in Addis Ababa."
            )
        )

    @pytest.mark.parametrize(
        "subject",
        ["Both leaders", "The presidents", "The two foreign ministers"],
    )
    def test_the_two_just_named(self, subject):
        """
        "both leaders", "the presidents", "the two foreign ministers" are
        the two people just named, together.
        """
        expected = [
            (
                "indirect",
                "the talks had been useful",
                "Hakan Demir and Lena Vasko",
            )
        ]

        assert expected == _statements(
            _extract(
                "President Hakan Demir met President Lena Vasko in Vienna. "
                f"{subject} said the talks had been useful."
            )
        )

    def test_two_of_a_named_kind_are_not_the_two_just_named(self):
        """
        "the two Gulf states" are not Kenya and Ethiopia named before.
        """
        article = _extract(
            "Kenya and Ethiopia signed a trade deal. The two Gulf states said "
            "the deal was welcome."
        )

        assert [] == [
            s
            for s in article.statements
            if s.speaker is not None and s.speaker.name == "Kenya and Ethiopia"
        ]
        assert ["state", "state"] == [str(a.kind) for a in article.actors]

    def test_both_before_names_is_no_group(self):
        """
        "Both Kenya and Ethiopia signed" names the two; "both" points back
        to no one.
        """
        expected = (
            [],
            [
                (
                    "agreement",
                    {"Kenya": "party", "Ethiopia": "party"},
                    "occurred",
                    None,
                )
            ],
            [
                ("Kenya", "state", "KEN", None),
                ("Ethiopia", "state", "ETH", None),
            ],
        )

        assert expected == _records(
            "Both Kenya and Ethiopia signed the trade deal."
        )

    def test_both_men(self):
        """
        "Both men said" is the two people just named.
        """
        expected = [
            (
                "indirect",
                "the talks had been useful",
                "Hakan Demir and Lena Vasko",
            )
        ]

        assert expected == _statements(
            _extract(
                "Hakan Demir met Lena Vasko in Vienna. Both men said the talks "
                "had been useful."
            )
        )


class TestAppositives:
    def test_title_after_the_name(self):
        """
        ", the Turkish foreign minister," after a name gives its role and
        state.
        """
        expected = [
            ("Hakan Demir", "person", "TUR", "Foreign Minister"),
            _VASKO,
        ]

        assert expected == _actors(
            _extract(
                "Hakan Demir, the Turkish foreign minister, met Lena Vasko."
            )
        )

    def test_an_aside_with_a_state_before_whose_envoy(self):
        """
        ", Brazilian Minister of Mines, Envoy of President X" after a name:
        the aside gives his state although "of President X" goes on.
        """
        expected = (
            "Pedro Alves",
            "person",
            "BRA",
            "Minister of Mines and Envoy",
        )

        actors = _actors(
            _extract(
                "Chilean President Rosa Vidal received Pedro Alves, Brazilian "
                "Minister of Mines, Envoy of President Luiz Mota, on Monday."
            )
        )

        assert expected in actors

    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            (
                (
                    "Foreign Minister Hakan Demir, the Turkish envoy to Baku, met "
                    "Lena Vasko."
                ),
                ("Hakan Demir", "person", "TUR", "Foreign Minister"),
            ),
            (
                (
                    "Turkish diplomat Hakan Demir, the envoy to Baku, met Lena "
                    "Vasko."
                ),
                ("Hakan Demir", "person", "TUR", "diplomat"),
            ),
        ],
        ids=["role before", "role and state before"],
    )
    def test_what_comes_before_the_name_wins(self, body, actor):
        """
        An appositive fills only what the words before the name left open.
        """
        expected = [actor, _VASKO]

        assert expected == _actors(_extract(body))

    def test_title_of_the_next_name_in_a_list(self):
        """
        "Hakan Demir, Foreign Minister Lena Vasko and ...": the title is
        Vasko's, not Demir's.
        """
        article = _extract(
            "Hakan Demir, Foreign Minister Lena Vasko and Omar Haddad met in "
            "Vienna."
        )

        assert ("Lena Vasko", "person", None, "Foreign Minister") in _actors(
            article
        )
        assert [] == [
            a for a in _actors(article) if a[0] == "Hakan Demir" and a[3]
        ]

    def test_of_a_place_after_a_state_already_given(self):
        """
        "Kenyan envoy X, of Nairobi, said": the state is already given, so
        the aside is no part of the name and X is the subject.
        """
        expected = (
            [("indirect", "the talks had been useful", "Omar Haddad")],
            [],
            [
                ("Omar Haddad", "person", "KEN", "Envoy"),
                ("Kenya", "state", "KEN", None),
            ],
        )

        assert expected == _records(
            "Kenyan envoy Omar Haddad, of Nairobi, said the talks had been "
            "useful."
        )

    def test_of_an_organisation_gives_no_state(self):
        """
        "Omar Haddad, of NATO," is of no state.
        """
        expected = (
            [],
            [_meeting("Omar Haddad", "Lena Vasko")],
            [
                ("NATO", "organization", None, None),
                ("Omar Haddad", "person", None, None),
                _VASKO,
            ],
        )

        assert expected == _records("Omar Haddad, of NATO, met Lena Vasko.")

    @pytest.mark.parametrize(
        "body",
        [
            "Senator Mark Hale (D-Md.) met Lena Vasko.",
            "U.S. Senator Mark Hale (Ohio) met Lena Vasko.",
            (
                "Mark Hale (a former senator from the state of Ohio) met Lena "
                "Vasko."
            ),
        ],
        ids=["party", "state", "longer aside"],
    )
    def test_bracket_after_the_name(self, body):
        """
        A bracket after a name is part of its mention, not another actor.
        """
        expected = [_meeting("Mark Hale", "Lena Vasko")]

        assert expected == _events(_extract(body))

    def test_short_name_in_brackets(self):
        """
        "Arif Wibowo (Bowo)": "Bowo" later is the same person.
        """
        expected = [("indirect", "the talks had been useful", "Arif Wibowo")]

        assert expected == _statements(
            _extract(
                "Indonesian President Arif Wibowo (Bowo) met Lena Vasko. Bowo "
                "said the talks had been useful."
            )
        )

    def test_appositive_after_a_bracket(self):
        """
        ", Kenya's foreign minister," after a bracket still says who the
        person is.
        """
        expected = [
            ("Omar Haddad", "person", "KEN", "Foreign Minister"),
            _VASKO,
        ]

        assert expected == _actors(
            _extract(
                "Omar Haddad (pictured), Kenya's foreign minister, met Lena "
                "Vasko."
            )
        )


class TestSubjectEndingAtAComma:
    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            (
                (
                    "Turkish Foreign Minister, Hakan Demir, said the talks had "
                    "been useful."
                ),
                (
                    [("indirect", "the talks had been useful", "Hakan Demir")],
                    [],
                ),
            ),
            (
                (
                    "Hakan Demir, the Turkish foreign minister, said the talks "
                    "had been useful."
                ),
                (
                    [("indirect", "the talks had been useful", "Hakan Demir")],
                    [],
                ),
            ),
            pytest.param(
                (
                    "The Foreign Minister of the host nation, Omar Haddad, met "
                    "Lena Vasko."
                ),
                (
                    [],
                    [_meeting("Omar Haddad", "Lena Vasko")],
                ),
            ),
            (
                "King Philippe, of Belgium, said the talks had been useful.",
                (
                    [("indirect", "the talks had been useful", "Philippe")],
                    [],
                ),
            ),
        ],
        ids=[
            "name after its title",
            "title after its name",
            "name after a tail",
            "state after the name",
        ],
    )
    def test_subject_of_the_verb(self, body, expected):
        """
        A person named between commas before the verb is its subject.
        """
        article = _extract(body)

        assert expected == (_statements(article), _events(article))


class TestHonorificAlone:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("His Highness said so.", "Omar Al-Sabah"),
            # a title of its own after it: someone of another rank
            ("His Highness the Grand Chamberlain said so.", None),
            # no one named with it before: none
            ("His Excellency said so.", None),
        ],
    )
    def test_first_honoured(self, sentence, expected):
        """
        "His Highness" alone is the first person named with that honorific,
        unless a title of its own follows it.
        """
        doc = Doc(
            "His Highness Sheikh Omar Al-Sabah met Lena Vasko. Deputy Ruler "
            "Fahad Al-Sabah, His Highness Sheikh Ali Nasser and Ambassador "
            "Ivo Horvat attended. " + sentence,
            tables(),
        )
        mention = next(
            m for m in doc.mentions if m.start >= len(doc.text) - len(sentence)
        )

        found = doc.first_honoured(mention)

        assert expected == (found and found.name)


class TestTitlesGluedToNames:
    @pytest.mark.parametrize(
        ("body", "person"),
        [
            pytest.param(
                "Prime Minister Datuk Seri Razak Hamid met Lena Vasko.",
                ("Razak Hamid", "person", None, "Prime Minister"),
                id="a two-word honorific",
            ),
            pytest.param(
                "Prime Minister Dato' Sri Razak Hamid met Lena Vasko.",
                ("Razak Hamid", "person", None, "Prime Minister"),
                id="its other spelling",
            ),
            pytest.param(
                "CS Jane Otieno met Lena Vasko.",
                ("Jane Otieno", "person", None, "Cabinet Secretary"),
                id="an abbreviated cabinet secretary",
            ),
            pytest.param(
                "PS Peter Kamau met Lena Vasko.",
                ("Peter Kamau", "person", None, "Principal Secretary"),
                id="an abbreviated principal secretary",
            ),
        ],
    )
    def test_the_title_is_no_part_of_the_name(self, body, person):
        """
        An honorific run ("Datuk Seri") or an abbreviated office ("CS",
        "PS") before a name is a title, not the name's first word.
        """
        assert [person, _VASKO] == _actors(_extract(body))

    def test_an_abbreviated_title_names_the_person_again(self):
        """
        "Cabinet Secretary X ... CS X said": the abbreviated title names
        the same person, who speaks.
        """
        article = _extract(
            "Cabinet Secretary Jane Otieno met Lena Vasko on Monday. CS "
            "Otieno said the talks went well."
        )

        assert [("Jane Otieno", "the talks went well")] == [
            (s.speaker.name, s.text) for s in article.statements
        ]


class TestNameShapes:
    def test_a_glued_surname_named_again_in_full_is_one_person(self):
        """
        "Ahmed al-Khatib" named twice is one entity, found by "Khatib", so
        what the text says of either mention is said of both.
        """
        doc = Doc(
            "Jordanian Ambassador Ahmed al-Khatib met Lena Vasko. Later, "
            "Ahmed al-Khatib said the talks were useful.",
            tables(),
        )

        khatibs = {
            id(m.entity)
            for m in doc.mentions
            if m.entity is not None and m.entity.name.endswith("Khatib")
        }
        assert 1 == len(khatibs)

    def test_a_nickname_that_is_the_whole_name_is_none(self):
        """
        "Karim 'Karim' Karim" keeps its words: without them no name is left.
        """
        article = _extract(
            "Karim 'Karim' Karim met Turkish Foreign Minister Selim Arslan."
        )

        assert [_meeting("Karim 'Karim' Karim", "Selim Arslan")] == _events(
            article
        )

    def test_particles_around_a_nickname_are_someone_new(self):
        """
        "Al 'Karim' Al": the words left besides the nickname are particles,
        which name nobody known, so the person is new.
        """
        doc = Doc(
            "Al 'Karim' Al met Turkish Foreign Minister Selim Arslan.",
            tables(),
        )

        (first, *_) = doc.mentions
        assert ("Al", relwatch.ActorKind.PERSON) == (
            first.entity and first.entity.name,
            first.entity and first.entity.kind,
        )

    def test_marks_around_a_letter_name_no_one(self):
        """
        A capital letter between quotation marks is no name (found by
        hypothesis: "À 'À 'À").
        """
        article = _extract("À 'À 'À")

        assert ((), (), ()) == (
            article.actors,
            article.statements,
            article.events,
        )

    def test_a_name_does_not_end_with_a_particle(self):
        """
        "Rashid Al met": the particle left at the end is no part of the name.
        """
        article = _extract(
            "Emirati envoy Rashid Al met Turkish Foreign Minister Selim Arslan."
        )

        assert [_meeting("Rashid", "Selim Arslan")] == _events(article)

    @pytest.mark.parametrize(
        ("body", "name"),
        [
            (
                "Bolivian Foreign Minister Miguel A. Correa met Lena Vasko.",
                "Miguel A. Correa",
            ),
            (
                "Bolivian Foreign Minister M. Correa met Lena Vasko.",
                "M. Correa",
            ),
            (
                "Saudi Foreign Minister Khalid bin Nasser met Lena Vasko.",
                "Khalid bin Nasser",
            ),
        ],
        ids=["middle initial", "first initial", "particle"],
    )
    def test_name_goes_on(self, body, name):
        """
        Initials and particles are part of the name.
        """
        expected = [_meeting(name, "Lena Vasko")]

        assert expected == _events(_extract(body))

    def test_particle_before_a_title_word(self):
        """
        "Khalid bin Sultan" is one name, though "Sultan" is also a title.
        """
        expected = [_meeting("Khalid bin Sultan", "Lena Vasko")]

        assert expected == _events(
            _extract("Saudi Prince Khalid bin Sultan met Lena Vasko.")
        )

    def test_particle_never_ends_a_name(self):
        """
        A name the rules cut short does not end on its particle ("Khalid
        bin"), and keeps the title and state before it.
        """
        article = _extract("Saudi Prince Khalid bin Sultan met Lena Vasko.")

        assert [] == [
            a.name
            for a in article.actors
            if a.name.split()[-1].casefold() in {"bin", "al", "ibn", "abu"}
        ]
        assert [("SAU", "Prince")] == [
            (a.country, a.role)
            for a in article.actors
            if a.name.startswith("Khalid")
        ]

    def test_adverb_and_comma_is_no_name(self):
        """
        "Secondly, X issued a warning:" the subject is X, not "Secondly".
        """
        expected = [("direct", "Our patience has limits.", "Lena Vasko")]

        assert expected == _statements(
            _extract(
                "Secondly, Lena Vasko issued a warning: “Our patience has "
                "limits.”"
            )
        )

    def test_body_cut_after_a_title(self):
        """
        A body cut off after "the Foreign Minister" still resolves it to the
        minister named before.
        """
        expected = [
            (
                "visit",
                {"Hakan Demir": "initiator", "Austria": "host"},
                "occurred",
                None,
            ),
            _meeting("Lena Vasko", "Hakan Demir"),
        ]

        assert expected == _events(
            _extract(
                "Foreign Minister Hakan Demir arrived in Vienna. Lena Vasko "
                "met the Foreign Minister"
            )
        )

    def test_body_cut_after_a_possessive(self):
        """
        A body cut off after "Her" gives no actor for it.
        """
        expected = ([], [], [])

        assert expected == _records(
            "The Queen congratulated the winners. The message was signed by "
            "Her"
        )


class TestOrganisations:
    def test_run_with_an_organisation_word(self):
        """
        A capitalised run with "Forum" in it is an organisation, one actor
        however often named, which can speak.
        """
        expected = (
            [
                (
                    "indirect",
                    "the pipeline would be finished in May",
                    "Caspian Energy Forum",
                )
            ],
            [],
            [
                ("Azerbaijan", "state", "AZE", None),
                ("Caspian Energy Forum", "organization", None, None),
            ],
        )

        assert expected == _records(
            "The Caspian Energy Forum opened in Baku. The Caspian Energy "
            "Forum said the pipeline would be finished in May."
        )

    @pytest.mark.parametrize(
        ("body", "name"),
        [
            (
                "Prices fell, according to the Institute for Trade and Peace.",
                "Institute for Trade and Peace",
            ),
            (
                "Prices fell, according to the Council on Northern Relations.",
                "Council on Northern Relations",
            ),
            (
                "The Institute for the Study of Ports said prices fell.",
                "Institute for the Study of Ports",
            ),
            (
                "The Halvard Research Center said prices fell.",
                "Halvard Research Center",
            ),
            (
                "The Center for Coastal Studies said prices fell.",
                "Center for Coastal Studies",
            ),
            ("The Marlow Institution said prices fell.", "Marlow Institution"),
            # the name runs to the end of a text with no full stop
            (
                "Prices fell, according to the Institute for Trade and Peace",
                "Institute for Trade and Peace",
            ),
        ],
    )
    def test_an_organisation_named_with_its_field(self, body, name):
        """
        An organisation's name goes on over its "for" or "on" tail, and a
        "Center" of research or for a field is an institution, not a
        building: each speaks under its whole name.
        """
        article = _extract(body)

        assert [(name, "organization")] == [
            (s.speaker.name, str(s.speaker.kind)) for s in article.statements
        ]

    @pytest.mark.parametrize(
        ("body", "state"),
        [
            ("Israel said the talks would resume.", "ISR"),
            ("Turkey has said the talks would resume.", "TUR"),
        ],
    )
    def test_a_cautioned_state_before_its_verb_is_the_state(self, body, state):
        """
        A state's name that is also a given name or a word ("Israel",
        "Turkey") opening a sentence before "said" or "has" is the state:
        news gives those names to people seldom (unlike "Jordan said").
        """
        article = _extract(body)

        assert [
            ("indirect", "the talks would resume", body.split()[0], state)
        ] == (_speakers(article))

    @pytest.mark.parametrize(
        ("body", "name", "state"),
        [
            (
                "Belarus' foreign ministry said the talks would resume.",
                "Belarus' foreign ministry",
                "BLR",
            ),
            (
                "The Philippines’ foreign ministry said the talks resumed.",
                "Philippines’ foreign ministry",
                "PHL",
            ),
        ],
    )
    def test_a_bare_apostrophe_after_a_state_in_s_is_its_possessive(
        self, body, name, state
    ):
        """
        "Belarus' foreign ministry" is Belarus's, as "Peru's foreign
        ministry" is Peru's: the ministry speaks for its state.
        """
        article = _extract(body)

        assert [(name, state)] == [
            (s.speaker.name, s.speaker.country) for s in article.statements
        ]

    @pytest.mark.parametrize(
        "body",
        [
            "The so-called ‘Friends of the Philippines’ condemned Chile.",
            "'Friends of the Philippines' condemned Chile on Monday.",
        ],
    )
    def test_a_curly_or_opening_quote_keeps_its_close(self, body):
        """
        A title in curly single quotes, or one opening the text, closes
        with its mark: no state's possessive, no state accuses.
        """
        article = _extract(body)

        assert [] == [(e.kind, e.participants) for e in article.events]

    def test_an_apostrophe_closing_a_quotation_is_no_possessive(self):
        """
        "the 'Friends of Chile Islands' said": the mark closes what it
        opened a few words before; no one's ministry follows.
        """
        article = _extract(
            "The group known as the 'Friends of Lima Islands' said the "
            "talks would resume."
        )

        assert all("'" not in actor.name for actor in article.actors)

    def test_an_acronym_the_text_defines_holds_over_the_tables(self):
        """
        "the European Council (EC)": the text says which body "EC" is, and
        a later "the EC said" is that council, not the Commission the
        tables would make of it.
        """
        article = _extract(
            "The European Council (EC) adopted new measures on Monday. The "
            "EC said the measures answer the blockade."
        )

        assert ["European Council"] == [
            s.speaker.name for s in article.statements
        ]

    def test_an_acronym_in_brackets_of_other_letters_defines_nothing(self):
        """
        "the World Food Programme (UN)" names its parent in brackets: a
        later "the UN said" is still the United Nations.
        """
        article = _extract(
            "The World Food Programme (UN) said on Monday that aid had "
            "arrived. The UN said it was ready to help."
        )

        assert ["World Food Programme", "UN"] == [
            s.speaker.name for s in article.statements
        ]

    def test_jordan_before_said_stays_a_person(self):
        """
        "Jordan said" is a person more often than not: no state speaks.
        """
        article = _extract("Jordan said the talks would resume.")

        assert [None] == [s.speaker.country for s in article.statements]

    @pytest.mark.parametrize(
        "body",
        [
            # a meeting about a state, not a council of it
            "The Security Council on Kosovo said the talks would go on.",
            # a day, not a field
            "The Council on Monday said the talks would go on.",
        ],
    )
    def test_an_on_tail_of_no_field_is_no_name(self, body):
        """
        "on" after a body's name only goes on with it when it names a field
        ("on Foreign Relations"): a state or a day it meets on is not.
        """
        article = _extract(body)

        assert all(" on " not in actor.name for actor in article.actors), (
            article.actors
        )

    def test_a_centre_that_is_a_building_speaks_for_no_one(self):
        """
        "the Vallen Center" is where the talks were held: a place, no
        speaker of the words said there.
        """
        article = _extract(
            "The talks at the Vallen Center on Friday were useful, officials "
            "said."
        )

        assert [None] == [s.speaker for s in article.statements]


class TestDocuments:
    @pytest.mark.parametrize(
        ("body", "document"),
        [
            (
                "Muscat Declaration called for closer economic integration.",
                "Muscat Declaration",
            ),
            (
                "The Communique called for closer economic integration.",
                "Communique",
            ),
        ],
        ids=["named after a city, without the", "the, with none named before"],
    )
    def test_document_speaks(self, body, document):
        """
        A document named after its city, or a "the Communique" with none
        named before, is a document of its own that speaks, no person.
        """
        expected = (
            [("indirect", "closer economic integration", document)],
            [],
            [(document, "organization", None, None)],
        )

        assert expected == _records(body)

    def test_the_declaration_is_the_last_one_named(self):
        """
        "The Declaration" is the declaration named before, past the other
        actors named since.
        """
        expected = [("indirect", "closer integration", "Muscat Declaration")]

        assert expected == _statements(
            _extract(
                "Gulf leaders adopted the Muscat Declaration in Oman. The "
                "Declaration called for closer integration."
            )
        )


class TestOneActorPerActor:
    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            (
                (
                    "Kenya and Ethiopia signed a trade deal. Kenya said the deal "
                    "would create jobs."
                ),
                [
                    ("Kenya", "state", "KEN", None),
                    ("Ethiopia", "state", "ETH", None),
                ],
            ),
            (
                (
                    "NATO and Ukraine signed a deal. NATO said the deal was "
                    "welcome."
                ),
                [
                    ("NATO", "organization", None, None),
                    ("Ukraine", "state", "UKR", None),
                ],
            ),
            (
                (
                    "The Turkish Foreign Ministry summoned the envoy. The Turkish "
                    "Foreign Ministry said the remarks were unacceptable."
                ),
                [("Turkish Foreign Ministry", "organization", "TUR", None)],
            ),
        ],
        ids=["state", "organisation", "state body"],
    )
    def test_named_twice(self, body, expected):
        """
        A state, organisation or ministry named twice is one actor.
        """
        assert expected == _actors(_extract(body))

    @pytest.mark.parametrize(
        ("body", "expected"),
        [
            (
                (
                    "The UN sent envoys to Sudan. The United Nations said the "
                    "talks had been useful."
                ),
                ("United Nations", ["UN"]),
            ),
            (
                (
                    "Turkey's Foreign Ministry summoned the envoy. The Turkish "
                    "Foreign Ministry said the remarks were unacceptable."
                ),
                ("Turkish Foreign Ministry", ["Turkey's Foreign Ministry"]),
            ),
        ],
        ids=["organisation", "state body"],
    )
    def test_written_two_ways(self, body, expected):
        """
        An organisation or ministry written two ways is one actor, named in
        the fuller form, with the other as its alias.
        """
        article = _extract(body)

        assert expected == (
            article.statements[0].speaker.name,
            list(article.statements[0].speaker.aliases),
        )

    def test_curly_apostrophe_possessive(self):
        """
        A possessive with a curly apostrophe reads as one with a straight one.
        """
        expected = [
            ("Hakan Demir", "person", "TUR", "Foreign Minister"),
            _VASKO,
        ]

        assert expected == _actors(
            _extract("Türkiye’s Foreign Minister Hakan Demir met Lena Vasko.")
        )


class TestStateBodies:
    @pytest.mark.parametrize(
        ("body", "said", "ministry"),
        [
            (
                (
                    "Turkey's Foreign Ministry said the ambassador had been "
                    "recalled."
                ),
                "the ambassador had been recalled",
                "Turkey's Foreign Ministry",
            ),
            (
                (
                    "The Turkish Foreign Ministry issued a statement. "
                    "The Foreign Ministry said the remarks were unacceptable."
                ),
                "the remarks were unacceptable",
                "Turkish Foreign Ministry",
            ),
        ],
        ids=["a state's possessive", "named before with its state"],
    )
    def test_ministry_of_its_state(self, body, said, ministry):
        """
        "Turkey's Foreign Ministry", and "the Foreign Ministry" after "the
        Turkish Foreign Ministry", are the ministry of Türkiye.
        """
        expected = (
            [("indirect", said, ministry)],
            [],
            [(ministry, "organization", "TUR", None)],
        )

        assert expected == _records(body)

    def test_department_of_foreign_affairs(self):
        """
        "The Turkish Department of Foreign Affairs" is that state's foreign
        ministry by another name, not a person "Department".
        """
        ministry = "Turkish Department of Foreign Affairs"
        expected = (
            [("indirect", "the remarks were unacceptable", ministry)],
            [],
            [(ministry, "organization", "TUR", None)],
        )

        assert expected == _records(
            "The Turkish Department of Foreign Affairs said the remarks were "
            "unacceptable."
        )


class TestSamePerson:
    def test_short_name_from_the_people_table(self):
        """
        "Jokowi" alone after "Joko Widodo" is the same person.
        """
        expected = [
            ("indirect", "the talks had been useful", "Joko Widodo", "IDN")
        ]

        article = _extract(
            "Indonesian President Joko Widodo met Lena Vasko. Jokowi said "
            "the talks had been useful."
        )

        assert expected == _speakers(article)

    def test_first_name_spelt_otherwise(self):
        """
        "Mohammed Karimi" after "Mohammad Karimi" is the same person.
        """
        expected = (
            [
                (
                    "indirect",
                    "the talks had been useful",
                    "Mohammad Karimi",
                )
            ],
            [
                (
                    "visit",
                    {"Mohammad Karimi": "initiator", "Azerbaijan": "host"},
                    "occurred",
                    None,
                )
            ],
            [
                ("Mohammad Karimi", "person", "IRN", "President"),
                ("Azerbaijan", "state", "AZE", None),
            ],
        )

        assert expected == _records(
            "Iranian President Mohammad Karimi arrived in Baku. Mohammed "
            "Karimi said the talks had been useful."
        )

    def test_spelling_among_two_of_one_surname(self):
        """
        "Mohammed Karimi" is Mohammad Karimi, not Ali Karimi named since.
        """
        expected = (
            [("indirect", "the talks had been useful", "Mohammad Karimi")],
            [_meeting("Mohammad Karimi", "Ali Karimi")],
            [
                ("Iran", "state", "IRN", None),
                ("Mohammad Karimi", "person", None, None),
                ("Ali Karimi", "person", None, None),
            ],
        )

        assert expected == _records(
            "Mohammad Karimi met Ali Karimi in Tehran. Mohammed Karimi said "
            "the talks had been useful."
        )

    def test_role_given_later(self):
        """
        A title given at a later mention is the person's role.
        """
        expected = [("Hakan Demir", "person", None, "Foreign Minister")]

        article = _extract(
            "Hakan Demir arrived in Baku. Foreign Minister Hakan Demir said "
            "the talks had been useful."
        )

        assert expected == [a for a in _actors(article) if a[1] == "person"]

    def test_fuller_form_of_a_name(self):
        """
        "Khalid bin Nasser" after "Khalid Nasser" is the same person, named
        in the fuller form, with the role given first.
        """
        expected = (
            [
                (
                    "indirect",
                    "the talks had been useful",
                    "Khalid bin Nasser",
                )
            ],
            [
                (
                    "visit",
                    {"Khalid bin Nasser": "initiator", "Qatar": "host"},
                    "occurred",
                    "2025-03-31",
                )
            ],
            [
                ("Khalid bin Nasser", "person", "KWT", "Envoy"),
                ("Qatar", "state", "QAT", None),
            ],
        )

        assert expected == _records(
            "Kuwaiti envoy Khalid Nasser arrived in Doha on Monday. Sheikh "
            "Khalid bin Nasser said the talks had been useful."
        )

    def test_surname_before_the_full_name(self):
        """
        A surname quoted before the full name is given is that person.
        """
        expected = [
            (
                "direct",
                "We will not give up on the corridor,",
                "Hakan Demir",
                "TUR",
            )
        ]

        article = _extract(
            "“We will not give up on the corridor,” Demir said. Turkish "
            "Foreign Minister Hakan Demir spoke after talks in Baku."
        )

        assert expected == _speakers(article)


class TestDebugging:
    def test_entity_repr(self):
        """
        An entity shows its kind, name, state and role.
        """
        expected = "Entity(person, 'Hakan Demir', TUR, 'Foreign Minister')"

        assert expected == repr(
            Entity("person", "Hakan Demir", "TUR", "Foreign Minister")
        )

    def test_mention_repr(self):
        """
        A mention shows its span, what it is, its entity, role and state.
        """
        expected = "Mention(0:12 nominal None role='minister' country=TUR)"

        assert expected == repr(
            Mention(0, 2, 0, 12, "nominal", role="minister", country="TUR")
        )


class TestSpacesAfterTheDeterminer:
    @pytest.mark.parametrize("space", ["\u00a0", "  "])
    def test_names_without_the_determiner(self, space):
        """
        A non-breaking or double space after "the" leaves the names of
        documents and ministries whole.
        """
        doc = Doc(
            f"The{space}Turkish Foreign Ministry said the{space}Ankara "
            "Declaration was signed.",
            tables(),
        )

        assert ["Turkish Foreign Ministry", "Ankara Declaration"] == [
            m.entity.name for m in doc.mentions if m.entity is not None
        ]


class TestAffiliation:
    def test_names_an_actor_of_the_article(self):
        """
        A person's affiliation is the id of the organisation's own actor,
        under the name the article gives it, not the table's spelling.
        """
        article = _extract(
            "United Nations spokesman Omar Haddad said the talks would go on. "
            "The U.N. said more."
        )

        ids = {a.id for a in article.actors}
        haddad = next(a for a in article.actors if a.name == "Omar Haddad")
        assert haddad.affiliation in ids

    def test_state_offices_by_the_title_head(self):
        """
        In a Baku-datelined story a minister named with no state serves
        Azerbaijan; the UN's Secretary-General does not.
        """
        article = relwatch.extract(
            relwatch.Article(
                body="UN Secretary-General Ana Ribeiro met Foreign Minister "
                "Rauf Mammadli.",
                dateline=relwatch.Dateline(place="BAKU"),
            )
        )

        expected = {"Ana Ribeiro": None, "Rauf Mammadli": "AZE"}
        assert expected == {
            a.name: a.country for a in article.actors if a.kind == "person"
        }

    def test_an_office_named_by_its_organisation_s_adjective(self):
        """
        "X, European Commissioner for Trade and Enlargement," serves the EU,
        not the state of the story: the meeting with Moldova's president is
        diplomacy, and the portfolio listed in the aside stays the role.
        """
        article = _extract(
            "Moldovan President Ana Rusu met on Monday with Piet Janssen, "
            "European Commissioner for Trade and Enlargement, in Chisinau. "
            "Moldova's Prime Minister Ion Ciobanu also attended."
        )

        janssen = next(a for a in article.actors if a.name == "Piet Janssen")
        eu = next(a for a in article.actors if a.name == "European Union")
        assert (
            [_meeting("Ana Rusu", "Piet Janssen")],
            None,
            "European Commissioner for Trade and Enlargement",
            eu.id,
        ) == (
            [(*e[:3], None) for e in _events(article)],
            janssen.country,
            janssen.role,
            janssen.affiliation,
        )

    def test_a_name_after_and_ends_an_aside_s_portfolio(self):
        """
        "X, European Commissioner for Trade and Y, European Commissioner for
        Energy,": the name after "and" is a person of her own, with her
        office, not a portfolio of the first.
        """
        article = _extract(
            "Moldovan President Ana Rusu met Piet Janssen, European "
            "Commissioner for Trade and Lena Vasko, European Commissioner for "
            "Energy, in Chisinau."
        )

        assert (
            "Lena Vasko",
            "person",
            None,
            "European Commissioner for Energy",
        ) in (_actors(article))
        assert [_meeting("Ana Rusu", "Piet Janssen", "Lena Vasko")] == [
            (*e[:3], None) for e in _events(article)
        ]

    def test_an_office_held_once_gives_no_affiliation(self):
        """
        "the former European Commissioner X" later on: the EU is not whom
        the Foreign Minister serves now.
        """
        article = _extract(
            "Dutch Foreign Minister Piet Janssen met Moldovan President Ana "
            "Rusu in Chisinau on Monday. The former European Commissioner "
            "Janssen said Moldova had made progress."
        )

        janssen = next(a for a in article.actors if a.name == "Piet Janssen")
        assert ("NLD", "Foreign Minister", None) == (
            janssen.country,
            janssen.role,
            janssen.affiliation,
        )


class TestPluralTitles:
    def test_office_in_the_plural_before_names(self):
        """
        "Foreign Ministers X of A and Y of B", "Presidents X and Y": the
        office is the first name's, and no name takes the plural in.
        """
        article = _extract(
            "Foreign Ministers Tomas Herrera of Chile and Rosa Vidal of Peru "
            "met in Lima on Monday. Presidents Ana Ruiz and Luis Soto spoke "
            "by phone."
        )

        actors = _actors(article)
        assert ("Tomas Herrera", "person", "CHL", "Foreign Minister") in actors
        assert ("Ana Ruiz", "person", None, "President") in actors
        assert [
            ("meeting", {"Tomas Herrera": "party", "Rosa Vidal": "party"}),
            ("phone_call", {"Ana Ruiz": "party", "Luis Soto": "party"}),
        ] == [(kind, sides) for kind, sides, _, _ in _events(article)]

    def test_office_in_the_plural_with_no_name_is_no_title(self):
        """
        "The Foreign Ministers met": no name follows, so no person; nor
        does "envoys Monday" in small letters name one.
        """
        article = _extract(
            "Chilean Foreign Minister Tomas Herrera visited Peru. The "
            "Foreign Ministers met again on Tuesday. Peru sent envoys "
            "Monday."
        )

        assert [a[0] for a in _actors(article)] == ["Tomas Herrera", "Peru"]


def test_people_table_reads_the_arabic_article_with_a_hyphen():
    """
    "al-Thani" in the text is the table's "Al Thani": the person and his
    state are known.
    """
    actors = _actors(
        _extract("Emir Tamim bin Hamad al-Thani received the Chilean envoy.")
    )

    assert ("Tamim bin Hamad al-Thani", "person", "QAT", "Emir") in actors


def test_modifier_letter_apostrophe_is_an_apostrophe():
    """
    Some outlets type the modifier letter apostrophe (U+02BC) for the
    apostrophe: "Peru's charge d'affaires X" so written is Peru's envoy.
    """
    article = _extract(
        "Chile expelled Peruʼs chargé dʼaffaires Rosa Vidal on Monday."
    )

    assert [
        (
            "expulsion",
            {"Chile": "initiator", "Rosa Vidal": "recipient"},
            "occurred",
            "2025-03-31",
        )
    ] == _events(article)
    assert ("Rosa Vidal", "person", "PER", "Chargé d'affaires") in _actors(
        article
    )
