"""A pack author's mistakes, end to end: each one a located line (exit 2) that names the rule by
its id, says what is wrong and what is expected, with "did you mean" where a near word exists,
in bokmål and in English (the second blind author's report, section 4). And the quote check of
``hf-rules test`` shows the pack line, the path as the user would type it, and the source's
nearest text with the words that differ."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run, edit
from tests.support import ROOT

FORDE = ROOT / "fixtures" / "communities" / "forde"


@pytest.fixture
def forde(tmp_path: Path) -> Path:
    """A copy of the Førde pack, its example and its tests in ``tmp_path`` (the working folder)."""
    for path in FORDE.iterdir():
        if path.is_file():
            shutil.copy(path, tmp_path / path.name)
    shutil.copytree(FORDE / "tests", tmp_path / "tests")
    return tmp_path


def _at(path: Path, text: str) -> tuple[int, int]:
    """The 1-based line and column where ``text`` first occurs in ``path``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number, line.index(text) + 1
    raise AssertionError(f"{text!r} not in {path}")


def _check(hf: Callable[..., Run], lang: str) -> Run:
    return hf("check", "--no-config", "--lang", lang, "--rules", "pack.yaml", "--as-of", "2024-06-01", ".")


TITLE = """    title:
      nb: Kommunene møter fortrinnsvis ved politisk ledelse
      en: The municipalities attend preferably through their political leadership
"""


def test_a_comma_in_a_flow_mapping_text_says_to_quote_the_text(hf: Callable[..., Run], forde: Path) -> None:
    pack = forde / "pack.yaml"
    edit(pack, TITLE, "    title: {nb: Kommunene møter, fortrinnsvis ved politisk ledelse, en: They attend}\n")
    line, column = _at(pack, "fortrinnsvis ved politisk ledelse, en:")
    for lang, expected in (
        (
            "nb",
            "regel FO-PM-POLITICAL: ukjent nøkkel 'fortrinnsvis ved politisk ledelse' i rules[3].title; "
            "forventet en av: en, nb. Står det et komma i teksten? I flytform ({nb: …, en: …}) avslutter "
            'et komma teksten: sett teksten i anførselstegn (nb: "A, B") eller skriv nb: og en: på hver sin linje',
        ),
        (
            "en",
            "rule FO-PM-POLITICAL: unknown key 'fortrinnsvis ved politisk ledelse' in rules[3].title; "
            "expected one of: en, nb. Is there a comma in the text? In flow style ({nb: …, en: …}) a comma "
            'ends the text: put the text in quotes (nb: "A, B") or write nb: and en: on lines of their own',
        ),
    ):
        run = _check(hf, lang)
        assert run.code == 2, run.both
        assert run.out.splitlines()[0] == f"pack.yaml:{line}:{column}: error: {expected}"


def test_a_comma_in_an_options_label_says_to_quote_the_text_too(hf: Callable[..., Run], forde: Path) -> None:
    """An option's ``label`` may also be dated, so the schema has two mappings to choose from: the
    message is still the text mapping's, not the validator's English."""
    pack = forde / "pack.yaml"
    edit(pack, "label: {nb: fra politisk ledelse, en:", "label: {nb: fra politisk ledelse, primært, en:")
    line, column = _at(pack, "primært, en:")
    run = _check(hf, "nb")
    assert run.code == 2, run.both
    assert run.out.splitlines()[0] == (
        f"pack.yaml:{line}:{column}: error: regel FO-PM-POLITICAL: ukjent nøkkel 'primært' i "
        "rules[3].check.options.label; forventet en av: en, nb. Står det et komma i teksten? I flytform "
        '({nb: …, en: …}) avslutter et komma teksten: sett teksten i anførselstegn (nb: "A, B") eller skriv '
        "nb: og en: på hver sin linje"
    )


def test_a_comma_in_a_flow_mapping_quote_says_to_quote_it(hf: Callable[..., Run], tmp_path: Path) -> None:
    """Round 33 Agder: «source: {document: x, quote: A, B}» read 'B' as a key; the message said
    only that the key was unknown (the author met it about thirty times). It now says what the
    text-mapping message says, for the value before it."""
    folder = tmp_path / "fjellmark"
    shutil.copytree(ROOT / "fixtures" / "communities" / "fjellmark", folder)
    pack = folder / "pack.yaml"
    old = 'quote: "Hver kommune deltar i minst ett områdeutvalg."}'
    edit(pack, old, "quote: Hver kommune deltar, i minst ett områdeutvalg.}")
    line, column = _at(pack, "i minst ett områdeutvalg.}")
    for lang, expected in (
        (
            "en",
            "unknown key 'i minst ett områdeutvalg.' in rules[1].source; expected one of: document, quote. Is "
            "there a comma in quote? In flow style ({…}) a comma ends the value: put it in quotes "
            '(quote: "A, B") or write the keys on lines of their own',
        ),
        (
            "nb",
            "ukjent nøkkel 'i minst ett områdeutvalg.' i rules[1].source; forventet en av: document, quote. "
            "Står det et komma i quote? I flytform ({…}) avslutter et komma verdien: sett den i anførselstegn "
            '(quote: "A, B") eller skriv nøklene på hver sin linje',
        ),
    ):
        run = hf("check", "--no-config", "--lang", lang, "--rules", str(pack), str(folder / "organisation.yaml"))
        assert run.code == 2, run.both
        assert f"pack.yaml:{line}:{column}: error: " in run.out.splitlines()[0], run.out
        assert run.out.splitlines()[0].endswith(expected), run.out


def test_an_unknown_key_that_is_not_a_text_continuation_gets_no_comma_hint(hf: Callable[..., Run], forde: Path) -> None:
    """A misspelt language key has a value: it is a misspelling, not a comma; its "did you mean"
    says the required key is missing, so that is not said again (round 31)."""
    pack = forde / "pack.yaml"
    edit(pack, TITLE, "    title: {nb: Kommunene møter, eng: They attend}\n")
    line, column = _at(pack, "eng:")
    run = _check(hf, "en")
    assert run.code == 2, run.both
    assert run.out.splitlines()[:2] == [
        f"pack.yaml:{line}:{column}: error: rule FO-PM-POLITICAL: unknown key 'eng' in rules[3].title "
        "(did you mean 'en'?); expected one of: en, nb",
        "",
    ]


@pytest.mark.parametrize(
    ("old", "new", "anchor", "nb", "en"),
    [
        (  # 4.3: an option the function does not take
            "options: {party_type: [kommune]}",
            "options: {party_type: [kommune], per_party: 1}",
            "per_party",
            "regel FO-PM-ONE-PER-MUNICIPALITY: ukjent nøkkel 'per_party' i rules[2].check.options; "
            "forventet en av: at_most_one, group, group_by, max, min, party_type, same_sector",
            "rule FO-PM-ONE-PER-MUNICIPALITY: unknown key 'per_party' in rules[2].check.options; "
            "expected one of: at_most_one, group, group_by, max, min, party_type, same_sector",
        ),
        (  # 4.8: a misspelt kind of subject
            "applies_to: {kind: organisation}",
            "applies_to: {kind: organisasjon}",
            "kind: organisasjon",
            "regel FO-EFFECTIVE-FROM: rules[0].applies_to.kind er 'organisasjon' (mente du 'organisation'?); "
            "forventet en av: organisation, party, forum, meeting_plan",
            "rule FO-EFFECTIVE-FROM: rules[0].applies_to.kind is 'organisasjon' (did you mean 'organisation'?); "
            "expected one of: organisation, party, forum, meeting_plan",
        ),
        (  # 4.7: a misspelt forum type
            "applies_to: {kind: forum, type: [partnerskapsmote]}",
            "applies_to: {kind: forum, type: [partnerskapsmte]}",
            "partnerskapsmte",
            "regel FO-PM-HOSPITAL: applies_to-typen 'partnerskapsmte' er ikke en forum-type "
            "(mente du 'partnerskapsmote'?); forventet en av: partnerskapsmote, ",
            "rule FO-PM-HOSPITAL: applies_to type 'partnerskapsmte' is not a forum type "
            "(did you mean 'partnerskapsmote'?); expected one of: partnerskapsmote, ",
        ),
        (  # 4.11: a misspelt placeholder
            "Strukturen gjelder fra {found}",
            "Strukturen gjelder fra {fund}",
            "Strukturen gjelder fra {fund}",
            "regel FO-EFFECTIVE-FROM: plassholderen {fund} fylles ikke av 'effective_from' (mente du 'found'?); "
            "forventet en av: field, found, not_after, not_before, subject, subject_name",
            "rule FO-EFFECTIVE-FROM: placeholder {fund} is not filled by 'effective_from' (did you mean 'found'?); "
            "expected one of: field, found, not_after, not_before, subject, subject_name",
        ),
    ],
    ids=["unknown-option", "applies-to-kind", "applies-to-type", "placeholder"],
)
def test_a_mistake_in_a_rule_names_the_rule_and_what_is_near(
    hf: Callable[..., Run], forde: Path, old: str, new: str, anchor: str, nb: str, en: str
) -> None:
    pack = forde / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    pack.write_text(text.replace(old, new, 1), encoding="utf-8")
    line, _ = _at(pack, anchor)
    for lang, expected in (("nb", nb), ("en", en)):
        run = _check(hf, lang)
        assert run.code == 2, run.both
        first = run.out.splitlines()[0]
        assert first.startswith(f"pack.yaml:{line}:"), first
        assert first.split(": error: ", 1)[1].startswith(expected), first


QUOTE = "vart etablert i desember 2021 og bygger på"


def test_a_quote_not_in_its_source_shows_the_nearest_text_and_the_difference(
    hf: Callable[..., Run], forde: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """4.12: the pack line, the path as seen from the working folder (``../pack.yaml`` from
    ``tests/``, ``pack.yaml`` from the pack's folder: never ``tests/../pack.yaml``), the nearest
    passage and the words that differ; exit 1."""
    pack = forde / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    pack.write_text(text.replace(QUOTE, "vart etablert i 2021 og byggjer på", 1), encoding="utf-8")  # FO1's
    line, column = _at(pack, "quote: Sogn og Fjordane helsefellesskap vart")
    column += len("quote: ")
    passage = (
        "Sogn og Fjordane helsefellesskap vart etablert i desember 2021 og bygger på den etablerte strukturen "
        "ein allereie hadde i regionen, med samarbeidsorgan som ein gjennom mange år har hatt mellom Helse "
        "Førde og kommunane i opptaksområdet."
    )
    run = hf("test", "--lang", "nb", "tests")
    assert run.code == 1, run.both
    assert run.out.splitlines()[:6] == [
        "FEILET sitatene i regelpakken «forde» står ordrett i kildene (35)",
        "  (pack.yaml)",
        f"  pack.yaml:{line}:{column}: forpliktelse FO1: sitatet står ikke ordrett i kilder.txt",
        f"    nærmeste tekst i kilder.txt: «{passage}»",
        "    sitatet mangler «desember»",
        "    sitatet har «byggjer», kilden «bygger»",
    ]
    monkeypatch.chdir(forde / "tests")
    run = hf("test", "--lang", "en", ".")
    assert run.code == 1, run.both
    assert run.out.splitlines()[:6] == [
        "FAIL the quotes of pack 'forde' are verbatim in their sources (35)",
        "  (../pack.yaml)",
        f"  ../pack.yaml:{line}:{column}: obligation FO1: the quote is not verbatim in kilder.txt",
        f"    nearest text in kilder.txt: '{passage}'",
        "    the quote leaves out 'desember'",
        "    the quote has 'byggjer', the source 'bygger'",
    ]


def test_a_quote_like_nothing_in_its_source_says_so(hf: Callable[..., Run], forde: Path) -> None:
    pack = forde / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    start = text.index("quote: Sogn og Fjordane helsefellesskap vart etablert")
    end = text.index("\n", start)
    pack.write_text(text[:start] + "quote: Zebraer danser tango under fullmånen hver tirsdag." + text[end:], "utf-8")
    run = hf("test", "--lang", "en", "tests")
    assert run.code == 1, run.both
    assert run.out.splitlines()[2:4] == [
        f"  pack.yaml:{_at(pack, 'Zebraer')[0]}:14: obligation FO1: the quote is not verbatim in kilder.txt",
        "    no text in kilder.txt resembles the quote",
    ]


def test_check_on_a_folder_with_pack_tests_says_why_it_passes_them_over(hf: Callable[..., Run], forde: Path) -> None:
    """4.13: the skipped lines are in the run's language."""
    for lang, pack_line, test_line in (
        (
            "nb",
            "  hoppet over       pack.yaml  RulePack forde (en regelpakke, ikke et dokument å kontrollere "
            "(gi den med --rules))",
            "  hoppet over       tests/forde.yaml  PackTest forde (en regelpakketest, ikke et dokument å "
            "kontrollere (kjør den med hf-rules test))",
        ),
        (
            "en",
            "  ignored           pack.yaml  RulePack forde (a rule pack, not a document to check (give it with --rules))",
            "  ignored           tests/forde.yaml  PackTest forde (a rule-pack test, not a document to check "
            "(run it with hf-rules test))",
        ),
    ):
        run = _check(hf, lang)
        assert run.code == 0, run.both
        lines = run.out.splitlines()
        assert pack_line in lines, run.out
        assert test_line in lines, run.out


def test_validate_without_the_pack_says_to_give_it(hf: Callable[..., Run], forde: Path) -> None:
    """A word of the community's pack (party type fylkeskommune) is unknown to ``validate``
    without ``--rules``: the message says how to give the pack (blind-author report, D15)."""
    line, column = _at(forde / "organisation.yaml", "type: fylkeskommune")
    column += len("type: ")
    for lang, expected in (
        (
            "nb",
            "parties.fylkeskommunen.type er 'fylkeskommune'; forventet en av: kommune, etat, bydel, helseforetak, "
            "sykehus, ombud, region (parttypene i regelpakkene; en pakke legger til sine egne under "
            "vocabulary.party_types: er ordet fra en pakke, gi pakken med --rules eller rules: i .hf-rules.yaml)",
        ),
        (
            "en",
            "parties.fylkeskommunen.type is 'fylkeskommune'; expected one of: kommune, etat, bydel, helseforetak, "
            "sykehus, ombud, region (the party types of the rule packs; a pack adds its own under "
            "vocabulary.party_types: if the word is a pack's, give that pack with --rules or rules: in .hf-rules.yaml)",
        ),
    ):
        run = hf("validate", "--no-config", "--lang", lang, "organisation.yaml")
        assert run.code == 2, run.both
        assert run.out.splitlines()[0] == f"organisation.yaml:{line}:{column}: error: {expected}"
    assert hf("validate", "--no-config", "--rules", "pack.yaml", "organisation.yaml").code == 0


def test_validate_reports_a_broken_pack_given_with_rules(hf: Callable[..., Run], forde: Path) -> None:
    """A pack the user names with ``--rules`` is not silently left out of ``validate``."""
    pack = forde / "pack.yaml"
    edit(
        pack,
        "applies_to: {kind: organisation}\n    check:\n      function: effective_from",
        "applies_to: {kind: organisasjon}\n    check:\n      function: effective_from",
    )
    line, column = _at(pack, "kind: organisasjon")
    column += len("kind: ")
    run = hf("validate", "--no-config", "--lang", "en", "--rules", "pack.yaml", "organisation.yaml")
    assert run.code == 2, run.both
    assert run.out.splitlines()[0] == (
        f"pack.yaml:{line}:{column}: error: rule FO-EFFECTIVE-FROM: rules[0].applies_to.kind is 'organisasjon' "
        "(did you mean 'organisation'?); expected one of: organisation, party, forum, meeting_plan"
    )


def test_a_misspelt_source_or_obligation_gets_did_you_mean(hf: Callable[..., Run], forde: Path) -> None:
    pack = forde / "pack.yaml"
    text = pack.read_text(encoding="utf-8")
    text = text.replace("document: forde-brukarutvalet", "document: forde-brukarutvallet", 1)
    text = text.replace("obligations: [FO17]", "obligations: [FO71]", 1)
    pack.write_text(text, encoding="utf-8")
    run = _check(hf, "en")
    assert run.code == 2, run.both
    errors = [line.split(": error: ", 1)[1] for line in run.out.splitlines() if ": error: " in line]
    assert any(
        e.startswith(
            "source document 'forde-brukarutvallet' is not declared under 'sources' (did you mean "
            "'forde-brukarutvalet'?); expected one of: "
        )
        for e in errors
    ), errors
    assert any(
        "obligation 'FO71' is not in the catalogue of this pack or the packs it extends (did you mean" in e
        for e in errors
    ), errors


def test_a_bracket_in_a_flow_mapping_text_says_to_quote_the_text(hf: Callable[..., Run], forde: Path) -> None:
    """«[navn]» (a person's name left out) inside ``{document: …, quote: …}`` opens a flow list:
    the YAML error says what to do, as a comma in a text does."""
    pack = forde / "pack.yaml"
    edit(pack, TITLE, "    title: {nb: Nestleiar LSU — [navn], en: Deputy leader}\n")
    line, column = _at(pack, "[navn]")
    for lang, expected in (
        (
            "nb",
            "ugyldig YAML: forventet ',' eller '}', men fikk '[' (i en mapping i {}-form som begynte på linje "
            f"{line}, kolonne 12); står det [ eller {{ inne i en tekst (en plassholder som [navn])? I flytform "
            '({…} eller […]) må en slik tekst stå i anførselstegn: quote: "… [navn] …"',
        ),
        (
            "en",
            "invalid YAML: expected ',' or '}', but got '[' (while parsing a flow mapping started at line "
            f"{line}, column 12); is there a [ or {{ inside a text (a placeholder such as [navn])? In flow "
            'style ({…} or […]) such a text must be quoted: quote: "… [navn] …"',
        ),
    ):
        run = _check(hf, lang)
        assert run.code == 2, run.both
        assert run.out.splitlines()[0] == f"pack.yaml:{line}:{column}: error: {expected}"


def test_a_list_where_a_text_is_wanted_in_the_list_form_of_not_is_located(
    hf: Callable[..., Run], forde: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``not: [{in_area: [ardal]}]``: `in_area` is true or false; the list form of `not` was let
    through (and then matched no seat), where the mapping form and `where` refuse it. (A list under
    `party` is a list of ids, and valid.)"""
    monkeypatch.setenv("HF_RULES_CACHE_DIR", "")
    pack = forde / "pack.yaml"
    edit(pack, "where: {party_type: [kommune]}\n", "where: {party_type: [kommune], not: [{in_area: [ardal]}]}\n")
    line, column = _at(pack, "[ardal]")
    run = _check(hf, "en")
    assert run.code == 2, run.both
    assert run.out.splitlines()[:2] == [
        f"pack.yaml:{line}:{column - 11}: error: rule FO-PM-POLITICAL: rules[3].check.options.where.not must have "
        "at least 2 entries",
        f"pack.yaml:{line}:{column}: error: rule FO-PM-POLITICAL: rules[3].check.options.where.not[0].in_area "
        "must be true or false, got a list (['ardal'])",
    ]
