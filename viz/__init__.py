"""Interactive pyvis maps of the accountability graph, with legend and styles."""
