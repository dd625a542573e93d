"""The report model: the one contract between the engine and the formatters (findings,
evaluations, files, provenance), redaction of names in it, and read-only questions over a
finished report. May import: ``documents``, ``yaml``, ``core``; not ``rules`` (the report
carries what it needs of the rules as plain data).
"""
