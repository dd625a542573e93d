"""What a check may propose for ``hf-rules fix``: a remedy, as plain data.

A check module MAY declare, beside ``check``:

- ``remedy(subject, options, violation) -> Remedy | None``: the one mechanical edit that removes
  ``violation`` (one of the violations its ``check`` yielded for ``subject`` with ``options``),
  or None when removing it needs a decision (which party, which forum). It reads the structured
  facts the check put in ``violation.facts``, never the text of a key, a parameter or evidence.
- ``complete_remedy(subject, options, remedy) -> Remedy``: what a remedy proposed by another
  rule for the same subject must also carry so that this check holds for what it adds (a new
  GP seat needs a deputy where a ``deputy_required`` rule covers it); ``remedy`` unchanged when
  nothing is needed.

``hf-rules fix`` (:mod:`hf_rules.app.fix`) asks the check module of every open finding for its
remedy, lets the other rules applied to the subject complete it, and hands the result to
:mod:`hf_rules.edit` to write into the file. The checks never edit text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from hf_rules.documents.model import Seat

PLACEHOLDER = "Ikke oppnevnt"
"""The person (and deputy) of a seat that ``fix`` adds: to be replaced by a name."""


@dataclass(frozen=True)
class Append:
    """Append ``item`` (``count`` times) to the list under ``key`` in the subject's own mapping
    (the forum, for a forum subject); the key is added when the mapping lacks it.

    ``item`` is plain data (a string, or a mapping of strings and booleans) as it is to be
    written. ``placeholders``: keys of ``item`` whose value is :data:`PLACEHOLDER`, to be filled
    in by a person.
    """

    key: str
    item: str | dict[str, Any]
    count: int = 1
    placeholders: tuple[str, ...] = ()


Remedy = Append
"""Every kind of remedy a check can propose (today one: an addition to a list)."""


def most_common_role(seats: Iterable[Seat], default: str) -> str:
    """The role the document uses most for ``seats`` (the first seen on a tie), else ``default``."""
    roles = Counter(seat.role for seat in seats if seat.role)
    return roles.most_common(1)[0][0] if roles else default
