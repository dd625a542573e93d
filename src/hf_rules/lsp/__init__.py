"""``hf-rules lsp``: a language server for organisation documents, meeting plans, waivers, the
config and rule packs (pygls, over standard input and output).

Imported only by the ``lsp`` command (pygls is the optional extra ``hf-rules[lsp]``); no other
command loads it. May import: ``app`` and every layer below it. See docs/editors.md.
"""
