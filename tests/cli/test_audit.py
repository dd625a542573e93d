"""``hf-rules audit``: the evidence pack for a committee, as one self-contained HTML file or as
Markdown. Verdict, every obligation with its status, rules, source and findings (file:line), the
structure diagram, the chair timeline and the provenance that reproduces the verdict; bokmål by
default, English with ``--lang en``; every text from the documents escaped."""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
import shlex
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import hf_rules.documents.workspace as workspace_module
from hf_rules.core.resources import bundled_dir
from hf_rules.documents.workspace import build_workspace
from tests.conftest import AS_OF, ROOT, SCHEMAS, edit, seed_sunnaas_defect

OBLIGATIONS = [f"O{i}" for i in range(1, 26)]
HOSTILE = "<script>alert(1)</script>"
SSU_NAME = "    name: Strategisk samarbeidsutvalg\n"
STATUS_NB = {"met": "oppfylt", "violated": "brutt", "not-checkable": "kan ikke kontrolleres"}
STATUS_EN = {"met": "met", "violated": "violated", "not-checkable": "not checkable"}
FORMATS = {"html": "report.html", "markdown": "report.md"}


def run_audit(hf, *args: str):
    return hf("audit", "--no-config", "--as-of", AS_OF, *args)


def make_report(hf, tmp_path: Path, fmt: str, *args: str, target: str = "oslo") -> tuple[int, str, str]:
    """Write the report of ``target`` in ``fmt``; return (exit code, report text, standard output)."""
    out = tmp_path / FORMATS[fmt]
    run = run_audit(hf, target, "-o", str(out), *args)
    assert run.err == ""
    return run.code, out.read_text(encoding="utf-8"), run.out


def html_statuses(text: str) -> dict[str, str]:
    """Obligation id -> status class of its card in the HTML."""
    return {
        oid: status for status, oid in re.findall(r'<article class="obligation ob-([a-z-]+)" id="([A-Z]\d+)">', text)
    }


def markdown_statuses(text: str, words: dict[str, str]) -> dict[str, str]:
    """Obligation id -> status, from the overview table of the Markdown."""
    by_word = {v: k for k, v in words.items()}
    found = {}
    for line in text.splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if len(cells) == 4 and re.fullmatch(r"[A-Z]\d+", cells[0]):
            found[cells[0]] = by_word.get(cells[2].split(" ", 1)[1], cells[2])
    return found


def statuses(fmt: str, text: str, lang: str = "nb") -> dict[str, str]:
    return html_statuses(text) if fmt == "html" else markdown_statuses(text, STATUS_NB if lang == "nb" else STATUS_EN)


@pytest.fixture
def defect(oslo: Path) -> tuple[int, int]:
    return seed_sunnaas_defect(oslo / "organisation.yaml")


# --- verdict and obligations ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_compliant_report(fmt, oslo, hf, tmp_path):
    code, text, out = make_report(hf, tmp_path, fmt)
    assert code == 0
    assert out == f"{tmp_path / FORMATS[fmt]}: Resultat: I SAMSVAR\n"
    assert "I SAMSVAR" in text and "IKKE I SAMSVAR" not in text
    found = statuses(fmt, text)
    assert {o: found.get(o) for o in OBLIGATIONS} == dict.fromkeys(OBLIGATIONS, "met")
    assert found["N1"] == "not-checkable"
    assert "Revisjonsrapport" in text and "Forpliktelser i avtalen" in text


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_violating_report(fmt, defect, oslo, hf, tmp_path):
    line, column = defect
    code, text, out = make_report(hf, tmp_path, fmt)
    assert code == 1
    assert out.endswith("Resultat: IKKE I SAMSVAR\n")
    assert "IKKE I SAMSVAR" in text
    found = statuses(fmt, text)
    expected = dict.fromkeys(OBLIGATIONS, "met") | {"O14": "violated"}
    assert {o: found.get(o) for o in OBLIGATIONS} == expected
    location = f"oslo/organisation.yaml:{line}:{column}"
    assert location in text
    assert "OSLO-SSU-OBSERVERS" in text
    assert "Sunnaas sykehus HF er ikke observatør i Strategisk samarbeidsutvalg" in text
    assert "Sunnaas sykehus HF og Pasient- og brukerombudet er observatør" in text  # the quoted source
    # the finding is listed under its obligation, with file and line
    if fmt == "html":
        card = text[text.index('id="O14">') : text.index('id="O15">')]
        assert location in card and "1 ikke bestått" in card
    else:
        section = text[text.index("### O14 — ") : text.index("### O15 — ")]
        assert location in section and "1 ikke bestått" in section


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_passes_are_shown_with_their_rules(fmt, defect, oslo, hf, tmp_path):
    _, text, _ = make_report(hf, tmp_path, fmt)
    start = text.index('id="O10">') if fmt == "html" else text.index("### O10 — ")
    end = text.index('id="O11">') if fmt == "html" else text.index("### O11 — ")
    section = text[start:end]
    assert "OSLO-SSU-HOSPITALS" in section and "1 bestått" in section


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_english(fmt, defect, oslo, hf, tmp_path):
    code, text, out = make_report(hf, tmp_path, fmt, "--lang", "en")
    assert code == 1
    assert out.endswith("Verdict: NOT COMPLIANT\n")
    assert "NOT COMPLIANT" in text and "Audit report" in text and "Obligations of the agreement" in text
    assert "Sunnaas sykehus HF is not an observer in Strategisk samarbeidsutvalg" in text
    assert "Forpliktelser i avtalen" not in text and "IKKE I SAMSVAR" not in text
    found = statuses(fmt, text, "en")
    assert found["O14"] == "violated" and found["O1"] == "met"
    if fmt == "html":
        assert '<html lang="en">' in text


def test_bokmal_is_the_default(oslo, hf, tmp_path):
    _, text, _ = make_report(hf, tmp_path, "html")
    assert '<html lang="nb">' in text


# --- provenance -----------------------------------------------------------------------------------


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_provenance_hashes(fmt, defect, oslo, hf, tmp_path):
    _, text, _ = make_report(hf, tmp_path, fmt)
    for document in sorted(oslo.glob("*.yaml")):
        digest = sha(document)
        row = next(line for line in text.splitlines() if digest in line) if fmt == "markdown" else None
        assert digest in text
        if row is not None:
            assert f"oslo/{document.name}" in row
    for pack in ("national", "oslo"):
        assert sha(bundled_dir("rules") / f"{pack}.yaml") in text
    assert "2025-06-01" in text and "Python" in text


def test_provenance_in_the_report_model(defect, oslo, hf):
    """The JSON report carries the same sections (the audit formatter only reads them)."""
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", "oslo")
    data = json.loads(run.out)
    provenance = data["provenance"]
    assert {i["path"]: i["sha256"] for i in provenance["inputs"]} == {
        f"oslo/{p.name}": sha(p) for p in oslo.glob("*.yaml")
    }
    assert [(p["id"], p["version"], p["bundled"]) for p in provenance["rule_packs"]] == [
        ("national", "2.5.0", True),
        ("oslo", "2.0.1", True),
    ]
    assert provenance["as_of"] == AS_OF and provenance["redacted"] is False
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", provenance["generated_at"])
    obligations = {o["id"]: o for o in data["obligations"]}
    assert obligations["O14"]["status"] == "violated" and obligations["O14"]["rules"] == ["OSLO-SSU-OBSERVERS"]
    assert obligations["O14"]["source"]["document"] == "Møtefora i Helsefellesskap Oslo"
    (org,) = data["structure"]["organisations"]
    fora = {f["id"]: f for f in org["fora"]}
    ssu = fora["strategisk-samarbeidsutvalg"]
    assert ssu["members_by_side"] == {"kommune": 6, "sykehus": 4, "uavhengig": 0}
    assert ssu["members_by_constituency"] == {"fastlege": 1, "bruker": 1, "ansatt": 1}
    assert [o["party"] for o in ssu["observers"]] == ["pasient-og-brukerombudet"]
    assert ssu["gives_input_to"] == ["partnerskapsmote"] and ssu["findings"] == 1
    assert fora["partnerskapsmote"]["gives_assignments_to"][0] == "strategisk-samarbeidsutvalg"
    assert fora["partnerskapsmote"]["findings"] == 0
    plans = {p["id"]: p for p in data["structure"]["meeting_plans"]}
    assert [(c["party"], c["side"]) for c in plans["partnerskapsmote-2024-2027"]["chairs"]] == [
        ("oslo-kommune", "kommune"),
        ("ahus", "sykehus"),
        ("oslo-kommune", "kommune"),
        ("diakonhjemmet", "sykehus"),
    ]
    from jsonschema import Draft202012Validator

    schema = json.loads((SCHEMAS / "report.schema.json").read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []


def test_generated_at_honours_source_date_epoch(oslo, hf, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    data = json.loads(hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", "oslo").out)
    assert data["provenance"]["generated_at"] == "2025-01-01T00:00:00Z"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_printed_command_reproduces_the_verdict(fmt, defect, oslo, hf, tmp_path):
    code, text, _ = make_report(hf, tmp_path, fmt)
    if fmt == "html":
        commands = [html.unescape(c) for c in re.findall(r'<pre class="command"><code>(.*?)</code></pre>', text)]
    else:
        commands = re.findall(r"```sh\n(.*?)\n```", text)
    audit_command, check_command = commands
    args = shlex.split(audit_command)
    assert args[:2] == ["hf-rules", "audit"] and "--no-config" in args and "--as-of" in args
    args[args.index("-o") + 1] = str(tmp_path / f"again.{FORMATS[fmt].rsplit('.', 1)[1]}")
    again = hf(*args[1:])
    assert again.code == code
    second = (tmp_path / f"again.{FORMATS[fmt].rsplit('.', 1)[1]}").read_text(encoding="utf-8")
    assert statuses(fmt, second) == statuses(fmt, text)
    check = hf(*shlex.split(check_command)[1:])
    assert check.code == code and "Resultat: IKKE I SAMSVAR" in check.out


def test_command_quotes_odd_paths(oslo, hf, tmp_path):
    odd = tmp_path / "my docs; rm -rf"
    oslo.rename(odd)
    code, text, _ = make_report(hf, tmp_path, "markdown", target="my docs; rm -rf")
    assert code == 0
    command = re.findall(r"```sh\n(.*?)\n```", text)[1]
    assert "'my docs; rm -rf/organisation.yaml'" in command
    assert hf(*shlex.split(command)[1:]).code == 0


# --- structure and timeline -----------------------------------------------------------------------


def test_html_diagram_and_timeline(defect, oslo, hf, tmp_path):
    _, text, _ = make_report(hf, tmp_path, "html")
    assert text.count('<svg class="diagram"') == 1 and text.count('<svg class="timeline"') == 1
    nodes = re.findall(r'<g class="node([^"]*)" transform="[^"]*" data-forum="([^"]+)"', text)
    assert len(nodes) == 9
    marked = {forum for classes, forum in nodes if "node-finding" in classes}
    assert marked == {"strategisk-samarbeidsutvalg"}
    assert text.count('<path class="edge edge-assign"') == 5 and text.count('<path class="edge edge-input"') == 9
    ssu = text[text.index('data-forum="strategisk-samarbeidsutvalg"') :]
    ssu = ssu[: ssu.index('</g>\n    <g class="node')]
    observer_lines = re.findall(r'<text class="n-obs"[^>]*>([^<]*)</text>', ssu)
    assert " ".join(observer_lines) == "Obs. Pasient- og brukerombudet i Oslo"  # the remaining observer
    bars = re.findall(r'<g class="bar( bar-finding)?"><title>([^<]*)</title>', text)
    assert len(bars) == 8 and not any(flag for flag, _ in bars)
    assert "2027-01-01 – 2027-12-31: Diakonhjemmet sykehus (sykehus)" in [t for _, t in bars]


def test_timeline_marks_a_period_with_a_finding(oslo, hf, tmp_path):
    plan = oslo / "meeting-plan-ssu-2025-2026.yaml"
    edit(plan, "to: 2026-12-31, party: ous}", "to: 2026-12-31, party: oslo-kommune}")
    code, text, _ = make_report(hf, tmp_path, "html")
    assert code == 1
    flagged = re.findall(r'<g class="bar bar-finding"><title>([^<]*)</title>', text)
    assert flagged == ["2026-01-01 – 2026-12-31: Oslo kommune (kommune)"]
    _, markdown, _ = make_report(hf, tmp_path, "markdown")
    assert "Oslo kommune (kommune) :crit, p2c1, 2026-01-01, 2026-12-31" in markdown


def test_markdown_mermaid(defect, oslo, hf, tmp_path):
    _, text, _ = make_report(hf, tmp_path, "markdown")
    flowchart = re.search(r"```mermaid\nflowchart TD\n(.*?)```", text, re.S)
    assert flowchart is not None
    body = flowchart.group(1)
    assert body.count('-->|"gir oppdrag til"|') == 5 and body.count('-.->|"gir innspill til"|') == 9
    # each input also as an invisible link downwards, so the layout keeps the receiver on top
    assert body.count(" ~~~ ") == 9
    ids = dict(re.findall(r'  (f\d+)\["<b>([^<]*)</b>', body))
    ssu = next(k for k, v in ids.items() if v == "Strategisk samarbeidsutvalg")
    assert re.search(rf"class {ssu} finding;", body)
    assert "```mermaid\ngantt\n" in text


# --- safety ---------------------------------------------------------------------------------------


@pytest.fixture
def hostile(oslo: Path) -> Path:
    """A violating copy whose SSU is named ``<script>alert(1)</script>``."""
    org = oslo / "organisation.yaml"
    seed_sunnaas_defect(org)
    edit(org, SSU_NAME, f"    name: {HOSTILE}\n")
    return oslo


def test_html_escapes_document_text(hostile, hf, tmp_path):
    code, text, _ = make_report(hf, tmp_path, "html")
    assert code == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "<script" not in text.lower()
    # in the diagram, the findings, the messages and the tables
    assert text.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4


def test_markdown_escapes_document_text(hostile, hf, tmp_path):
    _, text, _ = make_report(hf, tmp_path, "markdown")
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert\\(1\\)" in text or "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "#60;script#62;alert(1)#60;/script#62;" in text  # the Mermaid label


def test_html_is_self_contained(oslo, hf, tmp_path):
    _, text, _ = make_report(hf, tmp_path, "html")
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; '
        'style-src &#39;unsafe-inline&#39;; img-src data:">'
    ) in text
    assert "<script" not in text and "<link" not in text and "@import" not in text
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", text)
    assert not re.search(r"url\((?!#)", text)  # only url(#marker) references inside the SVG
    assert "@media print" in text


def test_templates_never_come_from_input_and_autoescape_is_on():
    from jinja2 import PackageLoader

    from hf_rules.formatters.audit import html as html_format

    env = html_format.environment()
    assert env.autoescape is True and isinstance(env.loader, PackageLoader)


def test_escape_helpers():
    from hf_rules.core.markup import code, md, mermaid_label

    assert md("a | b <i>*x*</i> [l](u)") == r"a \| b &lt;i&gt;\*x\*&lt;/i&gt; \[l\](u)"
    assert code("a`b") == "``a`b``"
    assert mermaid_label('x"]; click f0 call evil()') == "x#34;]; click f0 call evil()"
    assert "\n" not in md("two\nlines")


# --- command line ---------------------------------------------------------------------------------


def test_format_from_suffix_or_option(oslo, hf, tmp_path):
    run = run_audit(hf, "oslo", "-o", "report.txt")
    assert run.code == 2 and "report.txt" in run.err and "--format" in run.err
    assert not (tmp_path / "report.txt").exists()
    run = run_audit(hf, "oslo", "-o", "report.txt", "--format", "html")
    assert run.code == 0 and (tmp_path / "report.txt").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    run = run_audit(hf, "oslo", "--format", "markdown")
    assert run.code == 0 and run.out.startswith("# Revisjonsrapport: Helsefellesskap Oslo\n")
    run = run_audit(hf, "oslo")
    assert run.code == 0 and run.out.startswith("# Revisjonsrapport")


def test_never_overwrites_an_input(oslo, hf):
    before = (oslo / "organisation.yaml").read_bytes()
    run = run_audit(hf, "oslo", "--format", "html", "-o", "oslo/organisation.yaml")
    assert run.code == 2 and "ville overskrevet et inndokument" in run.err
    assert (oslo / "organisation.yaml").read_bytes() == before


def test_unwritable_output_is_a_usage_error(oslo, hf):
    run = run_audit(hf, "oslo", "-o", "no/such/folder/report.html")
    assert run.code == 2 and "kan ikke skrive rapporten no/such/folder/report.html" in run.err


def test_invalid_input_still_gives_a_report(oslo, hf, tmp_path):
    (oslo / "broken.yaml").write_text("apiVersion: hf-rules/v1\nkind: [\n", encoding="utf-8")
    code, text, out = make_report(hf, tmp_path, "html")
    assert code == 2 and "UGYLDIG INNDATA" in out
    assert "UGYLDIG INNDATA" in text and "oslo/broken.yaml" in text


def test_unusable_rule_pack_writes_nothing(oslo, hf, tmp_path):
    run = run_audit(hf, "oslo", "--rules", "no-such-pack", "-o", "report.html")
    assert run.code == 2 and "no-such-pack" in run.out
    assert not (tmp_path / "report.html").exists()


def test_waived_finding_is_shown_as_waived(defect, oslo, hf, tmp_path):
    (oslo / "waivers.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: Waivers\nmetadata: {id: unntak, organisation: helsefellesskap-oslo}\n"
        "waivers:\n  - rule: OSLO-SSU-OBSERVERS\n    subject: strategisk-samarbeidsutvalg\n"
        "    reason: Sunnaas er invitert\n    approved_by: Partnerskapsmøtet 2025-03-18\n    expires: 2025-12-31\n",
        encoding="utf-8",
    )
    code, text, _ = make_report(hf, tmp_path, "html")
    assert code == 0
    assert html_statuses(text)["O14"] == "waived"
    assert "Sunnaas er invitert" in text


# --- progress (point 8) ---------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal(oslo, monkeypatch):
    monkeypatch.setattr(workspace_module, "PROGRESS_MIN_FILES", 1)
    quiet = io.StringIO()
    build_workspace(["oslo"], progress=quiet)
    assert quiet.getvalue() == ""
    terminal = FakeTerminal()
    with_bar = build_workspace(["oslo"], progress=terminal)
    assert "hf-rules" in terminal.getvalue() and "4/4" in terminal.getvalue()
    without = build_workspace(["oslo"])
    assert [(f.path, f.kind, f.id) for f in with_bar.files] == [(f.path, f.kind, f.id) for f in without.files]


def test_no_progress_for_a_few_files_even_on_a_terminal(oslo):
    terminal = FakeTerminal()
    build_workspace(["oslo"], progress=terminal)
    assert terminal.getvalue() == ""


@pytest.mark.parametrize("command", ["audit", "check"])
def test_nothing_on_stderr_when_it_is_not_a_terminal(oslo, tmp_path, command):
    """The real command, many files, standard error a pipe: not a byte on it."""
    for i in range(workspace_module.PROGRESS_MIN_FILES + 5):
        (oslo / f"extra-{i:02}.yaml").write_text(
            f"apiVersion: hf-rules/v1\nkind: Waivers\nmetadata: {{id: extra-{i}}}\nwaivers: []\n", encoding="utf-8"
        )
    extra = ["-o", "report.html"] if command == "audit" else []
    result = subprocess.run(
        [sys.executable, "-m", "hf_rules", command, "--no-config", "--as-of", AS_OF, "oslo", *extra],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""


# --- packaging ------------------------------------------------------------------------------------


def test_wheel_ships_the_templates(tmp_path):
    pytest.importorskip("hatchling", reason="hatchling (a test dependency) builds the wheel offline")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("hf_rules-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (ROOT / "src" / "hf_rules" / "formatters" / "audit" / "templates").iterdir():
        assert f"hf_rules/formatters/audit/templates/{template.name}" in names
    metadata = next(n for n in names if n.endswith("METADATA"))
    assert re.search(r"^Requires-Dist: jinja2", zipfile.ZipFile(wheel).read(metadata).decode(), re.M | re.I)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_members_without_a_vote_are_shown(fmt, oslo, hf, tmp_path):
    """A member with `voting: false` (møte- og talerett) is shown among the members, as one without a vote."""
    member = "{party: sykehjemsetaten, role: Etatsdirektør, level: direktor}"
    edit(oslo / "organisation.yaml", member, member[:-1] + ", voting: false}")
    code, text, _ = make_report(hf, tmp_path, fmt)
    assert code == 0
    assert text.count("herav 1 uten stemmerett") == 1
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", "oslo")
    (org,) = json.loads(run.out)["structure"]["organisations"]
    fora = {f["id"]: f for f in org["fora"]}
    assert fora["strategisk-samarbeidsutvalg"]["members_without_vote"] == 1
    assert fora["partnerskapsmote"]["members_without_vote"] == 0


def test_a_pack_forum_type_is_drawn_where_the_type_it_is_a_kind_of_is(hf):
    """Troms og Ofoten's faglig-samarbeidsutvalg is a kind of samarbeidsforum: the report says
    so (`kinds`) and the diagram draws the FSUs in the cooperation fora's layer, below the SSU.
    Its secretariat is the organisation's `secretariat`, not a forum: no node, a line of its own."""
    from hf_rules.formatters.audit.html import diagram
    from hf_rules.report.model import Report

    unn = ROOT / "fixtures" / "communities" / "unn"
    run = hf("check", "--no-config", "--rules", str(unn / "pack.yaml"), "--format", "json", str(unn))
    assert run.code == 0, run.both
    report = Report.model_validate(json.loads(run.out))
    (org,) = report.structure.organisations
    kinds = {forum.id: forum.kinds for forum in org.fora}
    assert kinds["fsu-rest"] == kinds["fsu-barn-og-unge"] == ["samarbeidsforum"]
    assert "sekretariat" not in kinds and kinds["strategisk-samarbeidsutvalg"] == []
    assert org.secretariat is not None
    assert (org.secretariat.name, org.secretariat.seats, org.secretariat.responsible) == (
        "Helsefellesskapets sekretariat",
        3,
        2,
    )
    assert org.secretariat.run_by == ["Tromsø kommune", "Universitetssykehuset Nord-Norge HF"]
    rows = {node.forum.id: node.row for node in diagram(org, report)["nodes"]}
    assert rows["strategisk-samarbeidsutvalg"] < rows["fsu-rest"] == rows["fsu-barn-og-unge"]
    assert "sekretariat" not in rows


def test_meeting_times_are_shown(oslo, hf, tmp_path):
    """A meeting's time of day is in the report model (`meeting_times`), listed in Markdown and in
    the timeline's titles; a plan without times keeps its count line alone."""
    edit(oslo / "meeting-plan-ssu-2025-2026.yaml", "{date: 2025-02-12,", "{date: 2025-02-12, start: 10:00, end: 12:00,")
    edit(oslo / "meeting-plan-ssu-2025-2026.yaml", "{date: 2025-05-14,", "{date: 2025-05-14, start: 09:30,")
    code, text, _ = make_report(hf, tmp_path, "markdown")
    assert code == 0
    (listed,) = [line for line in text.splitlines() if line.startswith("Møter: ")]
    assert listed.startswith("Møter: 2025-02-12 10:00–12:00 · 2025-05-14 09:30 · 2025-09-10 · ")
    code, html, _ = make_report(hf, tmp_path, "html")
    assert "<title>2025-02-12 10:00–12:00</title>" in html and "<title>2025-05-14 09:30</title>" in html
    run = hf("check", "--no-config", "--as-of", AS_OF, "--format", "json", "oslo")
    plans = {p["id"]: p for p in json.loads(run.out)["structure"]["meeting_plans"]}
    assert plans["ssu-2025-2026"]["meeting_times"][:3] == ["10:00–12:00", "09:30", ""]
    assert set(plans["partnerskapsmote-2024-2027"]["meeting_times"]) == {""}
