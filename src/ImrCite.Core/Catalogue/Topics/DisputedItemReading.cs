using ImrCite.Text;

namespace ImrCite.Catalogue;

/// <summary>
/// A disputed item as a topic: the treatment requested, the form it is requested in, the body parts it is for, and
/// its purpose — "Associated surgical service: post-op sling for the left shoulder" is a sling (a device) for the
/// shoulder, around a surgery; "Referral to physical therapy" is physical therapy, with a consultation behind it.
/// </summary>
/// <remarks>
/// The item's words are read left to right, taking at each word the longest phrase that is a treatment's name in the
/// catalogue or a word of the item vocabulary (request modifiers, forms, sides, body parts; <see cref="ItemWords"/>).
/// A phrase used once is not read again, so "MRI of the knee" is a knee MRI and not also an MRI, and "knee scooter"
/// names a treatment rather than the knee. Linear in the item's length.
/// </remarks>
#if IMRCITE_PUBLIC
public sealed class DisputedItemReading
#else
internal sealed class DisputedItemReading
#endif
{
    private DisputedItemReading(string text, IReadOnlyList<Treatment> treatments, IReadOnlyList<Treatment> services,
        IReadOnlyList<TreatmentForm> forms, IReadOnlyList<BodyPart> bodyParts, bool bodyPartsNamed, ItemPurpose purpose, bool treatmentsNameParts = false)
    {
        _treatmentsNameParts = treatmentsNameParts;
        Text = text;
        Treatments = treatments;
        Services = services;
        Forms = forms;
        BodyParts = bodyParts;
        BodyPartsNamed = bodyPartsNamed;
        Purpose = purpose;
    }

    // True when a treatment's own name says its body part ("cervical MRI"): a description need not repeat it.
    private readonly bool _treatmentsNameParts;

    /// <summary>The item as written.</summary>
    public string Text { get; }

    /// <summary>The treatments requested, most specific first-named: a class named beside one of its members is left out. Empty when the catalogue knows none.</summary>
    public IReadOnlyList<Treatment> Treatments { get; }

    /// <summary>
    /// The services the request words stand for, beside the treatment: the consultation of "referral for", the visit of
    /// "follow-up", the surgery of "associated surgical service". A section on one of them bears on the item too.
    /// </summary>
    public IReadOnlyList<Treatment> Services { get; }

    /// <summary>The forms the item is requested in: from its words ("cream", "compounded", "unit", a strength in %) and from its treatments' classes.</summary>
    public IReadOnlyList<TreatmentForm> Forms { get; }

    /// <summary>The body parts the item is for: those its words name, else those its treatments are specific to.</summary>
    public IReadOnlyList<BodyPart> BodyParts { get; }

    /// <summary>True when the item's own words name <see cref="BodyParts"/> (not just its treatments).</summary>
    public bool BodyPartsNamed { get; }

    /// <summary>What the item is for: around a surgery when its words or treatment say so, else its treatment's purpose, else treatment.</summary>
    public ItemPurpose Purpose { get; }

    /// <summary>True when the catalogue knows no treatment in the item: nothing can be said about its topic.</summary>
    public bool IsUnknown => Treatments.Count == 0;

    /// <summary>The item as a topic, for a message: "diazepam", "topical diclofenac", "MRI of the knee".</summary>
    public string Describe()
    {
        if (Treatments.Count == 0)
        {
            return Text;
        }
        var names = new List<string>();
        foreach (var treatment in Treatments)
        {
            names.Add(treatment.ToString());
        }
        var builder = new StringBuilder();
        if (HasForm(TreatmentForm.Compounded))
        {
            builder.Append("compounded ");
        }
        else if (HasForm(TreatmentForm.Topical) && Treatments.Count == 1 && !HasOwnForm(Treatments[0]))
        {
            builder.Append("topical ");
        }
        builder.Append(Join(names, "and"));
        if (BodyPartsNamed && !_treatmentsNameParts)
        {
            var parts = new List<string>();
            foreach (var part in BodyParts)
            {
                parts.Add(Catalogue.BodyParts.Display(part));
            }
            builder.Append(" of the ").Append(Join(parts, "and"));
        }
        return builder.ToString();
    }

    /// <summary>True when the item is requested in <paramref name="form"/>.</summary>
    public bool HasForm(TreatmentForm form)
    {
        foreach (var each in Forms)
        {
            if (each == form)
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasOwnForm(Treatment treatment) => treatment.Form is not null;

    /// <summary>The same item with no body part: for a section whose chapter is not known, only its treatments count.</summary>
    public DisputedItemReading WithoutBodyParts() =>
        new DisputedItemReading(Text, Treatments, Services, Forms, Array.Empty<BodyPart>(), false, Purpose, _treatmentsNameParts)
        {
            IsVisitOnly = IsVisitOnly,
            StatedPurposes = StatedPurposes,
        };

    /// <summary>A treatment on its own read as an item: its form, body parts and purpose from the catalogue.</summary>
    internal static DisputedItemReading Of(Treatment treatment, GuidelineCatalogue catalogue, IReadOnlyList<BodyPart>? bodyParts = null)
    {
        var forms = catalogue.FormOf(treatment) is { } form ? new[] { form } : Array.Empty<TreatmentForm>();
        var parts = bodyParts is { Count: > 0 } ? bodyParts : catalogue.BodyPartsOf(treatment);
        return new DisputedItemReading(treatment.ToString(), new[] { treatment }, Array.Empty<Treatment>(), forms,
            parts, false, catalogue.PurposeOf(treatment) ?? ItemPurpose.Treatment);
    }

    /// <summary>Reads a disputed item against the catalogue's treatments.</summary>
    public static DisputedItemReading Read(string text, GuidelineCatalogue catalogue)
    {
        var words = TextKey.Normalize(text).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        var treatments = new List<Treatment>();
        var serviceKinds = new List<ItemWordKind>();
        var forms = new List<TreatmentForm>();
        var parts = new List<BodyPart>();
        var alternatives = new List<BodyPart[]>();
        bool postOperative = false;
        bool operationNamed = false;
        bool procedureNoun = false;
        var statedPurposes = new List<ItemPurpose>();
        // Sides are not part of treatments' names ("MRI of the right shoulder" names "MRI of the shoulder"): read without them.
        var kept = new List<string>(words.Length);
        foreach (string word in words)
        {
            if (!IsSide(word))
            {
                kept.Add(word);
            }
        }
        for (int i = 0; i < kept.Count;)
        {
            var (treatment, treatmentLength) = catalogue.LongestTreatmentName(kept, i);
            ItemWord? vocabulary = null;
            foreach (var candidate in ItemWords.StartingWith(kept[i]))
            {
                if (Matches(kept, i, candidate.Words))
                {
                    vocabulary = candidate;
                    break;
                }
            }
            int vocabularyLength = vocabulary?.Words.Length ?? 0;
            // The longer phrase wins; on a tie a request modifier wins ("referral" is read as a request word, and the
            // consultation it stands for is a service).
            if (treatment is not null && (treatmentLength > vocabularyLength || (treatmentLength == vocabularyLength && vocabulary!.Kind != ItemWordKind.Consultation && vocabulary.Kind != ItemWordKind.FollowUp)))
            {
                AddOnce(treatments, treatment);
                i += treatmentLength;
                continue;
            }
            if (vocabulary is not null)
            {
                switch (vocabulary.Kind)
                {
                    case ItemWordKind.Consultation:
                    case ItemWordKind.FollowUp:
                        AddOnce(serviceKinds, vocabulary.Kind);
                        break;
                    case ItemWordKind.PostOperative:
                        postOperative = true;
                        AddOnce(serviceKinds, vocabulary.Kind);
                        break;
                    case ItemWordKind.Form:
                        AddOnce(forms, vocabulary.Form!.Value);
                        break;
                    case ItemWordKind.BodyPart when vocabulary.PartsAreAlternatives:
                        alternatives.Add(vocabulary.Parts);
                        break;
                    case ItemWordKind.BodyPart:
                        foreach (var part in vocabulary.Parts)
                        {
                            AddOnce(parts, part);
                        }
                        break;
                    case ItemWordKind.Purpose:
                        AddOnce(statedPurposes, vocabulary.Purpose!.Value);
                        break;
                    case ItemWordKind.Procedure:
                        procedureNoun = true;
                        break;
                }
                i += vocabularyLength;
                continue;
            }
            if (ItemWords.SpinalLevel(kept[i]) is { } level)
            {
                AddOnce(parts, level);
            }
            else if (ItemWords.IsOperation(kept[i]))
            {
                operationNamed = true;
            }
            i++;
        }
        // Strengths in per cent are topical (and several of them, a compound): "Flurbiprofen 20%/Lidocaine 5%".
        int percentages = CountPercentages(text);
        if (percentages > 0)
        {
            AddOnce(forms, TreatmentForm.Topical);
        }
        if (percentages > 1)
        {
            AddOnce(forms, TreatmentForm.Compounded);
        }

        // An operation the catalogue does not name is still an operation: a word built on a surgical suffix
        // ("tenosynovectomy", "foraminotomy"), or a noun of operative work on a named part ("trigger finger release").
        // It is read as surgery of the parts the item names, so a section of another body part is known not to address it.
        if (treatments.Count == 0 && (operationNamed || (procedureNoun && parts.Count > 0))
            && catalogue.FindTreatmentByName(ItemWords.ServiceName(ItemWordKind.PostOperative)) is { } operation)
        {
            treatments.Add(operation);
        }

        var services = new List<Treatment>();
        foreach (var kind in serviceKinds)
        {
            if (catalogue.FindTreatmentByName(ItemWords.ServiceName(kind)) is { } service && !treatments.Contains(service))
            {
                AddOnce(services, service);
            }
        }
        // The most specific reading wins: "shoulder MRI" beside "MRI" is a shoulder MRI.
        treatments.RemoveAll(general => treatments.Exists(other => !ReferenceEquals(other, general) && catalogue.IsKindOf(other, general)));
        // A service named beside a treatment is the service around it: "Physical therapy follow-up visit" is therapy.
        foreach (string name in ItemWords.ServiceNames)
        {
            if (treatments.Count > 1 && catalogue.FindTreatmentByName(name) is { } service && treatments.Remove(service))
            {
                AddOnce(services, service);
            }
        }
        bool serviceOnly = false;
        if (treatments.Count == 0 && services.Count > 0)
        {
            // "Orthopedic consultation": the service is what is requested. What it is about is not known: "Associated
            // surgical service: post-op sling" names a surgery only as a modifier, and the sling behind it is no treatment
            // the catalogue knows, so the item is not the surgery itself (see IsVisitOnly).
            treatments.AddRange(services);
            services.Clear();
            serviceOnly = true;
        }

        // "Labral repair, right hip": a word of two parts is the one the item's other words name; alone, it is either.
        int definite = parts.Count;
        foreach (var either in alternatives)
        {
            bool decided = false;
            foreach (var part in either)
            {
                for (int k = 0; k < definite; k++)
                {
                    if (Catalogue.BodyParts.Overlap(part, parts[k]))
                    {
                        AddOnce(parts, part);
                        decided = true;
                        break;
                    }
                }
            }
            if (!decided)
            {
                foreach (var part in either)
                {
                    AddOnce(parts, part);
                }
            }
        }
        // "Cervical spine" is the cervical spine, not the whole spine: a region named beside one of its parts is that part.
        parts.RemoveAll(region => parts.Exists(part => Catalogue.BodyParts.RegionOf(part) == region));
        bool named = parts.Count > 0;
        if (!named)
        {
            foreach (var treatment in treatments)
            {
                foreach (var part in catalogue.BodyPartsOf(treatment))
                {
                    AddOnce(parts, part);
                }
            }
        }
        if (forms.Contains(TreatmentForm.Topical) && !forms.Contains(TreatmentForm.Compounded))
        {
            // "Fentanyl 25 mcg/hr patch": a drug named with a topical word is its kind in that delivery, when the catalogue
            // has one that is systemic through the skin (the fentanyl patch), rather than a topical product.
            for (int k = 0; k < treatments.Count; k++)
            {
                if (catalogue.KindInForm(treatments[k], TreatmentForm.Transdermal) is { } kind)
                {
                    treatments[k] = kind;
                }
            }
        }
        var purpose = ItemPurpose.Treatment;
        foreach (var treatment in treatments)
        {
            if (catalogue.FormOf(treatment) is { } form)
            {
                AddOnce(forms, form);
            }
            if (catalogue.FormOf(treatment) == TreatmentForm.Transdermal)
            {
                // A patch of a drug that acts through the blood (Butrans, a fentanyl patch) is that drug's transdermal form,
                // not a topical product: the word "patch" says how it is delivered, the drug says where it acts.
                forms.Remove(TreatmentForm.Topical);
            }
            if (catalogue.PurposeOf(treatment) is { } own && (purpose == ItemPurpose.Treatment || own == ItemPurpose.PostOperative))
            {
                purpose = own;
            }
        }
        if (postOperative)
        {
            purpose = ItemPurpose.PostOperative;
        }
        if (purpose == ItemPurpose.PostOperative && !postOperative && catalogue.FindTreatmentByName(ItemWords.ServiceName(ItemWordKind.PostOperative)) is { } surgery
            && !treatments.Contains(surgery) && !services.Contains(surgery))
        {
            // A treatment that belongs to a surgery by its nature (an assistant surgeon) bears on the surgery's sections too.
            services.Add(surgery);
        }
        bool treatmentsNameParts = treatments.Exists(t => catalogue.BodyPartsOf(t).Count > 0);
        bool visitOnly = treatments.Count > 0 && (serviceOnly || treatments.TrueForAll(t => IsVisit(t, catalogue)));
        return new DisputedItemReading(text, treatments, services, forms, parts, named, purpose, treatmentsNameParts)
        {
            IsVisitOnly = visitOnly,
            StatedPurposes = statedPurposes,
        };
    }

    /// <summary>True for the treatments a consultation or a follow-up visit stands for.</summary>
    private static bool IsVisit(Treatment treatment, GuidelineCatalogue catalogue) =>
        ReferenceEquals(treatment, catalogue.FindTreatmentByName(ItemWords.ServiceName(ItemWordKind.Consultation)))
        || ReferenceEquals(treatment, catalogue.FindTreatmentByName(ItemWords.ServiceName(ItemWordKind.FollowUp)));

    /// <summary>
    /// True when all the item requests is a visit or a service its request words stand for — a consultation, a referral, a
    /// follow-up visit, "associated surgical service: post-op …" — with no treatment the catalogue knows behind it. What
    /// the service is about is not known ("Pain management consultation", a post-op device the catalogue lacks), so only a
    /// section of another body part is known not to address it.
    /// </summary>
    public bool IsVisitOnly { get; private init; }

    /// <summary>
    /// The purposes the item's own words state beside its treatments ("diagnostic", "therapeutic"); empty when they state
    /// none. A treatment's name that holds such a word ("diagnostic ultrasound") is read as the treatment, not as a purpose.
    /// </summary>
    internal IReadOnlyList<ItemPurpose> StatedPurposes { get; private init; } = Array.Empty<ItemPurpose>();

    private static bool IsSide(string word)
    {
        foreach (var candidate in ItemWords.StartingWith(word))
        {
            if (candidate.Kind == ItemWordKind.Side && candidate.Words.Length == 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string Join(List<string> items, string conjunction)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < items.Count; i++)
        {
            builder.Append(i == 0 ? "" : i == items.Count - 1 ? " " + conjunction + " " : ", ").Append(items[i]);
        }
        return builder.ToString();
    }

    internal static bool Matches(IReadOnlyList<string> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Count)
        {
            return false;
        }
        for (int k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How many numbers followed by '%' the text holds ("3%", "27.5 %").</summary>
    private static int CountPercentages(string text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '%')
            {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && text[j] == ' ')
            {
                j--;
            }
            if (j >= 0 && char.IsDigit(text[j]))
            {
                count++;
            }
        }
        return count;
    }

    private static void AddOnce<T>(List<T> list, T value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
