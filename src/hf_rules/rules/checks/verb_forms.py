"""The forms of a Norwegian verb, bokmål and nynorsk, for ``mandate``'s ``verb``.

Written by hand, not taken from a library: the only maintained Norwegian morphology resources
(Norsk ordbank, spaCy's bokmål model) are large data sets fetched at install or run time, cover
bokmål only or need a model download, and would put a lexicon between the pack's words and its
verdict that an auditor cannot follow. What a mandate point needs is smaller and plain: the
forms of the one verb a pack names, never the noun of the same stem («beslutning», «vedtak»).

A verb is given as its infinitive (``beslutte``, ``gi``, nynorsk ``gje``, ``drøfta``) or its
stem (``beslutt``). Its forms are:

- a strong or irregular verb (:data:`STRONG`: ``gi``/``gje``, ``ta``, ``få``, ``gå``, ``se``/
  ``sjå``, ``slå``, ``stå``, ``la``, ``be``, ``dra``, ``gjøre``/``gjere``, ``si``/``seie``,
  ``legge``/``leggje``, ``sette``/``setje``, ``treffe``, ``velge``/``velje``, ``skrive``,
  ``komme``/``kome``, ``finne``, ``holde``/``halde``, ``følge``/``følgje``), also after a prefix
  (``vedta``: «vedtar», «vedtek», «vedtok», «vedteke», «vedtatt», «vedtas»; ``fastsette``,
  ``foreslå``, ``planlegge``, ``avgjøre``): its listed forms, bokmål and nynorsk together
  (``gi`` finds «gjev» and ``gje`` «gir»);
- any other verb, weak: the stem (the infinitive less a final ``e`` or ``a``; itself a form only
  where it is what the pack gives) with the endings of the infinitive (``-e``, ``-a``), the present (``-er``, ``-ar``, ``-r`` after a
  vowel), the s-passive (``-es``, ``-s``, ``-ast``), the past (``-et``, ``-te``, ``-de``,
  ``-dde``, ``-a``) and the participle (``-et``, ``-t``, ``-tt``, ``-d``, ``-dd``, ``-a``); a
  double consonant is single before ``-t``/``-de`` («godkjent», «godkjende»), ``g``/``k``
  take nynorsk ``j`` («følgjer», «sørgje»), and a doubled ``m``, ``n``, ``t`` or ``l`` is single
  with nynorsk ``j`` (``fremme`` finds «fremje», «fremjar»; ``fremje`` finds «fremmer»).

No noun ending is ever a form (``-ing``, ``-else``, ``-nad``, ``-ak``): «beslutning», «vedtak»
and «drøfting» are not forms of ``beslutte``, ``vedta``, ``drøfte``. A verb's own noun is listed
apart (:data:`NOUNS`, :func:`noun_forms`), with the supporting verbs that make the forum do it
(:data:`SUPPORTS`): ``mandate`` counts it only after one of those. A limit of the reading: a
form that is also a noun or an adjective is read as the verb («møtet» of ``møte``, «styret» of
``styre``, «prioriterte» of ``prioritere``).
"""

from __future__ import annotations

import re
from functools import cache

INFINITIVE, PRESENT, PASSIVE, PAST, PARTICIPLE = "infinitive", "present", "passive", "past", "participle"

STRONG: dict[str, dict[str, tuple[str, ...]]] = {
    "gi": {
        INFINITIVE: ("gi", "gje"),
        PRESENT: ("gir", "gjev"),
        PASSIVE: ("gis", "gjevast", "gjevest"),
        PAST: ("ga", "gav"),
        PARTICIPLE: ("gitt", "gjeve", "gjeven", "gjevne"),
    },
    "ta": {
        INFINITIVE: ("ta",),
        PRESENT: ("tar", "tek"),
        PASSIVE: ("tas", "takast", "tekst"),
        PAST: ("tok",),
        PARTICIPLE: ("tatt", "teke", "teken", "tekne"),
    },
    "få": {
        INFINITIVE: ("få",),
        PRESENT: ("får",),
        PASSIVE: ("fås", "fåast"),
        PAST: ("fikk", "fekk"),
        PARTICIPLE: ("fått",),
    },
    "gå": {
        INFINITIVE: ("gå",),
        PRESENT: ("går",),
        PASSIVE: ("gås", "gåast"),
        PAST: ("gikk", "gjekk"),
        PARTICIPLE: ("gått",),
    },
    "se": {
        INFINITIVE: ("se", "sjå"),
        PRESENT: ("ser",),
        PASSIVE: ("ses", "sees", "sjåast"),
        PAST: ("såg",),
        PARTICIPLE: ("sett",),
    },
    "slå": {
        INFINITIVE: ("slå",),
        PRESENT: ("slår",),
        PASSIVE: ("slås", "slåast"),
        PAST: ("slo",),
        PARTICIPLE: ("slått", "slege", "slegen"),
    },
    "stå": {
        INFINITIVE: ("stå",),
        PRESENT: ("står",),
        PASSIVE: ("stås", "ståast"),
        PAST: ("sto", "stod"),
        PARTICIPLE: ("stått",),
    },
    "la": {
        INFINITIVE: ("la", "late"),
        PRESENT: ("lar", "let"),
        PASSIVE: ("lates", "latast"),
        PAST: ("lot", "lét"),
        PARTICIPLE: ("latt", "late"),
    },
    "be": {
        INFINITIVE: ("be",),
        PRESENT: ("ber", "bed"),
        PASSIVE: ("bes", "bedast"),
        PAST: ("ba", "bad"),
        PARTICIPLE: ("bedt", "bede"),
    },
    "dra": {
        INFINITIVE: ("dra",),
        PRESENT: ("drar", "dreg"),
        PASSIVE: ("dras", "dragast"),
        PAST: ("dro", "drog"),
        PARTICIPLE: ("dratt", "drege"),
    },
    "gjøre": {
        INFINITIVE: ("gjøre", "gjere"),
        PRESENT: ("gjør", "gjer"),
        PASSIVE: ("gjøres", "gjerast"),
        PAST: ("gjorde",),
        PARTICIPLE: ("gjort",),
    },
    "si": {
        INFINITIVE: ("si", "seie"),
        PRESENT: ("sier", "seier"),
        PASSIVE: ("sies", "seiast"),
        PAST: ("sa",),
        PARTICIPLE: ("sagt",),
    },
    "legge": {
        INFINITIVE: ("legge", "leggje"),
        PRESENT: ("legger", "legg"),
        PASSIVE: ("legges", "leggjast"),
        PAST: ("la",),
        PARTICIPLE: ("lagt",),
    },
    "sette": {
        INFINITIVE: ("sette", "setje"),
        PRESENT: ("setter", "set"),
        PASSIVE: ("settes", "setjast"),
        PAST: ("satte", "sette"),
        PARTICIPLE: ("satt", "sett"),
    },
    "treffe": {
        INFINITIVE: ("treffe",),
        PRESENT: ("treffer", "treff"),
        PASSIVE: ("treffes", "treffast"),
        PAST: ("traff", "trefte"),
        PARTICIPLE: ("truffet", "truffe", "treft"),
    },
    "velge": {
        INFINITIVE: ("velge", "velje"),
        PRESENT: ("velger", "vel"),
        PASSIVE: ("velges", "veljast"),
        PAST: ("valgte", "valde"),
        PARTICIPLE: ("valgt", "vald"),
    },
    "skrive": {
        INFINITIVE: ("skrive",),
        PRESENT: ("skriver", "skriv"),
        PASSIVE: ("skrives", "skrivast"),
        PAST: ("skrev", "skreiv"),
        PARTICIPLE: ("skrevet", "skrive", "skriven", "skrivne"),
    },
    "komme": {
        INFINITIVE: ("komme", "kome"),
        PRESENT: ("kommer", "kjem"),
        PASSIVE: (),
        PAST: ("kom",),
        PARTICIPLE: ("kommet", "kome", "komen"),
    },
    "finne": {
        INFINITIVE: ("finne",),
        PRESENT: ("finner", "finn"),
        PASSIVE: ("finnes", "finnast"),
        PAST: ("fant", "fann"),
        PARTICIPLE: ("funnet", "funne"),
    },
    "holde": {
        INFINITIVE: ("holde", "halde"),
        PRESENT: ("holder", "held"),
        PASSIVE: ("holdes", "haldast"),
        PAST: ("holdt", "heldt"),
        PARTICIPLE: ("holdt", "halde", "halden"),
    },
    "følge": {
        INFINITIVE: ("følge", "følgje"),
        PRESENT: ("følger", "følgjer"),
        PASSIVE: ("følges", "følgjast"),
        PAST: ("fulgte", "følgde"),
        PARTICIPLE: ("fulgt", "følgd"),
    },
}
"""The strong and irregular verbs, each under its bokmål infinitive, with its forms."""
_ALSO = {"gje": "gi", "sjå": "se", "gjere": "gjøre", "seie": "si", "leggje": "legge", "setje": "sette"}
_ALSO |= {"velje": "velge", "kome": "komme", "halde": "holde", "følgje": "følge", "late": "la"}
"""Nynorsk (and other) infinitives of the strong verbs."""
_PREFIXES = (
    *("ved", "mot", "fast", "fram", "frem", "inn", "ut", "opp", "til", "over", "under", "av", "an", "bi"),
    *("for", "fore", "føre", "forut", "gjennom", "med", "om", "på", "sam", "etter", "iverk", "tilrette"),
    *("vedlike", "opprett", "videre", "ned", "bort", "fri", "plan", "inne", "del", "ivare"),
)
"""What may stand before a short strong verb (``ta``, ``gi``, ``se`` …) in a compound («vedta»,
«foreslå», «bistå», «bidra»). A longer strong verb (four letters or more: ``sette``, ``legge``,
``holde``) may follow any prefix («planlegge», «opprettholde»)."""
_WORD = re.compile(r"^[^\W\d_]+$")
_VOWELS = frozenset("aeiouyæøå")
_TRIPLE = re.compile(r"(.)\1\1")


def is_verb_word(word: str) -> bool:
    """Whether ``word`` can name a verb: letters only, with a vowel."""
    return bool(_WORD.match(word)) and any(letter in _VOWELS for letter in word.casefold())


def _strong(verb: str) -> tuple[str, str] | None:
    """``(prefix, root)`` where ``verb`` is a strong verb of :data:`STRONG`, alone or compounded."""
    for name in sorted((*STRONG, *_ALSO), key=len, reverse=True):
        if not verb.endswith(name):
            continue
        prefix = verb[: len(verb) - len(name)]
        if not prefix or prefix in _PREFIXES or (len(name) >= 4 and len(prefix) >= 2):
            return prefix, _ALSO.get(name, name)
    return None


_SOFT_DOUBLES = frozenset("mntl")
"""Consonants a bokmål verb doubles where nynorsk writes one and «j» («fremme»/«fremje»)."""


def _weak(verb: str) -> dict[str, set[str]]:
    stem = verb[:-1] if len(verb) > 3 and verb[-1] in "ea" and verb[-2] not in _VOWELS else verb
    stems = {stem}
    if stem.endswith(("gj", "kj")):
        stems.add(stem[:-1])
    elif stem.endswith(("g", "k")) and len(stem) > 2 and stem[-2] not in _VOWELS:
        stems.add(stem + "j")
    elif len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in _SOFT_DOUBLES and stem[-3] in _VOWELS:
        stems.add(stem[:-1] + "j")  # bokmål «fremme», «sette»: nynorsk «fremje», «setje» (round 29 Møre og Romsdal)
    elif len(stem) > 3 and stem[-1] == "j" and stem[-2] in _SOFT_DOUBLES and stem[-3] in _VOWELS:
        stems.add(stem[:-1] + stem[-2])  # and the other way
    forms: dict[str, set[str]] = {kind: set() for kind in (INFINITIVE, PRESENT, PASSIVE, PAST, PARTICIPLE)}
    for s in stems:
        if s[-1] in _VOWELS:  # «nå», «bu», «bo»
            forms[INFINITIVE] |= {s}
            forms[PRESENT] |= {s + "r"}
            forms[PASSIVE] |= {s + "s", s + "ast", s + "es"}
            forms[PAST] |= {s + "dde", s + "tte"}
            forms[PARTICIPLE] |= {s + "dd", s + "tt"}
            continue
        single = s[:-1] if len(s) > 2 and s[-1] == s[-2] and s[-1] not in _VOWELS else s
        forms[INFINITIVE] |= {s + "e", s + "a"} | ({s} if s == verb else set())
        forms[PRESENT] |= {s + "er", s + "ar"}
        forms[PASSIVE] |= {s + "es", s + "s", s + "ast", s + "ast"}
        forms[PAST] |= {s + "et", s + "te", s + "de", s + "dde", s + "a", single + "te", single + "de"}
        forms[PARTICIPLE] |= {s + "et", s + "t", s + "d", s + "a", single + "t", single + "d"}
    return forms


@cache
def verb_forms(verb: str) -> dict[str, str]:
    """Every form of ``verb`` (an infinitive or a stem, one word), each with what it is:
    ``infinitive``, ``present``, ``passive`` (the s-passive), ``past`` or ``participle``. A
    form that is two things (nynorsk «drøfta») is the first of those, in that order."""
    verb = verb.casefold()
    strong = _strong(verb)
    if strong is not None:
        prefix, root = strong
        kinds = {kind: {prefix + form for form in forms} for kind, forms in STRONG[root].items()}
    else:
        kinds = _weak(verb)
    found: dict[str, str] = {}
    for kind in (INFINITIVE, PRESENT, PASSIVE, PAST, PARTICIPLE):
        for form in sorted(kinds[kind]):
            found.setdefault(_TRIPLE.sub(r"\1\1", form), kind)  # «besluttt» is «beslutt»
    return found


NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("beslutte", "beslutta"), ("beslutning",)),
    **dict.fromkeys(("vedta", "vedtake"), ("vedtak",)),
    **dict.fromkeys(("avgjøre", "avgjere"), ("avgjørelse", "avgjerd")),
    **dict.fromkeys(("forankre", "forankra"), ("forankring",)),
    **dict.fromkeys(("prioritere", "prioritera"), ("prioritering",)),
    **dict.fromkeys(("koordinere", "koordinera"), ("koordinering",)),
    **dict.fromkeys(("samordne", "samordna"), ("samordning",)),
    **dict.fromkeys(("følge opp", "følgje opp"), ("oppfølging", "oppfylging")),
    **dict.fromkeys(("evaluere", "evaluera"), ("evaluering",)),
    **dict.fromkeys(("behandle", "behandla"), ("behandling",)),
    **dict.fromkeys(("handsame", "handsama"), ("handsaming",)),
    **dict.fromkeys(("godkjenne", "godkjenna"), ("godkjenning",)),
    **dict.fromkeys(("drøfte", "drøfta"), ("drøfting",)),
    **dict.fromkeys(("planlegge", "planleggje"), ("planlegging",)),
    **dict.fromkeys(("anbefale", "anbefala"), ("anbefaling",)),
    **dict.fromkeys(("tilrå",), ("tilråding",)),
    **dict.fromkeys(("utarbeide", "utarbeida"), ("utarbeiding", "utarbeidelse")),
    **dict.fromkeys(("etablere", "etablera"), ("etablering",)),
    **dict.fromkeys(("vurdere", "vurdera"), ("vurdering",)),
    **dict.fromkeys(("fastsette", "fastsetje"), ("fastsetting", "fastsettelse", "fastsetjing")),
    **dict.fromkeys(("gjennomføre", "gjennomføra"), ("gjennomføring",)),
    **dict.fromkeys(("iverksette", "iverksetje"), ("iverksetting", "iverksettelse", "iverksetjing")),
    **dict.fromkeys(("oppnevne",), ("oppnevning",)),
    **dict.fromkeys(("oppnemne",), ("oppnemning",)),
    **dict.fromkeys(("utpeke",), ("utpeking",)),
    **dict.fromkeys(("utpeike",), ("utpeiking",)),
    **dict.fromkeys(("fordele", "fordela"), ("fordeling",)),
    **dict.fromkeys(("organisere", "organisera"), ("organisering",)),
    **dict.fromkeys(("utvikle", "utvikla"), ("utvikling",)),
    **dict.fromkeys(("rapportere", "rapportera"), ("rapportering",)),
}
"""A verb's own noun (its nominalisation), bokmål and nynorsk, by the verb's infinitive (with its
particle: ``følge opp``). Curated by hand from the mandates of the health communities' agreements
and the paraphrases blind pack authors met («Fatte beslutninger …», «Sikre forankring av
samarbeidet …», «Sørge for oppfølging av …»), with the bokmål and nynorsk forms of Norsk
ordbok/Bokmålsordboka: the verb's own noun only — not another word of the field
(«initiativ» is no noun of ``initiere``, «revisjon» none of ``revidere``)."""

SUPPORTS: tuple[tuple[str, tuple[str, ...], frozenset[str] | None], ...] = (
    *(
        (verb, (), frozenset({"beslutte", "beslutta", "vedta", "vedtake", "avgjøre", "avgjere"}))
        for verb in ("fatte", "ta", "treffe")
    ),
    *((verb, (), None) for verb in ("sikre", "ivareta", "foreta", "gjennomføre", "utføre", "besørge")),
    *((verb, ("for",), None) for verb in ("sørge", "sørgje", "stå", "syte")),
    ("ha", ("ansvar", "for"), None),
    ("ha", ("ansvaret", "for"), None),
    ("ta", ("ansvar", "for"), None),
    ("ta", ("ansvaret", "for"), None),
    ("gi", (), frozenset({"anbefale", "anbefala", "tilrå", "prioritere", "prioritera"})),
)
"""The supporting verbs that make the forum do what a verb's noun names, each with its particles
and the verbs whose nouns it supports (None: every verb of :data:`NOUNS`): «fatte», «ta»,
«treffe» for a decision («Fatte beslutninger», «Ta vedtak»); «sikre», «sørge for», «stå for»,
«ivareta», «foreta», «gjennomføre», «ha ansvar for» for any («Sikre forankring av
samarbeidet»); «gi» for advice and priorities («Gi anbefalinger»). Verbs that only watch or help
(«følge med på», «bidra til», «delta i», «orientere om», «få informasjon om») are none of these,
so their nouns never meet the point («Følge med på forankringen av samarbeidet»)."""

_NOUN_ENDINGS = {
    "ing": ("", "en", "a", "er", "ene", "ar", "ane"),
    "else": ("", "n", "r", "ne"),
    "": ("", "et", "a", "ene", "er", "ar", "ane", "en"),
}


def noun_forms(verb: str) -> frozenset[str]:
    """Every form of the nouns of ``verb`` (:data:`NOUNS`; an infinitive with its particles, or
    a stem: ``beslutt`` as ``beslutte``): singular and plural, indefinite and definite, bokmål
    and nynorsk («beslutning», «beslutninga», «beslutningene», «beslutningane»; «vedtak»,
    «vedtaket», «vedtaka»). Empty for a verb with none listed."""
    verb = " ".join(verb.casefold().split())
    head, _, rest = verb.partition(" ")
    nouns = next(
        (NOUNS[key] for key in (verb, *(f"{head}{end} {rest}".strip() for end in ("e", "a"))) if key in NOUNS), ()
    )
    forms: set[str] = set()
    for noun in nouns:
        kind = "ing" if noun.endswith("ing") else "else" if noun.endswith("else") else ""
        forms |= {noun + ending for ending in _NOUN_ENDINGS[kind]}
        if kind == "" and noun.endswith("d"):  # nynorsk «avgjerd», «avgjerda», «avgjerder»
            forms |= {noun + "a", noun + "ene", noun + "ane"}
    return frozenset(forms)


def supports(verb: str) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    """The supporting verbs (:data:`SUPPORTS`) that let a noun of ``verb`` meet the point: each as
    its active forms (infinitive, present, past) with its particles."""
    verb = " ".join(verb.casefold().split())
    head, _, rest = verb.partition(" ")
    keys = {verb, *(f"{head}{end} {rest}".strip() for end in ("e", "a"))}
    found = []
    for support, particles, only in SUPPORTS:
        if only is not None and not (keys & only):
            continue
        forms = verb_forms(support)
        found.append((frozenset(f for f, kind in forms.items() if kind in {INFINITIVE, PRESENT, PAST}), particles))
    return found
