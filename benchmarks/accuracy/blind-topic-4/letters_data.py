"""The letters of blind-topic-4, with the labels written before the tool was run on them.

S(text, mm, why, exp, note): one guideline statement. mm = mismatch label for IMR0200 (yes/no/unsure), why = the
reason; exp = the other finding(s) expected on this statement (rule ids, or "none"), note = why.
"""


def S(text, mm="no", why="", exp="none", note=""):
    return {"text": text, "mm": mm, "why": why, "exp": exp, "note": note}


def I(item, decision, ca, mx, rationale):
    return {"item": item, "decision": decision, "ca": ca, "max": mx, "rationale": rationale}


NO_CITE = "The Claims Administrator did not cite any medical evidence for its decision."
OUTSIDE = "The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. "

LETTERS = []

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM18-0021407", form="pdf", doi="06/02/2014", assigned="02/12/2018", decided="03/14/2018",
    ur="01/29/2018", received="02/08/2018", licensure="California", specialty="Orthopaedic Surgery",
    summary=[
        "The injured worker is a 47-year-old male warehouse loader who injured his low back on 06/02/2014 while "
        "lifting a pallet of bottled water. He carries diagnoses of lumbar disc displacement at L4-5 with left "
        "lower extremity radiculitis, chronic pain syndrome and anxiety secondary to chronic pain. Treatment to date "
        "has consisted of two courses of physical therapy in 2014 and 2015, a single interlaminar epidural injection "
        "at L4-5 in 2016 that gave roughly five weeks of partial relief, chiropractic care, home exercise, and "
        "medications. An MRI of the lumbar spine from 09/2014 showed a 4 mm posterior protrusion at L4-5 abutting the "
        "traversing left L5 root and mild facet arthropathy at L5-S1.",
        "At the visit of 01/16/2018 he reported low back pain of 7/10 radiating to the left calf, worse with sitting "
        "beyond thirty minutes, and new intermittent numbness over the dorsum of the left foot over the prior two "
        "months. He stated that hydrocodone/acetaminophen lowers his pain to 4/10 and lets him walk his dog. He was "
        "also taking alprazolam at night for anxiety and sleep. Examination showed lumbar flexion limited to 40 "
        "degrees, a positive straight leg raise on the left at 45 degrees, diminished sensation in the left L5 "
        "dermatome and 4+/5 strength of the left extensor hallucis longus. Reflexes were symmetric. A CURES report "
        "from 12/2017 was consistent; a urine drug screen from 10/2017 was positive for hydrocodone only and "
        "negative for benzodiazepines. No signed opioid agreement was found in the records.",
        "The provider requested continued hydrocodone/acetaminophen, alprazolam, a repeat lumbar MRI and eight "
        "sessions of physical therapy. Utilization review on 01/29/2018 modified the hydrocodone for weaning, "
        "denied the alprazolam, denied the MRI and certified four of the eight therapy sessions.",
    ],
    items=[
        I("Hydrocodone/Acetaminophen 10/325mg #90", "Upheld",
          S("Decision based on MTUS Opioid Treatment 2016, Section(s): 3.3.9 Opioids for Chronic Pain and Chronic "
            "Opioid Treatment: Maintenance of Chronic Opioid Treatment.",
            why="2016 opioid guideline, maintenance section: addresses hydrocodone",
            exp="IMR0109", note="2016 Opioids Treatment Guidelines replaced by ACOEM Opioids (2017) on 12/01/2017"),
          S("Decision based on MTUS Opioids 2017, Section(s): Summary, Recommendations.",
            why="ACOEM Opioids guideline addresses opioid continuation"),
          "Per the ACOEM Opioids Guideline adopted into the MTUS, continued use of an opioid for chronic pain "
          "calls for documented functional gains, a current risk assessment, a signed treatment agreement and "
          "monitoring. The records note pain relief and walking, but give no measured improvement in function at "
          "work or at home, no opioid agreement, and the dose has not changed in two years despite persistent 7/10 "
          "pain. Utilization review already allowed a quantity for weaning. The request is not medically necessary."),
        I("Alprazolam 0.5mg #60", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain (Chronic) "
            "chapter, Benzodiazepines.", why="ODG Pain benzodiazepine entry addresses alprazolam",
            exp="IMR0110?", note="ODG cited where MTUS (Chronic Pain 2017 / Drug List) addresses it; info only"),
          S("Decision based on MTUS Opioids 2017, Section(s): Recommendations.", mm="yes",
            why="benzodiazepine for anxiety/sleep decided on the opioids guideline only"),
          "Benzodiazepines are not recommended for long-term use because tolerance to their hypnotic and "
          "anxiolytic effects develops within weeks and dependence is common; per ODG, use is limited to four "
          "weeks. The patient has taken alprazolam nightly for more than a year, and it is combined with an opioid, "
          "which increases the risk of respiratory depression. Tapering rather than continuation is appropriate. "
          "The request is not medically necessary."),
        I("MRI of the lumbar spine without contrast", "Overturned",
          S("Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.",
            why="low back special studies address lumbar MRI",
            exp="IMR0109", note="ACOEM 2004 ch. 12 replaced by Low Back Disorders (2016) on 12/01/2017"),
          S("Decision based on MTUS Low Back Disorders 2016, Section(s): Summary.",
            why="low back guideline addresses lumbar MRI"),
          "The Low Back Disorders Guideline supports MRI for patients with subacute or chronic radiculopathy who "
          "are candidates for an invasive procedure, and repeat imaging when there is a significant change in "
          "neurological findings. This patient has new numbness in the left L5 distribution and new weakness of "
          "the extensor hallucis longus compared with prior examinations, and the last study is more than three "
          "years old. The request is medically necessary."),
        I("Physical therapy 2 times a week for 4 weeks, lumbar spine", "Upheld",
          S("Decision based on MTUS Low Back Disorders 2016, Section(s): Recommendations.",
            why="low back guideline addresses therapy for the low back"),
          S("Decision based on MTUS Low Back Disorders 2016, Section(s): Summary, and Chronic Pain 2017, "
            "Section(s): Summary.", why="both address physical therapy for chronic low back pain"),
          "The guidelines support a limited course of supervised exercise for flare-ups of chronic low back pain "
          "with transition to a home program. The patient has completed two prior courses, and utilization review "
          "certified four sessions to refresh his home program. No reason is given why the remaining sessions "
          "could not be done independently. The request for the balance is not medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM18-0098233", form="txt", doi="11/19/2016", assigned="06/21/2018", decided="07/19/2018",
    ur="06/04/2018", received="06/15/2018", licensure="Oregon", specialty="Orthopaedic Surgery",
    summary=[
        "This 52-year-old female grocery clerk sustained injuries to her right shoulder and left knee on 11/19/2016 "
        "when she slipped on a wet floor in the produce section and fell onto her outstretched right arm and left "
        "knee. Diagnoses are right shoulder impingement syndrome with a partial-thickness articular-sided tear of "
        "the supraspinatus, and left knee pain with suspected medial meniscus tear. Treatment has included "
        "eighteen sessions of physical therapy to the shoulder, two subacromial corticosteroid injections (02/2017 "
        "and 09/2017) that each gave about six weeks of relief, activity modification and oral anti-inflammatory "
        "medication. A right shoulder MRI of 04/2017 showed type II acromion, subacromial bursitis and the partial "
        "tear described above.",
        "On 05/22/2018 the orthopaedic surgeon documented persistent night pain in the shoulder, a positive Neer "
        "and Hawkins sign, painful arc between 70 and 120 degrees and forward flexion to 150 degrees. The left knee "
        "showed medial joint line tenderness, a positive McMurray test and a small effusion; she described "
        "catching and two episodes of giving way. Knee radiographs showed preserved joint spaces. She takes "
        "diclofenac sodium twice a day with good tolerance. The surgeon recommended right shoulder arthroscopy "
        "with subacromial decompression and debridement, post-operative therapy, a cold therapy unit, an MRI of "
        "the left knee and a refill of diclofenac.",
        "Utilization review on 06/04/2018 certified the diclofenac, non-certified the knee MRI, certified the "
        "arthroscopy, modified post-operative therapy from 24 to 12 sessions and denied the cold therapy unit.",
    ],
    items=[
        I("MRI of the left knee without contrast", "Overturned",
          S("Decision based on MTUS Knee Disorders 2015, Section(s): Summary.", why="knee guideline, knee MRI"),
          S("Decision based on MTUS Knee Disorders 2015, Section(s): Recommendations.", why="knee guideline, knee MRI"),
          "The Knee Disorders Guideline supports MRI for patients with subacute or chronic knee symptoms in whom "
          "mechanical findings suggest a meniscal tear and surgery is being considered. The claimant has a "
          "positive McMurray test, joint line tenderness, effusion, catching and giving way persisting well beyond "
          "a course of conservative care, and plain films do not explain the symptoms. The request is medically "
          "necessary."),
        I("Post-operative physical therapy, right shoulder, 24 sessions", "Upheld",
          S("Decision based on MTUS Postsurgical Treatment Guidelines, Section(s): Shoulder.",
            why="postsurgical shoulder rules"),
          S("Decision based on MTUS Postsurgical Treatment Guidelines, Section(s): Knee.", mm="yes",
            why="shoulder post-op therapy decided on the postsurgical Knee section"),
          "After arthroscopic subacromial decompression the postsurgical treatment guidelines allow 24 visits over "
          "14 weeks, with an initial course of one half of that number. Utilization review certified 12 visits, "
          "which is the initial course. Continued therapy may be requested once functional gains from the initial "
          "course are documented. The request for 24 visits at once is not medically necessary."),
        I("Cold therapy unit, 7-day rental", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Shoulder (Acute & Chronic), Continuous-flow "
            "cryotherapy.", why="ODG shoulder cryotherapy addresses a cold therapy unit"),
          S("Decision based on Non-MTUS Citation Official Disability Guidelines, Shoulder Chapter, Continuous-flow "
            "cryotherapy.", why="same"),
          "The Shoulder Disorders Guideline does not address continuous-flow cryotherapy after arthroscopy, so "
          "the reviewer turned to ODG, which recommends it as an option after shoulder surgery for up to seven "
          "days, including home use. The request is for seven days after a certified arthroscopy. The request is "
          "medically necessary."),
        I("Diclofenac sodium ER 100mg #60", "Overturned",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v1.",
            why="drug list addresses diclofenac (formulary status)",
            exp="IMR0109|IMR0114", note="Drug List v1 was in force 01/01/2018-05/14/2018; decided 07/19/2018, "
            "the 05/15/2018 update had replaced it"),
          S("Decision based on MTUS Shoulder Disorders 2016, Section(s): Recommendations.",
            why="shoulder guideline recommends NSAIDs for shoulder pain"),
          "The Shoulder Disorders Guideline recommends NSAIDs for rotator cuff tendinopathy and impingement, and "
          "the drug is listed on the MTUS Drug List. The patient reports reduced pain and better tolerance of "
          "work with it and no gastrointestinal side effects; renal function was normal in 03/2018. Continued use "
          "is reasonable. The request is medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM18-0187702", form="pdf", doi="03/08/2017", assigned="10/30/2018", decided="11/27/2018",
    ur="10/12/2018", received="10/24/2018", licensure="Arizona", specialty="Physical Medicine & Rehabilitation",
    summary=[
        "The patient is a 39-year-old female bus operator whose neck was injured in a rear-end collision while "
        "driving her route on 03/08/2017. She was diagnosed with cervical strain, cervical disc protrusion at C5-6 "
        "and right C6 radiculopathy confirmed by electrodiagnostic testing in 08/2017. She has had twelve sessions "
        "of physical therapy, six of chiropractic manipulation, a course of oral prednisone and medications "
        "including cyclobenzaprine, naproxen and omeprazole. A cervical MRI of 06/2017 showed a right "
        "paracentral protrusion at C5-6 with moderate right foraminal narrowing.",
        "Progress notes of 09/2018 describe neck pain of 6/10 with burning pain into the right thumb and index "
        "finger, and sleep disrupted three to four nights a week. Spurling's test was positive on the right, the "
        "right biceps reflex was reduced, and sensation was diminished in the right C6 dermatome. She has been on "
        "cyclobenzaprine 10 mg at bedtime since 04/2017. She reports heartburn with naproxen that resolved after "
        "omeprazole was added. She had not yet tried acupuncture. The physician requested a right C5-6 "
        "interlaminar epidural steroid injection, refills of cyclobenzaprine and omeprazole, and six sessions of "
        "acupuncture.",
        "A prior utilization review of 10/12/2018 non-certified the injection, the cyclobenzaprine and the "
        "omeprazole and certified the acupuncture. The injured worker requested Independent Medical Review.",
    ],
    items=[
        I("Right C5-6 interlaminar epidural steroid injection under fluoroscopy", "Overturned",
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2016, Section(s): Summary.",
            why="cervical guideline addresses cervical ESI"),
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2016, Section(s): Recommendations.",
            why="same"),
          "The Cervical and Thoracic Spine Disorders Guideline recommends epidural glucocorticoid injection for "
          "acute or subacute cervical radiculopathy that has not improved with conservative care, when imaging and "
          "examination correlate. The claimant has a right C6 radiculopathy on examination and on "
          "electrodiagnostic testing, a matching C5-6 protrusion on MRI, and persistent symptoms despite therapy, "
          "manipulation and medication. She has not had a prior injection. The request is medically necessary."),
        I("Cyclobenzaprine 10mg #30", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG, Pain (Chronic), Proton pump inhibitors (PPIs).",
            mm="yes", why="muscle relaxant decided on the ODG PPI entry"),
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations, and Non-MTUS Citation ODG Pain "
            "Chapter, Muscle relaxants (for pain).", why="chronic pain guideline and ODG muscle relaxants"),
          "Muscle relaxants are recommended only for short courses during acute exacerbations; the ACOEM Chronic "
          "Pain Guideline does not recommend them for chronic use, and ODG likewise limits cyclobenzaprine to two "
          "to three weeks. This patient has used it nightly for about eighteen months without documented "
          "functional benefit. The request is not medically necessary."),
        I("Omeprazole DR 20mg #30", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG, Pain (Chronic), Proton pump inhibitors (PPIs).",
            why="ODG PPI entry addresses omeprazole"),
          S("Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Proton pump "
            "inhibitors (PPIs).", why="same"),
          "Per ODG, a proton pump inhibitor is appropriate for patients who develop dyspepsia on an NSAID that "
          "remains indicated. The patient developed heartburn on naproxen, which resolved after omeprazole was "
          "started, and naproxen remains in use. The request is medically necessary."),
        I("Acupuncture, cervical spine, 6 sessions", "Overturned",
          S("Decision based on MTUS Acupuncture Medical Treatment Guidelines.", why="acupuncture guideline"),
          S("Decision based on MTUS Acupuncture Medical Treatment Guidelines, Section(s): Frequency and duration.",
            why="acupuncture guideline, frequency and duration"),
          "The Acupuncture Medical Treatment Guidelines allow an initial trial of three to six treatments, with "
          "functional improvement expected within that period. This is a first trial of six sessions. Although "
          "utilization review certified the request, the dispute was forwarded for review; the request is "
          "medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM19-0033186", form="txt", doi="08/14/2015", assigned="01/28/2019", decided="02/21/2019",
    ur="01/10/2019", received="01/22/2019", licensure="California", specialty="Neurological Surgery",
    summary=[
        "This is a 58-year-old male electrician who fell about six feet from a ladder on 08/14/2015, landing on "
        "his back and striking his head and neck on a railing. He was treated for cervical and lumbar strain and "
        "later diagnosed with cervical spondylosis with myelopathic features and lumbar radiculopathy at L4-5. "
        "He has been off work since 2017. Treatment has included physical therapy, chiropractic care, a lumbar "
        "epidural injection at L4-5 in 2016 with 60% relief for four months, and opioid medication.",
        "On 12/18/2018 he described increasing clumsiness of both hands, dropping tools and difficulty with "
        "buttons, along with neck pain 6/10 and low back pain 7/10 radiating to the right calf. Examination "
        "showed a positive Hoffmann sign bilaterally, mildly brisk patellar reflexes, reduced grip strength and "
        "decreased sensation in the right L5 distribution with a positive straight leg raise on the right. His "
        "last cervical MRI was in 2016. He takes tramadol extended release 150 mg daily and reports that it "
        "allows him to perform self-care; CURES and urine screens are consistent and an agreement is on file.",
        "The provider requested a cervical MRI, electrodiagnostic studies of the upper extremities, tramadol ER, "
        "and a repeat lumbar epidural injection at L4-5. Utilization review denied all four requests on "
        "01/10/2019.",
    ],
    items=[
        I("MRI of the cervical spine without contrast", "Overturned",
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2016, Section(s): Summary.",
            why="cervical guideline, cervical MRI"),
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2018, Section(s): Recommendations.",
            why="cervical guideline, cervical MRI",
            exp="IMR0114", note="the 10-17-2018 version took effect 04/18/2019; decided 02/21/2019"),
          "The Cervical and Thoracic Spine Disorders Guideline recommends MRI when there are signs of myelopathy "
          "or progressive neurological deficit. Bilateral hand clumsiness, bilateral Hoffmann signs and brisk "
          "reflexes are new since the last study and raise concern for cord compression. The request is medically "
          "necessary."),
        I("EMG/NCV of the bilateral upper extremities", "Upheld",
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2016, Section(s): Recommendations.",
            why="cervical guideline addresses electrodiagnostics for cervical radiculopathy"),
          S("Decision based on MTUS Hand, Wrist, and Forearm Disorders 2016, Section(s): Summary.",
            why="upper extremity nerve studies; hand guideline addresses EDS for entrapment (defensible)"),
          "With clinical signs pointing to cervical myelopathy, imaging is the appropriate next test; nerve "
          "conduction studies and EMG add little when the findings are upper motor neuron in type and there is no "
          "specific suspicion of peripheral entrapment. The request is not medically necessary at this time."),
        I("Tramadol ER 150mg #30", "Overturned",
          S("Decision based on MTUS Opioids 2017, Section(s): Summary.", why="opioid guideline, tramadol"),
          S("Decision based on MTUS Opioids 2017, Section(s): Recommendations, and MTUS Drug List v3.",
            why="opioid guideline and drug list address tramadol"),
          "The Opioids Guideline supports continuation of an opioid where there is documented improvement in "
          "function, no aberrant behaviour and ongoing monitoring. The records show stable dosing below 50 MME "
          "per day, consistent urine and CURES results, a signed agreement and maintained self-care. The request "
          "is medically necessary."),
        I("Repeat lumbar epidural steroid injection L4-5", "Upheld",
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2016, Section(s): Summary.", mm="yes",
            why="lumbar ESI decided on the cervical and thoracic guideline"),
          S("Decision based on MTUS Low Back Disorders 2016, Section(s): Recommendations.",
            why="low back guideline, lumbar ESI"),
          "The Low Back Disorders Guideline supports a repeat epidural injection only when the first produced "
          "meaningful and durable relief with reduced medication use and improved function. The prior injection "
          "gave four months of partial relief in 2016, but no change in medication or function was recorded, and "
          "the current radicular findings are not reported in detail. The request is not medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM19-0141020", form="pdf", doi="02/27/2013", assigned="08/19/2019", decided="09/10/2019",
    ur="08/01/2019", received="08/13/2019", licensure="California", specialty="Orthopaedic Surgery",
    summary=[
        "The injured worker is a 44-year-old female certified nursing assistant who injured her low back on "
        "02/27/2013 while transferring a patient. Her diagnoses are degenerative spondylolisthesis at L4-5 with "
        "dynamic instability, L5-S1 disc degeneration, and bilateral L5 radiculopathy. She has failed physical "
        "therapy, chiropractic care, two lumbar epidural injections and bilateral L4-5 and L5-S1 facet "
        "injections, and remains on hydrocodone and gabapentin. Flexion-extension radiographs from 05/2019 show "
        "5 mm of translation at L4-5; an MRI of 04/2019 shows grade I spondylolisthesis at L4-5 with bilateral "
        "foraminal stenosis and a desiccated L5-S1 disc. She is a non-smoker; a psychological evaluation in "
        "06/2019 found no contraindication to surgery.",
        "The spine surgeon recommended an L4-S1 posterior lumbar interbody fusion with a three-day inpatient stay, "
        "a post-operative lumbar brace, a bone growth stimulator, pre-operative medical clearance and post-operative "
        "physical therapy. Utilization review on 08/01/2019 non-certified the two-level fusion and therefore all "
        "associated services.",
    ],
    items=[
        I("L4-S1 posterior lumbar interbody fusion", "Overturned",
          S("Decision based on MTUS Low Back Disorders 2016, Section(s): Summary.",
            why="low back guideline, lumbar fusion",
            exp="IMR0109", note="Low Back 2016 replaced by the 3-7-2019 version on 08/11/2019; decided 09/10/2019"),
          S("Decision based on MTUS Low Back Disorders 2019, Section(s): Recommendations.",
            why="low back guideline, lumbar fusion"),
          "The Low Back Disorders Guideline supports fusion for spondylolisthesis with instability and "
          "neurological compromise after failed non-operative care. Documented translation of 5 mm at L4-5, "
          "foraminal stenosis, bilateral L5 radicular findings, more than six years of failed conservative care and "
          "a clear psychological screen support surgery. The L5-S1 level shows degeneration on imaging and "
          "concordant symptoms. The request is medically necessary."),
        I("Associated surgical service: inpatient hospital stay, 3 days", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Hospital length of "
            "stay (LOS).", why="ODG LOS addresses the stay after lumbar fusion",
            exp="IMR0113", note="ODG topic the catalogue may lack: unverified"),
          S("Decision based on Non-MTUS Citation ODG Low Back Chapter, Hospital length of stay (LOS).", why="same",
            exp="IMR0113", note="same"),
          "Per ODG, the median length of stay after a lumbar fusion is three days. As the fusion is medically "
          "necessary, the stay is as well."),
        I("Associated surgical service: bone growth stimulator", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic (Acute & Chronic), Bone "
            "growth stimulators (BGS).", why="ODG BGS topic", exp="IMR0113", note="topic the catalogue may lack"),
          S("Decision based on MTUS Low Back Disorders 2019, Section(s): Recommendations.",
            why="low back guideline addresses fusion adjuncts (bone stimulation)"),
          "Bone growth stimulation may be considered for fusion of more than one level or other risk factors for "
          "non-union. A two-level fusion is planned. The request is medically necessary."),
        I("Post-operative lumbar brace", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Lumbar supports.",
            why="ODG lumbar supports"),
          S("Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Lumbar supports.", why="same"),
          "Although lumbar supports are not recommended for prevention or for chronic nonspecific pain, per ODG a "
          "brace after fusion is an accepted option at the surgeon's discretion. The request is medically "
          "necessary."),
        I("Pre-operative medical clearance", "Overturned",
          S(NO_CITE, why="no citation"),
          S("Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Preoperative testing, general.",
            why="ODG pre-op testing topic", exp="IMR0113", note="topic the catalogue may lack"),
          "Per ODG, a pre-operative history and physical with testing guided by the patient's comorbidities is "
          "appropriate before a major spinal procedure under general anesthesia. The request is medically "
          "necessary."),
        I("Post-operative physical therapy, 16 sessions", "Overturned",
          S("Decision based on MTUS Postsurgical Treatment Guidelines, Section(s): Low back.", why="postsurgical low back"),
          S("Decision based on MTUS Postsurgical Treatment Guidelines, Section(s): Low back.", why="same"),
          "The postsurgical treatment guidelines allow 34 visits over 16 weeks after lumbar fusion, with an "
          "initial course of one half. Sixteen visits fall within the initial course. The request is medically "
          "necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM19-0202555", form="txt", doi="01/15/2018", assigned="11/12/2019", decided="12/04/2019",
    ur="10/24/2019", received="11/06/2019", licensure="Washington", specialty="Orthopaedic Surgery",
    summary=[
        "This 33-year-old male delivery driver twisted his right hip while stepping down from his truck on "
        "01/15/2018. He has persistent anterior groin pain with clicking. Diagnoses include right hip "
        "femoroacetabular impingement of cam type and a suspected anterosuperior labral tear. Radiographs show an "
        "alpha angle of 68 degrees. He has completed twelve physical therapy visits, took naproxen, and had an "
        "intra-articular anesthetic injection in 07/2019 with complete but temporary relief, which localized the "
        "pain to the joint.",
        "At the visit of 10/03/2019, groin pain was 5/10 with sitting and driving, the FADIR test was positive, "
        "and internal rotation was limited to 10 degrees. The orthopaedist requested an MR arthrogram of the "
        "right hip, possible hip arthroscopy with labral repair and femoroplasty depending on the arthrogram, "
        "continued naproxen and a TENS unit for home use. Utilization review non-certified all four on "
        "10/24/2019.",
    ],
    items=[
        I("MR arthrogram of the right hip", "Overturned",
          S("Decision based on MTUS Hip and Groin Disorders 2011, Section(s): Diagnostic and treatment "
            "recommendations.", why="hip guideline, hip MR arthrogram",
            exp="IMR0109", note="Hip and Groin 2011 replaced on 10/07/2019; decided 12/04/2019"),
          S("Decision based on MTUS Hip and Groin Disorders 2019, Section(s): Recommendations.",
            why="hip guideline, hip MR arthrogram"),
          "The Hip and Groin Disorders Guideline recommends MR arthrography to evaluate suspected labral tears "
          "when symptoms persist after conservative care and surgery is being considered. The claimant has "
          "mechanical symptoms, a positive impingement test, radiographic cam morphology and a diagnostic "
          "injection confirming an intra-articular source. The request is medically necessary."),
        I("Right hip arthroscopy with labral repair and femoroplasty", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Hip & Pelvis (Acute & Chronic), Arthroscopy.",
            why="ODG hip arthroscopy", exp="IMR0113", note="hip arthroscopy topic the catalogue may lack"),
          S("Decision based on MTUS Hip and Groin Disorders 2019, Section(s): Recommendations.",
            why="hip guideline addresses arthroscopy for FAI"),
          "Surgery depends on the findings of the arthrogram, which has not yet been performed. Without imaging "
          "confirmation of a repairable labral lesion, the procedure cannot be found necessary at this time. The "
          "request is not medically necessary."),
        I("Naproxen sodium 550mg #60", "Overturned",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v3.", why="drug list, naproxen"),
          S("Decision based on MTUS Hip and Groin Disorders 2019, Section(s): Recommendations.",
            why="hip guideline recommends NSAIDs"),
          "NSAIDs are recommended for hip pain from femoroacetabular impingement, and naproxen is an exempt drug "
          "on the MTUS Drug List. The claimant reports functional benefit and no adverse effects. The request is "
          "medically necessary."),
        I("TENS unit, purchase", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), TENS, chronic pain (transcutaneous "
            "electrical nerve stimulation).", why="ODG TENS"),
          S("Decision based on MTUS Knee Disorders 2015, Section(s): Recommendations.", mm="yes",
            why="TENS for hip pain decided on the knee guideline"),
          "TENS is not recommended as a primary treatment and, per ODG, a purchase requires a documented one-month "
          "home trial with reduced medication use and improved function. No trial is documented. The request is "
          "not medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM20-0047731", form="pdf", doi="09/30/2012", assigned="03/16/2020", decided="04/08/2020",
    ur="02/27/2020", received="03/10/2020", licensure="California", specialty="Orthopaedic Surgery",
    summary=[
        "This 63-year-old female school custodian injured her right knee on 09/30/2012 when she tripped over a "
        "floor mat. She has progressive tricompartmental osteoarthritis of the right knee, worse medially, and "
        "milder osteoarthritis of the left knee attributed to compensation. She underwent a right partial medial "
        "meniscectomy in 2013. Since then she has had two series of viscosupplementation to the right knee, "
        "several corticosteroid injections, physical therapy and a hinged knee brace, and takes celecoxib. Weight "
        "bearing radiographs of 11/2019 show bone-on-bone medial joint space and large osteophytes on the right, "
        "and moderate narrowing on the left.",
        "On 02/04/2020 she reported right knee pain of 8/10 with walking more than one block, night pain and "
        "difficulty with stairs. Examination showed a varus deformity, a 10-degree flexion contracture, and "
        "crepitus; BMI was 31. The surgeon requested a right total knee arthroplasty, a post-operative "
        "intermittent pneumatic compression device, two weeks of post-operative home health care, a "
        "hyaluronic acid injection for the left knee and celecoxib. Utilization review of 02/27/2020 "
        "certified the arthroplasty and celecoxib, and non-certified the other three requests.",
    ],
    items=[
        I("Right total knee arthroplasty", "Overturned",
          S("Decision based on MTUS Knee Disorders 2015, Section(s): Summary.", why="knee guideline, TKA"),
          S("Decision based on MTUS Knee Disorders 2019, Section(s): Recommendations, and Non-MTUS Citation ODG "
            "Knee & Leg, Knee joint replacement.", why="knee guideline and ODG TKA",
            exp="IMR0114", note="Knee 12-3-2019 version took effect 09/21/2020; decided 04/08/2020"),
          "Total knee arthroplasty is recommended for end-stage osteoarthritis with pain and functional "
          "limitation despite conservative care. This claimant has bone-on-bone medial disease, deformity and "
          "years of failed injections, bracing and medication. The request is medically necessary."),
        I("Associated surgical service: post-op intermittent pneumatic compression device", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Knee & Leg (Acute & Chronic), Venous thrombosis.",
            why="ODG venous thrombosis addresses DVT prophylaxis after knee surgery", exp="IMR0113",
            note="topic the catalogue may lack"),
          S("Decision based on Non-MTUS Citation Official Disability Guidelines, Knee & Leg Chapter, Compression "
            "garments.", why="ODG compression topic", exp="IMR0113", note="topic the catalogue may lack"),
          "Per ODG, mechanical compression is an option for patients at high risk of venous thromboembolism or "
          "with contraindications to anticoagulation. No such risk factor is documented, and the surgeon's note "
          "states that aspirin prophylaxis is planned. The request is not medically necessary."),
        I("Post-operative home health care, 2 weeks", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Home health services.",
            why="ODG home health services"),
          S("Decision based on Non-MTUS Citation ODG Pain Chapter, Home health services.", why="same"),
          "Home health services are recommended only for medical treatment for patients who are homebound. The "
          "request does not specify the services or the number of hours, and the patient lives with her husband, "
          "who can help with homemaking. The request is not medically necessary."),
        I("Hyaluronic acid injection, left knee", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Knee & Leg, Hyaluronic acid injections.",
            why="ODG hyaluronic acid"),
          S("Decision based on MTUS Knee Disorders 2015, Section(s): Recommendations.",
            why="knee guideline addresses viscosupplementation"),
          "The Knee Disorders Guideline gives hyaluronic acid injections a limited role in moderate to severe "
          "osteoarthritis. The left knee has moderate radiographic disease, but the symptoms of the left knee are "
          "not described in the recent notes and no measured response to earlier right knee injections is given. "
          "The request is not medically necessary."),
        I("Celecoxib 200mg #30", "Overturned",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v6.", why="drug list, celecoxib"),
          S("Decision based on MTUS Knee Disorders 2015, Section(s): Summary.", why="knee guideline, NSAIDs for OA"),
          "NSAIDs, including COX-2 selective agents for patients with gastrointestinal risk, are recommended for "
          "knee osteoarthritis. She is 63 years old with a history of dyspepsia on nonselective NSAIDs. The "
          "request is medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM20-0155301", form="txt", doi="05/05/2016", assigned="10/26/2020", decided="11/17/2020",
    ur="10/09/2020", received="10/20/2020", licensure="California", specialty="Psychiatry",
    summary=[
        "This 41-year-old male forklift operator was struck by a reversing truck on 05/05/2016, sustaining a "
        "lumbar compression fracture at L1 that was treated without surgery, and persistent low back pain. "
        "Since 2017 he has been treated for a major depressive disorder, single episode, moderate, and insomnia "
        "related to pain. Psychological testing in 2019 showed a Beck Depression Inventory score of 29. He has "
        "attended six sessions of cognitive behavioural therapy with a reduction of the score to 21, and takes "
        "sertraline 100 mg daily, which he says improved his mood and motivation. He has used zolpidem 10 mg "
        "nightly for over two years.",
        "The treating psychologist's report of 09/2020 documents ongoing depressed mood, poor sleep, social "
        "withdrawal and fear of re-injury, with modest gains from the initial sessions. The physiatrist notes "
        "persistent thoracolumbar pain of 6/10, deconditioning and a desire to return to work, and requests an "
        "evaluation for a functional restoration program and a six-month gym membership. Requested were twelve "
        "additional psychotherapy sessions, sertraline, zolpidem, the program evaluation and the gym membership. "
        "Utilization review of 10/09/2020 certified the sertraline and the evaluation, modified psychotherapy "
        "to six sessions and non-certified the zolpidem and the membership.",
    ],
    items=[
        I("Cognitive behavioral psychotherapy, 12 sessions", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Mental Illness & Stress, Cognitive therapy for "
            "depression.", why="ODG CBT for depression"),
          S("Decision based on MTUS Workplace Mental Health: Depressive Disorders 2020, Section(s): "
            "Recommendations.", why="depressive disorders guideline addresses CBT"),
          "The Depressive Disorders Guideline recommends cognitive behavioural therapy for major depressive "
          "disorder, with continued sessions when progress is documented. Progress after six sessions is modest, "
          "and utilization review certified six more. The full twelve have not been shown to be needed before "
          "the response to the next six is known. The request is not medically necessary."),
        I("Sertraline 100mg #30", "Overturned",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v7.", why="drug list, sertraline"),
          S("Decision based on MTUS Workplace Mental Health: Depressive Disorders 2020, Section(s): Summary.",
            why="depressive disorders guideline addresses SSRIs"),
          "Selective serotonin reuptake inhibitors are recommended for moderate major depression, and the claimant "
          "reports improved mood. The request is medically necessary."),
        I("Zolpidem 10mg #30", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Mental Illness & Stress, Insomnia treatment.",
            why="ODG insomnia treatment addresses zolpidem"),
          S("Decision based on Non-MTUS Citation ODG Pain (Chronic), Muscle relaxants (for pain).", mm="yes",
            why="hypnotic decided on the ODG muscle relaxant entry"),
          "Zolpidem is a short-acting hypnotic approved for short-term treatment of insomnia, generally two to six "
          "weeks. Per ODG, long-term use is not recommended because of tolerance, dependence and impaired "
          "function the next day. The claimant has used it for more than two years. The request is not medically "
          "necessary; a taper is advised."),
        I("Functional restoration program evaluation", "Overturned",
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations.",
            why="chronic pain guideline addresses FRPs"),
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Summary, and Non-MTUS Citation ODG Pain "
            "(Chronic), Functional restoration programs (FRPs).", why="same plus ODG FRPs"),
          "An evaluation is the first step in deciding whether a claimant is a candidate for an interdisciplinary "
          "program. He has chronic pain with depression, deconditioning, fear avoidance and a wish to return to "
          "work, and other treatments have been tried. The request is medically necessary."),
        I("Gym membership, 6 months", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Gym memberships.",
            why="ODG gym memberships", exp="IMR0113", note="topic the catalogue may lack"),
          S("Decision based on MTUS Low Back Disorders 2019, Section(s): Recommendations.",
            why="low back guideline addresses exercise programs"),
          "Exercise is recommended, but a gym membership is not medical treatment unless a home program has failed "
          "and there is a need for equipment with supervision by a medical professional. Neither is documented. "
          "The request is not medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM21-0068812", form="pdf", doi="07/07/2019", assigned="05/03/2021", decided="05/25/2021",
    ur="04/15/2021", received="04/27/2021", licensure="California", specialty="Hand Surgery",
    summary=[
        "This 36-year-old female data-entry operator has numbness and tingling in the right thumb, index and "
        "middle fingers that began in mid-2019 and is attributed to cumulative trauma from keyboard work. "
        "Electrodiagnostic testing in 01/2020 showed moderate right median neuropathy at the wrist, with "
        "prolonged distal motor latency and reduced sensory amplitude, and a mild left median neuropathy. She has "
        "worn a night splint, had an ergonomic workstation evaluation, and received one corticosteroid injection "
        "into the right carpal tunnel in 10/2020 that helped for two months.",
        "On 03/30/2021 the hand surgeon documented constant numbness with nocturnal waking, a positive Durkan "
        "compression test and Phalen test on the right, two-point discrimination of 7 mm in the index finger and "
        "mild thenar atrophy. She applies lidocaine patches to the wrist at night. The surgeon requested an open "
        "right carpal tunnel release, eight sessions of post-operative occupational therapy, a new wrist splint, "
        "lidocaine 5% patches and repeat electrodiagnostic studies of both upper extremities. Utilization review "
        "on 04/15/2021 certified the release and therapy and non-certified the splint, patches and studies.",
    ],
    items=[
        I("Right open carpal tunnel release", "Overturned",
          S("Decision based on MTUS Hand, Wrist, and Forearm Disorders 2019, Section(s): Summary.",
            why="hand guideline, CTR"),
          S("Decision based on MTUS Hand, Wrist, and Forearm Disorders 2019, Section(s): Recommendations, and "
            "Non-MTUS Citation ODG Carpal Tunnel Syndrome, Carpal tunnel release surgery (CTR).",
            why="hand guideline and ODG CTR"),
          "Surgical release is recommended for carpal tunnel syndrome confirmed by electrodiagnostic testing when "
          "symptoms persist after splinting and an injection, and sooner when there is thenar atrophy. All of "
          "these are documented. Although utilization review certified the request, it was included in the "
          "application. The request is medically necessary."),
        I("Post-operative occupational therapy, 8 sessions", "Overturned",
          S("Decision based on MTUS Postsurgical Treatment Guidelines, Section(s): Carpal tunnel syndrome.",
            why="postsurgical CTS"),
          S("Decision based on MTUS Postsurgical Treatment Guidelines, Section(s): Carpal tunnel syndrome.",
            why="same"),
          "The postsurgical guidelines allow three to eight visits over three to five weeks after carpal tunnel "
          "release. Eight visits are within that range. The request is medically necessary."),
        I("Right wrist splint, purchase", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Carpal Tunnel Syndrome, Splinting.",
            why="ODG CTS splinting"),
          S("Decision based on MTUS Ankle and Foot Disorders 2018, Section(s): Recommendations.", mm="yes",
            why="wrist splint decided on the ankle and foot guideline"),
          "The claimant already owns a night splint, and splinting after open release is not recommended beyond a "
          "few days because it delays recovery of motion. No reason for a second splint is given. The request is "
          "not medically necessary."),
        I("Lidocaine 5% patch #30", "Upheld",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v8.", why="drug list, lidocaine patch"),
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations.",
            why="chronic pain guideline addresses topical lidocaine for neuropathic pain"),
          "Topical lidocaine has limited support for localized peripheral neuropathic pain after first-line agents "
          "have been tried. No trial of an antidepressant or anticonvulsant is documented, and definitive surgery "
          "has been certified. The request is not medically necessary."),
        I("Repeat EMG/NCS of the bilateral upper extremities", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Carpal Tunnel Syndrome, Electrodiagnostic studies "
            "(EDS).", why="ODG EDS for CTS"),
          S("Decision based on MTUS Hand, Wrist, and Forearm Disorders 2019, Section(s): Recommendations.",
            why="hand guideline addresses EDS for CTS"),
          "The diagnosis has already been confirmed by studies performed sixteen months ago, and the surgical "
          "plan would not change with repeat testing. The request is not medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM21-0190045", form="txt", doi="04/21/2011", assigned="11/29/2021", decided="12/09/2021",
    ur="11/08/2021", received="11/22/2021", licensure="Nevada", specialty="Pain Medicine",
    summary=[
        "The injured worker is a 55-year-old male maintenance mechanic with chronic axial low back pain since a "
        "lifting injury on 04/21/2011. Diagnoses are lumbar facet arthropathy at L3-4, L4-5 and L5-S1, lumbar "
        "degenerative disc disease, and chronic pain syndrome. He has had physical therapy, chiropractic "
        "treatment, medial branch blocks at L3, L4 and L5 in 09/2021 with 80% relief for six hours on two "
        "separate occasions, and takes oxycodone 10 mg three times a day. He last had a lumbar MRI in 2018, "
        "which showed moderate facet hypertrophy and no neural compression.",
        "On 10/26/2021 pain was 7/10, axial, worse with extension and rotation, without radiation. Neurological "
        "examination was normal. Urine testing in 06/2021 was consistent; CURES shows a single prescriber. The "
        "physician requested radiofrequency ablation at L3-L5 on the right, a repeat lumbar MRI, continued "
        "oxycodone, a urine drug screen and six chiropractic visits. Utilization review non-certified the MRI "
        "and the chiropractic visits and modified the oxycodone on 11/08/2021.",
    ],
    items=[
        I("Repeat MRI of the lumbar spine", "Upheld",
          S("Decision based on MTUS Low Back Disorders 2019, Section(s): Summary.", why="low back guideline, MRI",
            exp="IMR0109", note="Low Back 3-7-2019 replaced by the 2-13-2020 version on 11/23/2021; decided 12/09/2021"),
          S("Decision based on MTUS Low Back Disorders 2020, Section(s): Recommendations.",
            why="low back guideline, MRI"),
          "Repeat MRI is recommended only for a significant change in symptoms or new neurological findings. The "
          "pain is axial, the neurological examination is normal, and a facet procedure does not require new "
          "imaging. The request is not medically necessary."),
        I("Right L3-L5 radiofrequency ablation", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Facet joint "
            "radiofrequency neurotomy.", why="ODG RF neurotomy"),
          S("Decision based on MTUS Low Back Disorders 2020, Section(s): Recommendations.",
            why="low back guideline addresses RF ablation"),
          "The Low Back Disorders Guideline considers radiofrequency neurotomy an option for chronic facet-mediated "
          "pain confirmed by dual diagnostic blocks. Two medial branch blocks each gave 80% relief, and "
          "conservative care has failed. The request is medically necessary."),
        I("Oxycodone HCl 10mg #90", "Upheld",
          S("Decision based on MTUS Opioids 2017, Section(s): Summary.", why="opioids guideline"),
          S("Decision based on MTUS Opioids 2017, Section(s): Recommendations, and MTUS Drug Formulary, MTUS Drug "
            "List v9.", why="opioids guideline and drug list"),
          "The dose of 45 MME per day has been stable, but the records report no improvement in function or "
          "activity since 2019 and pain scores remain unchanged. Per the guideline, opioids without functional "
          "benefit should be tapered. Utilization review modified the request to allow tapering. The request as "
          "written is not medically necessary."),
        I("Urine drug screen", "Overturned",
          S("Decision based on MTUS Opioids 2017, Section(s): Recommendations.",
            why="opioids guideline addresses urine drug testing"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Urine drug testing (UDT).",
            why="ODG UDT"),
          "Urine drug testing is recommended for patients on opioids, at a frequency set by the risk of misuse. "
          "The last test was five months ago and the patient remains on oxycodone during a taper. The request is "
          "medically necessary."),
        I("Chiropractic treatment, 6 visits, lumbar spine", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Manipulation.",
            why="ODG manipulation"),
          S("Decision based on MTUS Low Back Disorders 2020, Section(s): Recommendations.",
            why="low back guideline addresses manipulation"),
          "Manipulation is an option for acute and subacute low back pain and for flares of chronic pain with "
          "documented functional response. The records describe many prior visits without measured gains. The "
          "request is not medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM22-0031518", form="pdf", doi="10/02/2020", assigned="02/07/2022", decided="03/02/2022",
    ur="01/20/2022", received="02/01/2022", licensure="California", specialty="Sports Medicine",
    summary=[
        "This 45-year-old male meat cutter developed right lateral elbow pain and right shoulder pain from "
        "repetitive cutting and overhead hanging of product, reported on 10/02/2020. Diagnoses are right lateral "
        "epicondylosis and right rotator cuff tendinopathy without tear. He has had eight sessions of therapy, a "
        "counterforce strap, ibuprofen, and one corticosteroid injection at the lateral epicondyle in 2021 that "
        "helped for about a month. An elbow ultrasound in 11/2021 showed thickening and hypoechogenicity of the "
        "common extensor origin without a full-thickness defect.",
        "At the visit of 01/06/2022, pain at the elbow was 6/10 with gripping, and he was tender at the lateral "
        "epicondyle with pain on resisted wrist extension. The shoulder showed painful arc and positive "
        "impingement signs with full strength. The physician requested platelet-rich plasma injection at the "
        "right lateral epicondyle, a new counterforce brace, a subacromial corticosteroid injection, ibuprofen, "
        "and extracorporeal shock wave therapy for the elbow. Utilization review on 01/20/2022 certified the "
        "brace, the shoulder injection and ibuprofen, and non-certified the PRP and the shock wave therapy.",
    ],
    items=[
        I("Platelet-rich plasma injection, right lateral epicondyle", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Elbow (Acute & Chronic), Platelet-rich plasma (PRP).",
            why="ODG elbow PRP"),
          S("Decision based on MTUS Elbow Disorders 2018, Section(s): Recommendations.",
            why="elbow guideline addresses PRP for epicondylalgia"),
          "The Elbow Disorders Guideline considers evidence for platelet-rich plasma in lateral epicondylalgia "
          "insufficient for a recommendation in most cases, and reserves it for chronic cases that have failed a "
          "full program of eccentric exercise. No structured eccentric program is documented. The request is not "
          "medically necessary."),
        I("Counterforce elbow brace", "Overturned",
          S("Decision based on MTUS Elbow Disorders 2018, Section(s): Summary.", why="elbow guideline, bracing"),
          S("Decision based on MTUS Elbow Disorders 2018, Section(s): Recommendations.", why="same"),
          "Counterforce bracing is a low-cost option for lateral epicondylalgia, and the old strap is worn out. "
          "The request is medically necessary."),
        I("Right subacromial corticosteroid injection", "Overturned",
          S("Decision based on MTUS Shoulder Disorders 2016, Section(s): Recommendations.",
            why="shoulder guideline, subacromial injection"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Shoulder (Acute & Chronic), Steroid injections.",
            why="ODG shoulder injections"),
          "A subacromial glucocorticoid injection is recommended for rotator cuff tendinopathy that has not "
          "responded to exercise and medication. This would be the first shoulder injection. The request is "
          "medically necessary."),
        I("Ibuprofen 800mg #90", "Overturned",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v9.", why="drug list, ibuprofen"),
          S("Decision based on MTUS Elbow Disorders 2018, Section(s): Recommendations.",
            why="elbow guideline recommends NSAIDs"),
          "NSAIDs are recommended for lateral epicondylalgia and rotator cuff tendinopathy, and ibuprofen is an "
          "exempt drug. The request is medically necessary."),
        I("Extracorporeal shock wave therapy, right elbow, 3 sessions", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Elbow (Acute & Chronic), Extracorporeal shockwave "
            "therapy (ESWT).", why="ODG elbow ESWT", exp="IMR0113", note="topic the catalogue may lack"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Shoulder (Acute & Chronic), Magnetic resonance "
            "imaging (MRI).", mm="yes", why="elbow shock wave therapy decided on the ODG shoulder MRI entry"),
          "Per ODG, shock wave therapy for lateral epicondylitis is not recommended, since high-quality trials "
          "show no benefit over placebo. The request is not medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM22-0140877", form="txt", doi="12/11/2009", assigned="09/19/2022", decided="10/12/2022",
    ur="08/31/2022", received="09/13/2022", licensure="California", specialty="Anesthesiology, Pain Medicine",
    summary=[
        "This 61-year-old female former assembly line worker has chronic widespread pain after a crush injury "
        "to the left hand and forearm on 12/11/2009, with complex regional pain syndrome of the left upper "
        "extremity diagnosed in 2010, and secondary cervical and lumbar myofascial pain. She was on high-dose "
        "opioids for many years. Over the past year she has been tapered from 180 MME per day to buprenorphine "
        "sublingual 8 mg twice daily, with a Butrans patch added during the transition; she uses docusate and "
        "senna for constipation and keeps naloxone at home. She also takes gabapentin 600 mg three times daily "
        "with partial relief of burning pain.",
        "At the visit of 08/02/2022 she reported left arm pain of 7/10 with allodynia, colour and temperature "
        "change and swelling, and a decline in walking tolerance. CURES and urine tests are consistent. A "
        "psychologist had evaluated her for a spinal cord stimulator in 2019 but the trial was never done. The "
        "physician requested continued buprenorphine, Butrans 10 mcg/hr, gabapentin, docusate/senna, a naloxone "
        "nasal spray refill, a spinal cord stimulator trial and an updated psychological evaluation before the "
        "trial. Utilization review on 08/31/2022 certified buprenorphine, gabapentin, the laxatives and naloxone, "
        "and non-certified Butrans, the trial and the psychological evaluation.",
    ],
    items=[
        I("Buprenorphine 8mg sublingual tablets #60", "Overturned",
          S("Decision based on MTUS Opioids 2017, Section(s): Recommendations.", why="opioids guideline, buprenorphine"),
          S("Decision based on MTUS Opioids 2017, Section(s): Summary.", why="same"),
          "Buprenorphine is a reasonable agent for patients transitioning from high-dose full agonists, and the "
          "taper has succeeded. The request is medically necessary."),
        I("Butrans 10mcg/hr patch #4", "Upheld",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v9.",
            why="drug list addresses buprenorphine transdermal"),
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations, and Non-MTUS Citation ODG Pain "
            "(Chronic), Topical analgesics.", mm="yes",
            why="transdermal opioid decided on ODG Topical analgesics (and CP 2017); Topical analgesics does not "
            "address a systemic opioid patch"),
          "The patient now receives buprenorphine sublingually at a therapeutic dose; a second buprenorphine "
          "product adds risk and cost without a stated benefit. The transition period has ended. The request is "
          "not medically necessary."),
        I("Gabapentin 600mg #90", "Overturned",
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Summary.", why="chronic pain guideline, AEDs"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Antiepilepsy drugs (AEDs).",
            why="ODG AEDs"),
          "Gabapentin is a first-line medication for neuropathic pain including CRPS, and partial relief of "
          "burning pain is documented. The request is medically necessary."),
        I("Docusate sodium/senna 50/8.6mg #60", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Opioid-induced constipation "
            "treatment.", why="ODG OIC"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Opioid-induced constipation "
            "treatment.", why="same"),
          "Prophylaxis of constipation is recommended when opioids are prescribed. The request is medically "
          "necessary."),
        I("Naloxone 4mg nasal spray #2", "Overturned",
          S("Decision based on MTUS Opioids 2017, Section(s): Recommendations.", why="opioids guideline, naloxone"),
          S("Decision based on MTUS Opioids 2017, Section(s): Recommendations.", why="same"),
          "Naloxone is recommended for patients with a history of high-dose opioid use. The request is medically "
          "necessary."),
        I("Spinal cord stimulator trial", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Spinal cord stimulators (SCS).",
            why="ODG SCS"),
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations.",
            why="chronic pain guideline addresses SCS for CRPS"),
          "A stimulator trial for CRPS requires a current psychological evaluation that clears the patient. The "
          "2019 evaluation is out of date and the update is not yet certified. The request is not medically "
          "necessary at this time."),
        I("Psychological evaluation prior to spinal cord stimulator trial", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Psychological evaluations, IDDS & "
            "SCS.", why="ODG psych evaluation before SCS", exp="IMR0113", note="ODG topic the catalogue may lack"),
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations.",
            why="chronic pain guideline addresses psych screening before SCS"),
          "A psychological evaluation is recommended before a stimulator trial to screen for factors that predict "
          "a poor outcome. The request is medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM23-0058640", form="pdf", doi="06/30/2021", assigned="03/27/2023", decided="04/19/2023",
    ur="03/09/2023", received="03/21/2023", licensure="California", specialty="Orthopaedic Surgery",
    summary=[
        "This 50-year-old male utility lineman felt a pop in his right shoulder while pulling cable on "
        "06/30/2021. An MRI of 09/2021 showed a full-thickness supraspinatus tear of 1.5 cm with minimal "
        "retraction and no fatty atrophy. He declined surgery at first, tried therapy and one injection, and "
        "continued to work with restrictions. Weakness and night pain have progressed. Repeat examination on "
        "02/14/2023 showed weakness of external rotation 4-/5, a positive drop-arm sign, and active elevation to "
        "120 degrees.",
        "The surgeon requested arthroscopic rotator cuff repair, a post-operative sling with abduction pillow, "
        "24 sessions of post-operative physical therapy and a pre-operative electrocardiogram given his "
        "hypertension. Utilization review certified the repair and sling, modified therapy to 12 sessions and "
        "non-certified the electrocardiogram on 03/09/2023.",
    ],
    items=[
        I("Right shoulder arthroscopic rotator cuff repair", "Overturned",
          S("Decision based on MTUS Shoulder Disorders 2016, Section(s): Recommendations.",
            why="shoulder guideline, RCR"),
          S("Decision based on MTUS Shoulder Disorders 2023, Section(s): Recommendations.",
            why="shoulder guideline, RCR",
            exp="IMR0114", note="the Shoulder re-version took effect 08/10/2023; decided 04/19/2023"),
          "Repair is recommended for full-thickness tears with weakness and pain after conservative care, "
          "particularly in working-age patients. The request is medically necessary."),
        I("Post-operative sling with abduction pillow", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Shoulder (Acute & Chronic), Postoperative abduction "
            "pillow sling.", why="ODG abduction pillow sling"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Shoulder (Acute & Chronic), Postoperative abduction "
            "pillow sling.", why="same"),
          "Per ODG, an abduction pillow sling is an option after open or arthroscopic repair of large rotator cuff "
          "tears. The request is medically necessary."),
        I("Post-operative physical therapy, 24 sessions", "Upheld",
          S("Decision based on MTUS Postsurgical Treatment Guidelines, Section(s): Shoulder.", why="postsurgical shoulder"),
          S("Decision based on MTUS Postsurgical Treatment Guidelines, Section(s): Shoulder, General rules (initial "
            "course of therapy).", why="postsurgical shoulder and general rules"),
          "The postsurgical guidelines allow 24 visits over 14 weeks after rotator cuff repair, with an initial "
          "course of half that number. Twelve sessions were certified. The request for 24 is not medically "
          "necessary at this time."),
        I("Pre-operative electrocardiogram", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Preoperative "
            "electrocardiogram (ECG).", why="ODG pre-op ECG (a general pre-op topic housed in the low back chapter)",
            exp="IMR0113", note="topic the catalogue may lack"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Preoperative "
            "electrocardiogram (ECG).", why="same", exp="IMR0113", note="same"),
          "Per ODG, a pre-operative electrocardiogram is appropriate for patients with cardiovascular risk "
          "factors undergoing intermediate-risk surgery. He has treated hypertension. The request is medically "
          "necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM23-0214470", form="txt", doi="02/16/2022", assigned="11/20/2023", decided="12/05/2023",
    ur="11/02/2023", received="11/14/2023", licensure="California", specialty="Plastic Surgery, Hand Surgery",
    summary=[
        "This 57-year-old female line cook reported right wrist and hand pain from repetitive chopping and lifting "
        "pans, with a date of injury of 02/16/2022. She has triggering of the right ring finger with a palpable "
        "nodule at the A1 pulley, and ulnar-sided wrist pain with a positive ulnar fovea sign. Radiographs show "
        "neutral ulnar variance. She had one corticosteroid injection into the ring finger flexor sheath in "
        "04/2023 with three months of relief, therapy, a wrist brace, and tramadol as needed for flares.",
        "At the visit of 10/11/2023 the finger locked daily and had to be passively extended. Wrist pain was 5/10 "
        "with rotation, and the examiner suspected a triangular fibrocartilage tear. The surgeon requested an MRI "
        "of the right wrist, a right ring finger trigger release, a second flexor sheath injection as an "
        "alternative if she wished to postpone surgery, tramadol, and a urine drug screen. Utilization review "
        "non-certified the MRI, the injection, tramadol and the drug screen and certified the release on "
        "11/02/2023.",
    ],
    items=[
        I("MRI of the right wrist without contrast", "Overturned",
          S("Decision based on MTUS Hand, Wrist, and Forearm Disorders 2019, Section(s): Recommendations.",
            why="hand guideline, wrist MRI",
            exp="IMR0109", note="HWF 1-7-2019 replaced on 11/10/2023; decided 12/05/2023"),
          S("Decision based on MTUS Hand, Wrist, and Forearm Disorders 2023, Section(s): Recommendations.",
            why="hand guideline, wrist MRI"),
          "MRI is recommended for suspected TFCC tears with persistent ulnar-sided pain despite conservative care. "
          "Symptoms have lasted more than a year with a positive fovea sign. The request is medically necessary."),
        I("Right ring finger trigger finger release", "Overturned",
          S("Decision based on MTUS Hand, Wrist, and Forearm Disorders 2023, Section(s): Summary.",
            why="hand guideline, trigger release"),
          S("Decision based on MTUS Hand, Wrist, and Forearm Disorders 2023, Section(s): Recommendations.",
            why="same"),
          "Surgical release is recommended for trigger finger that recurs after one or two injections, or locks. "
          "The request is medically necessary."),
        I("Corticosteroid injection, right ring finger flexor sheath", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Forearm, Wrist, & Hand (Acute & Chronic), Injections.",
            why="ODG hand injections"),
          S("Decision based on MTUS Hand, Wrist, and Forearm Disorders 2023, Section(s): Recommendations.",
            why="hand guideline, trigger finger injection"),
          "Release has been certified; an injection offered as an alternative is not needed once surgery is "
          "planned, and the finger now locks. The request is not medically necessary."),
        I("Tramadol 50mg #30", "Upheld",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v10.", why="drug list, tramadol"),
          S("Decision based on MTUS Opioids 2017, Section(s): Recommendations.", why="opioids guideline, tramadol"),
          "Opioids are not recommended for hand and wrist disorders except briefly after surgery or a severe "
          "injury. Intermittent use for flares of tendinopathy has not been shown to improve function. The "
          "request is not medically necessary."),
        I("Urine drug screen", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Urine drug testing (UDT).",
            why="ODG UDT"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), NSAIDs (non-steroidal "
            "anti-inflammatory drugs).", mm="yes", why="drug test decided on the ODG NSAIDs entry"),
          "Since the tramadol has not been found necessary, drug testing for it is not needed. The request is "
          "not medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM24-0019921", form="pdf", doi="08/08/2018", assigned="01/10/2024", decided="01/30/2024",
    ur="12/21/2023", received="01/04/2024", licensure="California", specialty="Family Medicine",
    summary=[
        "This 49-year-old male roofer injured his low back on 08/08/2018 when he slipped on a pitched roof and "
        "caught himself. He has chronic mechanical low back pain with intermittent left buttock pain, lumbar "
        "spondylosis and a small L5-S1 protrusion without nerve root compression. He has completed therapy, "
        "chiropractic care and a home exercise program, and has tried meloxicam and methocarbamol, which he "
        "says allow him to work light duty. He lost weight and exercises at a pool three times a week.",
        "On 12/05/2023 he reported pain of 5/10, worse after lifting, with spasm over the left paraspinal "
        "muscles and normal neurological findings. The physician requested meloxicam, methocarbamol, a home "
        "lumbar traction unit, a TENS unit and eight sessions of aquatic therapy. Utilization review "
        "certified meloxicam and non-certified the rest on 12/21/2023.",
    ],
    items=[
        I("Meloxicam 15mg #30", "Overturned",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v12.", why="drug list, meloxicam",
            exp="IMR0114", note="Drug List v12 effective 11/01/2024; decided 01/30/2024 (v10 in force)"),
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v10, and Low Back Disorders 2020, Section(s): "
            "Recommendations.", why="drug list and low back guideline, NSAIDs"),
          "NSAIDs are recommended for chronic low back pain, and meloxicam is an exempt drug on the Drug List. "
          "The request is medically necessary."),
        I("Methocarbamol 750mg #60", "Upheld",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v10.", why="drug list, methocarbamol"),
          S("Decision based on MTUS Low Back Disorders 2020, Section(s): Recommendations.",
            why="low back guideline, muscle relaxants"),
          "Muscle relaxants are recommended for acute low back pain and are not recommended for chronic pain. "
          "Continuous use for years is documented. The request is not medically necessary."),
        I("Home lumbar traction unit", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Traction.",
            why="ODG low back traction", exp="IMR0113", note="ODG low back topic the catalogue may lack"),
          S("Decision based on MTUS Low Back Disorders 2020, Section(s): Recommendations.",
            why="low back guideline, traction"),
          "Traction is not recommended for low back pain. The request is not medically necessary."),
        I("TENS unit, 30-day trial", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Manipulation.",
            mm="yes", why="TENS decided on the ODG manipulation entry"),
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations.",
            why="chronic pain guideline addresses TENS"),
          "TENS is not recommended for chronic low back pain; the evidence does not show lasting benefit. The "
          "request is not medically necessary."),
        I("Aquatic therapy, 8 sessions", "Upheld",
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations.",
            why="chronic pain guideline addresses aquatic therapy"),
          S("Decision based on MTUS Low Back Disorders 2020, Section(s): Recommendations.",
            why="low back guideline addresses aquatic therapy"),
          "Aquatic therapy is an option for patients who cannot tolerate land-based exercise. The claimant already "
          "exercises independently in a pool; supervised sessions add nothing documented. The request is not "
          "medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM24-0175534", form="txt", doi="03/03/2023", assigned="09/30/2024", decided="10/16/2024",
    ur="09/12/2024", received="09/24/2024", licensure="California", specialty="Podiatric Surgery",
    summary=[
        "This 34-year-old female mail carrier has right heel pain and left knee pain since 03/03/2023, after "
        "increased walking on her route and a misstep off a curb. Diagnoses are right plantar fasciitis, "
        "possible right posterior tibial tendinopathy, and left patellofemoral pain syndrome. She has had "
        "stretching, night splints, prefabricated inserts, therapy and a heel injection in 2023, and uses "
        "diclofenac gel on the knee. A right ankle radiograph shows a small plantar calcaneal spur.",
        "On 08/20/2024 she reported 6/10 first-step heel pain and medial ankle pain with swelling after her "
        "shift, pain on single-leg heel rise, and anterior knee pain on stairs with patellar crepitus. The "
        "podiatrist requested custom orthotics, an MRI of the right ankle, a hinged knee brace, six sessions "
        "of acupuncture for the knee, and diclofenac 1% gel. Utilization review certified the gel and "
        "non-certified the other items on 09/12/2024.",
    ],
    items=[
        I("Custom foot orthotics, pair", "Overturned",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Ankle & Foot (Acute & Chronic), Orthotic devices.",
            why="ODG ankle orthotics"),
          S("Decision based on MTUS Ankle and Foot Disorders 2018, Section(s): Recommendations.",
            why="ankle/foot guideline, orthoses"),
          "Orthoses are recommended for plantar fasciitis and posterior tibial tendinopathy with persistent "
          "symptoms after prefabricated inserts. The request is medically necessary."),
        I("MRI of the right ankle", "Overturned",
          S("Decision based on MTUS Ankle and Foot Disorders 2018, Section(s): Summary.", why="ankle guideline, MRI"),
          S("Decision based on MTUS Ankle and Foot Disorders 2018, Section(s): Recommendations.", why="same"),
          "MRI is recommended for suspected posterior tibial tendon dysfunction not responding to care, to stage "
          "the tendon. The request is medically necessary."),
        I("Hinged knee brace, left", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Knee & Leg (Acute & Chronic), Knee brace.",
            why="ODG knee brace"),
          S("Decision based on MTUS Knee Disorders 2019, Section(s): Recommendations.", why="knee guideline, braces"),
          "Hinged bracing is not recommended for patellofemoral pain without instability. The request is not "
          "medically necessary."),
        I("Acupuncture, left knee, 6 sessions", "Upheld",
          S("Decision based on MTUS Acupuncture Medical Treatment Guidelines.", why="acupuncture guideline"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Shoulder (Acute & Chronic), Physical therapy.",
            mm="yes", why="knee acupuncture decided on the ODG shoulder physical therapy entry"),
          "The knee complaint is patellofemoral and has not been treated with a structured strengthening program, "
          "which is first-line care. The request is not medically necessary."),
        I("Diclofenac sodium 1% gel 100g", "Overturned",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v11.",
            why="drug list, diclofenac gel",
            exp="none", note="Drug List v11 in force until 10/31/2024; decided 10/16/2024"),
          S("Decision based on MTUS Knee Disorders 2019, Section(s): Recommendations.",
            why="knee guideline, topical NSAIDs"),
          "Topical NSAIDs are recommended for patellofemoral pain and osteoarthritis of superficial joints. The "
          "request is medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM25-0052290", form="pdf", doi="10/14/2017", assigned="03/06/2025", decided="03/27/2025",
    ur="02/14/2025", received="02/28/2025", licensure="California", specialty="Physical Medicine & Rehabilitation",
    summary=[
        "The patient is a 46-year-old female home health aide with chronic neck, upper back and bilateral "
        "shoulder girdle pain after lifting a client on 10/14/2017, with a later diagnosis of chronic widespread "
        "pain and depression. She has had therapy, acupuncture, trigger point injections, and trials of "
        "gabapentin and nortriptyline, stopped for sedation. Duloxetine was started in 2024 with improvement in "
        "mood and sleep. She asked about cannabis and was given a trial prescription of dronabinol by another "
        "provider. She takes omeprazole, which was started years ago with ibuprofen, although she no longer takes "
        "ibuprofen.",
        "At the visit of 01/22/2025 she reported pain of 7/10, fatigue, fear of movement and inability to work; "
        "the pain psychologist recommended an interdisciplinary program. Requested were duloxetine 60 mg, "
        "dronabinol 5 mg, 80 hours of a functional restoration program, and omeprazole 20 mg. Utilization review "
        "on 02/14/2025 certified duloxetine and non-certified the rest.",
    ],
    items=[
        I("Duloxetine 60mg #30", "Overturned",
          S("Decision based on MTUS Chronic Pain Guideline (ACOEM December 19, 2024), Section(s): Recommendations.",
            why="chronic pain guideline, SNRIs", exp="IMR0115",
            note="the Dec 19, 2024 Chronic Pain Guideline was proposed in 2025; not adopted on the decision date"),
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations.", why="chronic pain guideline, SNRIs"),
          "Duloxetine is recommended for chronic widespread pain and co-existing depression, and she reports "
          "improvement. The request is medically necessary."),
        I("Dronabinol 5mg #60", "Upheld",
          S("Decision based on MTUS Cannabis Guideline (ACOEM January 28, 2025), Section(s): Cannabinoids for "
            "Chronic Pain.", why="cannabis guideline, cannabinoids for chronic pain", exp="IMR0115",
            note="Cannabis Guideline proposed 2025, adoption not known"),
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations.",
            why="chronic pain guideline addresses cannabinoids"),
          "Cannabinoids are not recommended for chronic pain; the evidence of benefit is weak and adverse effects "
          "are common. The request is not medically necessary."),
        I("Functional restoration program, 80 hours", "Overturned",
          S("Decision based on MTUS Chronic Pain 2017, Section(s): Recommendations.", why="chronic pain guideline, FRP"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Functional restoration programs "
            "(FRPs).", why="ODG FRP"),
          "An interdisciplinary program is recommended for chronic pain with disability when other treatments "
          "have failed, motivation is documented, and negative predictors are addressed. The evaluation supports "
          "her candidacy; an initial two-week trial is requested. The request is medically necessary."),
        I("Omeprazole 20mg #30", "Upheld",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v12.", why="drug list, omeprazole"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Topical analgesics.", mm="yes",
            why="oral PPI decided on the ODG topical analgesics entry"),
          "A proton pump inhibitor is indicated for gastric protection in patients on NSAIDs with risk factors; "
          "she no longer takes an NSAID and has no reflux symptoms. The request is not medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM25-0166903", form="txt", doi="01/09/2021", assigned="08/28/2025", decided="09/18/2025",
    ur="08/08/2025", received="08/20/2025", licensure="California", specialty="Orthopaedic Surgery, Spine",
    summary=[
        "This 59-year-old male heavy equipment operator has chronic neck pain and right shoulder pain since a "
        "jolting injury when his excavator dropped into a trench on 01/09/2021. Diagnoses are cervical facet "
        "arthropathy at C4-5 and C5-6, cervical spondylosis, and right shoulder pain with possible labral "
        "pathology. Medial branch blocks at C4, C5 and C6 on the right in 2025 each gave 80% relief for the "
        "duration of the anesthetic. His last cervical MRI was in 2022. He takes tizanidine at night.",
        "On 07/15/2025 he had axial neck pain 6/10, limited rotation and tenderness over the right facets, with "
        "normal neurological findings, and right shoulder pain with a positive O'Brien test. The spine surgeon "
        "requested right C4-C6 radiofrequency ablation, an updated cervical MRI, eight sessions of therapy for "
        "the neck, tizanidine, and an MR arthrogram of the right shoulder. Utilization review certified the "
        "ablation and tizanidine and denied the others on 08/08/2025.",
    ],
    items=[
        I("Right C4-C6 radiofrequency ablation", "Overturned",
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2018, Section(s): Recommendations.",
            why="cervical guideline, RFA"),
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2018, Section(s): Summary.", why="same"),
          "Radiofrequency neurotomy is an option for cervical facet pain confirmed by dual blocks. The request is "
          "medically necessary."),
        I("MRI of the cervical spine", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Neck and Upper Back (Acute & Chronic), Magnetic "
            "resonance imaging (MRI).", why="ODG neck MRI"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, MRIs (magnetic resonance "
            "imaging).", mm="yes", why="cervical MRI decided on the ODG low back MRI entry"),
          "Repeat imaging is not indicated without new neurological findings, and the ablation does not depend on "
          "it. The request is not medically necessary."),
        I("Physical therapy, cervical spine, 8 sessions", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Neck and Upper Back, Physical therapy.",
            why="ODG neck PT"),
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2018, Section(s): Recommendations.",
            why="cervical guideline, therapy"),
          "Therapy after neurotomy may be reasonable, but the request precedes the procedure and he has had many "
          "prior courses. The request is not medically necessary at this time."),
        I("Tizanidine 4mg #30", "Overturned",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v13.", why="drug list, tizanidine"),
          S("Decision based on MTUS Cervical and Thoracic Spine Disorders 2018, Section(s): Recommendations.",
            why="cervical guideline, muscle relaxants"),
          "Use at night in low dose with documented benefit is acceptable. The request is medically necessary."),
        I("MR arthrogram of the right shoulder", "Overturned",
          S("Decision based on MTUS Shoulder Disorders 2023, Section(s): Recommendations.", why="shoulder guideline"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Shoulder (Acute & Chronic), Magnetic resonance imaging "
            "(MRI).", why="ODG shoulder MRI"),
          "MR arthrography is recommended for suspected labral tears after failure of conservative care. A "
          "positive O'Brien test and mechanical symptoms are documented. The request is medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM26-0040117", form="pdf", doi="09/22/2022", assigned="02/02/2026", decided="02/24/2026",
    ur="01/13/2026", received="01/27/2026", licensure="California", specialty="Neurological Surgery",
    summary=[
        "This 38-year-old female warehouse picker has left L5-S1 radiculopathy from a large extruded disc "
        "herniation after lifting a carton on 09/22/2022. She has had physical therapy, two epidural injections, "
        "and medications, with persistent leg pain of 8/10, weakness of plantar flexion 4/5, and an absent left "
        "ankle reflex. Since the injury she has also developed generalized anxiety disorder with panic episodes, "
        "treated with buspirone by her primary physician and, intermittently, clonazepam.",
        "The neurosurgeon requested a left L5-S1 microdiscectomy with an assistant surgeon. The psychiatrist "
        "requested buspirone, clonazepam and eight sessions of cognitive behavioural therapy. Utilization "
        "review of 01/13/2026 certified the discectomy and buspirone and non-certified the assistant surgeon, "
        "clonazepam and psychotherapy.",
    ],
    items=[
        I("Left L5-S1 microdiscectomy", "Overturned",
          S("Decision based on MTUS Low Back Disorders 2020, Section(s): Recommendations.",
            why="low back guideline, discectomy"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Discectomy/laminectomy.",
            why="ODG discectomy"),
          "Discectomy is recommended for radiculopathy with concordant imaging and deficits after failure of "
          "conservative care. The request is medically necessary."),
        I("Associated surgical service: assistant surgeon", "Upheld",
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Surgical assistant.",
            why="ODG surgical assistant", exp="IMR0113", note="topic the catalogue may lack"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Low Back - Lumbar & Thoracic, Surgical assistant.",
            why="same", exp="IMR0113", note="same"),
          "Per ODG, an assistant surgeon is not typically needed for a single-level microdiscectomy. The request is "
          "not medically necessary."),
        I("Buspirone 10mg #60", "Overturned",
          S("Decision based on MTUS Workplace Mental Health: Anxiety Disorders 2021, Section(s): Recommendations.",
            why="anxiety guideline, buspirone"),
          S("Decision based on MTUS Workplace Mental Health: Anxiety Disorders 2021, Section(s): Summary.", why="same"),
          "Buspirone is an option for generalized anxiety disorder. The request is medically necessary."),
        I("Clonazepam 0.5mg #30", "Upheld",
          S("Decision based on MTUS Workplace Mental Health: Anxiety Disorders 2021, Section(s): Recommendations.",
            why="anxiety guideline, benzodiazepines"),
          S("Decision based on MTUS Workplace Mental Health: Anxiety Disorders 2021, Section(s): Recommendations.",
            why="same"),
          "Benzodiazepines are recommended only for brief use in acute panic, not as maintenance. The request is "
          "not medically necessary."),
        I("Cognitive behavioral therapy, 8 sessions", "Overturned",
          S("Decision based on MTUS Workplace Mental Health: Anxiety Disorders 2021, Section(s): Recommendations.",
            why="anxiety guideline, CBT"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Mental Illness & Stress, Cognitive therapy for "
            "depression.", mm="unsure",
            why="CBT for anxiety decided on an ODG entry titled for depression: same therapy, other disorder"),
          "Cognitive behavioural therapy is first-line treatment of generalized anxiety disorder. The request is "
          "medically necessary."),
    ]))

# ---------------------------------------------------------------------------------------------------------------
LETTERS.append(dict(
    case="CM26-0098760", form="txt", doi="12/28/2020", assigned="04/22/2026", decided="05/14/2026",
    ur="04/02/2026", received="04/15/2026", licensure="California", specialty="Pulmonary Disease",
    summary=[
        "This 52-year-old male hospital respiratory therapist contracted COVID-19 pneumonia at work, with onset "
        "on 12/28/2020, requiring hospitalization and supplemental oxygen. He has persistent exertional dyspnea, "
        "fatigue and cough. Pulmonary function testing in 2022 showed a mild restrictive pattern with reduced "
        "diffusing capacity; a chest CT in 2022 showed residual ground-glass opacities and mild reticulation. He "
        "uses an albuterol inhaler for wheezing with exertion, a new complaint since the infection.",
        "On 03/10/2026 oxygen saturation fell from 96% to 89% on a six-minute walk. The pulmonologist requested "
        "repeat pulmonary function testing, twelve sessions of pulmonary rehabilitation, an albuterol inhaler, a "
        "high-resolution chest CT and home health aide services three hours a day. Utilization review on "
        "04/02/2026 certified the albuterol and non-certified the rest.",
    ],
    items=[
        I("Pulmonary function testing with DLCO", "Overturned",
          S("Decision based on MTUS Occupational/Work-Related Asthma Medical Treatment 2020, Section(s): "
            "Recommendations.", why="asthma guideline addresses spirometry"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pulmonary, Pulmonary function testing.", why="ODG PFT"),
          "Pulmonary function testing is recommended to follow restrictive disease after COVID-19 pneumonia with "
          "new desaturation. The request is medically necessary."),
        I("Pulmonary rehabilitation, 12 sessions", "Overturned",
          S("Decision based on MTUS Coronavirus (COVID-19) 2021, Section(s): Recommendations.",
            why="COVID guideline addresses rehabilitation"),
          S("Decision based on MTUS Coronavirus (COVID-19) 2021, Section(s): Recommendations.", why="same"),
          "Pulmonary rehabilitation is recommended for persistent dyspnea and reduced exercise tolerance after "
          "COVID-19. The request is medically necessary."),
        I("Albuterol HFA inhaler", "Overturned",
          S("Decision based on MTUS Drug Formulary, MTUS Drug List v13.", why="drug list, albuterol"),
          S("Decision based on MTUS Occupational/Work-Related Asthma Medical Treatment 2020, Section(s): "
            "Recommendations.", why="asthma guideline, bronchodilators"),
          "Short-acting bronchodilators are recommended for exertional bronchospasm. The request is medically "
          "necessary."),
        I("High-resolution CT of the chest", "Overturned",
          S("Decision based on MTUS Occupational Interstitial Lung Disease 2019, Section(s): Recommendations.",
            why="ILD guideline, HRCT"),
          S("Decision based on MTUS Occupational Interstitial Lung Disease 2019, Section(s): Summary.", why="same"),
          "High-resolution CT is recommended to evaluate suspected interstitial disease with worsening "
          "physiology. The request is medically necessary."),
        I("Home health aide, 3 hours per day", "Upheld",
          S(NO_CITE, why="no citation"),
          S(OUTSIDE + "Decision based on Non-MTUS Citation ODG Pain (Chronic), Home health services.",
            why="ODG home health services"),
          "Home health services are for medical care of homebound patients; he is ambulatory, and homemaker help "
          "is not medical treatment. The request is not medically necessary."),
    ]))
