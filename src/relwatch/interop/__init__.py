"""
Exporters and importers between relwatch records and the event-data and
news standards other projects speak: PLOVER, GDELT-style event rows,
schema.org JSON-LD and IPTC ninjs.

Each exporter's docstring says what the target format cannot carry.
"""

from ._gdelt import to_gdelt_rows
from ._ninjs import NINJS_VERSION, to_ninjs
from ._plover import from_plover, to_plover
from ._schemaorg import to_schemaorg


__all__ = [
    "NINJS_VERSION",
    "from_plover",
    "to_gdelt_rows",
    "to_ninjs",
    "to_plover",
    "to_schemaorg",
]
