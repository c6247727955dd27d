#!/usr/bin/env python3
"""Writes blind-topic-4: synthetic 2018-2026 IMR determination letters (letters/*.txt, letters/*.pdf via html/*.html),
labels.tsv (IMR0200 labels, score-topic.sh format) and expected-other.tsv (other findings expected per statement).

All prose is the author's own; the letter data lives in letters_data.py. Run from this folder:
    python3 gen.py            # text letters, HTML sources, labels
    python3 gen.py --pdf      # also print the HTML sources to PDF with Debian's chromium
"""
import html
import os
import subprocess
import sys
import tempfile
import textwrap

from letters_data import LETTERS

HERE = os.path.dirname(os.path.abspath(__file__))
WIDTH = 96

HOW_MADE = (
    "The independent review organization forwarded the full case file to a clinical reviewer who has no "
    "relationship with the injured worker's employer, the treating providers, or the claims administrator. "
    "The reviewer holds an active license, has practised clinically for at least five years and still sees "
    "patients for no less than 24 hours each week. The reviewer was chosen because his or her training and "
    "day-to-day practice match the specialty that usually evaluates and treats the condition and the "
    "services in dispute, and is acquainted with the statutes and regulations that govern Independent "
    "Medical Review, including the hierarchy of medical evidence that applies to these determinations."
)


def wrap(text):
    return "\n".join(textwrap.wrap(text, WIDTH)) if text else ""


def header_rows(L):
    return [
        ("Case Number:", L["case"], "Date of Injury:", L["doi"]),
        ("Date Assigned:", L["assigned"], "UR Denial Date:", L["ur"]),
        ("Decision Date:", L["decided"], "Application Received:", L["received"]),
        ("Priority:", L.get("priority", "Standard"), "", ""),
    ]


def item_line(it):
    return f"{it['item']}: {it['decision']}"


def text_letter(L):
    out = []
    for a, b, c, d in header_rows(L):
        left = f"{a:<23}{b}"
        if c == "Application Received:":  # the printed form wraps this label over two lines
            out.append(f"{left:<55}{'Application':<21}{d}")
            out.append(f"{'':<55}Received:")
            continue
        out.append(f"{left:<55}{c:<21}{d}".rstrip())
    out += ["", "                 HOW THE IMR FINAL DETERMINATION WAS MADE", wrap(HOW_MADE), "",
            "The Expert Reviewer has the following credentials:",
            f"State(s) of Licensure: {L['licensure']}",
            f"Certification(s)/Specialty: {L['specialty']}", "",
            "                                 CLINICAL CASE SUMMARY",
            "The expert reviewer developed the following clinical case summary based on a review of the",
            "case file, including all medical records:", ""]
    for p in L["summary"]:
        out += [wrap(p), ""]
    out += ["                      IMR ISSUES, DECISIONS AND RATIONALES",
            "The Final Determination was based on decisions for the disputed items/services set forth below:", ""]
    for it in L["items"]:
        out += [wrap(item_line(it)), "",
                wrap("Claims Administrator guideline: " + it["ca"]["text"]), "",
                wrap("MAXIMUS guideline: " + it["max"]["text"]), "",
                wrap("Decision rationale: " + it["rationale"]), ""]
    return "\n".join(out).rstrip() + "\n"


CSS = """
@page { size: Letter; margin: 0.85in 0.85in 0.9in 0.85in;
  @top-left { content: "%(logo)s"; font: bold 9pt Arial, sans-serif; color: #1d3f72; }
  @top-right { content: "Case Number: %(case)s"; font: 9pt Arial, sans-serif; }
  @bottom-left { content: "%(case)s"; font: 8pt Arial, sans-serif; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; } }
body { font: 11pt "Times New Roman", Times, serif; line-height: 1.25; }
h1 { font: bold 12pt Arial, sans-serif; text-align: center; margin: 14pt 0 6pt; }
h2 { font: bold 11pt Arial, sans-serif; text-align: center; margin: 12pt 0 6pt; }
table.id { width: 100%%; border-collapse: collapse; font: 10pt Arial, sans-serif; }
table.id td { padding: 1pt 4pt; vertical-align: top; }
table.id td.k { font-weight: bold; width: 22%%; }
p { margin: 0 0 7pt; text-align: justify; }
p.item { font-weight: bold; margin-top: 10pt; }
.sig { margin-top: 26pt; font: 10pt Arial, sans-serif; }
.logo { font: bold 16pt Arial, sans-serif; color: #1d3f72; letter-spacing: 1pt; }
.addr { font: 9pt Arial, sans-serif; color: #444; margin-bottom: 10pt; }
"""


def html_letter(L):
    e = html.escape
    logo = "MAXIMUS FEDERAL SERVICES"
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>"
             % (e(L["case"]), CSS % {"logo": logo, "case": L["case"]})]
    parts.append("<div class='logo'>MAXIMUS</div><div class='addr'>California Independent Medical Review &middot; "
                 "P.O. Box 138009 &middot; Sacramento, CA 95813-8009</div>")
    parts.append("<table class='id'>")
    for a, b, c, d in header_rows(L):
        parts.append(f"<tr><td class='k'>{e(a)}</td><td>{e(b)}</td><td class='k'>{e(c)}</td><td>{e(d)}</td></tr>")
    parts.append("</table>")
    parts.append("<h1>HOW THE IMR FINAL DETERMINATION WAS MADE</h1>")
    parts.append(f"<p>{e(HOW_MADE)}</p>")
    parts.append("<p>The Expert Reviewer has the following credentials:<br>"
                 f"State(s) of Licensure: {e(L['licensure'])}<br>Certification(s)/Specialty: {e(L['specialty'])}</p>")
    parts.append("<h1>CLINICAL CASE SUMMARY</h1>")
    parts.append("<p>The expert reviewer developed the following clinical case summary based on a review of the case "
                 "file, including all medical records:</p>")
    for p in L["summary"]:
        parts.append(f"<p>{e(p)}</p>")
    parts.append("<h1>IMR ISSUES, DECISIONS AND RATIONALES</h1>")
    parts.append("<p>The Final Determination was based on decisions for the disputed items/services set forth below:</p>")
    for it in L["items"]:
        parts.append(f"<p class='item'>{e(item_line(it))}</p>")
        parts.append(f"<p>Claims Administrator guideline: {e(it['ca']['text'])}</p>")
        parts.append(f"<p>MAXIMUS guideline: {e(it['max']['text'])}</p>")
        parts.append(f"<p>Decision rationale: {e(it['rationale'])}</p>")
    parts.append("<div class='sig'>Sincerely,<br><br>Medical Director, California IMR<br>MAXIMUS Federal Services, Inc."
                 "<br>cc: Claims Administrator; Requesting Provider; Employee</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def tsv(s):
    return s.replace("\t", " ").replace("\n", " ")


def main():
    os.makedirs(os.path.join(HERE, "letters"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    labels = ["letter\titem_no\titem\trole\tcited\tmismatch\twhy\tform"]
    other = ["letter\titem_no\trole\texpected\tnote"]
    for L in LETTERS:
        case = L["case"]
        if L["form"] == "txt":
            with open(os.path.join(HERE, "letters", case + ".txt"), "w", encoding="utf-8") as f:
                f.write(text_letter(L))
        else:
            with open(os.path.join(HERE, "html", case + ".html"), "w", encoding="utf-8") as f:
                f.write(html_letter(L))
        for no, it in enumerate(L["items"], 1):
            for role, key in (("claims_administrator", "ca"), ("maximus", "max")):
                s = it[key]
                labels.append("\t".join([case, str(no), tsv(it["item"]), role, tsv(s["text"]), s["mm"],
                                         tsv(s["why"]), L["form"]]))
                other.append("\t".join([case, str(no), role, s["exp"], tsv(s["note"])]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(labels) + "\n")
    with open(os.path.join(HERE, "expected-other.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(other) + "\n")
    if "--pdf" in sys.argv:
        for L in LETTERS:
            if L["form"] != "pdf":
                continue
            src = os.path.join(HERE, "html", L["case"] + ".html")
            dst = os.path.join(HERE, "letters", L["case"] + ".pdf")
            with tempfile.TemporaryDirectory() as profile:
                subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + dst,
                                "file://" + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               timeout=120)


if __name__ == "__main__":
    main()
