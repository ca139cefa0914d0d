"""
Run the examples in the README and the documentation as tests.
"""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers import myst


collect_ignore = ["docs/conf.py", "docs/_build", "examples"]

pytest_collect_file = Sybil(
    parsers=[
        myst.DocTestDirectiveParser(
            optionflags=ELLIPSIS | NORMALIZE_WHITESPACE
        ),
        myst.PythonCodeBlockParser(
            doctest_optionflags=ELLIPSIS | NORMALIZE_WHITESPACE
        ),
    ],
    patterns=["README.md", "docs/*.md"],
).pytest()
