import functools
import re

from importlib import resources
from typing import NamedTuple

import pytest

from hypothesis import given
from hypothesis import strategies as st


COLUMNS = ["name", "aliases", "country", "office"]

# Titles that news puts before a name; the extractor reads them as roles,
# so no written form may start with one. "Amir" and "Sultan" are missing on
# purpose: they are given names too (Amir Hatami, Sultan Al Jaber).
HONORIFICS = (
    "Ayatollah ",
    "Begum ",
    "Crown Prince ",
    "Dame ",
    "Daw ",
    "Dr ",
    "Dr. ",
    "Emir ",
    "Emperor ",
    "Gen. ",
    "General ",
    "H.E. ",
    "Her ",
    "His ",
    "King ",
    "Lord ",
    "Minister ",
    "Mr ",
    "Mr. ",
    "Mrs ",
    "Mrs. ",
    "Ms ",
    "Ms. ",
    "Mullah ",
    "Pope ",
    "President ",
    "Prime Minister ",
    "Prince ",
    "Princess ",
    "Queen ",
    "Sayyed ",
    "Sayyid ",
    "Seyyed ",
    "Shaikh ",
    "Sheikh ",
    "Sheikha ",
    "Sir ",
)
# "Sheikh" is her family name, inherited from Sheikh Mujibur Rahman.
NOT_HONORIFIC = {"Sheikh Hasina"}

# A person with no country heads an international organisation: the office
# must say which one.
ORGANISATION = re.compile(
    r"United Nations|\bUN\b|UNESCO|UNICEF|UNRWA|\bEU\b|European|NATO|OSCE"
    r"|Council of Europe|Arab League|Islamic Cooperation|African Union|IGAD"
    r"|Francophonie|ASEAN|Turkic|Shanghai Cooperation|Commonwealth"
    r"|Collective Security|International|World|Food and Agriculture"
    r"|Chemical Weapons|OPEC|Gulf Cooperation Council"
    r"|Organization of American States|New Development Bank"
    r"|Organisation of African Unity|Economic Co-operation and Development"
)
# Arabic articles written before a surname: "Sharaa" names the same family
# as "al-Sharaa".
ARTICLE = re.compile(r"^(?:[AaEe][lsdnrtz])-")


class Person(NamedTuple):
    line: int
    name: str
    aliases: tuple[str, ...]
    country: str
    office: str

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _data_text(name):
    return (resources.files("relwatch") / "data" / name).read_text(
        encoding="utf-8"
    )


@functools.cache
def _lines():
    return tuple(_data_text("people.tsv").splitlines())


@functools.cache
def _comment():
    comment = []
    for line in _lines():
        if not line.startswith("#"):
            break
        comment.append(line)
    return comment


@functools.cache
def _people():
    start = len(_comment()) + 1
    people = []
    for number, line in enumerate(_lines()[start:], start + 1):
        name, aliases, country, office = line.split("\t")
        people.append(
            Person(
                number,
                name,
                tuple(aliases.split("|")) if aliases else (),
                country,
                office,
            )
        )
    return tuple(people)


@functools.cache
def _iso_countries():
    codes = {}
    for line in _data_text("iso3166-1-alpha3.tsv").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")
            codes[code] = name
    return codes


def _key(form):
    return " ".join(form.split()).casefold()


@functools.cache
def _index():
    index = {}
    for person in _people():
        for form in person.forms:
            index.setdefault(_key(form), set()).add(person)
    return index


def _lookup(text):
    return _index().get(_key(text), set())


def _person(name):
    (person,) = (p for p in _people() if p.name == name)
    return person


class TestHeader:
    def test_comment_says_how_it_was_compiled(self):
        """
        The leading comment names the table's sources, period and columns,
        and says that offices are only a hint.
        """
        comment = "\n".join(_comment())

        assert any(line.startswith("# Compiled ") for line in _comment())
        assert "own knowledge" in comment
        assert "1990 to mid-2026" in comment
        assert "only a hint" in comment
        assert all(f"#   {column} " in comment for column in COLUMNS)

    def test_header_row_follows_the_comment(self):
        """
        The first line after the comment names the four columns.
        """
        assert COLUMNS == _lines()[len(_comment())].split("\t")


class TestRows:
    def test_four_tab_separated_fields(self):
        """
        Every data line has exactly four fields.
        """
        start = len(_comment()) + 1
        bad = [
            number
            for number, line in enumerate(_lines()[start:], start + 1)
            if line.count("\t") != 3
        ]

        assert [] == bad

    def test_enough_people(self):
        """
        The table covers the actors of diplomatic news, not a sample.
        """
        assert 2500 <= len(_people()) <= 3500

    def test_sorted_by_name(self):
        """
        Rows are sorted by name, so a diff shows where a person was added.
        """
        names = [p.name for p in _people()]

        assert sorted(names) == names

    def test_names_unique(self):
        """
        No two rows have the same name.
        """
        names = [p.name for p in _people()]

        assert len(set(names)) == len(names)

    def test_countries_are_iso_codes(self):
        """
        Every country is an ISO 3166-1 alpha-3 code, Kosovo's XKX, or empty.
        """
        known = set(_iso_countries()) | {"XKX", ""}

        assert [] == [p for p in _people() if p.country not in known]

    def test_forms_are_trimmed_and_not_empty(self):
        """
        Names and aliases are non-empty and carry no surrounding whitespace.
        """
        bad = [
            (p.line, form)
            for p in _people()
            for form in p.forms
            if not form or form != form.strip()
        ]

        assert [] == bad

    def test_forms_have_no_honorific(self):
        """
        No name or alias starts with a title such as Sheikh, King or Dr.
        """
        bad = [
            (p.line, form)
            for p in _people()
            for form in p.forms
            if form.startswith(HONORIFICS) and form not in NOT_HONORIFIC
        ]

        assert [] == bad

    def test_aliases_differ_from_the_name_and_each_other(self):
        """
        A row lists each written form once.
        """
        bad = [p for p in _people() if len(set(p.forms)) != len(p.forms)]

        assert [] == bad

    def test_no_form_belongs_to_two_rows(self):
        """
        A written form, ignoring case and spacing, names one person only.
        """
        shared = {
            form: sorted(p.name for p in people)
            for form, people in _index().items()
            if len(people) > 1
        }

        assert {} == shared

    def test_single_word_alias_is_not_a_word_of_another_name(self):
        """
        A bare surname such as "Aliyev" cannot be an alias while another
        row's name contains it, also after an Arabic article ("al-").
        """
        owners = {}
        for p in _people():
            for word in p.name.split():
                owners.setdefault(word, set()).add(p.name)
                owners.setdefault(ARTICLE.sub("", word), set()).add(p.name)
        bad = [
            (p.name, alias, sorted(owners[alias] - {p.name}))
            for p in _people()
            for alias in p.aliases
            if " " not in alias and owners.get(alias, set()) - {p.name}
        ]

        assert [] == bad

    def test_no_form_is_a_country_name(self):
        """
        No name or alias equals an ISO country name ("Montenegro").
        """
        countries = {_key(n) for n in _iso_countries().values()}
        bad = [
            (p.line, form)
            for p in _people()
            for form in p.forms
            if _key(form) in countries
        ]

        assert [] == bad

    def test_offices_are_plain_text(self):
        """
        Every row has an office hint, free of the table's separators.
        """
        bad = [
            p
            for p in _people()
            if not p.office.strip() or "|" in p.office or "\t" in p.office
        ]

        assert [] == bad

    def test_stateless_people_name_their_organisation(self):
        """
        A person without a country heads an international organisation,
        and the office says which one.
        """
        bad = [
            p
            for p in _people()
            if not p.country and not ORGANISATION.search(p.office)
        ]

        assert [] == bad


class TestWellKnownPeople:
    @pytest.mark.parametrize(
        ("name", "country", "aliases"),
        [
            ("Sergei Lavrov", "RUS", {"Lavrov", "Sergey Lavrov"}),
            (
                "Recep Tayyip Erdogan",
                "TUR",
                {"Recep Tayyip Erdoğan", "Erdogan", "Erdoğan"},
            ),
            ("Xi Jinping", "CHN", {"Xi"}),
            ("Mohammed bin Salman", "SAU", {"MBS"}),
            ("Tamim bin Hamad Al Thani", "QAT", {"Tamim bin Hamad"}),
            ("Ilham Aliyev", "AZE", set()),
            ("Heydar Aliyev", "AZE", set()),
            ("Narendra Modi", "IND", {"Modi"}),
            ("Subrahmanyam Jaishankar", "IND", {"Jaishankar"}),
            ("Joko Widodo", "IDN", {"Jokowi"}),
            ("Massoud Pezeshkian", "IRN", {"Masoud Pezeshkian"}),
            ("Mevlut Cavusoglu", "TUR", {"Mevlüt Çavuşoğlu"}),
            ("Jeyhun Bayramov", "AZE", {"Bayramov"}),
            ("Albin Kurti", "XKX", {"Kurti"}),
            ("Mahmoud Abbas", "PSE", {"Abu Mazen"}),
            ("António Guterres", "", {"Antonio Guterres"}),
            ("Atal Bihari Vajpayee", "IND", {"Vajpayee"}),
            ("Boris Yeltsin", "RUS", {"Yeltsin"}),
            ("Jacques Chirac", "FRA", {"Chirac"}),
            ("Yasser Arafat", "PSE", {"Yasir Arafat", "Arafat"}),
            ("Pervez Musharraf", "PAK", {"Musharraf"}),
            ("Levon Ter-Petrosyan", "ARM", {"Levon Ter-Petrossian"}),
            ("Javier Solana", "", {"Solana"}),
        ],
    )
    def test_person(self, name, country, aliases):
        """
        The people the brief names are there with their state and the
        forms news writes them in.
        """
        person = _person(name)

        assert country == person.country
        assert aliases <= set(person.aliases)

    @pytest.mark.parametrize(
        ("surname", "name"),
        [
            ("Assad", "Bashar al-Assad"),
            ("Hariri", "Saad Hariri"),
            ("Herzog", "Isaac Herzog"),
            ("Kabila", "Joseph Kabila"),
        ],
    )
    def test_surname_stays_with_the_later_holder(self, surname, name):
        """
        A surname the table gives today's office holder still names only
        them: their predecessors of the 1990s are not listed beside them.
        """
        assert {_person(name)} == _lookup(surname)

    @pytest.mark.parametrize("surname", ["Aliyev", "Sharif", "Clinton"])
    def test_shared_surname_names_nobody(self, surname):
        """
        A surname two listed people share is not a written form of either.
        """
        assert set() == _lookup(surname)


@st.composite
def written_forms(draw):
    """
    A person and one of their forms as a news text may write it: other
    letter case, and any run of whitespace between the words.
    """
    person = draw(st.sampled_from(_people()))
    words = draw(st.sampled_from(person.forms)).split()
    gaps = draw(
        st.lists(
            st.sampled_from([" ", "  ", "\n", "\t", "\u00a0"]),
            min_size=len(words) - 1,
            max_size=len(words) - 1,
        )
    )
    text = words[0] + "".join(
        g + w for g, w in zip(gaps, words[1:], strict=True)
    )
    case = draw(st.sampled_from([str, str.lower, str.title]))
    return person, case(text)


class TestLookup:
    @given(written_forms())
    def test_every_form_finds_exactly_its_person(self, person_and_text):
        """
        For every row and each of its forms, however cased and spaced,
        looking the form up in an index built from the table returns exactly
        that row.
        """
        person, text = person_and_text

        assert {person} == _lookup(text)
