"""
relwatch.extract's look-ups, which the rules run in their hot loops: the
tokens and their offsets, where a phrase of a table may start, the longest
phrase at a word, and the speech cues of a body.
"""

import datetime as dt
import re

import pytest

from hypothesis import given
from hypothesis import strategies as st

import relwatch

from relwatch._extract._doc import Doc
from relwatch._extract._events import _match
from relwatch._extract._statements import _cues
from relwatch._extract._tables import (
    SpeechVerb,
    _by_first,
    longest_at,
    positions,
    tables,
)
from relwatch._extract._text import _TOKEN, quotes, tokenize


# What the tokenizer tells apart: capitals, letters, digits, hyphens,
# apostrophes, dotted capitals, marks, spaces and underscores.
_TEXTS = st.text(
    alphabet=st.sampled_from(list("aZé1.-‐'’`´sSU\"“”_ \n,Ⅷ")), max_size=60
) | st.text(max_size=60)

# Phrases that share first words, of one to three words.
_PHRASES = {
    ("a",): 1,
    ("a", "b"): 2,
    ("a", "b", "c"): 3,
    ("a", "c"): 4,
    ("b", "b"): 5,
    ("c",): 6,
}


class TestTokenize:
    @given(_TEXTS)
    def test_tokens_are_the_pattern_matches(self, text):
        """
        Splitting the text around its tokens finds the tokens that matching
        them one by one finds, at the same offsets.
        """
        expected = [
            (m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)
        ]

        tokens = tokenize(text)

        assert expected == list(
            zip(tokens.texts, tokens.starts, tokens.ends, strict=True)
        )

    @given(_TEXTS)
    def test_offsets_slice_the_tokens(self, text):
        """
        Each token's offsets slice it out of the text, and only spaces and
        underscores lie before, between and after the tokens.
        """
        tokens = tokenize(text)
        gaps = [
            text[start:end]
            for start, end in zip(
                [0, *tokens.ends], [*tokens.starts, len(text)], strict=True
            )
        ]

        assert tokens.texts == [
            text[start:end]
            for start, end in zip(tokens.starts, tokens.ends, strict=True)
        ]
        assert all(re.fullmatch(r"[\s_]*", gap) for gap in gaps)


class TestPositions:
    @given(st.lists(st.sampled_from(["said", "told", "Said", "he", ""])))
    def test_every_key_in_order(self, words):
        """
        positions() gives the index of every word that is a key, in order.
        """
        keys = {"said", "told"}
        expected = [i for i, word in enumerate(words) if word in keys]

        assert expected == positions(keys, words)


class TestLongestAt:
    @given(
        st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=8),
        st.integers(0, 9),
    )
    def test_longest_phrase_there(self, words, i):
        """
        longest_at gives where the longest phrase that the words spell from
        word *i* ends, and its value; None when they spell none.
        """
        spelt = [
            (i + len(phrase), value)
            for phrase, value in _PHRASES.items()
            if tuple(words[i : i + len(phrase)]) == phrase
        ]
        expected = max(spelt) if spelt else None

        assert expected == longest_at(_by_first(_PHRASES), words, i)


class TestCues:
    def test_speech_verb_inside_a_longer_cue(self):
        """
        A speech verb inside a longer cue ("went on to say") starts no cue
        of its own.
        """
        verb = SpeechVerb("say", "clause")
        speech = _by_first({("went", "on", "to", "say"): verb, ("say",): verb})
        doc = Doc("She went on to say no.", tables()._replace(speech=speech))
        expected = [(1, 5)]

        assert expected == [(cue.first, cue.last) for cue in _cues(doc)]


class TestTitlesInCapitals:
    def _speakers(self, body):
        article = relwatch.extract(
            relwatch.Article(body=body, published=dt.date(2025, 4, 4))
        )
        return [(s.speaker.name, s.speaker.role) for s in article.statements]

    def test_capitals_make_the_title(self):
        """
        "PM" before a name is the Prime Minister's title.
        """
        expected = [("Hakan Demir", "Prime Minister")]

        assert expected == self._speakers(
            "PM Hakan Demir said the talks had been useful."
        )

    def test_lower_case_is_no_title(self):
        """
        "pm" after a time is no title: the speaker has none.
        """
        expected = [("Hakan Demir", None)]

        assert expected == self._speakers(
            "The talks ended at 5 pm, Hakan Demir said."
        )


class TestQuickRefusals:
    """
    The cheap tests that spare the hot loops most of their work must turn
    away only what the loops would turn away.
    """

    @staticmethod
    def _signed(text):
        words = text.split()
        trigger = next(
            t
            for t in tables().triggers["signed"]
            if t.words == ("signed", "*", "agreement")
        )
        return _match(
            trigger,
            [w.casefold() for w in words],
            words,
            0,
            tables().triggers,
        )

    def test_awaited_word_at_the_edge_of_the_gap(self):
        """
        The gap of "signed * agreement" takes four words and a document's
        three-word name: its noun, eight words on, is still read.
        """
        expected = 9

        assert expected == self._signed(
            "signed a new and wide Sava Drina Morava agreement"
        )

    def test_awaited_word_past_the_gap(self):
        """
        One word more in the name and the noun is out of reach.
        """
        expected = -1

        assert expected == self._signed(
            "signed a new and wide Sava Drina Morava Tisa agreement"
        )

    def test_awaited_word_nowhere(self):
        """
        With no "agreement" after it, "signed" starts no agreement.
        """
        expected = -1

        assert expected == self._signed("signed the letter on Monday")

    @pytest.mark.parametrize(
        ("paragraph", "expected"),
        [
            # Curly apostrophes only: no mark that opens.
            ("Norway’s envoy met Chile’s envoys’ chief.", []),
            ("He called the talks ‘a new page.’", ["a new page."]),
            ("He said 'We are ready.' and left.", ["We are ready."]),
        ],
    )
    def test_single_marks(self, paragraph, expected):
        """
        A quotation in single marks opens with a left or a straight mark,
        never with a right one, which is an apostrophe more often.
        """
        assert expected == [
            paragraph[q.start : q.end] for q in quotes(paragraph)
        ]
