"""
The exceptions relwatch raises.

Every one of them is a `RelwatchError`, which is a `ValueError`, so code that
already handles bad values handles relwatch's too, and nobody needs to import
cattrs or dateutil to catch them.
"""

from __future__ import annotations

from collections.abc import Iterable


__all__ = [
    "DatelineError",
    "ParseError",
    "RelwatchError",
    "SchemaVersionError",
    "ValidationError",
]


class RelwatchError(ValueError):
    """
    Base class of every error relwatch raises on purpose.

    .. versionadded:: 0.1.0
    """


class ParseError(RelwatchError):
    """
    Text could not be turned into a record.

    Args:
        message: What was looked for and not found.
        text: The offending input.

    .. versionadded:: 0.1.0
    """

    text: str

    def __init__(self, message: str, text: str) -> None:
        super().__init__(message)
        self.text = text

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str]]:
        return (type(self), (str(self), self.text))


class DatelineError(ParseError):
    """
    The opening of a page has no dateline that relwatch recognises.

    .. versionadded:: 0.1.0
    """


class ValidationError(RelwatchError):
    """
    Data handed to a constructor or a decoder breaks the schema.

    The message lists every problem found, one ``path: what was wrong`` a
    line; ``errors`` holds the same as ``(path, message)`` pairs.

    Args:
        errors: ``(path, message)`` pairs, in the order they were found.

    .. versionadded:: 0.1.0
    """

    errors: tuple[tuple[str, str], ...]

    def __init__(self, errors: Iterable[tuple[str, str]]) -> None:
        self.errors = tuple(errors)
        lines = [f"{path}: {message}" for path, message in self.errors]
        if len(lines) == 1:
            text = lines[0]
        else:
            text = f"{len(lines)} problems:\n" + "\n".join(
                f"  {line}" for line in lines
            )
        super().__init__(text)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[object, ...]]:
        # Exceptions pickle `args`; ours are built from other arguments.
        return (type(self), (self.errors,))


class SchemaVersionError(RelwatchError):
    """
    A document names a schema version this relwatch cannot read.

    Args:
        message: Why the version is refused.
        version: The version the document names, as written.

    .. versionadded:: 0.1.0
    """

    version: str

    def __init__(self, message: str, version: str) -> None:
        super().__init__(message)
        self.version = version

    def __reduce__(self) -> tuple[type[SchemaVersionError], tuple[str, str]]:
        return (type(self), (str(self), self.version))
