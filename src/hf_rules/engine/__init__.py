"""Evaluation: the subjects a rule applies to, calling each rule's check, findings with
their locations, waivers and the baseline applied, and the report model filled in (with the
audit's obligation outcomes, structure and provenance). The engine never formats.
May import: ``report``, ``rules``, ``documents``, ``yaml``, ``core``; not ``formatters`` nor ``edit``.
"""
