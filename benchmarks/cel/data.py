import random


def forums(n=1000, seed=1):
    r = random.Random(seed)
    out = []
    for i in range(n):
        f = {
            "id": f"F{i}",
            "name": r.choice(["Samarbeidsutvalg", "Overordnet samarbeidsorgan", "Faglig samarbeidsutvalg"]) + f" {i}",
            "meetings_per_year": r.randint(1, 8),
            "members": [
                {
                    "name": f"P{i}-{j}",
                    "side": r.choice(["kommune", "helseforetak", "bruker"]),
                    "role": r.choice(["leder", "medlem"]),
                }
                for j in range(r.randint(2, 12))
            ],
            "established": "2019-05-01",
        }
        if r.random() < 0.7:
            f["mandate"] = {"text": "Mandat ...", "approved": "2020-01-15"}
        out.append(f)
    return out


EXPRS = {
    "filter_size": 'forum.members.filter(s, s.side == "kommune").size() >= 2 && forum.meetings_per_year >= 4',
    "has": "has(forum.mandate)",
    "all_exists": 'forum.members.all(m, m.side in ["kommune", "helseforetak", "bruker"]) && forum.members.exists(m, m.role == "leder")',
    "strings": 'forum.name.startsWith("Samarbeid") && forum.id.matches("^F[0-9]+$")',
    "message": '"Forum " + forum.name + " has " + string(forum.members.filter(s, s.side == "kommune").size()) + " kommune members"',
}
