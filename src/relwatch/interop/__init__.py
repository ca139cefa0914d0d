"""
Exporters and importers between relwatch records and the event-data and
news standards other projects speak: PLOVER, GDELT-style event rows,
schema.org JSON-LD and IPTC ninjs.

Each exporter's docstring says what the target format cannot carry; each
returns a :class:`~typing.TypedDict` of its format, for type checkers.
"""

from ._gdelt import GdeltRow, to_gdelt_rows
from ._ninjs import NINJS_VERSION, NinjsEntity, NinjsItem, to_ninjs
from ._plover import (
    PloverActor,
    PloverCiteInfo,
    PloverRecord,
    PloverTextInfo,
    from_plover,
    to_plover,
)
from ._schemaorg import (
    SchemaOrgAgent,
    SchemaOrgCountry,
    SchemaOrgEvent,
    SchemaOrgGeoCoordinates,
    SchemaOrgNewsArticle,
    SchemaOrgPlace,
    SchemaOrgPostalAddress,
    SchemaOrgThing,
    to_schemaorg,
)


__all__ = [
    "NINJS_VERSION",
    "GdeltRow",
    "NinjsEntity",
    "NinjsItem",
    "PloverActor",
    "PloverCiteInfo",
    "PloverRecord",
    "PloverTextInfo",
    "SchemaOrgAgent",
    "SchemaOrgCountry",
    "SchemaOrgEvent",
    "SchemaOrgGeoCoordinates",
    "SchemaOrgNewsArticle",
    "SchemaOrgPlace",
    "SchemaOrgPostalAddress",
    "SchemaOrgThing",
    "from_plover",
    "to_gdelt_rows",
    "to_ninjs",
    "to_plover",
    "to_schemaorg",
]
