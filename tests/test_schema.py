import json
import os

from pathlib import Path

import pytest

from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import relwatch

from relwatch import (
    Actor,
    Article,
    Dateline,
    DiplomaticEvent,
    Place,
    RelwatchError,
    Span,
    Statement,
)
from relwatch.schema import json_schema
from relwatch.serialization import RECORD_TYPES
from relwatch.testing import actors, articles, datelines, events, statements


ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA_DIR = (
    ROOT / "schema" / f"relwatch-{relwatch.serialization.SCHEMA_VERSION}"
)
# The type of a fixture is the first word of its file name.
TYPES = {
    "article": Article,
    "actor": Actor,
    "event": DiplomaticEvent,
    "dateline": Dateline,
    "statement": Statement,
    "span": Span,
    "place": Place,
}


def _validator(cls):
    return Draft202012Validator(
        json_schema(cls), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def _fixtures(folder):
    paths = sorted((FIXTURES / folder).glob("*.json"))
    assert paths, folder
    return [pytest.param(p, id=p.stem) for p in paths]


def _load(path):
    return TYPES[path.stem.split("-")[0]], path.read_text(encoding="utf-8")


class TestGeneratedSchema:
    @pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
    def test_is_valid_draft_2020_12(self, cls):
        """
        Every generated schema is itself a valid draft 2020-12 schema.
        """
        Draft202012Validator.check_schema(json_schema(cls))

    @pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda c: c.__name__)
    def test_committed_files_match(self, cls):
        """
        The published schema files are exactly what the code generates;
        RELWATCH_WRITE_SCHEMAS=1 rewrites them after a deliberate change.
        """
        schema = json_schema(cls)
        path = SCHEMA_DIR / schema["$id"].rsplit("/", 1)[1]
        text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        if os.environ.get("RELWATCH_WRITE_SCHEMAS"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")

        assert path.read_text(encoding="utf-8") == text

    def test_article_shape(self):
        """
        The article schema requires the body, forbids unknown keys, and
        documents defaults and fields from the docstrings.
        """
        schema = json_schema(Article)

        assert ["body"] == schema["required"]
        assert False is schema["additionalProperties"]
        assert (
            "occurred"
            == schema["$defs"]["DiplomaticEvent"]["properties"]["status"][
                "default"
            ]
        )
        assert "BCP 47" in schema["properties"]["language"]["description"]
        assert "IRN" in schema["$defs"]["country"]["enum"]
        assert 250 == len(schema["$defs"]["country"]["enum"])

    def test_unused_definitions_left_out(self):
        """
        A span's schema carries no country or date definitions.
        """
        assert {} == json_schema(Span).get("$defs", {})

    def test_not_a_record(self):
        """
        Only record types have a schema.
        """
        with pytest.raises(TypeError, match="not a relwatch record type"):
            json_schema(dict)


class TestConformanceFixtures:
    @pytest.mark.parametrize("path", _fixtures("should_pass"))
    def test_should_pass(self, path):
        """
        Valid documents pass the JSON Schema and the decoder, and are
        written back in a form that passes the schema again.
        """
        cls, text = _load(path)
        validator = _validator(cls)

        assert [] == [
            e.message for e in validator.iter_errors(json.loads(text))
        ]
        record = relwatch.from_json(cls, text)
        assert [] == list(validator.iter_errors(relwatch.to_dict(record)))

    @pytest.mark.parametrize("path", _fixtures("should_fail"))
    def test_should_fail(self, path):
        """
        Invalid documents are refused by both the JSON Schema and the
        decoder: the two agree.
        """
        cls, text = _load(path)

        assert not _validator(cls).is_valid(json.loads(text))
        with pytest.raises(RelwatchError):
            relwatch.from_json(cls, text)

    @pytest.mark.parametrize("path", _fixtures("decoder_only_fail"))
    def test_beyond_json_schema(self, path):
        """
        Rules that relate several fields pass the JSON Schema but not the
        decoder (documented in relwatch.schema).
        """
        cls, text = _load(path)

        assert _validator(cls).is_valid(json.loads(text))
        with pytest.raises(relwatch.ValidationError):
            relwatch.from_json(cls, text)


class TestWrittenDocumentsValidate:
    @given(
        st.one_of(articles(), actors(), statements(), events(), datelines())
    )
    def test_to_dict_validates(self, record):
        """
        For all generated records, to_dict(record) validates against the
        schema of its type.
        """
        errors = list(
            _validator(type(record)).iter_errors(relwatch.to_dict(record))
        )

        assert [] == [e.message for e in errors]
