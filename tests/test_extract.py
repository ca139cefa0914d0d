"""
relwatch.extract: the golden table of invented sentences, and the
invariants that hold for any text.
"""

import time

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

import relwatch

from relwatch import Article
from relwatch._extract import _events as events_module
from relwatch._extract import _mentions
from relwatch._extract._tables import Trigger, tables

from .extract_cases import EVENT_CASES, REFERENCE, STATEMENT_CASES
from .timing import grows_linearly


def _extract(body, published=REFERENCE):
    return relwatch.extract(Article(body=body, published=published))


def _statements(article):
    return [
        (str(s.kind), s.text, s.speaker.name if s.speaker else None)
        for s in article.statements
    ]


def _events(article):
    return [
        (
            str(e.kind),
            {p.actor.name: str(p.role) for p in e.participants},
            str(e.status),
            None if e.when is None else str(e.when),
        )
        for e in article.events
    ]


class TestGoldenStatements:
    @pytest.mark.parametrize(
        "case", STATEMENT_CASES, ids=[c.name for c in STATEMENT_CASES]
    )
    def test_case(self, case):
        """
        Each template finds its statements, with their speakers.
        """
        expected = case.statements

        assert expected == _statements(_extract(case.body))


class TestGoldenEvents:
    @pytest.mark.parametrize(
        "case", EVENT_CASES, ids=[c.name for c in EVENT_CASES]
    )
    def test_case(self, case):
        """
        Each event kind and status is found with its participants and date.
        """
        expected = case.events

        assert expected == _events(_extract(case.body))


class TestWhereAndWhen:
    def test_location(self):
        """
        An event held "in" a capital is located there, in its state.
        """
        (event,) = _extract(
            "Hungarian Foreign Minister Gabor Farkas met Azerbaijani Foreign "
            "Minister Rauf Mammadli in Baku on Tuesday."
        ).events

        assert ("Baku", "AZE") == (event.location.name, event.location.country)

    def test_location_of_a_city_with_its_coordinates(self):
        """
        A city of the cities table gives its state and where it lies.
        """
        (event,) = _extract(
            "Hungarian Foreign Minister Gabor Farkas met Azerbaijani Foreign "
            "Minister Rauf Mammadli in Geneva on Tuesday."
        ).events

        assert ("Geneva", "CHE", 46, 6) == (
            event.location.name,
            event.location.country,
            int(event.location.latitude),
            int(event.location.longitude),
        )

    def test_location_of_a_named_place(self):
        """
        "at the Presidential Palace" is a place with no state of its own.
        """
        (event,) = _extract(
            "President Ilham Aliyev received Georgian Prime Minister Levan "
            "Kobalia at the Presidential Palace."
        ).events

        assert ("Presidential Palace", None) == (
            event.location.name,
            event.location.country,
        )

    def test_said_on(self):
        """
        A date in the sentence outside the words said is when they were
        said; one inside them is not.
        """
        (said, quoted) = _extract(
            "Hakan Demir said on Monday that the talks had been useful. "
            "“We meet again in May,” he said."
        ).statements

        assert ("2025-03-31", None) == (str(said.said_on), quoted.said_on)

    def test_no_date_without_reference(self):
        """
        With no publication date nothing is resolved, and nothing guessed.
        """
        article = relwatch.extract(
            Article(body="Hakan Demir said on Monday that talks went well.")
        )

        assert None is article.statements[0].said_on


# Pieces of news text, shuffled into bodies: names, titles, cues,
# triggers, quotation marks and dates in any order.
_PIECES = (
    "Iranian President Massoud Pezeshkian",
    "Foreign Minister",
    "his Russian counterpart",
    "Hakan Demir",
    "Demir",
    "the minister",
    "he",
    "she",
    "the two sides",
    "Baku",
    "official Tehran",
    "the Turkish Foreign Ministry",
    "UN",
    "said",
    "said that",
    "told reporters",
    "according to",
    "stressed",
    "adding",
    "asked",
    "continued",
    "according to the statement",
    "the Declaration",
    "Muscat Declaration",
    "met",
    "visited",
    "received",
    "held a phone call with",
    "will visit",
    "was cancelled",
    "signed an agreement",
    "congratulated",
    "on Monday",
    "this month",
    "in May",
    "for a \u00b2-day visit",
    "“",
    "”",
    '"',
    ",",
    ".",
    ":",
    "\n\n",
    "and",
    "the",
)
_BODIES = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)),
    max_size=60,
).map(lambda parts: Article.join_paragraphs(" ".join(parts).split("\n\n")))


def _article(body):
    return Article(body=body or "Nothing.", published=REFERENCE)


class TestSettingsOnly:
    def test_a_sentence_of_summits_only_is_dated(self):
        """
        A sentence whose every trigger is a gathering that may be a setting
        ("the summit") is dated, not an IndexError.
        """
        found = _events(
            relwatch.extract(
                _article("The ASEAN summit on Monday followed the G20 summit.")
            )
        )

        assert (
            "meeting",
            {"ASEAN": "party"},
            "occurred",
            "2025-03-31",
        ) in found


class TestAnyText:
    @settings(max_examples=300)
    @given(_BODIES)
    def test_records_point_into_the_body(self, body):
        """
        For any text the result is a valid article: every statement is the
        text it spans, every event has two sides (or is an organisation's
        own summit or declaration) and evidence in the body, and every actor
        used is in the article's actors.
        """
        article = relwatch.extract(_article(body))
        actors = {a.id for a in article.actors}

        for s in article.statements:
            assert s.text == s.span.slice(article.body)
            assert s.speaker is None or s.speaker.id in actors
        for e in article.events:
            assert len(e.participants) >= 2 or (
                e.kind.value in {"meeting", "agreement"}
                and e.participants[0].actor.kind
                is relwatch.ActorKind.ORGANIZATION
            )
            assert {p.actor.id for p in e.participants} <= actors
            assert all(
                0 <= span.start < span.end <= len(article.body)
                for span in e.evidence.spans
            )

    @settings(max_examples=150)
    @given(_BODIES)
    def test_round_trips_through_json(self, body):
        """
        Whatever it extracts writes to JSON and reads back equal.
        """
        article = relwatch.extract(_article(body))

        assert article == relwatch.from_json(
            Article, relwatch.to_json(article)
        )

    @settings(max_examples=150)
    @given(_BODIES)
    def test_deterministic_and_idempotent(self, body):
        """
        The same body gives the same records, and extracting again gives
        the same article: the rules replace what an earlier run found.
        """
        once = relwatch.extract(_article(body))

        assert once == relwatch.extract(_article(body))
        assert once == relwatch.extract(once)

    @settings(max_examples=100)
    @given(_BODIES, _BODIES)
    def test_words_kept_from_other_articles_change_nothing(self, other, body):
        """
        What the process keeps about words it has read in another article
        changes no record: an article read after another gives the same
        records as with that memory forgotten at every new word.
        """
        relwatch.extract(_article(other))
        kept = relwatch.extract(_article(body))

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(_mentions, "_KEPT_WORDS", 0)
            _mentions._NAME_WORD.clear()
            _mentions._opens(tables().phrase_starts).clear()
            forgetting = relwatch.extract(_article(body))

        assert kept == forgetting

    @settings(max_examples=100)
    @given(_BODIES, _BODIES)
    def test_triggers_kept_from_other_articles_change_nothing(
        self, other, body
    ):
        """
        The triggers the process keeps as possible after a first word read
        in another article change no record: an article read after another
        gives the same records as read by a process that kept none.
        """
        relwatch.extract(_article(other))
        kept = relwatch.extract(_article(body))

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(
                events_module, "_POSSIBLE", events_module._PossibleTriggers()
            )
            forgetting = relwatch.extract(_article(body))

        assert kept == forgetting

    def test_triggers_kept_per_table(self):
        """
        Two trigger tables used in turn each get their own possible
        triggers, and past the tables kept the oldest are forgotten.
        """
        meet = Trigger(("met", "with"), "meeting", "party", "party")
        call = Trigger(("met", "with"), "phone_call", "party", "party")
        tables_used = [{"met": [meet]}, {"met": [call]}] + [
            {"met": [meet]} for _ in range(events_module._KEPT_TABLES)
        ]
        possible = events_module._PossibleTriggers()

        found = [
            possible.of(table, "met", "with")
            for _ in range(2)
            for table in tables_used
        ]

        expected = [table["met"] for table in tables_used] * 2
        assert expected == found
        assert len(possible.tables) <= events_module._KEPT_TABLES

    def test_triggers_of_a_table_whose_id_was_reused_are_its_own(self):
        """
        A table that takes the id of one forgotten by the process gets its
        own possible triggers, not those kept for the id.
        """
        meet = Trigger(("met", "with"), "meeting", "party", "party")
        call = Trigger(("met", "with"), "phone_call", "party", "party")
        table = {"met": [meet]}
        possible = events_module._PossibleTriggers()
        # What a forgotten table left under the id the new one now has.
        possible.tables[id(table)] = (
            {"met": [call]},
            {"met": ([], {"with": [call]})},
        )

        assert [meet] == possible.of(table, "met", "with")

    def test_possible_triggers_by_the_word_after(self):
        """
        The word after the first leaves possible the triggers of one word,
        those with a gap next and those it is the second word of, in the
        table's order; a word that is the second of none, or none at all,
        only the first two.
        """
        meet = Trigger(("met", "with"), "meeting", "party", "party")
        gap = Trigger(("met", "*", "talks"), "meeting", "party", "party")
        alone = Trigger(("met",), "meeting", "party", "party")
        table = {"met": [meet, gap, alone]}
        possible = events_module._PossibleTriggers()

        found = [
            possible.of(table, "met", following)
            for following in ["with", "for", None, "*"]
        ]

        expected = [
            [meet, gap, alone],
            [gap, alone],
            [gap, alone],
            [gap, alone],
        ]
        assert expected == found

    @given(st.text(max_size=400))
    def test_any_characters(self, text):
        """
        Any characters at all make an article, never an exception.
        """
        body = Article.join_paragraphs(text.split("\n\n")) or "Nothing."

        relwatch.extract(Article(body=body))

    def test_keeps_the_rest_of_the_article(self):
        """
        The body, id, dateline and the rest stay as they were.
        """
        article = Article(
            body="Hakan Demir said the talks had been useful.",
            url="https://example.org/a",
            outlet="Example Wire",
            published=REFERENCE,
        )

        found = relwatch.extract(article)

        assert (article.body, article.id, article.outlet, article.url) == (
            found.body,
            found.id,
            found.outlet,
            found.url,
        )

    def test_not_an_article(self):
        """
        Anything but an Article is refused with a relwatch error.
        """
        with pytest.raises(
            relwatch.RelwatchError, match="expected an Article"
        ):
            relwatch.extract("Hakan Demir said the talks had been useful.")


def _seconds(body):
    # CPU time: other processes on a busy machine add wall time, not the
    # time this one spends.
    article = Article(body=body, published=REFERENCE)
    start = time.process_time()
    relwatch.extract(article)
    return time.process_time() - start


class TestLinearTime:
    @pytest.mark.parametrize(
        "unit",
        [
            "“",
            '"a ',
            "President ",
            "Hakan Demir ",
            "said that ",
            "the two sides ",
            "Mr. A. ",
            "met with ",
            "of the ",
            "Iranian ",
            "he said. ",
            ", ",
            "“We agree,” he said, ",
            "According to X, ",
            "Narimanli says ",
            "a, he said, ",
            "Noting he said, ",
            "a “b,” claiming ",
            "quoted X as saying ",
            "the minister ",
            ".",
            "?!",
            "received a cable from Chile ",
            "thanked Peru by phone ",
            "credentials were handed in by Chile ",
            "Chile met Peru. Two agreements were signed. ",
            "Chile met Peru and ",
            "received a cable from Chile and thanked Peru and ",
            "agreements have been signed since 2020 and ",
            "Iran spoke to Peru by phone, praised Chile, ",
            "in late in mid-mid-March the end of the end of ",
            "Two weeks ago, Chile met Peru, and this morning ",
            "Chile met Peru on Monday. The next day a day earlier ",
            "The next day, Chile met Peru. ",
            "Chile met Peru since in May ",
            "Chile met Peru on Monday. Later in the in the same ",
            "Peru received Chile. Chile left Lima on Monday. ",
            "on 1-2 May, and Chile met Peru on May 3-4-5 ",
            "in May Chile met Peru, ",
            "held phone talks with Peru via video link and ",
            "accorded Chile a warm ",
            "ordered Peru and Chile to ",
            "brokered a truce between Peru and ",
            "a deal was signed, including a memorandum between Peru and ",
            "Omar Baraka, Deputy Ruler of Ajman; Ana Dahl; and Rosa Vidal, ",
            "Omar Baraka, Ana Dahl, and Rosa Vidal sent cables to Peru, ",
            "Foreign Affairs and Trade and ",
            "Minister for East and Central Asian Affairs and Omar Baraka ",
            "Minister at the Foreign Ministry at the ",
            "Energy and Natural Resources and ",
            "a tour of the Andean Community of ",
            "invited Peru and Chile to join the ",
            "The GCC summit read the Lima Declaration and ",
            "the meeting of Chile and ",
            "received the ambassadors of Chile, Peru, and ",
            "met Chile, Peru, as well as ",
            "received Colonel Omar Baraka, Senior Director, Arctic Directorate, ",
            "Omar Baraka, the Governor of Lagos State, Nigeria, met ",
            "the Chinese ambassador met Ambassador Omar Baraka. ",
            "sent a cable to Peru ",
            "will meet Chile and hold talks with Peru and ",
            "described Chile as a friend and ",
            "any visit to Peru ",
            "said he would visit Peru and ",
            "received visiting ",
            "Chile arrived in Lima, his first visit to Peru, ",
            "Peru welcomed Chile to Lima at the palace, Lima, and ",
            "the ministry on Monday said that ",
            "Norway expelled Peru's envoy. Chile condemned the decision. ",
            "Norway expelled Peru's envoy. Chile said the move was illegal. ",
            "Norway expelled Peru's envoy. Chile said it would retaliate. ",
            "praised the tireless efforts of ",
            "Chile met Peru and agreed to meet Peru and signed a deal and ",
            "accepted an invitation to visit Peru and ",
            "the Peru-Chile trade talks and the Chile-Peru deal and ",
            "Peru's decision on Monday to expel a Chilean consul and ",
            "declared a diplomat of the Chilean embassy in Lima ",
            "ordered the Chilean consul in the city of Lima to leave and ",
            "Chile and Peru held a round of talks. A second round will follow. ",
            "the second round of voting and a third round and ",
            "Chile and Peru were continuing their mediation efforts between ",
            "Norway expelled Peru's envoy. Chile said it would respond “",
            "would take all necessary measures and respond in a mirror manner ",
            "signed a labour arrangement that was inked on Monday by ",
            "Chilean Foreign Minister Ana Soto held talks in Lima and ",
            "called on Peruvian President Lucia Ferrer and ",
            "Chile and Peru and Ecuador agreed Tuesday to meet and ",
            "Ana Soto is in Lima for talks and ",
            "a meeting between Chile and Peru and ",
            "Chilean President Ana Ruiz thanked him and invited him to visit and ",
            "Peru met Chile. This was reported by Omar Baraka, ",
            "This was reported by X with reference to the statement of ",
            "Karim al-Rawi met al-Rawi and ",
            "said they share “a firm commitment,” adding that ",
            "said it was useful but added that ",
            "The ministry condemned the Swedish raid, describing it as ",
            "said in a statement carried by the agency (ENA): “",
            "received in Lima a delegation led by the Peruvian envoy and ",
            "condemned in the strongest terms the storming of the mission by ",
            "Norway expelled Peru's envoy. Chile said Norway must bear the ",
            "the second such incident in a week and the third such in two ",
            "more than eight years after Lima severed ties with Chile and ",
            "urged the EU to impose sanctions on Peru and called on Norway to ",
            "held talks with visiting Peruvian President Lucia Ferrer and ",
            "Ana Rojas met Luis Soto. The two sides signed pacts and ",
            "arrived on a visit, during which he is to meet Luis Soto and ",
            "as a single negotiating party and ",
            "the ministry said.According to ",
            "aa.Bb",
            "praised the efforts made by Chile, Peru and ",
            "expressed Peru's appreciation for the role played by ",
            "will attend the Mercosur summit and take part in the ",
            "On Monday, the heads of state ",
            "conveyed an invitation for Peru to visit Chile and ",
            "Chile met Peru, who arrived and thanked and ",
            "the Government of the Republic of Chile Trade Office and ",
            "the Office of the Chile Trade Representative of Peru and ",
            "received a delegation of the Office of the President of Peru and ",
            "the Embassy of Chile Ambassador Ana Soto and ",
            "under the trade deal Chile removed its tariffs on Peruvian wine and ",
            "the Andean Liberation Front (PHOTO) met the Front (ALF) and ",
            "said the talks went well, remarks that caused ",
            "said Peru adheres to the treaty and thanked Chile and ",
            "said that Lima would respond in a “measured” way and would reply ",
            # This session's rules: acts after the words, envoys, meetings.
            "said the talks went well, commending Peru, ",
            "held meetings with several foreign ministers, including Ana Soto of Peru, ",
            "received the new ambassadors from Peru and congratulated the ambassadors ",
            # Receptions of envoys not named, and rosters after them.
            "Ana Ruiz received credentials from ambassadors and ",
            "They were Luis Soto (Peru), Tomas Vidal (Bolivia) and ",
            # Readiness to visit, documents seen, opening clauses, counted
            # envoys, bare possessives, envoys to talks, dash cues.
            "Peru said it was ready to visit Chile and ",
            "A letter from Peru obtained by Chile said that ",
            "Although Peru met Chile, Lima said, saying ",
            "Peru received four new ambassadors from Chile and ",
            "Belarus' ministry said Chile's envoy and ",
            "Peru recalled its envoy to the Chile talks and ",
            "“Yes,” - said Ana Soto and ",
        ],
        ids=repr,
    )
    def test_growth(self, unit):
        """
        Extraction grows linearly on adversarial text: four times the text
        takes far less than sixteen times as long.
        """

        def seconds(size):
            text = (unit * (size // len(unit))).strip() or "x"
            return _seconds(" ".join(text.split()))

        assert grows_linearly(seconds, 31_250, 125_000, 10)

    @pytest.mark.parametrize(
        "unit",
        [
            "Oslo said that Lima accused Peru and ",
            "Chile condemned the decision and said it would respond in kind and ",
            "Oslo said Lima would call on Peru and ",
            "Chile warned that Santiago would reconsider ties if Peru, Lima and ",
            "Chile warned that Santiago would attend and Santiago will ",
            "Chile condemned the aid given to Lima by Peru and condemned the ",
        ],
        ids=repr,
    )
    def test_growth_of_cues_that_need_a_quotation(self, unit):
        """
        A sentence of many cues that say something only with a quotation
        after them is read in time linear in its length: where the quote
        marks stand is found once, not again from every cue.
        """

        def seconds(size):
            return _seconds(" ".join((unit * (size // len(unit))).split()))

        assert grows_linearly(seconds, 31_250, 250_000, 16)

    @pytest.mark.parametrize(
        "unit",
        [
            "on 1 May, and ",
            "on 2 May ",
            "said on 3 May, and ",
            ", who on 4 May ",
            ", which on 5 May, ",
        ],
        ids=repr,
    )
    def test_growth_of_dates_before_the_trigger(self, unit):
        """
        A sentence of many dates before its one trigger is read in time
        linear in its length: each date is weighed against what lies between
        it and the trigger once, not again for every date before it.
        """

        def seconds(size):
            return _seconds(unit * (size // len(unit)) + "Chile met Peru.")

        assert grows_linearly(seconds, 31_250, 125_000, 10)

    @pytest.mark.parametrize(
        "unit", ["Kazakh, ", "Kazakh and ", "the Uzbek, "]
    )
    def test_growth_of_a_list_of_demonyms_with_no_people(self, unit):
        """
        A long list of demonyms that ends in no people noun is read once,
        not again from each of its commas.
        """

        def seconds(size):
            return _seconds(
                "Officials said "
                + unit * (size // len(unit))
                + "and Kyrgyz traders met."
            )

        assert grows_linearly(seconds, 8_000, 32_000, 10)

    @pytest.mark.parametrize(
        "unit",
        [
            (
                "Chilean Foreign Minister Ana Soto visited Peru on Monday.\n\n"
                "Soto spoke with Bolivian Foreign Minister Luis Arce.\n\n"
            ),
            "Soto spoke with Bolivian Foreign Minister Luis Arce.\n\n",
            "Soto spoke with Bolivian Foreign Minister Luis Arce and ",
            (
                "Chile imposed sanctions on 30 firms in Peru, Bolivia and Peru "
                "that help Peru, including firms in Peru, "
            ),
        ],
        ids=repr,
    )
    def test_growth_of_calls_and_sanction_lists(self, unit):
        """
        Many "spoke with"s, paragraph after paragraph or in one sentence,
        each read against the visits told just before it and the words of
        its sentence, and a long list of sanction targets, are read in time
        linear in their length.
        """

        def seconds(size):
            return _seconds((unit * (size // len(unit))).strip())

        assert grows_linearly(seconds, 31_250, 125_000, 10)

    @pytest.mark.parametrize(
        "unit",
        [
            "Anna Vogel: we agree.\n\n",
            "NRK: why?\n\nAnna Vogel: we agree.\n\nWe do.\n\n",
            "Anna Vogel:\n\n",
        ],
        ids=repr,
    )
    def test_growth_of_transcript_turns(self, unit):
        """
        A body of many transcript turns, paragraph after paragraph, is read
        in time linear in its length.
        """

        def seconds(size):
            body = "Spokesperson Anna Vogel spoke.\n\n" + unit * (
                size // len(unit)
            )
            return _seconds(body.strip())

        assert grows_linearly(seconds, 31_250, 125_000, 10)
