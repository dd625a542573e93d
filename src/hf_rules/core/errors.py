"""Locations and the input errors that carry them.

Every problem the user can fix is an :class:`InputError` with a :class:`Location`; the command
line prints it as ``file:line:col: error: message`` and exits 2. Nothing here formats output
beyond that one line.
"""

from __future__ import annotations

from dataclasses import dataclass

from hf_rules.core.i18n import Message

MAX_MESSAGE = 2000
"""The longest message shown (an input error's, a finding's message or hint), in characters;
longer ones end with an ellipsis. Input text quoted in a message is bounded first, to
:data:`MAX_QUOTED` characters: a 100 kB name cannot make a report of hundreds of megabytes."""
MAX_QUOTED = 200


def bounded(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text``, cut to ``limit`` characters with a closing ellipsis when longer."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, order=True)
class Location:
    """A place in a file. ``line`` and ``column`` are 1-based; 0 means "the file as a whole"."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


class InputError(Exception):
    """Unusable input (a document, rule pack or config file): exit 2, one located line.

    The message is a catalogue :class:`~hf_rules.core.i18n.Message` (said in the run's language
    by :meth:`text`) or, where no entry exists yet, English text; ``message`` is always the
    English text. Every form is bounded to :data:`MAX_MESSAGE` characters.
    """

    def __init__(self, location: Location, message: str | Message) -> None:
        if isinstance(message, str):
            message = bounded(message)
        super().__init__(f"{location}: error: {bounded(str(message))}")
        self.location = location
        self.said = message
        self.message = bounded(str(message))

    def __reduce__(self) -> tuple[type[InputError], tuple[Location, str | Message]]:
        # Sent whole from a worker process: pickle rebuilds it from both arguments.
        return type(self), (self.location, self.said)

    def text(self, lang: str = "en") -> str:
        """The message in ``lang`` (English text without a catalogue entry stays English)."""
        return bounded(self.said.text(lang)) if isinstance(self.said, Message) else self.said

    def line(self, lang: str = "en") -> str:
        """The one-line form shown to the user: ``file:line:col: error: message``. ``error`` is a
        fixed token in every language (editors and CI problem matchers parse it); the message is
        in ``lang``."""
        loc = self.location
        if loc.line <= 0:
            return f"{loc.file}:1:1: error: {self.text(lang)}"
        return f"{loc.file}:{loc.line}:{loc.column}: error: {self.text(lang)}"


class UsageError(Exception):
    """Bad command-line usage or configuration that has no file location: exit 2. The message is
    English text or a catalogue :class:`~hf_rules.core.i18n.Message`, said in the run's language
    by :meth:`text`."""

    def __init__(self, message: str | Message = "") -> None:
        super().__init__(str(message))
        self.said = message

    def text(self, lang: str = "en") -> str:
        return self.said.text(lang) if isinstance(self.said, Message) else str(self.said)


class SaidValueError(ValueError):
    """A ``ValueError`` whose reason is a catalogue :class:`~hf_rules.core.i18n.Message` (``said``),
    for code that reports a bad value by ``ValueError`` (a model's validator, a size); ``str()`` is
    the English text."""

    def __init__(self, said: Message) -> None:
        super().__init__(str(said))
        self.said = said


def said_of(error: BaseException) -> Message | str:
    """The reason of ``error``: its catalogue message if it has one, else its text."""
    said = getattr(error, "said", None)
    return said if isinstance(said, Message) else str(error)


class InputErrors(Exception):
    """Several located problems in one file (schema validation reports them all at once)."""

    def __init__(self, errors: list[InputError]) -> None:
        super().__init__("; ".join(e.line() for e in errors))
        self.errors = errors

    def __reduce__(self) -> tuple[type[InputErrors], tuple[list[InputError]]]:
        return type(self), (self.errors,)
