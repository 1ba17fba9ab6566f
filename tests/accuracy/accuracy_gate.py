#!/usr/bin/env python3
"""Extraction accuracy gate of issue #3.

Runs `partnerlens extract --out TMP` over each fixture set in
tests/testdata, scores the output with the reference scorer
(tests/accuracy/score.py --json), prints the per-category figures and
fails below the thresholds:

    seeds           mean F1 >= 0.90, every category F1 >= 0.80
    dev             mean F1 >= 0.75, every category F1 >= 0.60
    conll2003-dev   people F1 >= 0.80, organizations F1 >= 0.50
    team            mean F1 >= 0.75, every category F1 >= 0.50 (the team's
                    own annotated articles, testdata/team/SOURCES.md: a
                    regression guard set below today's figures)

Usage:
    accuracy_gate.py --cli build/bin/partnerlens --testdata tests/testdata
                     [--scorer tests/accuracy/score.py] [--report-only]

--report-only prints the same figures but fails only when extraction or
scoring itself fails (non-zero exit, unreadable output), not on the
thresholds.

Exit status: 0 when every gate holds (or --report-only and all ran), 1 when
a threshold is missed, 2 when a command fails.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORIES = ("organizations", "people", "positions", "events", "partnerships")

# name, texts dir, gold dir (relative to --testdata), mean F1 minimum,
# per-category F1 minimum (for the categories listed).
FIXTURES = (
    ("seeds", "seeds", "seeds_gold", 0.90,
     {c: 0.80 for c in CATEGORIES}),
    ("dev", "dev/texts", "dev/gold", 0.75,
     {c: 0.60 for c in CATEGORIES}),
    ("conll2003-dev", "conll2003-dev", "conll2003-dev", None,
     {"people": 0.80, "organizations": 0.50}),
    ("team", "team/texts", "team/gold", 0.75,
     {c: 0.50 for c in CATEGORIES}),
)

# Bounds on each command, in seconds: the extraction is linear and fast,
# these only stop a hang from stalling the test run.
EXTRACT_TIMEOUT = 300
SCORE_TIMEOUT = 120


def text_files(directory):
    return sorted(os.path.join(directory, name) for name in os.listdir(directory)
                  if name.endswith(".txt"))


def run(command, timeout):
    """Runs a command; returns (ok, combined output)."""
    try:
        done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return False, "timed out after %d s: %s" % (timeout, " ".join(command))
    except OSError as exc:
        return False, "cannot run %s: %s" % (command[0], exc)
    output = done.stdout.decode("utf-8", "replace")
    return done.returncode == 0, output


def totals_of(scores):
    """The per-category totals of score.py --json output."""
    return {c: scores["categories"][c] for c in CATEGORIES}


def f1_of(entry):
    return float(entry["f1"])


def score_fixture(args, name, texts, gold, out_dir):
    """Extracts and scores one fixture; returns (totals, mean F1) or an error string."""
    ok, output = run([args.cli, "extract", "--out", out_dir] + text_files(texts),
                     EXTRACT_TIMEOUT)
    if not ok:
        return "partnerlens extract failed on %s:\n%s" % (name, output[-4000:])
    json_path = out_dir + ".scores.json"
    ok, output = run([sys.executable, args.scorer, gold, out_dir, "--json", json_path],
                     SCORE_TIMEOUT)
    if not ok:
        return "score.py failed on %s:\n%s" % (name, output[-4000:])
    with open(json_path, encoding="utf-8") as fh:
        scores = json.load(fh)
    return totals_of(scores), float(scores["mean_f1"])


def check(name, totals, mean, mean_min, category_min):
    """Prints the figures; returns the list of missed thresholds."""
    print("== %s" % name)
    print("%-14s %9s %9s %9s" % ("category", "precision", "recall", "F1"))
    for c in CATEGORIES:
        t = totals[c]
        print("%-14s %9.3f %9.3f %9.3f" % (c, float(t["precision"]), float(t["recall"]),
                                           f1_of(t)))
    print("mean F1 %.3f" % mean)
    missed = []
    if mean_min is not None and mean < mean_min:
        missed.append("%s: mean F1 %.3f < %.2f" % (name, mean, mean_min))
    for c, minimum in category_min.items():
        if f1_of(totals[c]) < minimum:
            missed.append("%s: %s F1 %.3f < %.2f" % (name, c, f1_of(totals[c]), minimum))
    return missed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True, help="path of build/bin/partnerlens")
    parser.add_argument("--testdata", required=True, help="path of tests/testdata")
    parser.add_argument("--scorer", default=os.path.join(HERE, "score.py"))
    parser.add_argument("--report-only", action="store_true",
                        help="print figures; do not fail on thresholds")
    args = parser.parse_args()

    missed = []
    with tempfile.TemporaryDirectory(prefix="partnerlens-accuracy-") as tmp:
        for name, texts, gold, mean_min, category_min in FIXTURES:
            out_dir = os.path.join(tmp, name)
            result = score_fixture(args, name, os.path.join(args.testdata, texts),
                                   os.path.join(args.testdata, gold), out_dir)
            if isinstance(result, str):
                print("error: " + result, file=sys.stderr)
                return 2
            missed += check(name, result[0], result[1], mean_min, category_min)

    if missed and not args.report_only:
        print("FAILED thresholds of issue #3:")
        for line in missed:
            print("  " + line)
        return 1
    if missed:
        print("report only; below the issue #3 thresholds: %d" % len(missed))
    else:
        print("all issue #3 accuracy thresholds hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
