"""``--redact``: names of persons replaced by their seat's role in every output and report.

The Oslo example names 24 persons (seat holders and deputies). ``named`` is a variant whose
output names persons wherever the tool shows them: a GP seat without its deputy (HF-GP-DEPUTY;
the seat holder is in the finding's evidence) and a waiver whose reason names two persons and
whose ``approved_by`` is a person, not a body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from hf_rules.documents.workspace import build_workspace
from hf_rules.report.redact import Redactor
from hf_rules.yaml.loader import load_yaml_file
from tests.conftest import AS_OF, OSLO, Run, edit, seed_sunnaas_defect
from tests.support import FIXTURES

FORMATS = ("text", "json", "sarif", "junit", "github")
AUDITS = {"html": "report.html", "markdown": "report.md"}


def _persons(folder: Path) -> set[str]:
    """Every ``person`` and ``deputy`` of every seat of the organisation in ``folder``."""
    data = load_yaml_file(folder / "organisation.yaml").data
    return {
        seat[key]
        for forum in data["fora"].values()
        for group in ("members", "observers")
        for seat in forum.get(group, [])
        for key in ("person", "deputy")
        if key in seat
    }


PERSONS = _persons(OSLO)
REASON = "Avklart med Jonas Bakke og Per Moen; Per Moens forslag"
REASON_NB = "Avklart med Fastlegerepresentant (vara) og Ansatterepresentant; Ansatterepresentants forslag"
REASON_EN = "Avklart med Fastlegerepresentant (deputy) og Ansatterepresentant; Ansatterepresentants forslag"


def test_the_oslo_example_names_24_persons() -> None:
    assert len(PERSONS) == 24
    assert {"Ingrid Berg", "Lars Haugen", "Anne Sæther", "Knut Rønning"} <= PERSONS


@pytest.fixture
def named(oslo: Path) -> Path:
    """The Oslo example with output that names persons (see the module's docstring)."""
    edit(oslo / "organisation.yaml", "person: Ingrid Berg, deputy: Lars Haugen}", "person: Ingrid Berg}")
    seed_sunnaas_defect(oslo / "organisation.yaml")
    (oslo / "waivers.yaml").write_text(
        "apiVersion: hf-rules/v1\nkind: Waivers\nmetadata:\n  id: unntak-2026\n"
        "  organisation: helsefellesskap-oslo\nwaivers:\n"
        "  - rule: OSLO-SSU-OBSERVERS\n    subject: strategisk-samarbeidsutvalg\n"
        f"    reason: {REASON}\n    approved_by: Nora Lie 2026-03-17\n    expires: 2026-12-31\n",
        encoding="utf-8",
    )
    return oslo


def _check(hf: Callable[..., Run], folder: Path, fmt: str, *args: str) -> Run:
    run = hf("check", str(folder), "--no-config", "--as-of", AS_OF, "--format", fmt, *args)
    assert run.err == "", run.err
    return run


def _names_in(text: str) -> set[str]:
    return {name for name in PERSONS if name in text}


# Which persons each format names without --redact (the evidence of a finding is only in JSON
# and SARIF; GitHub annotations show neither waived findings nor evidence).
NAMED_WITHOUT_REDACT = {
    "text": {"Jonas Bakke", "Per Moen", "Nora Lie"},
    "json": {"Ingrid Berg", "Jonas Bakke", "Per Moen", "Nora Lie"},
    "sarif": {"Ingrid Berg", "Jonas Bakke", "Per Moen", "Nora Lie"},
    "junit": {"Jonas Bakke", "Per Moen", "Nora Lie"},
    "github": set(),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_oslo_check_has_no_name_with_redact(hf: Callable[..., Run], oslo: Path, fmt: str) -> None:
    plain = _check(hf, oslo, fmt)
    redacted = _check(hf, oslo, fmt, "--redact")
    assert (plain.code, redacted.code) == (0, 0)
    assert _names_in(plain.out) == set()  # the compliant example shows nobody's name ...
    assert _names_in(redacted.out) == set()  # ... nor with --redact


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_names_no_person_with_redact(hf: Callable[..., Run], named: Path, fmt: str) -> None:
    plain = _check(hf, named, fmt)
    redacted = _check(hf, named, fmt, "--redact")
    assert plain.code == redacted.code == 0  # HF-GP-DEPUTY warns (the source describes a deputy)
    assert _names_in(plain.out) == NAMED_WITHOUT_REDACT[fmt]
    assert _names_in(redacted.out) == set()
    # The GP seat's finding names the seat by its role either way.
    assert "(Fastlegerepresentant) mangler vararepresentant" in plain.out
    assert "(Fastlegerepresentant) mangler vararepresentant" in redacted.out
    if fmt != "github":
        assert REASON in plain.out and REASON_NB in redacted.out
        assert "Nora Lie 2026-03-17" in plain.out and "[navn utelatt]" in redacted.out
        assert "[navn utelatt]" not in plain.out


def test_json_evidence_and_waiver_are_redacted(hf: Callable[..., Run], named: Path) -> None:
    plain = json.loads(_check(hf, named, "json").out)
    redacted = json.loads(_check(hf, named, "json", "--redact", "--lang", "en").out)
    [deputy] = [f for f in plain["findings"] if f["rule"] == "HF-GP-DEPUTY"]
    assert deputy["evidence"] == {
        "seat": "represents:fastlege (Fastlegerepresentant)",
        "person": "Ingrid Berg",
        "deputy": None,
    }
    [deputy] = [f for f in redacted["findings"] if f["rule"] == "HF-GP-DEPUTY"]
    assert deputy["evidence"]["person"] == "Fastlegerepresentant"
    [waived] = [f for f in redacted["findings"] if f["status"] == "waived"]
    assert waived["waiver"]["reason"] == REASON_EN
    assert waived["waiver"]["approved_by"] == "[name left out]"
    assert (plain["provenance"]["redacted"], redacted["provenance"]["redacted"]) == (False, True)
    # Fingerprints do not change: a baseline serves runs with and without --redact.
    assert [f["fingerprint"] for f in plain["findings"]] == [f["fingerprint"] for f in redacted["findings"]]


def test_sarif_evidence_is_redacted(hf: Callable[..., Run], named: Path) -> None:
    results = json.loads(_check(hf, named, "sarif", "--redact").out)["runs"][0]["results"]
    [deputy] = [r for r in results if r["ruleId"] == "HF-GP-DEPUTY"]
    assert deputy["properties"]["evidence"]["person"] == "Fastlegerepresentant"


def _audit(hf: Callable[..., Run], tmp_path: Path, folder: Path, fmt: str, *args: str) -> tuple[int, str]:
    out = tmp_path / AUDITS[fmt]
    run = hf("audit", str(folder), "--no-config", "--as-of", AS_OF, "-o", str(out), *args)
    assert run.err == "", run.err
    return run.code, out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", AUDITS)
def test_audit_names_no_person_and_says_so(hf: Callable[..., Run], tmp_path: Path, named: Path, fmt: str) -> None:
    code, plain = _audit(hf, tmp_path, named, fmt)
    assert code == 0 and _names_in(plain) == {"Jonas Bakke", "Per Moen", "Nora Lie"}
    code, redacted = _audit(hf, tmp_path, named, fmt, "--redact")
    assert code == 0 and _names_in(redacted) == set()
    left_out = "[navn utelatt]" if fmt == "html" else r"\[navn utelatt\]"  # Markdown escapes brackets
    assert "Fastlegerepresentant (vara)" in redacted and left_out in redacted
    assert "Fastlegerepresentant (vara)" not in plain
    if fmt == "html":
        said = re.compile(r"<dt>Personnavn erstattet med rolle \(--redact\)</dt><dd>(ja|nei)</dd>")
        assert said.findall(plain) == ["nei"] and said.findall(redacted) == ["ja"]
        assert "<svg" in redacted  # the structure diagram is there, and names nobody
    else:
        said = re.compile(r"^- Personnavn erstattet med rolle \(--redact\): (ja|nei)$", re.MULTILINE)
        assert said.findall(plain) == ["nei"] and said.findall(redacted) == ["ja"]
        assert "```mermaid" in redacted
    # The command that reproduces the report redacts as well (audit and check).
    commands = [line for line in redacted.splitlines() if "hf-rules audit " in line or "hf-rules check " in line]
    assert len(commands) == 2 and all(" --redact " in c for c in commands), commands
    assert " --redact " not in plain


@pytest.mark.parametrize("fmt", AUDITS)
def test_audit_in_english_says_redacted(hf: Callable[..., Run], tmp_path: Path, oslo: Path, fmt: str) -> None:
    code, redacted = _audit(hf, tmp_path, oslo, fmt, "--redact", "--lang", "en")
    assert code == 0 and _names_in(redacted) == set()
    assert "Person names replaced by roles (--redact)" in redacted
    assert re.search(r"Person names replaced by roles \(--redact\)(</dt><dd>|: )yes", redacted)


def test_validate_redacts_names_quoted_in_input_problems(hf: Callable[..., Run], oslo: Path) -> None:
    """Names are taken from the documents as written, so a broken document's problems that quote
    a name are redacted too."""
    edit(
        oslo / "organisation.yaml",
        "role: Brukerrepresentant, person: Siri Dahl}",
        "role: Brukerrepresentant, person: Siri Dahl, level: Siri Dahl}",
    )
    plain = hf("validate", str(oslo), "--no-config")
    redacted = hf("validate", str(oslo), "--no-config", "--redact")
    assert plain.code == redacted.code == 2
    assert "level er 'Siri Dahl'; forventet små bokstaver" in plain.out
    assert "level er 'Brukerrepresentant'; forventet små bokstaver" in redacted.out
    assert _names_in(redacted.both) == set()


def test_config_redact_key_and_no_redact(hf: Callable[..., Run], tmp_path: Path, named: Path) -> None:
    (tmp_path / ".hf-rules.yaml").write_text("redact: true\n", encoding="utf-8")
    run = hf("check", str(named), "--as-of", AS_OF)
    assert run.code == 0 and _names_in(run.out) == set() and REASON_NB in run.out
    run = hf("check", str(named), "--as-of", AS_OF, "--no-redact")
    assert run.code == 0 and _names_in(run.out) == {"Jonas Bakke", "Per Moen", "Nora Lie"}


def test_config_redact_must_be_true_or_false(hf: Callable[..., Run], tmp_path: Path, oslo: Path) -> None:
    (tmp_path / ".hf-rules.yaml").write_text("redact: yes please\n", encoding="utf-8")
    run = hf("check", str(oslo), "--as-of", AS_OF)
    assert run.code == 2
    problems = [line for line in run.out.splitlines() if ": error: " in line]
    assert problems == [
        f"{tmp_path / '.hf-rules.yaml'}:1:9: error: redact må være true eller false, fikk en tekst ('yes please')"
    ]


def test_write_baseline_with_redact_records_no_name(hf: Callable[..., Run], tmp_path: Path, named: Path) -> None:
    edit(named / "organisation.yaml", "role: Ansatterepresentant, person: Per Moen}", "role: Per Moen}")
    hf("check", str(named), "--no-config", "--as-of", AS_OF, "--redact", "--write-baseline", "base.json")
    baseline = (tmp_path / "base.json").read_text(encoding="utf-8")
    assert json.loads(baseline)["findings"] and _names_in(baseline) == set()


# -- the Redactor on its own ---------------------------------------------------------------------

ORGANISATION = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: hf, name: Helsefellesskap Test}
parties:
  kommune: {name: Test kommune, type: kommune, side: kommune}
  sykehus: {name: Test sykehus HF, type: sykehus, side: sykehus}
fora:
  ssu:
    name: Strategisk samarbeidsutvalg
    type: strategisk-samarbeidsutvalg
    members:
      - {party: kommune, role: Kommunaldirektør, person: Per}
      - {party: sykehus, person: Anne-Lise Berg}
      - {represents: fastlege, person: "Kari  Nordmann", deputy: "O'Brien"}
      - {represents: bruker, role: Brukerrepresentant, person: Kari Nordmann}
      - {represents: ansatt, role: 'Leder <FoU> & "x"', person: Ola Nilsen}
      - {party: kommune, role: Ordfører, deputy: {person: Siri Vara, party: kommune}}
"""
WAIVERS = """\
apiVersion: hf-rules/v1
kind: Waivers
metadata: {id: unntak, organisation: hf}
waivers:
  - {rule: HF-X, subject: ssu, reason: r, approved_by: Ola 2025, expires: 2026-01-01}
  - {rule: HF-X, subject: ssu, reason: r, approved_by: Test kommune 2025, expires: 2026-01-01}
"""


@pytest.fixture
def redactor(tmp_path: Path) -> Callable[[str], Redactor]:
    path = tmp_path / "organisation.yaml"
    path.write_text(ORGANISATION, encoding="utf-8")
    (tmp_path / "waivers.yaml").write_text(WAIVERS, encoding="utf-8")
    workspace = build_workspace([str(path), str(tmp_path / "waivers.yaml")])
    assert not workspace.problems, workspace.problems
    return lambda lang: Redactor(workspace, lang)


def test_names_are_replaced_as_whole_words(redactor: Callable[[str], Redactor]) -> None:
    r = redactor("nb")
    assert r.text("Per, Pers sak, Person, Perspektiv, SuperPer, Per-Ola og per") == (
        "Kommunaldirektør, Kommunaldirektørs sak, Person, Perspektiv, SuperPer, Per-Ola og per"
    )
    # A hyphen joins words: Per-Ola is another name than Per.
    assert r.text("Anne-Lise Berg og Anne-Lise Bergersen") == (
        "representant for Test sykehus HF og Anne-Lise Bergersen"
    )
    assert r.text("O'Brien, O'Briens") == "fastlegerepresentant (vara), fastlegerepresentant (vara)s"


def test_roles_of_seats_without_a_role_and_of_a_name_in_two_seats(redactor: Callable[[str], Redactor]) -> None:
    nb, en = redactor("nb"), redactor("en")
    # "Kari  Nordmann" (two spaces) and "Kari Nordmann" are one person, in two seats.
    assert nb.text("Kari Nordmann og Kari\n Nordmann") == (
        "Brukerrepresentant / fastlegerepresentant og Brukerrepresentant / fastlegerepresentant"
    )
    assert en.text("Anne-Lise Berg, O'Brien") == "representative of Test sykehus HF, GP representative (deputy)"


def test_a_deputy_written_as_a_mapping_is_redacted_as_a_name(redactor: Callable[[str], Redactor]) -> None:
    assert redactor("nb").text("Siri Vara møtte") == "Ordfører (vara) møtte"
    assert redactor("en").text("Siri Vara attended") == "Ordfører (deputy) attended"


def test_approved_by_is_kept_only_when_clearly_a_body(redactor: Callable[[str], Redactor]) -> None:
    r = redactor("nb")
    kept = [
        "Strategisk samarbeidsutvalg 2026-03-17, sak 12/26",
        "strategisk samarbeidsutvalg",
        "Test kommune, vedtak 2025-01-01",
        "ssu 2026-03-17",
        "Helsefellesskap Test møte 3/2026",
    ]
    for value in kept:
        assert r.approved_by(value) == value
    left_out = [
        "Per 2026-03-17",
        "Strategisk samarbeidsutvalg ved Per",
        "Strategisk samarbeidsutvalg ved leder Ola",
        "Styret i Helse Sør-Øst RHF",
        "Test kommunes direktør",
        "Direktør Hansen",
        "SSU-leder",
    ]
    for value in left_out:
        assert r.approved_by(value) == "[navn utelatt]", value
    assert redactor("en").approved_by("Per") == "[name left out]"


def test_roles_are_text_and_approvals_are_left_out_as_whole_words(
    redactor: Callable[[str], Redactor],
) -> None:
    r = redactor("nb")
    assert r.text("Ola Nilsen") == 'Leder <FoU> & "x"'  # the formatters escape it
    assert r.approved_by("Ola 2025") == "[navn utelatt]" and r.approved_by("Test kommune 2025") == "Test kommune 2025"
    assert r.text("Olav 2025; Ola Nilsen.") == 'Olav 2025; Leder <FoU> & "x".'


def test_chair_persons_of_a_meeting_plan_are_redacted(hf: Callable[..., Run]) -> None:
    """Chair periods may name the chair, the deputy chair and a co-chair: personal data too."""
    folder = FIXTURES / "communities" / "fjellmark"
    plain = hf("check", str(folder), "--rules", str(folder / "pack.yaml"), "--no-config", "--format", "json")
    redacted = hf(
        "check", str(folder), "--rules", str(folder / "pack.yaml"), "--no-config", "--format", "json", "--redact"
    )
    assert plain.code == redacted.code == 0
    assert "Anne Aldal" in (folder / "meeting-plan-partnerskapsmote-2024-2025.yaml").read_text(encoding="utf-8")
    redactor = Redactor(build_workspace([str(folder)]), "en")
    assert redactor.text("Anne Aldal chairs") == "Ordfører chairs"
    assert "Anne Aldal" not in redacted.out
