"""The skill taxonomy: canonical names, the forms that name them, and categories.

Loaded once from resources/skills/taxonomy.json. Forms are indexed by their
lower-cased token tuples so a resume line is matched with dictionary look-ups,
longest form first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from recruiter_kit import resources

TAXONOMY_FILE = "skills/taxonomy.json"
LANGUAGES = "languages"
# A token keeps the characters skill names use inside words: C++, C#, .NET, Node.js.
# Letters and digits are taken in runs, not one alternative per character: the
# same tokens, found in about three quarters of the time.
TOKEN = re.compile(r"\.?[^\W_]+(?:(?:[#+]+|\.(?=[^\W_]))[^\W_]*)*")
# Chinese, Japanese and Korean are written without spaces, so a Latin name runs
# straight into them ("Redis等", "使用Go开发"). Python counts their characters as
# word characters; a run of them is a token of its own.
#: The CJK ideographs (basic, extension A and compatibility), as a character-class range.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = (
    "\u2e80-\u2fdf\u3005\u3040-\u30ff\u3100-\u312f\u3190-\u31ff"  # radicals, kana, bopomofo
    + HAN
    + "\uac00-\ud7af"  # Hangul syllables
)
_LATIN = rf"[^\W_{_CJK}]"
_TOKEN_BESIDE_CJK = re.compile(rf"\.?{_LATIN}+(?:(?:[#+]+|\.(?={_LATIN})){_LATIN}*)*|[{_CJK}]+")


# Glyphs that open list items; set aside, most resume lines are plain ASCII.
BULLETS = "•·◦▪●♦■◆➢➤► "


def token_pattern(text: str) -> re.Pattern[str]:
    """The pattern that cuts `text` into tokens.

    Both cut text without CJK characters alike; plain ASCII lines, most of a
    resume once the bullet is set aside, keep the simpler and faster one.
    """
    if text.isascii() or text.lstrip(BULLETS).isascii():
        return TOKEN
    return _TOKEN_BESIDE_CJK


def tokenize(text: str) -> list[str]:
    """Tokens of a line; spaces, commas, slashes and hyphens separate them."""
    return token_pattern(text).findall(text)


@dataclass(frozen=True, slots=True)
class Skill:
    name: str
    category: str
    backend: bool = False
    implies: tuple[str, ...] = ()
    needs_context: bool = False
    line_requires: frozenset[str] = frozenset()
    # A site people link their profile on (GitHub): on a contact line it is a link, not a skill.
    profile_site: bool = False
    # The product family this one ships in (Kibana in the Elastic Stack).
    part_of: str | None = None
    # An ordinary word that names the skill only as an item of a list of languages.
    list_only: bool = False
    # Also an employer's name: "moved to Shell" is a job, so a preposition is no context.
    employer_name: bool = False
    # Words that make a strict form the maker's name, on a line with no other skill of
    # its category: office and ERP software beside "Oracle" (the vendor, not the database).
    line_excludes: frozenset[str] = frozenset()
    # Skills named only by the forms that write them out: "Ruby on Rails" names Ruby,
    # "Rails" does not.
    implies_when_written: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Form:
    """One way of writing a skill. `skill` is None for a blocker phrase."""

    skill: Skill | None
    tokens: tuple[str, ...]
    strict: bool = False
    # Counts only as a whole item of a list of languages: a language's strict form
    # written in lower case ("go" for "Go"), or a `list_only` skill's strict form.
    listed: bool = False
    # The `implies_when_written` skills this form writes out in full.
    writes_out: tuple[str, ...] = ()
    # An everyday word as well ("react"): written in lower case it needs a skills context.
    ordinary: bool = False
    # Whether the form is a skill only in a skills context; worked out once, as
    # every hit asks.
    needs_context: bool = field(init=False, compare=False)

    def __post_init__(self) -> None:
        skill = self.skill
        contextual = (
            self.strict
            and skill is not None
            and (
                skill.needs_context
                or skill.list_only
                or bool(skill.line_requires or skill.line_excludes)
            )
        )
        object.__setattr__(self, "needs_context", self.listed or contextual)


@dataclass(slots=True)
class Taxonomy:
    """Canonical skills and an index of every form that names one."""

    skills: dict[str, Skill]
    categories: dict[str, str]
    index: dict[tuple[str, ...], list[Form]] = field(default_factory=dict)
    fuzzy_keys: dict[str, Skill] = field(default_factory=dict)
    max_tokens: int = 1
    # The sizes (in tokens, longest first) of the forms starting with each first token:
    # most tokens start no form at all, and most that do start forms of one size.
    first_tokens: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # The first two tokens of every longer form: "the" starts a form only before "rest".
    first_pairs: set[tuple[str, str]] = field(default_factory=set)
    # Every two neighbouring tokens of a longer form: where a line may end and the next
    # go on with the same form ("Spring" / "Boot" wrapped at the margin).
    inner_pairs: set[tuple[str, str]] = field(default_factory=set)
    # Skill names that are written in capitals as acronyms (REST, SOAP): a blocker for
    # ordinary words ("the rest") never hides one written that way ("the REST API").
    acronyms: set[str] = field(default_factory=set)
    # Real words a letter away from a skill name ("linked", "vertical"): never misspellings.
    not_typos: frozenset[str] = frozenset()
    # Words that end a company's name ("Agile Fusion Corporation", "VMware Ltd").
    company_suffixes: frozenset[str] = frozenset()
    # One-word names that are everyday words too ("react", "celery"): see `Form.ordinary`.
    ordinary_words: frozenset[str] = frozenset()
    # A language's one-word strict forms as written in lower case ("go"): the last
    # resort of a look-up, taken only as an item of a list of languages.
    in_lower_case: dict[str, Form] = field(default_factory=dict)

    @classmethod
    def load(cls, data: dict[str, Any] | None = None) -> Taxonomy:
        """Build from taxonomy data (the shipped file when None)."""
        data = data if data is not None else resources.load_json(TAXONOMY_FILE)
        taxonomy = cls(
            skills={},
            categories=dict(data.get("categories", {})),
            not_typos=frozenset(
                word.lower() for word in data.get("not_typos", {}).get("words", ())
            ),
            company_suffixes=frozenset(
                word.lower() for word in data.get("company_suffixes", {}).get("words", ())
            ),
            ordinary_words=frozenset(
                word.lower() for word in data.get("ordinary_words", {}).get("words", ())
            ),
        )
        for phrase in data.get("blockers", []):
            taxonomy._add(Form(None, tuple(tokenize(phrase))))
        for entry in data["skills"]:
            taxonomy._add_skill(entry)
        taxonomy._mark_written_out()
        return taxonomy

    def _add_skill(self, entry: dict[str, Any]) -> None:
        skill = Skill(
            name=entry["name"],
            category=entry["category"],
            backend=bool(entry.get("backend", False)),
            implies=tuple(entry.get("implies", ())),
            needs_context=bool(entry.get("needs_context", False)),
            line_requires=frozenset(w.lower() for w in entry.get("line_requires", ())),
            profile_site=bool(entry.get("profile_site", False)),
            part_of=entry.get("part_of"),
            list_only=bool(entry.get("list_only", False)),
            employer_name=bool(entry.get("employer_name", False)),
            line_excludes=frozenset(w.lower() for w in entry.get("line_excludes", ())),
            implies_when_written=tuple(entry.get("implies_when_written", ())),
        )
        self.skills[skill.name] = skill
        strict = list(entry.get("strict", ()))
        loose = [entry["name"], *entry.get("aliases", ()), *entry.get("misspellings", ())]
        for text in loose:
            if text not in strict:
                tokens = tuple(tokenize(text))
                ordinary = len(tokens) == 1 and text.lower() in self.ordinary_words
                self._add(Form(skill, tokens, ordinary=ordinary))
                key = text.lower()
                if len(key) >= 6 and len(tokenize(text)) == 1:
                    self.fuzzy_keys.setdefault(key, skill)
        for text in strict:
            tokens = tuple(tokenize(text))
            self._add(Form(skill, tokens, strict=True, listed=skill.list_only))
            word = text.lower()
            if skill.category == LANGUAGES and tokens == (text,) and word != text:
                self.in_lower_case.setdefault(word, Form(skill, (word,), True, listed=True))
            if len(text) > 1 and text.isupper() and len(tokenize(text)) == 1:
                self.acronyms.add(text)

    def _mark_written_out(self) -> None:
        """Give each form the `implies_when_written` skills whose own forms it holds.

        Run once every skill is indexed, whatever order the file lists them in.
        """
        keys_of: dict[str, list[tuple[str, ...]]] = {}
        for key, forms in self.index.items():
            for form in forms:
                if form.skill is not None:
                    keys_of.setdefault(form.skill.name, []).append(key)
        for forms in self.index.values():
            for n, form in enumerate(forms):
                if form.skill is None or not form.skill.implies_when_written:
                    continue
                written = tuple(
                    name
                    for name in form.skill.implies_when_written
                    if any(_holds(form.tokens, key) for key in keys_of.get(name, ()))
                )
                forms[n] = replace(form, writes_out=written)

    def _add(self, form: Form) -> None:
        if not form.tokens:
            return
        key = tuple(t.lower() for t in form.tokens)
        forms = self.index.setdefault(key, [])
        if form not in forms:
            # Loose forms first: they need no case or context check.
            forms.append(form)
            forms.sort(key=lambda f: (f.skill is not None, f.strict))
        self.max_tokens = max(self.max_tokens, len(key))
        sizes = {*self.first_tokens.get(key[0], ()), len(key)}
        self.first_tokens[key[0]] = tuple(sorted(sizes, reverse=True))
        if len(key) > 1:
            self.first_pairs.add((key[0], key[1]))
            self.inner_pairs.update(pairwise(key))

    def canonical(self, name: str) -> str | None:
        """The canonical name for any known form of a skill ("k8s" -> "Kubernetes")."""
        if name in self.skills:
            return name
        for form in self.index.get(tuple(t.lower() for t in tokenize(name)), []):
            if form.skill is not None:
                return form.skill.name
        return None

    def writes(self, text: str, name: str) -> bool:
        """Whether `text` writes one of the skill's own forms, not only one that implies it."""
        tokens = [token.lower() for token in tokenize(text)]
        for size in range(1, self.max_tokens + 1):
            for start in range(len(tokens) - size + 1):
                forms = self.index.get(tuple(tokens[start : start + size]), ())
                if any(form.skill is not None and form.skill.name == name for form in forms):
                    return True
        return False

    def category(self, name: str) -> str | None:
        skill = self.skills.get(name)
        return skill.category if skill else None


def _holds(tokens: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """Whether the lower-cased `key` runs inside `tokens` ("Ruby on Rails" holds "ruby")."""
    lowered = tuple(token.lower() for token in tokens)
    size = len(key)
    return any(lowered[i : i + size] == key for i in range(len(lowered) - size + 1))
