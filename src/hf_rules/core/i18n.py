"""The tool's own words in bokmål and English. Rule texts come from the rule packs."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORDS: dict[str, tuple[str, str, str, str]] = {
    # key: (nb singular, nb plural, en singular, en plural)
    "error": ("feil", "feil", "error", "errors"),
    "warning": ("advarsel", "advarsler", "warning", "warnings"),
    "info": ("info", "info", "info", "info"),
    "file": ("fil", "filer", "file", "files"),
    "rule": ("regel", "regler", "rule", "rules"),
    "input-problem": ("inndatafeil", "inndatafeil", "input problem", "input problems"),
    "source": ("kilde", "kilde", "source", "source"),
    "fix": ("tiltak", "tiltak", "fix", "fix"),
    "packs": ("regelpakker", "regelpakker", "rule packs", "rule packs"),
    "as-of": ("vurdert per", "vurdert per", "as of", "as of"),
    "today": ("i dag", "", "today", ""),
    # why an organisation is evaluated as of its date (report: structure.organisations[].as_of_reason)
    "as-of-reason-as-of": ("--as-of", "", "--as-of", ""),
    "as-of-reason-effective-from": ("effective_from", "", "effective_from", ""),
    "as-of-reason-today": ("i dag", "", "today", ""),
    "verdict": ("Resultat", "Resultat", "Verdict", "Verdict"),
    "verdict-compliant": ("I SAMSVAR", "I SAMSVAR", "COMPLIANT", "COMPLIANT"),
    "verdict-non-compliant": ("IKKE I SAMSVAR", "IKKE I SAMSVAR", "NOT COMPLIANT", "NOT COMPLIANT"),
    "verdict-invalid-input": ("UGYLDIG INNDATA", "UGYLDIG INNDATA", "INVALID INPUT", "INVALID INPUT"),
    "status-compliant": ("ok", "ok", "ok", "ok"),
    "status-invalid": ("ugyldig", "ugyldig", "invalid", "invalid"),
    "status-not-checked": ("ikke kontrollert", "ikke kontrollert", "not checked", "not checked"),
    "status-ignored": ("hoppet over", "hoppet over", "ignored", "ignored"),
    "waiver": ("unntak", "unntak", "waiver", "waivers"),
    "waived": ("med unntak", "med unntak", "waived", "waived"),
    "baselined": ("i baseline", "i baseline", "in the baseline", "in the baseline"),
    "approved-by": ("godkjent av", "", "approved by", ""),
    "until": ("til og med", "", "until", ""),
    "obligation": ("forpliktelse", "forpliktelser", "obligation", "obligations"),
    "not-checkable": ("kan ikke kontrolleres maskinelt", "", "not machine-checkable", ""),
    "not-covered": ("IKKE DEKKET", "", "NOT COVERED", ""),
    "interpretation": ("tolkning", "", "interpretation", ""),
    "checks": ("kontroll", "", "check", ""),
    "applies-to": ("gjelder", "", "applies to", ""),
    "obligations": ("forpliktelser", "", "obligations", ""),
    "severity": ("alvorlighet", "", "severity", ""),
    "disabled": ("slått av", "", "disabled", ""),
    "replaced": ("erstattet", "", "replaced", ""),
    "retired": ("tatt ut", "", "retired", ""),
    "reading": ("lesning", "", "reading", ""),
    "reading-requires": ("krever", "", "requires", ""),
    "reading-describes": ("beskriver", "", "describes", ""),
    "reading-recommends": ("anbefaler", "", "recommends", ""),
    "reading-good-practice": ("god praksis", "", "good practice", ""),
    "reading-unstated": ("ikke oppgitt", "", "not stated", ""),
    "left-to-people": ("overlatt til mennesker", "", "left to people", ""),
    "valid": ("gyldig", "", "valid", ""),
    # check functions' words ({placeholders} are filled from the phrase's arguments)
    "count-exactly": ("nøyaktig {n}", "", "exactly {n}", ""),
    "count-between": ("mellom {min} og {max}", "", "between {min} and {max}", ""),
    "count-at-most": ("høyst {n}", "", "at most {n}", ""),
    "count-at-least": ("minst {n}", "", "at least {n}", ""),
    "chair-outside-rotation": ("hører ikke til noen i rotasjonen", "", "is not one of those in the rotation", ""),
    "chair-no-member-seat": ("har ingen medlemsplass i forumet", "", "holds no member seat in the forum", ""),
    "chair-repeats": (
        "leder igjen for «{slot}», som i forrige periode",
        "",
        "chairs again for '{slot}', as in the previous period",
        "",
    ),
    "period-overlap": ("overlapper forrige periode", "", "overlaps the previous period", ""),
    "period-gap": (
        "begynner ikke dagen etter at forrige periode slutter (opphold)",
        "",
        "does not start the day after the previous period ends (gap)",
        "",
    ),
    "deputy-chair-missing": ("mangler nestleder", "", "has no deputy chair", ""),
    "deputy-chair-same-side": (
        "leder og nestleder er fra samme side",
        "",
        "chair and deputy chair are from the same side",
        "",
    ),
    "observer-missing": ("er ikke observatør", "", "is not an observer", ""),
    "observer-is-member": (
        "har medlemsplass, men skal bare være observatør",
        "",
        "holds a member seat but is to be an observer only",
        "",
    ),
    "observer-speaking-required": (
        "mangler talerett som observatør",
        "",
        "lacks speaking rights as observer",
        "",
    ),
    "observer-speaking-forbidden": (
        "skal ikke ha talerett som observatør",
        "",
        "is not to have speaking rights as observer",
        "",
    ),
    "observer-proposal-required": (
        "mangler forslagsrett som observatør",
        "",
        "lacks proposal rights as observer",
        "",
    ),
    "observer-proposal-forbidden": (
        "skal ikke ha forslagsrett som observatør",
        "",
        "is not to have proposal rights as observer",
        "",
    ),
    "chair-wrong-side": ("lederen er ikke fra {sides}", "", "the chair is not from {sides}", ""),
    "chair-wrong-role": ("lederen har ikke rollen {roles}", "", "the chair does not hold the role {roles}", ""),
    "chair-no-swap": (
        "leder og nestleder bytter ikke plass midt i valgperioden",
        "",
        "chair and deputy chair do not swap at mid-term",
        "",
    ),
    "chair-not-aligned": (
        "følger ikke valgperiodene på {years} år som begynner {start}",
        "",
        "does not follow the {years}-year terms that begin on {start}",
        "",
    ),
    "chair-same-side-as": (
        "lederen er fra samme side som lederen av {forum} i samme tid",
        "",
        "the chair is from the same side as the chair of {forum} at the same time",
        "",
    ),
    "chair-co-chair-missing": ("mangler medleder", "", "has no co-chair", ""),
    "chair-co-chair-forbidden": (
        "har medleder, men skal ha én leder",
        "",
        "has a co-chair but is to have one chair",
        "",
    ),
    "cross-no-representative": (
        "har ingen plass som svarer til den som skal representere forumet",
        "",
        "has no seat of the one who is to represent the forum",
        "",
    ),
    "cross-absent": ("er ikke representert i {target}", "", "is not represented in {target}", ""),
    "cross-must": (
        "er representert i {target}, men plassen der oppfyller ikke kravet",
        "",
        "is represented in {target}, but the seat there does not meet the requirement",
        "",
    ),
    "cross-too-few": (
        "har færre enn {n} av sine representanter i {target}",
        "",
        "has fewer than {n} of its representatives in {target}",
        "",
    ),
    "cross-deputy": (
        "har ikke sin nestleder som vara for plassen i {target}",
        "",
        "does not have its deputy as the deputy of the seat in {target}",
        "",
    ),
    "sub-committee-missing": (
        "er ikke oppført som underutvalg (sub_committee_of)",
        "",
        "is not recorded as a sub-committee (sub_committee_of)",
        "",
    ),
    "sub-committee-wrong-parent": (
        "er underutvalg av {parent}, som ikke er {types}",
        "",
        "is a sub-committee of {parent}, which is not {types}",
        "",
    ),
    "sub-committee-no-end": (
        "er tidsavgrenset, men har ingen sluttdato (until)",
        "",
        "is time-limited but has no end date (until)",
        "",
    ),
    "term-missing": ("har ingen funksjonsperiode (term)", "", "gives no term of office (term)", ""),
    "term-length": (
        "har en funksjonsperiode som ikke er {years} år",
        "",
        "has a term of office that is not {years} years",
        "",
    ),
    "term-not-aligned": (
        "har en funksjonsperiode som ikke følger periodene som begynner {start}",
        "",
        "has a term of office that does not follow the terms beginning on {start}",
        "",
    ),
    "region-unknown": ("{party} (region?)", "", "{party} (region?)", ""),
    # hf-rules audit (the HTML and Markdown evidence pack)
    "audit-title": ("Revisjonsrapport", "", "Audit report", ""),
    "audit-lead-compliant": (
        "Strukturen og møteplanene oppfyller alle regler som er i kraft.",
        "",
        "The structure and meeting plans meet every rule in force.",
        "",
    ),
    "audit-lead-non-compliant": (
        "Minst én regel er brutt. Avvikene står under, med kilde og tiltak.",
        "",
        "At least one rule is broken. The findings follow, with source and fix.",
        "",
    ),
    "audit-lead-invalid-input": (
        "Noe inndata kunne ikke leses, så resultatet er ufullstendig.",
        "",
        "Some input could not be read, so the result is incomplete.",
        "",
    ),
    "audit-contents": ("Innhold", "", "Contents", ""),
    "audit-findings": ("Avvik", "", "Findings", ""),
    "audit-no-findings": ("Ingen avvik.", "", "No findings.", ""),
    "audit-waived-findings": ("Avvik med godkjent unntak", "", "Findings covered by a waiver", ""),
    "audit-waiver-notices": ("Merknader om unntak", "", "Waiver notices", ""),
    "audit-input-problems": ("Inndatafeil", "", "Input problems", ""),
    "audit-obligations": ("Forpliktelser i avtalen", "", "Obligations of the agreement", ""),
    "audit-obligations-lead": (
        "Hver forpliktelse, reglene som kontrollerer den, kilden og resultatet for hvert forum og hver plan.",
        "",
        "Each obligation, the rules that check it, the source and the result for every forum and plan.",
        "",
    ),
    "audit-status-met": ("oppfylt", "", "met", ""),
    "audit-status-violated": ("brutt", "", "violated", ""),
    "audit-status-waived": ("unntak", "", "waived", ""),
    "audit-status-not-checkable": ("kan ikke kontrolleres", "", "not checkable", ""),
    "audit-status-not-evaluated": ("ikke vurdert", "", "not evaluated", ""),
    "audit-status-not-covered": ("ikke dekket", "", "not covered", ""),
    "audit-status-retired": ("tatt ut", "", "retired", ""),
    "audit-status": ("Status", "", "Status", ""),
    "audit-rules": ("Regler", "", "Rules", ""),
    "audit-result": ("Resultat", "", "Result", ""),
    "audit-passed": ("bestått", "", "passed", ""),
    "audit-failed": ("ikke bestått", "", "failed", ""),
    "audit-nothing-to-check": ("fant ingenting å vurdere", "", "found nothing to evaluate", ""),
    "audit-structure": ("Struktur", "", "Structure", ""),
    "audit-structure-lead": (
        "Fora, hvem som gir oppdrag og innspill til hvem, medlemsplasser og observatører. "
        "Fora med avvik er merket med rødt.",
        "",
        "Fora, who gives assignments and input to whom, member seats and observers. "
        "Fora with findings are marked in red.",
        "",
    ),
    "audit-assigns": ("gir oppdrag til", "", "gives assignments to", ""),
    "audit-gives-input": ("gir innspill til", "", "gives input to", ""),
    "audit-members": ("Medlemmer", "", "Members", ""),
    "audit-observers": ("Observatører", "", "Observers", ""),
    "audit-observer-short": ("Obs.", "", "Obs.", ""),
    "audit-forum": ("Forum", "", "Forum", ""),
    "audit-type": ("Type", "", "Type", ""),
    "audit-relations": ("Relasjoner", "", "Relations", ""),
    "audit-meetings-a-year": ("møter i året", "", "meetings a year", ""),
    "audit-sector": ("sektor", "", "sector", ""),
    "audit-finding-count": ("avvik", "avvik", "finding", "findings"),
    "audit-legend": ("Forklaring", "", "Legend", ""),
    "audit-chairs": ("Ledelse og rotasjon", "", "Chairs and rotation", ""),
    "audit-chairs-lead": (
        "Lederperioder per møteplan, farget etter side; prikkene er møter.",
        "",
        "Chair periods per meeting plan, coloured by side; the dots are meetings.",
        "",
    ),
    "audit-no-plans": ("Ingen møteplaner ble kontrollert.", "", "No meeting plans were checked.", ""),
    "audit-period": ("Periode", "", "Period", ""),
    "audit-chair": ("Leder", "", "Chair", ""),
    "audit-side": ("Side", "", "Side", ""),
    "audit-rotation": ("Rotasjon", "", "Rotation", ""),
    "audit-meeting": ("møte", "møter", "meeting", "meetings"),
    "audit-provenance": ("Sporbarhet", "", "Provenance", ""),
    "audit-provenance-lead": (
        "Alt som trengs for å gjenskape resultatet: verktøy, regelpakker, dato og kontrollsum for hver fil.",
        "",
        "Everything needed to reproduce the verdict: tool, rule packs, date and a checksum of every file.",
        "",
    ),
    "audit-reproduce": (
        "Gjenskap resultatet (fra samme mappe)",
        "",
        "Reproduce the verdict (from the same folder)",
        "",
    ),
    "audit-reproduce-check": ("Bare resultatet, i terminalen", "", "The verdict only, in the terminal", ""),
    "audit-generated": ("Laget", "", "Generated", ""),
    "audit-run-date": ("Kjøredato (i dag)", "", "Run date (today)", ""),
    "audit-as-of-note": (
        "Hver organisasjon er vurdert mot reglene som gjaldt på sin dato: --as-of når den er gitt, ellers "
        "organisasjonens effective_from, ellers i dag. Unntak utløper regnet fra kjøredatoen.",
        "",
        "Each organisation is evaluated against the rules in force on its date: --as-of when given, else the "
        "organisation's effective_from, else today. Waivers expire relative to the run date.",
        "",
    ),
    "audit-tool": ("Verktøy", "", "Tool", ""),
    "audit-redacted": (
        "Personnavn erstattet med rolle (--redact)",
        "",
        "Person names replaced by roles (--redact)",
        "",
    ),
    # --redact: what replaces a person's name (hf_rules.report.redact)
    "redact-deputy": ("{role} (vara)", "", "{role} (deputy)", ""),
    "redact-fastlege": ("fastlegerepresentant", "", "GP representative", ""),
    "redact-bruker": ("brukerrepresentant", "", "user representative", ""),
    "redact-ansatt": ("ansatterepresentant", "", "employee representative", ""),
    "redact-party-seat": ("representant for {party}", "", "representative of {party}", ""),
    "redact-seat": ("representant", "", "representative", ""),
    "redact-chair": ("leder", "", "chair", ""),
    "redact-deputy-chair": ("nestleder", "", "deputy chair", ""),
    "redact-co-chair": ("medleder", "", "co-chair", ""),
    "redact-approved-by": ("[navn utelatt]", "", "[name left out]", ""),
    "audit-yes": ("ja", "", "yes", ""),
    "audit-no": ("nei", "", "no", ""),
    "audit-inputs": ("Inndatafiler", "", "Input files", ""),
    "audit-bundled": ("medfølger hf-rules", "", "bundled with hf-rules", ""),
    "audit-version": ("versjon", "", "version", ""),
    "audit-line": ("linje", "", "line", ""),
    "audit-side-kommune": ("kommune", "", "municipality", ""),
    "audit-side-sykehus": ("sykehus", "", "hospital", ""),
    "audit-side-uavhengig": ("uavhengig", "", "independent", ""),
    "audit-abbr-kommune": ("K", "", "M", ""),
    "audit-abbr-sykehus": ("S", "", "H", ""),
    "audit-abbr-uavhengig": ("U", "", "I", ""),
    "audit-constituency-fastlege": ("fastlege", "", "GP", ""),
    "audit-constituency-bruker": ("bruker", "", "user", ""),
    "audit-constituency-ansatt": ("ansatt", "", "employee", ""),
    "audit-abbr-fastlege": ("F", "", "G", ""),
    "audit-abbr-bruker": ("B", "", "U", ""),
    "audit-abbr-ansatt": ("A", "", "E", ""),
    "audit-type-partnerskapsmote": ("Partnerskapsmøte", "", "Partnership meeting", ""),
    "audit-type-strategisk-samarbeidsutvalg": (
        "Strategisk samarbeidsutvalg",
        "",
        "Strategic cooperation committee",
        "",
    ),
    "audit-type-lokalt-samarbeidsutvalg": ("Lokalt samarbeidsutvalg", "", "Local cooperation committee", ""),
    "audit-type-samarbeidsforum": ("Samarbeidsforum", "", "Cooperation forum", ""),
    "audit-type-arbeidsgruppe": ("Arbeidsgruppe", "", "Working group", ""),
    "audit-type-kontaktmote": ("Kontaktmøte (avviklet)", "", "Contact meeting (retired)", ""),
    "audit-type-stormote": ("Stormøte (avviklet)", "", "Large meeting (retired)", ""),
    "audit-type-samarbeidsutvalget": ("Samarbeidsutvalget (avviklet)", "", "Cooperation committee (retired)", ""),
    "audit-type-direktormote": ("Direktørmøte (avviklet)", "", "Directors' meeting (retired)", ""),
    "fix-moved": ("flyttet", "", "moved", ""),
    # hf-rules diff, and audit --compare (hf_rules.formatters.diff). Templates: {forum} {seat}
    # {party} {plan} {field} {before} {after} {relation}
    "diff-title": ("Endringer fra gjeldende struktur", "", "Changes from the current structure", ""),
    "diff-structure": ("Strukturendringer", "", "Structural changes", ""),
    "diff-no-changes": ("Ingen strukturendringer.", "", "No structural changes.", ""),
    "diff-compliance": ("Samsvar", "", "Compliance", ""),
    "diff-resolved": ("løst", "løst", "resolved", "resolved"),
    "diff-introduced": ("nytt", "nye", "introduced", "introduced"),
    "diff-unchanged": ("uendret", "uendret", "unchanged", "unchanged"),
    "diff-old": ("gjeldende", "", "current", ""),
    "diff-new": ("forslag", "", "proposal", ""),
    "diff-change": ("Endring", "", "Change", ""),
    "diff-where": ("Hvor", "", "Where", ""),
    "diff-verdict-change": ("Resultat før → etter", "", "Verdict before → after", ""),
    "diff-lead": (
        "Hva forslaget endrer i gjeldende struktur, etter mening og ikke linje for linje, og hvilke avvik det "
        "løser og innfører. Begge sider er kontrollert med de samme regelpakkene per {date}.",
        "",
        "What the proposal changes in the current structure, by meaning rather than line by line, and which "
        "findings it resolves and introduces. Both sides were checked with the same rule packs as of {date}.",
        "",
    ),
    "diff-legend": (
        "I diagrammet er fora som legges til merket grønt og fora som fjernes stiplet grått.",
        "",
        "In the diagram, fora that are added are marked green and fora that are removed dashed grey.",
        "",
    ),
    "diff-removed-forum": ("fjernes", "", "removed", ""),
    "diff-added-forum": ("nytt", "", "new", ""),
    "diff-party-added": ("part lagt til: {party} ({after})", "", "party added: {party} ({after})", ""),
    "diff-party-removed": ("part fjernet: {party} ({before})", "", "party removed: {party} ({before})", ""),
    "diff-party-changed": (
        "part endret: {party}: {field} {before} → {after}",
        "",
        "party changed: {party}: {field} {before} → {after}",
        "",
    ),
    "diff-forum-added": ("forum lagt til: {forum} ({after})", "", "forum added: {forum} ({after})", ""),
    "diff-forum-removed": ("forum fjernet: {forum} ({before})", "", "forum removed: {forum} ({before})", ""),
    "diff-forum-renamed": (
        "forum omdøpt: {forum}: {before} → {after}",
        "",
        "forum renamed: {forum}: {before} → {after}",
        "",
    ),
    "diff-forum-changed": (
        "forum endret: {forum}: {field} {before} → {after}",
        "",
        "forum changed: {forum}: {field} {before} → {after}",
        "",
    ),
    "diff-seat-added": ("plass lagt til: {forum}: {seat} i {after}", "", "seat added: {forum}: {seat} in {after}", ""),
    "diff-seat-removed": (
        "plass fjernet: {forum}: {seat} fra {before}",
        "",
        "seat removed: {forum}: {seat} from {before}",
        "",
    ),
    "diff-seat-moved": (
        "plass flyttet: {forum}: {seat} fra {before} til {after}",
        "",
        "seat moved: {forum}: {seat} from {before} to {after}",
        "",
    ),
    "diff-seat-changed": (
        "plass endret: {forum}: {seat}: {field} {before} → {after}",
        "",
        "seat changed: {forum}: {seat}: {field} {before} → {after}",
        "",
    ),
    "diff-holder-changed": (
        "innehaver endret: {forum}: {seat}: {before} → {after}",
        "",
        "holder changed: {forum}: {seat}: {before} → {after}",
        "",
    ),
    "diff-deputy-changed": (
        "vara endret: {forum}: {seat}: {before} → {after}",
        "",
        "deputy changed: {forum}: {seat}: {before} → {after}",
        "",
    ),
    "diff-chair-rotation-changed": (
        "lederrotasjon endret: {forum}: {before} → {after}",
        "",
        "chair rotation changed: {forum}: {before} → {after}",
        "",
    ),
    "diff-meeting-frequency-changed": (
        "møtehyppighet endret: {forum}: {before} → {after} møter i året",
        "",
        "meeting frequency changed: {forum}: {before} → {after} meetings a year",
        "",
    ),
    "diff-relation-added": (
        "relasjon lagt til: {forum} {relation} {after}",
        "",
        "relation added: {forum} {relation} {after}",
        "",
    ),
    "diff-relation-removed": (
        "relasjon fjernet: {forum} {relation} {before}",
        "",
        "relation removed: {forum} {relation} {before}",
        "",
    ),
    "diff-plan-added": ("møteplan lagt til: {plan} ({forum})", "", "meeting plan added: {plan} ({forum})", ""),
    "diff-plan-removed": ("møteplan fjernet: {plan} ({forum})", "", "meeting plan removed: {plan} ({forum})", ""),
    "diff-chair-periods-changed": (
        "lederperioder endret: {plan} ({forum}): {before} → {after}",
        "",
        "chair periods changed: {plan} ({forum}): {before} → {after}",
        "",
    ),
}


def word(key: str, lang: str, count: int = 1) -> str:
    nb_one, nb_many, en_one, en_many = _WORDS[key]
    if lang == "en":
        return en_one if count == 1 or not en_many else en_many
    return nb_one if count == 1 or not nb_many else nb_many


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Phrase:
    """A catalogue entry with its arguments, put into words in the reader's language later.

    Check functions give phrases, never finished text: the engine says them in the language of
    the run (``phrase.text(lang)``).
    """

    key: str
    args: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str) -> str:
        values = dict(self.args)
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), word(self.key, lang))


def phrase(key: str, **args: object) -> Phrase:
    """``phrase("count-at-least", n=2)``: a :class:`Phrase` of a catalogue key (which must exist)."""
    if key not in _WORDS:
        raise KeyError(f"no catalogue entry '{key}'")
    return Phrase(key, tuple((name, str(value)) for name, value in args.items()))
