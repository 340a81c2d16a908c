"""Contact details: name, email, phone, location and profile links.

The shapes of an address, a phone number and a link are written here; the words
that tell a name, an employer or a labelled number apart are read from
``resources/screening/contact.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from recruiter_kit.core.errors import InvalidInputError
from recruiter_kit.resources import load_json
from recruiter_kit.screening.results import Contact
from recruiter_kit.screening.sections import HEADER, Line, TextIndex, one_of
from recruiter_kit.screening.taxonomy import HAN

CONTACT_FILE = "screening/contact.json"
_WORD_LISTS = (
    "contact_labels",
    "not_name_words",
    "work_modes",
    "work_modes_a_person_has",
    "other_number_labels",
    "number_words",
    "placeholder_domains",
    "name_particles",
    "name_credentials",
    "not_name_cjk_words",
)

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# An address a narrow column cut after its "@" or inside its domain ("ana.ruiz@exam-"),
# ending a line; and what opens the next line, its rest ("ple.com"). A hyphen at the
# cut is the address's own: a hyphenation mark was taken out with the line break.
_CUT_ADDRESS = re.compile(r"[\w.+-]+@[A-Za-z0-9.-]*")
_ADDRESS_REST = re.compile(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?![\w@]|\.\w)")
# The rejoined address must end in a lower-case top-level domain: "ana@acme." above
# "Company" is a sentence, not "ana@acme.Company".
_LOWER_TLD = re.compile(r"\.[a-z]{2,}$")
# Spelt out against address harvesters: "ana (at) x.org", "ana [dot] ruiz [at] gmail [dot] com".
_AT = r"\s*[\[({<]\s*at\s*[\])}>]\s*"
_DOT = r"\s*[\[({<]\s*dot\s*[\])}>]\s*"
# Repeats are bounded: a line of "x [dot] x [dot] ..." must not cost a quadratic search.
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+-])[\w+-]{{1,64}}(?:(?:\.|{_DOT})[\w+-]{{1,64}}){{0,6}}{_AT}"
    rf"[A-Za-z0-9-]{{1,63}}(?:(?:\.|{_DOT})[A-Za-z0-9-]{{1,63}}){{0,4}}(?:\.|{_DOT})[A-Za-z]{{2,24}}\b",
    re.I,
)
# "Senior Engineer (at) Booking.com" is a job, not "Engineer@Booking.com": an address
# does not open on a capitalised word.
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
_OBFUSCATED_AT = re.compile(_AT, re.I)
# What every obfuscated address holds; opening on a bracket keeps the search fast.
_OBFUSCATED_HINT = re.compile(r"[\[({<]\s*at\s*[\])}>]", re.I)
_OBFUSCATED_DOT = re.compile(_DOT, re.I)
PHONE = re.compile(r"(?<![\w/.])(?:\+|\(\+?)?\d[\d\s().\-–]{7,}\d(?![\w/])")
# A year, or a month and year in either order ("08.2014", "08/2014", "2014-08"), also
# a space apart as moderncv writes them ("2014 08"): a year opens or closes each end.
_DATE = r"(?:(?:0?[1-9]|1[0-2])[./\s-](?:19|20)\d{2}|(?:19|20)\d{2}(?:[./\s-](?:0?[1-9]|1[0-2]))?)"
# "2014 - 2016", "08.2014 - 12.2014", "2023-07 - 2024-07": enough digits for a phone number.
_DATE_RANGE = re.compile(rf"^{_DATE}\s*[-–—]\s*{_DATE}$")
# The EAN prefixes ("Bookland") every 13-digit ISBN starts with.
_ISBN_PREFIXES = ("978", "979")
URL = re.compile(
    r"\b(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\.)[^\s|,;<>()]+"
    r"|(?<![\w.@])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|io|dev|me|org|net|co|ai|app|page|site)(?:/[^\s|,;<>()]*)?(?![\w@])"
)
# "GitHub: @name", "Github:// name", "LinkedIn: /in/name": a profile named without its URL.
_PROFILE = re.compile(r"\b(linkedin|github|gitlab)(?:\.com)?\s*(?::/*|/)\s*(@?[\w./-]+)", re.I)
# Every match of URL or _PROFILE holds one of these (in lower case): ".co" stands for ".com".
_LINK_HINTS = frozenset(
    {
        "linkedin",
        "github",
        "gitlab",
        "http",
        "www.",
        ".co",
        ".io",
        ".dev",
        ".me",
        ".org",
        ".net",
        ".ai",
        ".app",
        ".page",
        ".site",
    }
)


def _letter_class(test: Callable[[str], bool]) -> str:
    """The letters of the alphabets with capitals (Latin, Greek, Cyrillic, ...) for
    which `test` holds, as the inside of a regex class: `re` has no Unicode categories."""
    codes = [code for code in range(_ALPHABETS_END) if test(chr(code))]
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs
    )


# Where the alphabets with capital letters end (Latin, Greek, Cyrillic, Armenian, Georgian).
_ALPHABETS_END = 0x2000
_UPPER = _letter_class(str.isupper)
_LOWER = _letter_class(str.islower)
_LOCATION = re.compile(
    rf"^[{_UPPER}][\w.' -]+(?:,\s*(?:[A-Z]{{2}}\b(?:\s+\d{{5}})?|[{_UPPER}][\w.' -]+)){{1,3}}$"
)
# What separates the parts of a header line: "Ana Ruiz | Berlin ▪ ana@x.org".
_FIELD_MARKS = "|·•▪●◦♦■◆"
# An all-caps name run into the place on the same line: "ANDREW ASCONE Middletown, NJ".
_CAPS_NAME = re.compile(
    rf"^((?:[{_UPPER}][{_UPPER}'’.-]*\s+){{1,3}}[{_UPPER}][{_UPPER}'’.-]*)\s+(?=\S*[{_LOWER}])(.+)$"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_EXPERIENCE = "experience"
# What follows a name's capital: "O'Neil", "Jean-Luc", "J.".
_NAME_WORD_REST = re.compile(r"[\w'’.-]*")
# A Chinese name, or a Japanese one in kanji: two to four ideographs, family and
# given name perhaps a space apart ("山田 太郎"). A Korean name is as short in Hangul
# syllables ("김민준", "남궁 민수"); one name keeps to one script.
_HANGUL = "\uac00-\ud7a3"
_CJK_NAME = re.compile(rf"[{HAN}](?: ?[{HAN}]){{1,3}}|[{_HANGUL}](?: ?[{_HANGUL}]){{1,3}}")
# The same name in two scripts: "王小明 / Xiaoming Wang", "Xiaoming Wang (王小明)".
_NAME_IN_TWO_SCRIPTS = re.compile(r"(.+?)\s*(?:/\s*(.+)|[(（]\s*(.+?)\s*[)）])")
_HEAD_LINES = 12
# The title markup of a plain-text resume's first line: "= Ana Ruiz" (AsciiDoc), "* Ana
# Ruiz" (Org-mode), "# Ana Ruiz" (Markdown saved as .txt). Further down, a star is a bullet.
_TITLE_MARKUP = re.compile(r"^(?:\*{1,6}|={1,6}|#{1,6})[ \t]+")
_CONTACT_TOKENS = re.compile("|".join(f"(?:{p.pattern})" for p in (EMAIL, PHONE, URL)))
#: Digits a phone number has: 10 to 15, or from 8 when written with its country code
#: ("+1 555 0142"), which no year range or figure starts with.
_PHONE_DIGITS = range(10, 16)
_PHONE_DIGITS_AFTER_PLUS = range(8, 16)


@dataclass(frozen=True, slots=True)
class ContactWords:
    """The word lists of `CONTACT_FILE`, compiled into the patterns that use them."""

    #: Where a name shares its line with contact details: "Ana Ruiz | ana@x.org",
    #: "Ana Ruiz Email: ...".
    name_split: re.Pattern[str]
    #: A line that is not a name, or a header part that is not a place.
    not_name: re.Pattern[str]
    #: What follows an employer, not a person, after a dash: "Capital One - Hybrid".
    work_mode: re.Pattern[str]
    #: The work modes a person may have after their name in the header: "Ana Ruiz - Remote".
    personal_work_mode: re.Pattern[str]
    #: A number labelled as something else: "ISBN13: 9789065501165", "Student ID 1234567890".
    number_label: re.Pattern[str]
    #: The domains reserved for examples (RFC 2606): a template's address left in, or
    #: one standing in for the real address the author did not want scraped.
    placeholder_email: re.Pattern[str]
    #: A lower-case word inside a name: "Pius von Däniken", "Ana de la Cruz".
    name_particle: re.Pattern[str]
    #: Credentials after a name and a comma: "Jia Cao, CPA", "Ana Ruiz, PhD, PMP".
    credentials: re.Pattern[str]
    #: Words that, anywhere in a short line of ideographs, make it no name: "个人简历"
    #: (personal resume) is a title, not a person. CJK has no spaces to mark words.
    not_name_cjk: re.Pattern[str]


@cache
def contact_words() -> ContactWords:
    """The shipped word lists (read once per process)."""
    return parse_contact_words(load_json(CONTACT_FILE))


def parse_contact_words(data: Mapping[str, Any]) -> ContactWords:
    """Compile the word lists of a `CONTACT_FILE`.

    Raises:
        InvalidInputError: naming the file and the list that is missing or bad.
    """
    if not isinstance(data, Mapping):
        raise InvalidInputError(f"{CONTACT_FILE} is malformed: expected a JSON object.")
    words = {key: _any_of(data, key) for key in _WORD_LISTS}
    labels, number_words = words["other_number_labels"], words["number_words"]
    return ContactWords(
        name_split=re.compile(
            rf"\s*([{_FIELD_MARKS}]|\s[-–—]\s|\b{words['contact_labels']}\b\s*:)\s*", re.I
        ),
        not_name=re.compile(rf"\b{words['not_name_words']}\b", re.I),
        work_mode=re.compile(rf"^\(?{words['work_modes']}\b", re.I),
        personal_work_mode=re.compile(rf"^\(?{words['work_modes_a_person_has']}\b", re.I),
        number_label=re.compile(rf"\b{labels}\s*{number_words}?\s*[:#]?\s*$", re.I),
        placeholder_email=re.compile(rf"@(?:[\w-]+\.)*{words['placeholder_domains']}$", re.I),
        name_particle=re.compile(rf"{words['name_particles']}$", re.I),
        credentials=re.compile(rf"(?:\s*,\s*{words['name_credentials']})+\s*$", re.I),
        not_name_cjk=re.compile(words["not_name_cjk_words"]),
    )


def _any_of(data: Mapping[str, Any], key: str) -> str:
    """The entries of the list `key` as one group matching any of them.

    Raises:
        InvalidInputError: the list is missing, holds something other than text,
            or an entry is not a regular expression.
    """
    entries = data.get(key)
    if not isinstance(entries, list) or not all(isinstance(e, str) and e for e in entries):
        raise InvalidInputError(
            f"{CONTACT_FILE} is malformed: '{key}' must be a list of words or patterns."
        )
    for entry in entries:
        try:
            re.compile(entry)
        except re.error as exc:
            raise InvalidInputError(
                f"{CONTACT_FILE} is malformed: {entry!r} in '{key}' is not a pattern ({exc})."
            ) from exc
    return one_of(entries)


def extract_contact(
    lines: list[Line], hidden_links: list[str] | None = None, index: TextIndex | None = None
) -> Contact:
    """Contact details, looked for in the header first and then anywhere.

    `hidden_links` are link targets behind the text (DOCX hyperlinks); `index`
    is the lines' `TextIndex` when the caller has built one already.
    """
    texts = [line.text for line in lines]
    head_lines = [line for line in lines[:_HEAD_LINES] if line.section == HEADER] or lines[
        :_HEAD_LINES
    ]
    head = [line.text for line in head_lines]
    contact = Contact()
    web, mailto, tel = _split_links(hidden_links or [])
    # A mailto: or tel: link behind "Email" or an icon is the address when no text has one.
    contact.email = _email(head) or _email(texts) or _email(mailto)
    contact.phone = _phone(head) or _phone(texts) or _phone(tel)
    index = index or TextIndex(lines)
    # The header lines open `texts`, so scanning `texts` alone keeps the header's links first.
    links = _links(index)
    if contact.email and _rejoined(contact.email, index.text):
        # The rest of a cut address ("gmail.com" below "ana@") is no web link.
        links = [link for link in links if not contact.email.endswith(link)]
    contact.links = list(dict.fromkeys(links + web))
    contact.name = _name(head_lines, lines)
    contact.location = _location(head)
    return contact


def _split_links(links: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Web links, the addresses of mailto: links and the numbers of tel: links."""
    web: list[str] = []
    mailto: list[str] = []
    tel: list[str] = []
    for link in links:
        scheme, _, target = link.partition(":")
        if scheme.lower() == "mailto":
            mailto.append(target.split("?", 1)[0])
        elif scheme.lower() == "tel":
            tel.append(target)
        else:
            web.append(link)
    return web, mailto, tel


def _email(texts: list[str]) -> str | None:
    """The first address in `texts` that is not a placeholder, else the first placeholder.

    Text order also puts an address written out before a different mailto:
    target, which the Markdown reader keeps after it: "ana@x.org (b@y.org)".
    """
    placeholder = None
    for number, text in enumerate(texts):
        if "@" in text and number + 1 < len(texts):
            text = _with_cut_address_joined(text, texts[number + 1])
        for address in _emails_in(text):
            if not contact_words().placeholder_email.search(address):
                return address
            placeholder = placeholder or address
    return placeholder


def _rejoined(address: str, text: str) -> bool:
    """Whether `address` was found cut over two lines of `text` (not behind a mailto: link)."""
    return address not in text and address.split("@", 1)[0] + "@" in text


def _with_cut_address_joined(text: str, following: str) -> str:
    """`text`, with the rest of an address it ends on taken from `following`.

    A narrow column breaks an address after its "@" or at a dot or hyphen of
    the domain: "ana.ruiz@" above "example.com". The join must make a whole
    address ending in a lower-case domain, or `text` is kept as it is.
    """
    last = text.rsplit(None, 1)[-1]
    cut = _CUT_ADDRESS.search(last)
    if cut is None or cut.end() != len(last) or EMAIL.fullmatch(cut.group(0)):
        return text
    rest = _ADDRESS_REST.match(following)
    if rest is None:
        return text
    address = cut.group(0) + rest.group(0)
    if EMAIL.fullmatch(address) and _LOWER_TLD.search(address):
        return text + rest.group(0)
    return text


def _emails_in(text: str) -> list[str]:
    """The addresses on one line in the order written, obfuscated ones decoded."""
    found = (
        [(match.start(), match.group(0)) for match in EMAIL.finditer(text)] if "@" in text else []
    )
    if _OBFUSCATED_HINT.search(text):
        for match in _OBFUSCATED_EMAIL.finditer(text):
            decoded = _OBFUSCATED_DOT.sub(".", _OBFUSCATED_AT.sub("@", match.group(0)))
            if EMAIL.fullmatch(decoded) and not _TITLE_WORD.fullmatch(decoded.split("@")[0]):
                found.append((match.start(), decoded))
    return [address for _, address in sorted(found)]


def _phone(texts: list[str]) -> str | None:
    for text in texts:
        for match in PHONE.finditer(text):
            candidate = match.group(0).strip()
            digits = "".join(ch for ch in candidate if ch.isdigit())
            allowed = _PHONE_DIGITS_AFTER_PLUS if candidate.startswith("+") else _PHONE_DIGITS
            before = text[: match.start()]
            if len(digits) in allowed and not _other_number(candidate, digits, before):
                return candidate
    return None


def _other_number(candidate: str, digits: str, before: str) -> bool:
    """Whether a phone-shaped run of digits is a date range, an ISBN or a labelled identifier."""
    return bool(
        _DATE_RANGE.match(candidate.lstrip("("))  # "(2021-01 - 2023-09)"
        or (len(digits) == 13 and digits.startswith(_ISBN_PREFIXES))
        or contact_words().number_label.search(before)
    )


def _links(index: TextIndex) -> list[str]:
    """Profile and web links in line order; within a line, named profiles come first."""
    links: list[str] = []
    for text in _link_lines(index):
        for match in _PROFILE.finditer(text):
            site, handle = match.group(1).lower(), match.group(2).lstrip("@/").rstrip(".")
            if (
                handle
                and not handle.lower().startswith(("www", "http"))
                and "." not in handle.split("/")[0]
            ):
                links.append(f"{site}.com/{handle}")
        for match in URL.finditer(text):
            url = match.group(0).rstrip(".")
            if "@" not in text[max(0, match.start() - 1) : match.start() + 1] and not EMAIL.search(
                url
            ):
                links.append(url)
    return list(dict.fromkeys(link for link in links if f"@{link}" not in index.text))


def _link_lines(index: TextIndex) -> list[str]:
    """The lines holding one of `_LINK_HINTS`, the only ones where a link can match.

    Looking for the hints is many times faster than running the link patterns
    over every line.
    """
    return [index.lines[number].text for number in index.lines_with(_LINK_HINTS)]


def _name(head: list[Line], lines: list[Line]) -> str | None:
    for index, line in enumerate(head):
        if line.heading:
            continue  # "KEY PROFICIENCIES" opens a section; it names nobody
        if line.number == 0 and line.text[:1] in ("*", "=", "#"):
            line = replace(line, text=_TITLE_MARKUP.sub("", line.text))
        following = head[index + 1].text if index + 1 < len(head) else None
        candidate = _name_on(line, following)
        if candidate and not _on_dated_entry(candidate, line, lines):
            return candidate
    return None


def _name_on(line: Line, following: str | None) -> str | None:
    """The name `line` opens with, if any; `following` is the next line looked at."""
    text, separator, tail = _name_part(line.text)
    if separator.strip() in ("-", "–", "—") and _employer_tail(tail, line):
        return None
    caps = _CAPS_NAME.match(text)
    if caps and _LOCATION.match(caps.group(2)):
        text = caps.group(1)
    # "Jia Cao, CPA": the credentials are no part of the name. Any other
    # "Name, Title" keeps its comma, and with it is no name.
    text = contact_words().credentials.sub("", text)
    words = text.split()
    not_name = contact_words().not_name
    if any(ch.isdigit() for ch in text) or "@" in text or ":" in text or not_name.search(text):
        return None
    if _capitalised_name(words):
        return text
    if not text.isascii():
        return _han_name(text)
    if len(words) == 1 and _name_word(text) and following is not None:
        rest = following.split()
        if len(rest) == 1 and _name_word(rest[0]) and not not_name.search(rest[0]):
            return f"{text} {rest[0]}"
    return None


def _name_word(word: str) -> bool:
    """A capitalised word of a name, in any alphabet with capitals: "Ana", "Élodie",
    "Łukasz", "Дмитрий", "Γιώργος", "O'Neil", "J."."""
    return word[:1].isupper() and _NAME_WORD_REST.fullmatch(word, 1) is not None


def _capitalised_name(words: list[str]) -> bool:
    """Whether `words` are a name in an alphabet with capitals: "Ana Ruiz", "José Álvarez",
    "Jan van der Berg"."""
    if 2 <= len(words) <= 4 and all(_name_word(w) for w in words):
        return True
    return _with_particles(words)


def _han_name(text: str) -> str | None:
    """A name in ideographs or Hangul, alone or beside the same name in Latin letters.

    Both scripts are kept when both are written, in their order, "王小明 /
    Xiaoming Wang": the first is the name on the candidate's papers, the second the one
    colleagues use and the one their address and profiles are spelt with, and
    blind review hides each word of either.
    """
    if _CJK_NAME.fullmatch(text):
        return None if contact_words().not_name_cjk.search(text) else text
    pair = _NAME_IN_TWO_SCRIPTS.fullmatch(text)
    if pair is None:
        return None
    first, second = pair.group(1), pair.group(2) or pair.group(3)
    han, latin = (first, second) if _CJK_NAME.fullmatch(first) else (second, first)
    if (
        _CJK_NAME.fullmatch(han)
        and not contact_words().not_name_cjk.search(han)
        and _capitalised_name(latin.split())
    ):
        return f"{first} / {second}" if pair.group(2) else f"{first} ({second})"
    return None


def _with_particles(words: list[str]) -> bool:
    """Whether `words` are a name with lower-case particles inside: "Jan van der Berg".

    The particles sit between capitalised words, two to four of those, so a
    line opening or ending with "de" stays no name.
    """
    particle = contact_words().name_particle
    inner = words[1:-1]
    names = [w for w in words if _name_word(w)]
    return (
        len(words) <= 6
        and 2 <= len(names) <= 4
        and _name_word(words[0])
        and _name_word(words[-1])
        and any(particle.match(w) for w in inner)
        and all(_name_word(w) or particle.match(w) for w in inner)
    )


def _name_part(text: str) -> tuple[str, str, str]:
    """The text before the first `name_split` separator, the separator and the rest."""
    parts = contact_words().name_split.split(text, maxsplit=1)
    if len(parts) == 1:
        return text.strip(), "", ""
    return parts[0].strip(), parts[1], parts[2]


def _employer_tail(tail: str, line: Line) -> bool:
    """Whether the text after a dash says how or where a job is done: "Acme - Remote".

    A place after the name is usual in a header ("Ana Ruiz – Berlin, Germany"),
    so only a work mode counts there.
    """
    tail = tail.strip()
    words = contact_words()
    if words.work_mode.match(tail):
        # "Jane Doe – Remote (EU)": a person may work remotely; "- Hybrid" is a job's.
        return not (line.section == HEADER and words.personal_work_mode.match(tail))
    place = re.split(rf"\s*[{_FIELD_MARKS}(]\s*", tail, maxsplit=1)[0]
    return line.section != HEADER and bool(_LOCATION.match(place))


def _on_dated_entry(candidate: str, line: Line, lines: list[Line]) -> bool:
    """Whether `candidate` names an employer: it is on a dated line under Experience.

    A line is dated when it or the line after it holds a year. A header line is
    trusted: a freelancer's "Ana Ruiz Consulting, 2019 - now" keeps the name.
    """
    if line.section == HEADER:
        return False
    for number, other in enumerate(lines):
        if other.section == _EXPERIENCE and candidate in other.text:
            after = lines[number + 1].text if number + 1 < len(lines) else ""
            if _YEAR.search(other.text) or _YEAR.search(after):
                return True
    return False


def _location(head: list[str]) -> str | None:
    """The first header part that reads like "City, Country" or "City, ST".

    Emails, phone numbers and links are taken out of a line first, so a
    location between them with only spaces around it ("ana@x.org Berlin,
    Germany +49 30 123456") is a part of its own.
    """
    for text in head:
        text = _CONTACT_TOKENS.sub(" | ", text)
        for part in re.split(r"\s*[|·•]\s*", text):
            part = part.strip()
            caps = _CAPS_NAME.match(part)
            if caps and _LOCATION.match(caps.group(2)):
                part = caps.group(2)  # "ANDREW ASCONE Middletown, NJ": the name runs into it
            if (
                3 < len(part) <= 50
                and not EMAIL.search(part)
                and _LOCATION.match(part)
                # "Senior Engineer, Acme" is a role
                and not contact_words().not_name.search(part)
                and not re.search(r"\d{3}", part)
            ):
                return part
    return None
