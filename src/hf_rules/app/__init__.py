"""The use cases behind the commands: check, validate, audit, fix, test (pack tests), init,
schema export, and the settings and config files they start from. Each runs the pipeline
``yaml -> documents -> rules -> engine -> report -> formatters`` for one command and returns text
and an exit code; none prints or exits. May import: ``edit``, ``formatters``, ``engine`` and
everything below them; never ``cli``.
"""
