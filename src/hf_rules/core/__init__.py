"""What every stage shares and that depends on nothing of hf-rules: the input-error type
with its location, the bilingual words, where the bundled files are, size parsing and text
escaping for Markdown. Imports nothing from the other packages.
"""
