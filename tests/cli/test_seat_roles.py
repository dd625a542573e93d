"""A combined post, a role matched as a whole, municipalities counted per region and a regional
council that names its region, end to end on a copy of the Vestfjord community with a pack of
four rules beside its own: the findings, the exit codes, ``hf-rules diff``, the audit and a bad
option."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.conftest import Run, edit
from tests.support import ROOT

Hf = Callable[..., Run]
VESTFJORD = ROOT / "fixtures" / "communities" / "vestfjord"
AS_OF = "2025-06-01"
PACK = """\
apiVersion: hf-rules/v1
kind: RulePack
metadata:
  id: roller
  version: 1.0.0
  name: {nb: Roller, en: Roles}
  extends: [national]
sources:
  avtale: {title: Avtalen, date: '2024'}
obligations:
  - id: R1
    text: {nb: Setningen, en: The sentence}
    source: {document: avtale, quote: Setningen}
rules:
  - id: RO-FAGDIREKTOR
    title: {nb: Fagdirektøren, en: The medical director}
    message: {nb: "{subject_name}: {label} {found}", en: "{subject_name}: {label} {found}"}
    hint: {nb: Se avtalen., en: See the agreement.}
    severity: error
    reading: requires
    source: {document: avtale, quote: Setningen}
    obligations: [R1]
    applies_to: {kind: forum, type: [partnerskapsmote]}
    check:
      function: required_seats
      options:
        require:
          - {party: helse-vestfjord, role_is: [Fagdirektør], label: {nb: fagdirektør, en: medical director}}
  - id: RO-KOORDINATOR
    title: {nb: Koordinatoren, en: The coordinator}
    message: {nb: "{subject_name}: {label} {found}", en: "{subject_name}: {label} {found}"}
    hint: {nb: Se avtalen., en: See the agreement.}
    severity: error
    reading: requires
    source: {document: avtale, quote: Setningen}
    obligations: [R1]
    applies_to: {kind: forum, type: [partnerskapsmote]}
    check:
      function: required_seats
      options:
        require:
          - {role: [Samhandlingskoordinator], label: {nb: samhandlingskoordinator, en: coordinator}}
  - id: RO-KOMMUNER-PER-REGION
    title: {nb: Kommuner per region, en: Municipalities per region}
    message: {nb: "{region}: {problem} ({found}, {requirement})", en: "{region}: {problem} ({found}, {requirement})"}
    hint: {nb: Se avtalen., en: See the agreement.}
    severity: error
    reading: requires
    source: {document: avtale, quote: Setningen}
    obligations: [R1]
    applies_to: {kind: organisation}
    check:
      function: party_set
      options: {party_type: [kommune], per: region, min: 3, max: 8, label: {nb: kommuner, en: municipalities}}
  - id: RO-EGET-REGIONRAD
    title: {nb: Eget regionråd, en: Own regional council}
    message: {nb: "{subject_name}: {seat}", en: "{subject_name}: {seat}"}
    hint: {nb: Se avtalen., en: See the agreement.}
    severity: error
    reading: requires
    source: {document: avtale, quote: Setningen}
    obligations: [R1]
    applies_to: {kind: forum, type: [strategisk-samarbeidsutvalg]}
    check:
      function: seat_requirements
      options:
        where: {party_type: [kommune]}
        must: {nominated_by_own_region: true}
        label: {nb: foreslått av eget regionråd, en: nominated by its own regional council}
"""
FAGDIREKTOR = "role: Fagdirektør, level: direktor, person: Jon Rasten"
KLINIKKSJEF = "role: Klinikksjef medisin, level: leder, person: Eva Nes}\n      - {party: helse-vestfjord, role: Klinikksjef psykisk"
LYNGVIK = "{party: lyngvik, role: Kommunedirektør, level: direktor, person: Mona Aas}"
KVITBERG = "{party: kvitberg, role: Kommunedirektør, level: direktor, person: Terje Bakke}"


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "vf"
    shutil.copytree(VESTFJORD, folder)
    (tmp_path / "roles.yaml").write_text(PACK, encoding="utf-8")
    return folder, folder / "organisation.yaml"


def _check(hf: Hf, folder: str = "vf", *more: str) -> tuple[int, list[tuple[str, str, int, str]]]:
    run = hf(
        "check",
        "--no-config",
        "-r",
        "vf/pack.yaml",
        "-r",
        "roles.yaml",
        "--as-of",
        AS_OF,
        "--lang",
        "en",
        "--format",
        "json",
        folder,
        *more,
    )
    report = json.loads(run.out)
    return run.code, sorted((f["rule"], f["subject"], f["line"], f["message"]) for f in report["findings"])


def _combine(org: Path) -> None:
    edit(org, FAGDIREKTOR, FAGDIREKTOR.replace("Fagdirektør", "Fagdirektør for kvalitet"))
    edit(org, KLINIKKSJEF, KLINIKKSJEF.replace("medisin,", "medisin, other_roles: [Samhandlingskoordinator],"))
    edit(org, LYNGVIK, LYNGVIK.replace("}", ", nominated_by: Regionrådet i Ytre Vestfjord}"))
    edit(org, KVITBERG, KVITBERG.replace("}", ", nominated_by: Regionrådet i Ytre Vestfjord}"))


def test_the_four_sentences_give_exact_findings(tmp_path: Path, hf: Hf) -> None:
    _, org = _setup(tmp_path)
    assert _check(hf) == (
        1,
        [
            (
                "RO-EGET-REGIONRAD",
                "strategisk-samarbeidsutvalg",
                80,
                "Strategisk samarbeidsutvalg: lyngvik (Kommunedirektør, direktor)",
            ),
            (
                "RO-EGET-REGIONRAD",
                "strategisk-samarbeidsutvalg",
                81,
                "Strategisk samarbeidsutvalg: kvitberg (Kommunedirektør, direktor)",
            ),
            # Indre Vestfjord has two municipalities: at its first party (no `regions:` entry)
            (
                "RO-KOMMUNER-PER-REGION",
                "helsefellesskap-vestfjord",
                31,
                "Indre Vestfjord: too few in the region (2, between 3 and 8)",
            ),
            ("RO-KOORDINATOR", "partnerskapsmote", 55, "Partnerskapsmøtet: coordinator 0"),
        ],
    )
    _combine(org)
    # the coordinator is the combined post; the Fagdirektør for kvalitet is not the Fagdirektør;
    # Ytre Vestfjord's council nominates for Lyngvik, not for Kvitberg (Indre Vestfjord)
    assert _check(hf) == (
        1,
        [
            (
                "RO-EGET-REGIONRAD",
                "strategisk-samarbeidsutvalg",
                81,
                "Strategisk samarbeidsutvalg: kvitberg (Kommunedirektør, direktor)",
            ),
            ("RO-FAGDIREKTOR", "partnerskapsmote", 61, "Partnerskapsmøtet: medical director 0"),
            (
                "RO-KOMMUNER-PER-REGION",
                "helsefellesskap-vestfjord",
                31,
                "Indre Vestfjord: too few in the region (2, between 3 and 8)",
            ),
        ],
    )


def test_diff_and_audit_show_the_combined_post(tmp_path: Path, hf: Hf) -> None:
    folder, _ = _setup(tmp_path)
    new = tmp_path / "new"
    shutil.copytree(folder, new)
    _combine(new / "organisation.yaml")
    run = hf("diff", "vf", "new", "--lang", "en", "-r", "vf/pack.yaml", "--format", "json")
    changes = [
        (c["kind"], c["forum"], c["seat"], c["field"], c["before"], c["after"], c["line"])
        for c in json.loads(run.out)["changes"]
    ]
    assert (
        "seat-changed",
        "partnerskapsmote",
        "helse-vestfjord",
        "other_roles",
        [],
        ["Samhandlingskoordinator"],
        64,
    ) in changes
    text = hf("diff", "vf", "new", "--lang", "en", "-r", "vf/pack.yaml")
    assert (
        "new/organisation.yaml:64: seat changed: partnerskapsmote: helse-vestfjord: other_roles [] → [Samhandlingskoordinator]"
        in text.out
    )
    audit = hf(
        "audit", "--no-config", "-r", "vf/pack.yaml", "--as-of", AS_OF, "--lang", "en", "--format", "markdown", "new"
    )
    assert audit.code == 0
    assert "combined post: Helse Vestfjord HF: Klinikksjef medisin + Samhandlingskoordinator" in audit.out
    nb = hf("audit", "--no-config", "-r", "vf/pack.yaml", "--as-of", AS_OF, "--format", "markdown", "new")
    assert "kombinert stilling: Helse Vestfjord HF: Klinikksjef medisin + Samhandlingskoordinator" in nb.out
    html = hf("audit", "--no-config", "-r", "vf/pack.yaml", "--as-of", AS_OF, "--lang", "en", "-o", "audit.html", "new")
    assert html.code == 0
    page = (tmp_path / "audit.html").read_text(encoding="utf-8")
    assert "<div>combined post: Helse Vestfjord HF: Klinikksjef medisin + Samhandlingskoordinator</div>" in page


def test_per_region_without_a_count_and_other_roles_without_a_role_are_located_errors(tmp_path: Path, hf: Hf) -> None:
    _, org = _setup(tmp_path)
    edit(tmp_path / "roles.yaml", "per: region, min: 3, max: 8,", "per: region, ids: [lyngvik],")
    run = hf("check", "--no-config", "-r", "vf/pack.yaml", "-r", "roles.yaml", "--as-of", AS_OF, "--lang", "en", "vf")
    assert run.code == 2
    assert (
        "roles.yaml:54:16: error: rule RO-KOMMUNER-PER-REGION: rules[2].check.options needs at least one of the keys: min, max, exactly"
        in run.out + run.err
    )
    assert "Traceback" not in run.out + run.err
    edit(org, KLINIKKSJEF, KLINIKKSJEF.replace("role: Klinikksjef medisin,", "other_roles: [Samhandlingskoordinator],"))
    run = hf("check", "--no-config", "-r", "vf/pack.yaml", "--as-of", AS_OF, "--lang", "en", "vf")
    assert run.code == 2
    assert (
        "organisation.yaml:64:9: error: fora.partnerskapsmote.members[8]: 'other_roles' are further posts beside the seat's 'role'; give 'role' (the main post) too"
    ) in run.out + run.err
