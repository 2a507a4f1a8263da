"""Named Cypher queries (``*.cypher`` files with a header comment), their runner and formats."""
