"""``hf-rules diff``: what a proposal changes, by meaning, and the findings it resolves and
introduces; from two folders or from a git revision."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from hf_rules import __version__
from tests.conftest import AS_OF, SCHEMAS, SUNNAAS_OBSERVER, copy_oslo, edit

SSU_EMPLOYEE = "      - {represents: ansatt, role: Ansatterepresentant, person: Ola Vik}\n"
NEW_FORUM = """
  samarbeidsforum-rehabilitering-ous:
    name: Samarbeidsforum rehabilitering (OUS-sektor)
    type: samarbeidsforum
    sector: ous
    topic: rehabilitering
    gives_input_to: [lsu-ous]
    user_participation: Brukerrepresentant fra OUS brukerutvalg deltar
    mandate:
      - Bidra til å fremme samhandling og sikre hensiktsmessig samarbeid mellom sykehuset, bydelene og etatene
      - Bidra til at gjensidige samhandlingsutfordringer blir løst
      - Nedsette arbeidsgrupper for å løse felles faglige utfordringer der det er formålstjenlig
      - Sikre brukermedvirkning i alle deler av samhandlingen
    members:
      - {party: ous, role: Klinikkleder, level: leder}
      - {party: bydel-nordstrand, role: Helse- og omsorgssjef, level: leder}
"""


def make_proposal(folder: Path) -> Path:
    """The Oslo example with Sunnaas moved from the SSU's observers to its members, and a forum added."""
    copy_oslo(folder)
    org = folder / "organisation.yaml"
    edit(org, SUNNAAS_OBSERVER, "")
    edit(org, SSU_EMPLOYEE, SSU_EMPLOYEE + SUNNAAS_OBSERVER)
    org.write_text(org.read_text(encoding="utf-8") + NEW_FORUM, encoding="utf-8")
    return folder


def line_of(path: Path, text: str) -> int:
    return path.read_text(encoding="utf-8").splitlines().index(text) + 1


@pytest.fixture
def proposal(oslo: Path) -> Path:
    return make_proposal(oslo.parent / "proposal")


def test_a_moved_seat_and_an_added_forum_are_listed_with_the_findings_they_introduce(oslo, proposal, hf):
    run = hf("diff", "oslo", "proposal", "--lang", "en")

    org = proposal / "organisation.yaml"
    seat = line_of(org, SUNNAAS_OBSERVER.rstrip("\n"))
    observers = line_of(org, "    observers:")
    forum = line_of(org, "  samarbeidsforum-rehabilitering-ous:")
    assert run.code == 1, run.both
    assert run.out == (
        "Changes from the current structure: oslo → proposal\n"
        f"hf-rules {__version__} · rule packs: national@2.5.0, oslo@2.0.1 · as of 2025-01-01\n"
        "\n"
        "Structural changes:\n"
        f"  proposal/organisation.yaml:{seat}: seat moved: strategisk-samarbeidsutvalg: sunnaas from observers to members\n"
        f"  proposal/organisation.yaml:{forum}: forum added: samarbeidsforum-rehabilitering-ous "
        "(Samarbeidsforum rehabilitering (OUS-sektor))\n"
        "\n"
        "Compliance:\n"
        f"  introduced: proposal/organisation.yaml:{seat}:9: error OSLO-SSU-OBSERVERS Sunnaas sykehus HF holds a member "
        "seat but is to be an observer only in Strategisk samarbeidsutvalg\n"
        f"  introduced: proposal/organisation.yaml:{observers}:5: error OSLO-SSU-OBSERVERS Sunnaas sykehus HF is not an "
        "observer in Strategisk samarbeidsutvalg\n"
        "  2 introduced, 0 resolved, 0 unchanged\n"
        "\n"
        "Verdict: COMPLIANT → NOT COMPLIANT\n"
    )


def test_the_reverse_resolves_what_the_proposal_introduced_and_exits_0(oslo, proposal, hf):
    run = hf("diff", "proposal", "oslo", "--lang", "en")

    seat = line_of(oslo / "organisation.yaml", SUNNAAS_OBSERVER.rstrip("\n"))
    assert run.code == 0, run.both
    assert (
        f"  oslo/organisation.yaml:{seat}: seat moved: strategisk-samarbeidsutvalg: sunnaas from members to observers\n"
        in run.out
    )
    assert "forum removed: samarbeidsforum-rehabilitering-ous (Samarbeidsforum rehabilitering (OUS-sektor))" in run.out
    assert run.out.count("  resolved: proposal/organisation.yaml:") == 2
    assert "  0 introduced, 2 resolved, 0 unchanged\n" in run.out
    assert run.out.endswith("Verdict: NOT COMPLIANT → COMPLIANT\n")


def test_fail_on_new_fails_only_on_findings_the_proposal_introduces(oslo, proposal, hf):
    # OLD already lacks the Sunnaas observer: the proposal keeps that finding and adds none.
    edit(oslo / "organisation.yaml", SUNNAAS_OBSERVER, "")
    edit(proposal / "organisation.yaml", SUNNAAS_OBSERVER, "")

    kept = hf("diff", "oslo", "proposal", "--fail-on-new", "--lang", "en")
    plain = hf("diff", "oslo", "proposal", "--lang", "en")

    assert "  0 introduced, 0 resolved, 1 unchanged\n" in kept.out
    assert (kept.code, plain.code) == (0, 1)
    # the proposal now also seats Sunnaas as a member: a finding it introduces fails even so
    edit(proposal / "organisation.yaml", SSU_EMPLOYEE, SSU_EMPLOYEE + SUNNAAS_OBSERVER)
    introduced = hf("diff", "oslo", "proposal", "--fail-on-new", "--lang", "en")
    assert introduced.code == 1 and "  1 introduced, 0 resolved, 1 unchanged\n" in introduced.out
    assert hf("diff", "oslo", "proposal", "--fail-on-new", "--fail-on", "never").code == 0


def test_holders_deputies_rotation_frequency_relations_and_renames_are_changes_by_meaning(oslo, hf):
    new = copy_oslo(oslo.parent / "new")
    org = new / "organisation.yaml"
    edit(org, "person: Nora Lie, deputy: Jonas Bakke", "person: Kari Nordmann, deputy: Ola Nordmann")
    edit(org, "    name: Lokalt samarbeidsutvalg Ahus\n", "    name: Lokalt samarbeidsutvalg Akershus\n")
    edit(org, "    chair_rotation: [oslo-kommune, ahus]\n", "    chair_rotation: [ahus, oslo-kommune]\n")
    edit(
        org,
        "    meetings_per_year: 4\n    chair_rotation: [oslo-kommune, lovisenberg]\n",
        "    meetings_per_year: 6\n    chair_rotation: [oslo-kommune, lovisenberg]\n",
    )
    edit(
        org,
        "    gives_input_to: [strategisk-samarbeidsutvalg, partnerskapsmote]\n",
        "    gives_input_to: [strategisk-samarbeidsutvalg]\n",
    )

    run = hf("diff", "oslo", "new", "--lang", "en", "--format", "json")

    changes = [
        (c["kind"], c["forum"], c["seat"], c["field"], c["before"], c["after"]) for c in json.loads(run.out)["changes"]
    ]
    assert changes == [
        ("holder-changed", "strategisk-samarbeidsutvalg", "represents:fastlege", "person", "Nora Lie", "Kari Nordmann"),
        (
            "deputy-changed",
            "strategisk-samarbeidsutvalg",
            "represents:fastlege",
            "deputy",
            "Jonas Bakke",
            "Ola Nordmann",
        ),
        ("relation-removed", "lsu-ous", None, "gives_input_to", "partnerskapsmote", None),
        ("forum-renamed", "lsu-ahus", None, "name", "Lokalt samarbeidsutvalg Ahus", "Lokalt samarbeidsutvalg Akershus"),
        (
            "chair-rotation-changed",
            "lsu-ahus",
            None,
            "chair_rotation",
            ["oslo-kommune", "ahus"],
            ["ahus", "oslo-kommune"],
        ),
        ("meeting-frequency-changed", "lsu-lovisenberg", None, "meetings_per_year", 4, 6),
    ]


def test_chair_periods_of_a_plan_are_compared(oslo, hf):
    new = copy_oslo(oslo.parent / "new")
    plan = new / "meeting-plan-ssu-2025-2026.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "party: oslo-kommune" in text
    plan.write_text(text.replace("party: oslo-kommune", "party: ous", 1), encoding="utf-8")

    run = hf("diff", "oslo", "new", "--lang", "en", "--format", "json")

    (change,) = json.loads(run.out)["changes"]
    assert change["kind"] == "chair-periods-changed" and change["plan"] == "ssu-2025-2026"
    assert change["file"] == "new/meeting-plan-ssu-2025-2026.yaml"
    assert [b != a for b, a in zip(change["before"], change["after"], strict=True)].count(True) == 1


def test_json_follows_the_published_schema_and_markdown_has_the_section(oslo, proposal, hf):
    run = hf("diff", "oslo", "proposal", "--format", "json")
    document = json.loads(run.out)
    schema = json.loads((SCHEMAS / "diff.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(document)
    assert [c["kind"] for c in document["changes"]] == ["seat-moved", "forum-added"]
    assert [f["rule"] for f in document["introduced"]] == ["OSLO-SSU-OBSERVERS", "OSLO-SSU-OBSERVERS"]
    assert (document["old"]["verdict"], document["new"]["verdict"], document["exit_code"]) == (
        "compliant",
        "non-compliant",
        1,
    )

    markdown = hf("diff", "oslo", "proposal", "--format", "markdown")
    assert markdown.out.startswith("# Endringer fra gjeldende struktur\n")
    assert (
        "| plass flyttet: strategisk\\-samarbeidsutvalg: sunnaas fra observatører til medlemmer |" not in markdown.out
    )
    assert "| plass flyttet: strategisk-samarbeidsutvalg: sunnaas fra observatører til medlemmer | " in markdown.out
    assert "**Resultat før → etter:** I SAMSVAR → IKKE I SAMSVAR" in markdown.out


def test_usage_errors_exit_2_with_one_line(oslo, hf):
    one = hf("diff", "oslo")
    assert one.code == 2 and one.err == (
        "hf-rules: error: diff tar to stier, GAMMEL og NY (fikk 1); eller --git REV og stiene som skal sammenlignes\n"
    )
    broken = copy_oslo(oslo.parent / "broken")
    edit(broken / "organisation.yaml", "    name: Lokalt samarbeidsutvalg Ahus\n", "    name: [\n")
    run = hf("diff", "oslo", "broken")
    assert run.code == 2
    assert "broken/organisation.yaml:" in run.out and "Traceback" not in run.both


def git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t.invalid", *args],
        cwd=folder,
        check=True,
        capture_output=True,
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_git_reads_old_at_a_revision_without_checking_out(oslo, hf, tmp_path):
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "oslo")
    git(tmp_path, "commit", "-q", "-m", "approved")
    make_proposal(tmp_path / "proposal")
    shutil.rmtree(oslo)
    shutil.copytree(tmp_path / "proposal", oslo)
    before = (oslo / "organisation.yaml").read_bytes()

    run = hf("diff", "--git", "HEAD", "oslo", "--lang", "en", "--format", "json")

    document = json.loads(run.out)
    assert run.code == 1, run.both
    assert document["old"]["paths"] == ["HEAD:oslo"]
    assert [c["kind"] for c in document["changes"]] == ["seat-moved", "forum-added"]
    assert len(document["introduced"]) == 2 and document["old"]["verdict"] == "compliant"
    assert (oslo / "organisation.yaml").read_bytes() == before  # nothing checked out


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_bad_revision_or_no_repository_exits_2_with_one_line(oslo, hf, tmp_path):
    outside = hf("diff", "--git", "HEAD", "oslo")
    assert outside.code == 2 and outside.err.startswith("hf-rules: error: --git: oslo er ikke i et git-repo")
    assert outside.err.count("\n") == 1
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "oslo")
    git(tmp_path, "commit", "-q", "-m", "approved")
    bad = hf("diff", "--git", "no-such-branch", "oslo")
    assert bad.code == 2 and bad.err == (
        "hf-rules: error: --git: 'no-such-branch' er ikke en revisjon i repoet i oslo; "
        "forventet en commit, en gren eller en tagg\n"
    )
    option = hf("diff", "--git", "--upload-pack=x", "oslo")
    assert option.code == 2 and option.err.count("\n") == 1


def test_as_of_is_the_date_of_both_sides(oslo, proposal, hf):
    run = hf("diff", "oslo", "proposal", "--as-of", AS_OF, "--format", "json")
    assert json.loads(run.out)["as_of"] == AS_OF


def test_audit_compare_adds_the_section_and_marks_added_and_removed_fora(oslo, proposal, hf):
    markdown = hf("audit", "proposal", "--compare", "oslo", "--format", "markdown", "--lang", "en")
    assert markdown.code == 1, markdown.both
    section = markdown.out[
        markdown.out.index("## Changes from the current structure") : markdown.out.index("## Findings")
    ]
    assert "**Verdict before → after:** COMPLIANT → NOT COMPLIANT" in section
    assert "| seat moved: strategisk-samarbeidsutvalg: sunnaas from observers to members |" in section
    assert "- **2 introduced**" in section and "- **0 resolved**" in section
    assert "  class f9 added;" in markdown.out  # the new forum, last of the ten

    reverse = hf("audit", "oslo", "--compare", "proposal", "-o", "report.html", "--lang", "en")
    html = Path("report.html").read_text(encoding="utf-8")
    assert reverse.code == 0, reverse.both
    assert '<section id="changes">' in html and "forum removed: samarbeidsforum-rehabilitering-ous" in html
    assert html.count('class="node node-removed"') == 1
    assert 'data-forum="samarbeidsforum-rehabilitering-ous"' in html

    plain = hf("audit", "oslo", "--format", "markdown")
    assert "Endringer fra gjeldende struktur" not in plain.out and "classDef added" not in plain.out


def test_audit_compare_with_an_unreadable_old_side_exits_2_with_one_line(oslo, hf):
    run = hf("audit", "oslo", "--compare", "missing", "--format", "markdown", "--lang", "en")
    assert run.code == 2 and run.out == ""
    assert run.err == (
        "hf-rules: error: --compare missing: the approved structure cannot be read: missing:1:1: error: "
        "no such file or folder\n"
    )


def test_a_member_losing_its_vote_is_a_seat_change(oslo, hf):
    new = copy_oslo(oslo.parent / "new")
    member = "{party: sykehjemsetaten, role: Etatsdirektør, level: direktor}"
    edit(new / "organisation.yaml", member, member[:-1] + ", voting: false}")

    run = hf("diff", "oslo", "new", "--lang", "en", "--format", "json")

    changes = [
        (c["kind"], c["forum"], c["seat"], c["field"], c["before"], c["after"]) for c in json.loads(run.out)["changes"]
    ]
    assert changes == [("seat-changed", "strategisk-samarbeidsutvalg", "sykehjemsetaten", "voting", None, False)]


def test_a_meeting_frequency_change_says_meeting_or_meetings_by_the_new_count():
    from hf_rules.formatters.diff import describe
    from hf_rules.report.diff import Change

    def said(after: int | str, lang: str) -> str:
        change = Change.model_construct(
            kind="meeting-frequency-changed",
            forum="ssu",
            party=None,
            plan=None,
            seat=None,
            field="meetings_per_year",
            before=4,
            after=after,
        )
        return describe(change, lang)

    assert said(1, "nb") == "møtehyppighet endret: ssu: 4 → 1 møte i året"
    assert said(6, "nb") == "møtehyppighet endret: ssu: 4 → 6 møter i året"
    assert said(1, "en") == "meeting frequency changed: ssu: 4 → 1 meeting a year"
    assert said(6, "en") == "meeting frequency changed: ssu: 4 → 6 meetings a year"
    # a range («møtest 5–6 gonger i året»), as the comparison gives it: by its most
    assert said("5–6", "nb") == "møtehyppighet endret: ssu: 4 → 5–6 møter i året"
    assert said("0–1", "en") == "meeting frequency changed: ssu: 4 → 0–1 meeting a year"


def test_meetings_of_a_plan_are_compared(oslo, hf):
    """A proposal that moves a meeting says so, as it does for chair periods."""
    new = copy_oslo(oslo.parent / "new")
    plan = new / "meeting-plan-ssu-2025-2026.yaml"
    text = plan.read_text(encoding="utf-8")
    assert text.count("{date: 2025-02-12, topic: Årsplan og oppdrag fra partnerskapsmøtet}") == 1
    plan.write_text(text.replace("date: 2025-02-12", "date: 2025-02-19"), encoding="utf-8")

    run = hf("diff", "oslo", "new", "--lang", "en", "--format", "json")

    assert run.code == 0
    (change,) = json.loads(run.out)["changes"]
    assert (change["kind"], change["plan"], change["field"], change["file"], change["line"]) == (
        "meetings-changed",
        "ssu-2025-2026",
        "meetings",
        "new/meeting-plan-ssu-2025-2026.yaml",
        11,  # the plan's `meetings:`
    )
    assert [(b, a) for b, a in zip(change["before"], change["after"], strict=True) if b != a] == [
        (
            "2025-02-12 «Årsplan og oppdrag fra partnerskapsmøtet»",
            "2025-02-19 «Årsplan og oppdrag fra partnerskapsmøtet»",
        )
    ]
    shown = hf("diff", "oslo", "new", "--lang", "nb")
    assert "møter endret: ssu-2025-2026" in shown.out


def test_a_meetings_time_of_day_is_compared(oslo, hf):
    """A time given, and then moved, is a change of the plan's meetings, shown with the date."""
    timed = copy_oslo(oslo.parent / "timed")
    plan = timed / "meeting-plan-ssu-2025-2026.yaml"
    edit(plan, "{date: 2025-02-12,", "{date: 2025-02-12, start: 10:00, end: 12:00,")
    moved = copy_oslo(oslo.parent / "moved")
    edit(moved / "meeting-plan-ssu-2025-2026.yaml", "{date: 2025-02-12,", "{date: 2025-02-12, start: 08:00,")

    for old, new, before, after in (
        ("oslo", "timed", "2025-02-12 «Årsplan og oppdrag fra partnerskapsmøtet»", "2025-02-12 10:00–12:00 «"),
        ("timed", "moved", "2025-02-12 10:00–12:00 «", "2025-02-12 08:00 «"),
    ):
        run = hf("diff", old, new, "--lang", "en", "--format", "json")
        assert run.code == 0
        (change,) = json.loads(run.out)["changes"]
        assert (change["kind"], change["line"]) == ("meetings-changed", 11)
        (pair,) = [(b, a) for b, a in zip(change["before"], change["after"], strict=True) if b != a]
        assert pair[0].startswith(before) and pair[1].startswith(after), pair
    same = copy_oslo(oslo.parent / "same")
    edit(same / "meeting-plan-ssu-2025-2026.yaml", "{date: 2025-02-12,", "{date: 2025-02-12, start: 10:00, end: 12:00,")
    assert json.loads(hf("diff", "timed", "same", "--format", "json").out)["changes"] == []


def test_a_deputy_written_as_a_mapping_is_compared_by_meaning(oslo, hf):
    same = copy_oslo(oslo.parent / "same")
    edit(same / "organisation.yaml", "deputy: Jonas Bakke", "deputy: {person: Jonas Bakke}")
    run = hf("diff", "oslo", "same", "--lang", "en", "--format", "json")
    assert json.loads(run.out)["changes"] == []

    sided = copy_oslo(oslo.parent / "sided")
    edit(sided / "organisation.yaml", "deputy: Jonas Bakke", "deputy: {person: Jonas Bakke, side: kommune}")
    run = hf("diff", "oslo", "sided", "--lang", "en", "--format", "json")
    changes = [(c["kind"], c["seat"], c["before"], c["after"]) for c in json.loads(run.out)["changes"]]
    assert changes == [("deputy-changed", "represents:fastlege", "Jonas Bakke", "Jonas Bakke (kommune)")]


def test_a_chair_periods_person_and_term_from_and_the_organisations_dates_are_compared(oslo, hf):
    new = copy_oslo(oslo.parent / "new")
    plan = new / "meeting-plan-ssu-2025-2026.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("party: oslo-kommune", "party: oslo-kommune, term_from: 2024-01-01", 1), "utf-8")
    organisation = new / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8")
    organisation.write_text(text.replace("effective_from: 2025-01-01", "effective_from: 2025-03-01", 1), "utf-8")

    run = hf("diff", "oslo", "new", "--lang", "en", "--format", "json")

    changes = json.loads(run.out)["changes"]
    assert [
        (c["kind"], c["field"], c["before"], c["after"]) for c in changes if c["kind"] == "organisation-changed"
    ] == [("organisation-changed", "effective_from", "2025-01-01", "2025-03-01")]
    (chairs,) = [c for c in changes if c["kind"] == "chair-periods-changed"]
    changed = [a for b, a in zip(chairs["before"], chairs["after"], strict=True) if b != a]
    assert len(changed) == 1 and changed[0].endswith(" term_from=2024-01-01")


def test_a_chair_periods_term_to_is_compared(oslo, hf):
    new = copy_oslo(oslo.parent / "new")
    edit(
        new / "meeting-plan-ssu-2025-2026.yaml",
        "{from: 2025-01-01, to: 2025-12-31, party: oslo-kommune}",
        "{from: 2025-01-01, to: 2025-12-31, party: oslo-kommune, term_to: 2026-12-31}",
    )

    run = hf("diff", "oslo", "new", "--lang", "en", "--format", "json")

    (chairs,) = [c for c in json.loads(run.out)["changes"] if c["kind"] == "chair-periods-changed"]
    changed = [a for b, a in zip(chairs["before"], chairs["after"], strict=True) if b != a]
    assert changed == ["2025-01-01–2025-12-31 oslo-kommune term_to=2026-12-31"]
