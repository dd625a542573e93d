"""hf-rules: rules-as-code compliance checker for Norwegian helsefellesskap governance."""

__version__ = "0.1.0"
