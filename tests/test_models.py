import datetime as dt
import hashlib
import math
import pickle

import attrs
import pytest

from hypothesis import given
from hypothesis import strategies as st

from relwatch import (
    Actor,
    ActorKind,
    Article,
    Dateline,
    DiplomaticEvent,
    EventKind,
    EventStatus,
    Evidence,
    PartialDate,
    Participant,
    ParticipantRole,
    Place,
    Span,
    Statement,
    StatementKind,
    ValidationError,
)
from relwatch._models import digest, slug
from relwatch.testing import (
    actors,
    articles,
    datelines,
    events,
    partial_dates,
    places,
    spans,
    statements,
)


PEZESHKIAN = Actor(
    name="Massoud Pezeshkian",
    kind=ActorKind.PERSON,
    country="IRN",
    role="President",
)
ALIYEV = Actor(
    name="Ilham Aliyev",
    kind=ActorKind.PERSON,
    country="AZE",
    role="President",
)
BODY = Article.join_paragraphs(
    [
        "The president of Iran will visit Baku this month, officials said.",
        'The foreign minister told reporters: "We expect a warm welcome."',
        "Talks on transport links are also planned.",
    ]
)
QUOTE = "We expect a warm welcome."


def _errors(excinfo):
    return [f"{path}: {message}" for path, message in excinfo.value.errors]


class TestActor:
    @pytest.mark.parametrize(
        ("actor", "expected"),
        [
            (PEZESHKIAN, "person:massoud-pezeshkian"),
            (
                Actor(name="Iran", kind=ActorKind.STATE, country="IRN"),
                "state:IRN",
            ),
            (Actor(name="Iran", kind=ActorKind.STATE), "state:iran"),
            (
                Actor(name="United Nations", kind=ActorKind.ORGANIZATION),
                "organization:united-nations",
            ),
            (
                Actor(name="  Recep Tayyip  ERDOĞAN "),
                "unknown:recep-tayyip-erdogan",
            ),
            (
                Actor(name="Ma'ruf Amin", kind=ActorKind.PERSON),
                "person:ma-ruf-amin",
            ),
            (
                Actor(name="عباس عراقجي", kind=ActorKind.PERSON),
                "person:عباس-عراقجي",
            ),
        ],
    )
    def test_derived_id(self, actor, expected):
        """
        Without an explicit id, an actor's id is kind plus normalised name,
        or state plus country code.
        """
        assert expected == actor.id

    def test_explicit_id_kept(self):
        """
        A given id wins over the derived one.
        """
        a = Actor(name="Iran", kind=ActorKind.STATE, id="wikidata:Q794")

        assert "wikidata:Q794" == a.id

    def test_evolve_keeps_identity(self):
        """
        Correcting a name with evolve keeps the actor's id.
        """
        a = attrs.evolve(PEZESHKIAN, name="Masoud Pezeshkian")

        assert "person:massoud-pezeshkian" == a.id

    def test_collections_become_tuples(self):
        """
        Any iterable is accepted for aliases and stored as a tuple.
        """
        a = Actor(name="Iran", aliases=["Islamic Republic of Iran"])

        assert ("Islamic Republic of Iran",) == a.aliases

    def test_external_ids(self):
        """
        External ids are accepted as a mapping, stored sorted, and looked up
        by scheme.
        """
        a = Actor(name="Iran", ids={"wikidata": "Q794", "cameo": "IRN"})
        b = Actor(name="Iran", ids=[("cameo", "IRN"), ("wikidata", "Q794")])

        assert (("cameo", "IRN"), ("wikidata", "Q794")) == a.ids
        assert a == b
        assert hash(a) == hash(b)
        assert "Q794" == a.external_id("wikidata")
        assert None is a.external_id("geonames")

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            (
                {"name": ""},
                "Actor.name: must not be empty or only whitespace, got ''",
            ),
            ({"name": "   "}, "Actor.name: must not be empty"),
            ({"name": "---"}, "Actor.name: '---' has no letter or digit"),
            (
                {"name": None},
                "Actor.name: expected a string, got None (NoneType)",
            ),
            (
                {"name": "Iran", "kind": "state"},
                "Actor.kind: expected ActorKind, got 'state' (use ActorKind('state'))",
            ),
            (
                {"name": "Iran", "kind": 3},
                "Actor.kind: expected ActorKind, got 3 (int)",
            ),
            (
                {"name": "Iran", "country": "irn"},
                "Actor.country: 'irn' is not an ISO 3166-1 alpha-3 country code (did you mean 'IRN'?)",
            ),
            (
                {"name": "Iran", "country": "XYZ"},
                "Actor.country: 'XYZ' is not an ISO 3166-1 alpha-3 country code",
            ),
            (
                {"name": "Iran", "country": "IR"},
                "Actor.country: 'IR' is not an ISO 3166-1",
            ),
            (
                {"name": "Iran", "country": 364},
                "Actor.country: expected an ISO 3166-1 alpha-3 code, got 364 (int)",
            ),
            ({"name": "Iran", "role": ""}, "Actor.role: must not be empty"),
            (
                {"name": "Iran", "affiliation": "state IRN"},
                "Actor.affiliation: 'state IRN' is not an id without whitespace",
            ),
            (
                {"name": "Iran", "aliases": "Persia"},
                "Actor.aliases: expected a sequence of items, got 'Persia'",
            ),
            (
                {"name": "Iran", "aliases": ["Persia", ""]},
                "Actor.aliases[1]: must not be empty",
            ),
            (
                {"name": "Iran", "aliases": 5},
                "Actor.aliases: expected a sequence of items, got 5 (int)",
            ),
            (
                {"name": "Iran", "ids": {"wikidata": "794"}},
                "Actor.ids['wikidata']: '794' is not a Wikidata item id",
            ),
            (
                {"name": "Iran", "ids": {"cameo": "IRNG"}},
                "Actor.ids['cameo']: 'IRNG' is not a CAMEO actor code",
            ),
            (
                {"name": "Iran", "ids": {"Wiki Data": "Q1"}},
                "Actor.ids['Wiki Data']: is not a scheme name",
            ),
            (
                {"name": "Iran", "ids": {"geonames": " "}},
                "Actor.ids['geonames']: must not be empty",
            ),
            (
                {"name": "Iran", "ids": [("cameo", "IRN"), ("cameo", "IRQ")]},
                "Actor.ids['cameo']: appears twice",
            ),
            (
                {"name": "Iran", "ids": [("cameo",)]},
                "Actor.ids[0]: expected a (scheme, id) pair of strings, got ('cameo',)",
            ),
            (
                {"name": "Iran", "ids": "Q794"},
                "Actor.ids: expected a mapping of scheme to id, got 'Q794'",
            ),
            (
                {"name": "Iran", "id": ""},
                "Actor.id: '' is not an id without whitespace",
            ),
        ],
    )
    def test_invalid(self, kwargs, message):
        """
        Bad values raise ValidationError naming the field and the value.
        """
        with pytest.raises(ValidationError) as e:
            Actor(**kwargs)

        assert any(line.startswith(message) for line in _errors(e)), _errors(e)

    def test_all_problems_at_once(self):
        """
        Every bad field is reported in one error, in field order.
        """
        with pytest.raises(ValidationError) as e:
            Actor(name="", kind="person", country="irn")

        assert ["Actor.name", "Actor.kind", "Actor.country"] == [
            p for p, _ in e.value.errors
        ]
        assert str(e.value).startswith("3 problems:\n  Actor.name:")

    def test_frozen(self):
        """
        Records cannot be changed in place.
        """
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            PEZESHKIAN.name = "Someone else"  # type: ignore[misc]

    def test_positional_arguments_refused(self):
        """
        Constructors are keyword-only, so field order is not part of the API.
        """
        with pytest.raises(TypeError):
            Actor("Iran")  # type: ignore[call-arg]


class TestIds:
    def test_slug(self):
        """
        Slugs drop accents and punctuation and fold case.
        """
        assert "jose-manuel-albares" == slug("José Manuel  Albares!")

    def test_digest_separates_parts(self):
        """
        Moving text from one part to the next, or None for "", changes the
        hash.
        """
        assert digest("ab", "c") != digest("a", "bc")
        assert digest(None) != digest("")
        assert 16 == len(digest("x"))

    def test_a_field_too_long_to_print_is_a_validation_error(self):
        """
        A number too long for str() in a field the id hashes is reported by
        validation, naming the field, not raised from inside the hashing.
        """
        with pytest.raises(ValidationError, match=r"DiplomaticEvent\.when"):
            DiplomaticEvent(
                kind=EventKind.VISIT,
                participants=[
                    Participant(
                        actor=PEZESHKIAN, role=ParticipantRole.INITIATOR
                    )
                ],
                when=10**5000,
            )

    def test_ids_are_stable_across_releases(self):
        """
        Derived ids are part of the wire contract: these values must never
        change, or every stored dataset would get new ids.
        """
        statement = Statement(
            text=QUOTE, speaker=ALIYEV, span=Span(start=3, end=28)
        )
        event = DiplomaticEvent(
            kind=EventKind.VISIT,
            participants=[
                Participant(actor=PEZESHKIAN, role=ParticipantRole.INITIATOR)
            ],
            when=PartialDate(year=2025, month=4),
        )

        assert (
            "article:fc92a45a093f933b"
            == Article(body="Text.", url="https://example.org/a").id
        )
        assert (
            "article:24bfefa24a8d62c8"
            == Article(
                body="Text.", outlet="AzerNews", published=dt.date(2025, 4, 4)
            ).id
        )
        assert "statement:b2dd9fba77377b4b" == statement.id
        assert "event:8a313f91d9d97189" == event.id

    def test_article_id_rule(self):
        """
        The documented rule: the first 16 hex digits of SHA-256 over the
        length-prefixed UTF-8 url.
        """
        url = "https://example.org/news/ünïcode"
        encoded = url.encode()
        expected = hashlib.sha256(
            b"%d:%s" % (len(encoded), encoded)
        ).hexdigest()

        assert f"article:{expected[:16]}" == Article(body="Text.", url=url).id


class TestSpan:
    def test_find_and_slice(self):
        """
        find locates a substring; slice cuts it back out.
        """
        span = Span.find(BODY, QUOTE)

        assert QUOTE == span.slice(BODY)
        assert len(QUOTE) == len(span)

    def test_find_after_start(self):
        """
        find looks from start onwards.
        """
        text = "Baku and Baku"

        assert Span(start=9, end=13) == Span.find(text, "Baku", start=1)

    @pytest.mark.parametrize("needle", ["Tehran", ""])
    def test_find_missing(self, needle):
        """
        A needle that is absent (or empty) is an error, not a -1 offset.
        """
        with pytest.raises(ValidationError, match="does not occur"):
            Span.find(BODY, needle)

    def test_empty_span_allowed(self):
        """
        start == end is a valid, empty span.
        """
        assert 0 == len(Span(start=4, end=4))

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"start": 5, "end": 2}, "Span.end: 2 is before start 5"),
            (
                {"start": -1, "end": 2},
                "Span.start: must not be negative, got -1",
            ),
            (
                {"start": 0, "end": 2.0},
                "Span.end: expected a whole number, got 2.0 (float)",
            ),
            (
                {"start": False, "end": 2},
                "Span.start: expected a whole number, got False (bool)",
            ),
        ],
    )
    def test_invalid(self, kwargs, message):
        """
        Negative, reversed or non-integer offsets are refused.
        """
        with pytest.raises(ValidationError) as e:
            Span(**kwargs)

        assert [message] == _errors(e)


class TestPlace:
    def test_coordinates_together(self):
        """
        Latitude without longitude is refused.
        """
        with pytest.raises(ValidationError, match="give both or neither"):
            Place(name="Baku", latitude=40.4)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            (
                {"latitude": 91, "longitude": 0},
                "Place.latitude: 91 is not between -90 and 90",
            ),
            (
                {"latitude": 0, "longitude": -180.5},
                "Place.longitude: -180.5 is not between -180 and 180",
            ),
            (
                {"latitude": "40", "longitude": 0},
                "Place.latitude: expected degrees as a number",
            ),
            (
                {"latitude": math.nan, "longitude": 0},
                "Place.latitude: nan is not between",
            ),
            ({"country": "AZ"}, "Place.country: 'AZ' is not an ISO 3166-1"),
        ],
    )
    def test_invalid(self, kwargs, message):
        """
        Coordinates out of range and bad countries are refused.
        """
        with pytest.raises(ValidationError) as e:
            Place(name="Baku", **kwargs)

        assert _errors(e)[0].startswith(message)

    def test_valid(self):
        """
        A place with country and coordinates is kept as given.
        """
        p = Place(name="Baku", country="AZE", latitude=40.41, longitude=49.87)

        assert (40.41, 49.87) == (p.latitude, p.longitude)


class TestStatement:
    def test_defaults(self):
        """
        A bare statement is a direct quote with no speaker, span or date.
        """
        s = Statement(text=QUOTE)

        assert StatementKind.DIRECT == s.kind
        assert (None, None, None) == (s.speaker, s.span, s.said_on)

    def test_id_depends_on_content(self):
        """
        The same text and speaker give the same id; another speaker another.
        """
        a = Statement(text=QUOTE, speaker=ALIYEV)

        assert a.id == Statement(text=QUOTE, speaker=ALIYEV).id
        assert a.id != Statement(text=QUOTE, speaker=PEZESHKIAN).id
        assert (
            a.id
            != Statement(
                text=QUOTE, speaker=ALIYEV, span=Span(start=0, end=1)
            ).id
        )

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"text": ""}, "Statement.text: must not be empty"),
            (
                {"text": QUOTE, "speaker": "Aliyev"},
                "Statement.speaker: expected Actor, got 'Aliyev'",
            ),
            (
                {"text": QUOTE, "kind": "direct"},
                "Statement.kind: expected StatementKind, got 'direct' (use StatementKind('direct'))",
            ),
            (
                {"text": QUOTE, "span": (0, 3)},
                "Statement.span: expected Span, got (0, 3) (tuple)",
            ),
            (
                {"text": QUOTE, "said_on": dt.date(2025, 4, 4)},
                "Statement.said_on: expected PartialDate",
            ),
            ({"text": QUOTE, "cue": ""}, "Statement.cue: must not be empty"),
            ({"text": 7}, "Statement.text: expected a string, got 7 (int)"),
        ],
    )
    def test_invalid(self, kwargs, message):
        """
        Wrong types are named with the field, even where the id cannot be
        derived from them.
        """
        with pytest.raises(ValidationError) as e:
            Statement(**kwargs)

        assert _errors(e)[0].startswith(message)


class TestDiplomaticEvent:
    def _event(self, **kwargs):
        fields = {
            "kind": EventKind.VISIT,
            "participants": [
                Participant(actor=PEZESHKIAN, role=ParticipantRole.INITIATOR)
            ],
        }
        return DiplomaticEvent(**(fields | kwargs))

    def test_defaults(self):
        """
        An event is taken to have occurred unless said otherwise.
        """
        event = self._event()

        assert EventStatus.OCCURRED == event.status
        assert ParticipantRole.PARTY == Participant(actor=ALIYEV).role

    def test_codes_follow_status(self):
        """
        The same kind codes differently once planned.
        """
        planned = self._event(status=EventStatus.PLANNED)

        assert "036" == planned.kind.codes(planned.status).cameo

    def test_id_depends_on_participants_and_date(self):
        """
        Two visits differ in id when their visitor or their date differs.
        """
        base = self._event(when=PartialDate(year=2025, month=4))

        assert base.id == self._event(when=PartialDate(year=2025, month=4)).id
        assert base.id != self._event(when=PartialDate(year=2025, month=5)).id
        assert (
            base.id
            != self._event(
                participants=[Participant(actor=ALIYEV)],
                when=PartialDate(year=2025, month=4),
            ).id
        )

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            (
                {"participants": []},
                "DiplomaticEvent.participants: must not be empty",
            ),
            (
                {"participants": [PEZESHKIAN]},
                "DiplomaticEvent.participants[0]: expected Participant, got Actor(",
            ),
            (
                {"participants": None},
                "DiplomaticEvent.participants: expected a sequence of items, got None",
            ),
            (
                {"kind": "visit"},
                "DiplomaticEvent.kind: expected EventKind, got 'visit' (use EventKind('visit'))",
            ),
            (
                {"status": "planned"},
                "DiplomaticEvent.status: expected EventStatus",
            ),
            (
                {"confidence": 1.5},
                "DiplomaticEvent.confidence: must be between 0 and 1, got 1.5",
            ),
            (
                {"confidence": -0.1},
                "DiplomaticEvent.confidence: must be between 0 and 1",
            ),
            (
                {"confidence": math.nan},
                "DiplomaticEvent.confidence: must be between 0 and 1, got nan",
            ),
            (
                {"confidence": True},
                "DiplomaticEvent.confidence: expected a number between 0 and 1, got True",
            ),
            ({"location": "Baku"}, "DiplomaticEvent.location: expected Place"),
            (
                {"evidence": [Span(start=0, end=1)]},
                "DiplomaticEvent.evidence: expected Evidence",
            ),
            ({"summary": " "}, "DiplomaticEvent.summary: must not be empty"),
        ],
    )
    def test_invalid(self, kwargs, message):
        """
        An event without participants, with confidence outside [0, 1] or
        wrong types is refused.
        """
        with pytest.raises(ValidationError) as e:
            self._event(**kwargs)

        assert _errors(e)[0].startswith(message)

    def test_confidence_bounds_included(self):
        """
        0 and 1 are valid confidences.
        """
        assert 0 == self._event(confidence=0).confidence
        assert 1.0 == self._event(confidence=1.0).confidence


class TestEvidence:
    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"extractor": ""}, "Evidence.extractor: must not be empty"),
            (
                {"version": 1},
                "Evidence.version: expected a string, got 1 (int)",
            ),
            (
                {"spans": [(0, 1)]},
                "Evidence.spans[0]: expected Span, got (0, 1) (tuple)",
            ),
        ],
    )
    def test_invalid(self, kwargs, message):
        """
        Evidence names its extractor with text and points with Spans.
        """
        with pytest.raises(ValidationError) as e:
            Evidence(**kwargs)

        assert _errors(e)[0].startswith(message)


class TestDateline:
    def test_fields(self):
        """
        A dateline holds what a MENAFN opening says.
        """
        d = Dateline(
            crawl_date=dt.date(2025, 4, 4),
            aggregator="MENAFN",
            outlet="AzerNews",
            bylines=["Akbar Novruz"],
            end=58,
        )

        assert ("Akbar Novruz",) == d.bylines
        assert None is d.place

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            ({"end": -1}, "Dateline.end: must not be negative"),
            (
                {"date": dt.datetime(2025, 4, 4, 9, 30)},
                "Dateline.date: expected a datetime.date, got datetime.datetime(",
            ),
            (
                {"crawl_date": "2025-04-04"},
                "Dateline.crawl_date: expected a datetime.date, got '2025-04-04'",
            ),
            ({"outlet": ""}, "Dateline.outlet: must not be empty"),
            (
                {"bylines": "Akbar Novruz"},
                "Dateline.bylines: expected a sequence of items",
            ),
        ],
    )
    def test_invalid(self, kwargs, message):
        """
        Bad dateline values are named with their field.
        """
        with pytest.raises(ValidationError) as e:
            Dateline(**kwargs)

        assert _errors(e)[0].startswith(message)


class TestArticle:
    def _statement(self, **kwargs):
        return Statement(
            **(
                {
                    "text": QUOTE,
                    "speaker": ALIYEV,
                    "span": Span.find(BODY, QUOTE),
                }
                | kwargs
            )
        )

    def test_full_record(self):
        """
        An article holds its actors, statements and events, as tuples.
        """
        event = DiplomaticEvent(
            kind=EventKind.VISIT,
            participants=[
                Participant(actor=PEZESHKIAN, role=ParticipantRole.INITIATOR),
                Participant(actor=ALIYEV, role=ParticipantRole.HOST),
            ],
            when=PartialDate(year=2025, month=4, raw="this month"),
            status=EventStatus.PLANNED,
            evidence=Evidence(spans=[Span.find(BODY, "will visit Baku")]),
        )
        article = Article(
            outlet="AzerNews",
            published=dt.date(2025, 4, 4),
            body=BODY,
            actors=[PEZESHKIAN, ALIYEV],
            statements=[self._statement()],
            events=[event],
        )

        assert (PEZESHKIAN, ALIYEV) == article.actors
        assert "en" == article.language
        assert 3 == len(article.paragraphs)
        assert article.id.startswith("article:")

    @pytest.mark.parametrize(
        "url",
        [
            "https://example.org/a",
            "HTTP://example.org",
            "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
            "corpus:dev/page-0001",
            "file:///var/crawl/page.html",
        ],
    )
    def test_url_is_any_absolute_uri(self, url):
        """
        A page's address may be any absolute URI, not only http(s): an
        archive's or corpus's own identifier keeps the article's id stable.
        """
        article = Article(body="Text.", url=url)

        assert url == article.url

    def test_id_prefers_url(self):
        """
        With a url the id depends on nothing else; without, on the content.
        """
        url = "https://example.org/a"

        assert (
            Article(body="One.", url=url).id
            == Article(body="Two.", url=url).id
        )
        assert Article(body="One.").id != Article(body="Two.").id
        assert Article(body="One.").id != Article(body="One.", outlet="WAM").id

    def test_indirect_statement_need_not_match(self):
        """
        Only a direct quote must equal the body text it spans.
        """
        s = self._statement(
            text="He expects a warm welcome.", kind=StatementKind.INDIRECT
        )

        assert (s,) == Article(body=BODY, statements=[s]).statements

    def test_direct_quote_must_match(self):
        """
        A direct quote with a span must be exactly body[span].
        """
        s = self._statement(text="We expect a cold welcome.")

        with pytest.raises(ValidationError) as e:
            Article(body=BODY, statements=[s])

        assert _errors(e)[0].startswith(
            "Article.statements[0].text: direct quote 'We expect a cold welcome.' is not body["
        )

    def test_spans_inside_body(self):
        """
        Statement and evidence spans past the end of the body are refused,
        each with its path.
        """
        far = Span(start=0, end=len(BODY) + 1)
        event = DiplomaticEvent(
            kind=EventKind.MEETING,
            participants=[Participant(actor=ALIYEV)],
            evidence=Evidence(spans=[Span(start=0, end=3), far]),
        )

        with pytest.raises(ValidationError) as e:
            Article(
                body=BODY,
                statements=[self._statement(span=far)],
                events=[event],
            )

        assert [
            "Article.statements[0].span",
            "Article.events[0].evidence.spans[1]",
        ] == [p for p, _ in e.value.errors]
        assert "runs past the end of the body" in str(e.value)

    @pytest.mark.parametrize(
        ("body", "message"),
        [
            ("", "Article.body: must not be empty"),
            (
                " Text.",
                "Article.body: paragraph 1 starts or ends with whitespace",
            ),
            ("One.\n\n\n\nTwo.", "Article.body: paragraph 2 is empty"),
            (
                "One.\n\n\nTwo.",
                "Article.body: paragraph 2 starts or ends with whitespace",
            ),
            ("One.\nTwo.", "Article.body: paragraph 1 contains a line break"),
            (
                "One.\n\nTwo.\r\nThree.",
                "Article.body: paragraph 2 contains a line break",
            ),
            ("One.\n\n", "Article.body: paragraph 2 is empty"),
            (b"One.", "Article.body: expected a string, got b'One.' (bytes)"),
        ],
    )
    def test_body_shape(self, body, message):
        """
        The body is one-line paragraphs separated by exactly one blank line.
        """
        with pytest.raises(ValidationError) as e:
            Article(body=body)

        assert _errors(e)[0].startswith(message)

    @pytest.mark.parametrize(
        ("kwargs", "message"),
        [
            (
                {"url": "menafn.com/1109025653"},
                "Article.url: 'menafn.com/1109025653' is not an absolute URI (http(s) with a host)",
            ),
            (
                {"url": "https://"},
                "Article.url: 'https://' is not an absolute URI (http(s) with a host)",
            ),
            (
                {"url": 5},
                "Article.url: expected an absolute URI (http(s) with a host), got 5 (int)",
            ),
            (
                {"language": "english"},
                "Article.language: 'english' is not a BCP 47 language tag",
            ),
            (
                {"published": "2025-04-04"},
                "Article.published: expected a datetime.date",
            ),
            (
                {"actors": [ALIYEV, "Aliyev"]},
                "Article.actors[1]: expected Actor, got 'Aliyev'",
            ),
            (
                {"statements": QUOTE},
                "Article.statements: expected a sequence of items",
            ),
            (
                {"events": [None]},
                "Article.events[0]: expected DiplomaticEvent, got None",
            ),
            (
                {"dateline": {"outlet": "AzerNews"}},
                "Article.dateline: expected Dateline",
            ),
            ({"bylines": [""]}, "Article.bylines[0]: must not be empty"),
        ],
    )
    def test_invalid(self, kwargs, message):
        """
        Bad field values are refused with the field path and the value.
        """
        with pytest.raises(ValidationError) as e:
            Article(body=BODY, **kwargs)

        assert _errors(e)[0].startswith(message)

    def test_join_paragraphs(self):
        """
        join_paragraphs normalises whitespace and drops empty paragraphs.
        """
        body = Article.join_paragraphs([" A\tb ", "", "\n", "c\n d"])

        assert "A b\n\nc d" == body
        assert ("A b", "c d") == Article(body=body).paragraphs


class TestRecordProperties:
    @given(articles())
    def test_evolve_without_change_is_equal(self, article):
        """
        For all articles, evolve with the same values is equal and hashes
        equal.
        """
        copy = attrs.evolve(article)

        assert article == copy
        assert hash(article) == hash(copy)

    @given(articles())
    def test_pickle_round_trip(self, article):
        """
        For all articles, pickling gives an equal article.
        """
        assert article == pickle.loads(pickle.dumps(article))

    @given(articles())
    def test_ids_are_derived_from_content(self, article):
        """
        For all articles, rebuilding every record from its fields without
        its id gives the same ids.
        """

        def rebuilt(record):
            fields = attrs.asdict(record, recurse=False)
            del fields["id"]
            return type(record)(**fields)

        assert article.id == rebuilt(article).id
        for record in article.statements + article.events + article.actors:
            assert record.id == rebuilt(record).id

    @given(articles())
    def test_spans_consistent_with_body(self, article):
        """
        For all articles, every span lies in the body and every direct quote
        with a span is exactly the text it covers.
        """
        for s in article.statements:
            if s.span is not None:
                assert s.span.end <= len(article.body)
                if s.kind is StatementKind.DIRECT:
                    assert s.text == s.span.slice(article.body)
        for e in article.events:
            for span in e.evidence.spans if e.evidence else ():
                assert span.end <= len(article.body)

    @given(
        st.one_of(
            actors(),
            statements(),
            events(),
            places(),
            spans(),
            datelines(),
            partial_dates(),
        )
    )
    def test_value_types_hashable_and_immutable(self, record):
        """
        For all records of every type, they hash, compare equal to an
        evolved copy and refuse assignment.
        """
        assert record == attrs.evolve(record)
        assert hash(record) == hash(attrs.evolve(record))
        field = attrs.fields(type(record))[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(record, field, None)
