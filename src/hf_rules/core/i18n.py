"""The message catalogue: every word the tool itself prints, in bokmål and English.

Rule texts come from the rule packs; everything else comes from here. An entry is
``key: (nb singular, nb plural, en singular, en plural)`` (an empty plural: the singular);
``{name}`` in an entry is filled from the arguments it is said with. Code far from the output
(the YAML reader, document validation) does not know the run's language: it gives a
:class:`Message` (a key and its arguments), which the output says in the run's language
(:meth:`Message.text`); ``str()`` of a message is its English text.

``tests/unit/test_i18n.py`` holds the catalogue to account: every entry in both languages, and
no English in the output of a bokmål run.
"""

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
    "valid": ("gyldig", "", "valid", ""),
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
}


_WORDS.update(
    {
        # --- input errors (InputError messages) ------------------------------------------------
        "err-no-such-path": ("fil eller mappe finnes ikke", "", "no such file or folder", ""),
        "err-no-such-path-nul": (
            "fil eller mappe finnes ikke (navnet inneholder et NUL-tegn)",
            "",
            "no such file or folder (the name holds a NUL character)",
            "",
        ),
        "err-api-version": (
            "apiVersion er {value}; forventet '{expected}'",
            "",
            "apiVersion is {value}; expected '{expected}'",
            "",
        ),
        "err-api-version-missing": (
            "mangler 'apiVersion: {expected}' øverst i dokumentet",
            "",
            "missing 'apiVersion: {expected}' at the top of the document",
            "",
        ),
        "err-kind": (
            "kind er {value}; forventet en av: {choices}",
            "",
            "kind is {value}; expected one of: {choices}",
            "",
        ),
        "err-kind-missing": ("mangler 'kind' (en av: {choices})", "", "missing 'kind' (one of: {choices})", ""),
        "where-document": ("dokumentet", "", "the document", ""),
        "did-you-mean": (" (mente du '{name}'?)", "", " (did you mean '{name}'?)", ""),
        "err-unknown-key": (
            "ukjent nøkkel '{key}' i {where}{suggestion}; forventet en av: {choices}",
            "",
            "unknown key '{key}' in {where}{suggestion}; expected one of: {choices}",
            "",
        ),
        "err-missing-key": (
            "{where} mangler den påkrevde nøkkelen '{key}'",
            "",
            "{where} is missing the required key '{key}'",
            "",
        ),
        "err-empty-value": (
            "{where} er tom; gi en verdi eller utelat nøkkelen",
            "",
            "{where} is empty; give a value or leave the key out",
            "",
        ),
        "err-file-empty": (
            "filen er tom; forventet et YAML-dokument (en mapping)",
            "",
            "file is empty; expected a YAML mapping document",
            "",
        ),
        "err-file-too-large": (
            "filen er {size} byte, over grensen på {limit} byte",
            "",
            "file is {size} bytes, over the limit of {limit} bytes",
            "",
        ),
        "err-cannot-read": (
            "kan ikke lese filen: {reason}; forventet en lesbar YAML-fil",
            "",
            "cannot read file: {reason}; expected a readable YAML file",
            "",
        ),
        "err-duplicate-key": (
            "nøkkelen '{key}' står to ganger (først definert på linje {line}); hver nøkkel kan bare stå én gang",
            "",
            "duplicate key '{key}' (first defined at line {line}); each key may appear once",
            "",
        ),
        "err-nothing-to-check": (
            "ingenting å kontrollere: fant ikke noe hf-rules-dokument (med 'apiVersion: hf-rules/v1'); "
            "gi filer eller mapper med dokumenter, eller --allow-empty for å godta det",
            "",
            "nothing to check: no hf-rules document (with 'apiVersion: hf-rules/v1') found; "
            "give files or folders that hold documents, or --allow-empty to accept that",
            "",
        ),
        # --- why a file was not checked (report: files[].reason) ---------------------------------
        "reason-not-a-document": (
            "ikke et hf-rules-dokument (mangler 'apiVersion: hf-rules/v1')",
            "",
            "not an hf-rules document (no 'apiVersion: hf-rules/v1')",
            "",
        ),
        "reason-rule-pack": (
            "en regelpakke, ikke et dokument å kontrollere (gi den med --rules)",
            "",
            "a rule pack, not a document to check (give it with --rules)",
            "",
        ),
        "reason-packs-unusable": (
            "ikke kontrollert: konfigurasjonen eller regelpakkene kunne ikke lastes",
            "",
            "not checked: the config or rule packs could not be loaded",
            "",
        ),
        "reason-depends-on-errors": (
            "avhenger av et dokument med feil",
            "",
            "depends on a document with errors",
            "",
        ),
        "reason-org-has-errors": (
            "organisasjonen '{org}' ({file}) har feil",
            "",
            "organisation '{org}' ({file}) has errors",
            "",
        ),
        # --- hf-rules fix ------------------------------------------------------------------------
        "fix-fixed": ("rettet", "", "fixed", ""),
        "fix-would-fix": ("vil rette", "", "would fix", ""),
        "fix-added": ("la til", "", "added", ""),
        "fix-fill-in": ("fyll inn", "", "fill in", ""),
        "fix-remains": ("gjenstår", "", "remains", ""),
        "fix-not-applied": ("ikke rettet", "", "not fixed", ""),
        "fix-summary": (
            "{fixed} rettet i {files} fil(er); {left} funn gjenstår uten mekanisk retting",
            "",
            "{fixed} fixed in {files} file(s); {left} findings remain without a mechanical fix",
            "",
        ),
        "fix-dry-summary": (
            "{fixed} vil bli rettet i {files} fil(er); {left} funn vil gjenstå uten mekanisk retting",
            "",
            "{fixed} would be fixed in {files} file(s); {left} findings would remain without a mechanical fix",
            "",
        ),
        "fix-nothing": ("ingenting å rette", "", "nothing to fix", ""),
    }
)


def word(key: str, lang: str, count: int = 1) -> str:
    nb_one, nb_many, en_one, en_many = _WORDS[key]
    if lang == "en":
        return en_one if count == 1 or not en_many else en_many
    return nb_one if count == 1 or not nb_many else nb_many


def say(key: str, lang: str, count: int = 1, /, **args: object) -> str:
    """The entry ``key`` in ``lang`` with its ``{name}`` placeholders filled from ``args``
    (a :class:`Message` argument is said in ``lang`` too)."""
    return fill(word(key, lang, count), lang, args)


def fill(template: str, lang: str, args: dict[str, object]) -> str:
    """``template`` with each ``{name}`` of ``args`` replaced; other braces are left as written."""
    out = template
    for name, value in args.items():
        shown = value.text(lang) if isinstance(value, Message) else str(value)
        out = out.replace("{" + name + "}", shown)
    return out


class Message:
    """A catalogue entry and its arguments, said later in the language of the run.

    ``str(message)`` is the English text (what logs and exceptions show); ``message.text(lang)``
    is what the user reads.
    """

    __slots__ = ("args", "key")

    def __init__(self, key: str, /, **args: object) -> None:
        if key not in _WORDS:
            raise KeyError(f"no catalogue entry '{key}'")
        self.key = key
        self.args = args

    def text(self, lang: str) -> str:
        return say(self.key, lang, **self.args)

    def __str__(self) -> str:
        return self.text("en")

    def __repr__(self) -> str:
        return f"Message({self.key!r}, {self.args!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.key, self.args) == (other.key, other.args)

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted((k, str(v)) for k, v in self.args.items()))))

    def __reduce__(self) -> tuple[object, ...]:  # sent between processes (--jobs)
        return (_message, (self.key, self.args))


def _message(key: str, args: dict[str, object]) -> Message:
    return Message(key, **args)


def text(value: str | Message | None, lang: str) -> str | None:
    """A message said in ``lang``; plain text (from input, or not yet in the catalogue) as is."""
    if isinstance(value, Message):
        return value.text(lang)
    return value


LANGUAGES = ("nb", "en")


def default_lang(environ: dict[str, str] | None = None) -> str:
    """The language when neither ``--lang`` nor the config gives one: the locale's messages
    language (the first set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as POSIX orders them):
    ``nb`` for Norwegian (``nb_NO``, ``nn_NO``, ``no``), ``en`` for English (``en_*``), else ``nb``."""
    import os

    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable)
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return "en" if code == "en" else "nb"
    return "nb"
