"""Schema, graph builder, entity resolution and stores.

>>> from clasgraph.graph.schema import NODES, RELATIONSHIPS
"""
