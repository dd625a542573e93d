"""The message catalogue: every word the tool itself prints, in bokmål and English.

Rule texts come from the rule packs; everything else comes from here. An entry is
``key: (nb singular, nb plural, en singular, en plural)`` (an empty plural: the singular);
``{name}`` in an entry is filled from the arguments it is said with. Code far from the output
(the YAML reader, document validation) does not know the run's language: it gives a
:class:`Message` (a key and its arguments), which the output says in the run's language
(:meth:`Message.text`); ``str()`` of a message is its English text.

``tests/unit/test_i18n.py`` holds every key to one entry; ``tests/cli/test_language.py`` holds a
bokmål run to no English and every raise site to a catalogue message.
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
    "undated": ("udatert", "", "undated", ""),
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
    "rules-severity-reading": ("regler (alvorlighet, lesning)", "", "rules (severity, reading)", ""),
    "not-checkable": ("kan ikke kontrolleres maskinelt", "", "not machine-checkable", ""),
    "not-covered": ("IKKE DEKKET", "", "NOT COVERED", ""),
    "awaits-building-block": (
        "ennå ikke, venter på en byggestein i regelspråket: {reason}",
        "",
        "not yet, awaits a building block of the pack language: {reason}",
        "",
    ),
    "interpretation": ("tolkning", "", "interpretation", ""),
    "checks": ("kontroll", "", "check", ""),
    "applies-to": ("gjelder", "", "applies to", ""),
    "obligations": ("forpliktelser", "", "obligations", ""),
    "severity": ("alvorlighet", "", "severity", ""),
    "disabled": ("slått av", "", "disabled", ""),
    "replaced": ("erstattet", "", "replaced", ""),
    "retired": ("tatt ut", "", "retired", ""),
    "changed-by": ("{change} av {pack}: {reason}", "", "{change} by {pack}: {reason}", ""),
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
    "count-meetings": ("{n} møte", "{n} møter", "{n} meeting", "{n} meetings"),
    "count-hours": ("{n} time", "{n} timer", "{n} hour", "{n} hours"),
    "count-unknown": ("et ukjent antall", "", "an unknown number of", ""),
    # a count's bounds in a rule's options (input errors, hf_rules.rules.checks.base.bound_problems)
    "err-bounds-exactly": (
        "regel {rule}: `{exact}` kan ikke gis sammen med `{other}`; gi enten `{exact}` eller grensene",
        "",
        "rule {rule}: `{exact}` cannot be given together with `{other}`; give either `{exact}` or the bounds",
        "",
    ),
    "err-mandate-readings": (
        "regel {rule}: et punkt har én frase; gi én av `wording` og `any_of` (med `verb` ved siden av eller uten), "
        "ikke {given}",
        "",
        "rule {rule}: a point has one phrase; give one of `wording` and `any_of` (beside `verb` or not), not {given}",
        "",
    ),
    "err-mandate-verb": (
        "regel {rule}: `verb` '{verb}' er ikke et verb; forventet et infinitiv eller en stamme av bokstaver, "
        "eventuelt med partikler etter (`gi`, `beslutte`, `følge opp`)",
        "",
        "rule {rule}: `verb` '{verb}' is no verb; expected an infinitive or a stem of letters, with "
        "particles after it where the verb has them (`gi`, `beslutte`, `følge opp`)",
        "",
    ),
    "err-mandate-about": (
        "regel {rule}: `about` sier hvem punktet handler om, men punktet har verken `wording`, `any_of` "
        "eller `verb`; forventet `about` ved siden av ett av dem",
        "",
        "rule {rule}: `about` says whom the point is about, but the point has no `wording`, `any_of` "
        "or `verb`; expected `about` beside one of them",
        "",
    ),
    "err-mandate-object": (
        "regel {rule}: `object` '{object}' har bare preposisjoner; forventet nøkkelord for det verbet "
        "styrer (`overordn føring`, `sak av prinsipiell`)",
        "",
        "rule {rule}: `object` '{object}' has prepositions only; expected key words of what the verb "
        "governs (`overordn føring`, `sak av prinsipiell`)",
        "",
    ),
    "err-leaders-both-false": (
        "regel {rule}: `leader: false` og `deputy: false` sammen ber ikke om noen plass; gi minst én av dem en "
        "plassvelger",
        "",
        "rule {rule}: `leader: false` together with `deputy: false` asks for no seat; give at least one of them a "
        "seat selector",
        "",
    ),
    "err-time-order": (
        "regel {rule}: `ends_by` ({end}) er ikke etter `starts_at` ({start}); ingen møte kan oppfylle begge",
        "",
        "rule {rule}: `ends_by` ({end}) is not after `starts_at` ({start}); no meeting can meet both",
        "",
    ),
    "err-options-together": (
        "regel {rule}: `{a}` og `{b}` kan ikke gis sammen; gi én av dem",
        "",
        "rule {rule}: `{a}` and `{b}` cannot be given together; give one of them",
        "",
    ),
    "err-relation-existing": (
        "relasjonsordet '{word}' finnes allerede med en annen betydning (et delt ord eller fra en pakke denne "
        "bygger på); velg et annet ord",
        "",
        "the relation word '{word}' already exists with another meaning (a shared word or one of a pack this one "
        "extends); choose another word",
        "",
    ),
    "err-relation-organisation": (
        "regel {rule}: relation på organisasjonen leser helsefellesskapets sekretariat; skriv `of: secretariat` "
        "(en forums relasjon leses med applies_to kind: forum)",
        "",
        "rule {rule}: relation on the organisation reads the health community's secretariat; write `of: "
        "secretariat` (a forum's relation is read with applies_to kind: forum)",
        "",
    ),
    "err-relation-of": (
        "regel {rule}: relation `{relation}` er ikke en liste på {of}; serves og reports_to er et sekretariats "
        "(of: secretariat), gives_assignments_to, gives_input_to, supports og sub_committee_of et forums (of: forum)",
        "",
        "rule {rule}: relation `{relation}` is not a list of a {of}; serves and reports_to are a secretariat's "
        "(of: secretariat), gives_assignments_to, gives_input_to, supports and sub_committee_of a forum's (of: forum)",
        "",
    ),
    "err-applies-to-party-only": (
        "applies_to `{criterion}` velger parter (kind: party), ikke {kind}",
        "",
        "applies_to `{criterion}` selects parties (kind: party), not {kind}",
        "",
    ),
    "err-applies-to-plan-only": (
        "applies_to `{criterion}` velger møteplaner (kind: meeting_plan), ikke {kind}",
        "",
        "applies_to `{criterion}` selects meeting plans (kind: meeting_plan), not {kind}",
        "",
    ),
    "err-applies-to-if-any": (
        "applies_to `if_any` gjelder regler for fora og parter (kind: forum eller party), ikke {kind}",
        "",
        "applies_to `if_any` is for rules on fora and parties (kind: forum or party), not {kind}",
        "",
    ),
    "err-applies-to-forum-only": (
        "applies_to `{criterion}` velger fora og møteplaner (kind: forum eller meeting_plan), ikke {kind}",
        "",
        "applies_to `{criterion}` selects fora and meeting plans (kind: forum or meeting_plan), not {kind}",
        "",
    ),
    "err-member-without-speaking-rights": (
        "et medlem har alltid møte- og talerett (også med `voting: false`); `speaking_rights: false` gjelder "
        "bare en observatør",
        "",
        "a member always may attend and speak (with `voting: false` too); `speaking_rights: false` is for an "
        "observer only",
        "",
    ),
    "err-leader-and-deputy": (
        "en plass kan ikke ha både vervet leder og nestleder; gi nestlederen en egen plass",
        "",
        "a seat cannot hold both the positions leder and nestleder; give the deputy leader a seat of their own",
        "",
    ),
    "err-member-invited": (
        "`invited: true` gjelder bare en observatør (en invitert gjest); et medlem har en fast plass",
        "",
        "`invited: true` is for an observer only (an invited guest); a member holds a standing seat",
        "",
    ),
    "err-observer-votes": (
        "en observatør har ikke stemmerett; et medlem uten stemmerett er et medlem med `voting: false`",
        "",
        "an observer has no vote; a member without a vote is a member with `voting: false`",
        "",
    ),
    "err-balance-fora-on-forum": (
        "regel {rule}: `{key}` hører til en regel på organisasjonen (`applies_to: {kind: organisation}`), som "
        "teller flere fora sammen; en regel på et forum teller forumets egne plasser",
        "",
        "rule {rule}: `{key}` belongs to a rule on the organisation (`applies_to: {kind: organisation}`), which "
        "counts several fora together; a rule on a forum counts the forum's own seats",
        "",
    ),
    "err-balance-needs-fora": (
        "regel {rule}: `side_balance` på organisasjonen trenger `fora` (hvilke fora som telles sammen)",
        "",
        "rule {rule}: `side_balance` on the organisation needs `fora` (which fora are counted together)",
        "",
    ),
    "err-count-parties-represents": (
        "regel {rule}: `count: parties` teller partene som har plassene, men en plass for `represents` "
        "(fastlege, bruker, ansatt) har ingen part, så tallet blir alltid 0; tell plassene (`count: seats`)",
        "",
        "rule {rule}: `count: parties` counts the parties that hold the seats, but a `represents` seat (GP, "
        "user, employee) has no party, so the count is always 0; count the seats (`count: seats`)",
        "",
    ),
    "err-grouped-under-needs-parties": (
        "regel {rule}: `grouped_under` sier hvordan partene telles, og gjelder bare med `count: parties`",
        "",
        "rule {rule}: `grouped_under` says how parties are counted, and applies only with `count: parties`",
        "",
    ),
    "err-count-parties-per-party": (
        "regel {rule}: `count: parties` med `per: party` teller alltid én part; tell plassene per part "
        "(`count: seats`), eller partene per region, side eller parttype",
        "",
        "rule {rule}: `count: parties` with `per: party` always counts one party; count the seats per party "
        "(`count: seats`), or the parties per region, side or party type",
        "",
    ),
    "err-option-needs": (
        "regel {rule}: `{a}` krever `{b}`",
        "",
        "rule {rule}: `{a}` needs `{b}`",
        "",
    ),
    "err-area-county": (
        "regel {rule}: fylket '{county}' finnes ikke i kommuneregisteret (strukturen fra {date}, eller et fylke "
        "fra 2017–2023); forventet et fylkesnavn eller -nummer: {choices}, eller et tidligere som Sogn og Fjordane",
        "",
        "rule {rule}: the county '{county}' is not in the register of municipalities (the structure of {date}, "
        "or a county of 2017–2023); expected a county name or number: {choices}, or an earlier one such as Sogn og "
        "Fjordane",
        "",
    ),
    "err-area-county-structure": (
        "regel {rule}: fylket '{county}' finnes ikke i inndelingen fra {structure}; forventet et fylkesnavn eller "
        "-nummer fra den: {choices}",
        "",
        "rule {rule}: the county '{county}' is not of the structure of {structure}; expected a county name or "
        "number of it: {choices}",
        "",
    ),
    "err-area-number": (
        "regel {rule}: kommunenummeret '{number}' finnes ikke i kommuneregisteret (strukturen fra {date}); "
        "forventet et kommunenummer med fire sifre fra registeret",
        "",
        "rule {rule}: the municipality number '{number}' is not in the register of municipalities (the structure "
        "of {date}); expected a four-digit municipality number from the register",
        "",
    ),
    "err-area-add-in": (
        "regel {rule}: {municipality} er allerede med i fylkene under counties; ta den ut av add",
        "",
        "rule {rule}: {municipality} is of the counties under counties already; take it out of add",
        "",
    ),
    "err-area-remove-out": (
        "regel {rule}: {municipality} er ikke i fylkene under counties, så remove tar ikke bort noe; ta den ut "
        "av remove",
        "",
        "rule {rule}: {municipality} is not of the counties under counties, so remove takes nothing away; take "
        "it out of remove",
        "",
    ),
    "err-ids-count": (
        "regel {rule}: `{option}: {value}` strider mot `ids`, som lister {n} parter; ta bort `{option}` (listen gir antallet)",
        "",
        "rule {rule}: `{option}: {value}` contradicts `ids`, which lists {n} parties; leave `{option}` out (the list gives the number)",
        "",
    ),
    "err-option-not-a-day": (
        "regel {rule}: `{key}`: {problem}",
        "",
        "rule {rule}: `{key}`: {problem}",
        "",
    ),
    "err-option-not-a-date": (
        "regel {rule}: `{key}`: {value} er ikke en dag i kalenderen; forventet en dato ÅÅÅÅ-MM-DD",
        "",
        "rule {rule}: `{key}`: {value} is not a day of the calendar; expected a date YYYY-MM-DD",
        "",
    ),
    "err-dates-reversed": (
        "regel {rule}: `not_after` ({not_after}) er før `not_before` ({not_before}); ingen dato kan oppfylle begge",
        "",
        "rule {rule}: `not_after` ({not_after}) is before `not_before` ({not_before}); no date can meet both",
        "",
    ),
    "err-bounds-order": (
        "regel {rule}: `{low}` ({min}) er større enn `{high}` ({max}); ingen telling kan oppfylle begge",
        "",
        "rule {rule}: `{low}` ({min}) is greater than `{high}` ({max}); no count can meet both",
        "",
    ),
    "err-bounds-default-max": (
        "regel {rule}: `{low}` ({min}) er større enn `{high}` ({max}, standardverdien); gi `{high}` også, "
        "eller `at_most_one: false`",
        "",
        "rule {rule}: `{low}` ({min}) is greater than `{high}` ({max}, the default); give `{high}` too, "
        "or `at_most_one: false`",
        "",
    ),
    # a pack's vocabulary: forum types declared a kind of another (hf_rules.rules.pack)
    "err-kind-of-unknown": (
        "forumtypen '{word}' er kind_of '{parent}', som ikke er en forumtype{suggestion}; forventet en av: {known}",
        "",
        "forum type '{word}' is kind_of '{parent}', which is not a forum type{suggestion}; expected one of: {known}",
        "",
    ),
    "err-kind-of-existing": (
        "'{word}' er allerede en forumtype; kind_of gis bare for en forumtype pakken legger til",
        "",
        "'{word}' is already a forum type; kind_of is only given to a forum type the pack adds",
        "",
    ),
    "err-kind-of-cycle": (
        "forumtypen '{word}' blir en undertype av seg selv: {chain}",
        "",
        "forum type '{word}' becomes a kind of itself: {chain}",
        "",
    ),
    "err-option-word": (
        "regel {rule}: '{word}' i {where} er ikke {what}{suggestion}; forventet en av: {known}",
        "",
        "rule {rule}: '{word}' in {where} is not {what}{suggestion}; expected one of: {known}",
        "",
    ),
    "vocabulary-forum_types": ("en forumtype", "", "a forum type", ""),
    "vocabulary-party_types": ("en parttype", "", "a party type", ""),
    "vocabulary-levels": ("et nivå", "", "a level", ""),
    "vocabulary-relations": ("et relasjonsord", "", "a relation word", ""),
    "vocabulary-meeting_kinds": ("en møtetype", "", "a meeting kind", ""),
    "vocabulary-sides": ("en side", "", "a side", ""),
    "vocabulary-constituencies": ("en gruppe (represents)", "", "a constituency (represents)", ""),
    "vocabulary-decision_rules": ("en beslutningsform", "", "a decision rule", ""),
    "vocabulary-positions": ("et verv (leder, nestleder)", "", "a position (leder, nestleder)", ""),
    "vocabulary-agreement_kinds": ("en avtaletype", "", "an agreement kind", ""),
    "vocabulary-functions": ("en funksjon (vocabulary.functions)", "", "a function (vocabulary.functions)", ""),
    "vocabulary-duties": ("en oppgave (vocabulary.duties)", "", "a duty (vocabulary.duties)", ""),
    # a rule whose applies_to.id names no subject of an organisation (hf_rules.engine.evaluate)
    "no-subject-forum": (
        "Regelen gjelder forumet «{id}», men organisasjonen har ikke noe forum med den id-en{suggestion}; "
        "den har: {known}",
        "",
        "The rule applies to forum '{id}', but the organisation has no forum with that id{suggestion}; it has: {known}",
        "",
    ),
    "no-subject-party": (
        "Regelen gjelder parten «{id}», men organisasjonen har ingen part med den id-en{suggestion}; den har: {known}",
        "",
        "The rule applies to party '{id}', but the organisation has no party with that id{suggestion}; it has: {known}",
        "",
    ),
    "no-subject-meeting_plan": (
        "Regelen gjelder møteplanen «{id}», men ingen møteplan for organisasjonen har den id-en{suggestion}; "
        "planene er: {known}",
        "",
        "The rule applies to meeting plan '{id}', but no meeting plan of the organisation has that id{suggestion}; "
        "its plans: {known}",
        "",
    ),
    "no-subject-organisation": (
        "Regelen gjelder organisasjonen «{id}», men ingen organisasjon som kontrolleres har den id-en{suggestion}; "
        "de som kontrolleres: {known}",
        "",
        "The rule applies to organisation '{id}', but no organisation checked has that id{suggestion}; "
        "those checked: {known}",
        "",
    ),
    "no-subject-none": ("(ingen)", "", "(none)", ""),
    "met-nothing-forum": (
        "Regelen gjelder fora med {criteria}, men organisasjonen har ingen{suggestion}; den kontrollerte ingenting her",
        "",
        "The rule applies to fora with {criteria}, but the organisation has none{suggestion}; it checked nothing here",
        "",
    ),
    "met-nothing-party": (
        "Regelen gjelder parter med {criteria}, men organisasjonen har ingen{suggestion}; den kontrollerte "
        "ingenting her",
        "",
        "The rule applies to parties with {criteria}, but the organisation has none{suggestion}; it checked "
        "nothing here",
        "",
    ),
    "unknown-id-party": (
        "Regelen velger plasser hos parten «{id}», men organisasjonen har ingen part med den id-en{suggestion}; "
        "det utvalget treffer ingen plasser her",
        "",
        "The rule selects seats of party '{id}', but the organisation has no party with that id{suggestion}; "
        "that selection meets no seat here",
        "",
    ),
    "unknown-id-plan-party": (
        "Regelen nevner parten «{id}», men organisasjonen har ingen part med den id-en{suggestion}; "
        "ingen leder i en møteplan her kan være den parten",
        "",
        "The rule names party '{id}', but the organisation has no party with that id{suggestion}; "
        "no chair in a meeting plan here can be that party",
        "",
    ),
    "unknown-id-region": (
        "Regelen velger plasser i regionen «{id}», men organisasjonen har ingen region med den id-en{suggestion}; "
        "det utvalget treffer ingen plasser her",
        "",
        "The rule selects seats in region '{id}', but the organisation has no region with that id{suggestion}; "
        "that selection meets no seat here",
        "",
    ),
    "unknown-id-hint": (
        "Rett id-en i regelen ({where}) hvis den er feilstavet; mangler parten eller regionen i dokumentet, "
        "legg den til der.",
        "",
        "Correct the id in the rule ({where}) if it is misspelt; if the document lacks the party or region, "
        "add it there.",
        "",
    ),
    "met-nothing-hint": (
        "Rett `applies_to` i regelen ({where}) hvis den skulle gjelde noe dokumentet har; krever avtalen "
        "et slikt forum, la en `forum_count`-regel si det.",
        "",
        "Correct the rule's `applies_to` ({where}) if it was meant for something the document has; if the "
        "agreement requires such a forum, let a `forum_count` rule say so.",
        "",
    ),
    "no-subject-hint": (
        "Legg til det regelen gjelder i dokumentet, eller rett `applies_to.id` i regelen ({where}); inntil da "
        "er regelen ikke kontrollert for det.",
        "",
        "Add what the rule applies to in the document, or correct the rule's `applies_to.id` ({where}); until "
        "then the rule is not checked for it.",
        "",
    ),
    "err-each-forum-type": (
        "regel {rule}: med `per: on_behalf_of` er enhetene fora: gi `each: {forum_type: [...]}`; "
        "`forum_type` i `each` gjelder bare med `per: on_behalf_of`",
        "",
        "rule {rule}: with `per: on_behalf_of` the units are fora: give `each: {forum_type: [...]}`; "
        "`forum_type` in `each` goes only with `per: on_behalf_of`",
        "",
    ),
    "err-each-needs-per": (
        "regel {rule}: `each` nevner enhetene som telles hver for seg, så det krever `per` (party, party_type, "
        "region eller side); med `per: forum` (standard) telles alle plassene samlet",
        "",
        "rule {rule}: `each` names the units counted separately, so it needs `per` (party, party_type, region "
        "or side); with `per: forum` (the default) all the seats are counted together",
        "",
    ),
    "chair-outside-rotation": ("hører ikke til noen i rotasjonen", "", "is not one of those in the rotation", ""),
    "chair-no-member-seat": ("har ingen medlemsplass i forumet", "", "holds no member seat in the forum", ""),
    "chair-past-seat-term": (
        "leder til {to}, forbi funksjonsperioden til lederens plass i forumet (til {term_to}); sidene veksler "
        "senest når den går ut",
        "",
        "chairs until {to}, past the term of office of the chair's seat in the forum (to {term_to}); the sides "
        "change at the latest when it ends",
        "",
    ),
    "chair-past-seat-term-length": (
        "leder til {to}, lenger enn funksjonsperioden til lederens plass i forumet ({term}); sidene veksler "
        "senest når en like lang periode går ut",
        "",
        "chairs until {to}, longer than the term of office of the chair's seat in the forum ({term}); the sides "
        "change at the latest when a term as long has run",
        "",
    ),
    "chair-seat-no-term": (
        "ingen plass for lederen i forumet gir en funksjonsperiode (`term`), så lengden på perioden kan ikke "
        "måles mot den",
        "",
        "no seat of the chair in the forum gives a term of office (`term`), so the period's length cannot be "
        "measured against it",
        "",
    ),
    "chair-repeats": (
        "leder igjen for «{slot}», som i forrige periode",
        "",
        "chairs again for '{slot}', as in the previous period",
        "",
    ),
    "period-overlap": ("overlapper forrige periode", "", "overlaps the previous period", ""),
    "plan-none": ("har ingen møteplan blant filene", "", "has no meeting plan among the files", ""),
    "plan-none-covering": (
        "har ingen møteplan som dekker {date}",
        "",
        "has no meeting plan that covers {date}",
        "",
    ),
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
    "deputy-missing": ("mangler vararepresentant", "", "has no deputy", ""),
    "deputy-side-same": (
        "har vara fra siden «{deputy_side}», ikke fra plassens egen side «{side}»",
        "",
        "has a deputy from the '{deputy_side}' side, not from the seat's own side '{side}'",
        "",
    ),
    "deputy-side-other": (
        "har vara fra sin egen side «{side}», ikke fra den andre siden",
        "",
        "has a deputy from its own side '{side}', not from the other side",
        "",
    ),
    "deputy-side-unknown": (
        "har en vara uten kjent side (gi varaen `side:` eller `party:`), eller plassens side er ikke kjent",
        "",
        "has a deputy whose side is not known (give the deputy `side:` or `party:`), or the seat's side is not known",
        "",
    ),
    "observer-missing": ("er ikke observatør", "", "is not an observer", ""),
    "observer-only-invited": (
        "er bare invitert (`invited: true`), ikke observatør",
        "",
        "is only invited (`invited: true`), not an observer",
        "",
    ),
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
    "chair-wrong-party-type": (
        "lederens part er ikke av typen {types}",
        "",
        "the chair's party is not of the type {types}",
        "",
    ),
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
    "chair-wrong-party": ("lederen er ikke fra {parties}", "", "the chair is not from {parties}", ""),
    "cover-no-sub-agreements": (
        "{organisation} oppgir ingen delavtaler (`sub_agreements`), så det kan ikke kontrolleres at hver "
        "følges opp av et forum",
        "",
        "{organisation} declares no sub-agreements (`sub_agreements`), so it cannot be checked that each is "
        "followed up by a forum",
        "",
    ),
    "cover-no-sub-agreements-hint": (
        "Før opp avtalens delavtaler under `sub_agreements:` i organisasjonen, eller gi regelen `values`.",
        "",
        "List the agreement's sub-agreements under `sub_agreements:` in the organisation, or give the rule `values`.",
        "",
    ),
    "duration-too-short": (
        "møtet varer {hours}, kortere enn {bound}",
        "",
        "the meeting lasts {hours}, shorter than {bound}",
        "",
    ),
    "duration-too-long": (
        "møtet varer {hours}, lenger enn {bound}",
        "",
        "the meeting lasts {hours}, longer than {bound}",
        "",
    ),
    "duration-not-longer": (
        "møtet varer {hours}, ikke lenger enn møtet {other} ({other_hours})",
        "",
        "the meeting lasts {hours}, no longer than the meeting on {other} ({other_hours})",
        "",
    ),
    "duration-other-unknown": (
        "møtet kan ikke sammenlignes med møtet {other}, som ikke gir både start og slutt",
        "",
        "the meeting cannot be compared with the meeting on {other}, which does not give both a start and an end",
        "",
    ),
    "weekday-monday": ("mandag", "", "Monday", ""),
    "weekday-tuesday": ("tirsdag", "", "Tuesday", ""),
    "weekday-wednesday": ("onsdag", "", "Wednesday", ""),
    "weekday-thursday": ("torsdag", "", "Thursday", ""),
    "weekday-friday": ("fredag", "", "Friday", ""),
    "weekday-saturday": ("lørdag", "", "Saturday", ""),
    "weekday-sunday": ("søndag", "", "Sunday", ""),
    "time-comma": ("{first}, {last}", "", "{first}, {last}", ""),
    "time-or": ("{first} eller {last}", "", "{first} or {last}", ""),
    "time-weekday": ("er en {day}; krever {required}", "", "is a {day}; required: {required}", ""),
    "time-week-odd": ("en oddetallsuke", "", "an odd week", ""),
    "time-week-even": ("en partallsuke", "", "an even week", ""),
    "time-weeks-odd": ("oddetallsuker", "", "odd weeks", ""),
    "time-weeks-even": ("partallsuker", "", "even weeks", ""),
    "time-week": (
        "er i uke {week}, {parity} (ISO-ukenummer); krever {required}",
        "",
        "is in week {week}, {parity} (ISO week number); required: {required}",
        "",
    ),
    "time-start": ("begynner {found}; krever {required}", "", "starts at {found}; required: {required}", ""),
    "time-end": ("slutter {found}; krever senest {required}", "", "ends at {found}; required: by {required}", ""),
    "time-format": ("holdes {found}; krever {required}", "", "is held {found}; required: {required}", ""),
    "time-no-format": (
        "gir ikke møteformen (format), så den kan ikke kontrolleres",
        "",
        "gives no format, so it cannot be checked",
        "",
    ),
    "time-unknown-format": (
        "Møtet {date} i møteplanen «{plan}» gir ikke møteformen (format), så den kan ikke kontrolleres",
        "",
        "The meeting on {date} in meeting plan '{plan}' gives no format, so it cannot be checked",
        "",
    ),
    "time-unknown-format-hint": (
        "Gi møtet `format:` (fysisk, digitalt eller hybrid).",
        "",
        "Give the meeting `format:` (fysisk, digitalt or hybrid).",
        "",
    ),
    "time-no-start": (
        "gir ikke når det begynner (start), så tiden kan ikke kontrolleres",
        "",
        "gives no start, so its time cannot be checked",
        "",
    ),
    "time-no-end": (
        "gir ikke når det slutter (end), så tiden kan ikke kontrolleres",
        "",
        "gives no end, so its time cannot be checked",
        "",
    ),
    "time-no-both": (
        "gir verken når det begynner eller slutter (start, end), så tiden kan ikke kontrolleres",
        "",
        "gives neither a start nor an end, so its time cannot be checked",
        "",
    ),
    "time-unknown-both": (
        "Møtet {date} i møteplanen «{plan}» gir verken når det begynner eller slutter (start, end), så tiden "
        "kan ikke kontrolleres",
        "",
        "The meeting on {date} in meeting plan '{plan}' gives neither a start nor an end, so its time cannot "
        "be checked",
        "",
    ),
    "time-unknown-start": (
        "Møtet {date} i møteplanen «{plan}» gir ikke når det begynner (start), så tiden kan ikke kontrolleres",
        "",
        "The meeting on {date} in meeting plan '{plan}' gives no start, so its time cannot be checked",
        "",
    ),
    "time-unknown-end": (
        "Møtet {date} i møteplanen «{plan}» gir ikke når det slutter (end), så tiden kan ikke kontrolleres",
        "",
        "The meeting on {date} in meeting plan '{plan}' gives no end, so its time cannot be checked",
        "",
    ),
    "time-unknown-hint": (
        "Gi møtet `start:` og `end:` (TT:MM).",
        "",
        "Give the meeting `start:` and `end:` (HH:MM).",
        "",
    ),
    "duration-unknown": (
        "Møtet {date} i møteplanen «{plan}» gir ikke både start og slutt (start, end), så hvor lenge det "
        "varer kan ikke kontrolleres",
        "",
        "The meeting on {date} in meeting plan '{plan}' does not give both a start and an end (start, end), "
        "so how long it lasts cannot be checked",
        "",
    ),
    "duration-plan-untimed": (
        "Møteplanen «{plan}» gir ingen klokkeslett for noen av møtene ({count}), så hvor lenge de varer kan "
        "ikke kontrolleres",
        "",
        "Meeting plan '{plan}' gives no hours for any of its meetings ({count}), so how long they last cannot "
        "be checked",
        "",
    ),
    "duration-plan-untimed-hint": (
        "Gi møtene `start:` og `end:` (TT:MM) når planen sier klokkeslett; regelen sier fra én gang for en plan "
        "uten klokkeslett.",
        "",
        "Give the meetings `start:` and `end:` (HH:MM) once the plan has hours; the rule says so once for a plan "
        "without any.",
        "",
    ),
    "duration-unknown-hint": (
        "Gi møtet `start:` og `end:` (TT:MM).",
        "",
        "Give the meeting `start:` and `end:` (HH:MM).",
        "",
    ),
    "seat-count-unknown-group": (
        "organisasjonen har ingen part {parties} (i regelens grouped_under), så partene under den kan ikke telles",
        "",
        "the organisation has no party {parties} (in the rule's grouped_under), so the parties under it cannot be counted",
        "",
    ),
    "seat-count-unknown-group-hint": (
        "Gi parten under `parties:` med den id-en, eller rett id-en i regelen.",
        "",
        "Add the party under `parties:` with that id, or correct the id in the rule.",
        "",
    ),
    "seat-count-no-sector": (
        "{forum} har ingen sektor, så partene i sektoren kan ikke telles",
        "",
        "{forum} has no sector, so the parties of its sector cannot be counted",
        "",
    ),
    "seat-count-no-sector-hint": (
        "Gi forumet `sector:` (id-en til sykehuset det hører til), og partene i sektoren samme `sector:`.",
        "",
        "Give the forum `sector:` (the id of the hospital it belongs to), and the parties of its sector the same `sector:`.",
        "",
    ),
    "chair-term-side": (
        "valgperioden på {years} år som perioden begynner i, er {side}-sidens",
        "",
        "the {years}-year term the period begins in is the {side} side's",
        "",
    ),
    "chair-not-same-side-as": (
        "lederen er ikke fra samme side som {chair} ({side}), som leder {forum} i samme tid",
        "",
        "the chair is not from the side of {chair} ({side}), who chairs {forum} at the same time",
        "",
    ),
    "chair-same-side-no-plan": (
        "Møteplanen «{plan}» kan ikke sammenlignes: ingen møteplan for et forum med {criteria} er blant "
        "filene som kontrolleres, så det kan ikke kontrolleres at lederne er fra samme side",
        "",
        "Meeting plan '{plan}' cannot be compared: no meeting plan of a forum with {criteria} is among the "
        "files checked, so it cannot be checked that the chairs are from the same side",
        "",
    ),
    "chair-not-same-as": (
        "lederen er ikke {chair}, som leder {forum} i samme tid",
        "",
        "the chair is not {chair}, who chairs {forum} at the same time",
        "",
    ),
    # chair's opposite_to with nothing to compare with (rules/checks/chair.py)
    "chair-opposite-no-plan": (
        "Møteplanen «{plan}» kan ikke sammenlignes: ingen møteplan for et forum med {criteria} er blant "
        "filene som kontrolleres, så det kan ikke kontrolleres at lederne er fra hver sin side",
        "",
        "Meeting plan '{plan}' cannot be compared: no meeting plan of a forum with {criteria} is among the "
        "files checked, so it cannot be checked that the chairs are from different sides",
        "",
    ),
    "chair-same-as-no-plan": (
        "Møteplanen «{plan}» kan ikke sammenlignes: ingen møteplan for et forum med {criteria} er blant "
        "filene som kontrolleres, så det kan ikke kontrolleres at den samme leder begge",
        "",
        "Meeting plan '{plan}' cannot be compared: no meeting plan of a forum with {criteria} is among the "
        "files checked, so it cannot be checked that the same chair leads both",
        "",
    ),
    "chair-opposite-no-plan-hint": (
        "Kontroller møteplanen for det andre forumet sammen med denne (gi begge filene eller mappen deres).",
        "",
        "Check the other forum's meeting plan together with this one (give both files, or their folder).",
        "",
    ),
    "chair-opposite-uncovered": (
        "Lederperioden {period} kan ikke sammenlignes for {days}: ingen lederperiode i møteplanen for et "
        "forum med {criteria} dekker de dagene",
        "",
        "Chair period {period} cannot be compared for {days}: no chair period in the meeting plan of a "
        "forum with {criteria} covers those days",
        "",
    ),
    "chair-opposite-uncovered-hint": (
        "Før opp lederperiodene for det andre forumet for hele perioden, eller la denne perioden slutte "
        "der de slutter.",
        "",
        "List the other forum's chair periods for the whole period, or let this period end where they end.",
        "",
    ),
    # meeting_alignment without a plan of the other forum (rules/checks/meeting_alignment.py)
    "alignment-no-plan": (
        "Møteplanen «{plan}» kan ikke sammenlignes: ingen møteplan for et forum med {criteria} er blant "
        "filene som kontrolleres, så det kan ikke kontrolleres at det er et møte her ved hvert av møtene der",
        "",
        "Meeting plan '{plan}' cannot be compared: no meeting plan of a forum with {criteria} is among the "
        "files checked, so it cannot be checked that there is a meeting here by each of its meetings",
        "",
    ),
    "alignment-no-plan-hint": (
        "Kontroller møteplanen for det andre forumet sammen med denne (gi begge filene eller mappen deres).",
        "",
        "Check the other forum's meeting plan together with this one (give both files, or their folder).",
        "",
    ),
    "alignment-uncovered": (
        "Møtet i {other_forum} {date} har ikke noe møte her: dagen er utenfor hver møteplan for {forum} "
        "(«{plan}» går {span}, og ingen annen plan for forumet blant filene som kontrolleres dekker den)",
        "",
        "The meeting of {other_forum} on {date} has no meeting here: the day is outside every meeting plan of "
        "{forum} ('{plan}' runs {span}, and no other plan of the forum among the files checked covers it)",
        "",
    ),
    "alignment-uncovered-hint": (
        "Før opp møtene her så langt møteplanen for {other_forum} går (forleng planen, eller gi planen for "
        "neste periode sammen med denne).",
        "",
        "List the meetings here as far as the meeting plan of {other_forum} runs (extend the plan, or check "
        "the plan for the next period together with this one).",
        "",
    ),
    "alignment-no-time": (
        "Møtet {here} i møteplanen «{plan}» kan ikke sammenlignes med møtet i {other_forum} {date}: {which}, "
        "så om det er {requirement} kan ikke kontrolleres",
        "",
        "The meeting on {here} in meeting plan '{plan}' cannot be compared with the meeting of {other_forum} on "
        "{date}: {which}, so whether it is {requirement} cannot be checked",
        "",
    ),
    "alignment-no-time-here": (
        "møtet her har ikke klokkeslett (start)",
        "",
        "the meeting here has no time of day (start)",
        "",
    ),
    "alignment-no-time-there": (
        "møtet der har ikke klokkeslett (start)",
        "",
        "that meeting has no time of day (start)",
        "",
    ),
    "alignment-no-time-both": ("ingen av dem har klokkeslett (start)", "", "neither has a time of day (start)", ""),
    "alignment-no-time-hint": (
        "Gi møtene klokkeslett i begge møteplanene: start: TT:MM, og end: TT:MM der det er kjent.",
        "",
        "Give the meetings their time of day in both meeting plans: start: HH:MM, and end: HH:MM where known.",
        "",
    ),
    "alignment-time-earlier": ("før møtet der", "", "before that meeting", ""),
    "alignment-time-hours": ("{hours} timer før møtet der", "", "{hours} hours before that meeting", ""),
    "alignment-time-before": ("før kl. {time}", "", "before {time}", ""),
    "alignment-time-at": ("kl. {time}", "", "at {time}", ""),
    "alignment-time-between": ("mellom kl. {first} og {last}", "", "between {first} and {last}", ""),
    # a rule on who chairs, on a meeting plan without chair periods (rules/checks/plan_helpers.py)
    "plan-no-chairs": (
        "Møteplanen «{plan}» nevner ingen lederperioder, så hvem som leder kan ikke kontrolleres",
        "",
        "Meeting plan '{plan}' names no chair periods, so who chairs cannot be checked",
        "",
    ),
    "plan-no-chairs-hint": (
        "Legg til lederperiodene under `chairs`; sier avtalen ikke hvem som leder, la regelen gjelde "
        "andre planer (`applies_to`).",
        "",
        "Add the chair periods under `chairs`; if the agreement does not say who chairs, let the rule "
        "apply to other plans (`applies_to`).",
        "",
    ),
    "plan-no-span": (
        "Møteplanen «{plan}» har verken møter eller lederperioder, så årene den dekker er ukjente",
        "",
        "Meeting plan '{plan}' has neither meetings nor chair periods, so the years it covers are unknown",
        "",
    ),
    "plan-no-span-hint": (
        "Legg til de planlagte møtene under `meetings` (eller lederperiodene under `chairs`).",
        "",
        "Add the planned meetings under `meetings` (or the chair periods under `chairs`).",
        "",
    ),
    "audit-no-chairs": (
        "Planen nevner ingen lederperioder.",
        "",
        "The plan names no chair periods.",
        "",
    ),
    # meeting_host (rules/checks/meeting_host.py)
    "host-missing": (
        "møtet nevner ingen arrangør (`host` eller `host_side`)",
        "",
        "the meeting names no host (`host` or `host_side`)",
        "",
    ),
    "host-wrong-side": ("arrangøren er ikke fra {sides}", "", "the host is not from {sides}", ""),
    "host-not-allowed": ("arrangøren er ikke blant {allowed}", "", "the host is not one of {allowed}", ""),
    "host-repeats": (
        "samme arrangør som møtet {date} før det; arrangøren skal veksle",
        "",
        "the same host as the meeting on {date} before it; the host is to alternate",
        "",
    ),
    "host-repeats-side": (
        "arrangøren er fra samme side som arrangøren av møtet {date} før det; siden skal veksle",
        "",
        "the host is from the same side as the host of the meeting on {date} before it; the side is to alternate",
        "",
    ),
    "host-too-few": (
        "er arrangør for {found} møter i {year}, skal være det for minst {min}",
        "",
        "hosts {found} meetings in {year}, is to host at least {min}",
        "",
    ),
    "chair-co-chair-missing": ("mangler medleder", "", "has no co-chair", ""),
    "chair-co-chair-forbidden": (
        "har medleder, men skal ha én leder",
        "",
        "has a co-chair but is to have one chair",
        "",
    ),
    "cross-no-target": (
        "kan ikke være representert der den skal: organisasjonen har ikke noe forum som `in` peker ut ({wanted})",
        "",
        "cannot be represented where it is to be: the organisation has no forum that `in` picks ({wanted})",
        "",
    ),
    "cross-no-target-ids": (
        "kan ikke være representert der den skal: `in.id` nevner {ids}, som organisasjonen ikke har{suggestion}",
        "",
        "cannot be represented where it is to be: `in.id` names {ids}, which the organisation does not have"
        "{suggestion}",
        "",
    ),
    "cross-no-representative": (
        "har ingen plass som svarer til den som skal representere forumet",
        "",
        "has no seat of the one who is to represent the forum",
        "",
    ),
    "cross-absent": ("er ikke representert i {target}", "", "is not represented in {target}", ""),
    "cross-absent-any": (
        "har ingen plass i noen av {target}",
        "",
        "holds no seat in any of {target}",
        "",
    ),
    "cross-must-any": (
        "har plass i {target}, men ingen plass der oppfyller kravet",
        "",
        "holds a seat in {target}, but no seat there meets the requirement",
        "",
    ),
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
    "cross-no-chair-period": (
        "har ingen lederperiode som gjelder {date} i en møteplan",
        "",
        "has no chair period in force on {date} in a meeting plan",
        "",
    ),
    "cross-no-deputy-chair": (
        "har ingen nestleder i lederperioden som gjelder {date}",
        "",
        "names no deputy chair in the chair period in force on {date}",
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
    "mandate-reversed": ("snur punktet", "", "reverses the point", ""),
    "mandate-other-body": ("gir et annet organ punktet", "", "gives another body the point", ""),
    "agreement-no-such-body": (
        "det finnes ikke noe forum eller organ (bodies) «{body}» som skal ha vedtatt den; organisasjonen har: {known}",
        "",
        "there is no forum or body (bodies) '{body}' to have adopted it; the organisation has: {known}",
        "",
    ),
    "agreement-no-such-body-close": (
        "det finnes ikke noe forum eller organ (bodies) «{body}» som skal ha vedtatt den (mente du «{close}»?); "
        "organisasjonen har: {known}",
        "",
        "there is no forum or body (bodies) '{body}' to have adopted it (did you mean '{close}'?); the "
        "organisation has: {known}",
        "",
    ),
    "agreement-former-not-adopted": (
        "har ikke vedtatt den for {former}, som den ble slått sammen av (merged_from); bare de andre vedtok den",
        "",
        "has not adopted it for {former}, which it was merged from (merged_from); only the others adopted it",
        "",
    ),
    "seatreq-gives-no": ("gir ikke `{field}`", "", "gives no `{field}`", ""),
    "seatreq-has": ("har `{field}: {value}`", "", "has `{field}: {value}`", ""),
    "seatreq-fails": ("oppfyller ikke `{field}`", "", "does not meet `{field}`", ""),
    "term-missing": ("har ingen funksjonsperiode (term)", "", "gives no term of office (term)", ""),
    "term-not-current": (
        "har en funksjonsperiode som ikke løper {on}",
        "",
        "has a term of office that is not running on {on}",
        "",
    ),
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
    "term-remainder-long": (
        "har resten av en periode (remainder) som er lengre enn {years} år",
        "",
        "has the rest of a term (remainder) that is longer than {years} years",
        "",
    ),
    "term-remainder-not-aligned": (
        "har resten av en periode (remainder) som ikke slutter dagen før en av periodene som begynner {start}",
        "",
        "has the rest of a term (remainder) that does not end the day before one of the terms beginning on {start}",
        "",
    ),
    "party-in-a-region": ("tilhører en region", "", "belongs to a region", ""),
    # party_set's {problem}: what is wrong with the parties of the type
    # secretariat (check function): {problem}
    "secretariat-missing": ("har ikke noe sekretariat", "", "has no secretariat", ""),
    "secretariat-not-run-by": ("sekretariatet drives ikke av {party}", "", "the secretariat is not run by {party}", ""),
    "secretariat-no-runner-of-type": (
        "ingen part av typen {type} driver sekretariatet",
        "",
        "no party of type {type} runs the secretariat",
        "",
    ),
    "secretariat-no-runner-of-side": (
        "ingen part på siden {side} driver sekretariatet",
        "",
        "no party of side {side} runs the secretariat",
        "",
    ),
    "secretariat-run-by-other": (
        "sekretariatet drives også av {party}, som regelen ikke nevner",
        "",
        "the secretariat is also run by {party}, which the rule does not name",
        "",
    ),
    "secretariat-run-by-other-type": (
        "sekretariatet drives også av {party}, av typen {type}",
        "",
        "the secretariat is also run by {party}, of type {type}",
        "",
    ),
    "secretariat-run-by-other-side": (
        "sekretariatet drives også av {party}, på siden {side}",
        "",
        "the secretariat is also run by {party}, of side {side}",
        "",
    ),
    "secretariat-serves-no": (
        "sekretariatet betjener ikke noe forum av typen {type}",
        "",
        "the secretariat serves no forum of type {type}",
        "",
    ),
    "secretariat-seats": (
        "sekretariatet har {found} {label}; krever {requirement}",
        "",
        "the secretariat has {found} {label}; requires {requirement}",
        "",
    ),
    "secretariat-seats-per": (
        "sekretariatet har {found} {label} ({unit}); krever {requirement}",
        "",
        "the secretariat has {found} {label} ({unit}); requires {requirement}",
        "",
    ),
    "secretariat-responsible": (
        "sekretariatet har {found} {label} med overordnet ansvar; krever {requirement}",
        "",
        "the secretariat has {found} {label} with overall responsibility; requires {requirement}",
        "",
    ),
    "secretariat-responsible-per": (
        "sekretariatet har {found} {label} med overordnet ansvar ({unit}); krever {requirement}",
        "",
        "the secretariat has {found} {label} with overall responsibility ({unit}); requires {requirement}",
        "",
    ),
    "secretariat-reports-to-no-type": (
        "sekretariatet rapporterer ikke til noe forum av typen {type}",
        "",
        "the secretariat reports to no forum of type {type}",
        "",
    ),
    "secretariat-reports-to-no-id": (
        "sekretariatet rapporterer ikke til {forum}",
        "",
        "the secretariat does not report to {forum}",
        "",
    ),
    "secretariat-reports-to-no": (
        "sekretariatet rapporterer ikke til noe forum som regelen beskriver",
        "",
        "the secretariat reports to no forum the rule describes",
        "",
    ),
    "secretariat-leader-count": (
        "sekretariatet har {found} plasser som passer til lederen; krever nøyaktig 1",
        "",
        "the secretariat has {found} seats that fit the leader; requires exactly 1",
        "",
    ),
    "secretariat-deputy-count": (
        "sekretariatet har {found} plasser som passer til nestlederen; krever nøyaktig 1",
        "",
        "the secretariat has {found} seats that fit the deputy leader; requires exactly 1",
        "",
    ),
    "secretariat-leaders-same-side": (
        "lederen og nestlederen i sekretariatet er begge fra siden {side}",
        "",
        "the secretariat's leader and deputy leader are both of side {side}",
        "",
    ),
    # forum_leaders (check function): {problem}
    "forum-leader-count": (
        "har {found} plasser som passer til lederen; krever nøyaktig 1",
        "",
        "has {found} seats that fit the leader; requires exactly 1",
        "",
    ),
    "forum-deputy-count": (
        "har {found} plasser som passer til nestlederen; krever nøyaktig 1",
        "",
        "has {found} seats that fit the deputy leader; requires exactly 1",
        "",
    ),
    "forum-leaders-same-side": (
        "lederen og nestlederen er begge fra siden {side}",
        "",
        "the leader and the deputy leader are both of side {side}",
        "",
    ),
    "relation-word-etablert-av": ("etablert av", "", "established by", ""),
    "relation-word-utovende-organ-for": ("utøvende organ for", "", "executive body of", ""),
    "relation-word-vertskommune": ("har som vertskommune", "", "has as host municipality", ""),
    "relation-word-godkjennes-av": ("godkjennes av", "", "approved by", ""),
    "relation-word-tvister-behandles-av": ("tvister behandles av", "", "disputes are settled by", ""),
    "relation-word-ivaretar": ("ivaretar", "", "looks after", ""),
    "agreement-missing": ("ingen slik avtale finnes", "", "there is no such agreement", ""),
    "escalation-none": (
        "sier ikke hvor uenighet behandles (ingen escalation)",
        "",
        "does not say where a disagreement is handled (no escalation)",
        "",
    ),
    "escalation-missing": ("har ikke trinnet {step}", "", "has no step {step}", ""),
    "escalation-order": ("har trinnet {step} før {previous}", "", "has the step {step} before {previous}", ""),
    "escalation-extra": (
        "har trinnet {step}, som avtalen ikke nevner",
        "",
        "has the step {step}, which the agreement does not name",
        "",
    ),
    "escalation-self": ("forumet selv", "", "the forum itself", ""),
    "agreement-no-basis": (
        "sier ikke hvilken avtale den er inngått i henhold til (forventet {wanted})",
        "",
        "does not say which agreement it is made under (expected {wanted})",
        "",
    ),
    "agreement-basis-kind": (
        "er inngått i henhold til {basis}, som ikke er {wanted}",
        "",
        "is made under {basis}, which is not {wanted}",
        "",
    ),
    "agreement-basis-point": (
        "er inngått i henhold til {basis} pkt. {point}, ikke pkt. {wanted}",
        "",
        "is made under point {point} of {basis}, not point {wanted}",
        "",
    ),
    "agreement-basis-no-point": (
        "er inngått i henhold til {basis}, men sier ikke hvilket punkt (forventet pkt. {wanted})",
        "",
        "is made under {basis}, but does not say which point (expected point {wanted})",
        "",
    ),
    "agreement-not-adopted": ("har ikke vedtatt den", "", "has not adopted it", ""),
    "agreement-wrong-body": (
        "vedtok den i {body}, ikke i {wanted}",
        "",
        "adopted it by {body}, not by {wanted}",
        "",
    ),
    "agreement-effective-from": (
        "gjelder fra {date}, ikke fra {wanted}",
        "",
        "is in force from {date}, not from {wanted}",
        "",
    ),
    "agreement-no-effective-from": (
        "gir ingen effective_from (forventet {wanted})",
        "",
        "gives no effective_from (expected {wanted})",
        "",
    ),
    "agreement-adopted": (
        "ble vedtatt {date}, ikke {wanted}",
        "",
        "was adopted on {date}, not on {wanted}",
        "",
    ),
    "agreement-no-adopted": (
        "gir ingen vedtaksdato, adopted (forventet {wanted})",
        "",
        "gives no adopted day (expected {wanted})",
        "",
    ),
    "agreement-adopted-late": ("vedtok den {date}, etter {by}", "", "adopted it on {date}, after {by}", ""),
    "agreement-adopted-other-day": ("vedtok den {date}, ikke {on}", "", "adopted it on {date}, not on {on}", ""),
    "agreement-adopted-not-with-others": (
        "vedtok den {date}, ikke samme dag som de andre ({on})",
        "",
        "adopted it on {date}, not on the day the others did ({on})",
        "",
    ),
    "agreement-adoption-undated": (
        "vedtok den, men vedtaket har ingen dato",
        "",
        "adopted it, but the adoption gives no date",
        "",
    ),
    "agreement-no-forum": ("det finnes ikke noe forum av typen {types}", "", "there is no forum of type {types}", ""),
    "agreement-not-replacing": (
        "sier ikke at den erstatter {entry}",
        "",
        "does not say it replaces {entry}",
        "",
    ),
    "agreement-replaces-nothing": (
        "nevner ingen tidligere avtale den erstatter",
        "",
        "names no earlier agreement it replaces",
        "",
    ),
    "agreement-party-missing": ("har ingen slik avtale", "", "has no such agreement", ""),
    "agreement-party-not-named": (
        "nevner ikke {party} blant partene",
        "",
        "does not name {party} among its parties",
        "",
    ),
    "agreement-party-not-listed": (
        "nevner {party}, som ikke er blant partene teksten gir",
        "",
        "names {party}, who is not among the parties the text gives",
        "",
    ),
    "agreement-party-several": ("har {count} slike avtaler", "", "has {count} such agreements", ""),
    "agreement-no-parties": (
        "finnes ikke blant partene: ingenting å sjekke",
        "",
        "is not among the parties: nothing to check",
        "",
    ),
    "agreement-joint": (
        "har ingen egen avtale: «{agreement}» er felles med {others}",
        "",
        "has no agreement of its own: «{agreement}» is shared with {others}",
        "",
    ),
    "sub-agreement-missing": ("mangler", "", "is missing", ""),
    "sub-agreement-not-listed": ("er ikke på listen", "", "is not on the list", ""),
    "sub-agreements-too-few": ("for få delavtaler", "", "too few sub-agreements", ""),
    "sub-agreements-too-many": ("for mange delavtaler", "", "too many sub-agreements", ""),
    "party-set-missing": ("mangler", "", "is missing", ""),
    "party-set-missing-part": (
        "mangler; av {county} tok den bare inn {part}, resten fra andre fylker: ta den ut med remove om avtalen "
        "ikke gjelder den",
        "",
        "is missing; of {county} it took in only {part}, the rest from other counties: leave it out with remove "
        "if the agreement does not cover it",
        "",
    ),
    "party-set-extra": ("er ikke på listen", "", "is not on the list", ""),
    "party-set-missing-meant": ("mangler (mente du '{other}'?)", "", "is missing (did you mean '{other}'?)", ""),
    "party-set-extra-meant": (
        "er ikke på listen (er det listens '{other}'?)",
        "",
        "is not on the list (is it the list's '{other}'?)",
        "",
    ),
    "party-set-outside": ("er en kommune utenfor området", "", "is a municipality outside the area", ""),
    "party-set-ambiguous": (
        "har et navn flere kommuner har i registeret; oppgi municipality_number",
        "",
        "has a name more than one municipality has in the register; give municipality_number",
        "",
    ),
    "party-set-not-a-municipality": (
        "er ingen kommune i registeret (rett navnet eller oppgi municipality_number)",
        "",
        "is no municipality in the register (correct the name or give municipality_number)",
        "",
    ),
    "party-set-not-then": (
        "er en kommune i dag, men ikke i kommunestrukturen fra {structure}",
        "",
        "is a municipality today, but not of the {structure} structure",
        "",
    ),
    "party-set-same-municipality": (
        "er samme kommune som en annen part",
        "",
        "is the same municipality as another party",
        "",
    ),
    "party-set-too-few": ("for få", "", "too few", ""),
    "party-set-too-many": ("for mange", "", "too many", ""),
    "party-set-no-forum": ("sitter ikke i noe slikt forum", "", "sits in no such forum", ""),
    "party-set-no-region": ("hører ikke til noen region", "", "belongs to no region", ""),
    "party-set-region-missing": ("regionen mangler", "", "the region is missing", ""),
    "party-set-region-extra": ("regionen er ikke på listen", "", "the region is not on the list", ""),
    "party-set-regions-too-few": ("for få regioner", "", "too few regions", ""),
    "party-set-regions-too-many": ("for mange regioner", "", "too many regions", ""),
    "party-set-region-too-few": ("for få i regionen", "", "too few in the region", ""),
    "party-set-region-too-many": ("for mange i regionen", "", "too many in the region", ""),
    "region-unknown": ("{party} (region?)", "", "{party} (region?)", ""),
    "regions-none-declared": (
        "Regelen for «{subject}» teller per region, men organisasjonen oppgir ingen regioner, så ingen part kan telles for en region",
        "",
        "The rule for '{subject}' counts per region, but the organisation declares no regions, so no party can be counted for one",
        "",
    ),
    "regions-none-declared-hint": (
        "Legg til `regions:` i organisasjonen, hver region med `name` og `parties` (id-ene til partene den samler), eller gi hver part `region:`.",
        "",
        "Add `regions:` to the organisation, each region with `name` and `parties` (the ids of the parties it groups), or give each party a `region:`.",
        "",
    ),
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
    "audit-supports": ("støtter opp om arbeidet i", "", "supports the work of", ""),
    "audit-sub-committee-of": ("er underutvalg av", "", "is a sub-committee of", ""),
    "audit-follows-up": ("følger opp", "", "follows up", ""),
    "audit-escalation": ("uenighet behandles i", "", "disagreements go to", ""),
    "audit-members": ("Medlemmer", "", "Members", ""),
    "audit-observers": ("Observatører", "", "Observers", ""),
    "audit-secretariat": ("Sekretariat", "", "Secretariat", ""),
    "audit-secretariat-run-by": ("drives av", "", "run by", ""),
    "audit-secretariat-seat": ("plass", "plasser", "seat", "seats"),
    "audit-secretariat-serves": ("betjener", "", "serves", ""),
    "audit-secretariat-responsible": (
        "plass med overordnet ansvar",
        "plasser med overordnet ansvar",
        "seat with overall responsibility",
        "seats with overall responsibility",
    ),
    "audit-secretariat-reports-to": ("rapporterer til", "", "reports to", ""),
    "audit-of-which": ("herav", "", "of which", ""),
    "audit-without-vote": ("uten stemmerett", "", "without a vote", ""),
    "audit-combined-post": ("kombinert stilling", "", "combined post", ""),
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
    "diff-secretariat-changed": (
        "sekretariat endret: {forum}: {field} {before} → {after}",
        "",
        "secretariat changed: {forum}: {field} {before} → {after}",
        "",
    ),
    "diff-community-secretariat-changed": (
        "helsefellesskapets sekretariat endret: {field} {before} → {after}",
        "",
        "the health community's secretariat changed: {field} {before} → {after}",
        "",
    ),
    "diff-chair-rotation-changed": (
        "lederrotasjon endret: {forum}: {before} → {after}",
        "",
        "chair rotation changed: {forum}: {before} → {after}",
        "",
    ),
    "diff-meeting-frequency-changed": (
        "møtehyppighet endret: {forum}: {before} → {after} møte i året",
        "møtehyppighet endret: {forum}: {before} → {after} møter i året",
        "meeting frequency changed: {forum}: {before} → {after} meeting a year",
        "meeting frequency changed: {forum}: {before} → {after} meetings a year",
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
    "diff-meetings-changed": (
        "møter endret: {plan} ({forum}): {before} → {after}",
        "",
        "meetings changed: {plan} ({forum}): {before} → {after}",
        "",
    ),
    "diff-chair-periods-changed": (
        "lederperioder endret: {plan} ({forum}): {before} → {after}",
        "",
        "chair periods changed: {plan} ({forum}): {before} → {after}",
        "",
    ),
    "diff-plan-covers-changed": (
        "dagene planen gjelder for (covers) endret: {plan} ({forum}): {before} → {after}",
        "",
        "the days the plan is for (covers) changed: {plan} ({forum}): {before} → {after}",
        "",
    ),
    "diff-organisation-changed": (
        "organisasjonen endret: {field}: {before} → {after}",
        "",
        "organisation changed: {field}: {before} → {after}",
        "",
    ),
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
        "err-not-as-list": (
            " (for å utelate plassene som oppfyller én av flere velgere, gi `not` en liste: "
            "`not: [{role: [A]}, {role: [B]}]`)",
            "",
            " (to leave out the seats that meet any of several selectors, give `not` a list: "
            "`not: [{role: [A]}, {role: [B]}]`)",
            "",
        ),
        "err-not-any-of-alone": (
            " (`not: {any_of: [...]}` tar bare `any_of`: gi de andre kriteriene som én velger til i listen)",
            "",
            " (`not: {any_of: [...]}` takes only `any_of`: give the other criteria as one more selector in the list)",
            "",
        ),
        "did-you-mean": (" (mente du '{name}'?)", "", " (did you mean '{name}'?)", ""),
        "err-unknown-key": (
            "ukjent nøkkel '{key}' i {where}{suggestion}; forventet en av: {choices}",
            "",
            "unknown key '{key}' in {where}{suggestion}; expected one of: {choices}",
            "",
        ),
        # a text written {nb: A, B, en: C}: the comma ends the text, and 'B' reads as a key
        "err-flow-comma": (
            "ukjent nøkkel '{key}' i {where}; forventet en av: {choices}. Står det et komma i {text}? "
            'I flytform ({…}) avslutter et komma verdien: sett den i anførselstegn ({text}: "A, B") '
            "eller skriv nøklene på hver sin linje",
            "",
            "unknown key '{key}' in {where}; expected one of: {choices}. Is there a comma in {text}? "
            'In flow style ({…}) a comma ends the value: put it in quotes ({text}: "A, B") '
            "or write the keys on lines of their own",
            "",
        ),
        "err-text-comma": (
            "ukjent nøkkel '{key}' i {where}; forventet en av: {choices}. Står det et komma i teksten? "
            "I flytform ({nb: …, en: …}) avslutter et komma teksten: sett teksten i anførselstegn "
            '(nb: "A, B") eller skriv nb: og en: på hver sin linje',
            "",
            "unknown key '{key}' in {where}; expected one of: {choices}. Is there a comma in the text? "
            "In flow style ({nb: …, en: …}) a comma ends the text: put the text in quotes "
            '(nb: "A, B") or write nb: and en: on lines of their own',
            "",
        ),
        # a problem found inside a rule of a pack, named by the rule's id
        "pack-in-rule": ("regel {rule}: {problem}", "", "rule {rule}: {problem}", ""),
        "err-no-pack": (
            "ingen regelpakke '{ref}'{suggestion}; medfølgende pakker: {packs}, eller gi stien til en pakkefil",
            "",
            "no rule pack '{ref}'{suggestion}; bundled packs: {packs}, or give a path to a pack file",
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
        "read-not-regular": (
            "kan ikke lese {what}: den er {kind}; forventet en vanlig fil",
            "",
            "cannot read {what}: it is {kind}; expected a regular file",
            "",
        ),
        "read-cannot": (
            "kan ikke lese {what}: {reason}; forventet en lesbar fil",
            "",
            "cannot read {what}: {reason}; expected a readable file",
            "",
        ),
        "read-what-file": ("filen", "", "file", ""),
        "read-what-baseline": ("grunnlinjen", "", "the baseline", ""),
        "read-what-config": ("konfigurasjonen", "", "the config", ""),
        "read-what-pack": ("regelpakken", "", "the pack", ""),
        "read-what-memo": ("huskelisten", "", "the memo", ""),
        "kind-folder": ("en mappe", "", "a folder", ""),
        "kind-fifo": ("en FIFO (navngitt rør)", "", "a FIFO (named pipe)", ""),
        "kind-char-device": ("en tegnenhet", "", "a character device", ""),
        "kind-block-device": ("en blokkenhet", "", "a block device", ""),
        "kind-socket": ("en sokkel", "", "a socket", ""),
        "kind-other": ("ikke en vanlig fil", "", "not a regular file", ""),
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
        "reason-pack-test": (
            "en regelpakketest, ikke et dokument å kontrollere (kjør den med hf-rules test)",
            "",
            "a rule-pack test, not a document to check (run it with hf-rules test)",
            "",
        ),
        "reason-packs-unusable": (
            "ikke kontrollert: konfigurasjonen eller regelpakkene kunne ikke lastes",
            "",
            "not checked: the config or rule packs could not be loaded",
            "",
        ),
        "reason-rule-failed": (
            "ikke ferdig kontrollert: regelen {rules} kunne ikke kjøres på det",
            "",
            "not wholly checked: the rule {rules} could not be run on it",
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
        "pack": ("regelpakke", "regelpakker", "pack", "packs"),
        # --- usage errors ----------------------------------------------------------------------
        "usage-config-missing": ("konfigurasjonsfilen {file} finnes ikke", "", "config file {file} does not exist", ""),
        "usage-as-of-and-today": (
            "gi --as-of eller --today, ikke begge: --as-of DATO setter allerede kjøredatoen",
            "",
            "give --as-of or --today, not both: --as-of DATE already sets the run's date",
            "",
        ),
        "usage-no-documents": (
            "ingen dokumenter gitt: oppgi filer eller mapper, eller før dem opp under 'documents' i .hf-rules.yaml",
            "",
            "no documents given: name files or folders, or list them under 'documents' in .hf-rules.yaml",
            "",
        ),
        "usage-audit-format": (
            "kan ikke se rapportformatet av '{output}'; kall den *.html eller *.md, eller gi --format html|markdown",
            "",
            "cannot tell the report format from '{output}'; name it *.html or *.md, or give --format html|markdown",
            "",
        ),
        "usage-audit-mismatch": (
            "--format {requested} passer ikke med '{output}' (som er {suffix_format}); gi filen endelsen "
            "som hører til formatet, eller utelat --format",
            "",
            "--format {requested} does not match '{output}' (which is {suffix_format}); give the file the "
            "suffix of the format, or leave --format out",
            "",
        ),
        "usage-overwrite-input": (
            "rapporten '{output}' ville overskrevet et inndokument; velg et annet navn",
            "",
            "the report '{output}' would overwrite an input document; choose another name",
            "",
        ),
        "write-what-none": ("{file}", "", "{file}", ""),
        "write-what-report": ("rapporten {file}", "", "the report {file}", ""),
        "write-what-schema": ("skjemaet {file}", "", "the schema {file}", ""),
        "write-what-baseline": ("grunnlinjen {file}", "", "the baseline {file}", ""),
        "write-what-the-baseline": ("grunnlinjen {file}", "", "the baseline {file}", ""),
        "write-what-memo": ("huskelisten {file}", "", "the memo {file}", ""),
        "write-what-the-config": ("konfigurasjonen {file}", "", "the config {file}", ""),
        "write-what-file": ("filen {file}", "", "the file {file}", ""),
        "write-what-folder": ("mappen {file}", "", "the folder {file}", ""),
        "write-cannot": ("kan ikke skrive {file}: {reason}", "", "cannot write {file}: {reason}", ""),
        "write-refused-kind": (
            "skriver ikke {file}: den er {kind}, ikke en vanlig fil; oppgi en fil",
            "",
            "refusing to write {file}: it is {kind}, not a regular file; name a file",
            "",
        ),
        "write-refused-input": (
            "skriver ikke {file}: den er en av filene denne kjøringen leser",
            "",
            "refusing to write {file}: it is one of this run's inputs",
            "",
        ),
        "write-changed": (
            "{file}: filen er endret siden den ble lest (en annen prosess skrev den); den er latt være",
            "",
            "{file}: the file changed since it was read (another process wrote it); left as it is",
            "",
        ),
        "write-locked": (
            "{file}: en annen prosess holder filen låst (hf-rules fix?); prøv igjen når den er ferdig",
            "",
            "{file}: another process holds the file locked (hf-rules fix?); try again when it has finished",
            "",
        ),
        "write-folder-in-the-way": (
            "kan ikke lage {file}: en fil med det navnet står i veien",
            "",
            "cannot create {file}: a file of that name is in the way",
            "",
        ),
        "write-folder-part-is-file": (
            "kan ikke lage {file}: en del av stien er en fil, ikke en mappe",
            "",
            "cannot create {file}: part of the path is a file, not a folder",
            "",
        ),
        "write-folder-cannot": ("kan ikke lage {file}: {reason}", "", "cannot create {file}: {reason}", ""),
        "usage-cannot-write": (
            "kan ikke skrive til {output}: {reason}",
            "",
            "cannot write to {output}: {reason}",
            "",
        ),
        "usage-stdin-twice": (
            "'-' (standard inn) kan bare gis én gang",
            "",
            "'-' (standard input) can be given once only",
            "",
        ),
        "usage-not-a-date": (
            "'{value}' er ikke en dato; forventet ÅÅÅÅ-MM-DD",
            "",
            "'{value}' is not a date; expected YYYY-MM-DD",
            "",
        ),
        "usage-see-help": (" (se '{command} --help')", "", " (see '{command} --help')", ""),
        "version": ("hf-rules, versjon {version}", "", "hf-rules, version {version}", ""),
        "explain-disabled": (
            "regelen {rule} er slått av i pakken '{pack}': {reason}",
            "",
            "rule {rule} is disabled by pack '{pack}': {reason}",
            "",
        ),
        "explain-no-rule": (
            "ingen regel {rule}{suggestion}; 'hf-rules rules' viser dem",
            "",
            "no rule {rule}{suggestion}; 'hf-rules rules' lists them",
            "",
        ),
        "schema-wrote": ("skrev {count} skjemaer til {folder}", "", "wrote {count} schemas to {folder}", ""),
        "schema-unknown": (
            "intet skjema '{name}'{suggestion}; forventet en av: {choices}",
            "",
            "no schema '{name}'{suggestion}; expected one of: {choices}",
            "",
        ),
        # --- hf-rules test ---------------------------------------------------------------------
        "test-pass": ("BESTÅTT", "", "PASS", ""),
        "test-fail": ("FEILET", "", "FAIL", ""),
        "test-total": ("{passed} bestått, {failed} feilet", "", "{passed} passed, {failed} failed", ""),
        "test-none": ("fant ingen testtilfeller", "", "no test cases found", ""),
        "test-uncovered": (
            "intet tilfelle forventer at regel {rule} i regelpakken «{pack}» slår til",
            "",
            "no case expects rule {rule} of pack '{pack}' to fire",
            "",
        ),
        "test-rules-case": (
            "hver regel i regelpakken «{pack}» forventes av et tilfelle ({count})",
            "",
            "every rule of pack '{pack}' is expected by a case ({count})",
            "",
        ),
        "test-rule-uncovered": (
            "{rule}: intet tilfelle forventer at den slår til",
            "",
            "{rule}: no case expects it to fire",
            "",
        ),
        # quotes of a pack against its sources' texts (hf-rules test; app/quotes.py)
        "quotes-case": (
            "sitatene i regelpakken «{pack}» står ordrett i kildene ({count})",
            "",
            "the quotes of pack '{pack}' are verbatim in their sources ({count})",
            "",
        ),
        "quotes-missing": (
            "{what} {id}: sitatet står ikke ordrett i {text}",
            "",
            "{what} {id}: the quote is not verbatim in {text}",
            "",
        ),
        "quotes-nearest": (
            "nærmeste tekst i {text}: «{passage}»",
            "",
            "nearest text in {text}: '{passage}'",
            "",
        ),
        "quotes-difference": (
            "sitatet har «{quote}», kilden «{source}»",
            "",
            "the quote has '{quote}', the source '{source}'",
            "",
        ),
        "quotes-difference-left-out": (
            "sitatet mangler «{source}»",
            "",
            "the quote leaves out '{source}'",
            "",
        ),
        "quotes-difference-added": (
            "sitatet har «{quote}», som ikke står i kilden",
            "",
            "the quote has '{quote}', which the source does not",
            "",
        ),
        "quotes-nothing-near": (
            "ingen tekst i {text} ligner sitatet",
            "",
            "no text in {text} resembles the quote",
            "",
        ),
        "quotes-repeated": (
            "{what} {id}: sitatet står {count} ganger i {text}; ta med nok av sammenhengen til at det står én gang",
            "",
            "{what} {id}: the quote occurs {count} times in {text}; quote enough of its context to make it occur once",
            "",
        ),
        "quotes-no-section": (
            "kilden «{source}» viser til avsnittet «{section}» i {text}, men filen har ingen linje "
            "«=== {section} ===»; forventet en av: {choices}",
            "",
            "source '{source}' names the section '{section}' of {text}, but the file has no line "
            "'=== {section} ==='; expected one of: {choices}",
            "",
        ),
        "quotes-unreadable": (
            "kan ikke lese teksten til kilden «{source}» ({text}, fra regelpakkens mappe): {reason}",
            "",
            "cannot read the text of source '{source}' ({text}, from the rule pack's folder): {reason}",
            "",
        ),
        "test-no-expectation": (
            "ingen forventning: gi expect.findings eller expect.compliant: true (--accept skriver inn det kontrollen fant)",
            "",
            "no expectation: give expect.findings or expect.compliant: true (--accept writes what the check found)",
            "",
        ),
        "test-invalid-input": ("dokumentene er ikke gyldig inndata:", "", "the documents are not valid input:", ""),
        "test-missing": ("mangler (forventet, ikke funnet):", "", "missing (expected, not found):", ""),
        "test-unexpected": ("uventet (funnet, ikke forventet):", "", "unexpected (found, not expected):", ""),
        "test-exit": ("avslutningskode {code}, forventet {expected}", "", "exit code {code}, expected {expected}", ""),
        "test-exit-was": (
            "avslutningskode {code} (`exit: {code}` under expect)",
            "",
            "exit code {code} (`exit: {code}` under expect)",
            "",
        ),
        "test-accepted": ("GODTATT", "", "ACCEPTED", ""),
        "test-total-accepted": (
            "{passed} bestått, {failed} feilet, {n} godtatt",
            "",
            "{passed} passed, {failed} failed, {n} accepted",
            "",
        ),
        "test-accepted-removed": ("fjernet fra expect (ikke funnet):", "", "removed from expect (not found):", ""),
        "test-accepted-added": ("lagt til i expect (funnet):", "", "added to expect (found):", ""),
        "test-accepted-example-broken": (
            "merk: tilfellet kopierer {files} uendret og forventet ingen funn; nå bryter selve eksempelet en regel (rett eksempelet hvis det ikke er meningen, og kjør --accept igjen)",
            "",
            "note: the case copies {files} unchanged and expected no findings; the example itself now breaks a rule (correct the example unless that is meant, and run --accept again)",
            "",
        ),
        "test-accepted-count": (
            "count: {count} (var {was}) i {finding}",
            "",
            "count: {count} (was {was}) in {finding}",
            "",
        ),
        "test-accepted-exit": ("exit: {code} (var {was})", "", "exit: {code} (was {was})", ""),
        "test-not-accepted": ("ikke godtatt: {reason}", "", "not accepted: {reason}", ""),
        "test-why-invalid-input": (
            "dokumentene er ikke gyldig inndata, og det skjuler ikke --accept; rett tilfellets filer eller redigeringer (eller forvent exit: 2)",
            "",
            "the documents are not valid input, which --accept does not hide; correct the case's files or edits (or expect exit: 2)",
            "",
        ),
        "test-accept-needs-paths": (
            "--accept skriver om testfiler: oppgi filene eller mappene (hf-rules test --accept tests/); tilfellene som følger med pakkene, skrives ikke om",
            "",
            "--accept rewrites test files: name the files or folders (hf-rules test --accept tests/); the cases bundled with the packs are not rewritten",
            "",
        ),
        "test-accept-unwritten": (
            "forventningene som ble godtatt, er ikke skrevet: {problem}; filen er som før",
            "",
            "the accepted expectations are not written: {problem}; the file is as it was",
            "",
        ),
        "test-accept-read-only": (
            "{file} er skrivebeskyttet (gjør den skrivbar for å godta)",
            "",
            "{file} is read-only (make it writable to accept)",
            "",
        ),
        "accept-case-not-block": (
            "tilfelle {case} er ikke skrevet som en blokk-mapping",
            "",
            "case {case} is not written as a block mapping",
            "",
        ),
        "accept-cannot-change": ("kan ikke endre {where} i teksten", "", "cannot change {where} in the text", ""),
        "help-opt-accept": (
            "Skriv det kontrollen ga, inn som forventning (expect) i testfilen for hvert tilfelle som feiler bare på avvikene eller avslutningskoden, eller mangler expect; alt annet i filen beholdes. Tilfellet er da GODTATT. Med -k bare de valgte tilfellene.",
            "",
            "Write what the check gave as the expectation (expect) in the test file of each case that fails on its findings or exit code alone, or has no expect; everything else in the file is kept. The case is then ACCEPTED. With -k only the cases selected.",
            "",
        ),
        "test-count": (
            "feil antall: {finding} funnet {found} ganger, forventet {count}",
            "",
            "wrong count: {finding} found {found} times, expected {count}",
            "",
        ),
        # --- --help (commands and options; click's own words are the click: entries) --------
        "help-cli": (
            "Kontroller styringen av et helsefellesskap mot avtalen.\n\nOrganisasjonsdokumenter og møteplaner (YAML) kontrolleres mot regelpakker som siterer avtalen. Avslutningskoder: 0 i samsvar, 1 avvik på eller over --fail-on, 2 ubrukelig inndata eller feil bruk, 3 intern feil.",
            "",
            "Check the governance of a Norwegian helsefellesskap against its agreement.\n\nOrganisation documents and meeting plans (YAML) are checked against rule packs that quote the agreement. Exit codes: 0 compliant, 1 findings at or above --fail-on, 2 unusable input or usage, 3 internal error.",
            "",
        ),
        "help-check": (
            "Kontroller dokumenter (filer, eller mapper som gjennomsøkes etter *.yaml/*.yml) mot regelpakkene.\n\nUten STIER kontrolleres dokumentene som står i .hf-rules.yaml. '-' leser et dokument fra standard inn.",
            "",
            "Check documents (files, or folders searched for *.yaml/*.yml) against the rule packs.\n\nWithout PATHS, the documents listed in .hf-rules.yaml are checked. '-' reads a document from standard input.",
            "",
        ),
        "help-fix": (
            "Legg til det avvik med en mekanisk løsning mangler, på stedet: en manglende observatør, en manglende relasjon mellom fora, en manglende fastlege-/bruker-/ansattplass (en plassholder å fylle ut); og flytt en part som sitter som medlem, men bare skal være observatør, til observatørene. Linjer legges bare til eller flyttes; kommentarer og alle andre byte blir stående. Bare filene og mappene i STIER endres. Avslutningskoder som for check, etter rettingen.",
            "",
            "Add what findings with a mechanical remedy lack, in place: a missing observer, a missing relation between fora, a missing GP/user/employee seat (a placeholder to fill in); and move a party seated as a member that must only observe to the observers. Lines are only added or moved; comments and every other byte stay. Only the files and folders in PATHS are edited. Exit codes as for check, after the fix.",
            "",
        ),
        "help-audit": (
            "Skriv en revisjonsrapport for et utvalg: resultat, hver forpliktelse i avtalen med regler, sitert kilde og avvik, et diagram av strukturen, lederrotasjonen og sporbarheten som trengs for å gjenskape den. Én selvstendig HTML-fil (ingen skript, skrives godt ut) eller Markdown med Mermaid-diagrammer. Avslutningskoder som for check.",
            "",
            "Write an audit report for a committee: verdict, every obligation of the agreement with its rules, quoted source and findings, a diagram of the structure, the chair rotation and the provenance needed to reproduce it. One self-contained HTML file (no scripts, prints well) or Markdown with Mermaid diagrams. Exit codes as for check.",
            "",
        ),
        "help-diff": (
            "Hva et forslag endrer: hf-rules diff GAMMEL NY (filer eller mapper), eller hf-rules diff --git REV STI... (GAMMEL er STI slik den er i REV). Viser strukturelle endringer etter betydning (fora lagt til, fjernet eller omdøpt; plasser lagt til, fjernet eller flyttet mellom medlemmer og observatører; innehavere og vararepresentanter; ledelsesrotasjon, ledelsesperioder og møtehyppighet; relasjoner mellom fora), deretter avvikene forslaget løser, innfører og beholder, med resultatet før og etter. Begge sider kontrolleres med de samme regelpakkene per samme dato (--as-of, ellers forslagets effective_from, ellers i dag). Avslutningskoder som check på NY (--fail-on-new: bare innførte avvik feiler).",
            "",
            "What a proposal changes: hf-rules diff OLD NEW (files or folders), or hf-rules diff --git REV PATH... (OLD is PATH at REV). Lists structural changes by meaning (fora added, removed or renamed; seats added, removed or moved between members and observers; holders and deputies; chair rotation, chair periods and meeting frequency; relations between fora), then the findings the proposal resolves, introduces and keeps, with the verdict before and after. Both sides are checked with the same rule packs as of the same date (--as-of, else the proposal's effective_from, else today). Exit codes as check on NEW (--fail-on-new: only introduced findings fail).",
            "",
        ),
        "help-lsp": (
            "Start språktjeneren (for redigeringsprogrammer): avvik mens du skriver, hover, fullføring, gå-til-definisjon og hurtigrettinger for organisasjonsdokumenter, møteplaner, unntak, konfigurasjonen og regelpakker. Trenger tillegget: pip install 'hf-rules[lsp]'. Se docs/editors.md.",
            "",
            "Run the language server (for editors): diagnostics as you type, hover, completion, go-to-definition and quick fixes for organisation documents, meeting plans, waivers, the config and rule packs. Needs the extra: pip install 'hf-rules[lsp]'. See docs/editors.md.",
            "",
        ),
        "help-opt-diff-git": (
            "GAMMEL er STIENE slik de er i git-revisjonen REV (lest med git show, ingenting sjekkes ut); NY er STIENE slik de er nå.",
            "",
            "OLD is PATHS as they are at git revision REV (read with git show, nothing checked out); NEW is PATHS as they are now.",
            "",
        ),
        "help-opt-diff-format": ("Utdataformat.", "", "Output format.", ""),
        "help-opt-fail-on-new": (
            "Avslutt med 1 bare for avvik forslaget innfører (på eller over --fail-on), ikke for dem det beholder.",
            "",
            "Exit 1 only for findings the proposal introduces (at or above --fail-on), not for those it keeps.",
            "",
        ),
        "help-opt-lsp-stdio": (
            "Snakk over standard inn og ut (standard og eneste transport).",
            "",
            "Talk over standard input and output (the default and only transport).",
            "",
        ),
        "usage-diff-git-paths": (
            "diff --git REV trenger filene eller mappene som skal sammenlignes, f.eks. hf-rules diff --git main fixtures/oslo",
            "",
            "diff --git REV needs the files or folders to compare, e.g. hf-rules diff --git main fixtures/oslo",
            "",
        ),
        "usage-diff-two-paths": (
            "diff tar to stier, GAMMEL og NY (fikk {found}); eller --git REV og stiene som skal sammenlignes",
            "",
            "diff takes two paths, OLD and NEW (got {found}); or --git REV and the paths to compare",
            "",
        ),
        "usage-lsp-needs-pygls": (
            "språktjeneren trenger pygls; installer den med: pip install 'hf-rules[lsp]'",
            "",
            "the language server needs pygls; install it with: pip install 'hf-rules[lsp]'",
            "",
        ),
        "help-validate": (
            "Valider dokumenter mot skjemaene og løs opp referansene; ingen regler kjøres.",
            "",
            "Validate documents against the schemas and resolve their references; no rules are run.",
            "",
        ),
        "help-rules": (
            "Vis reglene i regelpakkene som gjelder (se også: coverage, explain).",
            "",
            "List the rules of the packs in force (see also: coverage, explain).",
            "",
        ),
        "help-coverage": (
            "Knytt hver forpliktelse i avtalen til reglene som koder den (eller hvorfor ingen kan).",
            "",
            "Map each obligation of the agreement to the rules that encode it (or why none can).",
            "",
        ),
        "help-explain": (
            "Forklar en regel: tittel, sitert kilde, tolkning, hva som kontrolleres og hvordan den oppfylles.",
            "",
            "Explain a rule: title, quoted source, interpretation, what is checked and how to comply.",
            "",
        ),
        "help-test": (
            "Kjør regelpakketester: YAML-tilfeller (kind: PackTest) som gir dokumenter og avvikene som forventes. Uten STIER: tilfellene som følger med pakkene. Skriver BESTÅTT/FEILET per tilfelle, en linje per regel i pakkene som testes som intet tilfelle forventer (--require-all-rules: en feil), og 'N bestått, M feilet'; avslutningskode 0 alle bestått, 1 noen feilet, 2 en ugyldig testfil. --accept skriver det kontrollen ga, inn i expect i tilfellene som feiler (se docs/pack-tests.md).",
            "",
            "Run rule-pack tests: YAML cases (kind: PackTest) that give documents and the findings expected. Without PATHS, the cases bundled with the packs. Prints PASS/FAIL per case, a line for each rule of the packs under test that no case expects (--require-all-rules: a failure), and 'N passed, M failed'; exit 0 all pass, 1 any fails, 2 a bad test file. --accept writes what the check gave into the expect of failing cases (see docs/pack-tests.md).",
            "",
        ),
        "help-init": (
            "Lag et konfigurasjonsrepo i MAPPE: .hf-rules.yaml, en organisasjon og møteplan å starte med, .pre-commit-config.yaml og en CI-arbeidsflyt, som består 'hf-rules check' slik de lages. Eksisterende filer ødelegges aldri.",
            "",
            "Scaffold a config repository in FOLDER: .hf-rules.yaml, a starting organisation and meeting plan, .pre-commit-config.yaml and a CI workflow, which pass 'hf-rules check' as created. Existing files are never destroyed.",
            "",
        ),
        "help-schema": (
            "Skriv ut et JSON-skjema (organisation, meeting-plan, waivers, rulepack, config, report, packtest), eller skriv alle med --output.",
            "",
            "Print a JSON Schema (organisation, meeting-plan, waivers, rulepack, config, report, packtest), or write them all with --output.",
            "",
        ),
        "help-opt-debug": (
            "Vis tilbakesporingen (traceback) ved en intern feil.",
            "",
            "Show the traceback of an internal error.",
            "",
        ),
        "help-opt-validate-rules": (
            "Regelpakke hvis ord (vocabulary: forumtyper, parttyper, nivåer, møtetyper) dokumentene kan bruke; "
            "ingen regler kjøres. Kan gjentas. Standard: konfigurasjonens pakker, ellers 'oslo' (Oslo-pakken; for et annet helsefellesskap, gi national eller egen pakke).",
            "",
            "Rule pack whose words (vocabulary: forum types, party types, levels, meeting kinds) the documents "
            "may use; no rules are run. Repeatable. Default: the config's packs, else 'oslo' (the Oslo pack; for another health community, give national or your own pack).",
            "",
        ),
        "help-opt-rules": (
            "Regelpakke: id-en til en medfølgende pakke (oslo, national) eller stien til en pakkefil. Kan gjentas. Standard: konfigurasjonens pakker, ellers 'oslo'.",
            "",
            "Rule pack: a bundled pack id (oslo, national) or a path to a pack file. Repeatable. Default: the config's packs, else 'oslo'.",
            "",
        ),
        "help-opt-lang": (
            "Språk for meldinger og hjelp. Standard: konfigurasjonens lang, ellers lokalet (LC_ALL, LC_MESSAGES, LANG: en_* gir en), ellers nb.",
            "",
            "Language of messages and help. Default: the config's lang, else the locale (LC_ALL, LC_MESSAGES, LANG: en_* gives en), else nb.",
            "",
        ),
        "help-opt-lang-global": (
            "Språk for meldinger og hjelp, for kommandoen som følger (som --lang etter kommandoen; er begge gitt, gjelder den etter kommandoen). Standard: konfigurasjonens lang, ellers lokalet (LC_ALL, LC_MESSAGES, LANG: en_* gir en), ellers nb.",
            "",
            "Language of messages and help, for the command that follows (as --lang after the command; when both are given, the one after the command wins). Default: the config's lang, else the locale (LC_ALL, LC_MESSAGES, LANG: en_* gives en), else nb.",
            "",
        ),
        "help-opt-fail-on": (
            "Laveste alvorlighet som gir avslutningskode 1 (standard error, eller konfigurasjonens).",
            "",
            "Lowest severity that makes the run exit 1 (default error, or the config's).",
            "",
        ),
        "help-opt-as-of": (
            "Vurder hver organisasjon mot reglene som gjelder på denne datoen ('today': dagens). Standard: hver organisasjon per sin effective_from, ellers i dag. Unntak utløper regnet fra denne datoen.",
            "",
            "Evaluate every organisation against the rules in force on this date ('today': today's). Default: each organisation as of its effective_from, else today. Waivers expire relative to this date.",
            "",
        ),
        "help-opt-today": (
            "Regn denne datoen som i dag (for utløp av unntak og organisasjoner uten effective_from); i motsetning til --as-of lar den effective_from gjelde. Revisjonsrapporter bruker den for å gjenskape en kjøring.",
            "",
            "Take this date as today (for waiver expiry and organisations without effective_from); unlike --as-of it leaves effective_from in force. Audit reports use it to reproduce a run.",
            "",
        ),
        "help-opt-config": (
            "Konfigurasjonsfil som brukes i stedet for nærmeste .hf-rules.yaml.",
            "",
            "Config file to use instead of the nearest .hf-rules.yaml.",
            "",
        ),
        "help-opt-no-config": ("Ikke let etter en konfigurasjonsfil.", "", "Do not look for a config file.", ""),
        "help-opt-max-file-size": (
            "Avvis YAML-filer større enn SIZE: byte, eller med enhet (k, M, G, KiB, MiB, GiB; 1024-basert), f.eks. 10M. Standard 5MiB, eller konfigurasjonens limits.max_file_size; høyst 1GiB.",
            "",
            "Refuse YAML files larger than SIZE: bytes, or with a unit (k, M, G, KiB, MiB, GiB; 1024-based), e.g. 10M. Default 5MiB, or the config's limits.max_file_size; at most 1GiB.",
            "",
        ),
        "help-opt-format": (
            "Utdataformat; auto er github under GitHub Actions (GITHUB_ACTIONS=true), ellers text.",
            "",
            "Output format; auto is github under GitHub Actions (GITHUB_ACTIONS=true), else text.",
            "",
        ),
        "help-opt-list-format": ("Utdataformat.", "", "Output format.", ""),
        "help-opt-jobs": (
            "Prosesser som leser et stort arbeidsområde (1000 filer eller flere). Standard: tilgjengelige CPU-er. Resultatet er det samme uansett antall.",
            "",
            "Processes that read a large workspace (1000 files or more). Default: the CPUs available. The result is the same with any number.",
            "",
        ),
        "help-opt-redact": (
            "Erstatt navn på personer (plassinnehavere og vararepresentanter) med plassens rolle i alle utdata; godkjenninger av unntak som ikke tydelig er gjort av et organ, utelates. Standard: konfigurasjonens redact, ellers nei.",
            "",
            "Replace the names of persons (seat holders and deputies) by their seat's role in every output; waiver approvals not clearly made by a body are left out. Default: the config's redact, else no.",
            "",
        ),
        "help-opt-allow-empty": (
            "Godta en kjøring som ikke finner noe hf-rules-dokument (for kroker som også får andre YAML-filer). Uten den gir ingenting å kontrollere avslutningskode 2.",
            "",
            "Accept a run that finds no hf-rules document (for hooks given other YAML files too). Without it, nothing to check is exit 2.",
            "",
        ),
        "help-opt-brief": (
            "Tekst: én linje per avvik, uten kilde og tiltak; sammendraget viser bare filer som ikke er i samsvar.",
            "",
            "Text: one line per finding, without source and fix; the summary lists only the files that are not compliant.",
            "",
        ),
        "help-opt-quiet": (
            "Tekst: bare inndatafeil, avvik (én linje hver) og resultatet.",
            "",
            "Text: only input problems, findings (one line each) and the verdict.",
            "",
        ),
        "help-opt-baseline": (
            "Utelat avvikene som er registrert i FIL (etter fingeravtrykk, ikke linje): vis bare nye.",
            "",
            "Leave out the findings recorded in FILE (by fingerprint, not line): report only new ones.",
            "",
        ),
        "help-opt-write-baseline": (
            "Registrer de åpne avvikene i FIL; denne kjøringen viser da ingen av dem.",
            "",
            "Record the open findings in FILE; this run then reports none of them.",
            "",
        ),
        "help-opt-output": (
            "Skriv rapporten til FIL i stedet for standard ut.",
            "",
            "Write the report to FILE instead of standard output.",
            "",
        ),
        "help-opt-audit-output": (
            "Skriv rapporten hit (*.html eller *.md); uten den går Markdown til standard ut.",
            "",
            "Write the report here (*.html or *.md); without it, Markdown goes to standard output.",
            "",
        ),
        "help-opt-audit-compare": (
            "Legg til hva dokumentene endrer i GAMMEL (den godkjente strukturen: en fil eller mappe), som i «hf-rules diff»: avsnittet «Endringer fra gjeldende struktur».",
            "",
            "Add what the documents change in OLD (the approved structure: a file or folder), as in 'hf-rules diff': the section 'Endringer fra gjeldende struktur'.",
            "",
        ),
        "help-opt-audit-format": (
            "Rapportformat (standard: fra endelsen til --output, som det må stemme med).",
            "",
            "Report format (default: from the suffix of --output, which it must agree with).",
            "",
        ),
        "help-opt-color": (
            "Farge i tekstutdata: auto (på en terminal, med mindre NO_COLOR er satt), always eller never.",
            "",
            "Colour in text output: auto (on a terminal, unless NO_COLOR is set), always or never.",
            "",
        ),
        "help-opt-stdin-filename": (
            "Navnet som vises for dokumentet lest fra standard inn ('-').",
            "",
            "The name shown for the document read from standard input ('-').",
            "",
        ),
        "help-opt-dry-run": (
            "Skriv endringene som en unified diff; skriv ingenting til filene.",
            "",
            "Print the changes as a unified diff; write nothing.",
            "",
        ),
        "help-opt-require-all-rules": (
            "Feil (avslutningskode 1) når en regel i en regelpakke som testes, ikke forventes av noe tilfelle; uten valget listes slike regler bare.",
            "",
            "Fail (exit 1) when a rule of a pack under test is expected by no case; without it such rules are only listed.",
            "",
        ),
        "help-opt-k": (
            "Kjør bare tilfellene der navnet inneholder MØNSTER (uten hensyn til store og små bokstaver). Kan "
            "gjentas: tilfellene som inneholder ett av mønstrene.",
            "",
            "Run only the cases whose name contains PATTERN (case-insensitive). Can be repeated: the cases "
            "that contain any of the patterns.",
            "",
        ),
        "help-opt-init-rules": (
            "Regelpakken det nye repoet kontrolleres mot: oslo, national (for et annet helsefellesskap) eller stien til en pakke.",
            "",
            "The rule pack the new repository is checked against: oslo, national (for another health community) or a pack's path.",
            "",
        ),
        "help-opt-force": (
            "Fortsett selv om filer finnes: flett hf-rules-kroken inn i en eksisterende .pre-commit-config.yaml og la andre eksisterende filer være.",
            "",
            "Go ahead where files exist: merge the hf-rules hook into an existing .pre-commit-config.yaml and leave other existing files alone.",
            "",
        ),
        "help-opt-repo": (
            "Git-adressen pre-commit-kroken og arbeidsflyten henter hf-rules fra.",
            "",
            "The git URL the pre-commit hook and the workflow get hf-rules from.",
            "",
        ),
        "help-opt-schema-output": (
            "Skriv alle skjemaene til denne mappen i stedet for å skrive ut ett.",
            "",
            "Write every schema into this folder instead of printing one.",
            "",
        ),
        # click's own words (its gettext message ids), said by hf_rules.cli in the run's language
        "click:Usage:": ("Bruk:", "", "Usage:", ""),
        "click:Options": ("Valg", "", "Options", ""),
        "click:Commands": ("Kommandoer", "", "Commands", ""),
        "click:Positional arguments": ("Posisjonsargumenter", "", "Positional arguments", ""),
        "click:Show this message and exit.": ("Vis denne meldingen og avslutt.", "", "Show this message and exit.", ""),
        "click:Show the version and exit.": ("Vis versjonen og avslutt.", "", "Show the version and exit.", ""),
        "click:%(prog)s, version %(version)s": (
            "%(prog)s, versjon %(version)s",
            "",
            "%(prog)s, version %(version)s",
            "",
        ),
        "click:Missing argument": ("Mangler argument", "", "Missing argument", ""),
        "click:Missing option": ("Mangler valg", "", "Missing option", ""),
        "click:Missing parameter": ("Mangler parameter", "", "Missing parameter", ""),
        "click:Missing command.": ("Mangler kommando.", "", "Missing command.", ""),
        "click:Missing {param_type}": ("Mangler {param_type}", "", "Missing {param_type}", ""),
        "click:No such command {name!r}.": ("Ingen kommando {name!r}.", "", "No such command {name!r}.", ""),
        "click:No such option {name!r}.": ("Ukjent valg {name!r}.", "", "No such option {name!r}.", ""),
        "click:Option {name!r} does not take a value.": (
            "Valget {name!r} tar ingen verdi.",
            "",
            "Option {name!r} does not take a value.",
            "",
        ),
        "click:Option {name!r} requires an argument.": (
            "Valget {name!r} krever et argument.",
            "",
            "Option {name!r} requires an argument.",
            "",
        ),
        "click:Option {name!r} requires {nargs} arguments.": (
            "Valget {name!r} krever {nargs} argumenter.",
            "",
            "Option {name!r} requires {nargs} arguments.",
            "",
        ),
        "click:Invalid value for {param_hint}: {message}": (
            "Ugyldig verdi for {param_hint}: {message}",
            "",
            "Invalid value for {param_hint}: {message}",
            "",
        ),
        "click:Invalid value: {message}": ("Ugyldig verdi: {message}", "", "Invalid value: {message}", ""),
        "click:Error: {message}": ("Feil: {message}", "", "Error: {message}", ""),
        "click:Try '{command} {option}' for help.": (
            "Prøv '{command} {option}' for hjelp.",
            "",
            "Try '{command} {option}' for help.",
            "",
        ),
        "click:Got unexpected extra argument ({args})": (
            "Fikk et uventet ekstra argument ({args})",
            "",
            "Got unexpected extra argument ({args})",
            "",
        ),
        "click:Got unexpected extra arguments ({args})": (
            "Fikk uventede ekstra argumenter ({args})",
            "",
            "Got unexpected extra arguments ({args})",
            "",
        ),
        "click:{value!r} is not {choice}.": ("{value!r} er ikke {choice}.", "", "{value!r} is not {choice}.", ""),
        "click:{value!r} is not one of {choices}.": (
            "{value!r} er ikke en av {choices}.",
            "",
            "{value!r} is not one of {choices}.",
            "",
        ),
        "click:{value!r} is not a valid {number_type}.": (
            "{value!r} er ikke et gyldig {number_type}.",
            "",
            "{value!r} is not a valid {number_type}.",
            "",
        ),
        "click:{value} is not in the range {range}.": (
            "{value} er ikke innenfor {range}.",
            "",
            "{value} is not in the range {range}.",
            "",
        ),
        "click:Did you mean {possibility}?": ("Mente du {possibility}?", "", "Did you mean {possibility}?", ""),
        "click:(Did you mean one of: {possibilities}?)": (
            "(Mente du en av: {possibilities}?)",
            "",
            "(Did you mean one of: {possibilities}?)",
            "",
        ),
        "click:{name} {filename!r} does not exist.": (
            "{name} {filename!r} finnes ikke.",
            "",
            "{name} {filename!r} does not exist.",
            "",
        ),
        "click:{name} {filename!r} is a directory.": (
            "{name} {filename!r} er en mappe.",
            "",
            "{name} {filename!r} is a directory.",
            "",
        ),
        "click:{name} {filename!r} is a file.": (
            "{name} {filename!r} er en fil.",
            "",
            "{name} {filename!r} is a file.",
            "",
        ),
        "click:{name} {filename!r} is not readable.": (
            "{name} {filename!r} kan ikke leses.",
            "",
            "{name} {filename!r} is not readable.",
            "",
        ),
        "click:{name} {filename!r} is not writable.": (
            "{name} {filename!r} kan ikke skrives.",
            "",
            "{name} {filename!r} is not writable.",
            "",
        ),
        "click:file": ("fil", "", "file", ""),
        "click:directory": ("mappe", "", "directory", ""),
        "click:path": ("sti", "", "path", ""),
        "click:default: {default}": ("standard: {default}", "", "default: {default}", ""),
        "click:Aborted!": ("Avbrutt!", "", "Aborted!", ""),
        "click-type-count": ("heltall", "", "integer range", ""),
        # --- hf-rules init -----------------------------------------------------------------------
        "init-not-a-folder": ("{folder} finnes og er ikke en mappe", "", "{folder} exists and is not a folder", ""),
        "init-exists": (
            "{files} finnes allerede; ingenting ble skrevet (--force: flett inn kroken i en eksisterende "
            ".pre-commit-config.yaml og la andre filer være)",
            "",
            "{files} already exist(s); nothing was written (--force: merge the hook into an existing "
            ".pre-commit-config.yaml and leave other files alone)",
            "",
        ),
        "init-bad-pre-commit": (
            ".pre-commit-config.yaml er ikke en mapping med en liste 'repos'; legg til kroken selv",
            "",
            ".pre-commit-config.yaml is not a mapping with a 'repos' list; add the hook yourself",
            "",
        ),
        "init-wrote": ("skrev {file}", "", "wrote {file}", ""),
        "init-kept": ("lot {file} være (finnes fra før)", "", "left {file} alone (it exists)", ""),
        "init-merged": (
            "la hf-rules-kroken til i {file} (resten står som før)",
            "",
            "added the hf-rules hook to {file} (the rest kept as written)",
            "",
        ),
        "init-hook-present": (
            "lot {file} være (kjører allerede hf-rules-kroken)",
            "",
            "left {file} alone (it already runs the hf-rules hook)",
            "",
        ),
        "init-repo-placeholder": (
            "merk: bytt ut {placeholder} i .pre-commit-config.yaml og arbeidsflyten med git-adressen du har "
            "hf-rules fra (eller kjør init med --repo URL)",
            "",
            "note: replace {placeholder} in .pre-commit-config.yaml and the workflow with the git URL you got "
            "hf-rules from (or run init with --repo URL)",
            "",
        ),
        "init-oslo-pack": (
            "merk: repoet kontrolleres mot Oslo-pakken (rules: [oslo] i {file}); for et annet helsefellesskap, "
            "skriv national eller stien til fellesskapets egen pakke der (eller kjør init med --rules national)",
            "",
            "note: the repository is checked against the Oslo pack (rules: [oslo] in {file}); for another health "
            "community, write national or the path of the community's own pack there (or run init with --rules national)",
            "",
        ),
        "init-next": (
            "neste: cd {folder} && hf-rules check   (tilpass organisation.yaml til helsefellesskapet ditt)",
            "",
            "next: cd {folder} && hf-rules check   (adapt organisation.yaml to your health community)",
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
        "fix-no-paths": (
            "oppgi filene eller mappene som skal rettes (fix endrer aldri en fil den ikke er gitt)",
            "",
            "name the files or folders to fix (fix never edits a file it is not given)",
            "",
        ),
        "fix-nothing": ("ingenting å rette", "", "nothing to fix", ""),
        # --- rule packs (hf_rules.rules.pack) ---------------------------------------------------
        "pack-extends-itself": (
            "regelpakken '{pack}' utvider seg selv: {chain}",
            "",
            "rule pack '{pack}' extends itself: {chain}",
            "",
        ),
        "pack-id-used": (
            "regelpakke-id-en '{pack}' brukes også av {file}",
            "",
            "rule pack id '{pack}' is also used by {file}",
            "",
        ),
        "pack-extends-not-id": (
            "extends '{parent}' er ikke en pakke-id; pakker utvides ved id, og finnes i pakkens egen mappe "
            "eller blant de medfølgende pakkene",
            "",
            "extends '{parent}' is not a pack id; packs are extended by id, found in the pack's own folder "
            "or among the bundled packs",
            "",
        ),
        "pack-extends-cycle": (
            "extends går i ring: {chain}",
            "",
            "extends forms a cycle: {chain}",
            "",
        ),
        "pack-extends-unknown": (
            "extends viser til en ukjent regelpakke '{parent}'; så etter i {folder} og blant de medfølgende "
            "pakkene ({packs})",
            "",
            "extends unknown rule pack '{parent}'; looked in {folder} and the bundled packs ({packs})",
            "",
        ),
        "pack-obligation-twice": (
            "forpliktelsen '{obligation}' står allerede i katalogen; for å definere den på nytt, før den opp "
            "under `replace` med begrunnelsen",
            "",
            "obligation '{obligation}' is already in the catalogue; to define it anew, list it under `replace` "
            "with the reason",
            "",
        ),
        "pack-replace-obligation-undefined": (
            "replace nevner forpliktelsen '{obligation}', men denne pakken definerer den ikke under `obligations`",
            "",
            "replace names obligation '{obligation}', but this pack does not define it under `obligations`",
            "",
        ),
        "pack-replace-rule-undefined": (
            "replace nevner regelen '{rule}', men denne pakken definerer den ikke under `rules`",
            "",
            "replace names rule '{rule}', but this pack does not define it under `rules`",
            "",
        ),
        "pack-names-unknown-rule": (
            "{key} nevner regelen '{rule}', som ingen utvidet pakke definerer{suggestion}",
            "",
            "{key} names rule '{rule}', which no extended pack defines{suggestion}",
            "",
        ),
        "pack-names-unknown-obligation": (
            "{key} nevner forpliktelsen '{obligation}', som ingen utvidet pakke har i katalogen sin{suggestion}",
            "",
            "{key} names obligation '{obligation}', which no extended pack has in its catalogue{suggestion}",
            "",
        ),
        "pack-entry-names-one": (
            "en `{key}`-oppføring nevner nøyaktig én av `obligation` og `rule`",
            "",
            "a `{key}` entry names exactly one of `obligation` and `rule`",
            "",
        ),
        "pack-rule-id-twice": (
            "regel-id-en '{rule}' er allerede definert i {where}",
            "",
            "rule id '{rule}' is already defined in {where}",
            "",
        ),
        "pack-unknown-function": (
            "ukjent kontrollfunksjon '{function}'{suggestion}; forventet en av: {choices}",
            "",
            "unknown check function '{function}'{suggestion}; expected one of: {choices}",
            "",
        ),
        "pack-obligation-retired": (
            "forpliktelsen '{obligation}' er tatt ut av pakken '{pack}'; ta ut eller erstatt regelen '{rule}' også",
            "",
            "obligation '{obligation}' is retired by pack '{pack}'; retire or replace rule '{rule}' too",
            "",
        ),
        "pack-obligation-not-in-catalogue": (
            "forpliktelsen '{obligation}' står ikke i katalogen til denne pakken eller pakkene den utvider{suggestion}",
            "",
            "obligation '{obligation}' is not in the catalogue of this pack or the packs it extends{suggestion}",
            "",
        ),
        "pack-source-no-date": (
            "kilden '{source}' mangler `date`; forventet en dato (ÅÅÅÅ-MM-DD), et år eller et spenn av år (2020/2021), "
            "eller `undated: true` for en tekst uten dato",
            "",
            "source '{source}' has no `date`; expected a date (YYYY-MM-DD), a year or a span of years (2020/2021), "
            "or `undated: true` for a text without a date",
            "",
        ),
        "pack-source-date-and-undated": (
            "kilden '{source}' har både `date: {date}` og `undated: true`; forventet bare én av dem",
            "",
            "source '{source}' has both `date: {date}` and `undated: true`; expected only one of them",
            "",
        ),
        "pack-source-undeclared-choices": (
            "kildedokumentet '{source}' er ikke oppgitt under 'sources'{suggestion}; forventet en av: {choices}",
            "",
            "source document '{source}' is not declared under 'sources'{suggestion}; expected one of: {choices}",
            "",
        ),
        "pack-not-checkable-unknown": (
            "forpliktelsen '{obligation}' står ikke i katalogen{suggestion}",
            "",
            "obligation '{obligation}' is not in the catalogue{suggestion}",
            "",
        ),
        "pack-severity-above-reading": (
            "alvorligheten '{severity}' er høyere enn en regel som leser teksten som '{reading}' kan ha "
            "(høyst '{ceiling}'; se retningslinjene for alvorlighet i docs/rule-packs.md)",
            "",
            "severity '{severity}' is above what a rule that reads the text as '{reading}' may have "
            "(at most '{ceiling}'; see the severity policy in docs/rule-packs.md)",
            "",
        ),
        "pack-secretariat-plan-unsupported": (
            "regel {rule}: kontrollfunksjonen '{function}' kan ikke brukes på et sekretariats møteplan (den leser "
            "det bare et forums plan har, som lederperioder); velg forumenes planer (`type`, eller `secretariat: "
            "false`)",
            "",
            "rule {rule}: check function '{function}' cannot be applied to a secretariat's meeting plan (it reads "
            "what only a forum's plan has, such as chair periods); select the fora's plans (`type`, or "
            "`secretariat: false`)",
            "",
        ),
        "secretariat-plan-unsupported": (
            "kontrollfunksjonen '{function}' kan ikke brukes på et sekretariats møteplan (den leser det bare et "
            "forums plan har, som lederperioder); velg forumenes planer (`type`, eller `secretariat: false`)",
            "",
            "check function '{function}' cannot be applied to a secretariat's meeting plan (it reads what only a "
            "forum's plan has, such as chair periods); select the fora's plans (`type`, or `secretariat: false`)",
            "",
        ),
        "err-secretariat-with-forum-criterion": (
            "regel {rule}: applies_to `{criterion}` leser et forum, og et sekretariats plan har ikke noe forum; "
            "ta bort `{criterion}` eller `secretariat: true`",
            "",
            "rule {rule}: applies_to `{criterion}` reads a forum, and a secretariat's plan has none; take out "
            "`{criterion}` or `secretariat: true`",
            "",
        ),
        "pack-subject-unsupported": (
            "regel {rule}: kontrollfunksjonen '{function}' gjelder {subjects}, ikke {kind}",
            "",
            "rule {rule}: check function '{function}' applies to {subjects}, not {kind}",
            "",
        ),
        "pack-party-type-unknown": (
            "regel {rule}: applies_to party_type '{type}' er ikke en parttype{suggestion}; forventet en av: {choices}",
            "",
            "rule {rule}: applies_to party_type '{type}' is not a party type{suggestion}; expected one of: {choices}",
            "",
        ),
        "pack-type-unknown": (
            "regel {rule}: applies_to-typen '{type}' er ikke en {kind}-type{suggestion}; forventet en av: {choices}",
            "",
            "rule {rule}: applies_to type '{type}' is not a {kind} type{suggestion}; expected one of: {choices}",
            "",
        ),
        "pack-no-types": ("(ingen; utelat type)", "", "(none; leave type out)", ""),
        "pack-placeholder-unfilled": (
            "regel {rule}: plassholderen {{name}} fylles ikke av '{function}'{suggestion}; forventet en av: {choices}",
            "",
            "rule {rule}: placeholder {{name}} is not filled by '{function}'{suggestion}; expected one of: {choices}",
            "",
        ),
        "pack-valid-to-before-from": ("valid_to er før valid_from", "", "valid_to is before valid_from", ""),
        # --- rules applied (hf_rules.engine, hf_rules.rules.dated, the expression check) ---------
        "rule-failed-on": (
            "regel {rule}: {problem} (på {kind} '{subject}', {where})",
            "",
            "rule {rule}: {problem} (on {kind} '{subject}', {where})",
            "",
        ),
        "rule-problem": ("regel {rule}: {problem}", "", "rule {rule}: {problem}", ""),
        "dated-overlap": (
            "de daterte verdiene av '{key}' overlapper; hver dato kan ha én verdi",
            "",
            "dated values of '{key}' overlap; each date may have one value",
            "",
        ),
        "waiver-unknown-rule": (
            "unntaket nevner regelen '{rule}', som ikke er i regelpakkene som gjelder; 'hf-rules rules' viser dem",
            "",
            "waiver names rule '{rule}', which is not in the rule packs in force; 'hf-rules rules' lists them",
            "",
        ),
        "expr-needs-cel": (
            "regel {rule}: denne pakken bruker et uttrykk, som krever CEL-biblioteket: "
            "pip install 'hf-rules[cel]' (cel-expr-python)",
            "",
            "rule {rule}: this pack uses an expression, which needs the CEL library: "
            "pip install 'hf-rules[cel]' (cel-expr-python)",
            "",
        ),
        "expr-for-each-kind": (
            "for_each: {value} gjelder en {element}-regel, ikke en {kind}-regel",
            "",
            "for_each: {value} applies to a {element} rule, not a {kind} rule",
            "",
        ),
        "expr-none": ("ingen", "", "none", ""),
        "expr-no-variable": (
            "{what}: på {line}:{column} i uttrykket: ingen variabel '{name}'; definert før den: {expected}",
            "",
            "{what}: at {line}:{column} of the expression: no variable '{name}'; defined before it: {expected}",
            "",
        ),
        "expr-at": ("på {line}:{column} i uttrykket: ", "", "at {line}:{column} of the expression: ", ""),
        "expr-unknown-field": (
            "{what}: {where}{record} har ikke feltet '{field}'{suggestion}; forventet en av: {expected}",
            "",
            "{what}: {where}{record} has no field '{field}'{suggestion}; expected one of: {expected}",
            "",
        ),
        "expr-does-not-compile": (
            "{what} kan ikke kompileres: {where}{problem}",
            "",
            "{what} does not compile: {where}{problem}",
            "",
        ),
        "expr-fails": ("{what} feiler: {where}{problem}", "", "{what} fails: {where}{problem}", ""),
        "expr-variable": ("variabelen '{name}'", "", "variable '{name}'", ""),
        "expr-gives-not-bool": (
            "expression gir {type}; det må gi en bool (true når regelen er oppfylt)",
            "",
            "expression gives {type}; it must give a bool (true when the rule is met)",
            "",
        ),
        "expr-gives-not-string": (
            "message_expression gir {type}; det må gi en string",
            "",
            "message_expression gives {type}; it must give a string",
            "",
        ),
        "expr-result-not-bool": (
            "expression gir {type}, ikke en bool (true når regelen er oppfylt)",
            "",
            "expression gives {type}, not a bool (true when the rule is met)",
            "",
        ),
        "expr-result-not-string": (
            "message_expression gir {type}, ikke en string",
            "",
            "message_expression gives {type}, not a string",
            "",
        ),
        "expr-detail-without-message": (
            "message_expression er gitt, men regelens melding har ingen {detail}",
            "",
            "message_expression is given, but the rule's message has no {detail}",
            "",
        ),
        "expr-detail-without-expression": (
            "{detail} fylles av message_expression, som ikke er gitt",
            "",
            "{detail} is filled by message_expression, which is not given",
            "",
        ),
        "expr-item-without-for-each": (
            "{item} er elementet for_each går gjennom, men for_each er ikke gitt",
            "",
            "{item} names the for_each element, but for_each is not given",
            "",
        ),
        # the expression check's own limits (hf_rules.rules.cel; CEL's own words stay as CEL says them)
        "cel-too-long": (
            "uttrykket er {length} tegn langt; høyst {limit} er tillatt",
            "",
            "the expression is {length} characters long; at most {limit} are allowed",
            "",
        ),
        "cel-nested": (
            "comprehensions ({macros}) er nøstet {depth} nivåer dypt; høyst {limit} er tillatt",
            "",
            "comprehensions ({macros}) are nested {depth} deep; at most {limit} are allowed",
            "",
        ),
        "cel-pluses": (
            "uttrykket har {count} '+'-operatorer; høyst {limit} er tillatt",
            "",
            "the expression has {count} '+' operators; at most {limit} are allowed",
            "",
        ),
        "cel-no-key": (
            "ingen nøkkel {key} i mappingen (en id som ikke finnes? spør først med `{key} in …`)",
            "",
            "no key {key} in the map (an id that is not there? ask first with `{key} in …`)",
            "",
        ),
        # CEL's own words, said in the reader's language (hf_rules.rules.cel.CEL_SAYS)
        "cel-end": ("slutt på uttrykket", "", "end of the expression", ""),
        "cel-mismatched": (
            "syntaksfeil: uventet {found}; forventet: {expected}",
            "",
            "syntax error: unexpected {found}; expected: {expected}",
            "",
        ),
        "cel-extraneous": (
            "syntaksfeil: {found} er til overs; forventet: {expected}",
            "",
            "syntax error: {found} is extraneous; expected: {expected}",
            "",
        ),
        "cel-missing": (
            "syntaksfeil: mangler {missing} (ved {found})",
            "",
            "syntax error: missing {missing} (at {found})",
            "",
        ),
        "cel-no-viable": (
            "syntaksfeil: uttrykket kan ikke leses ved {found}",
            "",
            "syntax error: the expression cannot be read at {found}",
            "",
        ),
        "cel-token": (
            "syntaksfeil: ukjent tekst ved {found} (en streng uten avsluttende anførselstegn?)",
            "",
            "syntax error: unrecognised text at {found} (a string without its closing quote?)",
            "",
        ),
        "cel-undeclared": (
            "ukjent navn '{name}': verken en variabel regelen binder ({names}) eller en funksjon i CEL",
            "",
            "unknown name '{name}': neither a variable the rule binds ({names}) nor a CEL function",
            "",
        ),
        "cel-no-overload": (
            "ingen variant av '{function}' tar argumenter av typene ({types})",
            "",
            "no overload of '{function}' takes arguments of the types ({types})",
            "",
        ),
        "cel-index": (
            "indeks {index} er utenfor en liste av størrelse {size}",
            "",
            "index {index} is outside a list of size {size}",
            "",
        ),
        "cel-divide-by-zero": ("divisjon med null", "", "division by zero", ""),
        "cel-cannot-convert": (
            "kan ikke gjøre {source} om til {target}",
            "",
            "cannot convert {source} to {target}",
            "",
        ),
        "cel-has-argument": (
            "has() må ha et feltvalg som argument, som has(forum.sector)",
            "",
            "has() takes a field selection, such as has(forum.sector)",
            "",
        ),
        "cel-macro-variable": (
            "{macro}(): variabelen må være et enkelt navn, som {macro}(s, …)",
            "",
            "{macro}(): the variable must be a simple name, such as {macro}(s, …)",
            "",
        ),
        "cel-select-not-map": (
            "et felt er valgt fra en verdi som ikke er en mapping",
            "",
            "a field is selected from a value that is not a map",
            "",
        ),
        "cel-too-deep": (
            "uttrykket er nøstet for dypt (CELs grense er {limit} nivåer; en sum av mer enn {limit} ledd når den også)",
            "",
            "the expression nests too deeply (CEL's limit is {limit} levels; a sum of more than {limit} terms "
            "reaches it too)",
            "",
        ),
        "cel-said": ("CEL melder (på engelsk): {said}", "", "CEL says: {said}", ""),
        "cel-value-of-variable": ("verdien av variabelen '{name}'", "", "the value of variable '{name}'", ""),
        "cel-timestamp": ("et tidspunkt", "", "a timestamp", ""),
        "cel-duration": ("en varighet", "", "a duration", ""),
        "cel-bytes": ("byte", "", "bytes", ""),
        "cel-not-passable": (
            "{what} inneholder {kind}, som ikke kan gis videre til et annet uttrykk; gi string(…) av det, eller "
            "sammenlign det inne i denne variabelen",
            "",
            "{what} holds {kind}, which cannot be passed on to another expression; give string(…) of it, or "
            "compare it inside this variable",
            "",
        ),
        "cel-too-large": (
            "{what} er for stor (mer enn {nodes} verdier eller {characters} tegn)",
            "",
            "{what} is too large (more than {nodes} values or {characters} characters)",
            "",
        ),
        "cel-out-of-memory": ("evalueringen gikk tom for minne", "", "evaluation ran out of memory", ""),
        "cel-budget": (
            "mer enn {budget} iterasjoner i comprehensions i én evaluering (CELs budsjett)",
            "",
            "more than {budget} comprehension iterations in one evaluation (CEL's budget)",
            "",
        ),
        "cel-unusable-value": ("verdien kan ikke brukes: {error}", "", "the value cannot be used: {error}", ""),
        # --- the config file (hf_rules.app.config) ----------------------------------------------
        "config-invalid-toml": ("ugyldig TOML: {problem}", "", "invalid TOML: {problem}", ""),
        "config-toml-too-deep": (
            "ugyldig TOML: lister og tabeller er nøstet for dypt; forventet høyst {limit}",
            "",
            "invalid TOML: arrays and tables nest too deeply; expected at most {limit}",
            "",
        ),
        "config-not-a-table": ("[tool.hf-rules] må være en tabell", "", "[tool.hf-rules] must be a table", ""),
        "config-too-deep": (
            "[tool.hf-rules] er nøstet mer enn {limit} nivåer dypt",
            "",
            "[tool.hf-rules] nests more than {limit} levels deep",
            "",
        ),
        "config-int-too-large": (
            "[tool.hf-rules] har et heltall over {limit}",
            "",
            "[tool.hf-rules] holds an integer over {limit}",
            "",
        ),
        "config-max-file-size": ("limits.max_file_size: {problem}", "", "limits.max_file_size: {problem}", ""),
        # --- the baseline (hf_rules.engine.baseline) --------------------------------------------
        "baseline-not-json": (
            "grunnlinjen er ikke gyldig JSON: {problem}; skriv den med --write-baseline",
            "",
            "the baseline is not valid JSON: {problem}; write it with --write-baseline",
            "",
        ),
        "baseline-not-ours": (
            "ikke en hf-rules-grunnlinje: {problem}; skriv den med --write-baseline",
            "",
            "not an hf-rules baseline: {problem}; write it with --write-baseline",
            "",
        ),
        "baseline-too-deep": ("den er nøstet for dypt", "", "it nests too deeply", ""),
        "baseline-big-int": (
            "den har et heltall på {digits} sifre; en grunnlinje har ingen over {limit}",
            "",
            "it holds an integer of {digits} digits; a baseline holds none over {limit}",
            "",
        ),
        "baseline-constant": ("den har {value}, som ikke er JSON", "", "it holds {value}, which is not JSON", ""),
        "baseline-shape": (
            'ikke en hf-rules-grunnlinje (forventet "format": "{format}" og en liste med funn med '
            "fingeravtrykk); skriv den med --write-baseline",
            "",
            'not an hf-rules baseline (expected "format": "{format}" and a list of findings with '
            "fingerprints); write it with --write-baseline",
            "",
        ),
        # --- reading the documents (hf_rules.documents) -----------------------------------------
        "read-cannot-list": (
            "kan ikke liste opp mappen: {reason}; forventet en lesbar mappe",
            "",
            "cannot list the folder: {reason}; expected a readable folder",
            "",
        ),
        "read-process-ended": (
            "prosessen som leste denne filen stoppet uventet ({reason})",
            "",
            "the process reading this file ended abnormally ({reason})",
            "",
        ),
        "doc-org-unreadable": (
            "fant ikke organisasjonen '{org}'; {files} kunne ikke leses og kan inneholde den",
            "",
            "organisation '{org}' was not found; {files} could not be read and may hold it",
            "",
        ),
        "doc-org-missing": (
            "organisasjonen '{org}' er ikke blant dokumentene som kontrolleres; gi også filen med den, "
            "eller før den opp under 'documents' i .hf-rules.yaml",
            "",
            "organisation '{org}' is not among the documents checked; give its file too, "
            "or name it under 'documents' in .hf-rules.yaml",
            "",
        ),
        "doc-id-used": (
            "id-en '{id}' ({what}) brukes allerede av {file}; id-er må være unike i et arbeidsområde",
            "",
            "{what} id '{id}' is already used by {file}; ids must be unique in a workspace",
            "",
        ),
        "doc-what-organisation": ("organisasjon", "", "organisation", ""),
        "doc-what-meeting-plan": ("møteplan", "", "meeting plan", ""),
        # schema validation (hf_rules.documents.validate): {where} is a place such as fora.ssu.members[2]
        "schema-type-object": ("en mapping", "", "a mapping", ""),
        "schema-type-array": ("en liste", "", "a list", ""),
        "schema-type-string": ("en tekst", "", "a text", ""),
        "schema-type-integer": ("et heltall", "", "a whole number", ""),
        "schema-type-number": ("et tall", "", "a number", ""),
        "schema-type-boolean": ("true eller false", "", "true or false", ""),
        "schema-type-null": ("tom", "", "empty", ""),
        "schema-type-true-false": ("true/false", "", "true/false", ""),
        "schema-or": ("{first} eller {second}", "", "{first} or {second}", ""),
        "schema-bad-key": (
            "'{key}' er ikke en gyldig nøkkel i {where}; {expected}",
            "",
            "'{key}' is not a valid key in {where}; {expected}",
            "",
        ),
        "schema-expected-one-of": ("forventet en av: {choices}", "", "expected one of: {choices}", ""),
        "schema-expected-id-chars": (
            "forventet små bokstaver, sifre og bindestreker",
            "",
            "expected lower-case letters, digits and hyphens",
            "",
        ),
        "schema-type": (
            "{where} må være {expected}, fikk {got} ({value})",
            "",
            "{where} must be {expected}, got {got} ({value})",
            "",
        ),
        "schema-enum": (
            "{where} er {value}{suggestion}; forventet en av: {choices}",
            "",
            "{where} is {value}{suggestion}; expected one of: {choices}",
            "",
        ),
        "schema-const": (
            "{where} er {value}; forventet '{expected}'",
            "",
            "{where} is {value}; expected '{expected}'",
            "",
        ),
        "schema-municipality-number": (
            "{where} er {value}; forventet et kommunenummer med fire sifre i anførselstegn, f.eks. '4228'",
            "",
            "{where} is {value}; expected a municipality number of four digits in quotes, e.g. '4228'",
            "",
        ),
        "schema-pattern-id": (
            "{where} er {value}; forventet små bokstaver, sifre og bindestreker",
            "",
            "{where} is {value}; expected lower-case letters, digits and hyphens",
            "",
        ),
        "schema-pattern": (
            "{where} er {value}; forventet tekst som passer med {pattern}",
            "",
            "{where} is {value}; expected text matching {pattern}",
            "",
        ),
        "schema-format": (
            "{where} er {value}, ikke en gyldig {format}; forventet ÅÅÅÅ-MM-DD",
            "",
            "{where} is {value}, not a valid {format}; expected YYYY-MM-DD",
            "",
        ),
        "schema-empty": ("{where} kan ikke være tom", "", "{where} must not be empty", ""),
        "schema-min-items-one": (
            "{where} må ha minst {count} oppføring",
            "",
            "{where} must have at least {count} entry",
            "",
        ),
        "schema-min-items": (
            "{where} må ha minst {count} oppføringer",
            "",
            "{where} must have at least {count} entries",
            "",
        ),
        "schema-any-of-keys": (
            "{where} trenger minst én av nøklene: {keys}",
            "",
            "{where} needs at least one of the keys: {keys}",
            "",
        ),
        "schema-minimum": (
            "{where} er {value}; forventet minst {bound}",
            "",
            "{where} is {value}; expected at least {bound}",
            "",
        ),
        "schema-maximum": (
            "{where} er {value}; forventet høyst {bound}",
            "",
            "{where} is {value}; expected at most {bound}",
            "",
        ),
        "schema-seat-both": (
            "{where} har både 'party' og 'represents'; en plass er enten en partsplass eller en plass for en gruppe",
            "",
            "{where} has both 'party' and 'represents'; a seat is either a party seat or a constituency seat",
            "",
        ),
        "schema-seat-neither": (
            "{where} trenger 'party' (en partsplass) eller 'represents' (fastlege, bruker eller ansatt)",
            "",
            "{where} needs 'party' (a party seat) or 'represents' (fastlege, bruker or ansatt)",
            "",
        ),
        "schema-one-of-keys": (
            "{where} trenger én av nøklene: {keys}",
            "",
            "{where} needs one of the keys: {keys}",
            "",
        ),
        "schema-one-of-keys-several": (
            "{where}: gi bare én av nøklene {keys}, ikke både {given}",
            "",
            "{where}: give only one of the keys {keys}, not {given} together",
            "",
        ),
        "schema-other": ("{where}: {problem}", "", "{where}: {problem}", ""),
        # references inside and between documents (hf_rules.documents.references)
        "ref-not-a-party": (
            "{what} '{party}' er ikke en part i denne organisasjonen; forventet en av: {choices}",
            "",
            "{what} '{party}' is not a party of this organisation; expected one of: {choices}",
            "",
        ),
        "ref-not-a-sector": (
            "sector '{sector}' er ikke et sektorsykehus i denne organisasjonen (en part med has_sector: true); "
            "forventet en av: {choices}",
            "",
            "sector '{sector}' is not a sector hospital of this organisation (a party with has_sector: true); "
            "expected one of: {choices}",
            "",
        ),
        "ref-serves": (
            "serves '{forum}' er ikke et forum i denne organisasjonen; forventet en av: {choices}",
            "",
            "serves '{forum}' is not a forum of this organisation; expected one of: {choices}",
            "",
        ),
        "ref-reports-to": (
            "reports_to '{forum}' er ikke et forum i denne organisasjonen; forventet en av: {choices}",
            "",
            "reports_to '{forum}' is not a forum of this organisation; expected one of: {choices}",
            "",
        ),
        "ref-none": ("(ingen)", "", "(none)", ""),
        "ref-part-of-itself": (
            "parten '{party}' kan ikke være en del av seg selv",
            "",
            "party '{party}' cannot be part of itself",
            "",
        ),
        "ref-name-taken": (
            "navnet '{name}' i also_known_as er allerede et navn på {what} '{other}'; "
            "forventet et navn ingen andre går under",
            "",
            "name '{name}' in also_known_as is already a name of {what} '{other}'; "
            "expected a name no other {what} goes by",
            "",
        ),
        "ref-name-of-parties": ("parten", "", "party", ""),
        "ref-name-of-regions": ("regionen", "", "region", ""),
        "ref-name-of-fora": ("forumet", "", "forum", ""),
        "ref-name-of-bodies": ("organet", "", "body", ""),
        "seat-count-no-party-of-type": (
            "{type} (ingen part av den typen)",
            "",
            "{type} (no party of that type)",
            "",
        ),
        "ref-body-name-taken": (
            "organet '{body}' går under navnet '{name}', som allerede er et navn på {what} '{other}'; "
            "forventet et navn ingen part, region eller forum går under (en part navngis som parten selv)",
            "",
            "body '{body}' goes by the name '{name}', which is already a name of {what} '{other}'; "
            "expected a name no party, region or forum goes by (a party is named as the party itself)",
            "",
        ),
        "ref-not-a-region": (
            "region '{region}' er ikke en av organisasjonens regioner; forventet en av: {choices}",
            "",
            "region '{region}' is not one of the organisation's regions; expected one of: {choices}",
            "",
        ),
        "ref-region-conflict": (
            "parten '{party}' er i regionen '{region}' her og i regionen '{own}' etter sin egen 'region'",
            "",
            "party '{party}' is in region '{region}' here and in region '{own}' by its own 'region'",
            "",
        ),
        "ref-area": (
            "area-oppføringen '{entry}' er verken en region eller en part i denne organisasjonen; "
            "forventet en av: {choices}",
            "",
            "area entry '{entry}' is neither a region nor a party of this organisation; expected one of: {choices}",
            "",
        ),
        "ref-on-behalf-of": (
            "on_behalf_of '{forum}' er ikke et annet forum i denne organisasjonen; forventet en av: {choices}",
            "",
            "on_behalf_of '{forum}' is not another forum of this organisation; expected one of: {choices}",
            "",
        ),
        "ref-plan-covers-with-chairs": (
            "`covers` er for en plan uten lederperioder; med `chairs` dekker planen lederperiodene sine",
            "",
            "`covers` is for a plan without chair periods; with `chairs` the plan covers its chair periods",
            "",
        ),
        "ref-on-behalf-of-secretariat": (
            "on_behalf_of 'secretariat': verken forumet eller helsefellesskapet har et sekretariat (`secretariat:`); "
            "forventet id-en til et annet forum, eller et sekretariat å sitte for",
            "",
            "on_behalf_of 'secretariat': neither the forum nor the health community has a secretariat "
            "(`secretariat:`); expected the id of another forum, or a secretariat to sit for",
            "",
        ),
        "ref-sub-committee": (
            "sub_committee_of '{forum}' er ikke et annet forum i denne organisasjonen; forventet en av: {choices}",
            "",
            "sub_committee_of '{forum}' is not another forum of this organisation; expected one of: {choices}",
            "",
        ),
        "ref-declared-relation-target": (
            "'{target}' i relations.{relation} er verken et forum, helsefellesskapets sekretariat, en part eller en "
            "avtale i denne organisasjonen; forventet en av: {choices}",
            "",
            "'{target}' in relations.{relation} is neither a forum, the health community's secretariat, a party nor "
            "an agreement of this organisation; expected one of: {choices}",
            "",
        ),
        "ref-relation-word": (
            "{where} har relasjonsordet '{value}'{suggestion}; forventet en av: {choices} (relasjonsordene i "
            "regelpakkene; en pakke legger til sine egne under vocabulary.relations: er ordet fra en pakke, gi "
            "pakken med --rules eller rules: i .hf-rules.yaml)",
            "",
            "{where} has the relation word '{value}'{suggestion}; expected one of: {choices} (the relation words "
            "of the rule packs; a pack adds its own under vocabulary.relations: if the word is a pack's, give that "
            "pack with --rules or rules: in .hf-rules.yaml)",
            "",
        ),
        "ref-relation-sort": (
            "'{target}' i relations.{relation} er {sort}, men relasjonen {relation} viser til: {allowed} (to: i "
            "relasjonsordet)",
            "",
            "'{target}' in relations.{relation} is {sort}, but the relation {relation} points to: {allowed} (the "
            "relation word's to:)",
            "",
        ),
        "relation-sort-forum": ("et forum", "", "a forum", ""),
        "relation-sort-secretariat": ("helsefellesskapets sekretariat", "", "the health community's secretariat", ""),
        "relation-sort-party": ("en part", "", "a party", ""),
        "relation-sort-agreement": ("en avtale", "", "an agreement", ""),
        "ref-relation-target": (
            "forumet '{forum}' i {relation} er ikke et forum i denne organisasjonen; forventet en av: {choices}",
            "",
            "forum '{forum}' in {relation} is not a forum of this organisation; expected one of: {choices}",
            "",
        ),
        "ref-relates-to-itself": (
            "forumet '{forum}' kan ikke vise til seg selv",
            "",
            "forum '{forum}' cannot relate to itself",
            "",
        ),
        "ref-chair-rotation": (
            "chair_rotation-oppføringen '{entry}' er verken en side ({sides}) eller en part i denne organisasjonen",
            "",
            "chair_rotation entry '{entry}' is neither a side ({sides}) nor a party of this organisation",
            "",
        ),
        "ref-part-of-cycle": ("part_of går i ring: {chain}", "", "part_of forms a cycle: {chain}", ""),
        "ref-relation-cycle": (
            "{relation} går i ring: {chain}; et forum kan ikke nå seg selv gjennom denne relasjonen",
            "",
            "{relation} forms a cycle: {chain}; a forum cannot reach itself through this relation",
            "",
        ),
        "ref-plan-forum": (
            "forumet '{forum}' er ikke et forum i organisasjonen '{org}'; forventet en av: {choices}",
            "",
            "forum '{forum}' is not a forum of organisation '{org}'; expected one of: {choices}",
            "",
        ),
        "ref-plan-secretariat": (
            "'{secretariat}' er ikke et sekretariat i organisasjonen '{org}' (`secretariat` er helsefellesskapets "
            "felles sekretariat, et forums id forumets eget); forventet en av: {choices}",
            "",
            "'{secretariat}' is not a secretariat of organisation '{org}' (`secretariat` is the health community's "
            "joint secretariat, a forum's id that forum's own); expected one of: {choices}",
            "",
        ),
        "ref-plan-party": (
            "{what} '{party}' er ikke en part i organisasjonen '{org}' ({file})",
            "",
            "{what} '{party}' is not a party of organisation '{org}' ({file})",
            "",
        ),
        "ref-chair-term-from-after": (
            "term_from ({term_from}) er etter periodens første dag ({start}); forventet dagen valgperioden "
            "begynte, denne dagen eller før",
            "",
            "term_from ({term_from}) is after the period's first day ({start}); expected the day the term began, "
            "that day or before",
            "",
        ),
        "ref-chair-term-to-before": (
            "term_to ({term_to}) er før periodens siste dag ({end}); forventet dagen valgperioden "
            "slutter, denne dagen eller senere",
            "",
            "term_to ({term_to}) is before the period's last day ({end}); expected the day the term ends, "
            "that day or later",
            "",
        ),
        "ref-chair-period-reversed": (
            "lederperioden slutter ({to}) før den begynner ({start})",
            "",
            "chair period ends ({to}) before it starts ({start})",
            "",
        ),
        "ref-meeting-outside-covers": (
            "møtet {date} faller utenfor dagene planen dekker (`covers`); forventet en dato innenfor dem",
            "",
            "meeting on {date} falls outside the days the plan covers (`covers`); expected a date within them",
            "",
        ),
        "ref-meeting-outside": (
            "møtet {date} faller utenfor alle lederperiodene; forventet en dato innenfor en av møteplanens "
            "lederperioder",
            "",
            "meeting on {date} falls outside every chair period; expected a date within one of the plan's "
            "chair periods",
            "",
        ),
        "ref-sub-agreement": (
            "follows_up '{agreement}' er ikke en av organisasjonens delavtaler; forventet en av: {choices}",
            "",
            "follows_up '{agreement}' is not one of the organisation's sub_agreements; expected one of: {choices}",
            "",
        ),
        "ref-adoption-forum": (
            "adopted_by.forum '{forum}' er verken et forum eller et oppgitt organ (bodies) i denne organisasjonen; "
            "forventet en av: {choices}",
            "",
            "adopted_by.forum '{forum}' is neither a forum nor a declared body (bodies) of this organisation; "
            "expected one of: {choices}",
            "",
        ),
        "ref-agreement-delavtale": (
            "en delavtale (kind: delavtale) står under sub_agreements, ikke under agreements",
            "",
            "a sub-agreement (kind: delavtale) goes under sub_agreements, not under agreements",
            "",
        ),
        "ref-agreement-id-taken": (
            "avtale-id-en '{agreement}' er også en delavtales id (sub_agreements); gi hver avtale sin egen id",
            "",
            "the agreement id '{agreement}' is also a sub-agreement's id (sub_agreements); give each agreement an id "
            "of its own",
            "",
        ),
        "ref-agreement-replaces-near": (
            "replaces '{entry}' er skrevet som en id, men ingen avtale har den (mente du '{agreement}'?); "
            "forventet id-en til en avtale i dokumentet, eller navnet på en eldre avtale som ikke er med",
            "",
            "replaces '{entry}' is written as an id, but no agreement has it (did you mean '{agreement}'?); "
            "expected the id of an agreement of the document, or the name of an earlier agreement that is not in it",
            "",
        ),
        "ref-escalation-forum": (
            "escalation-trinnet '{forum}' er ikke et forum i denne organisasjonen; forventet en av: {choices}",
            "",
            "escalation step '{forum}' is not a forum of this organisation; expected one of: {choices}",
            "",
        ),
        "ref-escalation-self": (
            "forumet '{forum}' kan bare være det første trinnet i sin egen escalation (det behandler uenigheten først)",
            "",
            "forum '{forum}' can only be the first step of its own escalation (it handles the disagreement first)",
            "",
        ),
        "ref-escalation-twice": (
            "escalation nevner '{forum}' to ganger; hvert trinn er et annet forum",
            "",
            "escalation names '{forum}' twice; each step is another forum",
            "",
        ),
        "ref-agreement-basis": (
            "basis.agreement '{agreement}'{suggestion} er ikke en avtale eller delavtale i dokumentet; forventet en "
            "av: {choices}",
            "",
            "basis.agreement '{agreement}'{suggestion} is not an agreement or sub-agreement of the document; expected "
            "one of: {choices}",
            "",
        ),
        "ref-agreement-basis-itself": (
            "avtalen '{agreement}' kan ikke være inngått i henhold til seg selv (basis.agreement)",
            "",
            "the agreement '{agreement}' cannot be made under itself (basis.agreement)",
            "",
        ),
        "ref-agreement-replaces-itself": (
            "avtalen '{agreement}' kan ikke erstatte seg selv ('{entry}')",
            "",
            "the agreement '{agreement}' cannot replace itself ('{entry}')",
            "",
        ),
        "ref-municipality-unknown": (
            "kommunenummeret '{number}' finnes ikke i SSBs kommuneregister (strukturen fra {date}); "
            "forventet et nummer fra registeret, f.eks. '4228' for Sirdal",
            "",
            "the municipality number '{number}' is not in SSB's register of municipalities (the structure "
            "of {date}); expected a number from the register, e.g. '4228' for Sirdal",
            "",
        ),
        "ref-municipality-name": (
            "kommunenummeret '{number}' er {register} i registeret, men parten heter '{name}'; "
            "rett nummeret eller navnet (et annet navn parten går under, står i also_known_as; "
            "registerets treff på navnet: {other})",
            "",
            "the municipality number '{number}' is {register} in the register, but the party is named "
            "'{name}'; correct the number or the name (another name the party goes by goes in "
            "also_known_as; the register's match for the name: {other})",
            "",
        ),
        "ref-municipality-twice": (
            "kommunenummeret '{number}' står på både '{other}' og '{party}'; en kommune er én part",
            "",
            "the municipality number '{number}' is given to both '{other}' and '{party}'; a municipality is one party",
            "",
        ),
        "ref-agreement-party-twice": (
            "parties nevner '{party}' to ganger",
            "",
            "parties names '{party}' twice",
            "",
        ),
        "ref-vocabulary": (
            "{where} er '{value}'{suggestion}; forventet en av: {choices} ({words} i regelpakkene; en pakke legger til sine "
            "egne under vocabulary.{field}: er ordet fra en pakke, gi pakken med --rules eller rules: i .hf-rules.yaml)",
            "",
            "{where} is '{value}'{suggestion}; expected one of: {choices} (the {words} of the rule packs; a pack adds its own "
            "under vocabulary.{field}: if the word is a pack's, give that pack with --rules or rules: in .hf-rules.yaml)",
            "",
        ),
        "vocabulary-the-forum_types": ("forumtypene", "", "forum types", ""),
        "vocabulary-the-party_types": ("parttypene", "", "party types", ""),
        "vocabulary-the-levels": ("nivåene", "", "levels", ""),
        "vocabulary-the-meeting_kinds": ("møtetypene", "", "meeting kinds", ""),
        "vocabulary-the-positions": ("vervene", "", "positions", ""),
        "vocabulary-the-functions": ("funksjonene", "", "functions", ""),
        "vocabulary-the-duties": ("oppgavene", "", "duties", ""),
        "vocabulary-the-agreement_kinds": ("avtaletypene", "", "agreement kinds", ""),
        "ref-vocabulary-none": ("ingen", "", "none", ""),
        "ref-shared-with-own": (
            "shared_with '{party}' er plassens egen part ('party'); list bare de andre partene plassen holdes "
            "felles for",
            "",
            "shared_with '{party}' is the seat's own party ('party'); list only the other parties the seat is "
            "held jointly for",
            "",
        ),
        "ref-shared-with-side": (
            "shared_with '{party}' er på siden {other}, men plassens part ('party': {own}) er på siden {side}; "
            "en plass kan bare deles mellom parter på samme side",
            "",
            "shared_with '{party}' is of the side {other}, but the seat's party ('party': {own}) is of the side "
            "{side}; a seat can be shared only by parties of one side",
            "",
        ),
        "ref-site-side": (
            "site '{site}' er på siden {other}, men plassens part ('party': {own}) er på siden {side}; "
            "stedet er der den som har plassen arbeider, hos parten eller en del av den",
            "",
            "site '{site}' is of the side {other}, but the seat's party ('party': {own}) is of the side {side}; "
            "the site is where the seat holder works, at the party or a part of it",
            "",
        ),
        "ref-shared-with-twice": (
            "shared_with nevner '{party}' to ganger",
            "",
            "shared_with names '{party}' twice",
            "",
        ),
        # --- hf-rules diff and audit --compare (hf_rules.app.diff) -------------------------------
        "git-missing": (
            "--git krever programmet git, som ikke ble funnet på PATH",
            "",
            "--git needs the git program, which was not found on PATH",
            "",
        ),
        "git-timeout": (
            "{command} brukte mer enn {seconds} s; ga opp",
            "",
            "{command} took more than {seconds} s; gave up",
            "",
        ),
        "git-not-a-revision": (
            "--git '{rev}' er ikke en revisjon; forventet en commit, en gren eller en tagg, for eksempel HEAD eller main",
            "",
            "--git '{rev}' is not a revision; expected a commit, branch or tag such as HEAD or main",
            "",
        ),
        "git-not-a-repository": (
            "--git: {folder} er ikke i et git-repo; kjør fra et repo eller gi stier i det",
            "",
            "--git: {folder} is not in a git repository; run from a repository or give its paths",
            "",
        ),
        "git-unknown-revision": (
            "--git: '{rev}' er ikke en revisjon i repoet i {folder}; forventet en commit, en gren eller en tagg",
            "",
            "--git: '{rev}' is not a revision of the repository at {folder}; expected a commit, branch or tag",
            "",
        ),
        "git-failed": ("--git {rev}: {path}: {problem}", "", "--git {rev}: {path}: {problem}", ""),
        "git-ls-tree-failed": ("git ls-tree feilet", "", "git ls-tree failed", ""),
        "git-no-such-path": (
            "fil eller mappe finnes ikke i revisjon {rev}",
            "",
            "no such file or folder at revision {rev}",
            "",
        ),
        "git-link": (
            "en symbolsk lenke eller en undermodul, som --git ikke følger",
            "",
            "a symbolic link or submodule, which --git does not follow",
            "",
        ),
        "git-cannot-read": (
            "--git {rev}: kan ikke lese {path}: {problem}",
            "",
            "--git {rev}: cannot read {path}: {problem}",
            "",
        ),
        "compare-unreadable": (
            "--compare {old}: den godkjente strukturen kan ikke leses: {problem}{more}",
            "",
            "--compare {old}: the approved structure cannot be read: {problem}{more}",
            "",
        ),
        "compare-more": (" (og {count} problemer til)", "", " (and {count} more problems)", ""),
        # --- hf-rules test: test files (hf_rules.app.packtests) -----------------------------------
        "test-passed-over": (
            "hoppet over  {file}  ({kind}: ikke en regelpakketest)",
            "",
            "ignored  {file}  ({kind}: not a rule-pack test)",
            "",
        ),
        "test-not-a-test-file": (
            "ikke en testfil for regelpakker; forventet 'apiVersion: {version}' og 'kind: PackTest'",
            "",
            "not a rule-pack test file; expected 'apiVersion: {version}' and 'kind: PackTest'",
            "",
        ),
        "test-after-lines": (
            "'after: {text}' står på {count} linjer; forventet nøyaktig én",
            "",
            "'after: {text}' is on {count} lines; expected exactly one",
            "",
        ),
        "test-edit-lines": (
            "'{key}: {text}' står på {count} linjer{below}; forventet nøyaktig én{narrow}",
            "",
            "'{key}: {text}' is on {count} lines{below}; expected exactly one{narrow}",
            "",
        ),
        "test-below-after": (" under after-linjen", "", " below the after line", ""),
        "test-narrow": (" (gi after: for å snevre inn)", "", " (give after: to narrow it)", ""),
        "test-delete-past-end": (
            "kan ikke slette {count} linjer: filen slutter før",
            "",
            "cannot delete {count} lines: the file ends first",
            "",
        ),
        "test-replace-not-on-line": (
            "'replace: {text}' står ikke på linjen til 'at'",
            "",
            "'replace: {text}' is not on the line of 'at'",
            "",
        ),
        "test-documents-and-files": (
            "'{name}' er gitt både under documents og files",
            "",
            "'{name}' is given under both documents and files",
            "",
        ),
        "test-text-under-files": (
            "'{name}' under files er tekst, ikke en sti; forventet stien til en fil å kopiere, eller "
            "dokumentets tekst under documents",
            "",
            "'{name}' under files is text, not a path; expected the path of a file to copy, or the "
            "document's text under documents",
            "",
        ),
        "test-cannot-read": (
            "kan ikke lese '{file}' ({origin}): {problem}",
            "",
            "cannot read '{file}' ({origin}): {problem}",
            "",
        ),
        "test-bad-document-name": (
            "dokumentnavnet '{name}' må være et vanlig filnavn som slutter på .yaml eller .yml",
            "",
            "document name '{name}' must be a plain file name ending in .yaml or .yml",
            "",
        ),
        "test-case-no-documents": (
            "tilfellet '{name}' har ingen dokumenter; gi 'documents' eller 'files'",
            "",
            "case '{name}' has no documents; give 'documents' or 'files'",
            "",
        ),
        # --- hf-rules fix: why an edit is not made (hf_rules.edit) -------------------------------
        "splice-round-trip": (
            "kan ikke lese filen for redigering: {error}",
            "",
            "cannot read the file round-trip: {error}",
            "",
        ),
        "splice-not-a-list": ("{key} er ikke en liste", "", "{key} is not a list", ""),
        "splice-not-block-mapping": ("{where} er ikke en blokk-mapping", "", "{where} is not a block mapping", ""),
        "splice-list-not-closed": (
            "listen {key} slutter ikke på samme linje",
            "",
            "the list {key} does not close on its line",
            "",
        ),
        "splice-no-dash": (
            "finner ikke '- ' til et element i {key}",
            "",
            "cannot find the '- ' of an item of {key}",
            "",
        ),
        "splice-explicit-empty": ("{key} har en uttrykkelig tom verdi", "", "{key} has an explicit empty value", ""),
        "splice-would-not-load": (
            "resultatet ville ikke kunne leses: {problem}",
            "",
            "the result would not load: {problem}",
            "",
        ),
        "splice-would-change": (
            "resultatet ville endret andre linjer",
            "",
            "the result would change other lines",
            "",
        ),
        "move-cannot-reindent": (
            "elementet kan ikke rykkes inn som i den andre listen",
            "",
            "the item cannot be re-indented to the other list",
            "",
        ),
        "move-no-such-item": (
            "{key} er ikke en blokkliste med det elementet",
            "",
            "{key} is not a block list with that item",
            "",
        ),
        "move-left-empty": ("{key} ville blitt tom", "", "{key} would be left empty", ""),
        "move-not-block-list": ("{key} er ikke en blokkliste", "", "{key} is not a block list", ""),
        # what the operating system said (strerror, on Linux), by errno name
        "os-ENOENT": ("fil eller mappe finnes ikke", "", "No such file or directory", ""),
        "os-EACCES": ("ingen tilgang", "", "Permission denied", ""),
        "os-EPERM": ("operasjonen er ikke tillatt", "", "Operation not permitted", ""),
        "os-EISDIR": ("er en mappe", "", "Is a directory", ""),
        "os-ENOTDIR": ("er ikke en mappe", "", "Not a directory", ""),
        "os-ELOOP": ("for mange nivåer av symbolske lenker", "", "Too many levels of symbolic links", ""),
        "os-ENAMETOOLONG": ("filnavnet er for langt", "", "File name too long", ""),
        "os-ENOSPC": ("ikke mer plass på enheten", "", "No space left on device", ""),
        "os-EROFS": ("skrivebeskyttet filsystem", "", "Read-only file system", ""),
        "os-EEXIST": ("filen finnes", "", "File exists", ""),
        "os-EIO": ("inn-/utdatafeil", "", "Input/output error", ""),
        "os-EDQUOT": ("diskkvoten er brukt opp", "", "Disk quota exceeded", ""),
        "os-EFBIG": ("filen er for stor", "", "File too large", ""),
        "os-EMFILE": ("for mange åpne filer", "", "Too many open files", ""),
        "os-EBUSY": ("enheten eller ressursen er opptatt", "", "Device or resource busy", ""),
        "os-EPIPE": ("brutt rør", "", "Broken pipe", ""),
        # --- the command line's last resort (hf_rules.cli.commands.main) -------------------------
        "github-input-title": ("hf-rules inndata", "", "hf-rules input", ""),  # a GitHub annotation's title
        "cli-interrupted": ("hf-rules: avbrutt", "", "hf-rules: interrupted", ""),
        "cli-terminated": ("hf-rules: stoppet", "", "hf-rules: terminated", ""),
        "cli-out-of-memory": (
            "ikke nok minne; gi færre eller mindre filer, eller senk --max-file-size",
            "",
            "out of memory; give fewer or smaller files, or lower --max-file-size",
            "",
        ),
        "cli-internal-error": (
            "{error}. Dette er en programfeil; meld den inn med kommandoen og inndataene (kjør igjen med --debug "
            "for å se tilbakesporingen).",
            "",
            "{error}. This is a bug; please report it with the command and input (run again with --debug for the "
            "traceback).",
            "",
        ),
        "cli-broken-pipe": (
            "kan ikke skrive utdataene: leseren lukket røret (broken pipe)",
            "",
            "cannot write the output: the reader closed the pipe (broken pipe)",
            "",
        ),
        "cli-cannot-write-output": ("kan ikke skrive utdataene: {reason}", "", "cannot write the output: {reason}", ""),
        # --- what the document models refuse (pydantic validators) and sizes -----------------------
        "model-value-error": ("{problem}", "", "{problem}", ""),
        # pydantic's words for what a model refused (by its error type), used where they match
        "pydantic-missing": ("påkrevd felt mangler", "", "Field required", ""),
        "pydantic-string_type": ("verdien må være en tekst", "", "Input should be a valid string", ""),
        "pydantic-int_type": ("verdien må være et heltall", "", "Input should be a valid integer", ""),
        "pydantic-bool_type": ("verdien må være true eller false", "", "Input should be a valid boolean", ""),
        "pydantic-dict_type": ("verdien må være en mapping", "", "Input should be a valid dictionary", ""),
        "pydantic-list_type": ("verdien må være en liste", "", "Input should be a valid list", ""),
        "pydantic-date_type": ("verdien må være en dato", "", "Input should be a valid date", ""),
        "pydantic-float_type": ("verdien må være et tall", "", "Input should be a valid number", ""),
        "pydantic-extra_forbidden": (
            "ukjent nøkkel; den er ikke tillatt her",
            "",
            "Extra inputs are not permitted",
            "",
        ),
        "model-edit-one-action": (
            "en endring gjør nøyaktig én av 'delete', 'replace' og 'insert'",
            "",
            "an edit does exactly one of 'delete', 'replace' or 'insert'",
            "",
        ),
        "model-replace-with": ("'replace' og 'with' hører sammen", "", "'replace' and 'with' go together", ""),
        "model-edit-needs-at": (
            "'delete' og 'insert' trenger 'at': tekst på linjen som skal endres",
            "",
            "'delete' and 'insert' need 'at': text on the line to edit",
            "",
        ),
        "model-one-expectation": (
            "expect gir enten 'findings' eller 'compliant: true'",
            "",
            "expect gives either 'findings' or 'compliant: true'",
            "",
        ),
        "model-seat-party-or-represents": (
            "en plass har enten 'party' eller 'represents', ikke begge eller ingen av dem",
            "",
            "a seat has either 'party' or 'represents', not both or neither",
            "",
        ),
        "schema-meeting-host-both": (
            "{where}: gi enten 'host' (en part) eller 'host_side' (en side), ikke begge",
            "",
            "{where}: give either 'host' (a party) or 'host_side' (a side), not both",
            "",
        ),
        "model-meeting-end-before-start": (
            "møtet slutter (end: {end}) før eller når det begynner (start: {start}); forventet en end etter start "
            "samme dag",
            "",
            "the meeting ends (end: {end}) before or when it starts (start: {start}); expected an end after the "
            "start on the same day",
            "",
        ),
        "model-meeting-end-without-start": (
            "møtet har end: {end} uten start; gi når det begynner (start: TT:MM) eller ta bort end",
            "",
            "the meeting has end: {end} without a start; give when it starts (start: HH:MM) or take end out",
            "",
        ),
        "schema-time": (
            "{where} er {value}; forventet et klokkeslett TT:MM på 24-timersklokken, fra 00:00 til 23:59 "
            "(09:00, 14:30)",
            "",
            "{where} is {value}; expected a time of day HH:MM on the 24-hour clock, from 00:00 to 23:59 (09:00, 14:30)",
            "",
        ),
        "schema-key-needs": (
            "{where}: '{key}' gis bare sammen med {needs}",
            "",
            "{where}: '{key}' is given only together with {needs}",
            "",
        ),
        "model-meeting-host-both": (
            "gi enten 'host' (en part) eller 'host_side' (en side), ikke begge",
            "",
            "give either 'host' (a party) or 'host_side' (a side), not both",
            "",
        ),
        "model-adoption-party-or-forum": (
            "et vedtak gir enten 'party' (en part som vedtok) eller 'forum' (et forum som vedtok), ikke begge",
            "",
            "an adoption gives either 'party' (a party that adopted) or 'forum' (a forum that adopted), not both",
            "",
        ),
        "model-adoption-former": (
            "'former' er kommunen som vedtok før en sammenslåing; gi 'party' (kommunen den nå er en del av) også",
            "",
            "'former' is the municipality that adopted it before a merger; give 'party' (the municipality it is now "
            "part of) too",
            "",
        ),
        "model-adoption-body": (
            "'body' (organet som vedtok: kommunestyret, styret) er partens, så det gis bare med 'party'",
            "",
            "'body' (the body that adopted: kommunestyret, styret) is a party's, so it is given only with 'party'",
            "",
        ),
        "model-seat-positions-empty": (
            "en tom liste av verv; gi ett verv (`position: leder`), flere som en liste, eller utelat nøkkelen",
            "",
            "an empty list of positions; give one position (`position: leder`), several as a list, or leave the "
            "key out",
            "",
        ),
        "model-meetings-range": (
            "spennet har min {min} over max {max}; gi det minste tallet som min",
            "",
            "the range has min {min} above max {max}; give the smaller number as min",
            "",
        ),
        "model-plan-both": (
            "en møteplan gjelder enten et forum (forum) eller et sekretariat (secretariat), ikke begge",
            "",
            "a meeting plan is for either a forum (forum) or a secretariat (secretariat), not both",
            "",
        ),
        "model-plan-neither": (
            "møteplanen sier ikke hvem den gjelder; gi forum (et forums id) eller secretariat",
            "",
            "the meeting plan does not say whose it is; give forum (a forum's id) or secretariat",
            "",
        ),
        "schema-plan-both": (
            "{where}: en møteplan gjelder enten et forum ('forum') eller et sekretariat ('secretariat'), ikke begge",
            "",
            "{where}: a meeting plan is for either a forum ('forum') or a secretariat ('secretariat'), not both",
            "",
        ),
        "schema-adoption-both": (
            "{where}: et vedtak gir enten 'party' (en part som vedtok) eller 'forum' (et forum som vedtok), ikke begge",
            "",
            "{where}: an adoption gives either 'party' (a party that adopted) or 'forum' (a forum that adopted), not both",
            "",
        ),
        "model-deputy-empty": (
            "en vara skrevet som en mapping gir minst én av person, party, side, role (eller skriv bare navnet)",
            "",
            "a deputy written as a mapping gives at least one of person, party, side, role (or write just the name)",
            "",
        ),
        "model-deputy-side": (
            "'side' er for en vara uten 'party'; en vara fra en part har partens side",
            "",
            "'side' is for a deputy without a 'party'; a deputy from a party has its party's side",
            "",
        ),
        "model-seat-other-roles": (
            "'other_roles' er andre stillinger ved siden av plassens 'role'; gi 'role' (hovedstillingen) også",
            "",
            "'other_roles' are further posts beside the seat's 'role'; give 'role' (the main post) too",
            "",
        ),
        "model-seat-shared-with": (
            "'shared_with' er for en partsplass som holdes felles for flere parter; gi 'party' (den ene parten) også",
            "",
            "'shared_with' is for a party seat held jointly for several parties; give 'party' (one of them) too",
            "",
        ),
        "model-seat-side": (
            "'side' er for en plass for fastlege, bruker eller ansatt; en partsplass har partens side",
            "",
            "'side' is for a GP, user or employee seat; a party seat has its party's side",
            "",
        ),
        "model-not-a-day": (
            "{value} er ikke en dag i kalenderen; forventet en måned ÅÅÅÅ-MM eller en dato ÅÅÅÅ-MM-DD",
            "",
            "{value} is not a day of the calendar; expected a month YYYY-MM or a date YYYY-MM-DD",
            "",
        ),
        "schema-year-unquoted": (
            "{where} er tallet {value}; skriv et år i anførselstegn ('{value}'), en måned ÅÅÅÅ-MM eller en dato "
            "ÅÅÅÅ-MM-DD",
            "",
            "{where} is the number {value}; write a year in quotes ('{value}'), a month YYYY-MM or a date YYYY-MM-DD",
            "",
        ),
        "schema-month-or-date": (
            "{where} er {value}; forventet et år ÅÅÅÅ, en måned ÅÅÅÅ-MM eller en dato ÅÅÅÅ-MM-DD",
            "",
            "{where} is {value}; expected a year YYYY, a month YYYY-MM or a date YYYY-MM-DD",
            "",
        ),
        "model-term-reversed": ("perioden slutter før den begynner", "", "the term ends before it starts", ""),
        "size-not-a-size": (
            "{value} er ikke en størrelse; forventet byte eller et tall med enhet, for eksempel 10M eller 512KiB",
            "",
            "{value} is not a size; expected bytes or a number with a unit, e.g. 10M or 512KiB",
            "",
        ),
        "size-ambiguous": (
            "'{value}' er tvetydig (1000 eller 1024?); skriv {number}{unit} eller {number}{unit}iB (1024-basert), "
            "eller et antall byte",
            "",
            "'{value}' is ambiguous (1000 or 1024?); write {number}{unit} or {number}{unit}iB (1024-based), "
            "or a number of bytes",
            "",
        ),
        "size-unknown-unit": (
            "'{value}' er ikke en størrelse; forventet byte eller et tall med enhet (k, M, G, KiB, MiB, GiB; "
            "1024-basert), for eksempel 10M eller 512k",
            "",
            "'{value}' is not a size; expected bytes or a number with a unit (k, M, G, KiB, MiB, GiB; 1024-based), "
            "e.g. 10M or 512k",
            "",
        ),
        "size-zero": (
            "'{value}' er ikke en størrelse; forventet minst 1 byte",
            "",
            "'{value}' is not a size; expected at least 1 byte",
            "",
        ),
        "size-too-large": (
            "'{value}' er {size} byte; grensen for filstørrelse kan være høyst 1GiB ({limit} byte)",
            "",
            "'{value}' is {size} bytes; the file size limit can be at most 1GiB ({limit} bytes)",
            "",
        ),
        "fix-file-changed": (
            "{file}: filen er endret siden den ble lest (en annen prosess skrev den)",
            "",
            "{file}: the file changed since it was read (another process wrote it)",
            "",
        ),
        # --- reading YAML (hf_rules.yaml: loader, fast_loader, scalars) -------------------------
        "yaml-too-many-directives": (
            "filen har mer enn {limit} direktiver ('%'-linjer); forventet høyst {limit} (et dokument trenger ingen)",
            "",
            "file holds more than {limit} directives ('%' lines); expected at most {limit} (a document needs none)",
            "",
        ),
        "yaml-several-documents": (
            "filen har flere YAML-dokumenter; forventet nøyaktig ett",
            "",
            "file holds several YAML documents; expected exactly one",
            "",
        ),
        "yaml-version": (
            "'%YAML {version}' støttes ikke; fjern direktivet (dokumentene leses som YAML 1.2)",
            "",
            "'%YAML {version}' is not supported; remove the directive (documents are read as YAML 1.2)",
            "",
        ),
        "yaml-too-deep": (
            "mappinger og lister er nøstet mer enn {limit} nivåer dypt; forventet høyst {limit}",
            "",
            "mappings and lists nest more than {limit} levels deep; expected at most {limit}",
            "",
        ),
        "yaml-too-many-nodes": (
            "dokumentet blir til mer enn {limit} noder{why}; lastes ikke",
            "",
            "document expands to more than {limit} nodes{why}; refusing to load",
            "",
        ),
        "yaml-alias-expansion": (" (aliaser utvidet)", "", " (alias expansion)", ""),
        "yaml-tag": (
            "YAML-taggen '{tag}' er ikke tillatt; hf-rules-dokumenter bruker vanlige YAML-verdier",
            "",
            "YAML tag '{tag}' is not allowed; hf-rules documents use plain YAML values",
            "",
        ),
        "yaml-kind-mapping": ("en mapping", "", "a mapping", ""),
        "yaml-kind-list": ("en liste", "", "a list", ""),
        "yaml-kind-str": ("en tekst", "", "a string", ""),
        "yaml-kind-int": ("et heltall", "", "an integer", ""),
        "yaml-kind-float": ("et tall", "", "a number", ""),
        "yaml-kind-bool": ("en sannhetsverdi", "", "a boolean", ""),
        "yaml-kind-null": ("null", "", "null", ""),
        "yaml-kind-timestamp": ("en dato", "", "a date", ""),
        "yaml-kind-tagged": ("en tagget verdi", "", "a tagged value", ""),
        "yaml-expected-int": ("sifre, for eksempel 42", "", "digits such as 42", ""),
        "yaml-expected-float": ("et tall, for eksempel 1.5", "", "a number such as 1.5", ""),
        "yaml-expected-bool": ("true eller false", "", "true or false", ""),
        "yaml-expected-null": ("~, null eller ingenting", "", "~, null or nothing", ""),
        "yaml-not-kind": (
            "'{text}' er ikke {kind}; forventet {expected} (sett verdien i anførselstegn hvis den er tekst)",
            "",
            "'{text}' is not {kind}; expected {expected} (quote the value if it is text)",
            "",
        ),
        "yaml-invalid-date": (
            "ugyldig dato '{text}': {problem}; forventet {form}",
            "",
            "invalid date '{text}': {problem}; expected {form}",
            "",
        ),
        "yaml-date-form": ("ÅÅÅÅ-MM-DD", "", "YYYY-MM-DD", ""),
        "yaml-datetime-form": ("ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTtt:mm:ss", "", "YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS", ""),
        "yaml-date-not-a-date": ("ikke en dato", "", "not a date", ""),
        "yaml-date-zone": ("tidssoneforskyvningen er utenfor gyldig område", "", "time zone offset out of range", ""),
        "yaml-date-day": ("dagen finnes ikke i måneden", "", "day is out of range for month", ""),
        "yaml-date-month": ("måneden må være fra 1 til 12", "", "month must be in 1..12", ""),
        "yaml-date-year": ("året {year} er utenfor gyldig område", "", "year {year} is out of range", ""),
        "yaml-date-hour": ("timen må være fra 0 til 23", "", "hour must be in 0..23", ""),
        "yaml-date-minute": ("minuttet må være fra 0 til 59", "", "minute must be in 0..59", ""),
        "yaml-date-second": ("sekundet må være fra 0 til 59", "", "second must be in 0..59", ""),
        "yaml-long-number": (
            "tallet '{text}...' har {digits} sifre; forventet et kortere tall (høyst {limit} sifre)",
            "",
            "number '{text}...' has {digits} digits; expected a shorter number (at most {limit} digits)",
            "",
        ),
        "yaml-long-number-short": (
            "tallet '{text}...' har {digits} sifre; forventet et kortere tall",
            "",
            "number '{text}...' has {digits} digits; expected a shorter number",
            "",
        ),
        "yaml-cycle": (
            "aliaset viser til en mapping eller liste som inneholder det; forventet en struktur uten sykler",
            "",
            "alias refers to a mapping or list that contains it; expected a structure without cycles",
            "",
        ),
        "yaml-merge-key": (
            "flettenøkler ('<<') støttes ikke; skriv nøklene ut i sin helhet",
            "",
            "merge keys ('<<') are not supported; write the keys out in full",
            "",
        ),
        "yaml-key-not-string": (
            "en nøkkel må være tekst, fikk {kind}; sett nøkkelen i anførselstegn hvis den er et navn",
            "",
            "mapping key must be a string, got {kind}; quote the key if it is a name",
            "",
        ),
        "yaml-surrogate-pair": (
            "teksten inneholder surrogatparet U+{first} U+{second}, som YAML ikke slår sammen og UTF-8 ikke "
            "kan lagre; forventet selve tegnet eller \\U{joined}",
            "",
            "string contains the surrogate pair U+{first} U+{second}, which YAML does not join and UTF-8 "
            "cannot hold; expected the character itself or \\U{joined}",
            "",
        ),
        "yaml-lone-surrogate": (
            "teksten inneholder et enslig surrogat (U+{first}), som UTF-8 ikke kan lagre; forventet tekst uten "
            "\\uD800-\\uDFFF-escaper",
            "",
            "string contains a lone surrogate (U+{first}), which UTF-8 cannot hold; expected text without "
            "\\uD800-\\uDFFF escapes",
            "",
        ),
        "yaml-invalid": (
            "ugyldig YAML: {problem}{context}; {hint}",
            "",
            "invalid YAML: {problem}{context}; {hint}",
            "",
        ),
        "yaml-invalid-no-hint": ("ugyldig YAML: {problem}{context}", "", "invalid YAML: {problem}{context}", ""),
        "yaml-context": (
            " ({context} som begynte på linje {line}, kolonne {column})",
            "",
            " ({context} started at line {line}, column {column})",
            "",
        ),
        "yaml-hint-tab": (
            "bruk mellomrom, ikke tabulator, til innrykk",
            "",
            "use spaces, not tabs, for indentation",
            "",
        ),
        "yaml-hint-mapping-values": (
            "sjekk innrykket, og sett verdier som inneholder ': ' i anførselstegn",
            "",
            "check the indentation, and quote values containing ': '",
            "",
        ),
        "yaml-hint-flow-bracket": (
            "står det [ eller { inne i en tekst (en plassholder som [navn])? I flytform ({…} eller […]) må en "
            'slik tekst stå i anførselstegn: quote: "… [navn] …"',
            "",
            "is there a [ or { inside a text (a placeholder such as [navn])? In flow style ({…} or […]) such a "
            'text must be quoted: quote: "… [navn] …"',
            "",
        ),
        "yaml-hint-alias": (
            "definer ankeret (&navn) før aliaset (*navn) brukes",
            "",
            "define the anchor (&name) before using the alias (*name)",
            "",
        ),
        "yaml-hint-end": (
            "lukk anførselstegnet eller parentesen som fortsatt er åpen",
            "",
            "close the quote or bracket that is still open",
            "",
        ),
        "yaml-hint-block-end": ("sjekk innrykket på denne linjen", "", "check the indentation of this line", ""),
        "yaml-hint-valid": ("forventet gyldig YAML-syntaks her", "", "expected valid YAML syntax here", ""),
        # what ruamel.yaml says is wrong (its English, said in the run's language where known)
        "ruamel-mapping-values": (
            "verdier i en mapping er ikke tillatt her",
            "",
            "mapping values are not allowed here",
            "",
        ),
        "ruamel-expected-found": ("forventet {what}, men fant {found}", "", "expected {what}, but found {found}", ""),
        "ruamel-expected-got": ("forventet {what}, men fikk {found}", "", "expected {what}, but got {found}", ""),
        "ruamel-what-node-content": ("innholdet i noden", "", "the node content", ""),
        "ruamel-what-comment-or-break": ("en kommentar eller et linjeskift", "", "a comment or a line break", ""),
        "ruamel-what-digit": ("et siffer", "", "a digit", ""),
        "ruamel-what-alphanumeric": ("en bokstav eller et siffer", "", "alphabetic or numeric character", ""),
        "ruamel-what-key": ("nøkkel", "", "key", ""),
        "ruamel-what-dash": ("'-'-tegn", "", "'-' indicator", ""),
        "ruamel-or": ("{first} eller {second}", "", "{first} or {second}", ""),
        "ruamel-no-colon": ("fant ikke forventet ':'", "", "could not find expected ':'", ""),
        "ruamel-cannot-start": (
            "fant tegnet {char}, som ikke kan begynne et symbol",
            "",
            "found character {char} that cannot start any token",
            "",
        ),
        "ruamel-undefined-alias": ("fant det udefinerte aliaset {alias}", "", "found undefined alias {alias}", ""),
        "ruamel-duplicate-directive": ("fant YAML-direktivet to ganger", "", "found duplicate YAML directive", ""),
        "ruamel-end-of-stream": ("fant uventet slutt på teksten", "", "found unexpected end of stream", ""),
        "ruamel-document-separator": (
            "fant en uventet dokumentskillelinje",
            "",
            "found unexpected document separator",
            "",
        ),
        "ruamel-unknown-escape": (
            "fant det ukjente escape-tegnet {char}",
            "",
            "found unknown escape character {char}",
            "",
        ),
        "ruamel-incompatible": (
            "fant et YAML-dokument av en versjon som ikke støttes (krever versjon 1.*)",
            "",
            "found incompatible YAML document (version 1.* is required)",
            "",
        ),
        "ruamel-minor-version": (
            "underversjonen kan bare være 2 eller 1, fikk {got}",
            "",
            "version minor part can only be 2 or 1, got {got}",
            "",
        ),
        "ruamel-did-not-find": ("fant ikke forventet {what}", "", "did not find expected {what}", ""),
        "ruamel-while-block-mapping": ("i en blokk-mapping", "", "while parsing a block mapping", ""),
        "ruamel-while-flow-mapping": ("i en mapping i {}-form", "", "while parsing a flow mapping", ""),
        "ruamel-while-block-collection": ("i en blokkliste", "", "while parsing a block collection", ""),
        "ruamel-while-flow-sequence": ("i en liste i []-form", "", "while parsing a flow sequence", ""),
        "ruamel-while-node": ("i en node", "", "while parsing a node", ""),
        "ruamel-while-quoted": ("i en tekst i anførselstegn", "", "while scanning a quoted scalar", ""),
        "ruamel-while-double-quoted": (
            "i en tekst i doble anførselstegn",
            "",
            "while scanning a double-quoted scalar",
            "",
        ),
        "ruamel-while-plain": ("i en verdi uten anførselstegn", "", "while scanning a plain scalar", ""),
        "ruamel-while-simple-key": ("i en enkel nøkkel", "", "while scanning a simple key", ""),
        "ruamel-while-block-scalar": ("i en blokktekst", "", "while scanning a block scalar", ""),
        "ruamel-while-directive": ("i et direktiv", "", "while scanning a directive", ""),
        "ruamel-while-next-token": ("under lesing av neste symbol", "", "while scanning for the next token", ""),
        "ruamel-while-anchor": ("i et anker", "", "while scanning an anchor", ""),
        "ruamel-while-alias": ("i et alias", "", "while scanning an alias", ""),
        "ruamel-while-composing-mapping": ("i en mapping", "", "while composing a mapping", ""),
        "yaml-utf16": (
            "filen er kodet som UTF-16; lagre den som UTF-8",
            "",
            "file is UTF-16 encoded; save it as UTF-8",
            "",
        ),
        "yaml-binary": (
            "filen ser binær ut (NUL-byte ved posisjon {offset}); forventet en YAML-tekstfil i UTF-8",
            "",
            "file looks binary (NUL byte at offset {offset}); expected a UTF-8 YAML text file",
            "",
        ),
        "yaml-bom": (
            "filen begynner med et UTF-8-byterekkefølgemerke (BOM); lagre den som UTF-8 uten BOM",
            "",
            "file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM",
            "",
        ),
        "yaml-not-utf8": (
            "filen er ikke gyldig UTF-8 (byte 0x{byte} på linje {line}, kolonne {column}); lagre den som UTF-8",
            "",
            "file is not valid UTF-8 (byte 0x{byte} at line {line}, column {column}); save it as UTF-8",
            "",
        ),
        "file-not-utf8": (
            "filen er ikke gyldig UTF-8 (byte 0x{byte}); lagre den som UTF-8",
            "",
            "file is not valid UTF-8 (byte 0x{byte}); save it as UTF-8",
            "",
        ),
        "yaml-only-comments": (
            "filen har bare kommentarer eller direktiver; forventet et YAML-dokument (en mapping)",
            "",
            "file holds only comments or directives; expected a YAML mapping document",
            "",
        ),
        "yaml-top-not-mapping": (
            "forventet en mapping øverst i dokumentet, fikk {kind}",
            "",
            "expected a mapping at the top of the document, got {kind}",
            "",
        ),
        "yaml-control-char": (
            "filen inneholder kontrolltegnet U+{code}; fjern det (YAML tillater det ikke)",
            "",
            "file contains the control character U+{code}; remove it (YAML does not allow it)",
            "",
        ),
        "yaml-recursion": (
            "dokumentet er nøstet for dypt til å leses; forventet høyst {limit} nivåer",
            "",
            "document nests too deeply to read; expected at most {limit} levels",
            "",
        ),
        "yaml-invalid-other": (
            "ugyldig YAML: {problem}; forventet et vanlig YAML 1.2-dokument",
            "",
            "invalid YAML: {problem}; expected a plain YAML 1.2 document",
            "",
        ),
    }
)


def word(key: str, lang: str, count: int = 1) -> str:
    nb_one, nb_many, en_one, en_many = _WORDS[key]
    if lang == "en":
        return en_one if count == 1 or not en_many else en_many
    return nb_one if count == 1 or not nb_many else nb_many


def dated(date: str | None, lang: str) -> str:
    """A source's date as shown: as the pack gives it, or «udatert»/"undated" for a source that
    says it has none (``undated: true``; its date in a report is empty)."""
    return date or word("undated", lang)


def say(key: str, lang: str, count: int = 1, /, **args: object) -> str:
    """The entry ``key`` in ``lang`` with its ``{name}`` placeholders filled from ``args``
    (a :class:`Message` argument is said in ``lang`` too)."""
    return fill(word(key, lang, count), lang, args)


def fill(template: str, lang: str, args: dict[str, object]) -> str:
    """``template`` with each ``{name}`` of ``args`` replaced; other braces are left as written.
    A :class:`Message` argument is said in ``lang``, and so is a pack's text (``{"nb": …, "en": …}``)."""
    out = template
    for name, value in args.items():
        if isinstance(value, Message):
            shown = value.text(lang)
        elif isinstance(value, dict) and isinstance(local := value.get(lang, value.get("nb")), str):
            shown = local
        elif isinstance(value, float) and lang == "nb":
            shown = str(value).replace(".", ",")  # a decimal comma in bokmål: «2,5 timer»
        else:
            shown = str(value)
        out = out.replace("{" + name + "}", shown)
    return out


class Message:
    """A catalogue entry and its arguments, said later in the language of the run. An entry with
    a plural form is said in the plural when its argument ``n`` is a number other than 1
    (``Message("count-meetings", n=3)``: "3 møter").

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
        count = self.args.get("n")
        if isinstance(count, float):  # «2,5 timer», "2.5 hours": a fraction takes the plural
            count = 1 if count == 1 else 2
        if not isinstance(count, int) or isinstance(count, bool):
            count = 1
        return say(self.key, lang, count, **self.args)

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


def has(key: str) -> bool:
    """Whether the catalogue holds ``key``."""
    return key in _WORDS


def entries() -> list[str]:
    """Every key of the catalogue (for tests and tools)."""
    return list(_WORDS)


Phrase = Message
"""What a check function gives instead of finished text: a catalogue entry with its arguments,
which the engine says in the language of the run (``phrase.text(lang)``)."""


def phrase(key: str, **args: object) -> Message:
    """``phrase("count-at-least", n=2)``: a :class:`Message` of a catalogue key (which must exist)."""
    return Message(key, **args)
