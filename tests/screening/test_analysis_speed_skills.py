"""Speed rewrites in skill matching find what the plain forms found."""

from __future__ import annotations

import random
import re

from recruiter_kit.screening.skills import _LIST_SEPARATOR, _after_label, _list_of_names
from recruiter_kit.screening.taxonomy import TOKEN, Taxonomy

# The token pattern as first written: one alternative per character.
PLAIN_TOKEN = re.compile(r"\.?[^\W_](?:[^\W_]|[#+]|\.(?=[^\W_]))*")


def _plain_list_of_names(text: str) -> bool:
    listed = _after_label(text)
    parts = [part.split() for part in _LIST_SEPARATOR.split(text if listed is None else listed)]
    parts = [words for words in parts if words]
    if len(parts) < 2:
        return listed is not None and len(parts) == 1 and len(parts[0]) <= 3
    return sum(len(words) <= 3 for words in parts) >= 0.75 * len(parts)


def _noise(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(count)]


def test_tokens_taken_in_runs_are_the_same_tokens() -> None:
    texts = ["C++, C#, .NET and Node.js; ASP.NET Core 8", "e.g. v1.2.3 a..b #x +y c++11"]
    for text in texts + _noise("aZ9_.#+ -\n,é中", 3000, 5):
        assert TOKEN.findall(text) == PLAIN_TOKEN.findall(text), text


def test_listing_lines_found_as_before() -> None:
    texts = ["• Led the Go rewrite, cutting p99 by 40%", "Tools: Jenkins, Docker", "•, / Python"]
    for text in texts + _noise("ab •,|;·◦/: ", 3000, 9):
        assert _list_of_names(text) == _plain_list_of_names(text), text


def test_form_sizes_and_pairs_cover_every_form() -> None:
    taxonomy = Taxonomy.load()
    for key in taxonomy.index:
        assert len(key) in taxonomy.first_tokens[key[0]]
        assert len(key) == 1 or (key[0], key[1]) in taxonomy.first_pairs
    for sizes in taxonomy.first_tokens.values():
        assert list(sizes) == sorted(set(sizes), reverse=True)
