"""Words of an organisation's name that mix writing systems: a likely homoglyph.

"Turning Pоint" with a Cyrillic о looks like "Turning Point" but is another name, so it becomes
another organisation. Names are already NFKC-normalised with bidi and zero-width marks removed
(:mod:`clasgraph.ingest.organisations`); matching is left as it is, and the ingest summary
flags each such word instead, naming the report, the name and the odd characters. A letter's
script is the first word of its Unicode name (LATIN, CYRILLIC, GREEK, ...); modifier letters,
digits and punctuation are not counted.

>>> odd_letters("Pоint")
['о']
>>> odd_letters("Point"), odd_letters("Ελληνική")
([], [])
>>> print(mixed_script_warnings("r-2019", ["Turning Pоint"])[0])
r-2019: organisation name 'Turning Pоint' mixes scripts in the word 'Pоint': U+043E CYRILLIC SMALL LETTER O among Latin letters
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from clasgraph.graph.schema import Label

_WORD = re.compile(r"[^\W\d_]+")  # a run of letters


def _script(letter: str) -> str | None:
    """The script of a letter (``LATIN``, ``CYRILLIC``, ...), or None for what is not counted."""
    if not unicodedata.category(letter).startswith("L") or unicodedata.category(letter) == "Lm":
        return None
    name = unicodedata.name(letter, "")
    return name.split(" ", 1)[0] if name else None


def odd_letters(word: str) -> list[str]:
    """The letters of a word that are not of its main script (the script most of its letters
    are in; Latin on a tie), each once, in order."""
    scripts = {ch: _script(ch) for ch in word}
    counts = Counter(s for s in scripts.values() if s)
    if len(counts) < 2:
        return []
    main = max(counts, key=lambda s: (counts[s], s == "LATIN"))
    return [ch for ch, s in scripts.items() if s and s != main]


def _describe(letters: list[str], word: str) -> str:
    main = next(s for s in map(_script, word) if s and not any(_script(ch) == s for ch in letters))
    odd = ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}" for ch in letters)
    return f"{odd} among {main.capitalize()} letters"


def mixed_script_warnings(report_id: str, names) -> list[str]:
    """One line for each name with a word that mixes scripts."""
    warnings = []
    for name in dict.fromkeys(names):
        for word in _WORD.findall(name):
            letters = odd_letters(word)
            if letters:
                warnings.append(f"{report_id}: organisation name {name!r} mixes scripts in the word "
                                f"{word!r}: {_describe(letters, word)}")
    return warnings


def organisation_names(records) -> list[str]:
    """The names and aliases of a report's organisations, as read."""
    names = []
    for node in records.nodes:
        if node.label == Label.ORGANISATION:
            names.append(node.props.get("name", ""))
            names.extend(node.props.get("aliases") or [])
    return names
