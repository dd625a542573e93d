"""The audit report for a committee: HTML (Jinja2 templates with autoescaping, in
``templates/``) and Markdown, rendered from a finished report. Imports as :mod:`hf_rules.formatters`.
"""
