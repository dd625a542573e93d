"""The documents users write (organisation, meeting plan, waivers): their models, finding
and reading them, validating them (model first, JSON Schema to explain a refusal) and the
workspace they form once references across files are resolved.
May import: ``yaml`` and ``core`` only.
"""
