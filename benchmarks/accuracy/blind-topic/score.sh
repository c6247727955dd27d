#!/usr/bin/env bash
# Scores IMR0200 (topic mismatch) against the hand-written labels of the blind letters.
#
#   benchmarks/accuracy/blind-topic/score.sh            # builds the CLI (Release) and lints letters/
#   IMRCITE=/path/to/imrcite score.sh                   # uses an existing imrcite executable instead
#   LINT_JSON=run.json score.sh                         # scores a saved 'imrcite lint --format json' output
#
# A statement ("Claims Administrator guideline:" or "MAXIMUS guideline:" of one disputed item) is predicted a
# mismatch when at least one IMR0200 finding falls on one of its citations. Precision and recall are printed twice:
# against labels.tsv as written before the first run, and with corrections.tsv applied (clerical corrections only,
# each with its reason). Every disagreement is listed with the tool's message and any other finding on the statement.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../../.." && pwd)

json=${LINT_JSON:-}
if [ -z "$json" ]; then
  json=$(mktemp --suffix=.json)
  trap 'rm -f "$json"' EXIT
  if [ -z "${IMRCITE:-}" ]; then
    dotnet build "$root/src/ImrCite.Cli" -c Release -v q -nologo >/dev/null
    IMRCITE="$root/src/ImrCite.Cli/bin/Release/net10.0/ImrCite.Cli"
  fi
  # lint exits 1 when it reports warnings or errors; anything above that is a failure of the run.
  set +e
  "$IMRCITE" lint --format json --output "$json" "$here/letters"
  rc=$?
  set -e
  if [ "$rc" -gt 1 ]; then echo "imrcite lint failed (exit $rc)" >&2; exit "$rc"; fi
fi

python3 - "$here/labels.tsv" "$here/corrections.tsv" "$json" <<'PY'
import collections, csv, json, os, re, sys

labels_path, corrections_path, json_path = sys.argv[1:4]
norm = lambda s: re.sub(r"\s+", " ", s or "").strip()

labels = {}
for row in csv.DictReader(open(labels_path, encoding="utf-8"), delimiter="\t"):
    labels[(row["letter"], norm(row["item"]), row["role"])] = row

corrections = {}
if os.path.exists(corrections_path):
    for row in csv.DictReader(open(corrections_path, encoding="utf-8"), delimiter="\t"):
        corrections[(row["letter"], norm(row["item"]), row["role"])] = row

run = json.load(open(json_path, encoding="utf-8"))
letter_of = lambda path: os.path.splitext(os.path.basename(path))[0]

# Citations by file, to place each finding on the statement it underlines.
cites = collections.defaultdict(list)
for c in run["citations"]:
    cites[c["file"]].append(c)

def statement_of(f):
    best = None
    for c in cites.get(f["file"], []):
        start, end = (c["line"], c["column"]), (c["endLine"], c["endColumn"])
        here = (f["line"], f["column"])
        if start == here:
            return c
        if start <= here <= end:
            best = c
    return best

by_statement = collections.defaultdict(list)   # statement -> IMR0200 findings
other = collections.defaultdict(list)          # statement -> other findings
unplaced = []
for f in run["findings"]:
    c = statement_of(f)
    if c is None:
        if f["ruleId"] == "IMR0200":
            unplaced.append(f)
        continue
    key = (letter_of(f["file"]), norm(c["disputedItem"]), c["role"])
    (by_statement if f["ruleId"] == "IMR0200" else other)[key].append(f)

outcomes = collections.defaultdict(set)
for c in run["citations"]:
    outcomes[(letter_of(c["file"]), norm(c["disputedItem"]), c["role"])].add(c["outcome"])

def score(truth):
    tp = fp = fn = tn = 0
    rows = []
    for key, row in labels.items():
        expected = truth(key, row) == "yes"
        predicted = key in by_statement
        if expected and predicted: tp += 1
        elif predicted: fp += 1; rows.append(("FP", key, row))
        elif expected: fn += 1; rows.append(("FN", key, row))
        else: tn += 1
    return tp, fp, fn, tn, rows

def report(title, truth):
    tp, fp, fn, tn, rows = score(truth)
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    print(f"== {title}")
    print(f"statements {len(labels)}: labelled mismatch {tp + fn}, labelled fine {fp + tn}")
    print(f"IMR0200 on {tp + fp} statements: TP {tp}  FP {fp}  FN {fn}  TN {tn}")
    print(f"precision {tp}/{tp + fp} = {p:.3f}   recall {tp}/{tp + fn} = {r:.3f}")
    return rows

report("labels as written before the first run", lambda k, row: row["mismatch"])
rows = report("with corrections.tsv applied (%d clerical corrections)" % len(corrections),
              lambda k, row: corrections[k]["mismatch"] if k in corrections else row["mismatch"])

unlabelled = [k for k in by_statement if k not in labels]
print(f"IMR0200 findings on unlabelled statements: {len(unlabelled)}; not placed on a citation: {len(unplaced)}")
multi = [k for k, fs in by_statement.items() if len(fs) > 1]
print(f"statements with more than one IMR0200 finding: {len(multi)}")
for k in multi:
    print("  ", *k)

print("\n== disagreements (after corrections)")
for kind, key, row in sorted(rows, key=lambda r: (r[1][0], int(r[2]["item_no"]), r[1][2])):
    print(f"{kind} {row['letter']} #{row['item_no']} {row['role']}: {row['item']}")
    print(f"   cited: {row['cited']}")
    print(f"   label: {row['mismatch']} ({row['why']}); citation outcomes: {', '.join(sorted(outcomes.get(key, {'none'})))}")
    for f in by_statement.get(key, []):
        print(f"   IMR0200: {f['message']}")
    for f in other.get(key, []):
        print(f"   {f['ruleId']}: {f['message']}")

print("\n== every IMR0200 finding (for the suggestion review)")
for key, fs in sorted(by_statement.items()):
    for f in fs:
        verdict = labels.get(key, {}).get("mismatch", "unlabelled")
        print(f"{key[0]} {key[2]} [{verdict}] {f['message']}")
PY
