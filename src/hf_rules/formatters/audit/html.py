"""The audit report as one self-contained HTML file (``hf-rules audit -o report.html``).

No network, no scripts, no external styles: inline CSS (with a print stylesheet), inline SVG
drawn here for the structure and the chair timeline, and a Content-Security-Policy that forbids
scripts. The page is rendered by Jinja2 with autoescaping ON from templates shipped in the
package (``hf_rules/formatters/audit/templates/``); no template ever comes from input, and every text from the
documents is escaped. This module only lays out what the report model holds: it never evaluates.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from hf_rules.core.i18n import word
from hf_rules.core.markup import printable
from hf_rules.report.diff import Diff
from hf_rules.report.model import ForumInfo, OrganisationInfo, PlanInfo, Report, SeatInfo, SecretariatInfo, Structure
from hf_rules.report.queries import findings_of, reproduce_command, rule_outcomes

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
SIDE_COLOURS = {"kommune": "#2563a6", "sykehus": "#1f7a54", "uavhengig": "#6b7280"}
UNKNOWN_COLOUR = "#9ca3af"
TYPE_RANK = {
    "partnerskapsmote": 0,
    "kontaktmote": 0,
    "stormote": 0,
    "strategisk-samarbeidsutvalg": 1,
    "samarbeidsutvalget": 1,
    "lokalt-samarbeidsutvalg": 2,
    "direktormote": 2,
    "samarbeidsforum": 3,
    "arbeidsgruppe": 4,
}


_TICKS = re.compile(r"`([^`]+)`")


def ticks(text: object) -> Markup:
    """Escape ``text``, then show its `backtick` spans (rule hints use them) as code."""
    return Markup(_TICKS.sub(r"<code>\1</code>", str(escape(text))))


@cache
def environment() -> Environment:
    """The one Jinja2 environment: package templates only, autoescape on for every template."""
    env = Environment(
        loader=PackageLoader("hf_rules.formatters.audit", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["ticks"] = ticks
    return env


def render(
    report: Report, output: str | None = None, compare: Diff | None = None, compare_structure: Structure | None = None
) -> str:
    """The report as HTML; ``output`` is the file name shown in the command that reproduces it.
    With ``compare`` (``audit --compare``): the section "Endringer fra gjeldende struktur", and
    the diagram marks the fora added and draws those removed (from ``compare_structure``)."""
    page = context(report, output)
    if compare is not None:
        from hf_rules.formatters import diff as diff_format

        page["compare"] = compare
        page["compare_changes"] = [diff_format.describe(c, report.lang) for c in compare.changes]
        page["compare_verdict"] = (
            f"{word('verdict-' + compare.old.verdict, report.lang)} → {word('verdict-' + compare.new.verdict, report.lang)}"
        )
        page["diagrams"] = [
            diagram(org, report, *diff_format.compared_fora(org, compare, compare_structure))
            for org in report.structure.organisations
        ]
    document = environment().get_template("audit.html").render(**page)
    # The templates hold no control character: any is input text (ESC, BEL...), shown escaped.
    return printable(document, keep="\n\t")


# --------------------------------------------------------------------------------------------
# Context: what the template shows, in the report's language.
# --------------------------------------------------------------------------------------------


def context(report: Report, output: str | None = None) -> dict[str, Any]:
    lang = report.lang

    def w(key: str, count: int = 1) -> str:
        return word(key, lang, count)

    outcomes = rule_outcomes(report)
    rules = {r.id: r for r in report.rules}
    obligations = []
    for ob in report.obligations:
        obligations.append(
            {
                "o": ob,
                "status_label": w(f"audit-status-{ob.status}"),
                "rules": [
                    {"info": rules[r], "outcome": outcomes.get(r, {}), "unevaluated": r in ob.unevaluated_rules}
                    for r in ob.rules
                    if r in rules
                ],
                "findings": findings_of(report, ob.id),
            }
        )
    status_counts: dict[str, int] = {}
    for ob in report.obligations:
        status_counts[ob.status] = status_counts.get(ob.status, 0) + 1
    org_names = [o.name for o in report.structure.organisations]
    diagrams = [diagram(org, report) for org in report.structure.organisations]
    plans = report.structure.meeting_plans
    return {
        "r": report,
        "lang": lang,
        "w": w,
        "csp": CSP,
        "title": f"{w('audit-title')} – {', '.join(org_names)}" if org_names else w("audit-title"),
        "org_names": org_names,
        "verdict_label": w(f"verdict-{report.verdict}"),
        "lead": w(f"audit-lead-{report.verdict}"),
        "status_counts": [
            (s, w(f"audit-status-{s}"), status_counts[s])
            for s in ("met", "violated", "waived", "not-evaluated", "not-checkable", "not-covered")
            if status_counts.get(s)
        ],
        "open_findings": [f for f in report.findings if f.status == "open"],
        "waived_findings": [f for f in report.findings if f.status == "waived"],
        "obligations": obligations,
        "diagrams": diagrams,
        "fora_rows": fora_rows(report, lang),
        "secretariats": [
            (org.name, secretariat_text(org.secretariat, {f.id: f.name for f in org.fora}, lang))
            for org in report.structure.organisations
            if org.secretariat is not None
        ],
        # a plan with neither chair periods nor meetings has nothing to draw
        "timeline": timeline(plans, lang) if any(p.chairs or p.meetings for p in plans) else None,
        "plans": [plan_rows(p, lang) for p in plans],
        "side_legend": [(s, w(f"audit-abbr-{s}"), w(f"audit-side-{s}"), SIDE_COLOURS[s]) for s in SIDE_COLOURS],
        "constituency_legend": [
            (w(f"audit-abbr-{c}"), w(f"audit-constituency-{c}")) for c in ("fastlege", "bruker", "ansatt")
        ],
        "command": reproduce_command(report, "audit", output),
        "check_command": reproduce_command(report, "check"),
        "file_status": {f.path: f for f in report.files},
    }


def type_label(forum_type: str, lang: str) -> str:
    key = f"audit-type-{forum_type}"
    try:
        return word(key, lang)
    except KeyError:
        return forum_type


def observer_name(seat: SeatInfo, lang: str) -> str:
    """A party observer by name, a constituency observer (``represents``) in words."""
    if seat.party is None and seat.represents in ("fastlege", "bruker", "ansatt"):
        return word(f"audit-constituency-{seat.represents}", lang)
    return seat.name


def secretariat_text(info: SecretariatInfo | None, names: dict[str, str], lang: str) -> str:
    """One line for a secretariat: its name, who runs it, its seats (and those with overall
    responsibility), the fora it serves and those it reports to
    (``Helsefellesskapets sekretariat: drives av Tromsø kommune, UNN; 4 plasser``); empty for none."""
    if info is None:
        return ""
    parts = []
    if info.run_by:
        parts.append(f"{word('audit-secretariat-run-by', lang)} {', '.join(info.run_by)}")
    parts.append(f"{info.seats} {word('audit-secretariat-seat', lang, info.seats)}")
    if info.responsible:
        parts.append(f"{info.responsible} {word('audit-secretariat-responsible', lang, info.responsible)}")
    if info.serves:
        parts.append(f"{word('audit-secretariat-serves', lang)} {', '.join(names.get(f, f) for f in info.serves)}")
    if info.reports_to:
        reports = ", ".join(names.get(f, f) for f in info.reports_to)
        parts.append(f"{word('audit-secretariat-reports-to', lang)} {reports}")
    for declared in info.relations:
        parts.append(f"{declared.label.get(lang, declared.label['nb'])} {', '.join(declared.target_names)}")
    text = "; ".join(parts)
    return f"{info.name}: {text}" if info.name else text


def side_label(side: str | None, lang: str) -> str:
    return word(f"audit-side-{side}", lang) if side in SIDE_COLOURS else "–"


def fora_rows(report: Report, lang: str) -> list[dict[str, Any]]:
    rows = []
    for org in report.structure.organisations:
        names = {f.id: f.name for f in org.fora}
        for forum in org.fora:
            rows.append(
                {
                    "f": forum,
                    "organisation": org.name,
                    "type": type_label(forum.type, lang),
                    "assigns": [names.get(t, t) for t in forum.gives_assignments_to],
                    "input": [names.get(t, t) for t in forum.gives_input_to],
                    "supports": [names.get(t, t) for t in forum.supports],
                    "parents": [names.get(t, t) for t in forum.sub_committee_of],
                    "follows_up": list(forum.follows_up),
                    "escalation": [names.get(t, t) for t in forum.escalation],
                    "relations": [(r.label.get(lang, r.label["nb"]), r.target_names) for r in forum.relations],
                    "sides": [(word(f"audit-side-{s}", lang), n) for s, n in forum.members_by_side.items() if n],
                    "constituencies": [
                        (word(f"audit-constituency-{c}", lang), n)
                        for c, n in forum.members_by_constituency.items()
                        if n
                    ],
                    "observers": [observer_name(o, lang) for o in forum.observers],
                    "secretariat": secretariat_text(forum.secretariat, names, lang),
                    "without_vote": (
                        f"{word('audit-of-which', lang)} {forum.members_without_vote} {word('audit-without-vote', lang)}"
                        if forum.members_without_vote
                        else ""
                    ),
                }
            )
    return rows


def rotation_text(plan: PlanInfo, lang: str) -> str:
    """The forum's ``chair_rotation``: sides in words, parties by name where the plan names them."""
    names = {c.party: c.party_name for c in plan.chairs}
    return " → ".join(side_label(r, lang) if r in SIDE_COLOURS else names.get(r, r) for r in plan.chair_rotation)


def plan_rows(plan: PlanInfo, lang: str) -> dict[str, Any]:
    return {
        "p": plan,
        "rotation": rotation_text(plan, lang),
        "chairs": [
            {"c": c, "side": side_label(c.side, lang), "colour": SIDE_COLOURS.get(c.side or "", UNKNOWN_COLOUR)}
            for c in plan.chairs
        ],
    }


# --------------------------------------------------------------------------------------------
# The structure diagram: fora in layers by type, relations as arrows, seats as chips.
# --------------------------------------------------------------------------------------------

NODE_W = 232
GAP_X = 26
GAP_Y = 64
PAD = 16
MAX_PER_ROW = 5
TEXT_W = NODE_W - 24
"""Room for text inside a box (12 px padding either side)."""


@dataclass
class Node:
    forum: ForumInfo
    title: list[str]
    subtitle: list[str]
    chips: list[dict[str, Any]]
    observers: list[str]
    x: float = 0.0
    y: float = 0.0
    h: float = 0.0
    row: int = 0
    ports_top: list[tuple[float, Any]] = field(default_factory=list)
    ports_bottom: list[tuple[float, Any]] = field(default_factory=list)
    change: str | None = None
    """``audit --compare``: ``added`` or ``removed`` (the forum is not in the approved structure, or only there)."""

    @property
    def cx(self) -> float:
        return self.x + NODE_W / 2


# Advance widths (in em) close to DejaVu Sans, the widest of the usual fallback fonts, so that
# text measured here fits in any browser. Characters not listed count as 0.62 em.
_NARROW = dict.fromkeys("iljI.,:;'|!()[]{} ", 0.3)
_WIDTHS = {
    **dict.fromkeys("abcdeghknopqsuvxyzæøå0123456789", 0.62),
    "f": 0.36,
    "r": 0.42,
    "t": 0.40,
    "m": 0.98,
    "w": 0.82,
    "M": 0.87,
    "W": 1.0,
    "Æ": 0.98,
    "Ø": 0.8,
    "-": 0.36,
    "–": 0.5,
    "·": 0.32,
    **dict.fromkeys("ABCDEFGHJKLNOPQRSTUVXYZÅ", 0.72),
    **_NARROW,
}


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width in pixels ``text`` takes at ``size`` px (an estimate on the wide side)."""
    em = sum(_WIDTHS.get(char, 0.62) for char in text)
    return em * size * (1.1 if bold else 1.0)


def _with_ellipsis(text: str, width: float, size: float, bold: bool) -> str:
    text = text.rstrip()
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1].rstrip()
    return text + "…"


def fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """``text``, cut with an ellipsis where it would be wider than ``width``."""
    return text if text_width(text, size, bold) <= width else _with_ellipsis(text, width, size, bold)


def wrap(text: str, width: float, size: float, bold: bool, max_lines: int) -> list[str]:
    """Greedy word wrap by measured width, at most ``max_lines`` lines; a word wider than a line
    is cut, and the last line ends with an ellipsis when text is left over."""
    lines: list[str] = []
    current = ""
    for word_ in text.split():
        candidate = f"{current} {word_}" if current else word_
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if len(lines) == max_lines:
            lines[-1] = _with_ellipsis(lines[-1], width, size, bold)
            return lines
        current = fit(word_, width, size, bold)
    if current:
        lines.append(current)
    return lines or [""]


def _node(forum: ForumInfo, lang: str) -> Node:
    subtitle = type_label(forum.type, lang)
    if forum.sector_name:
        subtitle += f" · {word('audit-sector', lang)} {forum.sector_name}"
    chips: list[dict[str, Any]] = []
    for side, count in forum.members_by_side.items():
        if count:
            chips.append(
                {
                    "text": f"{word(f'audit-abbr-{side}', lang)} {count}",
                    "fill": SIDE_COLOURS.get(side, UNKNOWN_COLOUR),
                    "ink": "#ffffff",
                    "title": f"{count} {word(f'audit-side-{side}', lang)}",
                }
            )
    for constituency, count in forum.members_by_constituency.items():
        if count:
            chips.append(
                {
                    "text": f"{word(f'audit-abbr-{constituency}', lang)} {count}",
                    "fill": "#eef2f7",
                    "ink": "#1f2937",
                    "title": f"{count} {word(f'audit-constituency-{constituency}', lang)}",
                }
            )
    x = 0.0
    for chip in chips:
        chip["w"] = round(12 + text_width(chip["text"], 11, True))
        chip["x"] = x
        x += chip["w"] + 4
    observers = [
        line
        for o in forum.observers[:3]
        for line in wrap(f"{word('audit-observer-short', lang)} {observer_name(o, lang)}", TEXT_W, 11.5, False, 2)
    ]
    if len(forum.observers) > 3:
        observers.append(f"+ {len(forum.observers) - 3} …")
    title = wrap(forum.name, TEXT_W, 14, True, 3)
    node = Node(forum, title, wrap(subtitle, TEXT_W, 11.5, False, 2), chips, observers)
    node.h = 14 + 17 * len(title) + 15 * len(node.subtitle) + 1 + (26 if chips else 0) + 15 * len(observers) + 8
    return node


def diagram(
    org: OrganisationInfo,
    report: Report,
    added: frozenset[str] = frozenset(),
    removed: list[ForumInfo] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    """Geometry of one organisation's diagram; the template draws it. Fora in ``added`` are
    marked new; the ``removed`` fora (of the approved structure) are drawn too, without their
    relations, marked removed."""
    lang = report.lang
    ghosts = [f.model_copy(update={"gives_assignments_to": [], "gives_input_to": [], "findings": 0}) for f in removed]
    nodes = {f.id: _node(f, lang) for f in [*org.fora, *ghosts]}
    for node in nodes.values():
        node.change = "added" if node.forum.id in added else "removed" if node.forum in ghosts else None
    # Layers by forum type (partnerskapsmøte on top), in document order; wide layers wrap.
    layers: dict[int, list[Node]] = {}
    for node in nodes.values():
        # a pack's own type is drawn where the type it is a kind of would be (kind_of)
        rank = min(TYPE_RANK.get(kind, 5) for kind in [node.forum.type, *node.forum.kinds])
        layers.setdefault(rank, []).append(node)
    rows: list[list[Node]] = []
    for rank in sorted(layers):
        members = layers[rank]
        for start in range(0, len(members), MAX_PER_ROW):
            rows.append(members[start : start + MAX_PER_ROW])
    per_row = max((len(r) for r in rows), default=1)
    width = PAD * 2 + per_row * NODE_W + (per_row - 1) * GAP_X
    neighbours: dict[str, set[str]] = {fid: set() for fid in nodes}
    for node in nodes.values():
        for target in [*node.forum.gives_assignments_to, *node.forum.gives_input_to]:
            if target in nodes:
                neighbours[node.forum.id].add(target)
                neighbours[target].add(node.forum.id)
    y = PAD + 8.0
    placed: set[str] = set()
    for index, row in enumerate(rows):
        row_h = max(n.h for n in row)
        _place_row(row, placed, nodes, neighbours, width)
        for node in row:
            node.y, node.row = y, index
            placed.add(node.forum.id)
        y += row_h + GAP_Y
    height = y - GAP_Y + PAD + 8
    edges = _edges(nodes)
    return {
        "org": org,
        "width": width,
        "height": height,
        "nodes": list(nodes.values()),
        "edges": edges,
        "node_w": NODE_W,
    }


def _place_row(
    row: list[Node], placed: set[str], nodes: dict[str, Node], neighbours: dict[str, set[str]], width: float
) -> None:
    """Each node under the fora it relates to above it (their mean centre), without overlaps."""
    step = NODE_W + GAP_X
    packed = (width - (len(row) * NODE_W + (len(row) - 1) * GAP_X)) / 2
    desired: list[float] = []
    for i, node in enumerate(row):
        above = [nodes[n].cx for n in neighbours[node.forum.id] if n in placed]
        desired.append(sum(above) / len(above) - NODE_W / 2 if above else packed + i * step)
    order = sorted(range(len(row)), key=lambda i: (desired[i], i))
    xs = [desired[i] for i in order]
    for _ in range(200):  # push overlapping neighbours apart, keep inside the drawing
        moved = False
        for k in range(len(xs) - 1):
            overlap = xs[k] + step - xs[k + 1]
            if overlap > 0.5:
                xs[k] -= overlap / 2
                xs[k + 1] += overlap / 2
                moved = True
        low, high = PAD, width - PAD - NODE_W
        for k in range(len(xs)):
            clamped = min(max(xs[k], low), high)
            moved = moved or abs(clamped - xs[k]) > 0.5
            xs[k] = clamped
        if not moved:
            break
    for k, i in enumerate(order):
        row[i].x = xs[k]


def _edges(nodes: dict[str, Node]) -> list[dict[str, Any]]:
    """Arrows from a forum to the fora it gives assignments or input to, spread over the sides
    of each box so that two arrows between the same pair do not overlap."""
    raw = []
    for node in nodes.values():
        for kind, targets in (("assign", node.forum.gives_assignments_to), ("input", node.forum.gives_input_to)):
            for target_id in targets:
                target = nodes.get(target_id)
                if target is None or target is node:
                    continue
                edge: dict[str, Any] = {"kind": kind, "source": node, "target": target}
                down = target.row > node.row or (target.row == node.row and target.x > node.x)
                upper, lower = (node, target) if down else (target, node)
                edge["upper"], edge["lower"] = upper, lower
                upper.ports_bottom.append((lower.cx, edge))
                lower.ports_top.append((upper.cx, edge))
                raw.append(edge)
    for node in nodes.values():
        for ports, key in ((node.ports_bottom, "ux"), (node.ports_top, "lx")):
            ports.sort(key=lambda p: (p[0], p[1]["kind"]))
            for k, (_, edge) in enumerate(ports):
                edge[key] = node.x + NODE_W * (0.2 + 0.6 * (k + 1) / (len(ports) + 1))
    edges = []
    for edge in raw:
        upper, lower = edge["upper"], edge["lower"]
        x1, y1 = edge["ux"], upper.y + upper.h
        x2, y2 = edge["lx"], lower.y
        if lower.row == upper.row:  # same row: arc over the top
            y1 = upper.y
            lift = 36
            path = f"M{x1:.1f},{y1:.1f} C{x1:.1f},{y1 - lift:.1f} {x2:.1f},{y2 - lift:.1f} {x2:.1f},{y2:.1f}"
        else:
            mid = (y2 - y1) / 2
            path = f"M{x1:.1f},{y1:.1f} C{x1:.1f},{y1 + mid:.1f} {x2:.1f},{y2 - mid:.1f} {x2:.1f},{y2:.1f}"
        forward = edge["source"] is upper
        edges.append(
            {
                "kind": edge["kind"],
                "path": path,
                "marker_start": not forward,
                "marker_end": forward,
                "title": f"{edge['source'].forum.name} → {edge['target'].forum.name}",
            }
        )
    edges.sort(key=lambda e: e["kind"])
    return edges


# --------------------------------------------------------------------------------------------
# The chair timeline: one row per plan on a common time axis.
# --------------------------------------------------------------------------------------------

TL_WIDTH = 1040
TL_LABEL = 250
TL_ROW = 62


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def timeline(plans: list[PlanInfo], lang: str) -> dict[str, Any]:
    starts = [_day(c.start) for p in plans for c in p.chairs] + [_day(m) for p in plans for m in p.meetings]
    ends = [_day(c.end) for p in plans for c in p.chairs] + [_day(m) for p in plans for m in p.meetings]
    # Day numbers (ordinals), not dates: the day after 9999-12-31 is no date, but is a number.
    first_year, last_year = min(starts).year, max(ends).year
    first = dt.date(first_year, 1, 1).toordinal()
    span = max(dt.date(last_year, 12, 31).toordinal() + 1 - first, 1)
    chart_x, chart_w = TL_LABEL, TL_WIDTH - TL_LABEL - 16

    def x_of(day: dt.date | int) -> float:
        return chart_x + chart_w * ((day if isinstance(day, int) else day.toordinal()) - first) / span

    years = last_year + 1 - first_year
    step = max(1, math.ceil(years / 12))
    ticks = [
        {
            "x": x_of(dt.date(year, 1, 1)),
            "label": str(year),
            "mid": x_of(dt.date(year, 7, 1)) if step == 1 else x_of(dt.date(year, 1, 1)) + 4,
        }
        for year in range(first_year, last_year + 1, step)
    ]
    rows = []
    top = 34
    for index, plan in enumerate(plans):
        y = top + index * TL_ROW
        bars = []
        for chair in plan.chairs:
            x1 = x_of(_day(chair.start))
            x2 = x_of(_day(chair.end).toordinal() + 1)
            w = max(x2 - x1, 1.5)
            label = fit(chair.party_name, w - (24 if chair.findings else 12), 12, True)
            label = "" if label == "…" else label
            bars.append(
                {
                    "x": x1,
                    "w": w,
                    "colour": SIDE_COLOURS.get(chair.side or "", UNKNOWN_COLOUR),
                    "label": label,
                    "finding": chair.findings > 0,
                    "title": f"{chair.start} – {chair.end}: {chair.party_name} ({side_label(chair.side, lang)})",
                }
            )
        times = plan.meeting_times or [""] * len(plan.meetings)
        dots = [{"x": x_of(_day(m)), "title": f"{m} {t}".rstrip()} for m, t in zip(plan.meetings, times, strict=True)]
        rows.append(
            {
                "plan": plan,
                "y": y,
                "label": wrap(plan.name, TL_LABEL - 14, 13, True, 2),
                "sub": fit(plan.id, TL_LABEL - 14, 11),
                "bars": bars,
                "dots": dots,
                "finding": plan.findings > 0,
            }
        )
    height = top + len(plans) * TL_ROW + 6
    return {
        "width": TL_WIDTH,
        "height": height,
        "ticks": ticks,
        "rows": rows,
        "chart_x": chart_x,
        "chart_w": chart_w,
        "top": top,
    }
