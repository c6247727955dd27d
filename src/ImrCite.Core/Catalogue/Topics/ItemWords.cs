using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>What a word of a disputed item tells about it, besides the treatments the catalogue names.</summary>
internal enum ItemWordKind
{
    /// <summary>A request word that is no treatment ("retrospective", "additional"): read past.</summary>
    Ignore,
    /// <summary>A request for a specialist's service ("referral", "consultation for", "evaluation"): the treatment behind it is the item, the service a second reading.</summary>
    Consultation,
    /// <summary>"Follow-up": a visit, with the treatment behind it.</summary>
    FollowUp,
    /// <summary>"Associated surgical service", "post-op": the item belongs to a surgery.</summary>
    PostOperative,
    /// <summary>A word of form ("cream", "compounded", "unit", "tablet").</summary>
    Form,
    /// <summary>A body part ("knee", "lumbar", "upper extremities").</summary>
    BodyPart,
    /// <summary>A side ("left", "bilateral"): not part of any treatment's name.</summary>
    Side,
    /// <summary>A word that states what the item (or a section's title) is for: "diagnostic", "therapeutic".</summary>
    Purpose,
    /// <summary>
    /// A noun of operative work on a structure ("release", "repair", "excision"): with a body part named and no treatment
    /// the catalogue knows, the item is an operation on that part.
    /// </summary>
    Procedure,
}

/// <summary>One phrase of the item vocabulary, as matching-key words, with what it tells.</summary>
internal sealed class ItemWord
{
    public ItemWord(string phrase, ItemWordKind kind, TreatmentForm? form = null, BodyPart[]? parts = null, ItemPurpose? purpose = null, bool partsAreAlternatives = false)
    {
        PartsAreAlternatives = partsAreAlternatives;
        Words = TextKey.Normalize(phrase).Split(' ');
        Kind = kind;
        Form = form;
        Parts = parts ?? Array.Empty<BodyPart>();
        Purpose = purpose;
    }

    public string[] Words { get; }

    public ItemWordKind Kind { get; }

    public TreatmentForm? Form { get; }

    public BodyPart[] Parts { get; }

    /// <summary>
    /// True when the word names one of <see cref="Parts"/>, not all of them: a labrum is the shoulder's or the hip's. Another
    /// word of the item that names one of them says which ("hip labral repair"); alone, the item is about either.
    /// </summary>
    public bool PartsAreAlternatives { get; }

    /// <summary>For <see cref="ItemWordKind.Purpose"/>, the purpose the word states.</summary>
    public ItemPurpose? Purpose { get; }
}

/// <summary>
/// The words of disputed items that are not treatment names: request modifiers, forms, sides and body parts. They are
/// the ordinary vocabulary of requests and anatomy (not any letter's wording); treatment names come from the catalogue.
/// The service a modifier stands for is found by name in the catalogue too (<see cref="ServiceNames"/>), so a
/// catalogue without a consultation treatment simply reads no service.
/// </summary>
internal static class ItemWords
{
    /// <summary>The catalogue names the services are looked up by.</summary>
    public static string ServiceName(ItemWordKind kind) => kind switch
    {
        ItemWordKind.Consultation => "consultation",
        ItemWordKind.FollowUp => "follow-up visit",
        ItemWordKind.PostOperative => "surgery",
        _ => "",
    };

    /// <summary>Every service name, for documentation and tests.</summary>
    public static IReadOnlyList<string> ServiceNames { get; } = new[] { "consultation", "follow-up visit", "surgery" };

    private static readonly Dictionary<string, List<ItemWord>> ByFirstWord = Build();

    /// <summary>The phrases that start with <paramref name="word"/>, longest first.</summary>
    public static IReadOnlyList<ItemWord> StartingWith(string word) =>
        ByFirstWord.TryGetValue(word, out var list) ? list : (IReadOnlyList<ItemWord>)Array.Empty<ItemWord>();

    // The suffixes of medical word formation that name an operation: cutting out, cutting into, making an opening, reshaping,
    // fusing, suturing, fixing in place ("tenosynovectomy", "foraminotomy", "arthroplasty", "arthrodesis", "tenorrhaphy").
    private static readonly string[] OperationSuffixes =
    {
        "ectomy", "ectomies", "otomy", "otomies", "ostomy", "ostomies", "plasty", "plasties", "desis", "rrhaphy", "pexy",
    };

    /// <summary>True when the word names an operation by its suffix ("fasciectomy", "foraminotomy", "arthroplasty").</summary>
    public static bool IsOperation(string word)
    {
        foreach (string suffix in OperationSuffixes)
        {
            // A stem of at least three letters before the suffix: the word is a compound, not the suffix on its own.
            if (word.Length >= suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A spinal level ("c5", "l4", "s1", "t12"): the part of the spine it belongs to, or null.</summary>
    public static BodyPart? SpinalLevel(string word)
    {
        if (word.Length < 2 || word.Length > 3 || !char.IsDigit(word[1]) || (word.Length == 3 && !char.IsDigit(word[2])))
        {
            return null;
        }
        int level = word.Length == 2 ? word[1] - '0' : (word[1] - '0') * 10 + (word[2] - '0');
        return word[0] switch
        {
            'c' when level >= 1 && level <= 8 => BodyPart.Cervical,
            't' when level >= 1 && level <= 12 => BodyPart.Thoracic,
            'l' when level >= 1 && level <= 5 => BodyPart.Lumbar,
            's' when level >= 1 && level <= 5 => BodyPart.Lumbar,
            _ => null,
        };
    }

    private static Dictionary<string, List<ItemWord>> Build()
    {
        var words = new List<ItemWord>();
        void Add(ItemWordKind kind, params string[] phrases)
        {
            foreach (string phrase in phrases)
            {
                words.Add(new ItemWord(phrase, kind));
            }
        }
        void Form(TreatmentForm form, params string[] phrases)
        {
            foreach (string phrase in phrases)
            {
                words.Add(new ItemWord(phrase, ItemWordKind.Form, form));
            }
        }
        void Part(BodyPart[] parts, params string[] phrases)
        {
            foreach (string phrase in phrases)
            {
                words.Add(new ItemWord(phrase, ItemWordKind.BodyPart, parts: parts));
            }
        }
        void EitherPart(BodyPart[] parts, params string[] phrases)
        {
            foreach (string phrase in phrases)
            {
                words.Add(new ItemWord(phrase, ItemWordKind.BodyPart, parts: parts, partsAreAlternatives: true));
            }
        }

        Add(ItemWordKind.Ignore, "retrospective", "retro", "prospective", "additional", "continued", "continue", "request", "requested",
            "prescription", "refill", "refills", "renewal", "date of service", "dos");
        Add(ItemWordKind.Consultation, "referral", "referrals", "refer", "referred", "consultation", "consultations", "consult", "consults",
            "evaluation", "evaluations", "eval", "evaluate", "second opinion", "transfer of care", "toc");
        Add(ItemWordKind.FollowUp, "follow up", "followup", "follow ups");
        // A visit whose subject is the patient's medicines ("medication management", a physician's visit to adjust them): the
        // medicines are what the visit is about, not what is requested. A drug named beside it is still that drug.
        Add(ItemWordKind.FollowUp, "medication management", "medications management", "med management", "meds management",
            "medication review", "medication reviews", "medications review", "medication check", "medication checks", "med check",
            "med checks", "pharmacologic management", "pharmacological management", "pharmacotherapy management");
        Add(ItemWordKind.PostOperative, "associated surgical service", "associated surgical services", "post op", "postop", "post operative",
            "postoperative", "post surgical", "postsurgical", "pre op", "preop", "pre operative", "perioperative", "peri operative");
        // Words that state a purpose. Only the unambiguous adjectives: "treatment" heads too many titles ("Insomnia
        // treatment") to say what a section is for.
        foreach (string phrase in new[] { "diagnostic", "diagnostics", "diagnosis" })
        {
            words.Add(new ItemWord(phrase, ItemWordKind.Purpose, purpose: ItemPurpose.Diagnosis));
        }
        foreach (string phrase in new[] { "therapeutic", "therapeutically" })
        {
            words.Add(new ItemWord(phrase, ItemWordKind.Purpose, purpose: ItemPurpose.Treatment));
        }
        // Operative work on a named structure ("trigger finger release", "repair of the extensor tendon"). Only nouns that
        // name no treatment on their own; they count only beside a body part (see DisputedItemReading.Read).
        Add(ItemWordKind.Procedure, "release", "repair", "reconstruction", "excision", "resection", "debridement", "open reduction");
        Add(ItemWordKind.Side, "left", "right", "bilateral", "bilaterally", "lt", "rt", "bilat", "both");

        Form(TreatmentForm.Topical, "topical", "topically", "cream", "creams", "gel", "gels", "ointment", "ointments", "lotion", "lotions",
            "patch", "patches", "transdermal", "liniment", "balm");
        Form(TreatmentForm.Compounded, "compound", "compounded", "compounding");
        Form(TreatmentForm.Injected, "injectable", "injected", "intramuscular");
        Form(TreatmentForm.Device, "unit", "units", "device", "devices", "machine", "purchase", "purchased", "rental", "rent", "rented");
        Form(TreatmentForm.Oral, "oral", "orally", "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "by mouth");

        var cervical = new[] { BodyPart.Cervical };
        var thoracic = new[] { BodyPart.Thoracic };
        var lumbar = new[] { BodyPart.Lumbar };
        Part(cervical, "cervical", "neck", "c spine");
        Part(new[] { BodyPart.Cervical, BodyPart.Thoracic }, "cervicothoracic");
        Part(thoracic, "thoracic", "upper back", "mid back", "middle back", "t spine");
        Part(new[] { BodyPart.Thoracic, BodyPart.Lumbar }, "thoracolumbar");
        Part(lumbar, "lumbar", "lumbosacral", "low back", "lower back", "l spine", "ls spine", "lumbar spine", "sciatic", "sciatica");
        // The sacroiliac joints and the sacrum sit between the spine and the pelvis: guidelines treat them in the low back
        // chapter and in the hip and pelvis chapter, so an item about them falls within either.
        Part(new[] { BodyPart.Lumbar, BodyPart.Hip }, "sacral", "sacrum", "sacroiliac", "si joint", "si joints", "coccyx", "buttock", "buttocks",
            "gluteal");
        Part(new[] { BodyPart.Spine }, "spine", "spinal", "back");
        // Anatomical landmarks and the conditions named after them go to the body part whose chapter treats them.
        Part(new[] { BodyPart.Shoulder }, "shoulder", "shoulders", "rotator cuff", "acromioclavicular", "ac joint", "clavicle", "glenohumeral",
            "subacromial", "supraspinatus", "infraspinatus", "subscapularis", "acromion", "acromial", "humeral head",
            "frozen shoulder", "adhesive capsulitis");
        Part(new[] { BodyPart.Shoulder, BodyPart.Thoracic }, "scapula", "scapular");
        // Words for a structure both of two parts have: the item is about one of them, and another word of it may say which.
        EitherPart(new[] { BodyPart.Shoulder, BodyPart.Hip }, "labrum", "labral");
        EitherPart(new[] { BodyPart.WristHand, BodyPart.AnkleFoot }, "digit", "digits", "interphalangeal");
        Part(new[] { BodyPart.Elbow }, "elbow", "elbows", "epicondyle", "epicondyles", "epicondylar", "epicondylitis", "epicondylalgia",
            "olecranon", "cubital", "cubital tunnel", "radial head", "tennis elbow", "golfers elbow");
        Part(new[] { BodyPart.WristHand }, "wrist", "wrists", "hand", "hands", "finger", "fingers", "thumb", "thumbs", "forearm", "forearms", "carpal",
            "metacarpal", "metacarpals", "carpometacarpal", "cmc", "cmc joint", "metacarpophalangeal", "mcp joint",
            "trigger finger", "trigger thumb", "de quervain", "de quervains", "dequervain", "dequervains", "scaphoid",
            "tfcc", "triangular fibrocartilage", "radiocarpal", "carpal tunnel");
        Part(new[] { BodyPart.UpperExtremity }, "upper extremity", "upper extremities", "upper limb", "upper limbs", "arm", "arms", "bue");
        Part(new[] { BodyPart.Hip }, "hip", "hips", "groin", "pelvis", "pelvic", "trochanter", "trochanters", "trochanteric", "acetabulum",
            "acetabular", "femoral head", "femoroacetabular", "iliopsoas");
        Part(new[] { BodyPart.Knee }, "knee", "knees", "patella", "patellar", "meniscus", "menisci", "meniscal", "patellofemoral", "acl",
            "pcl", "mcl", "lcl", "cruciate", "anterior cruciate ligament", "posterior cruciate ligament", "tibial plateau", "chondromalacia");
        Part(new[] { BodyPart.AnkleFoot }, "ankle", "ankles", "foot", "feet", "heel", "heels", "toe", "toes", "plantar", "achilles", "calcaneus", "tarsal", "metatarsal",
            "metatarsals", "plantar fascia", "plantar fasciitis", "malleolus", "malleolar", "talus", "talar", "subtalar", "hallux", "bunion",
            "calcaneal", "tarsal tunnel");
        Part(new[] { BodyPart.LowerExtremity }, "lower extremity", "lower extremities", "lower limb", "lower limbs", "leg", "legs", "lower leg",
            "lower legs", "ble", "thigh", "thighs", "calf", "calves", "shin");
        Part(new[] { BodyPart.Head }, "head", "brain", "skull", "face", "jaw", "tmj", "temporomandibular");
        Part(new[] { BodyPart.Eye }, "eye", "eyes");

        var index = new Dictionary<string, List<ItemWord>>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (!index.TryGetValue(word.Words[0], out var list))
            {
                list = new List<ItemWord>();
                index.Add(word.Words[0], list);
            }
            list.Add(word);
        }
        foreach (var list in index.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
        return index;
    }
}
