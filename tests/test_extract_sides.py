"""
relwatch.extract: who stands on each side of an event, and for which state,
when the text lists its actors or gives their state only in a title of a
part of the state.  Invented sentences; bodies are dated 4 April 2025.
"""

import pytest

import relwatch

from .test_extract import _events, _extract, _statements


def _visit_sides(article):
    # The names and states of the sides of the article's visits.
    return [
        (p.actor.name, p.actor.country)
        for e in article.events
        if str(e.kind) == "visit"
        for p in e.participants
    ]


def _actor(article, name):
    (actor,) = [a for a in article.actors if a.name == name]
    return actor


class TestListedActors:
    def test_each_sender_of_a_semicolon_list_praises(self):
        """
        "A, Deputy Ruler of X; B, Deputy Ruler of X; and C, ..." sent
        cables: one praise per sender, each of the emirate's state.
        """
        article = _extract(
            "Sheikh Omar bin Saqr Al Marri, Deputy Ruler of Ajman; Sheikh "
            "Khalid bin Omar Al Marri, Crown Prince and Deputy Ruler of Ajman; "
            "and Sheikh Rashid bin Ali Al Marri, Deputy Ruler of Ajman, sent "
            "congratulatory cables to King Frederik of Denmark."
        )
        senders = [
            "Omar bin Saqr Al Marri",
            "Khalid bin Omar Al Marri",
            "Rashid bin Ali Al Marri",
        ]

        assert (
            [
                (
                    "praise",
                    {sender: "initiator", "Frederik": "recipient"},
                    "occurred",
                    None,
                )
                for sender in senders
            ],
            ["ARE"] * 3,
        ) == (
            _events(article),
            [_actor(article, sender).country for sender in senders],
        )

    def test_each_sender_of_a_comma_list_praises(self):
        """
        "A, B and C congratulated X": the first of the list praises too.
        """
        article = _extract(
            "Kenyan President Ada Mwangi, Ghanaian President Kofi Boateng and "
            "Nigerian President Musa Bello congratulated Chilean President "
            "Rosa Vidal on her election."
        )

        assert [
            ("Ada Mwangi", "Rosa Vidal"),
            ("Kofi Boateng", "Rosa Vidal"),
            ("Musa Bello", "Rosa Vidal"),
        ] == [
            tuple(p.actor.name for p in e.participants) for e in article.events
        ]

    def test_three_speakers_are_one_group(self):
        """
        "A, B and C said": the three speak together.
        """
        article = _extract(
            "Senator Ada Mwangi, Senator Kofi Boateng and Senator Musa Bello "
            "said the treaty needed a vote."
        )

        assert [
            (
                "indirect",
                "the treaty needed a vote",
                "Ada Mwangi and Kofi Boateng and Musa Bello",
            )
        ] == _statements(article)

    def test_a_place_before_a_serial_and_is_no_member(self):
        """
        "held in Lagos, and X said": the place ends a clause; X speaks
        alone.
        """
        article = _extract(
            "The talks were held in Lagos, and Kenyan President Ada Mwangi "
            "said they were useful."
        )

        assert [("indirect", "they were useful", "Ada Mwangi")] == (
            _statements(article)
        )


class TestTitlesOfAPartOfAState:
    def test_ruler_of_an_emirate_acts_for_its_state(self):
        """
        "Member of the Supreme Council and Ruler of an emirate" gives the
        person the federation's state.
        """
        article = _extract(
            "Sheikh Hamad bin Saif Al Marri, Supreme Council Member and Ruler "
            "of Fujairah, received the ambassador of Chile on Monday."
        )
        actor = _actor(article, "Hamad bin Saif Al Marri")

        assert ("ARE", "Supreme Council Member and Ruler") == (
            actor.country,
            actor.role,
        )

    def test_a_title_before_bin_is_a_given_name(self):
        """
        "Sheikh Sultan bin Khalid": Sultan is his name, his father's after
        "bin", and no title.
        """
        article = _extract(
            "Sheikh Sultan bin Khalid Al Marri, Deputy Ruler of Ajman, met "
            "Chilean President Rosa Vidal on Monday."
        )

        assert ("ARE", "Deputy Ruler") == (
            _actor(article, "Sultan bin Khalid Al Marri").country,
            _actor(article, "Sultan bin Khalid Al Marri").role,
        )


class TestTripsToBrussels:
    def test_talks_with_union_officials_make_them_the_host(self):
        """
        A trip to Brussels to meet the heads of the Union's institutions is
        a visit those officials host, not Belgium; the talks are the visit.
        """
        article = _extract(
            "Chilean Foreign Minister Rosa Vidal, on a trip to Brussels, met "
            "on Monday with European Council President Ana Dahl and European "
            "Parliament President Tom Lind."
        )

        assert [
            (
                "visit",
                {"Rosa Vidal": "initiator", "Ana Dahl": "host"},
                "ongoing",
                "2025-03-31",
            )
        ] == _events(article)

    def test_a_trip_to_brussels_in_a_story_of_the_union(self):
        """
        With no talks told, the Union hosts a trip to Brussels in a story
        of the Union.
        """
        article = _extract(
            "Chilean Foreign Minister Rosa Vidal arrived in Brussels on "
            "Monday. The EU and Chile signed a trade deal on Tuesday."
        )

        assert [
            (
                "visit",
                {"Rosa Vidal": "initiator", "EU": "host"},
                "occurred",
                "2025-03-31",
            ),
            (
                "agreement",
                {"EU": "party", "Chile": "party"},
                "occurred",
                "2025-04-01",
            ),
        ] == _events(article)

    def test_a_belgian_host_keeps_the_trip_belgian(self):
        """
        A story that names a Belgian actor keeps Belgium the host of a trip
        to Brussels, though it names the Union too.
        """
        article = _extract(
            "Chilean Foreign Minister Rosa Vidal arrived in Brussels on "
            "Monday. She will also meet the King of Belgium. The EU "
            "welcomed her."
        )

        assert [("Rosa Vidal", "CHL"), ("Belgium", "BEL")] == _visit_sides(
            article
        )

    def test_a_nato_meeting_keeps_the_trip_belgian(self):
        """
        A trip to Brussels for a meeting of NATO is to Belgium, though the
        paragraph names the Union too.
        """
        article = _extract(
            "Chilean Foreign Minister Rosa Vidal travelled to Brussels on "
            "Tuesday, where she joined a meeting of NATO foreign ministers. "
            "The European Union has pledged aid to Peru."
        )

        assert [("Rosa Vidal", "CHL"), ("Belgium", "BEL")] == _visit_sides(
            article
        )

    def test_the_union_named_only_in_another_paragraph_hosts_nothing(self):
        """
        The Union hosts a trip to Brussels only when the trip's paragraph
        names it, not anywhere in the story.
        """
        article = _extract(
            "Chilean Foreign Minister Rosa Vidal travelled to Brussels on "
            "Tuesday.\n\nThe European Union has pledged aid to Peru."
        )

        assert [("Rosa Vidal", "CHL"), ("Belgium", "BEL")] == _visit_sides(
            article
        )

    def test_talks_with_another_state_are_no_talks_with_the_union(self):
        """
        A meeting in the trip's sentence with an official of no Union body
        leaves the Union the host and the meeting its own event.
        """
        article = _extract(
            "Chilean Foreign Minister Rosa Vidal, on a trip to Brussels, met "
            "on Monday with Peruvian Foreign Minister Luis Soto. The European "
            "Commission welcomed her."
        )

        assert [
            ("visit", {"Rosa Vidal", "European Union"}),
            ("meeting", {"Rosa Vidal", "Luis Soto"}),
        ] == [
            (str(e.kind), {p.actor.name for p in e.participants})
            for e in article.events
        ]


class TestPortfolioTitles:
    def test_two_portfolios_of_one_office_are_no_actor(self):
        """
        "Foreign Affairs and Trade Minister X": the portfolios are X's
        title, not an actor of the event beside him.
        """
        article = _extract(
            "Foreign Affairs and Trade Minister Aroha Tane of New Zealand "
            "held a phone call with Japanese Foreign Minister Kenji Mori on "
            "Monday."
        )

        assert [
            (
                "phone_call",
                {"Aroha Tane": "party", "Kenji Mori": "party"},
                "occurred",
                "2025-03-31",
            )
        ] == _events(article)

    def test_a_second_portfolio_of_several_words_is_no_actor(self):
        """
        "Energy and Natural Resources Minister X": the words of the second
        portfolio before its title are X's title too, not an actor.
        """
        article = _extract(
            "Chilean Energy and Natural Resources Minister Ana Dahl met "
            "Peruvian Energy Minister Omar Haddad in Lima on Monday."
        )

        assert [
            (
                "meeting",
                {"Ana Dahl": "party", "Omar Haddad": "party"},
                "occurred",
                "2025-03-31",
            )
        ] == _events(article)

    def test_capitals_past_the_reach_of_a_title_join_no_portfolio(self):
        """
        A portfolio word, "and" and capitalised words that reach no title
        within a few words are no title of the person after them.
        """
        article = _extract(
            "Energy and Lima Gas Oil Power Minister Ana Dahl met Peruvian "
            "Energy Minister Omar Haddad in Lima on Monday."
        )

        assert "Minister" == _actor(article, "Ana Dahl").role

    def test_a_title_among_the_words_is_its_own_office(self):
        """
        "Special Envoy and Minister of Foreign Affairs, X": both offices
        stay X's role.
        """
        article = _extract(
            "The Special Envoy and Minister of Foreign Affairs, Aroha Tane, "
            "met Japanese Foreign Minister Kenji Mori on Monday."
        )

        assert "Special Envoy and Foreign Minister" == (
            _actor(article, "Aroha Tane").role
        )


class TestOneUnion:
    def test_the_council_and_the_union_lift_one_sanction(self):
        """
        Sanctions lifted, told once as the EU Council's act and once as the
        EU's, are one event, of the actor first named.
        """
        article = _extract(
            "The EU Council in its decision on Monday lifted most of the "
            "sanctions against Belarus.\n\nThe EU lifted the sanctions "
            "against Belarus after Minsk freed prisoners."
        )

        assert [
            (
                "sanction",
                {"EU Council": "initiator", "Belarus": "recipient"},
                "occurred",
                "2025-03-31",
            )
        ] == _events(article)

    def test_the_parliament_and_the_commission_are_two_sides(self):
        """
        The Parliament's and the Commission's condemnations of one state
        are two accusations, each institution's own.
        """
        article = _extract(
            "The European Parliament on Thursday condemned Peru over the "
            "arrest of journalists. The European Commission also criticised "
            "Peru for the arrests."
        )

        assert [
            (
                "accusation",
                {"European Parliament": "initiator", "Peru": "recipient"},
                "occurred",
                "2025-04-03",
            ),
            (
                "accusation",
                {"European Commission": "initiator", "Peru": "recipient"},
                "occurred",
                None,
            ),
        ] == _events(article)


class TestStateNamesInTitles:
    def test_the_monarch_of_great_britain_and_northern_ireland(self):
        """
        "King X, the Monarch of Great Britain and Northern Ireland": one
        receiver of the United Kingdom, not a person "Northern Ireland".
        """
        article = _extract(
            "The Amir of Kuwait sent a cable to King Charles III, the Monarch "
            "of Great Britain and Northern Ireland, congratulating him on his "
            "coronation."
        )

        assert [("praise", {"KWT", "GBR"}, 2)] == [
            (
                str(e.kind),
                {p.actor.country for p in e.participants},
                len(e.participants),
            )
            for e in article.events
        ]


class TestStateAfterAnOffice:
    def test_a_state_after_a_region_in_the_office(self):
        """
        "X, the Governor of Y State, Nigeria," serves the state after the
        region: both sides of the meeting have their state.
        """
        article = _extract(
            "President Rosa Vidal of Chile met Dr Emeka Nwosu, the Executive "
            "Governor of Anambra State, Nigeria, on Monday."
        )

        assert [("meeting", {"CHL", "NGA"})] == [
            (str(e.kind), {p.actor.country for p in e.participants})
            for e in article.events
        ]

    @pytest.mark.parametrize("state", ["the State of Palestine", "Palestine"])
    def test_an_office_in_a_state_serves_it(self, state):
        """
        "X, Chairman of a council in (the State of) Y." acts for that state.
        """
        article = _extract(
            "Foreign Minister Ana Dahl of Norway received Colonel Omar Haddad, "
            f"Chairman of the National Youth Council in {state}."
        )

        assert "PSE" == _actor(article, "Omar Haddad").country

    def test_an_envoy_in_a_state_does_not_serve_it(self):
        """
        "X, head of mission in Kenya": Kenya is where the envoy serves, not
        whom.
        """
        article = _extract(
            "Foreign Minister Ana Dahl of Norway received Dr Lena Berg, head "
            "of mission in Kenya, on Monday."
        )

        assert "KEN" not in {
            a.country for a in article.actors if a.kind == "person"
        }

    def test_a_state_before_a_possessive_is_not_the_office_s(self):
        """
        "X, the Governor of Kano, Nigeria's largest state" names no state
        of the office after the comma: the name that follows it governs.
        """
        article = _extract(
            "Dr Emeka Nwosu, the Executive Governor of Anambra, Nigeria's "
            "busiest state, met President Rosa Vidal of Chile on Monday."
        )

        assert None is _actor(article, "Emeka Nwosu").country


class TestTitleNamedLater:
    def test_the_envoy_named_later_is_of_the_state_given_first(self):
        """
        "received the Special Envoy of the President of Ghana ... The
        Special Presidential Envoy, X,": X is the envoy, of Ghana.
        """
        article = _extract(
            "President Ada Mwangi of Kenya received the Special Envoy of the "
            "President of Ghana, Kofi Mensah, at the palace on Monday.\n\n"
            "The Special Presidential Envoy and Minister of Trade, Yaw "
            "Boateng, delivered a message from President Mensah."
        )

        assert [("host_visit", {"KEN", "GHA"})] == [
            (str(e.kind), {p.actor.country for p in e.participants})
            for e in article.events
        ]

    def test_a_title_with_a_state_then_the_holder_named(self):
        """
        "received the Chinese ambassador. Ambassador X said": X is Chinese.
        """
        article = _extract(
            "President Ada Mwangi of Kenya received the Chinese ambassador on "
            "Monday. Ambassador Li Wen said the talks were useful."
        )

        assert "CHN" == _actor(article, "Li Wen").country

    def test_the_holder_named_with_a_shorter_title(self):
        """
        "The Kazakh foreign minister arrived. Minister X said": the shorter
        title names the same office, so X is Kazakh.
        """
        article = _extract(
            "The Kazakh foreign minister arrived in Riga on Monday. Minister "
            "Nurlan Seitov said the talks would be useful."
        )

        assert "KAZ" == _actor(article, "Nurlan Seitov").country

    def test_the_other_side_of_the_same_sentence_keeps_no_state(self):
        """
        "The Chinese ambassador met Ambassador X": two people, and X is of
        no state the text gives.
        """
        article = _extract(
            "The Chinese ambassador met Ambassador Jon Berg in Oslo on Monday."
        )

        assert None is _actor(article, "Jon Berg").country

    def test_a_title_paragraphs_before_gives_no_state(self):
        """
        A holder named two paragraphs after the titled mention is not
        taken for it.
        """
        article = _extract(
            "The Chinese ambassador arrived on Monday.\n\nThe talks went "
            "well.\n\nAmbassador Jon Berg said the talks were useful."
        )

        assert None is _actor(article, "Jon Berg").country

    def test_one_named_before_the_title_keeps_no_state(self):
        """
        "Ambassador X arrived. The Chinese ambassador met him.": X was
        named before the title, which may be someone else.
        """
        article = _extract(
            "Ambassador Jon Berg arrived. The Chinese ambassador met him."
            "\n\nAmbassador Jon Berg said the talks were useful."
        )

        assert None is _actor(article, "Jon Berg").country


def _guests(article):
    # The initiators of the article's host visits, by state or name.
    return [
        p.actor.country or p.actor.name
        for e in article.events
        if str(e.kind) == "host_visit"
        for p in e.participants
        if str(p.role) == "initiator"
    ]


class TestListsOfGuests:
    def test_a_long_list_of_titled_envoys_is_one_visit_each(self):
        """
        "received A's Ambassador to X NAME, B's ..., C's ... and D's ...":
        the list goes on past the reach of the verb, one visit a guest.
        """
        article = _extract(
            "Prime Minister Ana Dahl of Norway received Japan's Ambassador "
            "to Norway Ken Sato, Russia's Ambassador to Norway Ivan Petrov, "
            "Italy's Ambassador to Norway Paolo Rossi and China's Ambassador "
            "to Norway Li Wen."
        )

        assert ["JPN", "RUS", "ITA", "CHN"] == _guests(article)

    def test_a_comma_before_and_goes_on_with_the_list(self):
        """
        "the ambassadors of A, B, and C": the serial comma ends no list.
        """
        article = _extract(
            "President Rosa Vidal of Chile received the ambassadors of Peru, "
            "Japan, and Kenya."
        )

        assert ["PER", "JPN", "KEN"] == _guests(article)

    def test_as_well_as_goes_on_with_the_list(self):
        """
        "the ambassadors of A, B, as well as C": one visit each.
        """
        article = _extract(
            "President Rosa Vidal of Chile received the ambassadors of Peru, "
            "Japan, as well as Kenya."
        )

        assert ["PER", "JPN", "KEN"] == _guests(article)

    def test_a_long_list_of_envoys_presenting_to_no_one_is_no_visit(self):
        """
        "Credentials were presented by the envoys of A, B, C and D." names
        no host however long the list goes on: no visit.
        """
        article = _extract(
            "Letters of credence were presented by the newly appointed "
            "ambassadors of Chile, Peru, Japan, Kenya, Ghana and Nepal."
        )

        assert [] == _guests(article)

    def test_credentials_handed_to_a_host_past_an_aside_are_his_visits(self):
        """
        "were presented by the envoys of A and B, in a ceremony ..., to X":
        the host named after the aside receives each envoy.
        """
        article = _extract(
            "Credentials were presented by the envoys of Chile and Peru, in a "
            "ceremony that lasted an hour, to Norway."
        )

        assert [("NOR", "CHL"), ("NOR", "PER")] == [
            (
                next(
                    p.actor.country for p in e.participants if p.role == "host"
                ),
                next(
                    p.actor.country
                    for p in e.participants
                    if p.role == "initiator"
                ),
            )
            for e in article.events
        ]

    def test_the_units_of_a_guest_s_office_are_no_guests(self):
        """
        "received X, Senior Director for Y, Z Directorate, W Council": the
        bodies after his title are where he works.
        """
        article = _extract(
            "Foreign Minister Ana Dahl of Norway received Colonel Jon Berg, "
            "Senior Director for Arctic Affairs, Northern Affairs "
            "Directorate, National Security Council at the Office of the "
            "Prime Minister of Iceland."
        )

        assert ["Jon Berg"] == _guests(article)

    def test_a_list_of_a_state_and_a_body_keeps_the_reach(self):
        """
        A state then a body is no list of one sort: the body far after the
        verb is no guest ("... and the Arctic Council" past the reach).
        """
        article = _extract(
            "President Rosa Vidal of Chile received the ambassador of the "
            "Republic of Peru, Ana Maria Torres Villanueva de la Cruz "
            "Santos, and the Arctic Council."
        )

        assert "Arctic Council" not in _guests(article)


class TestInitials:
    def test_the_letter_a_among_initials_is_one(self):
        """
        "T C A Raghavan": "A" between initials is one more, no article; the
        person keeps the state of his title when named again.
        """
        article = _extract(
            "The letter was handed to Indian Deputy High Commissioner K R A "
            "Menon on Monday. Menon said the talks were useful."
        )

        assert [("K R A Menon", "IND")] == [
            (a.name, a.country) for a in article.actors if a.kind == "person"
        ]


class TestTours:
    def test_a_tour_of_states_is_a_visit_to_each(self):
        """
        "a tour of A, B and C": each state hosts a visit; none is a
        visitor.
        """
        article = _extract(
            "Chilean President Rosa Vidal began a tour of Peru, Bolivia and "
            "Ecuador on Monday."
        )

        assert [
            ("visit", {"Rosa Vidal": "initiator", host: "host"}, "ongoing")
            for host in ("Peru", "Bolivia", "Ecuador")
        ] == [
            (kind, sides, status)
            for kind, sides, status, _ in _events(article)
        ]

    def test_the_tour_of_a_person_is_his(self):
        """
        "The tour of President X to Y": X visits Y.
        """
        article = _extract(
            "The tour of Chilean President Rosa Vidal to Peru began on Monday."
        )

        assert [
            (
                "visit",
                {"Rosa Vidal": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-31",
            )
        ] == _events(article)

    def test_a_tour_of_an_organisation_names_no_side(self):
        """
        "a visit to A as part of a tour of the Andean Community": the
        organisation neither visits nor hosts.
        """
        article = _extract(
            "Chilean Foreign Secretary Rosa Vidal arrived in Lima on Monday "
            "on a visit to Peru as part of a tour of the Andean Community."
        )

        assert [
            (
                "visit",
                {"Rosa Vidal": "initiator", "Peru": "host"},
                "occurred",
                "2025-03-31",
            )
        ] == _events(article)


_MET_IN_LIMA = (
    "Peruvian Foreign Minister Lena Vasko met Chilean Foreign Minister "
    "Tomas Velard in Lima on Monday. "
)


class TestVisitOfAPerson:
    @pytest.mark.parametrize(
        "sentence",
        [
            pytest.param(
                "The ministers discussed preparations for the upcoming visit "
                "of Chilean President Omar Haddad to Peru.",
                id="the visit of X, discussed by others",
            ),
            pytest.param(
                "Peruvian Foreign Minister Lena Vasko welcomed the planned "
                "visit by Chilean President Omar Haddad to Peru.",
                id="a visit by X, welcomed by its host",
            ),
            pytest.param(
                "The ministers' spokesman said the two ministers also "
                "discussed preparations for the visit of Chilean President "
                "Omar Haddad, who is set to arrive in Lima on Sunday.",
                id="'the two ministers' who discuss it are no pair",
            ),
        ],
    )
    def test_the_visit_of_a_person_is_his_alone(self, sentence):
        """
        "The ministers discussed the visit of X to Y": X is the visitor,
        not those who discuss or welcome the visit.
        """
        article = _extract(_MET_IN_LIMA + sentence)

        assert [
            ("visit", {"Omar Haddad": "initiator", "Peru": "host"}, "planned")
        ] == [
            (kind, sides, status)
            for kind, sides, status, _ in _events(article)
            if kind == "visit"
        ]

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            pytest.param(
                "The ministers discussed Chilean President Omar Haddad's "
                "visit to Peru next month.",
                {"Omar Haddad": "initiator", "Peru": "host"},
                id="a possessor",
            ),
            pytest.param(
                "Chilean Foreign Minister Tomas Velard will begin a visit to "
                "Bolivia next month.",
                {"Tomas Velard": "initiator", "Bolivia": "host"},
                id="no 'of'",
            ),
        ],
    )
    def test_the_subject_visits_when_no_one_else_is_named(
        self, sentence, expected
    ):
        """
        The subject or possessor is the visitor when no "of X" or "by X"
        names another: "X's visit to Y", "X will begin a visit to Y".
        """
        article = _extract(_MET_IN_LIMA + sentence)

        assert [expected] == [
            sides for kind, sides, _, _ in _events(article) if kind == "visit"
        ]


class TestOfficialsOfOrganisations:
    def test_the_head_of_a_un_office_before_a_dash_serves_it(self):
        """
        "X, head of mission of the UN-Habitat, then a dash and its branch": X
        serves the UN programme, so a home official receiving X is no
        domestic audience; "Chief of the Fire Service Lt Gen Y" is Y, the
        host.
        """
        article = _extract(
            "Chief of Kenya Fire Service Lt Gen Omar Baraka received in his "
            "office yesterday Dr Ana Dahl, head of mission of the UN-Habitat "
            "– East Africa Branch."
        )

        assert (
            [
                (
                    "host_visit",
                    {"Omar Baraka": "host", "Ana Dahl": "initiator"},
                    "occurred",
                    "2025-04-03",
                )
            ],
            "organization:united-nations-human-settlements-programme",
        ) == (_events(article), _actor(article, "Ana Dahl").affiliation)

    def test_a_title_word_before_of_is_no_member_who_speaks(self):
        """
        "Chief of the Kenya Fire Service Lt Gen X said": X speaks, not a
        person "Chief" of whom X would be the body.
        """
        article = _extract(
            "Chief of Kenya Fire Service Lt Gen Omar Baraka said the drill "
            "had gone well."
        )

        assert [("indirect", "the drill had gone well", "Omar Baraka")] == (
            _statements(article)
        )


class TestObservers:
    def test_a_journalist_visiting_is_no_visit(self):
        """
        "Journalist X, visiting Peru on holiday": a reporter's trip is no
        diplomatic visit.
        """
        article = _extract(
            "Journalist Ana Dahl, visiting Peru on holiday, told reporters "
            "she saw the protest."
        )

        assert [] == _events(article)

    def test_a_lawmaker_still_visits(self):
        """
        A descriptor of someone who acts for a state ("lawmaker") keeps him
        a side.
        """
        article = _extract(
            "American lawmaker Tom Reed arrived in Taipei on Monday."
        )

        assert [
            (
                "visit",
                {"Tom Reed": "initiator", "Taiwan": "host"},
                "occurred",
                "2025-03-31",
            )
        ] == _events(article)


class TestHostNoun:
    @pytest.mark.parametrize(
        "body",
        [
            pytest.param(
                "Jordanian Foreign Minister Omar Haddad held talks with his "
                "host Sameh Fathy in Cairo on Monday.",
                id="his host",
            ),
            pytest.param(
                "The Latvian ministers thanked their hosts Ana Ruiz and Luis "
                "Mora in Madrid on Monday.",
                id="their hosts",
            ),
        ],
    )
    def test_a_host_after_a_possessive_hosts_no_one(self, body):
        """
        "talks with his host X": the noun names the host; the guest is not
        hosting X.
        """
        article = _extract(body)

        assert [] == [e for e in _events(article) if e[0] == "host_visit"]

    def test_the_verb_still_hosts(self):
        """
        "Egypt will host X": the verb, the host's side of a visit.
        """
        article = _extract(
            "Egypt will host Jordanian Foreign Minister Omar Haddad on Monday."
        )

        assert [
            (
                "host_visit",
                {"Egypt": "host", "Omar Haddad": "initiator"},
                "planned",
                "2025-04-07",
            )
        ] == _events(article)


def _sides(article):
    # Each event's kind and the states of its sides.
    return [
        (str(e.kind), {p.actor.country for p in e.participants})
        for e in article.events
    ]


class TestStatesByTheirForm:
    def test_the_kingdom_is_the_kingdom_named(self):
        """
        "the Kingdom" after a kingdom was named is that state.
        """
        article = _extract(
            "Foreign Minister Ana Dahl of Norway met Chilean Foreign Minister "
            "Tomas Riquelme in Santiago on Monday. Riquelme thanked the "
            "Kingdom for its support."
        )

        assert ("praise", {"CHL", "NOR"}) in _sides(article)

    def test_the_sultanate_of_the_story_told_from_it(self):
        """
        "the Sultanate" in a story told from Oman is Oman, though it is
        never named.
        """
        article = relwatch.extract(
            relwatch.parse_article(
                "MUSCAT, April 2 (ONA) -- The Chilean envoy Rosa Vidal "
                "commended the Sultanate for its mediation."
            )
        )

        assert [("praise", {"CHL", "OMN"})] == _sides(article)

    @pytest.mark.parametrize(
        ("dateline", "expected"),
        [
            # The United Kingdom is no "Kingdom": its long name's head is
            # its own name.
            ("LONDON, April 2 (Reuters) --", "NOR"),
            # The story's own kingdom, named before the other, is not the
            # one last named.
            ("RIYADH, April 2 (SPA) --", "NOR"),
        ],
    )
    def test_the_kingdom_is_the_one_named_last(self, dateline, expected):
        """
        "Norway ... The Kingdom expelled": Norway, whether the story is told
        from London or from another kingdom's capital.
        """
        article = relwatch.extract(
            relwatch.parse_article(
                f"{dateline} Norway protested the arrest. The Kingdom "
                "expelled the ambassador of Chile on Friday."
            )
        )

        assert {expected, "CHL"} in [states for _, states in _sides(article)]

    def test_the_story_s_own_kingdom_before_another_named(self):
        """
        A story told from a kingdom calls its own state "the Kingdom",
        though it names another kingdom too.
        """
        article = relwatch.extract(
            relwatch.parse_article(
                "OSLO, April 2 (NTB) -- Swedish Foreign Minister Lena Berg "
                "praised the Kingdom for its role in the talks."
            )
        )

        assert [("praise", {"SWE", "NOR"})] == _sides(article)

    @pytest.mark.parametrize(
        "body",
        [
            # Two kingdoms named, and no story's state to say which.
            "Sweden and Norway met Chile. Chile thanked the Kingdom.",
            # No kingdom named at all.
            "Chile met Peru. Chile thanked the Kingdom.",
        ],
    )
    def test_no_one_kingdom_to_tell_is_no_state(self, body):
        """
        "the Kingdom" with no one kingdom it can be is no state.
        """
        article = _extract(body)

        assert [] == [e for e in article.events if str(e.kind) == "praise"]

    @pytest.mark.parametrize(
        "body",
        [
            "Chile met Norway in the Kingdom of Bahrain.",
            "Chile met Norway at the Kingdom Tower.",
        ],
    )
    def test_a_name_that_starts_with_the_form_is_no_form(self, body):
        """
        "the Kingdom of Bahrain" and "the Kingdom Tower" are names of
        their own, not "the Kingdom" alone.
        """
        article = _extract(body)

        assert {"CHL", "NOR"} == {
            p.actor.country for e in article.events for p in e.participants
        }


class TestNamedParliaments:
    def test_a_parliament_named_alone_acts_for_its_state(self):
        """
        "The Seimas condemned X": Lithuania's parliament, of its state.
        """
        article = _extract(
            "The Seimas adopted a resolution condemning the Belarusian regime "
            "on Tuesday."
        )

        assert [("accusation", {"LTU", "BLR"})] == _sides(article)

    def test_the_head_of_a_state_s_parliament_serves_it(self):
        """
        "the President of the Estonian Riigikogu X": X serves Estonia, and
        the parliament's name is not part of his.
        """
        article = _extract(
            "Chilean Foreign Minister Tomas Riquelme met the President of the "
            "Estonian Riigikogu Mart Tamm on Monday."
        )

        assert "EST" == _actor(article, "Mart Tamm").country


class TestDemonymLists:
    @pytest.mark.parametrize(
        ("body", "kind"),
        [
            (
                (
                    "On Monday, the Chilean and Peruvian delegations held a new "
                    "round of talks on the maritime border in Lima."
                ),
                "negotiation",
            ),
            (
                "The Chilean and Peruvian presidents met in Lima on Monday.",
                "meeting",
            ),
            (
                "Chilean and Peruvian officials met in Lima on Monday.",
                "meeting",
            ),
            (
                (
                    "The Chilean and Peruvian foreign ministers spoke by phone on "
                    "Monday."
                ),
                "phone_call",
            ),
        ],
    )
    def test_a_pair_of_demonyms_before_their_people_is_both_sides(
        self, body, kind
    ):
        """
        "the X and Y delegations/presidents/officials" are the two states.
        """
        article = _extract(body)

        assert [(kind, {"CHL", "PER"})] == _sides(article)

    @pytest.mark.parametrize(
        "body",
        [
            (
                "The Chilean, Peruvian and Bolivian foreign ministers met in Lima "
                "on Monday."
            ),
            (
                "The Chilean, Peruvian, and Bolivian foreign ministers met in "
                "Lima on Monday."
            ),
        ],
    )
    def test_a_list_of_demonyms_is_every_side(self, body):
        """
        A list of three demonyms, with or without the serial comma, is
        three sides.
        """
        article = _extract(body)

        assert [("meeting", {"CHL", "PER", "BOL"})] == _sides(article)

    @pytest.mark.parametrize(
        "body",
        [
            "Chilean and Peruvian fishermen met near the border on Monday.",
            "Chilean and Peruvian fishermen received the Norwegian ambassador.",
            "Chilean and Peruvian cooperation grew when the delegations met.",
        ],
    )
    def test_demonyms_before_other_words_are_no_sides(self, body):
        """
        Demonyms before fishermen or another noun that is no office make no
        state group: no event has Chile and Peru for its sides ("Chilean and
        Peruvian ministers met" would).
        """
        article = _extract(body)

        assert [] == [
            kind
            for kind, states in _sides(article)
            if {"CHL", "PER"} <= states
        ]


class TestAgencyAbroad:
    def test_a_state_s_agency_abroad_gives_its_officials_its_state(self):
        """
        "NEW YORK (QNA)": the minister named with no state is Qatar's, not
        the United States'.
        """
        article = relwatch.extract(
            relwatch.parse_article(
                "NEW YORK, Sept 24 (QNA) - Minister of State Hamad Al-Kuwari "
                "met Chilean Foreign Minister Tomas Riquelme on Tuesday. They "
                "discussed ties between Qatar and Chile."
            )
        )

        assert [("meeting", {"QAT", "CHL"})] == _sides(article)

    def test_a_state_s_agency_on_the_news_of_the_place_keeps_the_place(self):
        """
        "MOSCOW (Anadolu)" on Russia's foreign ministry, naming Turkey no
        more often than Russia: the deputy minister is Russia's, and he met
        Turkey's envoy.
        """
        article = relwatch.extract(
            relwatch.parse_article(
                "MOSCOW, March 3 (Anadolu) - The Foreign Ministry said on "
                "Tuesday that Moscow would answer the new tariffs in kind. "
                "Deputy Foreign Minister Gleb Sorin met the ambassador of "
                "Turkey, Selim Oral, on Wednesday."
            )
        )

        assert [("meeting", {"RUS", "TUR"})] == _sides(article)


class TestHonouredTitles:
    @pytest.mark.parametrize(
        ("rank", "holder"),
        [
            ("His Highness the President", "Khalid bin Saeed Al Harthy"),
            ("His Highness the Vice President", "Salem bin Khalid Al Harthy"),
        ],
    )
    def test_the_title_after_an_honorific_is_its_honoured_holder(
        self, rank, holder
    ):
        """
        "His Highness the President" is the president first named with that
        honorific, not the last president named.
        """
        article = _extract(
            "President His Highness Sheikh Khalid bin Saeed Al Harthy "
            "received a phone call from Prime Minister Ana Dahl of Norway. "
            "Vice President His Highness Sheikh Salem bin Khalid Al Harthy "
            "attended.\n\n"
            "Minister Omar Haddad received a written message from President "
            "Rosa Vidal of Chile.\n\n"
            f"{rank} sent a cable of congratulations to President Tomas "
            "Riquelme of Peru on his country's national day."
        )

        assert [
            ("praise", {holder: "initiator", "Tomas Riquelme": "recipient"})
        ] == [e[:2] for e in _events(article) if e[0] == "praise"]

    @pytest.mark.parametrize(
        ("lesser", "office"),
        [
            ("Vice President", "President"),
            ("Deputy Prime Minister", "Prime Minister"),
        ],
    )
    def test_the_honoured_title_is_no_lesser_office(self, lesser, office):
        """
        "His Highness the President" is not the Vice President first named
        with that honorific: a Vice President is no president.
        """
        article = _extract(
            f"{lesser} His Highness Sheikh Salem bin Rashid received the "
            f"Peruvian ambassador on Monday. {office} His Highness Sheikh "
            f"Khalid bin Rashid also met her. His Highness the {office} sent "
            "a cable of congratulations to President Tomas Riquelme of Peru."
        )

        assert [
            (
                "praise",
                {
                    "Khalid bin Rashid": "initiator",
                    "Tomas Riquelme": "recipient",
                },
            )
        ] == [e[:2] for e in _events(article) if e[0] == "praise"]

    def test_the_office_is_no_lesser_one_named_later(self):
        """
        "The Prime Minister" is the prime minister, not the Deputy Prime
        Minister named after him.
        """
        article = _extract(
            "Prime Minister Jonas Berg of Norway received Peruvian President "
            "Tomas Riquelme in Oslo on Monday. Deputy Prime Minister Ana Dahl "
            'also attended. The Prime Minister later said: "We agree on trade."'
        )

        assert ["Jonas Berg"] == [s.speaker.name for s in article.statements]

    def test_a_title_with_no_honoured_holder_is_the_last_named(self):
        """
        With no one named with the honorific and the office, "His
        Excellency the President" is the last president named.
        """
        article = _extract(
            "Minister Omar Haddad received a written message from President "
            "Rosa Vidal of Chile.\n\n"
            "His Excellency the President also sent a cable of "
            "congratulations to President Tomas Riquelme of Peru."
        )

        assert [
            (
                "praise",
                {"Rosa Vidal": "initiator", "Tomas Riquelme": "recipient"},
            )
        ] == [e[:2] for e in _events(article) if e[0] == "praise"]

    def test_an_honorific_alone_is_the_ruler_it_was_given_after_a_title(
        self,
    ):
        """
        "thanked His Highness" after "President His Highness Sheikh X": the
        honorific alone is X, though his first mention starts with a title.
        """
        article = _extract(
            "President His Highness Sheikh Khalid bin Saeed Al Harthy today "
            "received a phone call from Prime Minister Ana Dahl of Norway.\n\n"
            "Prime Minister Dahl thanked His Highness for the care extended "
            "to the Norwegian community."
        )

        assert [
            (
                "praise",
                {
                    "Ana Dahl": "initiator",
                    "Khalid bin Saeed Al Harthy": "recipient",
                },
            )
        ] == [e[:2] for e in _events(article) if e[0] == "praise"]


class TestEachOfAList:
    @pytest.mark.parametrize(
        ("verb", "kind"),
        [
            ("each expelled a Norwegian diplomat", "expulsion"),
            ("each imposed sanctions on Norway", "sanction"),
        ],
    )
    def test_each_state_of_a_list_acts(self, verb, kind):
        """
        "A, B and C each expelled a diplomat": one act per state of the
        list, as without "each".
        """
        article = _extract(f"Chile, Peru and Bolivia {verb} on Tuesday.")

        assert [
            (kind, {"CHL", "NOR"}),
            (kind, {"PER", "NOR"}),
            (kind, {"BOL", "NOR"}),
        ] == _sides(article)


class TestRegionalOrganisations:
    @pytest.mark.parametrize(
        ("body", "name"),
        [
            (
                (
                    "The Alliance of Sahel States (AES) accused ECOWAS of "
                    "interference on Monday."
                ),
                "Alliance of Sahel States (AES)",
            ),
            (
                (
                    "The Confederation of Sahel States accused ECOWAS of "
                    "interference on Monday."
                ),
                "Confederation of Sahel States",
            ),
            (
                "COMESA accused ECOWAS of interference on Monday.",
                "COMESA",
            ),
        ],
    )
    def test_a_regional_bloc_is_one_organisation(self, body, name):
        """
        A regional bloc of the tables is an organisation of no state, named
        in full.
        """
        article = _extract(body)

        assert [(name, None, "organization")] == [
            (p.actor.name, p.actor.country, str(p.actor.kind))
            for e in article.events
            for p in e.participants
            if p.role == "initiator"
        ]


class TestHomeBodies:
    @pytest.mark.parametrize(
        ("body", "actor"),
        [
            (
                (
                    "The Cabinet expressed appreciation to Chile for its efforts "
                    "to end the war."
                ),
                "Cabinet",
            ),
            (
                (
                    "The government condemned Chile's decision to expel two "
                    "diplomats."
                ),
                "government",
            ),
            (
                (
                    "The government of the day condemned Chile's "
                    "decision to expel two diplomats."
                ),
                "government",
            ),
        ],
    )
    def test_a_body_named_with_no_state_is_the_story_s_state_s(
        self, body, actor
    ):
        """
        "The Cabinet", "the government" named with no state in a story told
        from Riyadh are Saudi Arabia's.
        """
        article = relwatch.extract(
            relwatch.parse_article(f"RIYADH, May 4 (SPA) -- {body}")
        )

        assert [(actor, "SAU"), ("Chile", "CHL")] == [
            (p.actor.name, p.actor.country)
            for e in article.events
            for p in e.participants
        ]

    @pytest.mark.parametrize(
        "body",
        [
            "The Parliament of Norway condemned Chile's decision.",
            "The Cabinet of the EU condemned Chile's decision.",
            "Officials said the government building was attacked by Chile.",
        ],
    )
    def test_a_body_of_another_or_before_a_noun_is_not_the_home_s(self, body):
        """
        "The Parliament of Norway" is Norway's, "the Cabinet of the EU" the
        EU's and "the government building" no body: none is an actor of the
        state the story is told from.
        """
        article = relwatch.extract(
            relwatch.parse_article(f"RIYADH, May 4 (SPA) -- {body}")
        )

        assert [] == [a.name for a in article.actors if a.country == "SAU"]


class TestWellKnownNames:
    @pytest.mark.parametrize(
        "name",
        ["Abdel Fattah el-Sisi", "Abdel Fattah El-Sisi"],
    )
    def test_a_known_name_in_other_capitals_keeps_its_state(self, name):
        """
        The people table's "el-Sisi" written "El-Sisi" is the same person,
        of the same state.
        """
        article = _extract(
            f"President {name} praised Chile's position on Monday."
        )

        assert [("praise", {"EGY", "CHL"})] == _sides(article)

    def test_a_known_name_with_no_full_stop_keeps_its_state(self):
        """
        The people table's "Md. Touhid Hossain" written "Md Touhid Hossain"
        is the same person, of the same state.
        """
        article = _extract(
            "Foreign Adviser Md Touhid Hossain thanked Chile for its support "
            "on Monday."
        )

        assert [("praise", {"BGD", "CHL"})] == _sides(article)

    @pytest.mark.parametrize(
        ("name", "state"),
        [
            ("Secretary of State Antony J. Blinken", "USA"),
            ("President Ferdinand R. Marcos Jr.", "PHL"),
        ],
    )
    def test_a_known_name_with_a_middle_initial_keeps_its_state(
        self, name, state
    ):
        """
        A people-table name written with a middle initial ("Antony J.
        Blinken") is the same person, of the same state.
        """
        article = _extract(f"{name} praised Chile's position on Monday.")

        assert [("praise", {state, "CHL"})] == _sides(article)

    def test_initials_are_dropped_only_inside_a_name(self):
        """
        A one-letter word that opens or ends a name is part of it: "J.
        Blinken" is not the people table's "Antony Blinken".
        """
        article = _extract("Senator J. Blinken praised Chile on Monday.")

        assert [("praise", {"CHL", None})] == _sides(article)


class TestEnvoysOfAnOffice:
    def test_the_envoy_of_an_office_for_a_place_is_the_name(self):
        """
        "The Special Envoy of the Secretary-General for Ruritania, X": the
        portfolio after the inner title is the envoy's, and so is the name.
        """
        article = _extract(
            "The Special Envoy of the Secretary-General for Ruritania, Lena "
            "Berg, met Chilean Foreign Minister Tomas Riquelme on Monday."
        )

        assert "Special Envoy of the Secretary-General for Ruritania" == (
            _actor(article, "Lena Berg").role
        )


class TestPronounAfterATitle:
    def test_he_after_a_titled_subject_is_the_holder(self):
        """
        "In Lima, the Special Envoy met X. He then travelled to Y": he is
        the envoy named before, not X, the first name in the sentence.
        """
        article = _extract(
            "Special Envoy Lena Berg of Norway began a tour of the region on "
            "Monday.\n\n"
            "In Lima, the Special Envoy met Peruvian Foreign Minister Rosa "
            "Quispe. She then travelled to Santiago, where she was received "
            "by Chilean Foreign Minister Tomas Riquelme."
        )

        assert ("visit", {"NOR", "CHL"}) in _sides(article)
