"""
The places the page parsers know by name: the countries, their capitals and
the cities of the bundled tables.  Where a line's shape alone cannot tell a
place from a name (`Riyadh - Example Al-Arabiya` against `Real Madrid -
Barcelona`), a known place decides.
"""

from __future__ import annotations

import functools

from ._checks import package_rows


# The columns that hold a place's names, per table.
_PLACE_COLUMNS = {
    "countries.tsv": ("name", "aliases", "capitals"),
    "cities.tsv": ("name", "aliases"),
}


@functools.cache
def _known_places() -> frozenset[str]:
    """
    Every name of a country, capital or city in the tables, case-folded.
    """
    return frozenset(
        name.casefold()
        for table, columns in _PLACE_COLUMNS.items()
        for row in package_rows(table)
        for column in columns
        for name in row[column].split("|")
        if name
    )


def is_known_place(name: str) -> bool:
    """
    Whether *name* is a country's, a capital's or a listed city's name,
    in any case: `Riyadh`, `ABU DHABI`.
    """
    return name.casefold() in _known_places()


@functools.cache
def _states_only() -> frozenset[str]:
    """
    The names of the states that no capital or listed city shares, nor
    starts (`Kuwait` of `Kuwait City` is a city's name too), case-folded.
    """
    states: set[str] = set()
    cities: set[str] = set()
    for row in package_rows("countries.tsv"):
        capitals = row["capitals"].split("|") if row["capitals"] else []
        names = [n for n in (row["name"], *row["aliases"].split("|")) if n]
        # An empty capital is the state's own name: `Singapore`.
        cities.update(n.casefold() for n in capitals or names)
        cities.update(c.casefold().rpartition(" ")[0] for c in capitals)
        states.update(n.casefold() for n in names)
    for row in package_rows("cities.tsv"):
        cities.update(
            n.casefold() for n in (row["name"], *row["aliases"].split("|"))
        )
    return frozenset(states - cities)


def is_state_only(name: str) -> bool:
    """
    Whether *name* is a state's name and no city's, in any case: `Russia`,
    not `Kuwait` or `Singapore`.
    """
    return name.casefold() in _states_only()
