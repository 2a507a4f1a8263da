"""A report's key to its short names: the lines under a heading such as "Abbreviations"
(:mod:`clasgraph.ingest.rules.layout`), each a short name, then what it stands for, then at times
a word on the body ("RCCG<TAB>NHS Rookhaven CCG", "TWS: Tillery Wellbeing Service. The charity
... dissolved in 2016").

The bodies a key names join the report's roster under their short names, so that "RCCG's
contracts" in the context is NHS Rookhaven CCG's; what an entry says became of its body is read as
any sentence about it (:func:`entry_sentences`).

>>> [tuple(e) for e in entries(["RCCG\\tNHS Rookhaven CCG", "IHA: initial health assessment"])]
[('RCCG', 'NHS Rookhaven CCG', ''), ('IHA', 'initial health assessment', '')]
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from clasgraph.ingest.organisations import OrgResolver, is_org_name, service_name


class Entry(NamedTuple):
    """One line of a key: the short name, what it stands for, and any words after that."""

    short: str
    full: str
    rest: str


#: A key's line: a short name of one word, a TAB (or a colon, a dash, two spaces), the full name
#: up to a full stop or a semicolon, then any words on it.
_ENTRY = re.compile(r"^(?P<short>[A-Z][\w&'’-]{1,14})(?:\t+|:\s+|\s+[–—-]\s+|\s{2,})(?P<full>[^.;\t]{3,120}?)"
                    r"(?:[.;]\s*(?P<rest>.*?))?\s*$")
#: Words of an entry that say its name is a body's: "the charity giving ...", "a community interest company".
_BODY_WORDS = re.compile(r"\b(?:charity|trust|company|CIC|social\s+enterprise|federation|provider|organisation|"
                         r"organization|commissioner|partnership|practice|body)\b", re.IGNORECASE)


#: Where a key's next entry begins on a line that runs entries together (a PDF's line, a copy
#: whose line breaks were lost): a short name, then a TAB or a run of spaces, then a word.
_NEXT_ENTRY = re.compile(r"(?<=\S) (?=[A-Z][\w&'’-]{1,14}(?:\t|\s{2,})\S)")
#: A line that begins an entry (else it goes on with the entry above: a wrapped line).
_ENTRY_START = re.compile(r"^[A-Z][\w&'’-]{1,14}(?:\t|:\s|\s{2,})")


def entry_lines(block: str) -> list[str]:
    r"""The entries of a block of a key, a line each: a line that does not begin an entry goes on
    with the one above, and a line running entries together is cut where each begins.

    >>> entry_lines("DCC\tDunmarrow County Council RCCG\tNHS Rookhaven CCG\nTWS  Tillery Service. The charity;\nclosed in 2016")
    ['DCC\tDunmarrow County Council', 'RCCG\tNHS Rookhaven CCG', 'TWS  Tillery Service. The charity; closed in 2016']
    """
    lines: list[str] = []
    for line in (ln.strip() for ln in block.split("\n")):
        if not line:
            continue
        if lines and not _ENTRY_START.match(line):
            lines[-1] += " " + line
        else:
            lines.append(line)
    return [entry for line in lines for entry in (_NEXT_ENTRY.split(line) if _SEPARATED.search(line) else _spaced_apart(line))]


#: A short name set apart from its full name by a TAB, a colon or a run of spaces.
_SEPARATED = re.compile(r"\t|:\s|\s{2,}")
#: Words of capitals that are kinds of body or the nation's, never a key's short name.
_NO_SHORT = {"NHS", "CCG", "CCGs", "CIC", "FT", "UK", "GP", "GPs", "ICB", "LTD", "PLC", "CQC"}


def _spaced_apart(line: str) -> list[str]:
    r"""A key's entries run together with single spaces (a copy whose TABs and line breaks were
    lost: "DCC Dunmarrow County Council RCCG NHS Rookhaven CCG"), cut before each short name: a word
    of capitals (or a name said twice) followed by a word it abbreviates, "NHS" passed over.

    >>> _spaced_apart("DCC Dunmarrow County Council RCCG NHS Rookhaven CCG Skua Skua Health Ltd")
    ['DCC\tDunmarrow County Council', 'RCCG\tNHS Rookhaven CCG', 'Skua\tSkua Health Ltd']
    """
    words = line.split(" ")
    starts = []
    for i, word in enumerate(words[:-1]):
        following = [w for w in words[i + 1:i + 3] if w != "NHS"][:1]
        if not following or starts and starts[-1] == i - 1 or word in _NO_SHORT:
            continue
        if word == following[0] or word.isupper() and len(word) >= 2 and following[0][:1].upper() == word[0]:
            starts.append(i)
    if not starts or starts[0] != 0:
        return [line]
    bounds = [*starts, len(words)]
    return [f"{words[a]}\t{' '.join(words[a + 1:b])}" for a, b in itertools.pairwise(bounds)]


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


def entry_sentences(lines: list[str], resolver: OrgResolver) -> list[tuple[str, str]]:
    """(body id, words) of each body's entry that says more than its name: what the entry says
    of the body, read as sentences about it ("In our 2015 report, the charity giving ...; dissolved
    in June 2016, its work ... carried on under PRC")."""
    out = []
    for entry in entries(lines):
        body = resolver.resolve(entry.full) or resolver.resolve(entry.short)
        if body and entry.rest:
            out.append((body, entry.rest))
    return out
