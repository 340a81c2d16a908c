"""Text every part of the app can write: SQLite, Qt, a terminal, a UTF-8 file."""

from __future__ import annotations

import re

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD, the replacement character.

    Python keeps the bytes of a file name that are not UTF-8 as lone surrogates
    (PEP 383: "café" saved in Latin-1 becomes "caf\\udce9"), and a JSON file may
    escape one ("\\ud800"). No UTF-8 writer accepts them: SQLite refuses the whole
    row and Qt drops the character unseen. Pure ASCII text, nearly all of it, is
    returned without a search.
    """
    if text.isascii():
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)
