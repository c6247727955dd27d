#!/usr/bin/env python3
"""Writes the synthetic letters of the second blind IMR0200 set (letters/*.txt) and labels.tsv from items.py.

The prose is invented for this set; guideline and section titles are citation data. The letters imitate what
pdftotext makes of real determination letters: form feeds between pages, page footers/headers and a two-column
header, words hyphenated across lines, statements broken by a page break, and the 2014-15 layout (each line
followed by a blank line). Deterministic: run it again and the files come out the same.
"""
import os, random, textwrap
from items import LETTERS

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "letters")
os.makedirs(out, exist_ok=True)

JOBS = ["warehouse loader", "bus driver", "medical assistant", "carpenter", "grocery clerk", "line cook",
        "electrician", "office administrator", "landscaper", "correctional officer", "forklift operator", "nurse aide"]
MECH = ["lifting a heavy carton", "a fall from a ladder", "repetitive keyboard work", "a slip on a wet floor",
        "pulling a pallet jack", "a motor vehicle collision while on duty", "restraining a patient", "carrying lumber"]
SUMMARY = [
    "Care to date has included anti-inflammatory medication, a home exercise program, activity limits and several "
    "visits of supervised therapy, with relief that the patient describes as partial and short-lived.",
    "The progress report of {d1} records pain of {p}/10 that rises with bending, reaching and prolonged standing; "
    "the examiner noted guarding and tenderness but a stable neurological screen.",
    "The patient remains on modified duty. Sleep is disturbed by pain and mood is described as low but stable.",
    "A later note dated {d2} lists the requests now under review and states that conservative measures have "
    "not restored the patient's prior level of activity.",
]
RATIONALE = [
    "The records reviewed do not quantify how the patient responded to earlier care, so the benefit of "
    "repeating or extending it cannot be judged.",
    "The guideline asks for a documented functional gain, such as improved tolerance for work tasks or "
    "reduced reliance on other treatment, before this kind of care is continued.",
    "Between the two most recent visits the examination findings did not change and no new deficit was "
    "described.",
    "The provider's notes explain the clinical reasoning for the request and describe the goals to be "
    "measured at the next visit.",
    "There is no indication that simpler first-line measures were tried and failed during the period "
    "covered by the file.",
    "Red-flag conditions were considered by the treating physician and were not found on examination.",
]
HYPHEN_WORDS = ["documentation", "improvement", "examination", "conservative", "recommendation",
                "functional", "medication", "neurological"]

def wrap(text, width):
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)

def hyphenate(lines, rng):
    """Breaks one long word across a line end with a hyphen, as pdftotext leaves hyphenated text."""
    for i, line in enumerate(lines[:-1]):
        words = line.split(" ")
        w = words[-1].strip(".,;")
        if len(w) >= 9 and w.isalpha() and rng.random() < 0.5:
            cut = len(w) // 2
            lines[i] = " ".join(words[:-1] + [w[:cut] + "-"])
            lines[i + 1] = w[cut:] + words[-1][len(w):] + " " + lines[i + 1]
            return lines
    return lines

def page_break(case, page, fmt):
    footer = f"Page {page} of 6" if fmt == "2015" else f"{case}                    Page {page} of 6"
    return ["", footer, "\f" + ("" if fmt == "2015" else f"Case Number: {case}"), ""]

def letter_text(L, index):
    rng = random.Random(L["id"])
    fmt, case = L["fmt"], L["case"]
    width = 94 if fmt == "2015" else 96
    lines, page = [], 1
    d1 = L["date"] or "02/10/2015"
    if fmt == "2017" or L["date"]:
        lines += [f"Case Number:           {case}",
                  f"Date Assigned:         {L['assigned']}                      Date of Injury:      {L['injury']}",
                  f"Decision Date:         {L['date']}                      UR Denial Date:      {L['ur']}",
                  f"Priority:              Standard                        Application          {L['ur']}",
                  "                                                       Received:", ""]
    lines += ["                 HOW THE IMR FINAL DETERMINATION WAS MADE",
              "An expert reviewer with no tie to the employer, the employee, the providers or the claims",
              "administrator examined the complete file sent by MAXIMUS Federal Services. The reviewer practises",
              "in a specialty that treats the conditions at issue and applies the standards of evidence that govern",
              "Independent Medical Review.", "",
              "The Expert Reviewer has the following credentials:",
              "State(s) of Licensure: " + rng.choice(["California", "Oregon, Nevada", "Texas", "Arizona, Utah"]),
              "Certification(s)/Specialty: " + rng.choice(["Orthopedic Surgery", "Physical Medicine & Rehabilitation",
                                                           "Occupational Medicine", "Anesthesiology, Pain Medicine",
                                                           "Psychology, Clinical"]), "",
              "                                 CLINICAL CASE SUMMARY",
              "The expert reviewer developed the following clinical case summary based on a review of the",
              "case file, including all medical records:", ""]
    age, sex = rng.randint(28, 66), rng.choice(["man", "woman"])
    summary = (f"This {age}-year-old {sex}, a {rng.choice(JOBS)}, reports an industrial injury on {L['injury']} "
               f"after {rng.choice(MECH)}, with ongoing complaints involving the {L['body']}. "
               + " ".join(s.format(d1="01/05/" + d1[-4:], d2="01/19/" + d1[-4:], p=rng.randint(4, 9)) for s in SUMMARY)
               + " Utilization review did not certify the requests, and the patient applied for independent review.")
    body = hyphenate(wrap(summary, width), rng)
    if L["id"] in ("B2-07", "B2-19"):   # two-column residue: a right-column header fragment inside the prose
        body.insert(3, "                                                       Date of Injury:      " + L["injury"])
    lines += body + [""]
    if fmt == "2017":
        lines += ["\f                       IMR ISSUES, DECISIONS AND RATIONALES"]
        page += 1
    else:
        lines += ["IMR ISSUES, DECISIONS AND RATIONALES"]
    lines += ["The Final Determination was based on decisions for the disputed items/services set forth below:", ""]

    for n, (item, outcome, ca, _, mx, _, _) in enumerate(L["items"], 1):
        if L["id"] == "B2-16" and n == 1:
            lines += wrap(f"{item} was the original request. The Claims Administrator authorized 40 hours only, "
                          f"leaving the original request IMR eligible. The original request, {item} is: {outcome}", width)
        elif L["id"] == "B2-06":
            lines.append(f"{n} prescription of {item}: {outcome}" if "mg" in item else f"{item}: {outcome}")
        else:
            lines.append(f"{item}: {outcome}")
        lines.append("")
        for role, stmt in (("Claims Administrator guideline: ", ca), ("MAXIMUS guideline: ", mx)):
            if stmt is None:
                text = role + "The Claims Administrator did not cite any medical evidence for its decision."
            elif stmt.startswith("Non-MTUS") and role.startswith("MAXIMUS") and rng.random() < 0.4:
                text = (role + "The expert reviewer based his/her decision on recommendation(s) outside of the MTUS "
                        "Guidelines. Decision based on " + stmt + ".")
            else:
                text = role + "Decision based on " + stmt + ("" if stmt.endswith(".") else ".")
            st = wrap(text, width)
            if L["id"] == "B2-15" and n == 3 and role.startswith("MAXIMUS"):
                st = [l for l in "\n".join(st).replace("H-wave ", "H-\nwave ").split("\n")]
            if L["id"] == "B2-20" and n == 3 and role.startswith("Claims"):
                st = "\n".join(st).replace("Transcutaneous ", "Trans-\ncutaneous ").split("\n")
            if (L["id"], n, role[:3]) in (("B2-04", 4, "MAX"), ("B2-09", 1, "MAX"), ("B2-14", 2, "Cla"),
                                          ("B2-21", 3, "MAX"), ("B2-23", 1, "Cla")) and len(st) > 1:
                page += 1
                st = st[:1] + page_break(case, page - 1, fmt)[1:] + st[1:]
            lines += st + [""]
        r = [rng.choice(RATIONALE) for _ in range(rng.randint(2, 4))]
        verdict = "medically necessary" if outcome == "Overturned" else "not medically necessary"
        rat = ("Decision rationale: " + " ".join(dict.fromkeys(r)) +
               f" In this case, the request for {item} is {verdict}.")
        rl = hyphenate(wrap(rat, width), rng)
        if rng.random() < 0.35 and len(rl) > 2:           # page footer/header in the middle of a rationale
            page += 1
            rl = rl[:2] + page_break(case, page - 1, fmt) + rl[2:]
        if L["id"] == "B2-16" and n == 2:
            rl.insert(1, "                                                       Decision Date:       " + L["date"])
        lines += rl + [""]
    if fmt == "2015":
        return "".join(l + " \n\n" if l else " \n" for l in lines)
    return "\n".join(lines) + "\n"

def main():
    rows = ["letter\titem_no\titem\trole\tcited\tmismatch\twhy"]
    for i, L in enumerate(LETTERS):
        year = (L["date"] or "02/10/2015")[-2:]
        L["case"] = f"CM{year}-09{i + 1:02d}{(i * 7919) % 1000:03d}"
        mm, dd, yy = (L["date"] or "02/10/2015").split("/")
        L["assigned"] = f"{int(mm) - 1 or 12:02d}/{dd}/{yy if int(mm) > 1 else int(yy) - 1}"
        L["ur"] = L["assigned"]
        with open(os.path.join(out, L["id"] + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(letter_text(L, i))
        for n, (item, _, ca, cal, mx, mxl, why) in enumerate(L["items"], 1):
            for role, stmt, label in (("claims_administrator", ca, cal), ("maximus", mx, mxl)):
                if stmt is None:
                    continue
                rows.append("\t".join([L["id"], str(n), item, role, stmt, label, why]))
    with open(os.path.join(here, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")

if __name__ == "__main__":
    main()
