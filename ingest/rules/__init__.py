"""The rules reading uses, as tables: rows of plain data, each with an example sentence.

- :mod:`.lexicon`: the words of commissioning, providing, running, contracting, funding,
  hosting, delegating and responsibility, each with the roles it gives to the bodies and
  services around it (read by :func:`clasgraph.ingest.relations.relations_in`);
- :mod:`.cues`: the other cue sets: telling a body of a concern (escalation), a shortfall
  found before or progress since, polarity, organisation endings and kinds, and succession.

``tests/test_rules.py`` runs every row's example through the real extraction.
"""
