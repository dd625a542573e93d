"""mandate's ``about``: a point about another body's object («Godkjenne handlingsplanar frå FSU»,
«sørge for at FSU får tilført ressurser») is met where the entry has the act and names that body
in the point's own part of its sentence, however it links them; not where another body's object
is named, the body is named for the next point, or the body does the act itself (round 23 Møre og
Romsdal MR6, UNN TO10). ``about`` alone is a located pack error."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_mandate_readings import PACK
from tests.conftest import run_cli

ITEMS = """\
          - label: {nb: godkjenne handlingsplanar frå FSU, en: approve the FSUs' action plans}
            verb: [godkjenne]
            object: [handlingsplan]
            about: [FSU, fagl samarbeidsutval]
          - label: {nb: ressursar til FSU, en: resources for the FSUs}
            any_of: [ressurs]
            about: [FSU, fagl samarbeidsutval]
"""
ABOUT_PACK = PACK.replace(
    "          - label: {nb: dialog om strategiske saker, en: dialogue on strategic matters}\n"
    "            any_of: [dialog strategisk]\n",
    ITEMS,
)
ORG = """\
apiVersion: hf-rules/v1
kind: Organisation
metadata: {id: mr, name: Helsefellesskap Møre og Romsdal}
parties:
  hmr: {name: Helse Møre og Romsdal HF, type: helseforetak, side: sykehus}
  molde: {name: Molde kommune, type: kommune, side: kommune}
fora:
  ssu:
    name: Strategisk samarbeidsutval
    type: strategisk-samarbeidsutvalg
    mandate:
      - %s
      - %s
    members:
      - {party: hmr, role: Administrerande direktør}
      - {party: molde, role: Kommunedirektør}
  pm:
    name: Partnarskapsmøtet
    type: partnerskapsmote
    members:
      - {party: hmr, role: Administrerande direktør}
      - {party: molde, role: Ordførar}
"""
PLANS = "Godkjenne handlingsplanar og retningslinjer frå Faglige samarbeidsutval"
RESOURCES = "Sørge for at faglige samarbeidsutval (FSU) får tilført nødvendige ressursar og rammer"
MISSING_PLANS = "organisation.yaml:11:5: error SSU-DIALOGUE Strategisk samarbeidsutval lacks the point «approve the FSUs' action plans»"
MISSING_RESOURCES = (
    "organisation.yaml:11:5: error SSU-DIALOGUE Strategisk samarbeidsutval lacks the point «resources for the FSUs»"
)


def check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plans: str, resources: str, pack: str = ABOUT_PACK
) -> tuple[int, list[str]]:
    (tmp_path / "pack.yaml").write_text(pack, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORG % (plans, resources), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--lang", "en", "--quiet", "organisation.yaml")
    return result.code, [line for line in result.out.splitlines() if " error " in line] or [result.err.strip()]


@pytest.mark.parametrize(
    "plans",
    [
        PLANS,
        "Godkjenne handlingsplanar fra FSU",
        "Godkjenne handlingsplanar og retningslinjer for dei faglege samarbeidsutvala",
        "Godkjenne handlingsplanane til FSU",
        "Godkjenne FSU sine handlingsplanar",
        "Godkjenne handlingsplanar frå FSU og sende dei til partnarskapsmøtet",
    ],
)
def test_the_plans_of_the_fsus_however_linked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plans: str) -> None:
    assert check(tmp_path, monkeypatch, plans, RESOURCES) == (0, [""])


@pytest.mark.parametrize(
    "resources",
    [
        RESOURCES,
        "Sørge for at FSU-ane får ressursar",
        "Sikre at FSU har nødvendige ressursar",
        "Gi FSU ressursar og rammer",
        "Fordele ressursar til dei faglege samarbeidsutvala",
    ],
)
def test_resources_for_the_fsus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, resources: str) -> None:
    assert check(tmp_path, monkeypatch, PLANS, resources) == (0, [""])


@pytest.mark.parametrize(
    ("plans", "expected"),
    [
        ("Godkjenne handlingsplanar frå partnarskapsmøtet", MISSING_PLANS),
        ("Godkjenne handlingsplanar frå partnarskapsmøtet og sende dei til FSU", MISSING_PLANS),
        ("Motta rapportar frå FSU og godkjenne handlingsplanar", MISSING_PLANS),
        (
            "FSU godkjenner eigne handlingsplanar",
            "organisation.yaml:12:9: error SSU-DIALOGUE Strategisk samarbeidsutval gives another body the point "
            "«approve the FSUs' action plans» («FSU godkjenner eigne handlingsplanar»)",
        ),
    ],
)
def test_not_the_plans_of_the_fsus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plans: str, expected: str) -> None:
    assert check(tmp_path, monkeypatch, plans, RESOURCES) == (1, [expected])


@pytest.mark.parametrize(
    ("resources", "expected"),
    [
        ("Sørge for ressursar til partnarskapsmøtet", MISSING_RESOURCES),
        (
            "Dei faglege samarbeidsutvala skaffar sjølv ressursar og rammer",
            "organisation.yaml:13:9: error SSU-DIALOGUE Strategisk samarbeidsutval gives another body the point "
            "«resources for the FSUs» («Dei faglege samarbeidsutvala skaffar sjølv ressursar og rammer»)",
        ),
        (
            "Sørge for at FSU har utarbeidd ein ressursplan",
            "organisation.yaml:13:9: error SSU-DIALOGUE Strategisk samarbeidsutval gives another body the point "
            "«resources for the FSUs» («Sørge for at FSU har utarbeidd ein ressursplan»)",
        ),
    ],
)
def test_not_resources_for_the_fsus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, resources: str, expected: str
) -> None:
    assert check(tmp_path, monkeypatch, PLANS, resources) == (1, [expected])


@pytest.mark.parametrize(
    ("replace", "nb", "en"),
    [
        (
            ("            any_of: [ressurs]\n", ""),
            "pack.yaml:30:13: error: regel SSU-DIALOGUE: rules[0].check.options.items[1] trenger minst én av "
            "nøklene: wording, any_of, verb, duty",
            "pack.yaml:30:13: error: rule SSU-DIALOGUE: rules[0].check.options.items[1] needs at least one of the "
            "keys: wording, any_of, verb, duty",
        ),
        (
            ("            any_of: [ressurs]\n", "            duty: ressursar\n"),
            "pack.yaml:32:13: error: regel SSU-DIALOGUE: `about` sier hvem punktet handler om, men punktet har "
            "verken `wording`, `any_of` eller `verb`; forventet `about` ved siden av ett av dem",
            "pack.yaml:32:13: error: rule SSU-DIALOGUE: `about` says whom the point is about, but the point has no "
            "`wording`, `any_of` or `verb`; expected `about` beside one of them",
        ),
    ],
)
def test_about_without_a_reading_is_a_located_pack_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replace: tuple[str, str], nb: str, en: str
) -> None:
    pack = ABOUT_PACK.replace(*replace).replace(
        "rules:\n", "vocabulary:\n  duties:\n    - {id: ressursar, label: {nb: ressursar, en: resources}}\nrules:\n"
    )
    (tmp_path / "pack.yaml").write_text(pack, encoding="utf-8")
    (tmp_path / "organisation.yaml").write_text(ORG % (PLANS, RESOURCES), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for lang, expected in (("nb", nb), ("en", en)):
        result = run_cli("check", "--no-config", "--rules", "pack.yaml", "--lang", lang, "organisation.yaml")
        assert result.code == 2
        errors = [line for line in (result.out + result.err).splitlines() if line.startswith("pack.yaml:")]
        assert errors == [expected]
