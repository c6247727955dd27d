#!/usr/bin/env python3
"""Writes the third blind set's second batch (batch-2/letters/*.txt and batch-2/labels.tsv).

Written 2026-12-03 by the blind3 helper AFTER seeing the first batch's results (so less blind: the writer knew which
kinds the tool had caught), labels fixed before the tool was first run on this batch. Items were chosen for
frequency in real letters and for body parts and kinds the first batch had few of, not for what the tool does.
"""
import os
import gen_letters as g
from gen_letters import cp16, ch, odg, ca_odg, mx_odg, cp14, ac14, op16, OUTSIDE_CA, OUTSIDE_MX

g.LETTERS.clear()
letter = g.letter

def acoem(doc):
    return "Decision based on MTUS ACOEM Practice Guidelines, %s, Section(s): Summary." % doc

letter("B3B-01", "2016", ("CM17-0310101", "07/10/2017", "02/14/2015", "08/14/2017", "06/28/2017", "07/03/2017"),
       ("California", "Orthopedic Surgery"),
       ["This 48 year old male roofer fell about eight feet on 02/14/2015 and landed on his right side. He injured "
        "the right hip, right knee and low back. Diagnoses are right hip labral tear, right knee patellofemoral "
        "syndrome and lumbar strain. He had therapy for all three regions, a hip intra-articular injection with "
        "two weeks of relief and takes meloxicam 15 mg and tramadol 50 mg as needed.",
        "The 06/05/2017 orthopedic report notes groin pain with flexion-adduction-internal rotation, a positive FABER "
        "test, and patellar crepitus. An MR arthrogram of the right hip, a right knee x-ray series, 8 sessions of "
        "therapy for the hip and continued meloxicam were requested. The prior reviewer, citing ODG Hip & Pelvis, "
        "non-certified the arthrogram on 06/28/2017 and certified the rest except therapy."],
       [("MR arthrogram right hip", "Overturned",
         ca_odg("Hip & Pelvis", "MRI (magnetic resonance imaging)"), "no", "hip MRI on ODG hip MRI",
         ch("Knee Complaints", "2004", "Special Studies"), "yes", "hip imaging decided on the knee chapter",
         "MR arthrography is the study of choice for suspected labral tears after failure of conservative care. "
         "The examination and response to injection support it. Medically necessary."),
        ("X-rays right knee 3 views", "Overturned",
         ch("Knee Complaints", "2004", "Special Studies"), "no", "knee x-ray",
         ch("Knee Complaints", "2004", "Special Studies"), "no", "same",
         "Radiographs are reasonable for persistent knee pain with crepitus to look for patellofemoral arthritis. "
         "Medically necessary."),
        ("Physical therapy 2x4 right hip", "Upheld",
         cp16("Physical medicine treatment"), "no", "PT",
         mx_odg("Hip & Pelvis (Acute & Chronic)", "Physical therapy"), "no", "ODG hip PT (topic may be missing: unverified)",
         "He has had 24 visits for the hip and should continue a home program. Not medically necessary."),
        ("Meloxicam 15mg #30", "Overturned",
         cp16("NSAIDs (non-steroidal anti-inflammatory drugs)"), "no", "NSAID",
         cp16("Anti-inflammatory medications"), "no", "NSAID",
         "NSAIDs are recommended at the lowest dose for the shortest period in osteoarthritis and flares; benefit "
         "is documented without GI side effects. Medically necessary.")])

letter("B3B-02", "2014", None, ("California", "Physical Medicine & Rehabilitation"),
       ["The patient is a 36 year old female dental hygienist with right elbow and wrist pain from repetitive "
        "instrument use since 2012. She has right lateral epicondylitis, right de Quervain's tenosynovitis and "
        "cervical strain. She had a forearm strap, 12 therapy visits and naproxen with partial benefit.",
        "On 03/12/2014 the physician documented tenderness at the lateral epicondyle with pain on resisted wrist "
        "extension and a positive Finkelstein test. Requests: a lateral epicondyle steroid injection, a thumb spica "
        "splint, an MRI of the right wrist, naproxen and Ultram. UR of 04/01/2014 non-certified the MRI and Ultram."],
       [("Right lateral epicondyle corticosteroid injection", "Overturned",
         "Decision based on MTUS ACOEM Elbow Disorders (Revised 2007), Injections.", "no", "elbow injection",
         ac14("Shoulder Complaints", "Injections", "204"), "yes", "elbow injection decided on the shoulder chapter",
         "A steroid injection is an option for lateral epicondylalgia when a strap, therapy and NSAIDs have failed. "
         "Medically necessary."),
        ("Thumb spica splint right", "Overturned",
         ac14("Forearm, Wrist, and Hand Complaints", "Physical Methods", "264-265"), "no", "splint",
         ac14("Forearm, Wrist, and Hand Complaints", "Physical Methods", "264-265"), "no", "same",
         "Splinting is recommended as first-line treatment of de Quervain's tenosynovitis. Medically necessary."),
        ("MRI right wrist", "Upheld",
         ac14("Forearm, Wrist, and Hand Complaints", "Special Studies", "268-269"), "no", "wrist MRI",
         "Decision based on MTUS ACOEM Elbow Disorders (Revised 2007), Special Studies.", "yes",
         "wrist MRI decided on the elbow guideline",
         "Imaging adds little when the diagnosis of de Quervain's is clinically clear. Not medically necessary."),
        ("Naproxen 550mg #60", "Overturned",
         cp14("NSAIDs (non-steroidal anti-inflammatory drugs)", "67-73"), "no", "NSAID",
         cp14("Acetaminophen (APAP)", "11-12"), "yes", "naproxen decided on the acetaminophen section",
         "Naproxen provides short-term relief in tendinopathy and she tolerates it. Medically necessary."),
        ("Ultram 50mg #60", "Upheld",
         cp14("Tramadol (Ultram)", "113"), "no", "tramadol",
         cp14("Opioids, criteria for use", "76-80"), "no", "opioid criteria",
         "Opioids are not first-line for tendinopathy and no functional goals are set. Not medically necessary.")],
       ff=2)

letter("B3B-03", "2016", ("CM16-0310303", "10/17/2016", "06/02/2013", "11/21/2016", "10/05/2016", "10/11/2016"),
       ("California, Arizona", "Anesthesiology, Pain Medicine"),
       ["The injured worker is a 60 year old male bus driver with chronic low back pain since 06/02/2013. He has "
        "lumbar facet arthropathy L3-S1, lumbar stenosis and obesity. Diagnostic medial branch blocks in 2016 gave "
        "85% relief for six hours. He takes Norco 10/325 twice daily, tizanidine 4 mg at night and omeprazole.",
        "The 09/14/2016 note requests a right L4-5 and L5-S1 radiofrequency ablation, continued tizanidine and "
        "omeprazole and a follow-up visit. The pain physician states he has no NSAID use because of renal "
        "insufficiency. UR on 10/05/2016 non-certified the ablation and omeprazole."],
       [("Right L4-5, L5-S1 radiofrequency ablation", "Overturned",
         OUTSIDE_CA + odg("Low Back - Lumbar & Thoracic (Acute & Chronic)", "Facet joint radiofrequency neurotomy"),
         "no", "RFA on ODG neurotomy",
         cp16("Epidural steroid injections (ESIs)"), "yes", "facet neurotomy decided on the ESI section",
         "Neurotomy is supported after a positive diagnostic block with at least 70% relief. Medically necessary."),
        ("Tizanidine 4mg #30", "Overturned",
         cp16("Muscle relaxants (for pain)"), "no", "muscle relaxant",
         cp16("Antiepilepsy drugs (AEDs)"), "yes", "tizanidine decided on the AED section",
         "Tizanidine at night has improved sleep and spasm; low dose is appropriate. Medically necessary."),
        ("Omeprazole 20mg #30", "Upheld",
         cp16("NSAIDs, GI symptoms & cardiovascular risk"), "no", "PPI",
         cp16("Opioids, criteria for use"), "yes", "PPI decided on opioid criteria",
         "He takes no NSAID and has no GI history; a PPI is not indicated. Not medically necessary."),
        ("Follow up visit with pain management", "Overturned",
         cp16("Office visits"), "no", "visit",
         cp16("Office visits"), "no", "same",
         "Follow-up is needed after a procedure and for opioid monitoring. Medically necessary.")])

letter("B3B-04", "2016", ("CM17-0310404", "09/11/2017", "11/30/2014", "10/16/2017", "08/29/2017", "09/05/2017"),
       ("California", "Orthopedic Surgery, Sports Medicine"),
       ["This 31 year old female police officer injured her left knee and left ankle chasing a suspect on "
        "11/30/2014. She had a left knee partial lateral meniscectomy in 2015 and has chronic lateral ankle "
        "instability. She also has neck pain from a separate patrol car collision.",
        "At the 08/03/2017 visit she reported the knee giving way on stairs and recurrent ankle sprains. The surgeon "
        "requested a left knee diagnostic arthroscopy, an MRI of the left ankle, an ankle stabilizing brace and 12 "
        "therapy visits after the arthroscopy. UR on 08/29/2017 non-certified the arthroscopy and MRI."],
       [("Left knee diagnostic arthroscopy", "Upheld",
         ca_odg("Knee & Leg", "Diagnostic arthroscopy"), "no", "ODG diagnostic arthroscopy",
         ch("Low Back Complaints", "2004", "Surgical Considerations"), "yes", "knee surgery decided on the low back chapter",
         "Diagnostic arthroscopy requires failed conservative care and imaging that is inconclusive; no recent "
         "MRI was done. Not medically necessary."),
        ("MRI left ankle", "Overturned",
         ch("Ankle and Foot Complaints", "2004", "Special Studies"), "no", "ankle MRI",
         mx_odg("Knee & Leg (Acute & Chronic)", "MRIs (magnetic resonance imaging)"), "yes",
         "ankle MRI decided on ODG's knee chapter",
         "MRI is indicated for chronic ankle instability before reconstruction. Medically necessary."),
        ("Ankle stabilizing brace", "Overturned",
         ch("Ankle and Foot Complaints", "2004", "Initial Care"), "no", "ankle brace on ankle initial care",
         ch("Ankle and Foot Complaints", "2004", "Initial Care"), "no", "same",
         "A functional brace is recommended for recurrent sprains. Medically necessary."),
        ("Associated surgical service: post-operative physical therapy x12 left knee", "Upheld",
         ch("Postsurgical Treatment", "2009", "Knee"), "no", "post-op knee PT",
         ch("Postsurgical Treatment", "2009", "Knee"), "no", "same",
         "As the arthroscopy is not certified, the associated therapy is not medically necessary.")])

letter("B3B-05", "2014", None, ("California", "Chiropractor"),
       ["The patient is a 45 year old male warehouse worker with low back pain after lifting boxes on 08/21/2013. "
        "He has lumbar sprain and lumbar disc bulge at L4-5 without radiculopathy. He received 6 physical therapy "
        "visits and 6 chiropractic visits with 30% improvement and takes ibuprofen.",
        "The chiropractor's 02/20/2014 report documents pain 5/10, improved flexion and a request for 6 more "
        "chiropractic visits, an H-wave unit, a lumbar MRI and a hot/cold pack. UR on 03/05/2014 certified 4 "
        "chiropractic visits and non-certified the rest."],
       [("Chiropractic manipulation lumbar spine x6", "Overturned",
         cp14("Manual therapy & manipulation", "58-59"), "no", "chiro on manipulation",
         "Decision based on MTUS Acupuncture Medical Treatment Guidelines.", "yes",
         "manipulation decided on the acupuncture guideline",
         "With documented improvement after a trial, further visits up to 18 are supported. Medically necessary."),
        ("H-wave unit 30 day trial", "Upheld",
         cp14("H-wave stimulation (HWT)", "117-118"), "no", "H-wave",
         cp14("TENS, chronic pain (transcutaneous electrical nerve stimulation)", "114-116"), "unsure",
         "H-wave on TENS: both electrical stimulation; the TENS section does not address H-wave itself",
         "An H-wave trial requires failure of a TENS trial and of conservative care. No TENS trial is documented. "
         "Not medically necessary."),
        ("MRI lumbar spine", "Upheld",
         ac14("Low Back Complaints", "Special Studies", "303-305"), "no", "lumbar MRI",
         ac14("Low Back Complaints", "Special Studies", "303-305"), "no", "same",
         "No red flags or neurologic deficit. Not medically necessary."),
        ("Hot/cold pack", "Upheld",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back, Hot/cold applications.",
         "no", "hot/cold", ac14("Low Back Complaints", "Physical Methods", "298-300"), "no",
         "heat/cold in low back physical methods",
         "At-home local applications of heat or cold are as effective as those performed by therapists and need "
         "no special device. Not medically necessary.")])

letter("B3B-06", "2016", ("CM17-0310606", "03/13/2017", "04/04/2012", "04/17/2017", "03/01/2017", "03/07/2017"),
       ("California, Nevada", "Psychology"),
       ["This 52 year old female claims examiner developed anxiety, depression and insomnia after a workplace "
        "harassment claim accepted with a date of 04/04/2012, together with neck and upper back pain from "
        "prolonged computer work. She has had 16 psychotherapy sessions, takes escitalopram 10 mg and "
        "eszopiclone 2 mg, and uses a heating pad.",
        "The psychologist's 02/10/2017 report shows Beck Anxiety Inventory 24 and asks for 6 more psychotherapy "
        "sessions and biofeedback x6; the psychiatrist asks for eszopiclone and a sleep study. The UR of 03/01/2017 "
        "non-certified biofeedback, eszopiclone and the sleep study."],
       [("Psychotherapy x6 sessions", "Overturned",
         cp16("Psychological treatment"), "no", "psychotherapy",
         cp16("Psychological evaluations"), "unsure", "treatment decided on the evaluation section",
         "Continued sessions are supported when improvement is objective; her scores have improved by a third. "
         "Medically necessary."),
        ("Biofeedback x6 sessions", "Upheld",
         cp16("Biofeedback"), "no", "biofeedback",
         cp16("Biofeedback"), "no", "same",
         "Biofeedback is not recommended as a stand-alone treatment. Not medically necessary."),
        ("Eszopiclone 2mg #30", "Upheld",
         cp16("Insomnia treatment"), "no", "hypnotic",
         mx_odg("Pain (Chronic)", "Insomnia treatment"), "no", "ODG insomnia",
         "Eszopiclone is for short-term use; it has been used nightly for a year. Not medically necessary."),
        ("Polysomnography (sleep study)", "Upheld",
         ca_odg("Pain (Chronic)", "Polysomnography"), "no", "ODG topic may be missing: unverified",
         cp16("Insomnia treatment"), "unsure", "diagnostic sleep study on the insomnia treatment section",
         "A sleep study is recommended after six months of insomnia unresponsive to behavioral and medical "
         "treatment when a primary sleep disorder is suspected. None is suspected. Not medically necessary.")])

letter("B3B-07", "2016", ("CM16-0310707", "11/28/2016", "07/15/2014", "01/03/2017", "11/16/2016", "11/22/2016"),
       ("California", "Neurological Surgery"),
       ["The injured worker is a 57 year old male electrician with neck pain and bilateral arm numbness since a "
        "fall through a ceiling on 07/15/2014. MRI shows C5-6 and C6-7 disc osteophyte complexes with foraminal "
        "stenosis. EMG in 2015 showed chronic right C6 radiculopathy. He had two cervical epidural injections with "
        "temporary benefit and takes gabapentin and Norco.",
        "On 10/20/2016 the neurosurgeon recommended a C5-7 anterior cervical discectomy and fusion with a 2 day "
        "inpatient stay, a post-operative cervical collar, and pre-operative medical clearance. He also reported "
        "low back pain and requested EMG/NCS of the lower extremities. UR on 11/16/2016 certified the fusion and "
        "non-certified the collar and the lower extremity EMG."],
       [("C5-7 anterior cervical discectomy and fusion", "Overturned",
         ch("Neck and Upper Back Complaints", "2004", "Surgical Considerations"), "no", "neck surgery",
         mx_odg("Neck and Upper Back (Acute & Chronic)", "Discectomy-laminectomy-laminoplasty"), "no", "ODG",
         "Surgery is indicated for persistent radiculopathy with concordant imaging and electrodiagnostic findings "
         "after failed conservative care. Medically necessary."),
        ("Associated surgical service: post-op cervical collar", "Overturned",
         ca_odg("Neck and Upper Back", "Cervical collar, post operative (fusion)"), "no",
         "ODG topic may be missing: unverified",
         ch("Neck and Upper Back Complaints", "2004", "Surgical Considerations"), "no", "post-op item on neck surgical",
         "A collar after a two-level fusion is commonly used and the fusion is certified. Medically necessary."),
        ("EMG/NCS bilateral lower extremities", "Upheld",
         ch("Low Back Complaints", "2004", "Special Studies"), "no", "LE EDX on low back",
         ch("Neck and Upper Back Complaints", "2004", "Special Studies"), "yes",
         "lower-extremity EDX decided on the neck chapter",
         "No radicular symptoms or findings in the legs are documented. Not medically necessary."),
        ("Inpatient stay x2 days", "Overturned",
         ca_odg("Neck and Upper Back", "Hospital length of stay (LOS)"), "no", "ODG LOS, unverified",
         mx_odg("Neck and Upper Back (Acute & Chronic)", "Hospital length of stay (LOS)"), "no", "same",
         "The ODG target for anterior cervical fusion is one day, with two days reasonable for two levels. "
         "Medically necessary.")], ff=1)

letter("B3B-08", "2016", ("CM18-0310808", "03/05/2018", "09/09/2016", "04/09/2018", "02/21/2018", "02/27/2018"),
       ("California", "Occupational Medicine"),
       ["The injured worker is a 39 year old male welder with neck pain, right shoulder pain and right hand "
        "numbness after a fall from a platform on 09/09/2016. Cervical MRI shows a C5-6 protrusion; the right "
        "shoulder has tendinosis. He has had 12 therapy visits and takes naproxen and Norco 5/325 sparingly.",
        "On 02/01/2018 the examination showed decreased sensation in the right thumb and positive Spurling's test. "
        "Requests: 6 therapy visits for the neck, an EMG/NCS of the right upper extremity, a right shoulder "
        "injection and Norco. UR on 02/21/2018 non-certified all except therapy."],
       [("Physical therapy x6 cervical spine", "Overturned",
         acoem("Cervical and Thoracic Spine Disorders"), "no", "neck PT on neck summary",
         acoem("Cervical and Thoracic Spine Disorders"), "no", "same",
         "A short course focused on exercise is supported for radicular neck pain. Medically necessary."),
        ("EMG/NCS right upper extremity", "Overturned",
         acoem("Cervical and Thoracic Spine Disorders"), "no", "EDX for radiculopathy on neck summary",
         acoem("Hand, Wrist, and Forearm Disorders"), "unsure",
         "numbness of the hand: hand guideline discusses nerve studies for CTS; arguable",
         "Electrodiagnostic testing helps distinguish radiculopathy from carpal tunnel syndrome. Medically "
         "necessary."),
        ("Right shoulder subacromial injection", "Upheld",
         acoem("Shoulder Disorders"), "no", "shoulder",
         acoem("Cervical and Thoracic Spine Disorders"), "yes", "shoulder injection decided on the neck guideline",
         "The shoulder is not the main pain generator and no impingement signs are documented. Not medically "
         "necessary."),
        ("Norco 5/325mg #30", "Upheld",
         acoem("Opioids"), "no", "opioid on opioids guideline",
         op16("3.3.9 Opioids for Chronic Pain and Chronic Opioid Treatment: Maintenance of Chronic Opioid Treatment"),
         "no", "opioid guideline",
         "There is no documented functional benefit from intermittent use. Not medically necessary.")])

letter("B3B-09", "2014", None, ("California, Oregon", "Internal Medicine"),
       ["The patient is a 62 year old female sewing machine operator with bilateral hand pain and numbness since "
        "2011 and chronic low back pain. She has bilateral carpal tunnel syndrome, right thumb CMC osteoarthritis "
        "and lumbar degenerative disc disease. She uses night splints and Lidoderm patches and takes Tylenol #3.",
        "The 05/06/2014 note documents thenar atrophy on the right and a positive grind test at the right thumb "
        "base. Requests: EMG/NCS of the bilateral upper extremities, a right thumb CMC injection, Tylenol #3 and "
        "Lidoderm patches. UR of 05/20/2014 certified the EMG and non-certified the others."],
       [("EMG/NCS bilateral upper extremities", "Overturned",
         ac14("Forearm, Wrist, and Hand Complaints", "Special Studies", "261"), "no", "EDX for CTS",
         ac14("Low Back Complaints", "Special Studies", "303"), "yes", "upper-limb EDX decided on the low back chapter",
         "Electrodiagnostic studies are recommended to confirm carpal tunnel syndrome before surgery is "
         "considered. Medically necessary."),
        ("Right thumb CMC joint injection", "Overturned",
         ac14("Forearm, Wrist, and Hand Complaints", "Initial Care", "265"), "no", "hand initial care (injections)",
         ac14("Forearm, Wrist, and Hand Complaints", "Table 11-7", "271-273"), "no", "hand summary table",
         "A steroid injection into the thumb basal joint is an option for symptomatic osteoarthritis. Medically "
         "necessary."),
        ("Tylenol #3 #60", "Upheld",
         cp14("Codeine", "35"), "no", "codeine",
         cp14("Opioids", "74-96"), "no", "opioid",
         "No functional benefit from codeine is documented. Not medically necessary."),
        ("Lidoderm 5% patch #30", "Upheld",
         cp14("Lidoderm (lidocaine patch)", "56-57"), "no", "Lidoderm",
         cp14("Capsaicin, topical", "28-29"), "yes", "lidocaine patch decided on the capsaicin section",
         "Lidoderm is not recommended for osteoarthritis or carpal tunnel syndrome. Not medically necessary.")])

letter("B3B-10", "2016", ("CM16-0311010", "12/12/2016", "03/03/2010", "01/17/2017", "11/30/2016", "12/06/2016"),
       ("California", "Family Practice"),
       ["This 67 year old male former foreman has chronic pain of the low back, both knees and left shoulder from a "
        "2010 injury. He had a right total knee arthroplasty in 2014 and a left shoulder rotator cuff repair in "
        "2013. Medications: Nucynta ER 100 mg twice daily, Norco 10/325 for breakthrough, Ambien, Colace, senna "
        "and Voltaren gel. A prior IMR in 05/2016 upheld denial of a lumbar brace.",
        "The 11/08/2016 note documents a morphine equivalent dose near 100 mg, constipation and daytime sleepiness. "
        "The physician requests a urine drug test, Nucynta ER, Norco, Ambien, and a power scooter. UR on "
        "11/30/2016 modified Norco, certified the drug test and non-certified Ambien and the scooter."],
       [("Nucynta ER 100mg #60", "Upheld",
         cp16("Opioids, criteria for use"), "no", "tapentadol on opioids",
         op16("3.3.8 Opioids for Chronic Pain and Chronic Opioid Treatment: Opioid Titration and Dosing Threshold"),
         "no", "opioid dosing",
         "At near 100 mg morphine equivalents, with sedation and no functional gains, tapering is advised. Not "
         "medically necessary."),
        ("Norco 10/325mg #120", "Upheld",
         cp16("Opioids, criteria for use"), "no", "opioid",
         cp16("Benzodiazepines"), "yes", "hydrocodone decided on the benzodiazepine section",
         "Two opioids at this dose are not supported. Not medically necessary."),
        ("Urine drug test", "Overturned",
         cp16("Drug testing"), "no", "UDT",
         cp16("Opioids, criteria for use"), "no", "UDT part of opioid monitoring",
         "Drug testing is part of monitoring chronic opioid therapy. Medically necessary."),
        ("Ambien 10mg #30", "Upheld",
         mx_odg("Pain (Chronic)", "Zolpidem (Ambien)").replace(OUTSIDE_MX, OUTSIDE_CA), "no", "zolpidem",
         cp16("Insomnia treatment"), "no", "insomnia",
         "Zolpidem with opioids increases sedation risk and long-term use is not supported. Not medically "
         "necessary."),
        ("Power scooter", "Upheld",
         cp16("Power mobility devices (PMDs)"), "no", "PMD section (catalogue may lack: unverified)",
         mx_odg("Knee & Leg (Acute & Chronic)", "Power mobility devices (PMDs)"), "no", "ODG PMD, unverified",
         "Power mobility is not recommended when the patient can use a cane or walker; he walks with a cane. Not "
         "medically necessary.")], ff=2)

letter("B3B-11", "2016", ("CM17-0311111", "05/22/2017", "12/20/2015", "06/26/2017", "05/10/2017", "05/16/2017"),
       ("California", "Orthopedic Surgery"),
       ["The injured worker is a 44 year old female grocery stocker who injured her right shoulder reaching "
        "overhead on 12/20/2015. She underwent arthroscopic rotator cuff repair on 02/08/2017. She also has "
        "chronic neck strain. Post-operatively she has had 16 therapy visits.",
        "On 04/20/2017 she had flexion to 120 degrees and painful abduction. The surgeon requested 12 more post-"
        "operative therapy visits, a home continuous passive motion unit, Percocet and a cervical traction unit "
        "for the neck. UR on 05/10/2017 modified therapy to 8 and non-certified the others."],
       [("Post-operative physical therapy x12 right shoulder", "Overturned",
         ch("Postsurgical Treatment", "2009", "Shoulder"), "no", "post-op shoulder PT",
         ch("Postsurgical Treatment", "2009", "Knee"), "yes", "shoulder post-op therapy decided on the knee section",
         "After rotator cuff repair, 24 visits over 14 weeks are allowed; 16 are done with progress. Medically "
         "necessary."),
        ("Shoulder CPM unit rental", "Upheld",
         ca_odg("Shoulder", "Continuous passive motion (CPM)"), "no", "ODG shoulder CPM, unverified",
         mx_odg("Shoulder (Acute & Chronic)", "Continuous passive motion (CPM)"), "no", "same",
         "ODG does not recommend CPM after rotator cuff repair. Not medically necessary."),
        ("Percocet 10/325mg #60", "Upheld",
         op16("1.4 Opioids for Acute Pain: Opioids for Post-operative Pain"), "no", "post-op opioid",
         cp16("Opioids, criteria for use"), "no", "opioid",
         "Ten weeks after surgery, continued opioid use requires documented functional benefit. Not medically "
         "necessary."),
        ("Cervical traction unit", "Upheld",
         ca_odg("Neck and Upper Back", "Traction"), "no", "traction",
         ch("Neck and Upper Back Complaints", "2004", "Physical Methods"), "no", "neck physical methods",
         "Home traction is recommended only for radicular symptoms with a home exercise program. Not medically "
         "necessary.")])

letter("B3B-12", "2014", None, ("California", "Podiatry"),
       ["The patient is a 50 year old male warehouse picker with right heel pain since 01/2013 from walking on "
        "concrete. Diagnoses: plantar fasciitis and right Achilles tendinopathy. He had stretching, a night splint, "
        "NSAIDs and two heel injections. He is overweight.",
        "The 04/02/2014 report documents tenderness at the plantar fascia origin and the Achilles insertion. The "
        "podiatrist requested a plantar fascia release, a CAM walker boot after surgery and an x-ray of the right "
        "foot. UR on 04/15/2014 non-certified all three."],
       [("Right plantar fascia release", "Upheld",
         ac14("Ankle and Foot Complaints", "Surgical Considerations", "374-375"), "no", "foot surgery",
         ac14("Ankle and Foot Complaints", "Surgical Considerations", "374-375"), "no", "same",
         "Surgery is considered only after 6-12 months of conservative care including orthotics, which are not "
         "documented. Not medically necessary."),
        ("Associated surgical service: CAM walker boot", "Upheld",
         ac14("Ankle and Foot Complaints", "Surgical Considerations", "374-375"), "no", "post-op item",
         ac14("Ankle and Foot Complaints", "Initial Care", "369-371"), "no", "ankle initial care (immobilization)",
         "The surgery is not certified; the associated boot is not medically necessary."),
        ("X-ray right foot", "Overturned",
         ac14("Ankle and Foot Complaints", "Special Studies", "372"), "no", "foot x-ray",
         ac14("Ankle and Foot Complaints", "Special Studies", "372"), "no", "same",
         "Radiographs are reasonable for heel pain persisting beyond a month to exclude a calcaneal spur or stress "
         "fracture. Medically necessary.")])

letter("B3B-13", "2016", ("CM17-0311313", "08/07/2017", "05/05/2011", "09/11/2017", "07/26/2017", "08/01/2017"),
       ("California, Washington", "Pain Medicine"),
       ["This 58 year old female nurse with chronic low back and bilateral leg pain after a 2011 patient lift has "
        "failed back surgery syndrome after an L4-5 laminectomy, and depression. A spinal cord stimulator was "
        "implanted in 2016 with 50% relief. Medications: Lyrica, Cymbalta, Butrans, and a compounded cream of "
        "ketoprofen, gabapentin and cyclobenzaprine.",
        "On 07/05/2017 the pain physician requested stimulator reprogramming, the compounded cream, Butrans and a "
        "functional restoration program of 160 hours. UR on 07/26/2017 non-certified the cream and the program."],
       [("Spinal cord stimulator reprogramming", "Overturned",
         cp16("Spinal cord stimulators (SCS)"), "no", "SCS",
         cp16("Spinal cord stimulators (SCS)"), "no", "same",
         "Reprogramming is part of stimulator maintenance; relief has waned since the last program. Medically "
         "necessary."),
        ("Compound cream: ketoprofen/gabapentin/cyclobenzaprine 240gm", "Upheld",
         cp16("Compound drugs", "Topical analgesics"), "no", "compound",
         cp16("Topical analgesics"), "no", "topical",
         "None of the three ingredients is recommended topically. Not medically necessary."),
        ("Butrans 15mcg/hr #4", "Overturned",
         cp16("Buprenorphine"), "no", "buprenorphine",
         cp16("Buprenorphine"), "no", "same",
         "Buprenorphine has allowed her to stop oral opioids with improved activity. Medically necessary."),
        ("Functional restoration program x160 hours", "Upheld",
         cp16("Functional restoration programs (FRPs)"), "no", "FRP",
         cp16("Chronic pain programs (functional restoration programs)"), "no", "FRP",
         "A program is supported for two weeks initially with demonstrated efficacy; 160 hours exceeds that. Not "
         "medically necessary.")])

letter("B3B-14", "2016", ("CM16-0311414", "09/06/2016", "02/10/2016", "10/11/2016", "08/24/2016", "08/30/2016"),
       ("California", "Physical Medicine & Rehabilitation"),
       ["The injured worker is a 26 year old male restaurant cook who slipped and fell on 02/10/2016, injuring his "
        "low back and tailbone. X-rays were negative. He has lumbar strain and coccydynia. He had 8 therapy visits "
        "and takes ibuprofen and cyclobenzaprine.",
        "On 08/02/2016 he reported improvement to 3/10 but pain with prolonged sitting. Requests: 8 more therapy "
        "visits, a coccyx cushion, cyclobenzaprine, an MRI of the thoracic spine and an MRI of the cervical spine "
        "for new neck stiffness. UR on 08/24/2016 non-certified all five."],
       [("Physical therapy x8 lumbar spine", "Upheld",
         cp16("Physical medicine treatment"), "no", "PT",
         ch("Low Back Complaints", "2004", "Physical Methods"), "no", "low back physical methods",
         "He is improving and can transition to a home program. Not medically necessary."),
        ("Coccyx cushion", "Upheld",
         ca_odg("Low Back", "Durable medical equipment (DME)"), "no", "ODG DME (low back topic may be missing)",
         mx_odg("Knee & Leg (Acute & Chronic)", "Durable medical equipment (DME)"), "no", "ODG DME definition",
         "A cushion is a convenience item usable without medical need. Not medically necessary."),
        ("Cyclobenzaprine 10mg #30", "Upheld",
         cp16("Cyclobenzaprine (Flexeril)"), "no", "cyclobenzaprine",
         cp16("Muscle relaxants (for pain)"), "no", "muscle relaxants",
         "Six months of use exceeds the short course recommended. Not medically necessary."),
        ("MRI thoracic spine", "Upheld",
         ch("Low Back Complaints", "2004", "Special Studies"), "unsure",
         "thoracic MRI on the low back chapter: ACOEM's thoracic spine is in the neck and upper back chapter; ODG puts it "
         "with the low back",
         ch("Neck and Upper Back Complaints", "2004", "Special Studies"), "no", "thoracic on upper back",
         "No thoracic symptoms or red flags are documented. Not medically necessary."),
        ("MRI cervical spine", "Upheld",
         ch("Neck and Upper Back Complaints", "2004", "Special Studies"), "no", "cervical MRI",
         ch("Low Back Complaints", "2004", "Special Studies"), "yes", "cervical MRI decided on the low back chapter",
         "Neck stiffness without neurologic findings does not warrant imaging. Not medically necessary.")])

letter("B3B-15", "2014", None, ("California", "Orthopedic Surgery"),
       ["The patient is a 55 year old female school bus driver with right knee pain after stepping off the bus on "
        "10/14/2012. She has medial compartment osteoarthritis and a degenerative meniscal tear. She had therapy, "
        "three cortisone injections and Orthovisc injections in 2013 with three months of benefit.",
        "The 01/14/2014 note documents bone-on-bone medial narrowing and varus alignment. The surgeon recommended a "
        "right total knee arthroplasty with a 3 day inpatient stay, a post-operative cold therapy unit, and a "
        "home health nurse visit. UR on 02/03/2014 certified the arthroplasty and non-certified the others."],
       [("Inpatient stay x3 days", "Overturned",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg, Hospital length of "
         "stay (LOS).", "no", "ODG LOS, unverified",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg, Hospital length of "
         "stay (LOS).", "no", "same",
         "The ODG median stay after knee replacement is three days. Medically necessary."),
        ("Post-operative cold therapy unit", "Overturned",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg, Continuous-flow "
         "cryotherapy.", "no", "cryotherapy",
         ac14("Knee Complaints", "Initial Care", "337-339"), "no", "knee initial care (cold)",
         "Seven days of continuous-flow cryotherapy after knee replacement are supported. Medically necessary."),
        ("Home health nurse visit x1", "Overturned",
         cp14("Home health services", "51"), "no", "home health",
         cp14("Home health services", "51"), "no", "same",
         "A post-discharge nursing visit for wound and medication checks is medical care for a homebound patient. "
         "Medically necessary.")])

letter("B3B-16", "2016", ("CM17-0311616", "10/02/2017", "06/06/2016", "11/06/2017", "09/20/2017", "09/26/2017"),
       ("California", "Internal Medicine"),
       ["The injured worker is a 41 year old male mechanic with a crush injury of the left foot on 06/06/2016, "
        "fractures of the second and third metatarsals treated with casting, and subsequent complex regional pain "
        "syndrome of the left lower limb diagnosed by a pain specialist using the Budapest criteria.",
        "He takes gabapentin 600 mg three times daily and amitriptyline 25 mg at night. The 08/30/2017 note requests "
        "a lumbar sympathetic block, a bone scan, continued gabapentin and amitriptyline, and desensitization "
        "therapy. UR on 09/20/2017 non-certified the bone scan and the block."],
       [("Left lumbar sympathetic block", "Overturned",
         cp16("Lumbar sympathetic block"), "no", "block",
         cp16("CRPS, sympathetic and epidural blocks"), "no", "CRPS blocks",
         "Sympathetic blocks are recommended for CRPS to facilitate therapy. Medically necessary."),
        ("Three-phase bone scan", "Upheld",
         cp16("CRPS, diagnostic tests"), "no", "CRPS diagnostic",
         cp16("Complex regional pain syndrome (CRPS)"), "no", "CRPS",
         "The diagnosis is established clinically; a bone scan would not change treatment. Not medically "
         "necessary."),
        ("Amitriptyline 25mg #30", "Overturned",
         cp16("Antidepressants for chronic pain"), "no", "TCA",
         cp16("Tricyclics"), "no", "TCA",
         "Tricyclics are first-line for neuropathic pain. Medically necessary."),
        ("Gabapentin 600mg #90", "Overturned",
         cp16("Antiepilepsy drugs (AEDs)"), "no", "gabapentin",
         cp16("Gabapentin (Neurontin)"), "no", "same",
         "Gabapentin is recommended for CRPS and neuropathic pain. Medically necessary."),
        ("Desensitization therapy x8", "Overturned",
         cp16("Physical medicine treatment"), "no", "PT",
         cp16("Complex regional pain syndrome (CRPS)"), "no", "CRPS rehab",
         "Physical rehabilitation is the cornerstone of CRPS treatment. Medically necessary.")], ff=2)

letter("B3B-17", "2016", ("CM16-0311717", "11/14/2016", "01/27/2013", "12/19/2016", "11/02/2016", "11/08/2016"),
       ("California", "Physical Medicine & Rehabilitation"),
       ["This 47 year old female packer has chronic neck and right upper extremity pain since 01/27/2013 with "
        "cervical radiculopathy at C6 and right shoulder bursitis. She has had acupuncture x12, therapy and a "
        "cervical epidural injection. She takes naproxen, Protonix and Flexeril.",
        "On 10/05/2016 she requested more acupuncture, a TENS unit, Protonix, and a cervical epidural injection; "
        "she reported 50% relief for 8 weeks from the prior injection. UR on 11/02/2016 non-certified all but "
        "Protonix."],
       [("Acupuncture x6", "Upheld",
         "Decision based on MTUS Acupuncture Treatment 2007.", "no", "acupuncture",
         cp16("Acupuncture"), "no", "acupuncture",
         "Twelve sessions produced no documented functional improvement. Not medically necessary."),
        ("TENS unit purchase", "Upheld",
         cp16("TENS, chronic pain (transcutaneous electrical nerve stimulation)"), "no", "TENS",
         cp16("Interferential Current Stimulation (ICS)"), "unsure", "TENS on interferential: both stimulation",
         "No one-month home trial with documented benefit is recorded. Not medically necessary."),
        ("Protonix 20mg #60", "Overturned",
         cp16("NSAIDs, GI symptoms & cardiovascular risk"), "no", "PPI",
         cp16("Proton Pump Inhibitors (PPIs)"), "no", "PPI",
         "She takes naproxen with a history of gastritis. Medically necessary."),
        ("Cervical epidural steroid injection C5-6", "Overturned",
         cp16("Epidural steroid injections (ESIs)"), "no", "ESI",
         cp16("Epidural steroid injections (ESIs)"), "no", "same",
         "A repeat block is supported with 50% relief for six to eight weeks. Medically necessary.")])

letter("B3B-18", "2014", None, ("California", "Orthopedic Surgery"),
       ["The patient is a 53 year old male longshoreman with low back pain radiating to the left leg after a "
        "lifting injury on 03/03/2013. MRI shows a left L5-S1 extruded disc compressing the S1 root. He failed "
        "therapy and two epidural injections. He takes Norco and Neurontin.",
        "On 01/28/2014 he had an absent left ankle reflex and weakness of plantar flexion. The surgeon requested a "
        "left L5-S1 microdiscectomy, pre-operative labs, a post-operative lumbar brace and post-operative therapy "
        "x12. UR on 02/11/2014 certified surgery and labs and non-certified the brace and therapy."],
       [("Left L5-S1 microdiscectomy", "Overturned",
         ac14("Low Back Complaints", "Surgical Considerations", "305-307"), "no", "lumbar surgery",
         ac14("Low Back Complaints", "Surgical Considerations", "305-307"), "no", "same",
         "Discectomy is indicated for severe sciatica with concordant imaging and failed conservative care. "
         "Medically necessary."),
        ("Post-operative lumbar brace", "Upheld",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back, Back brace, "
         "post operative (fusion).", "no", "ODG topic, unverified",
         ac14("Low Back Complaints", "Physical Methods", "301"), "no", "lumbar supports",
         "A brace is not recommended after a discectomy. Not medically necessary."),
        ("Post-operative physical therapy x12 lumbar", "Overturned",
         "Decision based on MTUS Postsurgical Treatment Guidelines Page(s): 26.", "no", "post-op low back",
         "Decision based on MTUS Postsurgical Treatment Guidelines Page(s): 26.", "no", "same",
         "Sixteen visits over eight weeks are allowed after discectomy; twelve are within that. Medically "
         "necessary."),
        ("Neurontin 600mg #90", "Overturned",
         cp14("Antiepilepsy drugs (AEDs)", "16-22"), "no", "gabapentin",
         cp14("Gabapentin (Neurontin)", "49"), "no", "same",
         "Gabapentin is first-line for radicular pain. Medically necessary.")])

letter("B3B-19", "2016", ("CM18-0311919", "01/15/2018", "03/28/2017", "02/20/2018", "01/03/2018", "01/09/2018"),
       ("California", "Orthopedic Surgery"),
       ["The injured worker is a 34 year old female packaging operator who cut her left wrist on 03/28/2017 and "
        "had a flexor tendon repair of the ring finger. She also has left elbow medial epicondylitis from the same "
        "job. She has had 20 hand therapy visits.",
        "On 12/05/2017 she had flexion contracture of the ring finger and elbow pain with resisted wrist flexion. "
        "Requests: 8 more hand therapy visits, a dynamic extension splint, an elbow steroid injection, and a left "
        "wrist MRI. UR on 01/03/2018 non-certified all four."],
       [("Hand therapy x8", "Overturned",
         acoem("Hand, Wrist, and Forearm Disorders"), "no", "hand therapy on hand summary",
         ch("Postsurgical Treatment", "2009", "Forearm, Wrist, & Hand"), "no", "post-op hand",
         "After flexor tendon repair, up to 30 visits are allowed; a contracture is developing. Medically "
         "necessary."),
        ("Dynamic extension splint", "Overturned",
         acoem("Hand, Wrist, and Forearm Disorders"), "no", "splint",
         acoem("Hand, Wrist, and Forearm Disorders"), "no", "same",
         "Dynamic splinting is used for flexion contractures after tendon repair. Medically necessary."),
        ("Left medial epicondyle steroid injection", "Upheld",
         acoem("Elbow Disorders"), "no", "elbow",
         acoem("Hand, Wrist, and Forearm Disorders"), "yes", "elbow injection decided on the hand guideline",
         "Injection is reserved for symptoms persisting after a course of therapy for the elbow, which has not been "
         "tried. Not medically necessary."),
        ("MRI left wrist", "Upheld",
         acoem("Hand, Wrist, and Forearm Disorders"), "no", "wrist MRI",
         acoem("Hand, Wrist, and Forearm Disorders"), "no", "same",
         "The problem is clinically clear and imaging would not change care. Not medically necessary.")])

letter("B3B-20", "2016", ("CM17-0312020", "04/24/2017", "10/30/2012", "05/29/2017", "04/12/2017", "04/18/2017"),
       ("California", "Pain Medicine"),
       ["This 50 year old male truck loader has chronic low back pain with bilateral radiculopathy after a 2012 "
        "injury, status post L4-S1 fusion in 2014 with hardware. He is on methadone 10 mg three times daily, "
        "oxycodone for breakthrough pain, Xanax and Soma from another prescriber; CURES shows three prescribers.",
        "On 03/15/2017 the pain physician documented aberrant behavior and an unexpected urine result positive for "
        "cocaine, and recommended detoxification, a taper of methadone, a random urine drug test and cessation of "
        "Xanax and Soma. UR on 04/12/2017 certified the taper and non-certified the detoxification program."],
       [("Outpatient detoxification program", "Overturned",
         cp16("Detoxification"), "no", "detox",
         op16("4. Tapering Opioids"), "no", "tapering",
         "Detoxification is recommended with aberrant behavior and failed self-directed taper. Medically "
         "necessary."),
        ("Methadone 10mg #60 for taper", "Overturned",
         cp16("Methadone"), "no", "methadone",
         cp16("Weaning of medications"), "no", "weaning",
         "A supervised taper is appropriate. Medically necessary."),
        ("Random urine drug test", "Overturned",
         cp16("Drug testing"), "no", "UDT",
         op16("3.3.7 Opioids for Chronic Pain and Chronic Opioid Treatment: Use of Urine Drug Testing (UDT)"), "no",
         "UDT",
         "Frequent testing is recommended for high-risk patients. Medically necessary."),
        ("Xanax 1mg #60", "Upheld",
         cp16("Benzodiazepines"), "no", "benzo",
         cp16("Tramadol (Ultram)"), "yes", "alprazolam decided on the tramadol section",
         "Benzodiazepines with opioids raise overdose risk; cessation is advised. Not medically necessary."),
        ("Soma 350mg #90", "Upheld",
         cp16("Carisoprodol (Soma)"), "no", "Soma",
         cp16("Carisoprodol (Soma)"), "no", "same",
         "Carisoprodol is not recommended. Not medically necessary.")])

letter("B3B-21", "2016", ("CM17-0312121", "06/19/2017", "08/01/2014", "07/24/2017", "06/07/2017", "06/13/2017"),
       ("California", "Family Practice"),
       ["The injured worker is a 49 year old female hospital laundry worker with chronic low back pain, right "
        "sciatica and bilateral knee pain from a 2014 slip. An L4-5 disc protrusion is shown on MRI. She has had "
        "therapy, aquatic therapy, two epidural injections and a home exercise program, and uses a cane on bad "
        "days. She works modified duty four hours a day.",
        "Her 05/10/2017 visit lists tramadol 50 mg twice daily, naproxen 500 mg twice daily, omeprazole 20 mg, "
        "gabapentin 300 mg three times daily and a lidocaine patch. She reports pain 6/10 reduced to 3/10 with "
        "medications and can stand for an hour at work. The physician asked for refills, a urine drug screen, six "
        "aquatic therapy visits and a follow-up in four weeks. UR on 06/07/2017 non-certified the lidocaine patch, "
        "aquatic therapy and modified tramadol."],
       [("Tramadol 50mg #60", "Overturned",
         cp16("Tramadol (Ultram)"), "no", "tramadol",
         cp16("Opioids, criteria for use"), "no", "opioid",
         "Functional benefit and work tolerance are documented with a consistent urine screen. Medically necessary."),
        ("Naproxen 500mg #60", "Overturned",
         cp16("NSAIDs (non-steroidal anti-inflammatory drugs)"), "no", "NSAID",
         cp16("Naproxen (Naprosyn, EC-Naprosyn, Anaprox, Anaprox DS [otc], Naprelan)"), "no", "naproxen",
         "NSAIDs are recommended for chronic low back pain exacerbations at the lowest effective dose. Medically "
         "necessary."),
        ("Omeprazole 20mg #30", "Overturned",
         cp16("NSAIDs, GI symptoms & cardiovascular risk"), "no", "PPI",
         cp16("NSAIDs, GI symptoms & cardiovascular risk"), "no", "same",
         "She has dyspepsia on naproxen. Medically necessary."),
        ("Gabapentin 300mg #90", "Overturned",
         cp16("Antiepilepsy drugs (AEDs)"), "no", "gabapentin",
         cp16("Gabapentin (Neurontin)"), "no", "gabapentin",
         "Radicular pain has improved on gabapentin. Medically necessary."),
        ("Lidocaine 5% patch #30", "Upheld",
         cp16("Lidoderm (lidocaine patch)"), "no", "lidocaine patch",
         cp16("Topical analgesics"), "no", "topical",
         "A lidocaine patch is for localized peripheral neuropathic pain; her pain is radicular and diffuse. Not "
         "medically necessary."),
        ("Urine drug screen", "Overturned",
         cp16("Drug testing"), "no", "UDT",
         cp16("Drug testing"), "no", "same",
         "Periodic testing is part of opioid monitoring. Medically necessary."),
        ("Aquatic therapy x6", "Upheld",
         cp16("Aquatic therapy"), "no", "aquatic",
         cp16("Aquatic therapy", "Physical medicine treatment"), "no", "aquatic",
         "She has completed a course of aquatic therapy and walks for an hour. Not medically necessary."),
        ("Follow-up visit in 4 weeks", "Overturned",
         cp16("Office visits"), "no", "visit",
         cp16("Office visits"), "no", "same",
         "Follow-up of opioid therapy is needed. Medically necessary.")], ff=3)

letter("B3B-22", "2014", None, ("California", "Physical Medicine & Rehabilitation"),
       ["The patient is a 40 year old male parcel sorter with neck and left shoulder pain from repetitive lifting "
        "since 2012. He has cervical strain, left shoulder impingement and myofascial pain. He completed 12 therapy "
        "visits and 6 acupuncture visits and takes ibuprofen and Flexeril.",
        "On 06/17/2014 he had left trapezius trigger points and painful arc of the left shoulder. Requests: 6 "
        "acupuncture visits, 6 therapy visits for the shoulder, a left shoulder MRI, Flexeril, and a home exercise "
        "kit. UR on 07/01/2014 certified 3 acupuncture visits and non-certified the rest."],
       [("Acupuncture x6 neck and shoulder", "Overturned",
         "Decision based on MTUS Acupuncture Medical Treatment Guidelines.", "no", "acupuncture",
         "Decision based on MTUS Acupuncture Medical Treatment Guidelines.", "no", "same",
         "The first six visits reduced medication use by half. Medically necessary."),
        ("Physical therapy x6 left shoulder", "Upheld",
         cp14("Physical medicine", "98-99"), "no", "PT",
         ac14("Shoulder Complaints", "Initial Care", "200-203"), "no", "shoulder initial care",
         "He has done twelve visits and should continue at home. Not medically necessary."),
        ("MRI left shoulder", "Upheld",
         ac14("Shoulder Complaints", "Special Studies", "207-209"), "no", "shoulder MRI",
         ac14("Shoulder Complaints", "Special Studies", "207-209"), "no", "same",
         "No red flags or planned surgery. Not medically necessary."),
        ("Flexeril 10mg #60", "Upheld",
         cp14("Cyclobenzaprine (Flexeril)", "41-42"), "no", "cyclobenzaprine",
         cp14("Muscle relaxants (for pain)", "63-66"), "no", "muscle relaxants",
         "Use beyond two to three weeks is not supported. Not medically necessary."),
        ("Home exercise kit", "Upheld",
         cp14("Exercise", "46-47"), "no", "exercise",
         "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder, Home exercise kits.",
         "no", "ODG topic, unverified",
         "Exercise is recommended but needs no special kit. Not medically necessary.")])


if __name__ == "__main__":
    g.main(os.path.join(g.here, "batch-2"))
