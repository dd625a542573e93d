"""The tool's own words in bokmål and English. Rule texts come from the rule packs."""

from __future__ import annotations

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
    "valid": ("gyldig", "", "valid", ""),
}


def word(key: str, lang: str, count: int = 1) -> str:
    nb_one, nb_many, en_one, en_many = _WORDS[key]
    if lang == "en":
        return en_one if count == 1 or not en_many else en_many
    return nb_one if count == 1 or not nb_many else nb_many
