"""Shared layout helpers for the third blind set's letters (written 2026-12-03 by the blind3 helper).

The letters are synthetic: every sentence is the writer's own. Citation strings follow the shapes real letters use
(they are data). Two layouts: "2014" (pdftotext of the 2014-2015 letters: every line followed by a blank line and a
trailing space, no header block) and "2016" (a header block with case number and dates, single-spaced, form feeds).
"""
import textwrap

HOW = ("MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no affiliation with "
       "the employer, employee, providers or the claims administrator. He/she has been in active clinical practice "
       "for more than five years and is currently working at least 24 hours a week in active practice. The expert "
       "reviewer was selected based on his/her clinical experience, education, background, and expertise in the same "
       "or similar specialties that evaluate and/or treat the medical condition and disputed items/Service. He/she is "
       "familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to "
       "Independent Medical Review determinations.")

OUTSIDE_CA = "The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. "
OUTSIDE_MX = "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. "


def wrap(text, width=96):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, break_long_words=False) or [""])
    return out


def render(layout, header, credentials, summary_paras, items, page_break_after=None):
    """items: list of (item, decision, ca_text, mx_text, rationale)."""
    blocks = []  # list of (kind, text)
    blocks.append(("center", "HOW THE IMR FINAL DETERMINATION WAS MADE"))
    blocks.append(("p", HOW))
    blocks.append(("p", "The Expert Reviewer has the following credentials:\nState(s) of Licensure: %s\n"
                        "Certification(s)/Specialty: %s" % credentials))
    blocks.append(("center", "CLINICAL CASE SUMMARY"))
    blocks.append(("p", "The expert reviewer developed the following clinical case summary based on a review of the "
                        "case file, including all medical records:"))
    for p in summary_paras:
        blocks.append(("p", p))
    blocks.append(("center", "IMR ISSUES, DECISIONS AND RATIONALES"))
    blocks.append(("p", "The Final Determination was based on decisions for the disputed items/services set forth "
                        "below:"))
    for i, (item, decision, ca, mx, rat) in enumerate(items):
        blocks.append(("p", "%s: %s" % (item, decision)))
        blocks.append(("p", "Claims Administrator guideline: " + ca))
        blocks.append(("p", "MAXIMUS guideline: " + mx))
        blocks.append(("p", "Decision rationale: " + rat))
        if page_break_after is not None and i == page_break_after:
            blocks.append(("ff", ""))
    lines = []
    if layout == "2016":
        lines += header_2016(header)
    for kind, text in blocks:
        if kind == "ff":
            lines.append("\f")
            continue
        if kind == "center":
            lines.append(" " * 20 + text)
        else:
            lines.extend(wrap(text))
        lines.append("")
    if layout == "2014":
        # pdftotext of the 2014-2015 letters: a trailing space on every line and a blank line after each.
        out = []
        for l in lines:
            if l == "\f":
                out.append("\f")
                continue
            out.append(l + " ")
            out.append("")
        return "\n".join(out) + "\n"
    return "\n".join(lines) + "\n"


def header_2016(h):
    case, assigned, injury, decision, ur, received = h
    return [
        "Case Number:          %s" % case,
        "Date Assigned:        %s                      Date of Injury:      %s" % (assigned, injury),
        "Decision Date:        %s                      UR Denial Date:      %s" % (decision, ur),
        "Priority:             Standard                        Application          %s" % received,
        "                                                      Received:",
        "",
    ]
