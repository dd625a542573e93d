"""The language server's knowledge without the protocol (hf_rules.lsp.session): the packs of the
root's config, loaded once and again when a pack changes; buffers over files; look-ups."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hf_rules.lsp.session import Session, real
from tests.conftest import ROOT, SUNNAAS_OBSERVER, copy_oslo


def workspace(tmp_path: Path) -> tuple[Path, Path]:
    folder = copy_oslo(tmp_path / "oslo")
    pack = tmp_path / "oslo" / "packs" / "mine.yaml"
    pack.parent.mkdir()
    text = (ROOT / "rules" / "oslo.yaml").read_text(encoding="utf-8")
    pack.write_text(text.replace("  id: oslo\n", "  id: mine\n", 1), encoding="utf-8")
    (folder / ".hf-rules.yaml").write_text("rules: [packs/mine.yaml]\nlang: en\n", encoding="utf-8")
    return folder, pack


def test_the_configs_packs_are_loaded_once_and_again_when_a_pack_changes(tmp_path: Path) -> None:
    folder, pack = workspace(tmp_path)
    session = Session(str(folder), today=dt.date(2025, 6, 1))
    org = real(folder / "organisation.yaml")
    assert [p.metadata.id for p, _ in session.packs.packs] == ["national", "mine"] and session.lang == "en"
    session.buffers[org] = (folder / "organisation.yaml").read_text(encoding="utf-8").replace(SUNNAAS_OBSERVER, "")
    assert [p.code for p in session.check().problems[org]] == ["OSLO-SSU-OBSERVERS"]

    # the pack no longer asks for Sunnaas as an SSU observer
    sunnaas = "        parties: [sunnaas, pasient-og-brukerombudet]\n"
    pack.write_text(
        pack.read_text(encoding="utf-8").replace(sunnaas, "        parties: [pasient-og-brukerombudet]\n", 1),
        encoding="utf-8",
    )
    assert session.is_pack_file(str(pack))
    assert [p.code for p in session.check().problems[org]] == ["OSLO-SSU-OBSERVERS"]  # loaded once
    session.load_packs()  # what the server does when a pack file is saved or changes on disk
    assert session.check().problems[org] == []


def test_hover_names_an_obligation_and_the_files_of_a_check_are_read_once(tmp_path: Path) -> None:
    folder = copy_oslo(tmp_path / "oslo")
    session = Session(str(folder), lang="en")
    session.check()
    waivers = real(folder / "waivers.yaml")
    session.buffers[waivers] = "# see O14\n"
    hover = session.hover(waivers, 0, 7)
    assert hover is not None and hover.startswith("**O14** — ")
    session.check()
    read = dict(session._read)
    session.check()
    assert session._read == read and all(session._read[k] is v for k, v in read.items())  # nothing read again


def test_a_meetings_host_completes_party_ids_and_its_host_side_the_sides(tmp_path: Path) -> None:
    folder = copy_oslo(tmp_path / "oslo")
    session = Session(str(folder), lang="en")
    session.check()
    plan = real(folder / "meeting-plan-lsu-ous-2025.yaml")
    session.buffers[plan] = "meetings:\n  - {date: 2025-01-22, host: o\n  - {date: 2025-04-23, host_side: k\n"
    hosts = [label for label, _ in session.completions(plan, 1, len("  - {date: 2025-01-22, host: o"))]
    assert "ous" in hosts and "oslo-kommune" in hosts and "lsu-ous" not in hosts and "kommune" not in hosts
    sides = [label for label, _ in session.completions(plan, 2, len("  - {date: 2025-04-23, host_side: k"))]
    assert sides == ["kommune", "sykehus", "uavhengig"]


def test_a_seats_deputy_completes_nothing_and_its_party_and_a_chairs_deputy_the_party_ids(tmp_path: Path) -> None:
    folder = copy_oslo(tmp_path / "oslo")
    session = Session(str(folder), lang="en")
    session.check()
    org = real(folder / "organisation.yaml")
    session.buffers[org] = (
        "fora:\n  ssu:\n    members:\n      - {party: ous, deputy: K\n      - {party: ous, deputy: {party: o\n"
    )
    assert session.completions(org, 3, len("      - {party: ous, deputy: K")) == []
    parties = [label for label, _ in session.completions(org, 4, len("      - {party: ous, deputy: {party: o"))]
    assert "ous" in parties and "oslo-kommune" in parties
    plan = real(folder / "meeting-plan-lsu-ous-2025.yaml")
    session.buffers[plan] = "chairs:\n  - {from: 2025-01-01, to: 2025-12-31, party: ous, deputy: o\n"
    chairs = [
        label
        for label, _ in session.completions(
            plan, 1, len("  - {from: 2025-01-01, to: 2025-12-31, party: ous, deputy: o")
        )
    ]
    assert "oslo-kommune" in chairs


def test_a_mandate_entrys_duties_complete_the_packs_duties(tmp_path: Path) -> None:
    folder, pack = workspace(tmp_path)
    text = pack.read_text(encoding="utf-8")
    duties = "vocabulary:\n  duties:\n    - {id: foringer, label: {nb: gi føringer, en: give directions}}\nsources:\n"
    pack.write_text(text.replace("\nsources:\n", "\n" + duties, 1), encoding="utf-8")
    session = Session(str(folder), lang="en")
    session.check()
    org = real(folder / "organisation.yaml")
    session.buffers[org] = "fora:\n  ssu:\n    mandate:\n      - {text: Gi føringer, duties: [f\n"
    completed = [label for label, _ in session.completions(org, 3, len("      - {text: Gi føringer, duties: [f"))]
    assert completed == ["foringer"]
