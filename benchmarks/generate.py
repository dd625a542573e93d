"""Generate a deterministic, national-scale workspace for benchmarking hf-rules.

19 health communities (helsefellesskap), each an organisation of 40 fora (partnerskapsmøte,
strategisk samarbeidsutvalg, one lokalt samarbeidsutvalg per sector hospital, three samarbeidsfora
per sector and 22 arbeidsgrupper) and half-yearly meeting plans for every forum over 10 years
(2025–2034): up to 19 × (1 + 40 × 20) = 15,219 files.

Every community is COMPLIANT with the bundled ``oslo`` pack (which extends ``national``): the
organisations reuse the Oslo pack's party ids (``oslo-kommune``, ``ous``, ``ahus``, ``lovisenberg``,
``diakonhjemmet``, ``sunnaas``, ``pasient-og-brukerombudet``, the etater), because that pack names
those parties, while names, bydeler, persons, topics and meeting dates vary per community. So the
whole real rule set runs on every document — the most realistic work per file the repository has.

``--scale N`` is the total number of files (spread evenly over the 19 communities: each gets one
organisation and the first plans in period order). Output is byte-identical for the same seed and
scale. Stdlib only.

    python benchmarks/generate.py --scale 10000 --out /tmp/hf-national
    hf-rules check --rules oslo --brief /tmp/hf-national
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys

COMMUNITIES = [
    "Oslo",
    "Akershus",
    "Østfold",
    "Vestre Viken",
    "Vestfold",
    "Telemark",
    "Agder",
    "Innlandet",
    "Stavanger",
    "Fonna",
    "Bergen",
    "Førde",
    "Møre og Romsdal",
    "Trøndelag Sør",
    "Nord-Trøndelag",
    "Helgeland",
    "Nordland",
    "Troms",
    "Finnmark",
]
HOSPITALS = [  # (id, type, name pattern): the Oslo pack's sector hospitals
    ("ous", "helseforetak", "Universitetssykehuset {c} HF"),
    ("ahus", "helseforetak", "Sentralsykehuset {c} HF"),
    ("lovisenberg", "sykehus", "Diakonale sykehus {c}"),
    ("diakonhjemmet", "sykehus", "Sykehuset {c} vest"),
]
SECTORS = [h[0] for h in HOSPITALS]
ETATER = [
    ("byradsavdeling-helse", "Avdeling for helse og omsorg"),
    ("helseetaten", "Helseetaten"),
    ("sykehjemsetaten", "Sykehjemsetaten"),
]
BYDEL_NAMES = [
    "Nord",
    "Sør",
    "Øst",
    "Vest",
    "Sentrum",
    "Sjøsiden",
    "Elvedalen",
    "Bakken",
    "Fjellet",
    "Skogen",
    "Haugen",
    "Strand",
    "Lia",
    "Moen",
    "Vika",
    "Nesset",
]
FIRST = [
    "Ingrid",
    "Lars",
    "Siri",
    "Per",
    "Nora",
    "Jonas",
    "Eva",
    "Ola",
    "Hilde",
    "Erik",
    "Tone",
    "Geir",
    "Anne",
    "Knut",
    "Mona",
    "Rune",
    "Marit",
    "Sindre",
    "Liv",
    "Tor",
    "Kristian",
    "Heidi",
    "Randi",
    "Ivar",
    "Kari",
    "Nils",
    "Astrid",
    "Bjørn",
    "Solveig",
    "Håkon",
]
LAST = [
    "Berg",
    "Haugen",
    "Dahl",
    "Moen",
    "Lie",
    "Bakke",
    "Strand",
    "Vik",
    "Aas",
    "Lund",
    "Ruud",
    "Holm",
    "Sæther",
    "Rønning",
    "Vang",
    "Foss",
    "Eide",
    "Nes",
    "Brekke",
    "Hagen",
    "Solberg",
    "Ulstein",
    "Myhre",
    "Tangen",
    "Johansen",
    "Nilsen",
    "Larsen",
    "Pedersen",
    "Kristiansen",
]
SF_KINDS = [  # (id suffix, name, topic, priority groups, hospital role, bydel role)
    (
        "somatikk",
        "Samarbeidsforum somatikk",
        "somatikk",
        ["flere-kroniske-lidelser", "skropelige-eldre"],
        "Klinikkleder",
        "Helse- og omsorgssjef",
    ),
    (
        "psykisk-helse",
        "Samarbeidsforum psykisk helse og avhengighet",
        "psykisk-helse-og-avhengighet",
        ["alvorlige-psykiske-lidelser-og-rus"],
        "Klinikkleder psykisk helse og avhengighet",
        "Enhetsleder psykisk helse og rus",
    ),
    (
        "barn-og-unge",
        "Samarbeidsforum barn og unge",
        "barn-og-unge",
        ["barn-og-unge"],
        "Klinikkleder barne- og ungdomsklinikken",
        "Leder helsestasjon og skolehelsetjeneste",
    ),
]
AG_TOPICS = [
    "utskrivningsklare pasienter",
    "legemiddelsamstemming",
    "rehabilitering",
    "palliasjon",
    "demens",
    "rus og psykiatri",
    "barn med sammensatte behov",
    "digital samhandling",
    "jordmortjeneste",
    "akuttkjeden",
    "habilitering",
    "geriatri",
    "kols",
    "diabetes",
    "ernæring",
    "smittevern",
    "kompetansedeling",
    "tolketjeneste",
    "velferdsteknologi",
    "forløp for skrøpelige eldre",
    "selvmordsforebygging",
    "overgang til voksenliv",
]
MEETING_TOPICS = [
    "Årsplan og oppdrag",
    "Utskrivningsklare pasienter",
    "Barn og unge med sammensatte behov",
    "Innspill til partnerskapsmøtet",
    "Oppfølging av tiltak",
    "Status samhandlingsavtaler",
    "Kapasitet i sommerferien",
    "Digital samhandling",
    "Budsjett og prioriteringer",
]
SF_MANDATE = [
    "Bidra til å fremme samhandling og sikre hensiktsmessig samarbeid mellom sykehuset, bydelene og etatene",
    "Bidra til at gjensidige samhandlingsutfordringer blir løst",
    "Nedsette arbeidsgrupper for å løse felles faglige utfordringer der det er formålstjenlig",
    "Sikre brukermedvirkning i alle deler av samhandlingen",
]
LSU_MANDATE = [
    "Gi innspill til strategisk samarbeidsutvalg og eventuelt partnerskapsmøtet",
    "Gjennomføre vedtatte tiltak fra partnerskapsmøtet",
    "Gjennomføre relevante tiltak ut fra behov i egen sektor",
    "Ivareta samhandlingsavtaler",
]
FIRST_YEAR, YEARS = 2025, 10
PERIODS = [(year, half) for year in range(FIRST_YEAR, FIRST_YEAR + YEARS) for half in (1, 2)]
FORA_PER_COMMUNITY = 40
MAX_FILES = len(COMMUNITIES) * (1 + FORA_PER_COMMUNITY * len(PERIODS))


def slug(text: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a", " ": "-"})
    return text.lower().translate(table)


def q(text: str) -> str:
    """A YAML scalar: plain when safe, else double-quoted."""
    if any(ch in text for ch in ":#{}[],&*!|>'\"%@`") or text != text.strip():
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def flow(pairs: list[tuple[str, str]]) -> str:
    return "{" + ", ".join(f"{k}: {q(v)}" for k, v in pairs) + "}"


class Community:
    """One health community: its parties, fora (in a fixed order) and the text of its documents."""

    def __init__(self, index: int, seed: int) -> None:
        self.name = COMMUNITIES[index]
        self.slug = slug(self.name)
        self.org_id = f"helsefellesskap-{self.slug}"
        self.rng = random.Random(f"hf-rules-bench:{seed}:{index}")
        rng = self.rng
        count = rng.randint(8, 16)  # bydeler, at least two per sector
        names = rng.sample(BYDEL_NAMES, count)
        self.bydeler = [(f"bydel-{slug(n)}", f"Bydel {n}", SECTORS[i % 4]) for i, n in enumerate(names)]
        self.fora: list[tuple[str, dict]] = []  # (id, description) in plan order
        self._build_fora()

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def sector_bydeler(self, sector: str) -> list[str]:
        return [b[0] for b in self.bydeler if b[2] == sector]

    def constituencies(self) -> list[str]:
        return [
            flow(
                [
                    ("represents", "fastlege"),
                    ("role", "Fastlegerepresentant"),
                    ("person", self.person()),
                    ("deputy", self.person()),
                ]
            ),
            flow([("represents", "bruker"), ("role", "Brukerrepresentant"), ("person", self.person())]),
            flow([("represents", "ansatt"), ("role", "Ansatterepresentant"), ("person", self.person())]),
        ]

    def _build_fora(self) -> None:
        lsus = [f"lsu-{s}" for s in SECTORS]
        pm = {
            "name": "Partnerskapsmøtet",
            "type": "partnerskapsmote",
            "meetings_per_year": 1,
            "chair_rotation": "[kommune, sykehus]",
            "gives_assignments_to": ["strategisk-samarbeidsutvalg", *lsus],
            "mandate": [
                (
                    "Gi føringer og oppdrag til samarbeidsutvalgene i tråd med mål og rammer i Nasjonal "
                    "helse- og samhandlingsplan"
                )
            ],
            "members": [
                flow([("party", h), ("role", "Administrerende direktør"), ("level", "direktor")]) for h in SECTORS
            ]
            + [
                flow([("party", "byradsavdeling-helse"), ("role", "Byråd for helse"), ("level", "politisk")]),
                flow([("party", "oslo-kommune"), ("role", "Kommunaldirektør"), ("level", "direktor")]),
            ]
            + self.constituencies(),
            "chairs": ("oslo-kommune", "ous"),
        }
        self.fora.append(("partnerskapsmote", pm))
        ssu_bydeler = [self.sector_bydeler(s)[0] for s in SECTORS]
        ssu = {
            "name": "Strategisk samarbeidsutvalg",
            "type": "strategisk-samarbeidsutvalg",
            "meetings_per_year": 4,
            "chair_rotation": "[kommune, sykehus]",
            "gives_input_to": ["partnerskapsmote"],
            "mandate": [
                "Gi innspill til partnerskapsmøtet om mål og tiltak",
                "Gjennomføre vedtatte tiltak fra partnerskapsmøtet",
            ],
            "members": [flow([("party", h), ("role", "Direktør"), ("level", "direktor")]) for h in SECTORS]
            + [
                flow([("party", e), ("role", "Etatsdirektør"), ("level", "direktor")])
                for e in ("helseetaten", "sykehjemsetaten")
            ]
            + [flow([("party", b), ("role", "Bydelsdirektør"), ("level", "direktor")]) for b in ssu_bydeler]
            + self.constituencies(),
            "observers": [
                flow([("party", "sunnaas"), ("role", "Observatør")]),
                flow([("party", "pasient-og-brukerombudet"), ("role", "Observatør")]),
            ],
            "chairs": ("oslo-kommune", "ahus"),
        }
        self.fora.append(("strategisk-samarbeidsutvalg", ssu))
        for sector in SECTORS:
            lsu = {
                "name": f"Lokalt samarbeidsutvalg {sector}",
                "type": "lokalt-samarbeidsutvalg",
                "sector": sector,
                "meetings_per_year": 4,
                "chair_rotation": f"[oslo-kommune, {sector}]",
                "gives_input_to": ["strategisk-samarbeidsutvalg"],
                "mandate": LSU_MANDATE,
                "members": [
                    flow([("party", sector), ("role", "Direktør"), ("level", "direktor")]),
                    flow([("party", "helseetaten"), ("role", "Etatsdirektør"), ("level", "direktor")]),
                ]
                + [
                    flow([("party", b), ("role", "Bydelsdirektør"), ("level", "direktor")])
                    for b in self.sector_bydeler(sector)
                ]
                + self.constituencies()
                + [flow([("party", "pasient-og-brukerombudet"), ("role", "Pasient- og brukerombud")])],
                "chairs": ("oslo-kommune", sector),
            }
            self.fora.append((f"lsu-{sector}", lsu))
        sf_ids = []
        for sector in SECTORS:
            for suffix, name, topic, groups, hospital_role, bydel_role in SF_KINDS:
                forum_id = f"samarbeidsforum-{suffix}-{sector}"
                sf_ids.append((forum_id, sector))
                self.fora.append(
                    (
                        forum_id,
                        {
                            "name": f"{name} ({sector}-sektor)",
                            "type": "samarbeidsforum",
                            "sector": sector,
                            "topic": topic,
                            "meetings_per_year": 6,
                            "priority_groups": groups,
                            "gives_input_to": [f"lsu-{sector}"],
                            "user_participation": f"Brukerrepresentant fra brukerutvalget ved {sector} deltar",
                            "mandate": SF_MANDATE,
                            "members": [flow([("party", sector), ("role", hospital_role), ("level", "leder")])]
                            + [
                                flow([("party", b), ("role", bydel_role), ("level", "leder")])
                                for b in self.sector_bydeler(sector)
                            ],
                            "chairs": (sector, self.sector_bydeler(sector)[0]),
                        },
                    )
                )
        for i, topic in enumerate(AG_TOPICS):
            parent, sector = sf_ids[i % len(sf_ids)]
            self.fora.append(
                (
                    f"arbeidsgruppe-{slug(topic)}",
                    {
                        "name": f"Arbeidsgruppe {topic}",
                        "type": "arbeidsgruppe",
                        "sector": sector,
                        "meetings_per_year": 6,
                        "gives_input_to": [parent],
                        "mandate": [f"Utrede og foreslå tiltak for {topic}"],
                        "members": [
                            flow([("party", sector), ("role", "Fagleder"), ("level", "leder")]),
                            flow(
                                [
                                    ("party", self.rng.choice(self.sector_bydeler(sector))),
                                    ("role", "Fagleder"),
                                    ("level", "leder"),
                                ]
                            ),
                            flow([("represents", "bruker"), ("role", "Brukerrepresentant"), ("person", self.person())]),
                        ],
                        "chairs": (sector, self.sector_bydeler(sector)[0]),
                    },
                )
            )
        assert len(self.fora) == FORA_PER_COMMUNITY, len(self.fora)

    def organisation(self) -> str:
        out = [
            f"# Generated by benchmarks/generate.py: {self.name} (fictional structure and persons).",
            "apiVersion: hf-rules/v1",
            "kind: Organisation",
            "metadata:",
            f"  id: {self.org_id}",
            f"  name: {q('Helsefellesskap ' + self.name)}",
            "  status: proposed",
            "  effective_from: 2025-01-01",
            "",
            "parties:",
        ]

        def party(pid: str, name: str, ptype: str, side: str, **extra: str) -> None:
            out.extend([f"  {pid}:", f"    name: {q(name)}", f"    type: {ptype}", f"    side: {side}"])
            out.extend(f"    {k}: {v}" for k, v in extra.items())

        party("oslo-kommune", f"{self.name} kommune", "kommune", "kommune")
        for pid, name in ETATER:
            party(pid, name, "etat", "kommune", part_of="oslo-kommune")
        for pid, name, sector in self.bydeler:
            party(pid, name, "bydel", "kommune", part_of="oslo-kommune", sector=sector)
        for pid, ptype, pattern in HOSPITALS:
            party(pid, pattern.format(c=self.name), ptype, "sykehus", has_sector="true")
        party("sunnaas", "Sunnaas sykehus HF", "helseforetak", "sykehus")
        party("pasient-og-brukerombudet", f"Pasient- og brukerombudet i {self.name}", "ombud", "uavhengig")
        out.extend(["", "fora:"])
        for forum_id, forum in self.fora:
            out.append(f"  {forum_id}:")
            for key in ("name", "type", "sector", "topic", "meetings_per_year", "chair_rotation"):
                if key in forum:
                    out.append(f"    {key}: {q(str(forum[key])) if key in ('name', 'topic') else forum[key]}")
            if "priority_groups" in forum:
                out.append(f"    priority_groups: [{', '.join(forum['priority_groups'])}]")
            for key in ("gives_assignments_to", "gives_input_to"):
                if key in forum:
                    out.append(f"    {key}:")
                    out.extend(f"      - {target}" for target in forum[key])
            if "user_participation" in forum:
                out.append(f"    user_participation: {q(forum['user_participation'])}")
            for key in ("mandate", "members", "observers"):
                if key in forum:
                    out.append(f"    {key}:")
                    out.extend(f"      - {item if key != 'mandate' else q(item)}" for item in forum[key])
            out.append("")
        return "\n".join(out)

    def plan(self, forum_id: str, year: int, half: int) -> str:
        forum = dict(self.fora)[forum_id]
        start = dt.date(year, 1 if half == 1 else 7, 1)
        end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
        middle = dt.date(year, 3 if half == 1 else 9, 30)
        first, second = forum["chairs"]  # each half: first, then second; so H1 ends and H2 begins in turn
        per_half = max(1, forum["meetings_per_year"] // 2)
        span = (end - start).days
        days = sorted(self.rng.sample(range(5, span - 5), per_half))
        out = [
            f"# Generated by benchmarks/generate.py: {forum['name']}, {year} H{half}.",
            "apiVersion: hf-rules/v1",
            "kind: MeetingPlan",
            "metadata:",
            f"  id: {self.slug}-{forum_id}-{year}-h{half}",
            f"  organisation: {self.org_id}",
            f"forum: {forum_id}",
            "chairs:",
            f"  - {{from: {start}, to: {middle}, party: {first}}}",
            f"  - {{from: {middle + dt.timedelta(days=1)}, to: {end}, party: {second}}}",
            "meetings:",
        ]
        for day in days:
            date = start + dt.timedelta(days=day)
            if self.rng.random() < 0.5:
                out.append(f"  - {{date: {date}, topic: {q(self.rng.choice(MEETING_TOPICS))}}}")
            else:
                out.append(f"  - {{date: {date}}}")
        return "\n".join(out) + "\n"


def generate(out: str, scale: int = MAX_FILES, seed: int = 2024, communities: int = len(COMMUNITIES)) -> list[str]:
    """Write the workspace into ``out`` (emptied first); return the files written, sorted."""
    if not 1 <= communities <= len(COMMUNITIES):
        raise ValueError(f"communities must be 1..{len(COMMUNITIES)}")
    capacity = communities * (1 + FORA_PER_COMMUNITY * len(PERIODS))
    if not communities <= scale <= capacity:
        raise ValueError(f"scale must be {communities}..{capacity} files for {communities} communities")
    if os.path.isdir(out):
        shutil.rmtree(out)
    written = []
    for index in range(communities):
        community = Community(index, seed)
        files = scale // communities + (1 if index < scale % communities else 0)
        folder = os.path.join(out, community.slug)
        os.makedirs(folder)
        documents = [("organisation.yaml", community.organisation())]
        slots = [(f, y, h) for (y, h) in PERIODS for f, _ in community.fora][: files - 1]
        for forum_id, year, half in slots:
            documents.append(
                (
                    os.path.join("plans", str(year), f"{forum_id}-{year}-h{half}.yaml"),
                    community.plan(forum_id, year, half),
                )
            )
        for name, text in documents:
            path = os.path.join(folder, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            written.append(path)
    return sorted(written)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=10_000, help=f"total files (default 10000, max {MAX_FILES})")
    parser.add_argument("--out", required=True, help="output folder (emptied first)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--communities", type=int, default=len(COMMUNITIES), help="1..19 (default 19)")
    args = parser.parse_args(argv)
    files = generate(args.out, args.scale, args.seed, args.communities)
    size = sum(os.path.getsize(f) for f in files)
    print(f"{len(files)} files, {size / 1e6:.1f} MB in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
