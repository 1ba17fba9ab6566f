#!/usr/bin/env python3
"""Measures how much of a gold set the lexicons cover, without changing them.

Usage: python3 tools/lexicons/measure_coverage.py GOLD_DIR [DATA_DIR]

GOLD_DIR holds FORMAT.md records (*.json) with `people` and `organizations`;
DATA_DIR defaults to ingest_service/extraction/data/. Reports the share of
the first tokens of multi-word person names found among given names, of
their last tokens among surnames, and of organisation names found exactly.
"""

import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(os.path.dirname(HERE)), "ingest_service", "extraction", "data")


def load(data, name):
    """First column of a lexicon file."""
    with open(os.path.join(data, name), encoding="utf-8") as f:
        return {l.rstrip("\n").split("\t")[0] for l in f if not l.startswith("#") and l.strip()}


def share(items, *sets):
    hits = sum(1 for i in items if any(i in s for s in sets))
    return f"{hits}/{len(items)} = {100.0 * hits / max(1, len(items)):.1f}%"


def main():
    gold = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else DATA
    people, orgs = [], []
    for path in sorted(glob.glob(os.path.join(gold, "*.json"))):
        with open(path, encoding="utf-8") as f:
            record = json.load(f)
        people += [p["name"] for p in record.get("people", [])]
        orgs += [o["name"] for o in record.get("organizations", [])]
    multi = [p.split() for p in people if len(p.split()) > 1]
    firsts = [t[0] for t in multi]
    lasts = [t[-1] for t in multi]
    given = load(data, "given_names.txt")
    given_amb = load(data, "given_names_ambiguous.txt")
    surnames = load(data, "surnames.txt")
    surnames_amb = load(data, "surnames_ambiguous.txt")
    chinese = load(data, "chinese_surnames.txt")
    org_set = load(data, "organizations.txt")
    org_amb = load(data, "organizations_ambiguous.txt")
    clubs = load(data, "sports_clubs.txt")
    print(f"people {len(people)}, multi-word {len(multi)}; organisations {len(orgs)}")
    print("first token in given_names:            ", share(firsts, given))
    print("first token in given_names(+ambiguous):", share(firsts, given, given_amb))
    # Initials ("J. Smith") are found by rule, not by lexicon.
    named = [f for f in firsts if not (len(f) == 2 and f.endswith("."))]
    print("  same, initials left out:             ", share(named, given, given_amb))
    print("last token in surnames:                ", share(lasts, surnames))
    print("last token in surnames(+amb,+chinese): ", share(lasts, surnames, surnames_amb, chinese))
    print("first or last token known (any list):  ",
          share([" ".join(t) for t in multi],
                {" ".join(t) for t in multi
                 if t[0] in given | given_amb or t[-1] in surnames | surnames_amb | chinese}))
    print("organisation exact in organizations:   ", share(orgs, org_set))
    print("  (+ambiguous):                        ", share(orgs, org_set, org_amb))
    print("  (+ambiguous, +sports_clubs):         ", share(orgs, org_set, org_amb, clubs))


if __name__ == "__main__":
    main()
