#!/usr/bin/env python3
"""Writes noisy/: both batches' letters with page-break noise of the kind pdftotext leaves in real letters, and the
labels unchanged (a mechanical, seeded transformation; no statement's cited sections change).

Noise, per item, seeded by the letter's name:
- a form feed before the "Claims Administrator guideline:" line (real letters: the item on one page, its
  statements on the next) — about one item in three;
- a form feed between two wrapped lines of the MAXIMUS statement — about one item in three, when it wraps;
- a form feed inside the decision rationale — about one item in four;
- the partial-authorization wording real letters use for quantities ("Norco 10/325mg #25 was authorized by the
  Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #35 is: Upheld")
  — about one item in five that has a "#N" quantity of at least 4.
"""
import csv, os, random, re

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "noisy")
os.makedirs(os.path.join(out, "letters"), exist_ok=True)

ITEM = re.compile(r"^(?P<item>.+): (?P<decision>Upheld|Overturned) ?$")
QTY = re.compile(r"#(\d+)")


def noisy(name, text):
    rnd = random.Random(name)
    double = "\n \n" in text or text.count(" \n\n") > 20  # the 2014-2015 layout
    lines = text.split("\n")
    result = []
    i = 0
    state = None  # None, "mx", "rat"
    while i < len(lines):
        line = lines[i]
        bare = line.rstrip()
        m = ITEM.match(bare) if bare and not bare.startswith(("Claims", "MAXIMUS", "Decision")) else None
        if m and "#" in m.group("item") and rnd.random() < 0.2:
            q = QTY.search(m.group("item"))
            n = int(q.group(1)) if q else 0
            if n >= 4:
                part = n // 2
                first = m.group("item")[:q.start()] + "#%d" % part + m.group("item")[q.end():]
                rest = m.group("item")[:q.start()] + "#%d" % (n - part) + m.group("item")[q.end():]
                sep = " " if double else ""
                result.append("%s was authorized by the Claims Administrator. The remaining IMR eligible%s" % (first, sep))
                if double:
                    result.append("")
                result.append("portion of the original request, %s is: %s%s" % (rest, m.group("decision"), sep))
                i += 1
                continue
        if bare.startswith("Claims Administrator guideline:") and rnd.random() < 0.33:
            # drop the blank line(s) before it and put the page break there
            while result and result[-1].strip() == "":
                result.pop()
            result.append("\f" + line)
            i += 1
            state = None
            continue
        if bare.startswith("MAXIMUS guideline:"):
            state = "mx"
            result.append(line)
            i += 1
            # the next non-blank line continues the statement when it is not blank in the single-spaced layout
            j = i + (1 if double else 0)
            if j < len(lines) and lines[j].strip() and not lines[j].lstrip().startswith("Decision rationale") \
                    and rnd.random() < 0.33:
                if double:
                    result.append(lines[i])  # the blank line
                result.append("\f" + lines[j])
                i = j + 1
            continue
        if bare.startswith("Decision rationale:") and rnd.random() < 0.25:
            # break after this line
            result.append(line)
            i += 1
            if i < len(lines) and lines[i].strip():
                result.append("\f" + lines[i])
                i += 1
            continue
        result.append(line)
        i += 1
    return "\n".join(result)


rows = []
for batch in (here, os.path.join(here, "batch-2")):
    for name in sorted(os.listdir(os.path.join(batch, "letters"))):
        text = open(os.path.join(batch, "letters", name), encoding="utf-8").read()
        with open(os.path.join(out, "letters", name), "w", encoding="utf-8") as f:
            f.write(noisy(name, text))
    with open(os.path.join(batch, "labels.tsv"), encoding="utf-8") as f:
        rows.extend(csv.DictReader(f, delimiter="\t"))
with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), delimiter="\t", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
with open(os.path.join(out, "corrections.tsv"), "w", encoding="utf-8") as f:
    f.write("letter\titem_no\trole\tmismatch\twhy\n")
print(len(rows), "statements")
