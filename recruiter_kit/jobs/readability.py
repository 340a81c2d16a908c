"""Word counts and the Flesch reading-ease score for English text.

Flesch (1948): 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words).
Syllables are estimated from vowel groups, which is close enough to rank
postings; the score is a hint, not a grade.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)|\n+")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(words(text))


def syllables(word: str) -> int:
    word = word.lower().strip("'-")
    if not word:
        return 0
    count = len(_VOWEL_GROUP.findall(word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and count > 1:
        count -= 1  # a silent final e, as in "code"
    return max(count, 1)


def sentence_count(text: str) -> int:
    parts = [part for part in _SENTENCE_END.split(text) if _WORD.search(part)]
    return max(len(parts), 1)


def flesch_reading_ease(text: str) -> float:
    """Higher is easier; 60-70 is plain English, below 30 is very hard."""
    found = words(text)
    if not found:
        return 100.0
    per_sentence = len(found) / sentence_count(text)
    per_word = sum(syllables(word) for word in found) / len(found)
    return 206.835 - 1.015 * per_sentence - 84.6 * per_word
