"""Verb groups whose first verb entails the second (implicatives), read as the second verb alone.

"C stepped in to take over A's contracts" says that C took them over; "A came to be dissolved",
that A was dissolved; "B had to close in 2017", that B closed. The readers know "took over", "was
dissolved" and "closed"; written plainly, the group is read as they are. Verbs that do not entail
their complement ("expected to", "planned to", "hoped to", "tried to", "was asked to") are not
here: what follows them may never have happened. "Agreed to", "undertook to" and "offered to" are
read so only where the sentence says it was done ("... and has done so since", "and did").

Each row is the first verb of a group, in the past tense, with an example and the example written
plainly; ``tests/test_rules.py`` runs every example through :func:`clasgraph.ingest.extract.implicatives_plain`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Implicative:
    """The first verb of a group that entails its complement ("stepped in" of "stepped in to
    take over"), an example, and the example written plainly."""

    pattern: str
    example: str
    plain: str


IMPLICATIVES = (
    Implicative(r"stepped\s+(?:in|up|forward)", "Vespera Care stepped in to take over the contract in 2017.",
                "Vespera Care took over the contract in 2017."),
    Implicative(r"went\s+on", "The trust went on to absorb the community services.",
                "The trust absorbed the community services."),
    Implicative(r"came", "NHS Ayton CCG came to be dissolved in the spring of 2018.",
                "NHS Ayton CCG was dissolved in the spring of 2018."),
    Implicative(r"managed", "The charity managed to keep the drop-in open.", "The charity kept the drop-in open."),
    # "had to" entails only an ending ("had to close in 2017"); "it had to take over the unit" may be an obligation
    Implicative(r"had(?=\s+to\s+(?:close|cease|stop|withdraw|shut|end|fold|dissolve|disband)\b)",
                "Bee Counselling had to close in 2017.", "Bee Counselling closed in 2017."),
    Implicative(r"(?:was|were)\s+(?:forced|obliged|compelled|made)", "The company was forced to cease trading in 2016.",
                "The company ceased trading in 2016."),
    Implicative(r"chose|opted|elected|proceeded", "The council chose to bring the service in-house.",
                "The council brought the service in-house."),
    Implicative(r"(?:was|were)\s+able", "The federation was able to take on the practice's list.",
                "The federation took on the practice's list."),
)

#: First verbs that entail their complement only where the sentence says it was done.
PROMISED = r"agreed|undertook|offered|promised"
#: What says it was done, after the complement: "... and has done so ever since", ", and did".
DONE_SO = (r"(?:,\s*)?\s+and\s+(?:(?:it|they)\s+)?(?:did|does|has\s+done|have\s+done|has\s+since\s+done|duly\s+did)"
           r"(?!\s+not\b|n['’]t)(?:\s+so)?\b")

#: Past tense and past participle of the irregular verbs reports use for what bodies do.
IRREGULAR = {
    "be": ("was", "been"), "become": ("became", "become"), "begin": ("began", "begun"), "bring": ("brought", "brought"),
    "buy": ("bought", "bought"), "come": ("came", "come"), "fall": ("fell", "fallen"), "give": ("gave", "given"),
    "go": ("went", "gone"), "hold": ("held", "held"), "keep": ("kept", "kept"), "lead": ("led", "led"),
    "leave": ("left", "left"), "lose": ("lost", "lost"), "make": ("made", "made"), "pay": ("paid", "paid"),
    "put": ("put", "put"), "run": ("ran", "run"), "sell": ("sold", "sold"), "set": ("set", "set"),
    "shut": ("shut", "shut"), "take": ("took", "taken"), "win": ("won", "won"), "wind": ("wound", "wound"),
    "undertake": ("undertook", "undertaken"), "oversee": ("oversaw", "overseen"), "see": ("saw", "seen"),
    "split": ("split", "split"), "meet": ("met", "met"), "bear": ("bore", "borne"), "withdraw": ("withdrew", "withdrawn"),
    "cut": ("cut", "cut"), "let": ("let", "let"), "spend": ("spent", "spent"), "send": ("sent", "sent"),
    "build": ("built", "built"), "hear": ("heard", "heard"), "tell": ("told", "told"), "find": ("found", "found"),
    "get": ("got", "got"), "bid": ("bid", "bid"), "draw": ("drew", "drawn"), "stand": ("stood", "stood"),
    "think": ("thought", "thought"), "seek": ("sought", "sought"), "fight": ("fought", "fought"),
}
#: Regular verbs whose last consonant is doubled before "-ed".
DOUBLED = {"stop", "plan", "drop", "step", "admit", "commit", "transfer", "refer", "scrap", "ship", "omit"}


def past(verb: str, participle: bool = False) -> str:
    """The past tense (or participle) of ``verb``.

    >>> past("take"), past("take", participle=True), past("close"), past("transfer"), past("carry")
    ('took', 'taken', 'closed', 'transferred', 'carried')
    """
    if verb in IRREGULAR:
        return IRREGULAR[verb][participle]
    if verb in DOUBLED:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


#: An opening participle clause whose subject is the main clause's, said as a clause of its own:
#: "Having taken over A's work in 2017, C has ..." says that C took it over; so do "After taking
#: over ...", "Since taking on ...", "On absorbing ...". The gerunds of taking another's work, and
#: their past tense.
GERUNDS = {
    "taking over": "took over", "taking on": "took on", "absorbing": "absorbed", "acquiring": "acquired",
    "inheriting": "inherited", "replacing": "replaced", "succeeding": "succeeded", "merging with": "merged with",
    "winning": "won", "assuming": "assumed", "incorporating": "incorporated",
}
#: The past tense of a past participle: "taken" -> "took" (a regular one is its own past).
PAST_OF_PARTICIPLE = {participle: simple for simple, participle in IRREGULAR.values() if participle != simple}
