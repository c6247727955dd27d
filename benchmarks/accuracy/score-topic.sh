#!/usr/bin/env bash
# Scores IMR0200 (topic mismatch) on one blind set against its hand-written labels. The set's folder holds letters/,
# labels.tsv (letter, item_no, item, role, cited, mismatch yes/no/unsure, why; other columns are ignored) and
# corrections.tsv (clerical corrections only, each with its reason; keyed by item_no, or by the item's text where it
# has no item_no column). Roles may be written claims_administrator/maximus or CA/MAXIMUS.
#
#   benchmarks/accuracy/score-topic.sh SET_DIR                    # builds the CLI (Release) and lints SET_DIR/letters
#   IMRCITE=/path/to/imrcite score-topic.sh SET_DIR               # uses an existing imrcite executable instead
#   LINT_JSON=run.json score-topic.sh SET_DIR                     # scores a saved 'imrcite lint --format json' output
#
# blind-topic/score.sh and blind-topic-2/score.sh run this on their own folder.
#
# A statement (the "Claims Administrator guideline:" or "MAXIMUS guideline:" text of one disputed item) is predicted
# a mismatch when at least one IMR0200 finding falls on one of its citations. The tool's disputed item is matched to
# the labelled item of the same letter by text similarity (the tool may keep or drop words such as "1 prescription
# of"). Labels "unsure" are left out of the score. Precision and recall are printed against labels.tsv as written
# before the first run, and with corrections.tsv applied, with Wilson 95% intervals. Every disagreement is listed
# with the tool's messages and any other finding on the statement.
set -euo pipefail

if [ $# -ne 1 ] || [ ! -f "$1/labels.tsv" ] || [ ! -d "$1/letters" ]; then
  echo "usage: score-topic.sh SET_DIR   (a folder with letters/ and labels.tsv)" >&2
  exit 2
fi
set_dir=$(cd "$1" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

json=${LINT_JSON:-}
if [ -z "$json" ]; then
  json=$(mktemp --suffix=.json)
  trap 'rm -f "$json"' EXIT
  if [ -z "${IMRCITE:-}" ]; then
    dotnet build "$root/src/ImrCite.Cli" -c Release -v q -nologo >/dev/null
    IMRCITE="$root/src/ImrCite.Cli/bin/Release/net10.0/ImrCite.Cli"
  fi
  # lint exits 1 when it reports errors; anything above that is a failure of the run.
  set +e
  "$IMRCITE" lint --format json --output "$json" "$set_dir/letters"
  rc=$?
  set -e
  if [ "$rc" -gt 1 ]; then echo "imrcite lint failed (exit $rc)" >&2; exit "$rc"; fi
fi

python3 - "$set_dir/labels.tsv" "$set_dir/corrections.tsv" "$json" <<'PY'
import collections, csv, difflib, json, math, os, re, sys

labels_path, corrections_path, json_path = sys.argv[1:4]

def norm(s):
    s = re.sub(r"-\s*\n\s*", "", s or "")
    s = re.sub(r"^\s*\d+\s+prescription of\s+", "", s, flags=re.I)
    return re.sub(r"\s+", " ", s).strip().lower()

labels, items_of = {}, collections.defaultdict(dict)
for row in csv.DictReader(open(labels_path, encoding="utf-8"), delimiter="\t"):
    labels[(row["letter"], int(row["item_no"]), row["role"])] = row
    items_of[row["letter"]][int(row["item_no"])] = row["item"]

def labelled_no(row):
    """A correction's item number: its item_no column, or the labelled item of the same letter with the same text."""
    if row.get("item_no"):
        return int(row["item_no"])
    matches = [no for no, item in items_of.get(row["letter"], {}).items() if norm(item) == norm(row["item"])]
    if len(matches) != 1:
        sys.exit(f"correction names no single labelled item: {row['letter']} {row['item']!r}")
    return matches[0]

corrections = {}
if os.path.exists(corrections_path):
    for row in csv.DictReader(open(corrections_path, encoding="utf-8"), delimiter="\t"):
        corrections[(row["letter"], labelled_no(row), row["role"])] = row

run = json.load(open(json_path, encoding="utf-8"))
letter_of = lambda path: os.path.splitext(os.path.basename(path))[0]

def item_no(letter, text):
    """The labelled item the tool's disputed item is, by containment first and then by similarity."""
    t = norm(text)
    best, score = None, 0.0
    for no, item in items_of.get(letter, {}).items():
        i = norm(item)
        ratio = difflib.SequenceMatcher(None, i, t).ratio()
        # Equal text wins, then the closest of the items one contains the other (an item may contain another's words:
        # "Psychological evaluation prior to spinal cord stimulator trial" and "Spinal cord stimulator trial").
        s = 3.0 if i == t else 1.0 + ratio if i and (i in t or t in i) and len(t) > 3 else ratio
        if s > score:
            best, score = no, s
    return best if score >= 0.6 else None

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

def canonical_role(r):
    """Which of the two statements a role name means, whatever the labels or the tool call it (CA, MAXIMUS, ...)."""
    low = (r or "").lower()
    if "claim" in low or low == "ca":
        return "claims_administrator"
    if "maximus" in low or "expert" in low or "reviewer" in low:
        return "maximus"
    return low

# The tool's role names, written as the label file writes them (a set may label "CA"/"MAXIMUS").
label_role = {canonical_role(role): role for (_, _, role) in labels}

def role_of(r):
    return label_role.get(canonical_role(r), r)

def key_of(c):
    letter = letter_of(c["file"])
    return (letter, item_no(letter, c["disputedItem"]), role_of(c["role"]))

seen = collections.defaultdict(list)          # statement -> citations the tool read
for c in run["citations"]:
    seen[key_of(c)].append(c)
by_statement = collections.defaultdict(list)  # statement -> IMR0200 findings
other = collections.defaultdict(list)         # statement -> other findings
unplaced = []
for f in run["findings"]:
    c = statement_of(f)
    if c is None:
        (unplaced if f["ruleId"] == "IMR0200" else other[("?", letter_of(f["file"]))]).append(f)
        continue
    (by_statement if f["ruleId"] == "IMR0200" else other)[key_of(c)].append(f)

def wilson(k, n, z=1.96):
    if n == 0:
        return float("nan"), float("nan")
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return c - h, c + h

def report(title, truth):
    tp = fp = fn = tn = unsure = unsure_flagged = 0
    rows = []
    for key, row in labels.items():
        t = truth(key, row)
        predicted = key in by_statement
        if t == "unsure":
            unsure += 1
            unsure_flagged += predicted
            continue
        expected = t == "yes"
        if expected and predicted: tp += 1
        elif predicted: fp += 1; rows.append(("FP", key, row))
        elif expected: fn += 1; rows.append(("FN", key, row))
        else: tn += 1
    p, r = (tp / (tp + fp) if tp + fp else float("nan")), (tp / (tp + fn) if tp + fn else float("nan"))
    (pl, ph), (rl, rh) = wilson(tp, tp + fp), wilson(tp, tp + fn)
    print(f"== {title}")
    print(f"statements {len(labels)}: labelled mismatch {tp + fn}, labelled fine {fp + tn}, unsure {unsure} "
          f"(IMR0200 on {unsure_flagged} of them)")
    print(f"IMR0200 on {tp + fp} scored statements: TP {tp}  FP {fp}  FN {fn}  TN {tn}")
    print(f"precision {tp}/{tp + fp} = {p:.3f} (Wilson 95% {pl:.3f}-{ph:.3f})   "
          f"recall {tp}/{tp + fn} = {r:.3f} (Wilson 95% {rl:.3f}-{rh:.3f})")
    return rows

report("labels as written before the first run", lambda k, row: row["mismatch"])
rows = report("with corrections.tsv applied (%d clerical corrections)" % len(corrections),
              lambda k, row: corrections[k]["mismatch"] if k in corrections else row["mismatch"])

unread = [k for k in labels if k not in seen]
print(f"labelled statements the tool read no citation from: {len(unread)}")
for k in sorted(unread):
    print("   ", k[0], "#%d" % k[1], k[2], "|", labels[k]["cited"])
stray = [k for k in seen if k not in labels]
print(f"citations on statements that match no label: {len(stray)}")
for k in sorted(stray, key=str):
    for c in seen[k]:
        print("   ", k, "|", c["disputedItem"], "|", c["text"])
print(f"IMR0200 findings not placed on a citation: {len(unplaced)}")
for f in unplaced:
    print("   ", letter_of(f["file"]), f["line"], f["message"])
multi = [k for k, fs in by_statement.items() if len(fs) > 1]
print(f"statements with more than one IMR0200 finding: {len(multi)}")
for k in multi:
    print("   ", *k)

print("\n== disagreements (after corrections)")
for kind, key, row in sorted(rows, key=lambda r: (r[1][0], r[1][1], r[1][2])):
    print(f"{kind} {row['letter']} #{row['item_no']} {row['role']}: {row['item']}")
    print(f"   cited: {row['cited']}")
    print(f"   label: {row['mismatch']} ({row['why']}); tool read: " +
          "; ".join(f"{c['text']!r}->{c['outcome']}" for c in seen.get(key, [])))
    for f in by_statement.get(key, []):
        print(f"   IMR0200: {f['message']}")
    for f in other.get(key, []):
        print(f"   {f['ruleId']}: {f['message']}")

print("\n== every IMR0200 finding (for the suggestion review)")
for key, fs in sorted(by_statement.items(), key=lambda kv: str(kv[0])):
    for f in fs:
        verdict = labels.get(key, {}).get("mismatch", "unlabelled")
        print(f"{key[0]} #{key[1]} {key[2]} [{verdict}] {f['message']}")

print("\n== other findings by rule")
counts = collections.Counter(f["ruleId"] for fs in other.values() for f in fs)
print(", ".join(f"{r} {n}" for r, n in sorted(counts.items())))
PY
