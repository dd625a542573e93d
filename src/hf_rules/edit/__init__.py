"""Editing the user's YAML text in place, for ``hf-rules fix``: inserting lines in their
siblings' style so that every comment and unrelated byte is kept, verified by parsing again.
May import: ``report``, ``rules``, ``documents``, ``yaml``, ``core``; not ``engine`` nor
``formatters`` (it edits text; it neither evaluates nor renders).
"""
