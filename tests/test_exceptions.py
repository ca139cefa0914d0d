import pickle

import pytest

import relwatch

from relwatch import (
    DatelineError,
    ParseError,
    RelwatchError,
    SchemaVersionError,
    ValidationError,
)


class TestHierarchy:
    @pytest.mark.parametrize(
        "error",
        [
            ParseError("no header", "text"),
            DatelineError("no dateline", "text"),
            ValidationError([("Actor.name", "must not be empty")]),
            SchemaVersionError("too new", "relwatch/2.0"),
        ],
    )
    def test_all_are_value_errors(self, error):
        """
        Every relwatch error is a RelwatchError and a ValueError, so callers
        need import nothing else to catch them.
        """
        assert isinstance(error, RelwatchError)
        assert isinstance(error, ValueError)

    def test_dateline_error_is_parse_error(self):
        """
        DatelineError is caught by `except ParseError`.
        """
        assert issubclass(DatelineError, ParseError)

    @pytest.mark.parametrize(
        "error",
        [
            ParseError("no header", "date 2025-04-04"),
            DatelineError("no dateline", "BAKU"),
            ValidationError(
                [("Span.end", "2 is before start 5"), ("Span.start", "x")]
            ),
            SchemaVersionError("too new", "relwatch/2.0"),
        ],
    )
    def test_pickle(self, error):
        """
        Errors survive pickling with their data, as multiprocessing needs.
        """
        copy = pickle.loads(pickle.dumps(error))

        assert type(error) is type(copy)
        assert str(error) == str(copy)
        assert vars(error) == vars(copy)


class TestValidationError:
    def test_one_problem_one_line(self):
        """
        A single problem reads as ``path: message``.
        """
        e = ValidationError([("Span.end", "2 is before start 5")])

        assert "Span.end: 2 is before start 5" == str(e)
        assert (("Span.end", "2 is before start 5"),) == e.errors

    def test_many_problems_listed(self):
        """
        Several problems are counted and listed one a line.
        """
        e = ValidationError([("a", "x"), ("b", "y")])

        assert "2 problems:\n  a: x\n  b: y" == str(e)

    def test_carried_data(self):
        """
        ParseError carries the text and SchemaVersionError the version.
        """
        assert "BAKU" == DatelineError("no dateline", "BAKU").text
        assert (
            "relwatch/2.0" == SchemaVersionError("x", "relwatch/2.0").version
        )

    def test_exported(self):
        """
        The exceptions module and the package export the same classes.
        """
        assert relwatch.exceptions.ValidationError is ValidationError
