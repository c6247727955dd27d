#!/usr/bin/env python3
"""Post-hoc probe (not scored): writes one letter with ten visit-like items, each decided on a section that fits
(Office visits; Acupuncture for acupuncture visits), to the path given (default /tmp/probe-visits.txt). Lint it to see
which wordings of a visit are read as the treatment they name. Written after the first run, to narrow the one
false-warning cause for the fixer."""
import sys
from gen_common import render

ITEMS = [("Medication management visits x 6", "Office visits"),
         ("Office visit for medication management", "Office visits"),
         ("Follow-up visit for medication management x3", "Office visits"),
         ("Psychiatric medication management, 6 sessions", "Office visits"),
         ("Monthly medication management", "Office visits"),
         ("Pharmacological management visits x4", "Office visits"),
         ("Twelve acupuncture visits, 2 times weekly for 6 weeks", "Acupuncture"),
         ("Follow up visit with orthopedic surgeon", "Office visits"),
         ("Office visit with pain management for opioid refills", "Office visits"),
         ("Medication review visit", "Office visits")]

items = []
for item, section in ITEMS:
    cite = "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): %s." % section
    items.append((item, "Upheld", cite, cite, "Rationale."))
path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/probe-visits.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write(render("2016", ("CM17-0399999", "03/01/2017", "01/01/2015", "04/01/2017", "02/01/2017", "02/15/2017"),
                   ("California", "Psychiatry"), ["Summary."], items))
