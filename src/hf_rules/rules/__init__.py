"""Rule packs: their model, loading them (``extends``, ``disable``, dated values, the
validated-options memo), the coverage of the agreement, and the vocabulary of check functions
(``checks/``). May import: ``documents``, ``yaml``, ``core``; not ``report`` nor anything above.
"""
