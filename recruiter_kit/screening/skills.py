"""Find the taxonomy's skills in resume lines, with the lines as evidence.

Exact matching comes first: every line is tokenised and the longest known form
at each position wins, so "JavaScript" never yields "Java" and "trust" never
yields "Rust". Forms that are also ordinary words ("Go", "R", "C") must be
written with their exact case and sit in a skills context; written in lower
case they count only as items of a list of languages ("c#, go, python").
rapidfuzz then looks for misspellings among the longer tokens nothing matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from recruiter_kit.screening.normalize import WRAPPED_LENGTH, is_bullet
from recruiter_kit.screening.results import Evidence, SkillHit
from recruiter_kit.screening.sections import Line
from recruiter_kit.screening.taxonomy import (
    BULLETS,
    LANGUAGES,
    TOKEN,
    Form,
    Skill,
    Taxonomy,
    token_pattern,
)

EVIDENCED_SECTIONS = frozenset({"experience", "projects"})
# How many other languages a list must name for a lower-case or `list_only` item to count.
_OTHER_LANGUAGES = 2
_LIST_SEPARATOR = re.compile("[,|•;·◦/]")
_OPENING = ",|•;·◦/ "  # separators and spaces, which make no part of their own
# What may stand before and after an item of a list: "Languages: c#, go (1.21) and r".
_ITEM_OPENINGS = ",|•;·◦/:"
_ITEM_CLOSINGS = ",|•;·◦/("
_LIST_ENDS = frozenset({"and", "or"})
_CONNECTORS = frozenset({"and", "or", "with", "plus"})
_BEFORE_WORDS = frozenset({"in", "using", "with", "on", "via", "to", "from"})
# Words a sentence cannot end on: a line that stops on one wrapped onto the next.
_WRAP_WORDS = _CONNECTORS | _BEFORE_WORDS | {"as", "like", "including", "of", "for", "the", "a"}
# "written in Go on Kubernetes", "in Go for the ledger": what may follow such a name.
_AFTER_NAME_WORDS = frozenset({"", "and", "or", "on", "for", "with", "at"})
_AFTER_WORDS = frozenset(
    {
        "programming",
        "language",
        "languages",
        "developer",
        "development",
        "code",
        "codebase",
        "scripts",
        "scripting",
        "services",
        "service",
        "microservices",
        "backend",
        "api",
        "apis",
        "sdk",
        "stack",
        "server",
        "servers",
        "applications",
        "application",
        "app",
        "apps",
        "engineer",
        "modules",
        "libraries",
        "library",
        "framework",
        "runtime",
        "cluster",
        "clusters",
        "charts",
        "pipelines",
        "pipeline",
        "jobs",
        "rewrite",
        "migration",
        "port",
        "monolith",
        "binary",
        "binaries",
        "tooling",
        "toolchain",
        "client",
        "clients",
        "module",
        "package",
        "packages",
        "components",
        "component",
        "frontend",
        "front",
        "ui",
        "version",
        "versions",
        "tables",
        "table",
        "dataframes",
        "dataframe",
        "queries",
        "query",
        "schema",
        "schemas",
        "alerts",
        "alerting",
        "builds",
        "ide",
        "orm",
        "hooks",
        "indexes",
        "index",
        "nodes",
        "replicas",
        "replication",
        "keyspaces",
        "workers",
        "worker",
        "tasks",
        "queue",
        "queues",
        "plugin",
        "plugins",
        "integration",
        "integrations",
    }
)
_FUZZY_CUTOFF = 90.0
# Words of one batch of resumes repeat ("university", "frameworks"): each is scored
# once. Past this many remembered words the memory starts again, so it stays bounded.
_TYPO_MEMORY = 50_000
#: Shorter tokens are too close to too many words to be read as misspellings.
FUZZY_MIN_LENGTH = 6
# A part of a listing line names one thing in at most this many words, and
# at least this share of a line's parts must be that short.
_NAME_WORDS = 3
_LIST_SHARE = 0.75
_MAX_EVIDENCE = 5
# A company's name runs at most this many capitalised words past a skill's name.
_COMPANY_WORDS = 3


# A link or an e-mail address: on such a line a profile site (GitHub) is a link, not a tool.
_LINK = re.compile(r"https?://|www\.|\w@\w|\.(?:com|io|dev|org)/")


@dataclass(slots=True)
class _Hit:
    skill: Skill
    line: Line
    start: int
    end: int
    pending: bool  # a strict form still waiting for its context check
    # Skills the written form spells out in full ("Ruby on Rails" names Ruby).
    writes_out: tuple[str, ...] = ()


# One line as the matcher read it: the line, its text as searched (the candidate's name
# blanked out), its tokens as written and lower-cased, and the hits kept on it.
# A plain tuple: one is made for every line of every resume.
_LineRead = tuple[Line, str, list[str], list[str], list[_Hit]]


class SkillMatcher:
    """Matches skills against lines; build once per taxonomy, reuse for every resume."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self._taxonomy = taxonomy
        self._fuzzy_choices = list(taxonomy.fuzzy_keys)
        self._typos: dict[str, Skill | None] = {}
        sites = [re.escape(s.name.lower()) for s in taxonomy.skills.values() if s.profile_site]
        # "GitHub: jroe" or "GitLab: @jroe |": a profile handle, not a tool.
        self._profile_label = re.compile(
            rf"\b(?:{'|'.join(sites) or '(?!)'})\s*:\s*@?[\w.-]+(?:\s*[|·•,]|\s*$)"
        )

    def find(self, lines: list[Line], person_name: str | None = None) -> list[SkillHit]:
        """Every skill named in the lines, evidence in line order, implied skills added.

        `person_name` is the candidate's name: where it is written, it is a
        name, even when a word of it names a tool ("Ana Jenkins").
        """
        hits: list[_Hit] = []
        leftovers: list[tuple[str, Line]] = []
        inner_pairs = self._taxonomy.inner_pairs
        # The line before, kept back from `hits` while a form may run on from it.
        above: _LineRead | None = None
        above_out: list[_Hit] = []  # its strict forms still without context
        for line in lines:
            if line.heading:
                if above is not None:
                    hits.extend(above[4])
                    above = None
                continue
            text = line.text
            if person_name and person_name in text:
                text = text.replace(person_name, " ")
            out: list[_Hit] = []
            found, tokens, lowered = self._line_hits(line, text, leftovers, out)
            if above is not None:
                if lowered and above[0].section == line.section:
                    below = (line, text, tokens, lowered, found)
                    if (above[3][-1], lowered[0]) in inner_pairs:
                        self._form_across(above, below)
                    if (above_out or out) and _wraps_onto(above[1], text):
                        _context_across(above, below, above_out, out)
                hits.extend(above[4])
                above = None
            if lowered:
                above = (line, text, tokens, lowered, found)
                above_out = out
        if above is not None:
            hits.extend(above[4])
        hits.extend(self._fuzzy_hits(leftovers))
        return self._collect(hits)

    def _form_across(self, above: _LineRead, below: _LineRead) -> None:
        """A form a layout wrapped over two lines ("... Java and Spring" / "Boot services").

        It counts on the line it starts on, and the parts each line holds on
        its own ("Microsoft SQL" above "Server") give way to it, as they do
        when the form is written on one line. Only a wrap counts: the line above
        ran to the margin or is a list that goes on below, and no punctuation
        or bullet stands between the two parts. A short label over a list
        ("Backend Core" over "Java, Spring Boot") did not wrap.
        """
        line, text, tokens, lowered, found = above
        _, text_below, tokens_below, lowered_below, found_below = below
        if not (
            text.rstrip().endswith(tokens[-1])
            and text_below.lstrip().startswith(tokens_below[0])
            and (len(text) >= WRAPPED_LENGTH or _LIST_SEPARATOR.search(text))
        ):
            return
        taxonomy = self._taxonomy
        count = len(tokens)
        for size_above in range(min(count, taxonomy.max_tokens - 1), 0, -1):
            start = count - size_above
            if lowered[start] not in taxonomy.first_tokens or any(
                hit.start < start < hit.end for hit in found
            ):
                continue  # no form starts there, or one written above already runs through it
            rest = taxonomy.max_tokens - size_above
            size, form = self._longest(
                tokens[start:] + tokens_below[:rest], lowered[start:] + lowered_below[:rest], 0
            )
            if (
                size <= size_above
                or form is None
                or form.skill is None
                or form.needs_context
                or (form.skill.profile_site and self._is_contact_line(line, text))
            ):
                continue
            size_below = size - size_above
            found[:] = [hit for hit in found if hit.start < start]
            found_below[:] = [hit for hit in found_below if hit.start >= size_below]
            found.append(_Hit(form.skill, line, start, count, False, form.writes_out))
            return

    def _line_hits(
        self,
        line: Line,
        text: str,
        leftovers: list[tuple[str, Line]],
        out_of_context: list[_Hit],
    ) -> tuple[list[_Hit], list[str], list[str]]:
        """The hits kept on one line, and the line's tokens as written and lower-cased.

        Strict forms the line gives no context for go to `out_of_context`: the
        sentence may go on over a wrap and give it on the next line.
        """
        # token_pattern's test, written out: it runs for every line.
        plain = text.isascii() or text.lstrip(BULLETS).isascii()
        pattern = TOKEN if plain else token_pattern(text)
        tokens = pattern.findall(text)
        lowered_tokens = [token.lower() for token in tokens]
        starts, pairs = self._taxonomy.first_tokens, self._taxonomy.first_pairs
        last = len(lowered_tokens) - 1
        found: list[_Hit] = []
        unmatched: list[str] = []
        done = 0  # tokens before this index are matched or left over
        # Forms that count only as items of a list of languages ("go", "Processing")
        # wait apart: they vouch for no other hit.
        listed: list[_Hit] | None = None
        # Only tokens that start a known form need the longest-match search: a form of
        # their own (its sizes, longest first, end in 1), or a longer one whose second
        # token follows ("machine learning").
        for i in [
            i
            for i, token in enumerate(lowered_tokens)
            if (sizes := starts.get(token)) is not None
            and (sizes[-1] == 1 or (i < last and (token, lowered_tokens[i + 1]) in pairs))
        ]:
            if i < done:
                continue  # inside a longer form already matched
            unmatched.extend(tokens[done:i])
            size, form = self._longest(tokens, lowered_tokens, i)
            if form is None:
                unmatched.append(tokens[i])
                done = i + 1
                continue
            if form.skill is not None:
                # An everyday word in lower case ("react to incidents") waits for a context.
                pending = form.needs_context or (form.ordinary and tokens[i].islower())
                hit = _Hit(form.skill, line, i, i + size, pending, form.writes_out)
                if not form.listed:
                    found.append(hit)
                elif listed is None:
                    listed = [hit]
                else:
                    listed.append(hit)
            done = i + size
        unmatched.extend(tokens[done:])
        # Misspellings are looked for only where skills are listed; in prose, near
        # misses are ordinary words ("collected" is not collectd).
        words = [t for t in unmatched if len(t) >= FUZZY_MIN_LENGTH and t.isalpha()]
        if words and (line.section == "skills" or _list_of_names(text)):
            leftovers.extend((word, line) for word in words)
        if not found:
            return found, tokens, lowered_tokens
        # Few lines name a company ("VMware Ltd"): the others skip the look after each hit.
        spans = (
            [m.span() for m in pattern.finditer(text)]
            if not self._taxonomy.company_suffixes.isdisjoint(lowered_tokens)
            else None
        )
        # A profile link or a company's name vouches for no other name on the line.
        named = found
        if spans or any(hit.skill.profile_site for hit in found):
            named = [
                hit
                for hit in found
                if not (hit.skill.profile_site and self._is_contact_line(line, text))
                and not (spans and self._in_company_name(lowered_tokens, spans, text, hit.end))
            ]
        kept: list[_Hit] = []
        waiting: list[_Hit] = []
        for hit in named:
            if not hit.pending or _in_context(hit, named, lowered_tokens, line.section, text):
                kept.append(hit)
            else:
                waiting.append(hit)
        if waiting and any(hit.pending for hit in kept):
            # A name given its context vouches for its neighbours in turn, as a name that
            # needs none does: "on Cassandra and Jenkins".
            for hit in kept:
                hit.pending = False
            for hit in waiting:
                if _in_context(hit, named, lowered_tokens, line.section, text):
                    kept.append(hit)
                else:
                    out_of_context.append(hit)
        else:
            out_of_context.extend(waiting)
        if listed:
            kept.extend(_language_list_items(listed, kept, lowered_tokens, text, pattern))
        return _without_spelt_out_parts(kept), tokens, lowered_tokens

    def _in_company_name(
        self, lowered: list[str], spans: list[tuple[int, int]], text: str, end: int
    ) -> bool:
        """Whether the form ending at token `end` opens a company's name ("VMware Ltd").

        The name runs on in capitalised words joined by spaces; only the suffix may
        follow a comma ("Docker, Inc."). "Python Developer, Acme Ltd" is a title.
        """
        for i in range(end, min(end + _COMPANY_WORDS + 1, len(spans))):
            gap = text[spans[i - 1][1] : spans[i][0]]
            if lowered[i] in self._taxonomy.company_suffixes:
                return gap.strip() in ("", ",")
            if gap.strip() or not text[spans[i][0]].isupper():
                return False
        return False

    def _is_contact_line(self, line: Line, text: str) -> bool:
        """The header, a line with a link or an address, or "GitHub: handle"."""
        return (
            line.section == "header"
            or bool(_LINK.search(text))
            or bool(self._profile_label.search(text.lower()))
        )

    def _longest(self, tokens: list[str], lowered: list[str], i: int) -> tuple[int, Form | None]:
        taxonomy = self._taxonomy
        # Only sizes some form has are looked up, and longer ones only when the next
        # token can follow this one in a form.
        longer = i + 1 < len(tokens) and (lowered[i], lowered[i + 1]) in taxonomy.first_pairs
        for size in taxonomy.first_tokens[lowered[i]]:
            if size > 1 and (not longer or i + size > len(tokens)):
                continue
            for form in taxonomy.index.get(tuple(lowered[i : i + size]), ()):
                if form.skill is None and self._hides_acronym(tokens[i : i + size]):
                    continue
                if not form.strict or tuple(tokens[i : i + size]) == form.tokens:
                    return size, form
        # "go" in "c#, go, python": a language's name in lower case, taken last.
        lower_case = taxonomy.in_lower_case.get(tokens[i])
        return (1, lower_case) if lower_case is not None else (0, None)

    def _hides_acronym(self, written: list[str]) -> bool:
        return any(token in self._taxonomy.acronyms for token in written)

    def _fuzzy_hits(self, leftovers: list[tuple[str, Line]]) -> list[_Hit]:
        """Misspelt skills: unmatched long tokens close to a known single-token form."""
        if not leftovers:
            return []
        matches = self.misspellings({word.lower() for word, _ in leftovers})
        return [
            _Hit(matches[w.lower()], line, 0, 0, False)
            for w, line in leftovers
            if w.lower() in matches
        ]

    def misspellings(self, words: Iterable[str]) -> dict[str, Skill]:
        """The skill each lower-case word is a slip of the keys for; real words are never one."""
        words = set(words)  # read twice below: a generator would be spent by the first pass
        known = self._typos
        fresh = {word for word in words if word not in known} - self._taxonomy.not_typos
        if fresh:
            if len(known) + len(fresh) > _TYPO_MEMORY:
                known.clear()
            for word in fresh:
                known[word] = self._typo_of(word)
        return {word: skill for word in words if (skill := known.get(word)) is not None}

    def _typo_of(self, word: str) -> Skill | None:
        # One word at a time, without numpy: rapidfuzz's batch scorer (cdist) imports
        # numpy, which costs a one-worker import more than the few new words of each
        # resume cost this way, once remembered.
        best = process.extractOne(
            word, self._fuzzy_choices, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
        )
        if best is None or not _plausible_typo(word, best[0]):
            return None
        return self._taxonomy.fuzzy_keys[best[0]]

    def _collect(self, hits: list[_Hit]) -> list[SkillHit]:
        by_name: dict[str, SkillHit] = {}
        for hit in hits:
            self._record(by_name, hit.skill, hit.line)
            for implied in hit.skill.implies + hit.writes_out:
                skill = self._taxonomy.skills.get(implied)
                if skill is not None:
                    self._record(by_name, skill, hit.line)
        return list(by_name.values())

    @staticmethod
    def _record(by_name: dict[str, SkillHit], skill: Skill, line: Line) -> None:
        entry = by_name.get(skill.name)
        if entry is None:
            entry = by_name[skill.name] = SkillHit(skill.name, skill.category, False, [])
        evidenced = line.section in EVIDENCED_SECTIONS
        if evidenced and not entry.evidenced:
            entry.evidenced = True
            # The first evidence shown should be the line that proves use.
            entry.evidence.insert(0, Evidence(line.text, line.section, line.number))
        elif all(e.line_number != line.number for e in entry.evidence):
            entry.evidence.append(Evidence(line.text, line.section, line.number))
        del entry.evidence[_MAX_EVIDENCE:]


def _wraps_onto(above: str, below: str) -> bool:
    """Whether `below` goes on with the sentence `above` ran to the margin with.

    The line above is long and stops where a sentence cannot end: after a
    comma or a joining word ("such as Go," over "Elasticsearch, and Gulp"), or
    the line below starts in lower case. A line that merely ends without a full
    stop is no wrap: a bullet's last line often does, above the next job's header.
    """
    above = above.rstrip()
    if len(above) < WRAPPED_LENGTH or not below or is_bullet(below):
        return False
    if above.endswith(",") or below.lstrip()[:1].islower():
        return True
    last = above.rsplit(None, 1)[-1].lower()
    return last in _WRAP_WORDS


def _context_across(
    above: _LineRead, below: _LineRead, above_out: list[_Hit], below_out: list[_Hit]
) -> None:
    """Keep the strict forms a wrapped sentence gives context to across its two lines.

    "... technologies such as Go," over "Elasticsearch, and Gulp." names Go as
    the same sentence on one line does. Each form is judged on the two lines
    joined, and stays on the line it is written on.
    """
    offset = len(above[3])
    shifted = [
        _Hit(h.skill, h.line, h.start + offset, h.end + offset, h.pending, h.writes_out)
        for h in below[4]
    ]
    found = above[4] + shifted
    lowered = above[3] + below[3]
    text = above[1].rstrip() + " " + below[1].lstrip()
    section = below[0].section
    for hit in above_out:
        if _in_context(hit, found, lowered, section, text):
            hit.pending = False
            above[4].append(hit)
    for hit in list(below_out):
        moved = _Hit(hit.skill, hit.line, hit.start + offset, hit.end + offset, True)
        if _in_context(moved, found, lowered, section, text):
            hit.pending = False
            below[4].append(hit)
            below_out.remove(hit)  # judged again only if the sentence wraps on


def _without_spelt_out_parts(hits: list[_Hit]) -> list[_Hit]:
    """Drop the parts a line lists beside their family: "ELK (Logstash, Kibana)" is one stack.

    Counting each part as a skill of its own would lengthen the skills list with
    what the resume names once; a part named on a line of its own still counts.
    """
    if not any(hit.skill.part_of for hit in hits):
        return hits
    families = {hit.skill.name for hit in hits}
    return [hit for hit in hits if hit.skill.part_of not in families]


def _language_list_items(
    listed: list[_Hit], kept: list[_Hit], lowered: list[str], text: str, pattern: re.Pattern[str]
) -> list[_Hit]:
    """The listed hits that stand as whole items of a list of languages.

    "Languages: c#, c++, go, python" names Go: the line is a list and two other
    languages are on it. "go" inside a phrase, or in a list of anything else, is a word.
    """
    languages = {hit.skill.name for hit in kept if hit.skill.category == LANGUAGES}
    listed = [hit for hit in listed if hit.skill.name not in languages]
    if len(languages) < _OTHER_LANGUAGES or not listed or not _list_like(text):
        return []
    spans = [m.span() for m in pattern.finditer(text)]
    words = set(lowered)
    return [
        hit
        for hit in listed
        if _whole_item(text, spans[hit.start][0], spans[hit.end - 1][1], hit.start, lowered)
        and (not hit.skill.line_requires or not hit.skill.line_requires.isdisjoint(words))
    ]


def _whole_item(text: str, start: int, end: int, token: int, lowered: list[str]) -> bool:
    """Whether text[start:end], token `token` on, is a whole item of a list.

    "go" is one in "c++, go, python" and in "python and go", not in "ready to go".
    """
    opening = text[:start].rstrip()
    closing = text[end:].lstrip()
    opens = not opening or opening[-1] in _ITEM_OPENINGS
    if not opens and token > 0:
        opens = lowered[token - 1] in _LIST_ENDS
    return opens and (not closing or closing[0] in _ITEM_CLOSINGS)


def _in_context(hit: _Hit, found: list[_Hit], lowered: list[str], section: str, text: str) -> bool:
    """Whether a strict form (Go, R, C, Oracle) is used as a skill name on this line."""
    if hit.skill.line_excludes and _names_its_maker(hit, found, lowered):
        return False
    if hit.skill.line_requires:
        words = set(lowered)
        return any(required in words for required in hit.skill.line_requires)
    if section == "skills":
        return True
    # Only skills that need no context vouch for one that does: two ordinary
    # words side by side ("Julia Chef") do not make each other skills.
    others = [other for other in found if other is not hit and not other.pending]
    if others and _list_like(text):
        return True
    # Joined to another skill's name: "C and C++", "with git and Jenkins".
    for other in others:
        gap = lowered[min(hit.end, other.end) : max(hit.start, other.start)]
        if not gap or (len(gap) == 1 and gap[0] in _CONNECTORS):
            return True
    before = lowered[hit.start - 1] if hit.start > 0 else ""
    after = lowered[hit.end] if hit.end < len(lowered) else ""
    if after in _AFTER_WORDS:
        return True
    # "in Go" is the language; "moved to Shell" is a job at the company.
    return (
        not hit.skill.employer_name
        and before in _BEFORE_WORDS
        and (after in _AFTER_NAME_WORDS or _ends_clause(lowered[hit.start : hit.end], text))
    )


def _names_its_maker(hit: _Hit, found: list[_Hit], lowered: list[str]) -> bool:
    """Whether the line's other words make the name the maker's, not the skill's.

    In "Oracle, MS Office, QuickBooks" Oracle is the business-software vendor;
    in "Oracle, MySQL, Excel" another database says it is the database.
    """
    if hit.skill.line_excludes.isdisjoint(lowered):
        return False
    category = hit.skill.category
    return not any(other.skill.category == category for other in found if other is not hit)


def _ends_clause(words: list[str], text: str) -> bool:
    """Whether the words stand right before punctuation ("in Go, cutting p99 by 40%")."""
    pattern = r"\W+".join(re.escape(word) for word in words) + r"\s*[,.;:)!?]"
    return re.search(rf"(?<!\w){pattern}", text, re.IGNORECASE) is not None


_INFLECTIONS = frozenset({"", "s", "es", "d", "ed", "r", "er", "ers", "ing", "ion", "ions"})


def _plausible_typo(word: str, key: str) -> bool:
    """A near miss that is a slip of the keys, not an inflection ("containers", "collected")."""
    if word[0] != key[0] or abs(len(word) - len(key)) > 2:
        return False
    common = 0
    for a, b in zip(word, key, strict=False):
        if a != b:
            break
        common += 1
    return not (word[common:] in _INFLECTIONS and key[common:] in _INFLECTIONS)


def _list_of_names(text: str) -> bool:
    """A line that lists names ("Tools: Jenkins, Docker, Kubernetes"), not a sentence with commas.

    Most of its comma-separated parts are a few words long; a sentence's parts
    are clauses.
    """
    listed = _after_label(text)
    if listed is None and not _LIST_SEPARATOR.search(text.lstrip(_OPENING)):
        return False  # one part at most: a bullet glyph before a sentence separates nothing
    parts = [part.split() for part in _LIST_SEPARATOR.split(text if listed is None else listed)]
    parts = [words for words in parts if words]
    if len(parts) < 2:
        return listed is not None and len(parts) == 1 and len(parts[0]) <= _NAME_WORDS
    short = sum(len(words) <= _NAME_WORDS for words in parts)
    return short >= _LIST_SHARE * len(parts)


def _list_like(text: str) -> bool:
    return _after_label(text) is not None or len(_LIST_SEPARATOR.findall(text)) >= 2


def _after_label(text: str) -> str | None:
    """What follows a short label that opens the line ("Tools: ..."), or None."""
    label, colon, rest = text.partition(":")
    return rest if colon and 0 < len(label.split()) <= 4 else None
