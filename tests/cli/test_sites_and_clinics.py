"""«UNN sine medlemmer kommer fra ulike lokalisasjoner og klinikker»: `seat_count` with
`count: parties` and `grouped_under` (a section of a clinic is the clinic), and `count: sites`
with a seat's `site` (a clinic spans several hospitals)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

RULE = """\
  - id: {id}
    title: {{nb: Ulike {nb}, en: Different {en}}}
    message: {{nb: "{{subject_name}} har {{found}} {{label}}", en: "{{subject_name}} has {{found}} {{label}}"}}
    hint: {{nb: Hent medlemmer fra flere., en: Take members from more.}}
    severity: warning
    source: {{document: side, quote: ulike lokalisasjoner og klinikker}}
    obligations: [U1]
    applies_to: {{kind: forum, type: [samarbeidsforum]}}
    check:
      function: seat_count
      options: {{where: {{part_of: [unn]}}, count: {count}, min: 2, label: {{nb: {nb}, en: {en}}}}}
"""
PACK = (
    """\
apiVersion: hf-rules/v1
kind: RulePack
metadata: {id: unn, version: 1.0.0, name: {nb: UNN, en: UNN}}
sources:
  side: {title: FSU barn og unge, date: 2024-01-01, publisher: UNN}
obligations:
  - id: U1
    text: {nb: Medlemmer fra ulike steder og klinikker., en: Members from different sites and clinics.}
    source: {document: side, quote: ulike lokalisasjoner og klinikker}
rules:
"""
    + RULE.format(id="U-CLINICS", nb="klinikker", en="clinics", count="parties, grouped_under: [unn]")
    + RULE.format(id="U-SITES", nb="lokalisasjoner", en="sites", count="sites")
)
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: unn, name: Helsefellesskapet Troms og Ofoten}
parties:
  unn: {name: Universitetssykehuset Nord-Norge HF, type: helseforetak, side: sykehus}
  unn-bukl: {name: Barne- og ungdomsklinikken, type: helseforetak, side: sykehus, part_of: unn}
  unn-bukl-hab: {name: Seksjon for habilitering, type: helseforetak, side: sykehus, part_of: unn-bukl}
  unn-psyk: {name: Psykisk helse- og rusklinikken, type: helseforetak, side: sykehus, part_of: unn}
  unn-tromso: {name: UNN Tromsø, type: sykehus, side: sykehus, part_of: unn}
  unn-harstad: {name: UNN Harstad, type: sykehus, side: sykehus, part_of: unn}
  tromso: {name: Tromsø kommune, type: kommune, side: kommune}
fora:
  fsu-bu:
    name: FSU barn og unge
    type: samarbeidsforum
    members:
      - {party: tromso, role: Kommunalsjef}
      - {party: unn-bukl, role: Klinikksjef, site: unn-tromso}
      - {party: unn-psyk, role: Klinikksjef, site: unn-harstad}
"""


@pytest.fixture(autouse=True)
def unn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# the rules are warnings: a run with findings exits 0 (the default --fail-on is error)


def findings(org: str) -> tuple[int, list[tuple[str, str, int, str]]]:
    Path("organisation.yaml").write_text(org, encoding="utf-8")
    result = run_cli(
        "check", "--no-config", "--lang", "en", "--format", "json", "--rules", "pack.yaml", "organisation.yaml"
    )
    assert result.code in (0, 1), result.both
    report = json.loads(result.out)
    return result.code, [(f["rule"], f["subject"], f["line"], f["message"]) for f in report["findings"]]


def test_two_clinics_at_two_sites_pass() -> None:
    assert findings(ORG) == (0, [])


def test_a_section_of_the_same_clinic_is_one_clinic() -> None:
    """The wrong verdict a blind author found: counted as distinct parties, the children's clinic
    and one of its sections were two "clinics"."""
    org = ORG.replace("{party: unn-psyk, role: Klinikksjef", "{party: unn-bukl-hab, role: Seksjonsleder")
    assert findings(org) == (0, [("U-CLINICS", "fsu-bu", 16, "FSU barn og unge has 1 clinics")])


def test_two_clinics_at_one_site_are_one_site() -> None:
    org = ORG.replace("site: unn-harstad", "site: unn-tromso")
    assert findings(org) == (0, [("U-SITES", "fsu-bu", 16, "FSU barn og unge has 1 sites")])


def test_a_seat_without_a_site_is_not_counted() -> None:
    """A clinic seat without `site` is at no known site (a clinic spans several), so two clinics
    written without their sites are reported, not passed as two sites (a blind author's silent
    pass); a site's own seat counts once it gives its `site`."""
    no_site = ORG.replace(", site: unn-tromso}", "}").replace(", site: unn-harstad}", "}")
    assert findings(no_site) == (0, [("U-SITES", "fsu-bu", 16, "FSU barn og unge has 0 sites")])
    harstad = "{party: unn-harstad, role: Direktør, site: unn-harstad}"
    assert findings(ORG.replace("{party: unn-psyk, role: Klinikksjef, site: unn-harstad}", harstad)) == (0, [])


def test_an_unknown_site_is_a_located_input_error() -> None:
    Path("organisation.yaml").write_text(ORG.replace("site: unn-harstad", "site: unn-harstd"), encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2, result.both
    assert result.out.splitlines()[0] == (
        "organisation.yaml:19:52: error: site 'unn-harstd' is not a party of this organisation; expected one of: "
        "tromso, unn, unn-bukl, unn-bukl-hab, unn-harstad, unn-psyk, unn-tromso"
    )


def test_a_site_on_a_constituency_seat_names_a_party_of_the_organisation() -> None:
    """A constituency seat gives the party its holder comes from as `site` (round 24 Finnmark F20b:
    «Ansattrepresentant, Sør-Varanger kommune»); one that names no party is a located input error."""
    org = ORG.replace(
        "      - {party: tromso, role: Kommunalsjef}\n", "      - {represents: bruker, role: Bruker, site: tromso}\n"
    )
    Path("organisation.yaml").write_text(org, encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "nb", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 0, result.both
    Path("organisation.yaml").write_text(org.replace("site: tromso}", "site: tromsoo}"), encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2, result.both
    assert result.out.splitlines()[0] == (
        "organisation.yaml:17:50: error: site 'tromsoo' is not a party of this organisation; expected one of: "
        "tromso, unn, unn-bukl, unn-bukl-hab, unn-harstad, unn-psyk, unn-tromso"
    )


def test_grouped_under_a_party_the_organisation_lacks_is_reported() -> None:
    Path("pack.yaml").write_text(PACK.replace("grouped_under: [unn]", "grouped_under: [unnn]"), encoding="utf-8")
    code, found = findings(ORG)
    assert (code, found[0][:3]) == (0, ("U-CLINICS", "fsu-bu", 13))
    assert found[0][3].startswith("the organisation has no party unnn (in the rule's grouped_under)")


def test_grouped_under_without_count_parties_is_a_pack_error() -> None:
    Path("pack.yaml").write_text(PACK.replace("count: sites", "count: sites, grouped_under: [unn]"), encoding="utf-8")
    Path("organisation.yaml").write_text(ORG, encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2, result.both
    assert result.out.splitlines()[0].endswith(
        "error: rule U-SITES: `grouped_under` says how parties are counted, and applies only with `count: parties`"
    )


def test_forum_type_units_go_only_with_per_on_behalf_of() -> None:
    """`each: {forum_type: [...]}` names fora: with `per: party` it is a located pack error."""
    Path("pack.yaml").write_text(
        PACK.replace("count: sites, min: 2", "per: party, each: {forum_type: [samarbeidsforum]}, min: 1"),
        encoding="utf-8",
    )
    Path("organisation.yaml").write_text(ORG, encoding="utf-8")
    result = run_cli("check", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert result.code == 2, result.both
    assert result.out.splitlines()[0].endswith(
        "error: rule U-SITES: with `per: on_behalf_of` the units are fora: give `each: {forum_type: [...]}`; "
        "`forum_type` in `each` goes only with `per: on_behalf_of`"
    )
