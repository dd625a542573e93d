"""hf-rules: rules-as-code compliance checker for Norwegian helsefellesskap governance."""

__version__ = "0.2.0"

REPOSITORY = "HF_RULES_REPO"
"""Where hf-rules is installed from and its pre-commit hook fetched (``repo:``): the project has
no published address yet, so the docs, the examples and ``hf-rules init`` write this one
placeholder for the git URL you got hf-rules from (``init --repo URL`` fills it in). The release
tag is ``v`` + ``__version__``."""
