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
