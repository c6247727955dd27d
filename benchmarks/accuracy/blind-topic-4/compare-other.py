#!/usr/bin/env python3
"""Compares run-1.json's findings other than IMR0200 with expected-other.tsv, statement by statement.
A finding is placed on the citation it falls in, or else on the next citation after it in the same letter (a
version finding is reported on the document name, which precedes the section the tool records as the citation).
The tool's disputed item is matched to the labelled item by its text (page furniture such as "Page 2 of 3CM..."
that the PDF path glued to the item is ignored for the match)."""
import collections, csv, difflib, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
run = json.load(open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "run-1.json"), encoding="utf-8"))
stem = lambda p: os.path.splitext(os.path.basename(p))[0]
norm = lambda s: re.sub(r"\s+", " ", re.sub(r"^Page \d+ of \d+CM\d\d-\d+ ", "", s or "")).strip().lower()

labels = list(csv.DictReader(open(os.path.join(here, "labels.tsv"), encoding="utf-8"), delimiter="\t"))
items = collections.defaultdict(dict)
for row in labels:
    items[row["letter"]][int(row["item_no"])] = row["item"]

def item_no(letter, text):
    t = norm(text)
    scored = [(difflib.SequenceMatcher(None, norm(i), t).ratio(), n) for n, i in items[letter].items()]
    return max(scored)[1]

cites = collections.defaultdict(list)
for c in run["citations"]:
    cites[c["file"]].append(c)
for v in cites.values():
    v.sort(key=lambda c: (c["line"], c["column"]))

def place(f):
    here_ = (f["line"], f["column"])
    inside = [c for c in cites[f["file"]] if (c["line"], c["column"]) <= here_ <= (c["endLine"], c["endColumn"])]
    if inside:
        return inside[-1]
    after = [c for c in cites[f["file"]] if (c["line"], c["column"]) > here_]
    return after[0] if after else None

found = collections.defaultdict(list)
for f in run["findings"]:
    if f["ruleId"] == "IMR0200":
        continue
    c = place(f)
    if c is None or c["role"] not in ("claims_administrator", "maximus"):
        found[(stem(f["file"]), 0, c["role"] if c else "?")].append(f)
        continue
    letter = stem(f["file"])
    found[(letter, item_no(letter, c["disputedItem"]), c["role"])].append(f)

expected = {}
for row in csv.DictReader(open(os.path.join(here, "expected-other.tsv"), encoding="utf-8"), delimiter="\t"):
    expected[(row["letter"], int(row["item_no"]), row["role"])] = row

agree = differ = 0
for key in sorted(set(expected) | set(found)):
    exp = expected.get(key, {"expected": "(no label)", "note": ""})
    want = {r.rstrip("?") for r in exp["expected"].split("|")} - {"none"}
    optional = exp["expected"].endswith("?")
    got = [f["ruleId"] for f in found.get(key, [])]
    ok = (not want and not got) or (optional and not got) or (bool(set(got) & want) and set(got) <= want)
    if ok:
        agree += 1
        continue
    differ += 1
    print(f"{key[0]} #{key[1]} {key[2]}: expected {exp['expected']} got {','.join(got) or 'none'}   [{exp['note']}]")
    for f in found.get(key, []):
        print(f"      {f['ruleId']} line {f['line']}: {f['message'][:170]}")
print(f"statements as expected: {agree}; differing: {differ}")
