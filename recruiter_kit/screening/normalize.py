"""Clean extracted text into lines before anything reads it.

PDF producers leave soft hyphens used as dashes, tabs between every word,
private-use bullet glyphs and words split across lines with a hyphenation
marker. Fixing these once keeps every later rule simple.
"""

from __future__ import annotations

import re

from recruiter_kit.screening.dates import DATE, MONTH, NOW, RANGE_JOIN, YEAR

_REPLACEMENTS = {
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u200b": "",
    "\ufeff": "",
    "\u0000": "",
}
# A character-class scan finds the few such characters far faster than str.translate,
# which builds a new string character by character.
_TO_REPLACE = re.compile("[" + "".join(_REPLACEMENTS) + "]")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
# The Symbol and Wingdings bullets, which fonts map to private-use code points.
_PRIVATE_BULLET = re.compile(r"^([ \t]*)[\uf0b7\uf0a7]", re.MULTILINE)
# Either of the two above: one scan tells whether both substitutions can be skipped.
_UNUSUAL = re.compile("[" + "".join(_REPLACEMENTS) + r"\ue000-\uf8ff]")
# A word broken at a line end: pdfium marks it with U+FFFE, pdfminer keeps the soft hyphen.
_HYPHENATION = re.compile(r"\ufffe[ \t]*\n?[ \t]*|(?<=[a-z])\u00ad[ \t]*\n[ \t]*(?=[a-z])")
_SOFT_HYPHEN_DASH = re.compile(r"(?<=\S) ?\u00ad+ ?(?=\S)|\u00ad")
_REPEATED_HYPHENS = re.compile(r"-{2,}")
# A row of one mark repeated: a reStructuredText title's underline or overline ("=====",
# "-----", "~~~~~") or a rule between parts. It holds no words, yet read as a line it
# is a bullet ("-" once hyphens are merged) or the title of the job dated below it.
_MARKS = "=~^`*+#_─═━—-"
# Opening with the newline lets the search jump from one line start to the next.
_MARK_ROW = re.compile(rf"\n[ \t]*([{re.escape(_MARKS)}])\1{{2,}}[ \t\r]*(?=\n|$)")
_SPACES = re.compile(r"[ \t\f\v]+")
# Stars before a space are all markup ("*** Senior Engineer", an Org-mode heading).
_BULLET_LIKE = re.compile(r"^[\s]*(?:\*+(?=[ \t])|[•◦▪▫●○■□►▸‣⁃∙·\-*–—]|\(cid:\d+\))\s*")
WRAPPED_LENGTH = 35  # characters; a line shorter than this did not wrap
# A line this long with this many wide gaps is a flattened document, not a paragraph.
_FLATTENED_LENGTH = 500
_FLATTENED_GAPS = 3
_FIELD_GAP = re.compile(r"[ \t]{3,}")
_PADDED_RANGE_JOIN = re.compile(r"[ \t]{2,}(to|until|[-–—])[ \t]{2,}", re.IGNORECASE)
_CID = re.compile(r"\(cid:\d+\)")
# Underscore emphasis in plain text ("_June 2016—April 2025_", "__Acme__"): the underscores
# glue the words to them, so no word or date pattern sees the words. Only a pair opening
# and closing outside a word or a link's path, round words, is taken, so "snake_case",
# "_id", "x.com/_a_" and underscore drawings keep theirs. The look-behind follows the
# literal underscore so the search can jump from one underscore to the next.
_UNDERSCORE_EMPHASIS = re.compile(r"_(?<![\w/]_)(_?)(?=[^\W_])([^_\n]*?[^_\s\\/])_\1(?!\w)")
# A date range cut at the margin: "Sep 2016 -" above "Present", "2012-" above "06".
_OPEN_RANGE_END = re.compile(rf"{DATE}[ \t]*(?:[-–—]|to|until)$", re.IGNORECASE)
_RANGE_END_START = re.compile(rf"(?:{DATE}|{NOW})\b", re.IGNORECASE)
_CUT_ISO = re.compile(r"(?:19|20)\d\d-$")
_MONTH_NUMBER = re.compile(r"(?:0[1-9]|1[0-2])\b")
# A month cut from its year at the margin: "Acme (Feb" above "2017 - Sep 2021)", or
# "Sep 2015 - Jan" above "2017)". Only after a bracket, separator or range start: prose
# may end a line with "may".
_CUT_MONTH = re.compile(rf"(?:[(|,–—-]|{DATE}[ \t]*{RANGE_JOIN})[ \t]*{MONTH}$", re.IGNORECASE)
_YEAR_ENDING = re.compile(rf"{YEAR}(?:[ \t]*(?:{RANGE_JOIN}|\))|$)", re.IGNORECASE)


def normalize_text(text: str, *, may_wrap: bool = True) -> str:
    """Text with dashes, spaces and hyphenation normalised; line structure kept.

    Lines a layout wrapped at the margin are joined again unless `may_wrap` is
    False (the lines are a structured document's fields).
    """
    # Each substitution runs only when its characters occur: most resumes have none.
    if "\ufffe" in text or "\u00ad" in text:
        text = _HYPHENATION.sub("", text)
        text = _SOFT_HYPHEN_DASH.sub(_soft_hyphen, text)
    # Most resumes hold none of the characters to replace or blank out (the steps in
    # between add none), and a character-class scan costs as much as the substitution.
    unusual = _UNUSUAL.search(text) is not None
    if unusual:
        text = _TO_REPLACE.sub(_replacement, text)
    opened_by_a_break = "\n" + text  # so that the first line, too, follows a break
    if _MARK_ROW.search(opened_by_a_break):
        text = _MARK_ROW.sub("", opened_by_a_break)[1:]
    if "--" in text:
        text = _REPEATED_HYPHENS.sub("-", text)
    text = _CID.sub("•", text)
    if "_" in text:
        text = _UNDERSCORE_EMPHASIS.sub(r"\2", text)
    if unusual:
        text = _PRIVATE_BULLET.sub(r"\1•", text)
        text = _PRIVATE_USE.sub(" ", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", " ")
    if "   " in text:
        text = _unflatten(text)
    # Runs of spaces never span a newline, so one pass over the whole text will do; and
    # only a tab-like character or a double space gives it work (a regex pass stops at
    # every single space, which costs many times these substring tests).
    if "  " in text or "\t" in text or "\f" in text or "\v" in text:
        text = _SPACES.sub(" ", text)
    lines = [stripped for line in text.split("\n") if (stripped := line.strip())]
    return "\n".join(join_wrapped(lines) if may_wrap else lines)


def _unflatten(text: str) -> str:
    """Lines back for text flattened onto one line, its fields kept apart by runs of spaces.

    Text copied out of a web form or a dataset's cell may hold a whole resume on
    one line ("Experience   Senior Engineer   02/2011   to   Current   Acme ...").
    Read as one line, no job, heading or bullet is found. A date range's own
    padding is closed first, so the split leaves each range whole.
    """
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if len(line) > _FLATTENED_LENGTH and len(_FIELD_GAP.findall(line)) >= _FLATTENED_GAPS:
            lines[number] = _FIELD_GAP.sub("\n", _PADDED_RANGE_JOIN.sub(r" \1 ", line))
    return "\n".join(lines)


def join_wrapped(lines: list[str]) -> list[str]:
    """Rejoin sentences a layout wrapped over several lines.

    A line that starts with a lower-case letter continues the line before it
    when that one ran to the margin (it is long) without ending a sentence; so
    a bullet such as "... more than 100,000 / students enrolled" is read, and
    quoted as evidence, whole. A short line above (a name, a title) or an
    e-mail address below is never joined.
    """
    joined: list[str] = []
    for line in lines:
        # Cheap: a cut-off year is the only line start of these two checks that is a digit.
        if joined and line[0] in "12" and _month_wrap(joined[-1], line):
            joined[-1] = joined[-1] + " " + line
            continue
        if joined and joined[-1][-1] in "-–—oOlL":  # cheap: most lines end otherwise
            separator = _range_wrap(joined[-1], line)
            if separator is not None:
                joined[-1] = joined[-1] + separator + line
                continue
        if (
            joined
            and line[0].islower()
            and len(joined[-1]) >= WRAPPED_LENGTH
            and "@" not in line.split(" ", 1)[0]
            and not joined[-1].endswith((".", "!", "?", ":"))
        ):
            separator = "" if joined[-1].endswith("-") and not joined[-1].endswith(" -") else " "
            joined[-1] = joined[-1] + separator + line
        else:
            joined.append(line)
    return joined


def _range_wrap(above: str, line: str) -> str | None:
    """How a date range cut at the line end goes on with `line` ("" or " "), or None."""
    if _CUT_ISO.search(above) and _MONTH_NUMBER.match(line):
        return ""
    if _OPEN_RANGE_END.search(above) and _RANGE_END_START.match(line):
        return " "
    return None


def _month_wrap(above: str, line: str) -> bool:
    """Whether `line` opens with the year of a month left at the end of `above`."""
    return _YEAR_ENDING.match(line) is not None and _CUT_MONTH.search(above) is not None


def _replacement(match: re.Match[str]) -> str:
    return _REPLACEMENTS[match.group(0)]


def _soft_hyphen(match: re.Match[str]) -> str:
    # A soft hyphen between spaces stands for a dash ("Sep. 2023 - Mar. 2024"); inside a
    # word it is a hyphen ("high-impact").
    return " - " if match.group(0).startswith(" ") or match.group(0).endswith(" ") else "-"


def is_bullet(line: str) -> bool:
    """Whether a line starts with a bullet glyph or dash."""
    return bool(_BULLET_LIKE.match(line)) and not line.lstrip().startswith(("--", "-1", "-2"))


def strip_bullet(line: str) -> str:
    return _BULLET_LIKE.sub("", line, count=1)
