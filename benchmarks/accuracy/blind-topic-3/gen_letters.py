#!/usr/bin/env python3
"""Writes the third blind set's letters (letters/*.txt) and labels.tsv.

Written 2026-12-03 by the blind3 helper, labels fixed before the tool was first run on the set. Every item's two
statements (Claims Administrator, MAXIMUS) carry a label: mismatch yes / no / unsure, and why.
"""
import csv, os
from gen_common import render, OUTSIDE_CA, OUTSIDE_MX

here = os.path.dirname(os.path.abspath(__file__))

# ---- citation builders (citation strings are data; shapes follow real letters) -------------------------------
def cp16(*secs):
    return "Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): %s." % ", ".join(secs)

def ch(doc, year, *secs):
    if secs:
        return "Decision based on MTUS %s %s, Section(s): %s." % (doc, year, ", ".join(secs))
    return "Decision based on MTUS %s %s." % (doc, year)

def odg(chapter, topic=None):
    return "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), %s%s." % (
        chapter, (", " + topic) if topic else "")

def ca_odg(chapter, topic=None):
    return OUTSIDE_CA + odg(chapter, topic)

def mx_odg(chapter, topic=None):
    return OUTSIDE_MX + odg(chapter, topic)

def cp14(sec, pages):
    return "Decision based on MTUS Chronic Pain Treatment Guidelines %s Page(s): %s." % (sec, pages)

def ac14(chapter, sec, pages):
    return "Decision based on MTUS ACOEM %s, %s Page(s): %s." % (chapter, sec, pages)

def op16(*secs):
    return "Decision based on MTUS Opioid Treatment 2016, Section(s): %s." % ", ".join(secs)

NO_CITE = "The Claims Administrator did not cite any medical evidence for its decision."

LETTERS = []

def letter(name, layout, header, cred, summary, items, ff=None):
    LETTERS.append((name, layout, header, cred, summary, items, ff))

# item tuple: (item, decision, ca, ca_label, ca_why, mx, mx_label, mx_why, rationale)
# labels: "no" (section addresses the item), "yes" (mismatch a reviewer would defend), "unsure", "-" (no citation)

# ---------------------------------------------------------------------------------------------------------------
letter("B3-01", "2016", ("CM16-0301101", "09/12/2016", "03/04/2011", "10/21/2016", "08/30/2016", "09/06/2016"),
       ("California", "Physical Medicine & Rehabilitation"),
       ["The injured worker is a 52 year old male warehouse lead who was hurt on 03/04/2011 while lifting a pallet "
        "jack. He carries diagnoses of lumbar degenerative disc disease with left L5 radiculopathy, cervical strain, "
        "right knee internal derangement and chronic pain syndrome. Over five years he has had physical therapy, "
        "chiropractic care, a lumbar epidural steroid injection in 2013 with about six weeks of relief, a right knee "
        "arthroscopy in 2014, acupuncture and a home exercise program. Current medications per the 07/28/2016 note "
        "are Norco 10/325 mg three times daily, Neurontin 600 mg three times daily, Flexeril 7.5 mg at bedtime, "
        "naproxen 550 mg twice daily and omeprazole 20 mg daily.",
        "On 07/28/2016 he rated back pain 7/10 without medication and 4/10 with it and said he can walk his dog for "
        "twenty minutes when medicated. Examination showed lumbar paraspinal tenderness, limited flexion, a positive "
        "straight leg raise on the left at 45 degrees and diminished sensation in the left L5 dermatome. A urine drug "
        "screen from 05/2016 was consistent with the prescribed hydrocodone. The physician noted that per ODG the "
        "patient remains a candidate for continued opioid therapy given documented function. A prior IMR in 2015 "
        "upheld the denial of a lumbar MRI. The Utilization Review of 08/30/2016 modified Norco to #60 for weaning, "
        "non-certified Flexeril and certified naproxen; it also non-certified an MRI of the right knee.",
        "The right knee was described on 07/28/2016 as clicking with medial joint line tenderness and a positive "
        "McMurray test; a 2013 MRI had shown a medial meniscus tear treated arthroscopically. The treating physician "
        "requested a repeat knee MRI to evaluate a possible recurrent tear."],
       [("Norco 10/325mg #90", "Upheld",
         cp16("Opioids, criteria for use"), "no", "hydrocodone on Opioids criteria",
         cp16("Opioids, criteria for use", "When to discontinue opioids"), "no", "hydrocodone on opioid sections",
         "The MTUS recommends ongoing review of pain relief, function, side effects and aberrant behavior for patients "
         "on long-term opioids. Here the records give pain scores but no measurable functional gains beyond short "
         "walks, and the dose has not been reduced despite several years of use. The request is not medically "
         "necessary; weaning should proceed as directed by the prescriber."),
        ("Flexeril 7.5mg #30", "Upheld",
         cp16("Muscle relaxants (for pain)"), "no", "cyclobenzaprine on muscle relaxants",
         cp16("NSAIDs, GI symptoms & cardiovascular risk"), "yes", "cyclobenzaprine decided on the NSAID GI-risk section",
         "Non-sedating muscle relaxants are a second-line option for short courses in acute exacerbations. "
         "Cyclobenzaprine has been taken nightly for more than a year. Continued use is not supported."),
        ("MRI of the right knee", "Upheld",
         ch("Knee Complaints", "2004", "Special Studies"), "no", "knee MRI on knee Special Studies",
         ch("Low Back Complaints", "2004", "Special Studies"), "yes", "knee MRI decided on the low back chapter",
         "Repeat imaging after a meniscal procedure is considered when there are new mechanical symptoms and the "
         "result would alter management. The examination is unchanged from prior visits and no surgical plan was "
         "documented. The request is not medically necessary."),
        ("Omeprazole 20mg #30", "Overturned",
         cp16("NSAIDs, GI symptoms & cardiovascular risk"), "no", "PPI on NSAID GI-risk",
         cp16("NSAIDs, GI symptoms & cardiovascular risk", "Proton Pump Inhibitors (PPIs)"), "no", "PPI sections",
         "The claimant is over 50 and remains on a daily NSAID with a history of dyspepsia. A proton pump inhibitor "
         "is appropriate for gastroprotection in that setting. The request is medically necessary.")],
       ff=1)

# ---------------------------------------------------------------------------------------------------------------
letter("B3-02", "2014", None, ("California, Nevada", "Orthopedic Surgery"),
       ["The patient is a 46 year old female grocery clerk who reported a cumulative trauma injury to both wrists, "
        "the right shoulder and the neck on 06/15/2012. She was diagnosed with bilateral carpal tunnel syndrome, "
        "right shoulder impingement and cervical strain. Electrodiagnostic studies on 02/11/2013 showed moderate "
        "median neuropathy at the right wrist and mild on the left. Night splints, anti-inflammatories and a "
        "steroid injection into the right carpal tunnel gave short-lived benefit.",
        "At the visit of 01/22/2014 she described numbness of the right thumb, index and middle fingers waking her "
        "at night, a positive Phalen's and Tinel's sign at the right wrist and weak abductor pollicis brevis. The "
        "surgeon recommended right carpal tunnel release with post-operative therapy and a wrist splint, and "
        "requested a cold therapy unit. Utilization review on 02/05/2014 certified the release and non-certified "
        "the post-operative therapy at 12 visits (modified to 8), the cold unit and the splint. Medications are "
        "tramadol ER 150 mg daily and Motrin 800 mg. She also takes Ambien 10 mg at bedtime, which the review "
        "non-certified."],
       [("Post-operative physical therapy 3x4 for the right wrist", "Overturned",
         "Decision based on MTUS Postsurgical Treatment Guidelines Carpal Tunnel Syndrome Page(s): 15-16.", "no",
         "post-op therapy after CTR on the postsurgical CTS section",
         "Decision based on MTUS Postsurgical Treatment Guidelines Page(s): 15-16.", "no", "postsurgical guideline, CTS pages",
         "The postsurgical guidelines allow three to eight visits over three to five weeks after a carpal tunnel "
         "release. Twelve visits exceed that allowance. Eight visits, as modified by the prior reviewer, are "
         "consistent with the guideline; the remaining request is not medically necessary."),
        ("Wrist splint, right", "Overturned",
         ac14("Forearm, Wrist, and Hand Complaints", "Physical Methods", "264-265"), "no",
         "splint on the hand chapter's physical methods",
         ac14("Forearm, Wrist, and Hand Complaints", "Physical Methods", "264-265"), "no", "same",
         "Splinting of the wrist in a neutral position is a first-line measure for carpal tunnel syndrome and is "
         "commonly used briefly after release. The request is medically necessary."),
        ("Cold therapy unit, 7 day rental", "Upheld",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Forearm, Wrist & Hand, "
         "Continuous cold therapy.", "no", "ODG hand topic the catalogue may lack: unverified, not a mismatch",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Carpal Tunnel Syndrome, "
         "Continuous cold therapy (CCT).", "no", "ODG CTS topic, unverified",
         "The ODG supports continuous cold therapy for up to seven days after surgery but not after a minor "
         "procedure such as a carpal tunnel release, where standard ice packs suffice. Not medically necessary."),
        ("Ambien 10mg #30", "Upheld",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain, Zolpidem (Ambien).", "no",
         "zolpidem on ODG zolpidem",
         cp14("Muscle relaxants (for pain)", "63-66"), "yes", "zolpidem decided on the muscle relaxant section",
         "Zolpidem is a short-acting hypnotic approved for short-term treatment of insomnia, generally two to six "
         "weeks. It has been used nightly for over a year without sleep hygiene measures documented. The request "
         "is not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-03", "2016", ("CM17-0301203", "01/17/2017", "08/19/2009", "02/27/2017", "12/30/2016", "01/10/2017"),
       ("California, Oregon", "Anesthesiology, Pain Medicine"),
       ["This 61 year old man, a former bus mechanic, injured his low back and neck on 08/19/2009. He underwent "
        "an L4-S1 fusion in 2011 and reports persistent axial back pain with bilateral leg burning, diagnosed as "
        "post-laminectomy syndrome. He also has cervical spondylosis with right C6 radicular symptoms, depression "
        "secondary to chronic pain and insomnia. Treatment to date includes a spinal cord stimulator trial in 2014 "
        "that was declined by the patient, medial branch blocks, psychotherapy and multiple courses of therapy.",
        "Medications listed on 12/14/2016: OxyContin 20 mg every 12 hours, oxycodone 10 mg up to four a day for "
        "breakthrough pain, Lyrica 75 mg twice daily, Cymbalta 60 mg, Senokot-S two tablets daily and a compounded "
        "cream of flurbiprofen 20%, baclofen 2%, lidocaine 5%. The morphine equivalent dose is about 120 mg per day. "
        "A CURES report was reviewed on 11/2016 and showed a single prescriber. The treating physician quotes ODG that "
        "'opioid dosing should not exceed 120 mg oral morphine equivalents per day' and plans a slow taper.",
        "Utilization review on 12/30/2016 modified OxyContin for weaning, certified Cymbalta, and non-certified the "
        "compound cream, a urine drug test and a TENS unit purchase. The patient reports that a clinic TENS trial in "
        "October reduced his pain by 30% and let him sit through church services."],
       [("OxyContin 20mg #60", "Upheld",
         op16("3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment"),
         "no", "oxycodone on 2016 opioid guideline maintenance",
         op16("3.3.8 Opioids for Chronic Pain and Chronic Opioid Treatment: Opioid Titration and Dosing Threshold",
              "4. Tapering Opioids"), "no", "opioid guideline dosing and tapering",
         "The MTUS opioid guideline advises that doses above 90 mg morphine equivalents per day are rarely "
         "justified and that tapering should be considered when function has not improved. The dose here is "
         "about 120 mg and function is unchanged. The request is not medically necessary; a taper is appropriate."),
        ("Compound cream: flurbiprofen 20%/baclofen 2%/lidocaine 5%, 180 gm", "Upheld",
         cp16("Topical analgesics"), "no", "compounded topical on Topical analgesics",
         cp16("Topical analgesics", "Compound drugs"), "no", "compounded topical on topical/compound sections",
         "Topical analgesics are largely experimental. Any compounded product that contains at least one drug that "
         "is not recommended is not recommended. Baclofen is not recommended topically. Not medically necessary."),
        ("Urine drug screen", "Overturned",
         cp16("Drug testing"), "no", "UDT on Drug testing",
         op16("3.3.7 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT)"), "no",
         "UDT on the opioid guideline's UDT section",
         "Random urine drug testing is recommended for patients on chronic opioid therapy, more often for those at "
         "higher risk. No test has been documented in the past year. The request is medically necessary."),
        ("Purchase of TENS unit", "Overturned",
         cp16("TENS, chronic pain (transcutaneous electrical nerve stimulation)"), "no", "TENS on TENS",
         cp16("Manual therapy & manipulation"), "yes", "TENS unit decided on the manipulation section",
         "A one-month home-based TENS trial may be considered as an adjunct to a program of functional restoration. "
         "The clinic trial documented pain reduction and improved sitting tolerance. Purchase is medically necessary."),
        ("Senokot-S #60", "Overturned",
         cp16("Opioid-induced constipation treatment"), "no", "laxative on OIC",
         cp16("Opioid-induced constipation treatment"), "no", "same",
         "Prophylactic treatment of constipation should be started when opioids are prescribed. The patient "
         "remains on opioids during the taper. The request is medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-04", "2016", ("CM16-0301304", "10/03/2016", "11/02/2015", "11/14/2016", "09/23/2016", "09/29/2016"),
       ("California", "Orthopedic Surgery"),
       ["The injured worker is a 38 year old female hotel housekeeper who injured her right shoulder on 11/02/2015 "
        "while pulling a laundry cart. An MRI of 01/2016 showed a partial-thickness supraspinatus tear and type II "
        "acromion. She failed a subacromial corticosteroid injection, six weeks of therapy and anti-inflammatory "
        "medication. On 06/09/2016 she had right shoulder arthroscopy with subacromial decompression and rotator cuff "
        "debridement.",
        "At the 09/01/2016 post-operative visit she had completed 18 sessions of therapy with forward flexion to 150 "
        "degrees and abduction to 130 degrees, strength 4/5. The surgeon requested 12 more therapy visits, a "
        "retrospective abduction pillow sling from surgery, and continued Percocet. The patient also reported "
        "numbness into the right hand and neck pain; an EMG/NCS of both upper extremities was requested. "
        "Utilization review non-certified these on 09/23/2016, citing the postsurgical guidelines' 24 visits."],
       [("Associated surgical service: Post-operative physical therapy 2x6 for the right shoulder", "Upheld",
         ch("Postsurgical Treatment", "2009", "Shoulder"), "no", "post-op shoulder PT on postsurgical shoulder",
         ch("Postsurgical Treatment", "2009", "Shoulder"), "no", "same",
         "After arthroscopic decompression the postsurgical guidelines allow 24 visits over 14 weeks. Eighteen have "
         "been completed with good motion; twelve more would exceed the allowance and the gains could be maintained "
         "in a home program. Not medically necessary."),
        ("Retrospective post-op abduction pillow sling (DOS 06/09/2016)", "Upheld",
         ca_odg("Shoulder", "Postoperative abduction pillow sling"), "no", "sling on ODG's sling topic",
         mx_odg("Shoulder (Acute & Chronic)", "Postoperative abduction pillow sling"), "no", "same",
         "ODG recommends an abduction pillow sling as an option after open repair of large and massive rotator cuff "
         "tears. This patient had a debridement and decompression only. Not medically necessary."),
        ("Percocet 5/325mg #60", "Upheld",
         op16("1.4 Opioids for Acute Pain: Opioids for Post-operative Pain"), "no", "post-op opioid on post-op pain",
         cp16("Opioids, criteria for use"), "no", "oxycodone on opioid criteria",
         "Three months after surgery, with good recovery, continued short-acting opioids are not supported absent "
         "documented functional benefit. Not medically necessary."),
        ("EMG/NCS of the bilateral upper extremities", "Upheld",
         ch("Neck and Upper Back Complaints", "2004", "Special Studies"), "no", "upper limb EDX on neck Special Studies",
         ch("Shoulder Complaints", "2004", "Special Studies"), "unsure",
         "shoulder chapter special studies for upper-extremity EDX: the shoulder chapter covers arm symptoms, arguable",
         "Electrodiagnostic testing may help identify subtle focal neurologic dysfunction in patients with neck or "
         "arm symptoms lasting more than three or four weeks. The examination documents normal reflexes and "
         "strength in the hand and the numbness has not been characterized. Not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-05", "2014", None, ("California", "Chiropractor, Acupuncture"),
       ["The patient is a 33 year old male delivery driver who was rear-ended in his company van on 04/09/2013. He "
        "complains of neck pain radiating to the shoulders, mid back pain and headaches. Cervical x-rays were "
        "normal. He was treated with 12 chiropractic visits, 6 acupuncture sessions and medications including "
        "Naprosyn and Fexmid. The 02/2014 progress note by the chiropractor reports pain 6/10, cervical rotation "
        "60 degrees, and spasm of the trapezius. Prior UR decisions from 11/2013 certified 6 chiropractic visits.",
        "The current request is for 8 more chiropractic visits to the cervical spine, 6 more acupuncture visits, an "
        "interferential unit rental and a cervical pillow. Utilization review on 03/04/2014 non-certified all "
        "four. The provider writes that ODG allows a cervical pillow with a home exercise program."],
       [("Chiropractic treatment 2x4 cervical spine", "Upheld",
         cp14("Manual therapy & manipulation", "58-59"), "no", "chiropractic on manipulation",
         ac14("Low Back Complaints", "Physical Methods", "298-301"), "yes",
         "cervical chiropractic decided on the low back chapter's physical methods",
         "Manipulation is recommended for chronic pain of musculoskeletal origin with a trial of six visits and up to "
         "eighteen with objective functional improvement. Twelve visits were completed without documented "
         "functional gains. Not medically necessary."),
        ("Acupuncture 6 sessions", "Upheld",
         "Decision based on MTUS Acupuncture Medical Treatment Guidelines.", "no", "acupuncture guideline",
         cp14("Ultrasound, therapeutic", "123"), "yes", "acupuncture decided on therapeutic ultrasound",
         "Acupuncture may be extended when functional improvement is documented. After six sessions the notes "
         "record no change in function or medication use. Not medically necessary."),
        ("Interferential unit, 1 month rental", "Upheld",
         cp14("Interferential Current Stimulation (ICS)", "118-120"), "no", "IF unit on ICS",
         cp14("Interferential Current Stimulation (ICS)", "118-120"), "no", "same",
         "Interferential stimulation is not recommended as an isolated intervention and a trial is considered only "
         "when pain is ineffectively controlled by medications or there is substance abuse history. Neither applies. "
         "Not medically necessary."),
        ("Cervical pillow", "Upheld",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper Back, Pillow.",
         "no", "pillow on ODG pillow",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck and Upper Back, Pillow.",
         "no", "same",
         "ODG recommends a neck support pillow while sleeping in conjunction with daily exercise. A home exercise "
         "program is not documented. Not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-06", "2016", ("CM17-0301406", "02/06/2017", "01/12/2014", "03/09/2017", "01/27/2017", "02/01/2017"),
       ("California, Arizona", "Psychiatry"),
       ["The injured worker is a 44 year old female correctional officer with an admitted injury on 01/12/2014 to "
        "the low back and psyche after an assault by an inmate. She is diagnosed with lumbar sprain, major "
        "depressive disorder single episode moderate, post-traumatic stress disorder and insomnia. She has had 20 "
        "sessions of cognitive behavioral therapy with a psychologist and takes sertraline 100 mg, trazodone 50 mg "
        "at bedtime and lorazepam 1 mg twice daily. Beck Depression Inventory scores went from 31 to 22.",
        "The psychiatrist's note of 01/09/2017 documents nightmares three nights a week and hypervigilance. The "
        "request is for six more psychotherapy sessions, monthly medication management visits, continued lorazepam "
        "and trazodone. The UR of 01/27/2017 cited ODG Mental Illness & Stress and modified psychotherapy to 4 "
        "sessions and non-certified lorazepam."],
       [("Cognitive behavioral therapy 6 sessions", "Overturned",
         cp16("Behavioral interventions"), "no", "CBT on behavioral interventions",
         cp16("Psychological treatment"), "no", "CBT on psychological treatment",
         "The guidelines support up to 20 sessions for severe major depression or PTSD when progress is being made. "
         "Her scores have improved and symptoms persist. Six more sessions are medically necessary."),
        ("Medication management visits x 6", "Overturned",
         cp16("Office visits"), "no", "visits on office visits",
         mx_odg("Mental Illness & Stress", "Office visits"), "no", "visits on ODG office visits",
         "Office visits are determined by the patient's concerns, signs and symptoms and the medications taken. "
         "Monitoring of a benzodiazepine taper and antidepressants warrants follow-up. Medically necessary."),
        ("Lorazepam 1mg #60", "Upheld",
         cp16("Benzodiazepines"), "no", "lorazepam on benzodiazepines",
         cp16("Opioids, criteria for use"), "yes", "benzodiazepine decided on opioid criteria",
         "Benzodiazepines are not recommended for long-term use and most guidelines limit use to four weeks. "
         "Lorazepam has been used for more than a year. A taper is appropriate; not medically necessary."),
        ("Trazodone 50mg #30", "Overturned",
         cp16("Insomnia treatment"), "no", "trazodone on insomnia",
         cp16("Antidepressants for chronic pain", "Insomnia treatment"), "no", "antidepressant/insomnia",
         "Sedating antidepressants such as trazodone are an option for insomnia in patients with coexisting "
         "depression. Medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-07", "2016", ("CM16-0301507", "11/07/2016", "05/21/2015", "12/12/2016", "10/25/2016", "11/01/2016"),
       ("California", "Orthopedic Surgery"),
       ["The injured worker is a 57 year old male carpenter who fell from a ladder on 05/21/2015, injuring his left "
        "knee and low back. Diagnoses are left knee osteoarthritis with degenerative medial meniscus tear, lumbar "
        "strain and left hip trochanteric bursitis. He has had physical therapy, two cortisone injections into the "
        "left knee with one month of relief each, a knee brace and Mobic 15 mg daily. X-rays of the knee in 08/2016 "
        "show medial joint space narrowing to 2 mm.",
        "The orthopedist's note of 10/04/2016 reports pain with stairs and kneeling, effusion and crepitus. He "
        "requested a series of three Synvisc injections to the left knee, a hinged knee brace, a left hip "
        "trochanteric bursa injection and an x-ray of the left hip. Per the record, a 2016 UR quoted ACOEM that "
        "'invasive techniques such as needle aspiration of effusions are not routinely indicated'. UR on "
        "10/25/2016 non-certified all four items."],
       [("Synvisc injection x3 left knee", "Overturned",
         ca_odg("Knee & Leg", "Hyaluronic acid injections"), "no", "viscosupplement on ODG HA injections",
         mx_odg("Knee & Leg (Acute & Chronic)", "Hyaluronic acid injections"), "no", "same",
         "ODG recommends hyaluronic acid injections for severe osteoarthritis that has not responded to "
         "conservative treatment including steroid injections. The criteria are met. Medically necessary."),
        ("Hinged knee brace, left", "Upheld",
         ch("Knee Complaints", "2004", "Initial Care"), "no", "brace on knee initial care",
         ch("Ankle and Foot Complaints", "2004", "Initial Care"), "yes", "knee brace decided on the ankle/foot chapter",
         "A brace can be used for instability, ligament insufficiency or following reconstruction; it is usually "
         "unnecessary for osteoarthritis without instability. No instability was documented. Not medically "
         "necessary."),
        ("Left hip trochanteric bursa injection", "Overturned",
         OUTSIDE_CA + "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Hip & Pelvis, "
         "Trochanteric bursitis injections.", "no", "ODG hip topic catalogue may lack: unverified",
         OUTSIDE_MX + "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Hip & Pelvis, "
         "Trochanteric bursitis injections.", "no", "same",
         "ODG recommends steroid injection for trochanteric bursitis as a first-line option; it is simple and safe. "
         "Tenderness over the trochanter was documented. Medically necessary."),
        ("X-ray of the left hip", "Overturned",
         ca_odg("Hip & Pelvis", "X-Ray"), "no", "hip x-ray on ODG hip x-ray",
         mx_odg("Hip & Pelvis (Acute & Chronic)", "X-Ray"), "no", "same",
         "Plain radiographs are recommended as the first study for hip pain persisting after injury. Medically "
         "necessary.")], ff=2)

# ---------------------------------------------------------------------------------------------------------------
letter("B3-08", "2014", None, ("California, Texas", "Internal Medicine"),
       ["This 49 year old female assembly line worker injured both upper extremities and her neck through repetitive "
        "work, with a cumulative trauma date of 09/30/2012. Diagnoses include cervical radiculitis, bilateral "
        "lateral epicondylitis, left trigger thumb and gastritis from anti-inflammatory use. She has been treated "
        "with therapy, bracing for the elbows, Voltaren gel, Prilosec, tramadol and Terocin patches.",
        "The treating physician's 06/10/2014 report documents tenderness at both lateral epicondyles, a palpable "
        "nodule at the left thumb A1 pulley with triggering, and paraspinal spasm. She reports stomach upset on oral "
        "NSAIDs, which were stopped. Requests: Terocin patches, Prilosec 20 mg, Voltaren gel 1%, tramadol 50 mg, a "
        "left trigger thumb release and a urine toxicology screen. UR on 07/01/2014 non-certified all except "
        "Voltaren gel."],
       [("Terocin patches #30", "Upheld",
         cp14("Topical analgesics", "111-113"), "no", "Terocin on topical analgesics",
         cp14("Lidoderm (lidocaine patch)", "56-57"), "unsure",
         "Terocin contains lidocaine and menthol; deciding on the lidocaine patch section is defensible but partial",
         "Terocin contains methyl salicylate, capsaicin, menthol and lidocaine. Topical lidocaine is recommended only "
         "in the form of the Lidoderm patch for neuropathic pain after first-line therapy. Not medically necessary."),
        ("Prilosec 20mg #60", "Upheld",
         cp14("NSAIDs, GI symptoms & cardiovascular risk", "68-69"), "no", "PPI on GI risk",
         cp14("NSAIDs, GI symptoms & cardiovascular risk", "68-69"), "no", "same",
         "A proton pump inhibitor is recommended for patients at intermediate GI risk on NSAIDs. Oral NSAIDs have been "
         "stopped and topical diclofenac has low systemic absorption. Not medically necessary."),
        ("Tramadol 50mg #90", "Upheld",
         cp14("Tramadol (Ultram)", "93-94"), "no", "tramadol on tramadol",
         cp14("Opioids", "74-96"), "no", "tramadol on opioids",
         "Tramadol is a centrally acting synthetic opioid. There is no documentation of the four A's of opioid "
         "monitoring. Not medically necessary."),
        ("Left trigger thumb release", "Overturned",
         ac14("Forearm, Wrist, and Hand Complaints", "Surgical Considerations", "270"), "no",
         "trigger thumb release on hand surgical considerations",
         ac14("Forearm, Wrist, and Hand Complaints", "Surgical Considerations", "270-271"), "no", "same",
         "Release is indicated for trigger digits that fail one or two steroid injections. The thumb has failed an "
         "injection and still locks. Medically necessary."),
        ("Urine toxicology screen", "Overturned",
         cp14("Drug testing", "43"), "no", "UDT on drug testing",
         cp14("Opioids, steps to avoid misuse/addiction", "94-95"), "no", "UDT is a step to avoid misuse",
         "Urine drug screens are recommended for patients on opioids to assess adherence. The patient is prescribed "
         "tramadol. Medically necessary.")], ff=3)

# ---------------------------------------------------------------------------------------------------------------
letter("B3-09", "2016", ("CM17-0301609", "03/20/2017", "07/07/2016", "04/24/2017", "03/09/2017", "03/14/2017"),
       ("California", "Neurology"),
       ["The injured worker is a 29 year old male landscaper who was struck on the head and neck by a falling "
        "branch on 07/07/2016. He lost consciousness briefly. He is diagnosed with post-concussion syndrome, "
        "cervical strain with right C6 radiculopathy and post-traumatic headaches. A head CT on the day of injury "
        "was negative. He takes gabapentin 300 mg three times a day, Fioricet as needed and ibuprofen.",
        "At the 02/22/2017 neurology visit he had neck pain radiating into the right thumb, diminished right biceps "
        "reflex and 4/5 wrist extension. He uses Fioricet about 15 days a month. The physician requested an MRI of "
        "the cervical spine, an EMG/NCS of the right upper extremity, continued gabapentin and Fioricet, and "
        "neuropsychological testing. The UR of 03/09/2017 certified the EMG and non-certified the rest, stating "
        "per ODG Head that neuropsychological testing is premature."],
       [("MRI cervical spine without contrast", "Overturned",
         ch("Neck and Upper Back Complaints", "2004", "Special Studies"), "no", "cervical MRI on neck special studies",
         ch("Neck and Upper Back Complaints", "2004", "Special Studies", "Summary"), "no", "same plus summary",
         "Imaging is indicated when there is physiologic evidence of neurologic dysfunction. A diminished reflex and "
         "weakness in the C6 distribution persist after six months. Medically necessary."),
        ("Gabapentin 300mg #90", "Overturned",
         cp16("Antiepilepsy drugs (AEDs)"), "no", "gabapentin on AEDs",
         cp16("Tramadol (Ultram)"), "yes", "gabapentin decided on the tramadol section",
         "Gabapentin is first-line for neuropathic pain; the radicular symptoms improved by about a third on it. "
         "Medically necessary."),
        ("Fioricet #30", "Upheld",
         cp16("Barbiturate-containing analgesic agents (BCAs)"), "no", "Fioricet on BCAs",
         cp16("Barbiturate-containing analgesic agents (BCAs)"), "no", "same",
         "Barbiturate-containing analgesics are not recommended for chronic pain; rebound headache is a risk with "
         "frequent use. Not medically necessary."),
        ("Neuropsychological testing", "Upheld",
         ca_odg("Head", "Neuropsychological testing"), "no", "ODG Head topic (catalogue lists it under TBI): fine",
         mx_odg("Traumatic Brain Injury", "Neuropsychological testing"), "no", "ODG TBI",
         "Testing is recommended for severe traumatic brain injury or when mild injury symptoms persist beyond "
         "expectation despite treatment. Symptoms are improving. Not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-10", "2016", ("CM16-0301710", "08/15/2016", "02/26/2013", "09/19/2016", "08/03/2016", "08/09/2016"),
       ("California, Washington", "Physical Medicine & Rehabilitation, Pain Medicine"),
       ["This 55 year old female school custodian injured her low back lifting trash on 02/26/2013. She has "
        "multilevel lumbar spondylosis, facet arthropathy at L4-5 and L5-S1 and chronic low back pain without "
        "radicular findings. Previous care includes 24 therapy visits, 12 chiropractic visits, a gym membership "
        "and two lumbar epidural injections that gave no relief. An MRI of 2014 showed facet hypertrophy without "
        "stenosis.",
        "On 07/11/2016 she reported axial pain worse with extension and rotation, with tenderness over the lower "
        "facets; straight leg raise was negative. The pain physician requested diagnostic medial branch blocks at "
        "L4-5 and L5-S1 bilaterally, a lumbar support, aquatic therapy 12 sessions and Lidoderm patches. UR on "
        "08/03/2016 modified aquatic therapy to 6 and non-certified the others. A prior IMR in 2015 found repeat "
        "epidural injections not medically necessary."],
       [("Bilateral L4-5, L5-S1 diagnostic medial branch blocks", "Overturned",
         OUTSIDE_CA + odg("Low Back - Lumbar & Thoracic (Acute & Chronic)", "Facet joint diagnostic blocks (injections)"),
         "no", "MBB on ODG facet diagnostic blocks",
         cp16("Physical medicine treatment"), "yes", "diagnostic block decided on physical medicine",
         "ODG supports one set of diagnostic medial branch blocks for non-radicular facet-mediated pain at no more "
         "than two levels after failure of conservative care. The criteria are met. Medically necessary."),
        ("Lumbar support (LSO)", "Upheld",
         ch("Low Back Complaints", "2004", "Physical Methods"), "no", "lumbar support on low back physical methods",
         ch("Low Back Complaints", "2004", "Lumbar supports"), "no", "lumbar supports",
         "Lumbar supports have not been shown to have lasting benefit beyond the acute phase of symptom relief. "
         "Not medically necessary."),
        ("Aquatic therapy x12 sessions", "Upheld",
         cp16("Aquatic therapy", "Physical medicine treatment"), "no", "aquatic",
         cp16("Aquatic therapy"), "no", "aquatic",
         "Aquatic therapy is an option where reduced weight bearing is desirable, e.g. extreme obesity. No such "
         "need is documented and she has done land-based therapy. Not medically necessary."),
        ("Lidoderm 5% patch #30", "Upheld",
         cp16("Lidoderm (lidocaine patch)"), "no", "Lidoderm on Lidoderm",
         cp16("Topical analgesics"), "no", "Lidoderm on topical analgesics",
         "Lidoderm is recommended for localized peripheral neuropathic pain after a trial of first-line therapy. "
         "Her pain is axial and mechanical. Not medically necessary."),
        ("Gym membership x 6 months", "Upheld",
         ca_odg("Low Back", "Gym memberships"), "no", "ODG topic the catalogue lacks: unverified",
         mx_odg("Low Back - Lumbar & Thoracic (Acute & Chronic)", "Gym memberships"), "no", "same",
         "ODG does not recommend gym memberships unless a home program has failed and there is a need for equipment "
         "with supervision by medical professionals. Not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-11", "2014", None, ("California", "Orthopedic Surgery, Sports Medicine"),
       ["The patient is a 41 year old male firefighter who injured his right knee during a training exercise on "
        "10/03/2013. An MRI on 11/2013 showed a complete ACL tear and a bucket-handle medial meniscus tear. He "
        "underwent ACL reconstruction with hamstring autograft and partial medial meniscectomy on 01/15/2014. He "
        "also has chronic low back pain from a prior 2009 claim. He takes Norco 5/325 for post-operative pain and "
        "Naproxen 500.",
        "On 03/04/2014 the surgeon requested a continuous passive motion device rental for 21 days retrospectively, "
        "a post-op cold therapy unit, a post-op knee brace and 12 additional therapy visits. UR on 03/20/2014 "
        "certified the brace, modified the cold unit to 7 days, and non-certified the CPM and therapy. ODG criteria "
        "for CPM were quoted in the UR report."],
       [("Retrospective CPM rental x21 days (DOS 01/15/2014)", "Upheld",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg, Continuous passive "
         "motion (CPM).", "no", "ODG knee topic the catalogue may lack: unverified",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg, Continuous passive "
         "motion (CPM).", "no", "same",
         "ODG does not recommend CPM after ACL reconstruction; it is recommended in the acute hospital setting after "
         "total knee arthroplasty. Not medically necessary."),
        ("Post-op cold therapy unit", "Overturned",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg, Continuous-flow "
         "cryotherapy.", "no", "cold unit on cryotherapy",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg, Continuous-flow "
         "cryotherapy.", "no", "same",
         "Continuous-flow cryotherapy is recommended as an option after surgery for up to seven days. Seven days "
         "are medically necessary."),
        ("Post-operative physical therapy x12 right knee", "Upheld",
         "Decision based on MTUS Postsurgical Treatment Guidelines Page(s): 24-25.", "no",
         "post-op knee PT on postsurgical knee pages",
         cp14("Physical medicine treatment", "98-99"), "unsure",
         "post-op therapy decided on chronic pain physical medicine: a reviewer would prefer the postsurgical guideline; "
         "not clearly a mismatch of topic",
         "After ACL reconstruction, 24 visits over 16 weeks are allowed. The patient has had 14 visits; twelve more "
         "would exceed the total. Not medically necessary."),
        ("Norco 5/325mg #40", "Upheld",
         cp14("Opioids", "74-96"), "no", "opioid",
         ac14("Knee Complaints", "Special Studies", "341-343"), "yes", "opioid decided on the knee chapter's special studies",
         "Short-term opioids after surgery are appropriate but use beyond six weeks requires documented functional "
         "benefit. Not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-12", "2016", ("CM17-0301812", "04/10/2017", "12/01/2012", "05/15/2017", "03/28/2017", "04/03/2017"),
       ("California, Utah", "Physical Medicine & Rehabilitation"),
       ["The injured worker is a 63 year old male forklift operator who was injured on 12/01/2012 when his forklift "
        "tipped. He has chronic low back pain with bilateral lumbar radiculopathy, a right shoulder rotator cuff "
        "tear treated non-operatively, depression and obesity. Medications: Butrans 10 mcg/hr patch weekly, "
        "Cymbalta 60 mg, Celebrex 200 mg, Colace and Theramine. He uses a cane.",
        "His pain physician documented on 03/06/2017 that he cannot sit more than 20 minutes and has failed therapy, "
        "injections and medications; a psychologist found him a candidate for a functional restoration program. "
        "Requests: functional restoration program evaluation, Butrans, Celebrex, Theramine and home health "
        "assistance 4 hours a day. UR on 03/28/2017 certified the FRP evaluation and non-certified the others."],
       [("Functional restoration program evaluation", "Overturned",
         cp16("Functional restoration programs (FRPs)"), "no", "FRP",
         cp16("Chronic pain programs (functional restoration programs)"), "no", "chronic pain programs",
         "An evaluation for a program is appropriate when previous methods have failed, there is loss of "
         "independent function and the patient is motivated. These are documented. Medically necessary."),
        ("Butrans 10mcg/hr patch #4", "Overturned",
         cp16("Buprenorphine"), "no", "Butrans on buprenorphine",
         cp16("Topical analgesics"), "yes", "transdermal systemic opioid decided on topical analgesics",
         "Buprenorphine is recommended for chronic pain in patients with a history of opiate addiction or after "
         "detoxification; here it replaced higher-dose oral opioids with improved sitting tolerance. Medically "
         "necessary."),
        ("Celebrex 200mg #30", "Overturned",
         cp16("Celebrex (celecoxib)"), "no", "celecoxib",
         cp16("NSAIDs (non-steroidal anti-inflammatory drugs)", "NSAIDs, GI symptoms & cardiovascular risk"), "no",
         "NSAID sections",
         "A COX-2 selective agent is appropriate for a patient with a history of GI intolerance on non-selective "
         "NSAIDs. Medically necessary."),
        ("Theramine #90", "Upheld",
         cp16("Medical food"), "no", "Theramine is a medical food",
         mx_odg("Pain (Chronic)", "Medical food"), "no", "same",
         "Medical foods are intended for diseases with distinctive nutritional requirements; no such requirement "
         "exists for chronic pain. Not medically necessary."),
        ("Home health assistance 4 hours per day x 6 weeks", "Upheld",
         cp16("Home health services"), "no", "home health",
         cp16("Home health services"), "no", "same",
         "Home health services are recommended only for medical treatment of homebound patients; homemaker "
         "services are not medical treatment. Not medically necessary.")], ff=1)

# ---------------------------------------------------------------------------------------------------------------
letter("B3-13", "2016", ("CM16-0301913", "12/05/2016", "06/28/2014", "01/09/2017", "11/21/2016", "11/29/2016"),
       ("California", "Orthopedic Surgery"),
       ["This 50 year old female bank teller injured her right shoulder and neck after a fall at work on 06/28/2014. "
        "She has right shoulder adhesive capsulitis, a SLAP lesion on MR arthrogram, and cervical degenerative disc "
        "disease at C5-6. Conservative care has included 30 therapy visits, two glenohumeral steroid injections and "
        "a home exercise program. She takes Norco 7.5/325 twice daily and Zanaflex 4 mg at night.",
        "On 11/02/2016 her surgeon documented forward flexion of 100 degrees and external rotation of 20 degrees and "
        "recommended right shoulder arthroscopy with SLAP repair and capsular release. Also requested: a shoulder "
        "MRI arthrogram repeat, Zanaflex, a cervical epidural injection at C5-6 and pre-operative clearance with "
        "labs and EKG. UR on 11/21/2016 certified pre-operative clearance and non-certified the rest."],
       [("Right shoulder arthroscopy with SLAP repair and capsular release", "Overturned",
         ch("Shoulder Complaints", "2004", "Surgical Considerations"), "no", "shoulder surgery on shoulder surgical",
         mx_odg("Shoulder (Acute & Chronic)", "Surgery for SLAP lesions"), "no", "ODG SLAP",
         "Surgery for adhesive capsulitis is considered when months of conservative treatment fail; SLAP repair is "
         "considered after three months of therapy with a type II or IV lesion. Both criteria are met. Medically "
         "necessary."),
        ("Repeat MR arthrogram right shoulder", "Upheld",
         ch("Shoulder Complaints", "2004", "Special Studies"), "no", "shoulder imaging on shoulder special studies",
         ch("Neck and Upper Back Complaints", "2004", "Special Studies"), "yes",
         "shoulder MRI decided on the neck chapter's special studies",
         "A repeat study is not needed when the prior arthrogram already defined the lesion and surgery has been "
         "recommended. Not medically necessary."),
        ("Zanaflex 4mg #30", "Overturned",
         cp16("Tizanidine (Zanaflex), dantrolene"), "no", "tizanidine",
         cp16("Muscle relaxants (for pain)"), "no", "muscle relaxants",
         "Tizanidine is FDA-approved for spasticity and used off-label for low back pain; it has been used at night "
         "with documented improvement in sleep. Medically necessary."),
        ("Cervical epidural steroid injection C5-6", "Upheld",
         cp16("Epidural steroid injections (ESIs)"), "no", "ESI",
         ch("Shoulder Complaints", "2004", "Initial Care"), "yes",
         "cervical ESI decided on the shoulder chapter's initial care",
         "Radiculopathy must be documented by examination and corroborated by imaging or electrodiagnostic testing. "
         "The examination shows no radicular findings. Not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-14", "2014", None, ("California, Colorado", "Family Practice"),
       ["The patient is a 58 year old male truck driver with a low back injury from unloading freight on "
        "05/14/2012. Diagnoses: lumbar disc protrusion at L5-S1 with right S1 radiculopathy, status post right "
        "L5-S1 microdiscectomy on 02/2013, and chronic pain. He also has hypertension and type 2 diabetes. Current "
        "medications: Norco 10/325 four times a day, Soma 350 three times a day, Xanax 0.5 and Lisinopril.",
        "At the 08/20/2014 visit he reported recurrent right leg pain after a fall at home. Strength was 5-/5 in "
        "plantar flexion and the right ankle reflex was absent. The physician requested a repeat lumbar MRI with "
        "and without contrast, physical therapy 2x6 for the lumbar spine, and refills. UR on 09/05/2014 certified "
        "the MRI and non-certified therapy, Soma and Xanax; ODG was cited for therapy after discectomy."],
       [("MRI lumbar spine with and without contrast", "Overturned",
         ac14("Low Back Complaints", "Special Studies", "303-305"), "no", "lumbar MRI on low back special studies",
         ac14("Low Back Complaints", "Physical Methods", "298-301"), "yes",
         "diagnostic imaging decided on a treatment-methods heading",
         "MRI with contrast is the study of choice for recurrent symptoms after disc surgery, to separate scar from "
         "recurrent disc herniation. New neurologic findings after a fall are documented. Medically necessary."),
        ("Physical therapy 2x6 lumbar spine", "Upheld",
         cp14("Physical medicine treatment", "98-99"), "no", "PT on physical medicine",
         ac14("Low Back Complaints", "Special Studies", "303-305"), "yes",
         "course of therapy decided on the diagnostic-studies heading",
         "Physical medicine allows 8-10 visits for radiculitis; the patient has had over 30 visits for the low back "
         "and should be independent in a home program. Not medically necessary."),
        ("Soma 350mg #90", "Upheld",
         cp14("Carisoprodol (Soma)", "29"), "no", "Soma on carisoprodol",
         cp14("Carisoprodol (Soma)", "29"), "no", "same",
         "Carisoprodol is not recommended; its metabolite meprobamate is a schedule IV anxiolytic and it augments "
         "opioid effects. Not medically necessary."),
        ("Xanax 0.5mg #60", "Upheld",
         cp14("Benzodiazepines", "24"), "no", "alprazolam on benzodiazepines",
         cp14("Benzodiazepines", "24"), "no", "same",
         "Long-term benzodiazepine use is not recommended, and combining with opioids and carisoprodol raises the "
         "risk of respiratory depression. Not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-15", "2016", ("CM18-0302015", "02/12/2018", "04/17/2016", "03/16/2018", "01/31/2018", "02/05/2018"),
       ("California", "Occupational Medicine"),
       ["The injured worker is a 47 year old female nurse's aide who injured her low back and left shoulder "
        "transferring a patient on 04/17/2016. Diagnoses are lumbar strain with left L5 radiculopathy and left "
        "shoulder impingement. Treatment includes therapy, a subacromial injection in 2017 that helped for two "
        "months, naproxen and a TENS unit. An MRI of the lumbar spine from 2016 showed an L4-5 disc protrusion "
        "contacting the left L5 root.",
        "The 01/08/2018 visit documents worsening left leg pain with weakness of the extensor hallucis longus and a "
        "positive straight leg raise. Requests: a repeat MRI of the lumbar spine, a left shoulder subacromial "
        "injection, 8 physical therapy visits for the shoulder, and a lumbar transforaminal epidural steroid "
        "injection at left L4-5. UR on 01/31/2018 non-certified all four, citing the ACOEM guidelines adopted by "
        "the Administrative Director."],
       [("Repeat MRI lumbar spine", "Overturned",
         "Decision based on MTUS ACOEM Practice Guidelines, Low Back Disorders, Section(s): Summary.", "no",
         "lumbar MRI on the low back disorders summary (post-2017)",
         "Decision based on MTUS ACOEM Practice Guidelines, Low Back Disorders, Section(s): Summary.", "no", "same",
         "Repeat imaging is recommended when there is a significant change in neurologic findings. New EHL weakness "
         "is documented. Medically necessary."),
        ("Left shoulder subacromial injection", "Overturned",
         "Decision based on MTUS ACOEM Practice Guidelines, Shoulder Disorders, Section(s): Summary.", "no",
         "shoulder injection on shoulder summary",
         "Decision based on MTUS ACOEM Practice Guidelines, Low Back Disorders, Section(s): Summary.", "yes",
         "shoulder injection decided on the low back guideline",
         "Subacromial glucocorticoid injections are recommended for impingement, and a repeat injection is "
         "reasonable when the prior one gave meaningful relief. Medically necessary."),
        ("Physical therapy x8 left shoulder", "Overturned",
         "Decision based on MTUS ACOEM Practice Guidelines, Shoulder Disorders, Section(s): Summary.", "no",
         "shoulder PT on shoulder summary",
         cp16("Physical medicine treatment"), "no", "PT on physical medicine",
         "A short course of therapy after injection is recommended to restore motion and strength. Medically "
         "necessary."),
        ("Left L4-5 transforaminal epidural steroid injection", "Overturned",
         cp16("Epidural steroid injections (ESIs)"), "no", "ESI",
         "Decision based on MTUS ACOEM Practice Guidelines, Low Back Disorders, Section(s): Summary.", "no",
         "lumbar ESI on low back summary",
         "Epidural injection is recommended for acute or subacute radicular pain with corroborating imaging. "
         "Medically necessary.")], ff=0)

# ---------------------------------------------------------------------------------------------------------------
letter("B3-16", "2016", ("CM16-0302116", "06/13/2016", "09/09/2010", "07/18/2016", "05/31/2016", "06/06/2016"),
       ("California, Nevada", "Anesthesiology"),
       ["This 66 year old male retired mechanic has chronic neck and low back pain from an industrial injury on "
        "09/09/2010, with cervical and lumbar spondylosis, bilateral knee osteoarthritis and chronic pain syndrome. "
        "He had a spinal cord stimulator trial in 2015 with 60% pain relief. Medications include morphine sulfate "
        "ER 30 mg twice daily, Percocet 10/325 three times a day, Ambien and ondansetron for nausea.",
        "The pain physician's report of 05/03/2016 documents nausea when he takes morphine, daily constipation, and "
        "a request for permanent spinal cord stimulator implantation, ondansetron, a 3-in-1 commode and a "
        "psychological clearance evaluation before implantation. UR on 05/31/2016 non-certified the stimulator "
        "pending psychological clearance, non-certified ondansetron and the commode."],
       [("Permanent spinal cord stimulator implantation", "Upheld",
         cp16("Spinal cord stimulators (SCS)"), "no", "SCS",
         cp16("Spinal cord stimulators (SCS)", "Psychological evaluations"), "no", "SCS and psych evaluation",
         "Implantation is recommended after a successful trial and psychological clearance. Psychological clearance "
         "has not yet been obtained. Not medically necessary at this time."),
        ("Psychological evaluation prior to SCS", "Overturned",
         cp16("Psychological evaluations"), "no", "psych eval",
         cp16("Psychological evaluations"), "no", "same",
         "Psychological evaluation is recommended before spinal cord stimulation. Medically necessary."),
        ("Ondansetron 8mg #30", "Upheld",
         cp16("Antiemetics (for opioid nausea)"), "no", "ondansetron on antiemetics",
         cp16("Opioid-induced constipation treatment"), "yes", "antiemetic decided on the constipation section",
         "Antiemetics are not recommended for nausea and vomiting secondary to chronic opioid use; ondansetron is "
         "approved for chemotherapy and post-operative nausea. Not medically necessary."),
        ("3-in-1 commode", "Upheld",
         mx_odg("Knee & Leg", "Durable medical equipment (DME)").replace(OUTSIDE_MX, OUTSIDE_CA), "no",
         "commode on ODG DME (knee chapter's DME definition is used for any DME)",
         mx_odg("Knee & Leg (Acute & Chronic)", "Durable medical equipment (DME)"), "no", "same",
         "Bathroom and toilet supplies are medically necessary when the patient is bed- or room-confined. He walks "
         "independently. Not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-17", "2014", None, ("California", "Podiatric Surgery"),
       ["The patient is a 39 year old female restaurant server who slipped on a wet floor on 02/02/2013, injuring "
        "her right ankle and low back. She has a chronic right ankle lateral ligament sprain with instability, "
        "plantar fasciitis and lumbar strain. An MRI of the ankle showed an attenuated anterior talofibular "
        "ligament. She was treated with a walking boot, therapy and anti-inflammatories.",
        "On 05/28/2014 the podiatrist documented a positive anterior drawer, tenderness at the plantar fascia origin "
        "and pain after standing more than an hour. Requests: custom orthotics, extracorporeal shockwave therapy "
        "for the plantar fascia x3, an ankle brace and a course of physical therapy 2x4 for the ankle. UR on "
        "06/12/2014 certified the ankle brace and non-certified the remainder."],
       [("Custom orthotics", "Overturned",
         ac14("Ankle and Foot Complaints", "Initial Care", "369-371"), "no", "orthotics on ankle initial care",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Ankle & Foot, Orthotic devices.",
         "no", "ODG orthotics",
         "Rigid orthotics may reduce pain in plantar fasciitis and metatarsalgia. Medically necessary."),
        ("ESWT right plantar fascia x3", "Upheld",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Ankle & Foot, Extracorporeal "
         "shock wave therapy (ESWT).", "no", "ODG ankle ESWT: catalogue may lack; unverified",
         ac14("Ankle and Foot Complaints", "Initial Care", "369-371"), "unsure",
         "ESWT on the ankle chapter's initial care: a physical modality of the same body part; ACOEM ankle initial "
         "care is not where ESWT is discussed but the heading is general",
         "ESWT is recommended for chronic plantar fasciitis after six months of standard treatment. Less than six "
         "months of conservative care is documented. Not medically necessary."),
        ("Physical therapy 2x4 right ankle", "Overturned",
         cp14("Physical medicine treatment", "98-99"), "no", "PT",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Ankle & Foot, Physical therapy "
         "(PT).", "no", "ODG ankle PT",
         "Therapy for ankle instability with proprioceptive training is recommended; 9 visits over 8 weeks are "
         "allowed for sprains. Medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-18", "2016", ("CM17-0302218", "05/08/2017", "10/10/2015", "06/12/2017", "04/25/2017", "05/01/2017"),
       ("California", "Orthopedic Surgery, Hand Surgery"),
       ["The injured worker is a 35 year old male machinist who caught his left hand in a lathe on 10/10/2015, "
        "fracturing the fourth and fifth metacarpals and lacerating the ulnar nerve at the wrist. He underwent "
        "open reduction internal fixation and nerve repair the same day and a tenolysis in 06/2016. He has residual "
        "stiffness, cold intolerance and numbness of the small finger, and reports elbow pain along the cubital "
        "tunnel.",
        "On 04/05/2017 the hand surgeon recommended hardware removal from the fifth metacarpal, post-operative "
        "occupational therapy 8 visits, an EMG/NCS of the left upper extremity, a left elbow MRI and Norco for "
        "post-operative pain. UR on 04/25/2017 non-certified the elbow MRI and EMG and modified therapy."],
       [("Removal of hardware, left fifth metacarpal", "Overturned",
         ch("Forearm, Wrist, and Hand Complaints", "2004", "Surgical Considerations"), "no", "hand surgery",
         ch("Forearm, Wrist, and Hand Complaints", "2004", "Surgical Considerations"), "no", "same",
         "Hardware that is prominent and painful after union may be removed. Union is documented and the plate is "
         "symptomatic. Medically necessary."),
        ("Associated surgical service: post-operative occupational therapy x8", "Overturned",
         ch("Postsurgical Treatment", "2009", "Forearm, Wrist, & Hand"), "no", "post-op hand OT",
         ch("Postsurgical Treatment", "2009", "Forearm, Wrist, & Hand"), "no", "same",
         "The postsurgical guideline allows a course of therapy after hand surgery; eight visits fall within it. "
         "Medically necessary."),
        ("EMG/NCS left upper extremity", "Overturned",
         cp16("Electrodiagnostic testing (EMG/NCS)"), "no", "EDX on EDX",
         ch("Elbow Disorders (Revised 2007)", "2007", "Special Studies"), "no",
         "ulnar neuropathy at the elbow: elbow special studies cover nerve studies",
         "Electrodiagnostic studies are recommended to confirm ulnar neuropathy at the elbow and to assess recovery "
         "of a repaired nerve. Medically necessary."),
        ("MRI left elbow", "Upheld",
         ch("Elbow Disorders (Revised 2007)", "2007", "Special Studies"), "no", "elbow MRI on elbow special studies",
         ch("Forearm, Wrist, and Hand Complaints", "2004", "Imaging"), "yes",
         "elbow MRI decided on the hand chapter's imaging",
         "MRI is not recommended for suspected ulnar neuropathy before electrodiagnostic testing. Not medically "
         "necessary."),
        ("Norco 5/325mg #30 post-operative", "Overturned",
         op16("1.4 Opioids for Acute Pain: Opioids for Post-operative Pain"), "no", "post-op opioid",
         op16("1.4 Opioids for Acute Pain: Opioids for Post-operative Pain"), "no", "same",
         "A short supply of opioids after surgery is supported. Medically necessary.")], ff=2)

# ---------------------------------------------------------------------------------------------------------------
letter("B3-19", "2016", ("CM16-0302319", "07/11/2016", "03/30/2012", "08/15/2016", "06/29/2016", "07/05/2016"),
       ("California, Oregon", "Chiropractor"),
       ["This 43 year old male electrician has chronic neck and mid back pain since a fall from a scaffold on "
        "03/30/2012. He also has headaches and right shoulder strain. He has completed 24 chiropractic visits, "
        "massage, 12 therapy visits and trigger point injections in 2015 with 50% relief for six weeks. He takes "
        "ibuprofen and uses ketoprofen cream.",
        "On 06/06/2016 the chiropractor documented trigger points in the upper trapezius with twitch response, "
        "reduced cervical motion and a Neck Disability Index of 38%. Requests: trigger point injections x4, "
        "massage therapy x6, ketoprofen 20% cream, an MRI of the thoracic spine and low-level laser therapy. UR on "
        "06/29/2016 non-certified all five."],
       [("Trigger point injections x4 upper trapezius", "Overturned",
         cp16("Trigger point injections"), "no", "TPI",
         cp16("Trigger point injections"), "no", "same",
         "Repeat trigger point injections are supported when the prior set gave more than 50% relief for six weeks "
         "with functional improvement. Medically necessary."),
        ("Massage therapy x6", "Upheld",
         cp16("Massage therapy"), "no", "massage",
         cp16("Massage therapy"), "no", "same",
         "Massage should be an adjunct to exercise and limited to 4-6 visits; prior massage gave no lasting benefit. "
         "Not medically necessary."),
        ("Ketoprofen 20% cream 120gm", "Upheld",
         cp16("Topical analgesics"), "no", "topical NSAID on topical analgesics",
         cp16("Topical analgesics", "Compound drugs"), "no", "same",
         "Ketoprofen is not FDA-approved for topical use because of photocontact dermatitis. Not medically "
         "necessary."),
        ("MRI thoracic spine", "Upheld",
         ch("Neck and Upper Back Complaints", "2004", "Special Studies"), "no", "thoracic MRI on neck/upper back",
         ch("Neck and Upper Back Complaints", "2004", "Special Studies"), "no", "same",
         "Imaging requires red flags or neurologic findings; neither is documented. Not medically necessary."),
        ("Low level laser therapy x6", "Upheld",
         cp16("Low-Level Laser Therapy (LLLT)"), "no", "LLLT",
         cp16("Low-Level Laser Therapy (LLLT)"), "no", "same",
         "Low-level laser therapy is not recommended; studies have not shown benefit. Not medically necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-20", "2016", ("CM17-0302420", "06/05/2017", "08/08/2014", "07/10/2017", "05/24/2017", "05/30/2017"),
       ("California", "Orthopedic Surgery"),
       ["The injured worker is a 54 year old female data entry clerk with bilateral upper extremity pain and low "
        "back pain from repetitive work, injury date 08/08/2014. Diagnoses: bilateral carpal tunnel syndrome, status "
        "post right carpal tunnel release 2015, left de Quervain's tenosynovitis, lumbar disc degeneration and "
        "anxiety. Medications: Norco 5/325 twice daily, diclofenac ER 100 mg, Prilosec, and a topical compound of "
        "gabapentin 10%, amitriptyline 5%, lidocaine 5%.",
        "The 04/26/2017 report notes a positive Finkelstein test on the left, dorsal first compartment swelling, "
        "and that a splint gave partial relief. She reports new numbness in the left hand at night. A left carpal "
        "tunnel release was requested along with a first dorsal compartment injection, the compound cream, "
        "Prilosec, and an x-ray of the lumbar spine for increased back pain. UR on 05/24/2017 certified the "
        "injection and non-certified the remainder; the UR physician noted that a prior IMR decision in 2016 "
        "upheld denial of the same compound."],
       [("Left carpal tunnel release", "Upheld",
         OUTSIDE_CA + odg("Carpal Tunnel Syndrome (Acute & Chronic)", "Carpal tunnel release surgery (CTR)"), "no",
         "CTR on ODG CTR",
         ch("Forearm, Wrist, and Hand Complaints", "2004", "Surgical Considerations"), "no", "hand surgery",
         "Release requires symptoms and findings with electrodiagnostic confirmation; no studies of the left side are "
         "documented since 2013. Not medically necessary."),
        ("Compound cream: gabapentin 10%/amitriptyline 5%/lidocaine 5%", "Upheld",
         cp16("Compound drugs"), "no", "compound on compound drugs",
         cp16("Gabapentin (Neurontin)"), "unsure",
         "topical gabapentin compound decided on the oral gabapentin section: a reviewer might defend since the "
         "section says gabapentin is not recommended topically? Not sure the 2016 section says that",
         "Any compounded product containing a drug not recommended for topical use is not recommended; gabapentin is "
         "not recommended topically. Not medically necessary."),
        ("Prilosec 20mg #30", "Overturned",
         cp16("Proton Pump Inhibitors (PPIs)"), "no", "PPI",
         cp16("NSAIDs, GI symptoms & cardiovascular risk"), "no", "PPI on GI risk",
         "She remains on diclofenac and has documented dyspepsia. Medically necessary."),
        ("X-ray lumbar spine 3 views", "Overturned",
         ch("Low Back Complaints", "2004", "Special Studies"), "no", "lumbar x-ray on low back special studies",
         ch("Forearm, Wrist, and Hand Complaints", "2004", "Special Studies"), "yes",
         "lumbar x-ray decided on the hand chapter",
         "Plain films are reasonable for low back pain with a change in symptoms in a patient over 50. Medically "
         "necessary.")])

# ---------------------------------------------------------------------------------------------------------------
letter("B3-21", "2016", ("CM16-0302521", "09/26/2016", "01/05/2011", "10/31/2016", "09/14/2016", "09/20/2016"),
       ("California, Idaho", "Pain Medicine"),
       ["This 59 year old female former cannery worker has chronic low back, neck and bilateral foot pain from an "
        "industrial injury on 01/05/2011, with lumbar spinal stenosis, cervical spondylosis, peripheral neuropathy "
        "of uncertain cause and fibromyalgia. She has had epidural injections, radiofrequency ablation, therapy, "
        "aquatic therapy, acupuncture and a functional restoration program in 2014, which she completed.",
        "Her medication list on 08/22/2016 is long: Norco 10/325 three times daily, tramadol ER 200 mg daily, Lyrica "
        "75 mg twice daily, Cymbalta 30 mg, pantoprazole 40 mg, Lidoderm patches, Voltaren 1% gel to the feet and "
        "docusate. She reports that the combination keeps pain at 5/10 and lets her shop and cook; without it she "
        "stays in bed. A 06/2016 urine test was consistent. Her physician wrote that 'per ODG, duloxetine is a "
        "first-line option for fibromyalgia' and that a prior IMR in 2015 overturned Lyrica. An opioid agreement is "
        "on file and CURES was checked.",
        "Utilization review on 09/14/2016 modified Norco to #60, non-certified tramadol ER, Lyrica, pantoprazole, "
        "Lidoderm and Voltaren gel and certified Cymbalta and docusate. The reviewer noted a combined morphine "
        "equivalent dose of about 70 mg."],
       [("Norco 10/325mg #90", "Overturned",
         cp16("Opioids, criteria for use"), "no", "opioid",
         cp16("Opioids, on-going management", "When to continue opioids"), "no", "opioid",
         "Opioids may be continued when the patient has returned to work or has improved functioning and pain. "
         "Specific functional gains, a consistent urine test, an agreement and CURES review are documented. "
         "Medically necessary."),
        ("Tramadol ER 200mg #30", "Upheld",
         cp16("Tramadol (Ultram)"), "no", "tramadol",
         cp16("Opioids, criteria for use", "Tramadol (Ultram)"), "no", "tramadol",
         "Two concurrent opioids are not justified when the short-acting agent provides the documented benefit. Not "
         "medically necessary."),
        ("Lyrica 75mg #60", "Overturned",
         cp16("Pregabalin (Lyrica)"), "no", "pregabalin",
         cp16("Duloxetine (Cymbalta)"), "yes", "pregabalin decided on the duloxetine section",
         "Pregabalin is FDA-approved for diabetic neuropathy and fibromyalgia and is a first-line agent for "
         "neuropathic pain. Benefit is documented. Medically necessary."),
        ("Pantoprazole 40mg #30", "Upheld",
         cp16("NSAIDs, GI symptoms & cardiovascular risk"), "no", "PPI",
         cp16("Proton Pump Inhibitors (PPIs)"), "no", "PPI",
         "She takes no oral NSAID and no GI risk factors are documented. Not medically necessary."),
        ("Lidoderm 5% patches #30", "Upheld",
         cp16("Lidoderm (lidocaine patch)"), "no", "Lidoderm",
         cp16("Lidoderm (lidocaine patch)"), "no", "same",
         "There is no documentation of localized neuropathic pain in a distribution a patch could cover. Not "
         "medically necessary."),
        ("Voltaren 1% gel 100gm", "Overturned",
         cp16("Topical analgesics"), "no", "topical NSAID",
         cp16("NSAIDs (non-steroidal anti-inflammatory drugs)", "Topical analgesics"), "no", "topical NSAID",
         "Topical diclofenac is indicated for osteoarthritis pain of joints amenable to topical treatment such as the "
         "feet; the podiatrist documented midfoot arthritis. Medically necessary."),
        ("Docusate 100mg #60", "Overturned",
         cp16("Opioid-induced constipation treatment"), "no", "laxative",
         cp16("Opioid-induced constipation treatment"), "no", "same",
         "Prophylaxis of constipation is recommended with opioid therapy. Medically necessary."),
        ("Cymbalta 30mg #30", "Overturned",
         cp16("Duloxetine (Cymbalta)"), "no", "duloxetine",
         cp16("Antidepressants for chronic pain"), "no", "antidepressant",
         "Duloxetine is recommended as a first-line option for neuropathic pain and fibromyalgia. Medically "
         "necessary.")], ff=3)

# ---------------------------------------------------------------------------------------------------------------
letter("B3-22", "2014", None, ("California", "Occupational Medicine"),
       ["The patient is a 51 year old male heavy equipment operator who twisted his left knee stepping off a "
        "loader on 07/19/2013. He also has a prior accepted low back claim. An MRI showed a degenerative medial "
        "meniscus tear and chondromalacia of the patella. He has been off work since 09/2013 and has had 18 therapy "
        "visits, a cortisone injection and a home exercise program, with persistent pain kneeling and climbing.",
        "The primary treating physician's 04/15/2014 report documents a mild effusion, joint line tenderness and "
        "quadriceps atrophy of 2 cm. He asked for an orthopedic surgery consultation for the knee, referral to pain "
        "management for the low back, follow-up visits every four weeks, a functional capacity evaluation before "
        "return to work, a work hardening program of 10 sessions, and knee x-rays with standing views. UR on "
        "05/02/2014 certified the x-rays and non-certified the others. The UR reviewer quoted ACOEM: 'referral "
        "for surgical consultation may be indicated for patients who have activity limitation for more than one "
        "month and failure of exercise programs'."],
       [("Orthopedic surgery consultation, left knee", "Overturned",
         ac14("Knee Complaints", "Surgical Considerations", "343-345"), "no", "surgical referral on knee surgical",
         ac14("Knee Complaints", "Surgical Considerations", "343-345"), "no", "same",
         "Referral for surgical consultation is indicated for activity limitation over one month with failure of "
         "exercise and clear imaging evidence of a lesion. Medically necessary."),
        ("Referral to pain management for the lumbar spine", "Upheld",
         "Decision based on MTUS ACOEM Independent Medical Examinations and Consultations, Chapter 7, page 127.",
         "no", "referral on chapter 7",
         "Decision based on MTUS ACOEM Independent Medical Examinations and Consultations, Chapter 7, page 127.",
         "no", "same",
         "A specialist referral is appropriate when the diagnosis is uncertain or complex or when additional "
         "expertise would help. The low back is stable on a home program. Not medically necessary."),
        ("Follow-up visits every 4 weeks x 3", "Overturned",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain, Office visits.", "no",
         "visits",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain, Office visits.", "no",
         "same",
         "Follow-up visits are determined by the clinical picture; a surgical decision is pending. Medically "
         "necessary."),
        ("Functional capacity evaluation", "Upheld",
         ac14("Independent Medical Examinations and Consultations", "Functional capacity evaluation", "137-138"),
         "no", "FCE",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Fitness for Duty, Functional "
         "capacity evaluation (FCE).", "no", "ODG FCE",
         "An FCE is not recommended when the worker has not reached maximum improvement or a surgical decision is "
         "pending. Not medically necessary."),
        ("Work hardening program x10 sessions", "Upheld",
         cp14("Work conditioning, work hardening", "125-126"), "no", "work hardening",
         cp14("Work conditioning, work hardening", "125-126"), "no", "same",
         "Work hardening requires a defined return-to-work goal agreed by employer and employee, and the worker must "
         "not be a surgical candidate. Not medically necessary."),
        ("X-rays left knee, standing views", "Overturned",
         ac14("Knee Complaints", "Special Studies", "341-343"), "no", "knee x-ray",
         ac14("Knee Complaints", "Special Studies", "341-343"), "no", "same",
         "Weight-bearing films help grade osteoarthritis before a surgical decision. Medically necessary.")])


def main(out=here):
    os.makedirs(os.path.join(out, "letters"), exist_ok=True)
    rows = []
    for name, layout, header, cred, summary, items, ff in LETTERS:
        text = render(layout, header, cred, summary,
                      [(it[0], it[1], it[2], it[5], it[8]) for it in items], page_break_after=ff)
        with open(os.path.join(out, "letters", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        for no, it in enumerate(items, 1):
            for role, cited, lab, why in (("CA", it[2], it[3], it[4]), ("MAXIMUS", it[5], it[6], it[7])):
                rows.append({"letter": name, "layout": layout, "item_no": no, "item": it[0], "role": role,
                             "cited": cited, "mismatch": lab, "why": why})
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    n = len(rows)
    yes = sum(r["mismatch"] == "yes" for r in rows)
    uns = sum(r["mismatch"] == "unsure" for r in rows)
    print(f"{len(LETTERS)} letters, {n} statements, {yes} labelled mismatch, {uns} unsure")


if __name__ == "__main__":
    main()
