"""The date grammar resumes write work history in, shared by every rule that reads dates.

Patterns for lower-cased text: "Sep 2016", "fall 2019", "2016-09", "09/2016",
"09.2016", "Sept ’17", "agosto de 2022", "Agosto/2023", a bare year, and the words that mean
"still there" (in English and the languages the month names cover). Compile them with
re.IGNORECASE where the text keeps its case. A month with a two-digit year
("03-16", "01/23") is a date only at both ends of a range (`SHORT_DATE`).
"""

from __future__ import annotations

import re
from typing import Any


def _word_tree(words: dict[str, str]) -> str:
    """One alternation of `words`, each followed by its own tail pattern, sharing prefixes.

    "j(?:an[a-z]*|u(?:in|l[a-z]*)...)" rather than "jan[a-z]*|juin|jul[a-z]*|...": the
    engine tries a list of alternatives one by one at every position of the text, and
    sixty month names in a flat list make each range search half as fast again.
    """
    tree: dict[str, Any] = {}  # a letter to its subtree; "" to the tail of a word ending here
    for word, tail in words.items():
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = tail

    def alternation(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + alternation(node[char]) for char in sorted(node) if char]
        if "" in node:
            if not branches:
                return str(node[""])
            # The longer words first, so "maio" is not read as "mai".
            branches.append(node[""])
            return f"(?:{'|'.join(branches)})" if node[""] else f"(?:{'|'.join(branches[:-1])})?"
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return alternation(tree)


#: English month names by their first three letters: "Sept", "September", "Sep."
_ENGLISH_MONTHS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
#: Every month name, in English and the other languages here, that starts like an
#: English one. An English stem goes on only in letters of its names: so it reads
#: each of them, any cut of one ("Sept", "Janu.") and a slip ("Septermber",
#: "Feburary"), but not the words that merely start alike ("Marketing 2019",
#: "decade", "junior", "augment").
_NAMES_OF_STEMS = (
    *("january", "janeiro", "januar", "janvier", "januari"),
    *("february", "februar", "febrero", "febbraio", "februari"),
    *("march", "marzo", "mars"),
    *("april", "aprile"),
    *("may", "mayo"),
    *("june", "junho", "junio", "juni"),
    *("july", "julho", "julio", "juli"),
    *("august", "augustus"),
    *("september", "septiembre", "septembre"),
    *("october", "octubre", "octobre"),
    *("november", "novembro", "noviembre", "novembre"),
    *("december",),
)
#: Portuguese, Spanish, German, French, Italian and Dutch months the English stems miss,
#: spelt out or cut where the cut is no English word. Polish names are left out: with
#: their nominative and genitive forms they made every range search 4% slower, and
#: Polish resumes date jobs in figures as often ("01.2018 – obecnie"), which are read.
_FOREIGN_MONTHS = (
    *("fevereiro", "fev", "março", "abril", "abr", "maio", "agosto", "setembro", "outubro"),
    *("dezembro", "dez", "enero", "ene", "diciembre", "dic"),
    *("jänner", "jän", "märz", "mär", "mrz", "mai", "oktober", "okt", "dezember"),
    *("janvier", "février", "févr", "fév", "avril", "avr", "juin", "juillet", "juil"),
    *("août", "aout", "décembre", "déc"),
    *("gennaio", "febbraio", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre"),
    *("maart", "mrt", "mei"),
)
#: Portuguese "Set", "Out" and "Ago" name a month only before a year (`MONTH_BEFORE_YEAR`):
#: "set to present" is a phrase.
_YEAR_ONLY_MONTHS = ("set", "out", "ago")
_MONTH_WORDS = {
    stem: f"[{''.join(sorted({c for n in _NAMES_OF_STEMS if n[:3] == stem for c in n[3:]}))}]*"
    "(?![a-z])"
    for stem in _ENGLISH_MONTHS
} | {
    word: ""
    for word in _FOREIGN_MONTHS
    # "junho", "marzo": read with the English stems already.
    if not (word[:3] in _ENGLISH_MONTHS and word.isascii())
}
MONTH = rf"{_word_tree(_MONTH_WORDS)}\.?"
MONTH_BEFORE_YEAR = rf"{_word_tree(_MONTH_WORDS | {word: '' for word in _YEAR_ONLY_MONTHS})}\.?"
_SEASONS = ("spring", "summer", "fall", "autumn", "winter")
SEASON = rf"(?:{'|'.join(_SEASONS)})"
#: What a date (`DATE`) or a month (`MONTH`) can start with in lower-cased text: a figure,
#: or the first letter of a month's or season's name. A lookahead of it turns most words
#: away in one test, before the engine tries each form of a date there.
DATE_START = (
    "[0-9"
    + "".join(sorted({word[0] for word in (*_MONTH_WORDS, *_YEAR_ONLY_MONTHS, *_SEASONS)}))
    + "]"
)
YEAR = r"(?:19[6-9]\d|20[0-4]\d)"
ISO = rf"{YEAR}-(?:0[1-9]|1[0-2])(?:-\d\d)?"
NUMERIC = rf"(?:0?[1-9]|1[0-2])[/.]{YEAR}"
#: "Sept ’17", "April'13": a month with an apostrophe and two digits for its year.
MONTH_SHORT_YEAR = rf"{MONTH}[ \t]*['’‘]\d\d(?!\d)"
#: "2017.10", "2019.3": year first, as Chinese, Japanese and Korean resumes write it. Like a
#: version number, so read only at either end of a range (`YEAR_FIRST_RANGE`).
YEAR_FIRST = rf"{YEAR}\.(?:1[0-2]|0?[1-9])(?!\d)"
#: Between a month and its year: a space or a comma, or "/" and "de" as Portuguese and
#: Spanish write them ("Agosto/2023", "agosto de 2022").
_MONTH_YEAR_GAP = r"(?:[ \t]*/[ \t]*|[ \t]+del?[ \t]+|[ \t]*,?[ \t]*'?)"
DATE = (
    rf"(?:{ISO}|{NUMERIC}|(?:{MONTH_BEFORE_YEAR}|{SEASON}){_MONTH_YEAR_GAP}{YEAR}"
    rf"|{MONTH_SHORT_YEAR}|{YEAR})"
)
#: "03-16", "01/23", "9/21": month, dash or slash, two-digit year, as Friggeri-style CVs
#: and table rows date their jobs. Alone it is as likely a page range, a score, a fraction
#: or part of a phone number, so it is read only as both ends of a range opening a line
#: ("09-13 - 03-14", "01/23 – Present").
SHORT_DATE = r"(?:(?:0[1-9]|1[0-2])-\d\d|(?:0?[1-9]|1[0-2])/\d\d)"
#: "Still there", in English and in German, Portuguese, Spanish, French, Italian, Dutch,
#: Polish and Chinese. Read only after a range joiner, where "actual" or "nu" can mean
#: nothing else.
NOW = (
    r"(?:present|current|currently|now|today|ongoing|till date|date"
    r"|heute|aktuell|jetzt|presente|atualmente|atual|hoje|actualidad|actual|hoy"
    r"|aujourd['’]hui|oggi|heden|huidig|nu|obecnie|aktualnie|nadal|teraz|dzisiaj|dziś|至今)"
)
#: What joins the two ends of a range ("2016 - 2019", "2016 to 2019", "2021-05 -> 2022-01"),
#: in English and as German, Portuguese, Spanish, French, Italian, Dutch and Polish write
#: it ("bis heute", "até 2020", "hasta hoy", "à juin 2019", "al 2018", "tot heden",
#: "do 2020").
_JOIN_SIGNS = r"->|=>|→|-|–|—"
_JOIN_WORDS = r"to|until|till|through|bis|até|hasta|à|au|al|tot|do"
RANGE_JOIN = rf"(?:{_JOIN_SIGNS}|{_JOIN_WORDS})"
#: A range's joiner and its end come next ("bis heute", "- 2015"). The joiner alone is no
#: range: "au", "à" and "al" are prepositions too ("depuis 2019 au sein de", "à Paris").
RANGE_FOLLOWS = rf"[ \t]*{RANGE_JOIN}[ \t]*(?:{DATE}|{NOW})\b"
