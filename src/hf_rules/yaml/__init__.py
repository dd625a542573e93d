"""Reading YAML safely: plain values with the line and column of every key and value, no
object-building tags, duplicate keys refused, and limits on size, nesting and alias expansion.
Two ways in (the C parser's events, and pure Python for every message) share
:mod:`hf_rules.yaml.scalars`. May import: ``core`` only.
"""
