"""English words the skill matcher would take for misspelt skill names.

Fuzzy matching forgives a slip of the keys ("Kuberentes", "Elasticsaerch"),
but a real word one letter away from a skill ("linked" / Linkerd, "vertical" /
Vertica) is not a slip. This prints every such word in a word list, so they
can be reviewed and added to `not_typos` in resources/skills/taxonomy.json.
Words already listed there are not printed again; a line ending in "(listed)"
shows how many are.

    apt-get install wamerican   # SCOWL's American English list
    .venv/bin/python bench/near_words.py /usr/share/dict/american-english
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recruiter_kit.screening.skills import FUZZY_MIN_LENGTH, SkillMatcher  # noqa: E402
from recruiter_kit.screening.taxonomy import Taxonomy  # noqa: E402


def near_words(word_list: Path, taxonomy: Taxonomy) -> dict[str, str]:
    """Each word of the list the matcher reads as a skill, with that skill's name."""
    words = {
        line.strip().lower()
        for line in word_list.read_text(encoding="utf-8", errors="replace").splitlines()
        if line.strip().isalpha() and len(line.strip()) >= FUZZY_MIN_LENGTH
    }
    # A word that is itself a form of a skill is matched exactly, never fuzzily.
    words = {word for word in words if (word,) not in taxonomy.index}
    found = SkillMatcher(taxonomy).misspellings(words)
    return {word: skill.name for word, skill in sorted(found.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("word_list", type=Path, help="one word a line")
    args = parser.parse_args()
    taxonomy = Taxonomy.load()
    found = near_words(args.word_list, taxonomy)
    for word, skill in found.items():
        print(f"{word:20s} -> {skill}")
    print(f"{len(found)} words read as misspellings; {len(taxonomy.not_typos)} (listed)")


if __name__ == "__main__":
    main()
