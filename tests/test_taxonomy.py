import csv
import io

from importlib import resources

import pytest

from relwatch import EventCodes, EventKind, EventStatus, Phase
from relwatch._taxonomy import PLOVER_TYPES, read_taxonomy, taxonomy


def _table_text():
    return (
        resources.files("relwatch")
        .joinpath("data/event_taxonomy.csv")
        .read_text(encoding="utf-8")
    )


# The codes DESIGN.md pins for the diplomatic core (CAMEO 1.1b3).
PINNED = {
    EventKind.PHONE_CALL: ("041", "CONSULT", "phone"),
    EventKind.VISIT: ("042", "CONSULT", "visit"),
    EventKind.HOST_VISIT: ("043", "CONSULT", "visit"),
    EventKind.MEETING: ("044", "CONSULT", "third-party"),
    EventKind.MEDIATION: ("045", "CONSULT", None),
    EventKind.NEGOTIATION: ("046", "CONSULT", None),
    EventKind.INTENT_TO_MEET: ("036", "AGREE", None),
    EventKind.AGREEMENT: ("057", "SUPPORT", None),
    EventKind.PRAISE: ("051", "SUPPORT", None),
    EventKind.RECOGNITION: ("054", "SUPPORT", None),
    EventKind.BREAK_RELATIONS: ("161", "SANCTION", "sever"),
    EventKind.HALT_NEGOTIATIONS: ("164", "SANCTION", "cancel"),
    EventKind.EXPULSION: ("166", "SANCTION", "expel"),
    EventKind.SANCTION: ("163", "SANCTION", None),
    EventKind.ACCUSATION: ("112", "ACCUSE", None),
    EventKind.THREAT: ("130", "THREATEN", None),
}


class TestEventKind:
    def test_every_kind_pinned(self):
        """
        The pinned table covers every member, so a new kind needs a decision.
        """
        assert set(EventKind) == set(PINNED)

    @pytest.mark.parametrize("kind", list(EventKind))
    def test_codes(self, kind):
        """
        Each kind carries its CAMEO code as a string and its PLOVER type
        and mode.
        """
        assert PINNED[kind] == (kind.cameo, kind.plover, kind.plover_mode)
        assert isinstance(kind.cameo, str)

    def test_values_are_lowercase_names(self):
        """
        Enum values are the lowercase member names, as on the wire.
        """
        assert all(k.value == k.name.lower() for k in EventKind)

    @pytest.mark.parametrize(
        "kind",
        [
            EventKind.VISIT,
            EventKind.HOST_VISIT,
            EventKind.MEETING,
            EventKind.PHONE_CALL,
            EventKind.NEGOTIATION,
        ],
    )
    @pytest.mark.parametrize(
        "status", [EventStatus.PLANNED, EventStatus.POSTPONED]
    )
    def test_intended_meeting_is_agree(self, kind, status):
        """
        A planned or postponed meeting exports as intent to meet (036 /
        AGREE), not as the meeting itself.
        """
        codes = kind.codes(status)

        assert codes is not None
        assert ("036", "AGREE") == (codes.cameo, codes.plover)

    @pytest.mark.parametrize(
        "status", [EventStatus.OCCURRED, EventStatus.ONGOING]
    )
    def test_occurred_visit_is_consult(self, status):
        """
        A visit that happened or is happening exports as 042 / CONSULT-visit.
        """
        codes = EventKind.VISIT.codes(status)

        assert codes is not None
        assert ("042", "CONSULT", "visit") == (
            codes.cameo,
            codes.plover,
            codes.plover_mode,
        )

    @pytest.mark.parametrize(
        "status",
        [EventStatus.CANCELLED, EventStatus.DENIED, EventStatus.SPECULATED],
    )
    @pytest.mark.parametrize("kind", list(EventKind))
    def test_nothing_to_code(self, kind, status):
        """
        Cancelled, denied and speculated events have no code.
        """
        assert None is kind.codes(status)

    def test_speech_acts_cannot_be_intended(self):
        """
        A "planned praise" has no code: the kinds that are things said only
        exist once said.
        """
        for kind in (
            EventKind.PRAISE,
            EventKind.ACCUSATION,
            EventKind.THREAT,
            EventKind.INTENT_TO_MEET,
        ):
            assert None is kind.codes(EventStatus.PLANNED)

    def test_sanction_follows_the_manual(self):
        """
        CAMEO 163 is SANCTION (the PLOVER manual), not COERCE (the 2021
        CAMEO-to-PLOVER table), and the table says why.
        """
        codes = EventKind.SANCTION.codes(EventStatus.OCCURRED)

        assert "SANCTION" == codes.plover
        assert "COERCE" in codes.note
        assert "manual" in codes.note


class TestTaxonomyTable:
    def test_rows_well_formed(self):
        """
        Every row of the bundled table has a CAMEO code of 3-4 digits kept
        as text and a real PLOVER type.
        """
        rows = list(csv.DictReader(io.StringIO(_table_text())))

        assert len(rows) == len(taxonomy())
        for row in rows:
            assert row["cameo"].isdigit()
            assert len(row["cameo"]) in (3, 4)
            assert row["plover"] in PLOVER_TYPES

    def test_every_kind_has_an_occurred_row(self):
        """
        Every kind can be coded once it has happened.
        """
        assert all((k, Phase.OCCURRED) in taxonomy() for k in EventKind)

    @pytest.mark.parametrize(
        ("kind", "phase", "goldstein", "quad"),
        [
            (EventKind.VISIT, Phase.OCCURRED, 1.9, 1),
            (EventKind.VISIT, Phase.INTENDED, 4.0, 1),
            (EventKind.AGREEMENT, Phase.OCCURRED, 8.0, 1),
            (EventKind.ACCUSATION, Phase.OCCURRED, -2.0, 3),
            (EventKind.THREAT, Phase.OCCURRED, -4.4, 3),
            (EventKind.SANCTION, Phase.OCCURRED, -8.0, 4),
            (EventKind.EXPULSION, Phase.OCCURRED, -7.0, 4),
        ],
    )
    def test_goldstein_and_quad_class(self, kind, phase, goldstein, quad):
        """
        Rows carry GDELT's Goldstein score; the quad class follows from the
        root code.
        """
        codes = taxonomy()[kind, phase]

        assert (goldstein, quad) == (codes.goldstein, codes.quad_class)

    def test_codes_are_named_tuples(self):
        """
        Rows come back as EventCodes with the codebook name.
        """
        codes = taxonomy()[EventKind.VISIT, Phase.OCCURRED]

        assert isinstance(codes, EventCodes)
        assert "Make a visit" == codes.cameo_name

    @pytest.mark.parametrize(
        ("mutate", "message"),
        [
            (
                lambda t: t.replace(
                    "visit,occurred,042", "vizit,occurred,042"
                ),
                "line 2: 'vizit' is not a valid EventKind",
            ),
            (
                lambda t: t.replace(
                    "visit,occurred,042", "visit,happened,042"
                ),
                "line 2: 'happened' is not a valid Phase",
            ),
            (
                lambda t: t.replace("visit,occurred,042", "visit,occurred,42"),
                "line 2: '42' is not a CAMEO code",
            ),
            (
                lambda t: t.replace(
                    "Make a visit,1.9,CONSULT", "Make a visit,1.9,CONSUL"
                ),
                "line 2: 'CONSUL' is not a PLOVER event type",
            ),
            (
                lambda t: (
                    t + "visit,occurred,042,Make a visit,1.9,CONSULT,visit,\n"
                ),
                "visit/occurred appears twice",
            ),
            (
                lambda t: t.replace("threat,occurred", "threat,intended"),
                "no occurred row for: threat",
            ),
            (
                lambda t: t.replace("Make a visit,1.9,", "Make a visit,high,"),
                "line 2: 'high' is not a Goldstein score",
            ),
            (
                lambda t: t.replace("Make a visit,1.9,", "Make a visit,11,"),
                "line 2: '11' is not a Goldstein score",
            ),
        ],
    )
    def test_broken_table_is_refused(self, mutate, message):
        """
        A broken table fails loudly, naming the line and what is wrong.
        """
        with pytest.raises(ValueError, match=message):
            read_taxonomy(mutate(_table_text()))
