import datetime as dt
import json

import pytest

from hypothesis import given, settings
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
    Phase,
    Place,
    Span,
    ValidationError,
)
from relwatch.interop import (
    NINJS_VERSION,
    from_plover,
    to_gdelt_rows,
    to_ninjs,
    to_plover,
    to_schemaorg,
)
from relwatch.testing import articles, bodies, events

from . import strategies


VISITOR = Actor(
    name="Massoud Pezeshkian",
    kind=ActorKind.PERSON,
    country="IRN",
    role="President",
    ids={"wikidata": "Q5956233", "cameo": "IRNGOV"},
)
HOST = Actor(name="Azerbaijan", kind=ActorKind.STATE, country="AZE")
BODY = "Iran's president will visit Baku this month, officials said."
ALL = [(k, s) for k in EventKind for s in EventStatus]


def _plover_records(body):
    """
    PLOVER records of one to three coded events reported in *body*.
    """
    coded = events(body).filter(lambda e: e.kind.codes(e.status) is not None)
    return st.lists(coded, min_size=1, max_size=3).map(
        lambda found: to_plover(Article(body=body, events=found))
    )


# What may replace a value in a PLOVER record.
AWKWARD_PLOVER = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(st.characters(categories=["Cs"]) | st.characters(), max_size=4),
    st.sampled_from(["CONSULT", "visit", "042", "future", "2025-13", "Q0"]),
    st.lists(st.integers(-2, 3) | st.text(max_size=2), max_size=3),
    st.dictionaries(
        st.sampled_from(["text", "code", "spans", "identifier"]),
        st.integers() | st.text(max_size=3),
        max_size=2,
    ),
)


def _article(kind, status, **event):
    fields = {
        "kind": kind,
        "participants": [
            Participant(actor=VISITOR, role=ParticipantRole.INITIATOR),
            Participant(actor=HOST, role=ParticipantRole.HOST),
        ],
        "when": PartialDate(year=2025, month=4),
        "status": status,
        "evidence": Evidence(spans=[Span.find(BODY, "will visit Baku")]),
        "location": Place(
            name="Baku", country="AZE", latitude=40.41, longitude=49.87
        ),
    }
    return Article(
        body=BODY,
        url="https://example.org/news/visit",
        headline="President to visit Baku",
        outlet="Example Wire",
        bylines=["Leyla Karimova"],
        published=dt.date(2025, 4, 4),
        dateline=Dateline(
            outlet="Example Wire",
            place="BAKU, Azerbaijan",
            date=dt.date(2025, 4, 4),
        ),
        actors=[VISITOR, HOST],
        events=[DiplomaticEvent(**(fields | event))],
    )


@pytest.mark.parametrize(("kind", "status"), ALL, ids=str)
class TestEveryKindAndStatus:
    def test_plover(self, kind, status):
        """
        An event with codes is one PLOVER record with its kind's codes for
        its status; one without codes is left out.
        """
        codes = kind.codes(status)
        records = to_plover(_article(kind, status))

        if codes is None:
            assert [] == records
            return
        (record,) = records
        assert (codes.plover, codes.plover_mode, codes.cameo) == (
            record["event"],
            record["mode"],
            record["cameo"],
        )
        assert (
            ["future"] if status.phase is Phase.INTENDED else []
        ) == record["context"]
        assert ("Massoud Pezeshkian", "Azerbaijan") == (
            record["actor"]["text"],
            record["recipient"]["text"],
        )
        assert "2025-04" == record["date"]
        assert ["will visit Baku"] == record["text_info"]["text"]
        assert record["cite_info"]["coder"].startswith("relwatch ")

    def test_plover_round_trip(self, kind, status):
        """
        Reading back a PLOVER record and writing it again gives the same
        event, mode, code, context, date and actors.
        """
        records = to_plover(_article(kind, status))
        again = to_plover(
            Article(
                body=BODY,
                published=dt.date(2025, 4, 4),
                events=from_plover(records),
            )
        )

        def core(r):
            return (
                r["event"],
                r["mode"],
                r["cameo"],
                r["context"],
                r["date"],
                r["actor"]["relwatch_id"],
                r["recipient"]["relwatch_id"],
                r["text_info"]["spans"],
            )

        assert [core(r) for r in records] == [core(r) for r in again]

    def test_gdelt(self, kind, status):
        """
        Occurred visits are two dyads (042 by the visitor, 043 by the host);
        other coded events one row; codes are strings and quad class and
        Goldstein come from the taxonomy.
        """
        codes = kind.codes(status)
        rows = to_gdelt_rows(_article(kind, status))

        if codes is None:
            assert [] == rows
            return
        visit = (
            kind in (EventKind.VISIT, EventKind.HOST_VISIT)
            and status.phase is Phase.OCCURRED
        )
        if visit:
            assert [("042", "IRNGOV", "AZE"), ("043", "AZE", "IRNGOV")] == [
                (r["EventCode"], r["Actor1Code"], r["Actor2Code"])
                for r in rows
            ]
            return
        (row,) = rows
        assert (
            codes.cameo,
            codes.cameo[:2],
            codes.quad_class,
            codes.goldstein,
        ) == (
            row["EventCode"],
            row["EventRootCode"],
            row["QuadClass"],
            row["GoldsteinScale"],
        )
        assert (
            "20250401",
            "MASSOUD PEZESHKIAN",
            "https://example.org/news/visit",
        ) == (
            row["SQLDATE"],
            row["Actor1Name"],
            row["SOURCEURL"],
        )

    def test_schemaorg(self, kind, status):
        """
        The event is an Event among the mentions, with a schema.org status
        where one exists.
        """
        data = to_schemaorg(_article(kind, status))
        (event,) = [m for m in data["mentions"] if m["@type"] == "Event"]

        assert "NewsArticle" == data["@type"]
        assert "2025-04" == event["startDate"]
        assert (
            status not in (EventStatus.SPECULATED, EventStatus.DENIED)
        ) == ("eventStatus" in event)
        json.dumps(data)

    def test_ninjs(self, kind, status):
        """
        Every article is a ninjs text item with its required uri.
        """
        item = to_ninjs(_article(kind, status))

        assert ("https://example.org/news/visit", "text") == (
            item["uri"],
            item["type"],
        )


class TestExporters:
    def test_schemaorg_article_fields(self):
        """
        Headline, date, author, publisher, dateline and actors map to their
        schema.org properties.
        """
        article = _article(EventKind.VISIT, EventStatus.PLANNED)
        data = to_schemaorg(article)

        assert "President to visit Baku" == data["headline"]
        assert "2025-04-04" == data["datePublished"]
        assert [{"@type": "Person", "name": "Leyla Karimova"}] == data[
            "author"
        ]
        assert "Example Wire" == data["publisher"]["name"]
        assert "BAKU, Azerbaijan" == data["dateline"]
        person = data["mentions"][0]
        assert ("Person", "https://www.wikidata.org/wiki/Q5956233", "IRN") == (
            person["@type"],
            person["sameAs"],
            person["nationality"]["identifier"],
        )
        assert (
            "https://schema.org/EventScheduled"
            == data["mentions"][2]["eventStatus"]
        )

    def test_ninjs_fields(self):
        """
        People, places, byline and the creation time are where ninjs wants
        them.
        """
        item = to_ninjs(_article(EventKind.VISIT, EventStatus.PLANNED))

        assert "1.4" == NINJS_VERSION
        assert "2025-04-04T00:00:00Z" == item["versioncreated"]
        assert "Leyla Karimova" == item["byline"]
        assert "BAKU, Azerbaijan" == item["located"]
        assert [
            {
                "name": "Massoud Pezeshkian",
                "rel": "mentioned",
                "uri": "http://www.wikidata.org/entity/Q5956233",
            }
        ] == item["people"]
        assert [{"name": "Azerbaijan", "rel": "mentioned"}] == item["places"]

    def test_minimal_article(self):
        """
        An article with nothing but a body exports everywhere.
        """
        article = Article(body="Talks resumed.")

        assert [] == to_plover(article) == to_gdelt_rows(article)
        assert {
            "@context",
            "@type",
            "@id",
            "identifier",
            "articleBody",
            "inLanguage",
        } == set(to_schemaorg(article))
        assert article.id in to_ninjs(article)["uri"]

    def test_event_without_recipient_or_date(self):
        """
        A one-party event with no date exports with an empty recipient and
        the publication date, and with no start date in schema.org.
        """
        event = DiplomaticEvent(
            kind=EventKind.THREAT, participants=[Participant(actor=HOST)]
        )
        article = Article(
            body=BODY, published=dt.date(2025, 4, 4), events=[event]
        )
        (record,) = to_plover(article)
        (row,) = to_gdelt_rows(article)

        assert (None, "2025-04-04") == (record["recipient"], record["date"])
        assert ("", "20250404") == (row["Actor2Name"], row["SQLDATE"])
        assert "startDate" not in to_schemaorg(article)["mentions"][-1]

    def test_schemaorg_event_location(self):
        """
        An event's place is a schema.org Place, with its country as the
        address's addressCountry and GeoCoordinates, each only when the
        place has them.
        """
        located = to_schemaorg(_article(EventKind.VISIT, EventStatus.PLANNED))
        unlocated = to_schemaorg(
            _article(
                EventKind.VISIT,
                EventStatus.PLANNED,
                location=Place(name="Baku"),
            )
        )

        assert {
            "@type": "Place",
            "name": "Baku",
            "address": {"@type": "PostalAddress", "addressCountry": "AZE"},
            "geo": {
                "@type": "GeoCoordinates",
                "latitude": 40.41,
                "longitude": 49.87,
            },
        } == located["mentions"][2]["location"]
        assert {"@type": "Place", "name": "Baku"} == unlocated["mentions"][2][
            "location"
        ]


class TestFromPlover:
    def test_other_coders(self):
        """
        Records without a CAMEO code are read from event and mode.
        """
        (event,) = from_plover(
            [
                {
                    "event": "CONSULT",
                    "mode": "phone",
                    "actor": {"code": "IRN", "text": "Iran"},
                    "date": "2025-03-31",
                }
            ]
        )

        assert (EventKind.PHONE_CALL, EventStatus.OCCURRED, "IRN") == (
            event.kind,
            event.status,
            event.participants[0].actor.country,
        )

    def test_shared_intention_code(self):
        """
        036/AGREE in the future is a planned meeting of some kind; without a
        future context, an expressed intention to meet.
        """
        record = {
            "event": "AGREE",
            "mode": None,
            "cameo": "036",
            "actor": {"text": "Iran"},
        }
        (planned,) = from_plover([record | {"context": ["future"]}])
        (intent,) = from_plover([record])

        assert (EventKind.MEETING, EventStatus.PLANNED) == (
            planned.kind,
            planned.status,
        )
        assert (EventKind.INTENT_TO_MEET, EventStatus.OCCURRED) == (
            intent.kind,
            intent.status,
        )

    def test_future_context_on_a_kind_never_planned(self):
        """
        A future praise cannot be planned in relwatch: it reads as occurred.
        """
        (event,) = from_plover(
            [
                {
                    "event": "SUPPORT",
                    "mode": None,
                    "cameo": "051",
                    "context": ["future"],
                    "actor": {"text": "Iran"},
                }
            ]
        )

        assert (EventKind.PRAISE, EventStatus.OCCURRED) == (
            event.kind,
            event.status,
        )

    def test_unknown_codes(self):
        """
        A PLOVER type relwatch has no kind for is a ValidationError.
        """
        with pytest.raises(
            ValidationError,
            match="no relwatch event kind for PLOVER 'ASSAULT'",
        ):
            from_plover(
                [
                    {
                        "event": "ASSAULT",
                        "mode": "firearms",
                        "actor": {"text": "A"},
                    }
                ]
            )

    def test_unknown_country_code_dropped(self):
        """
        Non-state PLOVER codes are not countries.
        """
        (event,) = from_plover(
            [
                {
                    "event": "CONSULT",
                    "mode": "phone",
                    "actor": {"code": "IGO", "text": "UN"},
                }
            ]
        )

        assert None is event.participants[0].actor.country

    def test_missing_actor(self):
        """
        A record without an actor or a recipient cannot be an event, which
        needs a participant.
        """
        with pytest.raises(ValidationError) as e:
            from_plover([{"event": "CONSULT", "mode": "phone"}])

        assert [
            (
                "$[0].actor",
                (
                    "an event needs an actor or a recipient: the record names"
                    " neither"
                ),
            )
        ] == list(e.value.errors)

    @pytest.mark.parametrize(
        ("change", "expected"),
        [
            (
                {"context": 5},
                [("$[1].context", "expected an array or null, got 5 (int)")],
            ),
            (
                {"context": ["future", 5]},
                [
                    (
                        "$[1].context",
                        (
                            "expected an array of strings, got ['future', 5]"
                            " (list)"
                        ),
                    )
                ],
            ),
            (
                {"text_info": 5},
                [
                    (
                        "$[1].text_info",
                        "expected an object or null, got 5 (int)",
                    )
                ],
            ),
            (
                {"text_info": {"spans": "x"}},
                [
                    (
                        "$[1].text_info.spans",
                        "expected an array or null, got 'x'",
                    )
                ],
            ),
            (
                {"text_info": {"spans": [[3, 1], [0, True]]}},
                [
                    ("$[1].text_info.spans[0][1]", "1 is before start 3"),
                    (
                        "$[1].text_info.spans[1]",
                        (
                            "expected [start, end], two integers, got [0, True]"
                            " (list)"
                        ),
                    ),
                ],
            ),
            (
                {"actor": {"text": "Iran", "code": []}},
                [
                    (
                        "$[1].actor.code",
                        "expected a string or null, got [] (list)",
                    )
                ],
            ),
            (
                {"actor": {"text": "Iran", "identifier": "Iran"}},
                [
                    (
                        "$[1].actor.identifier",
                        "'Iran' is not a Wikidata item id (Q...)",
                    )
                ],
            ),
            (
                {"recipient": {"text": "Ba\udcc3ku"}},
                [
                    (
                        "$[1].recipient.text",
                        (
                            "has a lone surrogate '\\udcc3' at offset 2, which"
                            " UTF-8 cannot encode"
                        ),
                    )
                ],
            ),
            (
                {"actor": "Iran"},
                [("$[1].actor", "expected an object or null, got 'Iran'")],
            ),
            (
                {"date": 20250403},
                [
                    (
                        "$[1].date",
                        "expected a string or null, got 20250403 (int)",
                    )
                ],
            ),
            (
                {"event": 5, "date": "2025-13"},
                [
                    ("$[1].event", "expected a string or null, got 5 (int)"),
                    (
                        "$[1].date",
                        (
                            "'2025-13' is not a valid date: 13 is not a month (1"
                            " to 12)"
                        ),
                    ),
                ],
            ),
        ],
        ids=[
            "context",
            "context item",
            "text_info",
            "spans",
            "span values",
            "actor code",
            "identifier",
            "surrogate",
            "actor",
            "date type",
            "every problem",
        ],
    )
    def test_malformed_fields(self, change, expected):
        """
        A field of the wrong shape, or with a value the model refuses, is a
        ValidationError naming the record and the field.
        """
        good = {
            "event": "CONSULT",
            "mode": "phone",
            "actor": {"text": "Iran"},
            "recipient": {"text": "Qatar"},
        }

        with pytest.raises(ValidationError) as e:
            from_plover([good, good | change])

        assert expected == list(e.value.errors)

    @pytest.mark.parametrize(
        ("records", "expected"),
        [
            ([None], ("$[0]", "expected an object, got None (NoneType)")),
            (
                {"event": "CONSULT"},
                (
                    "$",
                    (
                        "expected an array of PLOVER records, got {'event':"
                        " 'CONSULT'} (dict)"
                    ),
                ),
            ),
            (
                None,
                (
                    "$",
                    "expected an array of PLOVER records, got None (NoneType)",
                ),
            ),
        ],
        ids=["None record", "one record", "None"],
    )
    def test_not_records(self, records, expected):
        """
        Records that are not objects, or a single record where an array of
        them belongs, are refused with the path.
        """
        with pytest.raises(ValidationError) as e:
            from_plover(records)

        assert [expected] == list(e.value.errors)

    @settings(max_examples=50)
    @given(
        bodies()
        .flatmap(_plover_records)
        .flatmap(lambda records: strategies.mutated(records, AWKWARD_PLOVER))
    )
    def test_malformed_records(self, records):
        """
        For all PLOVER records relwatch writes, with one value replaced, one
        key removed or one added anywhere: from_plover reads them or raises
        a ValidationError whose every path starts at a record.
        """
        try:
            from_plover(records)
        except ValidationError as e:
            paths = [path for path, _ in e.errors]
        else:
            paths = []

        assert all(path.startswith("$[") for path in paths)

    @given(articles())
    def test_generated_articles(self, article):
        """
        For all generated articles, every exporter runs and PLOVER records
        read back to the same codes.
        """
        records = to_plover(article)
        again = to_plover(
            Article(body=article.body, events=from_plover(records))
        )

        assert [
            (r["event"], r["mode"], r["cameo"], r["context"]) for r in records
        ] == [(r["event"], r["mode"], r["cameo"], r["context"]) for r in again]
        json.dumps(to_schemaorg(article))
        json.dumps(to_ninjs(article))
        assert len(to_gdelt_rows(article)) >= len(records)
