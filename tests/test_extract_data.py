"""
The extractor's reference tables (countries, organisations, titles): their
format, their coverage of the ISO list, and the invariants the extraction
engine relies on when it looks a string up in them.
"""

import collections
import functools
import re
import unicodedata

from importlib import resources
from typing import NamedTuple

import pytest

from hypothesis import given
from hypothesis import strategies as st

from relwatch import Actor, ActorKind, _checks
from relwatch import _patterns as p
from relwatch._extract._mentions import (
    _STATE_VOICES,
    _speaks_for_state,
)


COLUMNS = {
    "countries.tsv": (
        "code",
        "name",
        "aliases",
        "demonyms",
        "capitals",
        "metonyms",
        "caution",
    ),
    "organisations.tsv": (
        "id",
        "name",
        "aliases",
        "kind",
        "country",
        "caution",
        "reach",
    ),
    "titles.tsv": ("phrase", "role", "kind", "caution"),
    "country-domains.tsv": ("domain", "code", "sold"),
}
TABLES = sorted(COLUMNS)

# Cells that hold several values separated by "|".
MULTI = {"aliases", "demonyms", "capitals", "metonyms", "caution"}
# The columns of a country row that name or stand for the state.
COUNTRY_FORMS = ("name", "aliases", "demonyms", "capitals", "metonyms")
ORG_FORMS = ("name", "aliases")

# Kosovo's user-assigned code: the one row outside the ISO list.
KOSOVO = "XKX"

# Territories English has no demonym for, and the ones whose capital is the
# state's own name (city-states) or that have none.  A row joins these sets
# only by a decision, so each is pinned.
NO_DEMONYM = {
    "ATA", "ATF", "BES", "BLM", "BVT", "HMD", "MAF", "MNP", "SGS", "SJM",
    "SPM", "UMI", "VAT",
}  # fmt: skip
NO_CAPITAL = {
    "ATA", "BVT", "GIB", "HKG", "HMD", "MAC", "MCO", "SGP", "TKL", "UMI",
    "VAT",
}  # fmt: skip

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
TITLE_KINDS = {"office", "honorific", "expert"}
TITLE_CAUTIONS = {"", "name", "word"}
ORG_KINDS = {ActorKind.ORGANIZATION, ActorKind.MEDIA, ActorKind.GROUP}


class Table(NamedTuple):
    header: tuple[str, ...]
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    # (line number, text) of every line after the header comment.
    lines: tuple[tuple[int, str], ...]


def _text(name):
    data = resources.files("relwatch") / "data" / name
    return data.read_text(encoding="utf-8")


@functools.cache
def _table(name):
    lines = _text(name).split("\n")
    # The file ends in a newline, so the split leaves one empty string.
    assert "" == lines.pop()
    header = []
    while lines[len(header)].startswith("#"):
        header.append(lines[len(header)])
    numbered = tuple(enumerate(lines[len(header) :], start=len(header) + 1))
    columns = tuple(numbered[0][1].split("\t"))
    rows = tuple(
        dict(zip(columns, line.split("\t"), strict=False))
        for _, line in numbered[1:]
    )
    return Table(tuple(header), columns, rows, numbered)


def _values(cell):
    return tuple(cell.split("|")) if cell else ()


def _forms(row, columns):
    """
    The strings of *row* in *columns*, multi-valued cells split.
    """
    return [
        value
        for column in columns
        for value in (
            _values(row[column]) if column in MULTI else [row[column]]
        )
    ]


# Letters with no decomposition to an ASCII base: dotless i, l with stroke,
# o with stroke, d with stroke ("Anadolu Ajansi" spells the dotless i so).
_UNDECOMPOSED = str.maketrans("\u0131\u0142\u00f8\u0111", "ilod")


def _ascii(text):
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
        if not unicodedata.combining(c)
    )


class Named(NamedTuple):
    """
    A table of named things: its file, its key column, the columns whose
    strings name a row.
    """

    table: str
    key: str
    forms: tuple[str, ...]


COUNTRIES = Named("countries.tsv", "code", COUNTRY_FORMS)
ORGANISATIONS = Named("organisations.tsv", "id", ORG_FORMS)
NAMED = [COUNTRIES, ORGANISATIONS]


def _rows(named):
    return _table(named.table).rows


def _titles():
    return _table("titles.tsv").rows


@functools.cache
def _index(named):
    """
    Case-folded string -> the keys of the rows that hold it.
    """
    index = collections.defaultdict(set)
    for row in _rows(named):
        for form in _forms(row, named.forms):
            index[form.casefold()].add(row[named.key])
    return index


def _cautioned(row):
    return {value.casefold() for value in _values(row["caution"])}


def _sort_key(name):
    # Titles are matched ignoring case, so they are sorted that way.
    if name == "titles.tsv":
        return lambda s: (s.casefold(), s)
    return lambda s: s


# (table, key, form) for every string that names a row.
FORMS = [
    (named, row[named.key], form)
    for named in NAMED
    for row in _rows(named)
    for form in _forms(row, named.forms)
]
OFFICE_PHRASES = sorted(
    r["phrase"] for r in _titles() if r["kind"] == "office"
)
PHRASES = sorted(r["phrase"] for r in _titles())
# How news may capitalise a string: as listed, in a headline, in lower case.
CASES = st.sampled_from([str, str.upper, str.lower, str.title])


class TestFormat:
    @pytest.mark.parametrize("name", TABLES)
    def test_header_names_its_source(self, name):
        """
        Each table opens with a comment that names its source and dates it.
        """
        header = "\n".join(_table(name).header)

        assert "Source" in header
        assert re.search(r"\b20[0-9]{2}-[0-9]{2}-[0-9]{2}\b", header)

    @pytest.mark.parametrize("name", TABLES)
    def test_columns(self, name):
        """
        After the comment comes one row of column names, then data only.
        """
        table = _table(name)

        assert COLUMNS[name] == table.columns
        assert [] == [n for n, line in table.lines if line.startswith("#")]

    @pytest.mark.parametrize("name", TABLES)
    def test_every_row_has_every_column(self, name):
        """
        Every line is tab-separated into exactly the table's columns.
        """
        width = len(COLUMNS[name])

        assert [] == [
            (n, line)
            for n, line in _table(name).lines
            if len(line.split("\t")) != width
        ]

    @pytest.mark.parametrize("name", TABLES)
    def test_cells_are_clean(self, name):
        """
        No cell or value has surrounding whitespace, no value is empty, and
        no multi-valued cell repeats a value.
        """
        bad = []
        for row in _table(name).rows:
            for column, cell in row.items():
                values = _values(cell) if column in MULTI else (cell,)
                if cell != cell.strip() or any(
                    v != v.strip() or (column in MULTI and not v)
                    for v in values
                ):
                    bad.append((column, cell))
                if len(set(values)) != len(values):
                    bad.append((column, cell))

        assert [] == bad

    @pytest.mark.parametrize("name", TABLES)
    def test_text_is_normalised(self, name):
        """
        The text is NFC with ASCII apostrophes, so that a reader that
        normalises its input the same way finds every string.
        """
        text = _text(name)
        data = "\n".join(line for _, line in _table(name).lines)

        assert unicodedata.normalize("NFC", text) == text
        assert [] == [c for c in "\u2018\u2019\u201c\u201d\r" if c in data]

    @pytest.mark.parametrize("name", TABLES)
    def test_sorted_by_first_column(self, name):
        """
        Rows are sorted by their first column, which is unique.
        """
        first = [row[COLUMNS[name][0]] for row in _table(name).rows]

        assert sorted(first, key=_sort_key(name)) == first
        assert len(set(first)) == len(first)


class TestNamedTables:
    @pytest.mark.parametrize("named", NAMED, ids=lambda n: n.table)
    def test_names_unique(self, named):
        """
        No two rows have the same name, ignoring case.
        """
        names = [row["name"].casefold() for row in _rows(named)]

        assert len(set(names)) == len(names)

    @pytest.mark.parametrize("named", NAMED, ids=lambda n: n.table)
    def test_no_form_twice_in_a_row(self, named):
        """
        A string appears once among a row's names (for a country: its name,
        aliases, demonyms, capitals and metonyms together).
        """
        bad = []
        for row in _rows(named):
            forms = _forms(row, named.forms)
            bad += [(row[named.key], f) for f in forms if forms.count(f) > 1]

        assert [] == bad

    @pytest.mark.parametrize("named", NAMED, ids=lambda n: n.table)
    def test_caution_comes_from_the_row(self, named):
        """
        Every caution string is one of the row's own strings.
        """
        assert [] == [
            (row[named.key], value)
            for row in _rows(named)
            for value in _values(row["caution"])
            if value not in _forms(row, named.forms)
        ]

    @pytest.mark.parametrize("named", NAMED, ids=lambda n: n.table)
    def test_form_maps_back_to_its_row(self, named):
        """
        Every string of a row maps to that row alone, ignoring case, unless
        the row cautions it: a string two rows share is cautioned in both.
        """
        bad = []
        for row in _rows(named):
            for form in _forms(row, named.forms):
                key = form.casefold()
                found = _index(named)[key]
                if key not in _cautioned(row) and {row[named.key]} != found:
                    bad.append((row[named.key], form, sorted(found)))

        assert [] == bad

    @pytest.mark.parametrize("named", NAMED, ids=lambda n: n.table)
    def test_ascii_spelling_beside_diacritics(self, named):
        """
        A string written with diacritics has its ASCII spelling in the same
        row, as news writes both.
        """
        assert [] == [
            (row[named.key], form)
            for row in _rows(named)
            for form in _forms(row, named.forms)
            if _ascii(form) not in _forms(row, named.forms)
        ]

    @given(entry=st.sampled_from(FORMS), case=CASES)
    def test_lookup_ignores_case(self, entry, case):
        """
        A string written in upper, lower or title case still finds its row
        when looked up ignoring case.
        """
        named, key, form = entry

        assert key in _index(named)[case(form).casefold()]


# The country-code domains sold worldwide, which say nothing of where a
# site is based.
_SOLD_WORLDWIDE = frozenset(
    {"ad", "ag", "ai", "as", "bz", "cc", "co", "cx", "dj", "fm", "fo", "gg"}
    | {"gl", "im", "io", "la", "me", "ms", "nu", "sc", "sh", "sr", "tk"}
    | {"to", "tv", "vc", "ws"}
)


class TestCountryDomains:
    def test_domains_are_iso_codes_of_their_states(self):
        """
        Every domain is two lower-case letters naming a real state, the ISO
        code's letters but for "uk"; no state has two but Britain; the
        domains sold worldwide are marked so.
        """
        rows = _table("country-domains.tsv").rows
        states = _checks.country_names()
        codes = collections.Counter(row["code"] for row in rows)

        assert [] == [
            row
            for row in rows
            if not re.fullmatch("[a-z]{2}", row["domain"])
            or row["code"] not in states
            or row["sold"] not in {"", "worldwide"}
        ]
        assert {"GBR": 2} == {c: n for c, n in codes.items() if n > 1}
        assert {"JPN", "ARG", "KEN"} <= set(codes)

    def test_every_state_has_its_domain(self):
        """
        The table leaves out no state but Kosovo, which has no domain of
        its own, and marks as sold worldwide the domains its header names:
        a state dropped or a code mistyped ("SER" for "SRB") shows.
        """
        table = _table("country-domains.tsv")
        listed = {row["code"] for row in table.rows}
        sold = {row["domain"] for row in table.rows if row["sold"]}

        assert {"XKX"} == set(_checks.country_names()) - listed
        assert _SOLD_WORLDWIDE == sold
        assert {"io", "tv", "me", "co"} <= sold


class TestCountries:
    def test_every_iso_code(self):
        """
        There is one row per ISO 3166-1 alpha-3 code of the bundled list,
        and one for Kosovo.
        """
        codes = [row["code"] for row in _rows(COUNTRIES)]

        assert {*_checks.country_names(), KOSOVO} == set(codes)
        assert 250 == len(codes)

    def test_rows_build_states(self):
        """
        Every ISO row makes a valid state Actor with its name and aliases.
        """
        for row in _rows(COUNTRIES):
            if row["code"] == KOSOVO:
                continue
            actor = Actor(
                name=row["name"],
                kind=ActorKind.STATE,
                country=row["code"],
                aliases=_values(row["aliases"]),
            )

            assert f"state:{row['code']}" == actor.id

    def test_demonyms_and_capitals(self):
        """
        Every state and inhabited territory has a demonym and a capital,
        except the pinned few.
        """
        rows = _rows(COUNTRIES)

        assert NO_DEMONYM == {r["code"] for r in rows if not r["demonyms"]}
        assert NO_CAPITAL == {r["code"] for r in rows if not r["capitals"]}

    @pytest.mark.parametrize(
        ("form", "code"),
        [
            ("Turkey", "TUR"),
            ("Türkiye", "TUR"),
            ("Turkiye", "TUR"),
            ("the US", "USA"),
            ("U.S.", "USA"),
            ("Britain", "GBR"),
            ("the Emirates", "ARE"),
            ("DPRK", "PRK"),
            ("Republic of Korea", "KOR"),
            ("Ivory Coast", "CIV"),
            ("Cote d'Ivoire", "CIV"),
            ("Holy See", "VAT"),
            ("State of Palestine", "PSE"),
            ("Swaziland", "SWZ"),
            ("Azeris", "AZE"),
            ("Briton", "GBR"),
            ("Emirati", "ARE"),
            ("Kiev", "UKR"),
            ("Kyiv", "UKR"),
            ("Sanaa", "YEM"),
            ("Astana", "KAZ"),
            ("Pristina", KOSOVO),
            ("the Kremlin", "RUS"),
            ("Downing Street", "GBR"),
            ("Tel Aviv", "ISR"),
            ("the Elysee", "FRA"),
            ("Zhongnanhai", "CHN"),
        ],
    )
    def test_forms_news_uses(self, form, code):
        """
        Short forms, official names, demonyms, capital spellings and
        metonyms map to their state.
        """
        assert {code} == _index(COUNTRIES)[form.casefold()]

    @pytest.mark.parametrize(
        ("form", "codes"),
        [
            ("Georgia", {"GEO"}),
            ("Jordan", {"JOR"}),
            ("Chad", {"TCD"}),
            ("Turkey", {"TUR"}),
            ("Jerusalem", {"ISR"}),
            ("Congo", {"COD", "COG"}),
            ("Congolese", {"COD", "COG"}),
            ("Dominican", {"DMA", "DOM"}),
            ("Kingston", {"JAM", "NFK"}),
            ("Guinean", {"GIN"}),
            ("Male", {"MDV"}),
            ("Washington", {"USA"}),
        ],
    )
    def test_ambiguous_forms_cautioned(self, form, codes):
        """
        Names that are also first names, other places or shared by two
        states are cautioned in every row that has them.
        """
        rows = [
            r for r in _rows(COUNTRIES) if form.casefold() in _cautioned(r)
        ]

        assert codes == {r["code"] for r in rows}


class TestOrganisations:
    def test_wire_agencies_are_media_rows(self):
        """
        Every wire agency the dateline parser credits is named by a media
        row, so that the parser and the extractor know the same agencies;
        Artsakhpress, seated in no state of the ISO list, is the one
        exception.
        """
        named = {
            form.casefold()
            for row in _rows(ORGANISATIONS)
            if row["kind"] == "media"
            for form in _forms(row, ("name", "aliases"))
        }

        assert {"artsakhpress"} == p.AGENCIES - named

    def test_ids_are_slugs(self):
        """
        Every id is a lowercase slug.
        """
        assert [] == [
            row["id"]
            for row in _rows(ORGANISATIONS)
            if not SLUG.fullmatch(row["id"])
        ]

    def test_rows_build_actors(self):
        """
        Every row makes a valid Actor: its kind is an ActorKind for
        organisations, its country (when given) a code of the ISO list.
        """
        for row in _rows(ORGANISATIONS):
            actor = Actor(
                name=row["name"],
                kind=ActorKind(row["kind"]),
                country=row["country"] or None,
                aliases=_values(row["aliases"]),
            )

            assert actor.kind in ORG_KINDS

    def test_media_have_a_country(self):
        """
        Every news outlet names the state where it is based.
        """
        assert [] == [
            row["id"]
            for row in _rows(ORGANISATIONS)
            if row["kind"] == ActorKind.MEDIA and not row["country"]
        ]

    def test_strings_shared_with_countries_cautioned(self):
        """
        A string an organisation shares with a country row (ignoring case)
        is cautioned in both tables.
        """
        countries = {row["code"]: row for row in _rows(COUNTRIES)}
        bad = [
            (row["id"], code, form)
            for row in _rows(ORGANISATIONS)
            for form in _forms(row, ORG_FORMS)
            for code in sorted(_index(COUNTRIES).get(form.casefold(), ()))
            if form.casefold()
            not in _cautioned(row) & _cautioned(countries[code])
        ]

        assert [] == bad

    @pytest.mark.parametrize(
        ("form", "org"),
        [
            ("U.N.", "un"),
            ("E.U.", "eu"),
            ("Nato", "nato"),
            ("League of Arab States", "arab-league"),
            ("Organisation of Islamic Cooperation", "oic"),
            ("Turkic Council", "ots"),
            ("Daesh", "isis"),
            ("Ansar Allah", "houthis"),
            ("Associated Press", "ap"),
            ("KUNA", "kuna"),
            ("Emirates News Agency", "wam"),
            ("Anadolu Agency", "anadolu"),
            ("Channel NewsAsia", "cna-singapore"),
            ("Focus Taiwan", "cna-taiwan"),
        ],
    )
    def test_forms_news_uses(self, form, org):
        """
        Acronyms with and without dots, full names and other names map to
        their organisation.
        """
        assert {org} == _index(ORGANISATIONS)[form.casefold()]

    @pytest.mark.parametrize(
        ("org", "kind", "country"),
        [
            ("un", "organization", ""),
            ("reuters", "media", "GBR"),
            ("afp", "media", "FRA"),
            ("ap", "media", "USA"),
            ("xinhua", "media", "CHN"),
            ("irna", "media", "IRN"),
            ("hamas", "group", "PSE"),
            ("isis", "group", ""),
            ("irgc", "organization", "IRN"),
        ],
    )
    def test_kind_and_country(self, org, kind, country):
        """
        Media carry the state they are based in; international bodies and
        groups that span states none; a state's own body, and a movement of
        one country, its state.
        """
        row = next(r for r in _rows(ORGANISATIONS) if r["id"] == org)

        assert (kind, country) == (row["kind"], row["country"])


class TestTitles:
    def test_kinds_and_cautions(self):
        """
        Every row's kind and caution are among the allowed values, and its
        role is not empty.
        """
        rows = _titles()

        assert TITLE_KINDS == {r["kind"] for r in rows}
        assert TITLE_CAUTIONS == {r["caution"] for r in rows}
        assert [] == [r["phrase"] for r in rows if not r["role"]]

    def test_phrases_unique_ignoring_case(self):
        """
        Titles are matched ignoring case, so no two phrases differ by case
        only.
        """
        phrases = [r["phrase"].casefold() for r in _titles()]

        assert len(set(phrases)) == len(phrases)

    def test_expert_role_is_the_phrase(self):
        """
        A descriptor's role is the phrase as written.
        """
        assert [] == [
            r["phrase"]
            for r in _titles()
            if r["kind"] == "expert" and r["role"] != r["phrase"]
        ]

    def test_honorifics_are_never_roles(self):
        """
        No honorific's canonical form is the role of an office or expert.
        """
        rows = _titles()
        honorifics = {r["role"] for r in rows if r["kind"] == "honorific"}
        roles = {r["role"] for r in rows if r["kind"] != "honorific"}

        assert set() == honorifics & roles

    def test_roles_build_actors(self):
        """
        Every office and expert role is a valid Actor.role.
        """
        for row in _titles():
            if row["kind"] != "honorific":
                actor = Actor(name="Someone", role=row["role"])

                assert row["role"] == actor.role

    @pytest.mark.parametrize(
        ("phrase", "role", "kind"),
        [
            ("Foreign Minister", "Foreign Minister", "office"),
            ("Minister of Foreign Affairs", "Foreign Minister", "office"),
            ("Minister for Foreign Affairs", "Foreign Minister", "office"),
            ("Foreign Affairs Minister", "Foreign Minister", "office"),
            ("External Affairs Minister", "Foreign Minister", "office"),
            ("Defense Minister", "Defence Minister", "office"),
            ("Vice Foreign Minister", "Deputy Foreign Minister", "office"),
            ("Spokeswoman", "Spokesperson", "office"),
            ("Amir", "Emir", "office"),
            ("Secretary General", "Secretary-General", "office"),
            ("Chargé d'affaires", "Chargé d'affaires", "office"),
            ("Charge d'affaires", "Chargé d'affaires", "office"),
            (
                "National Security Advisor",
                "National Security Adviser",
                "office",
            ),
            ("Secretary of State", "Secretary of State", "office"),
            ("H.E.", "Excellency", "honorific"),
            ("Sheikh", "Sheikh", "honorific"),
            ("political expert", "political expert", "expert"),
            ("lawmaker", "lawmaker", "expert"),
        ],
    )
    def test_phrases_news_uses(self, phrase, role, kind):
        """
        Each phrasing of an office gives its one canonical role; honorifics
        and descriptors have their own kinds.
        """
        row = next(r for r in _titles() if r["phrase"] == phrase)

        assert (role, kind) == (row["role"], row["kind"])

    def test_office_role_is_canonical(self):
        """
        An office's role is itself a phrase of the table whose role is that
        same text, so canonical roles map to themselves.
        """
        role_of = {r["phrase"]: r["role"] for r in _titles()}

        assert [] == [
            phrase
            for phrase in OFFICE_PHRASES
            if role_of.get(role_of[phrase]) != role_of[phrase]
        ]

    def test_ascii_spelling_beside_diacritics(self):
        """
        A title written with diacritics has a row for its ASCII spelling
        with the same role.
        """
        role_of = {r["phrase"]: r["role"] for r in _titles()}

        assert [] == [
            phrase
            for phrase, role in role_of.items()
            if role_of.get(_ascii(phrase)) != role
        ]

    @given(phrase=st.sampled_from(PHRASES), case=CASES)
    def test_lookup_ignores_case(self, phrase, case):
        """
        A title written in upper, lower or title case finds its own row, and
        only it, when looked up ignoring case.
        """
        found = [
            r["phrase"]
            for r in _titles()
            if r["phrase"].casefold() == case(phrase).casefold()
        ]

        assert [phrase] == found


def _state_body_names() -> set[str]:
    """The bodies' names, the second column of state-bodies.tsv."""
    text = (
        resources.files("relwatch.data")
        .joinpath("state-bodies.tsv")
        .read_text(encoding="utf-8")
    )
    rows = [
        line.split("\t")
        for line in text.splitlines()
        if not line.startswith("#")
    ]
    return {row[1] for row in rows[1:]}  # after the header


class TestStateBodies:
    def test_bodies_that_speak_for_their_state(self):
        """
        Of the state bodies, those the guide lets speak for their state
        (ministries, governments, presidencies, royal courts and their
        like) are the state after "of" ("the Government of X"); the rest
        are only its organisations ("the Parliament of X").
        """
        names = _state_body_names()
        expected = {
            "Armed Forces",
            "Army",
            "Coast Guard",
            "Congress",
            "Constitutional Court",
            "Delegation",
            "Embassy",
            "Military",
            "House of Representatives",
            "Legislature",
            "Lower House",
            "Mission",
            "National Assembly",
            "Navy",
            "Parliament",
            "Senate",
            "Supreme Court",
            "Upper House",
        }

        assert expected == {n for n in names if not _speaks_for_state(n)}

    def test_every_voice_is_a_body_of_the_table(self):
        """
        Each body named a voice of its state, press services included, is
        a body the table has: a voice no row names would be a dead entry
        the test above misses.
        """
        assert _STATE_VOICES <= _state_body_names()
