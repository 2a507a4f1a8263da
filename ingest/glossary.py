"""A report's key to its short names: the lines under a heading such as "Abbreviations"
(:mod:`clasgraph.ingest.rules.layout`), each a short name, then what it stands for, then at times
a word on the body ("RCCG<TAB>NHS Rookhaven CCG", "TWS: Tillery Wellbeing Service. The charity
... dissolved in 2016").

The bodies a key names join the report's roster under their short names, so that "RCCG's
contracts" in the context is NHS Rookhaven CCG's; what an entry says became of its body is read as
any sentence about it (:func:`entry_sentences`).

>>> [tuple(e) for e in entries(["RCCG\\tNHS Rookhaven CCG", "IHA: initial health assessment", "SHCCG\\tNHS St. Helens CCG"])]
[('RCCG', 'NHS Rookhaven CCG', ''), ('IHA', 'initial health assessment', ''), ('SHCCG', 'NHS St. Helens CCG', '')]
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from clasgraph.ingest.organisations import OrgResolver, is_org_name, service_name
from clasgraph.ingest.rules.layout import SHORT_NAME


class Entry(NamedTuple):
    """One line of a key: the short name, what it stands for, and any words after that."""

    short: str
    full: str
    rest: str


#: A key's line: a short name of one word, a TAB (or a colon, a dash, two spaces), the full name
#: up to a full stop or a semicolon, then any words on it.
_ENTRY = re.compile(rf"^(?P<short>{SHORT_NAME})(?:\t+|:\s+|\s+[–—-]\s+|\s{{2,}})(?P<full>(?:\b(?:St|Dr|Mt)\.|[^.;\t]){{3,120}}?)"
                    r"(?:[.;]\s*(?P<rest>.*?))?\s*$")
#: Words of an entry that say its name is a body's: "the charity giving ...", "a community interest company".
_BODY_WORDS = re.compile(r"\b(?:charity|trust|company|CIC|social\s+enterprise|federation|provider|organisation|"
                         r"organization|commissioner|partnership|practice|body)\b", re.IGNORECASE)


#: Where a key's next entry begins on a line that runs entries together (a PDF's line): a short
#: name, then a TAB; in a line without TABs, a short name of capitals, then a run of spaces.
_NEXT_ENTRY_TAB = re.compile(rf"(?<=\S) (?={SHORT_NAME}\t\S)")
_NEXT_ENTRY_SPACES = re.compile(r"(?<=\S) (?=[A-Z][A-Z&]{1,7}\s{2,}\S)")
#: A line that begins an entry (else it goes on with the entry above: a wrapped line).
_ENTRY_START = re.compile(rf"^{SHORT_NAME}(?:\t|:\s|\s{{2,}})")
#: A line that begins an entry with a colon ("IHA: initial health assessment").
_COLON_ENTRY = re.compile(rf"^{SHORT_NAME}:\s")


def entry_lines(block: str) -> list[str]:
    r"""The entries of a block of a key, a line each: a line that does not begin an entry goes on
    with the one above, and a line running entries together is cut where each begins.

    >>> entry_lines("DCC\tDunmarrow County Council RCCG\tNHS Rookhaven CCG\nTWS\tTillery Service. The charity;\nclosed in 2016")
    ['DCC\tDunmarrow County Council', 'RCCG\tNHS Rookhaven CCG', 'TWS\tTillery Service. The charity; closed in 2016']
    >>> entry_lines("NCHT\tNorthmoor Community  Health NHS Trust")
    ['NCHT\tNorthmoor Community  Health NHS Trust']
    """
    lines: list[str] = []
    for line in (ln.strip() for ln in block.split("\n")):
        if not line:
            continue
        if lines and not _ENTRY_START.match(line):
            lines[-1] += " " + line
        else:
            lines.append(line)
    return [entry for line in lines for entry in _cut(line)]


def _cut(line: str) -> list[str]:
    """A line of a key cut where each entry begins: at TABs where it has them, else at runs of
    spaces, else by the words each short name abbreviates (:func:`_spaced_apart`)."""
    if "\t" in line:
        return _NEXT_ENTRY_TAB.split(line)
    if re.search(r"\S\s{2,}\S", line):
        return _NEXT_ENTRY_SPACES.split(line)
    return _spaced_apart(line) if not _COLON_ENTRY.match(line) else [line]


#: Words passed over when a short name's letters are matched to the words it stands for.
_FILLER = {"NHS", "of", "and", "the", "&", "for", "in", "on", "upon"}


def _abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the initials of the words that follow it ("LPFT": Lenthall Partnership
    NHS Foundation Trust; "RCCG": Rookhaven CCG), or the same word said again ("Skua Skua ...")."""
    if words and short == words[0]:
        return True
    if not (short.isupper() and len(short) >= 2):
        return False
    spelled = {""}
    for word in words[:8]:
        if word in _FILLER:
            continue
        spelled = {s + w for s in spelled for w in {word[0].upper(), *([word] if word.isupper() else [])}}
        if short in spelled:
            return True
        spelled = {s for s in spelled if short.startswith(s)}
        if not spelled:
            return False
    return False


def _spaced_apart(line: str) -> list[str]:
    r"""A key's entries run together with single spaces (a copy whose TABs and line breaks were
    lost: "DCC Dunmarrow County Council RCCG NHS Rookhaven CCG"), cut before each short name: a
    word followed by the words it abbreviates; words before the first (a line introducing the
    key) a line of their own.

    >>> _spaced_apart("These are used: DCC Dunmarrow County Council CQC Care Quality Commission Skua Skua Ltd")
    ['These are used:', 'DCC\tDunmarrow County Council', 'CQC\tCare Quality Commission', 'Skua\tSkua Ltd']
    >>> _spaced_apart("RCCG NHS Rookhaven CCG GP General practitioner")
    ['RCCG\tNHS Rookhaven CCG', 'GP\tGeneral practitioner']
    """
    words = line.split(" ")
    starts = [i for i, word in enumerate(words[:-1]) if _abbreviates(word, words[i + 1:])]
    starts = [i for n, i in enumerate(starts) if not n or i > starts[n - 1] + 1]  # a full name's first word is no short name
    if not starts:
        return [line]
    bounds = [*starts, len(words)]
    intro = [" ".join(words[:starts[0]])] if starts[0] else []
    return intro + [f"{words[a]}\t{' '.join(words[a + 1:b])}" for a, b in itertools.pairwise(bounds)]


def entries(lines: list[str]) -> list[Entry]:
    """The entries of a key's lines; a line that is no entry (a note under the key) is skipped."""
    out = []
    for line in lines:
        m = _ENTRY.match(line.strip())
        if m:
            out.append(Entry(m["short"], m["full"].strip(), (m["rest"] or "").strip()))
    return out


def is_body(entry: Entry, resolver: OrgResolver) -> bool:
    """Whether an entry's full name is a body's: a known body, a name of a body's form, or a
    capitalised name the entry's words call a body ("TWS: Tillery Wellbeing Service. The charity
    ..."); never a service ("CAMHS: child and adolescent mental health services") or a term."""
    full = entry.full
    if not full[:1].isupper() or service_name(full):
        return False
    if resolver.resolve(full) or is_org_name(full):
        return True
    capitalised = all(w[:1].isupper() for w in full.split() if w.lower() not in ("and", "of", "for", "the", "&"))
    return capitalised and bool(_BODY_WORDS.search(entry.rest))


def add_bodies(lines: list[str], resolver: OrgResolver) -> None:
    """Add each body a key names to the roster, its short name an alias (a short name a known
    body already answers to, or one of the word "CCG", is left as it is)."""
    for entry in entries(lines):
        if is_body(entry, resolver) and not resolver.resolve(entry.short) and entry.short.upper() not in ("CCG", "NHS"):
            resolver.add(entry.full, aliases=[entry.short])


def entry_sentences(lines: list[str], resolver: OrgResolver) -> list[tuple[str, str, str]]:
    """(body id, words, line) of each body's entry that says more than its name: what the entry
    says of the body, read as sentences about it ("In our 2015 report, the charity giving ...;
    dissolved in June 2016, its work ... carried on under PRC"), and the entry's line."""
    out = []
    for line in lines:
        for entry in entries([line]):
            body = resolver.resolve(entry.full) or resolver.resolve(entry.short)
            if body and entry.rest:
                out.append((body, entry.rest, line))
    return out
