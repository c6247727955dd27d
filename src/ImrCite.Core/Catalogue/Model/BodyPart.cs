namespace ImrCite.Catalogue;

/// <summary>
/// A body part or region a guideline chapter, a section or a treatment is about, and that a disputed item may name.
/// Regions (<see cref="Spine"/>, <see cref="UpperExtremity"/>, <see cref="LowerExtremity"/>) contain parts; see
/// <see cref="BodyParts.Compatible"/> for how an item's parts are matched against a scope.
/// </summary>
#if IMRCITE_PUBLIC
public enum BodyPart
#else
internal enum BodyPart
#endif
{
    /// <summary>The spine as a whole ("spine", "back"): the region of the cervical, thoracic and lumbar spine.</summary>
    Spine,
    /// <summary>The neck and cervical spine.</summary>
    Cervical,
    /// <summary>The upper and mid back and thoracic spine.</summary>
    Thoracic,
    /// <summary>The low back: lumbar and lumbosacral spine, sacroiliac joints.</summary>
    Lumbar,
    /// <summary>The arm as a whole ("upper extremities"): the region of the shoulder, elbow, forearm, wrist and hand.</summary>
    UpperExtremity,
    /// <summary>The shoulder.</summary>
    Shoulder,
    /// <summary>The elbow.</summary>
    Elbow,
    /// <summary>The forearm, wrist and hand, fingers included.</summary>
    WristHand,
    /// <summary>The leg as a whole ("lower extremities"): the region of the hip, knee, ankle and foot.</summary>
    LowerExtremity,
    /// <summary>The hip, groin and pelvis.</summary>
    Hip,
    /// <summary>The knee.</summary>
    Knee,
    /// <summary>The ankle and foot.</summary>
    AnkleFoot,
    /// <summary>The head and brain.</summary>
    Head,
    /// <summary>The eye.</summary>
    Eye,
}

/// <summary>
/// Body parts: their catalogue names, the regions that contain them, and whether an item's parts fall within a scope.
/// </summary>
#if IMRCITE_PUBLIC
public static class BodyParts
#else
internal static class BodyParts
#endif
{
    private static readonly string[] CatalogueNames =
    {
        "spine", "cervical", "thoracic", "lumbar", "upper-extremity", "shoulder", "elbow", "wrist-hand",
        "lower-extremity", "hip", "knee", "ankle-foot", "head", "eye",
    };

    private static readonly string[] DisplayNames =
    {
        "spine", "cervical spine", "thoracic spine", "lumbar spine", "upper extremity", "shoulder", "elbow", "forearm, wrist or hand",
        "lower extremity", "hip", "knee", "ankle or foot", "head", "eye",
    };

    /// <summary>The names catalogue files use, in enum order ("wrist-hand").</summary>
    public static IReadOnlyList<string> Names => CatalogueNames;

    /// <summary>The catalogue name of a part ("ankle-foot").</summary>
    public static string Name(BodyPart part) => CatalogueNames[(int)part];

    /// <summary>The part as a message names it ("ankle or foot").</summary>
    public static string Display(BodyPart part) => DisplayNames[(int)part];

    /// <summary>The part a catalogue name stands for, or null.</summary>
    public static BodyPart? Parse(string name)
    {
        for (int i = 0; i < CatalogueNames.Length; i++)
        {
            if (string.Equals(CatalogueNames[i], name, StringComparison.Ordinal))
            {
                return (BodyPart)i;
            }
        }
        return null;
    }

    // Containment is data, not cases in code: each part with the region that contains it, and each whole limb with the
    // part of the spine whose nerve roots supply it. A new part or region is one row here.
    private static readonly (BodyPart Part, BodyPart Region)[] Regions =
    {
        (BodyPart.Cervical, BodyPart.Spine), (BodyPart.Thoracic, BodyPart.Spine), (BodyPart.Lumbar, BodyPart.Spine),
        (BodyPart.Shoulder, BodyPart.UpperExtremity), (BodyPart.Elbow, BodyPart.UpperExtremity), (BodyPart.WristHand, BodyPart.UpperExtremity),
        (BodyPart.Hip, BodyPart.LowerExtremity), (BodyPart.Knee, BodyPart.LowerExtremity), (BodyPart.AnkleFoot, BodyPart.LowerExtremity),
    };

    private static readonly (BodyPart Limb, BodyPart Roots)[] LimbNerveRoots =
    {
        (BodyPart.UpperExtremity, BodyPart.Cervical), (BodyPart.LowerExtremity, BodyPart.Lumbar),
    };

    /// <summary>The region a part belongs to, or null for a region itself, the head and the eye.</summary>
    public static BodyPart? RegionOf(BodyPart part)
    {
        foreach (var (each, region) in Regions)
        {
            if (each == part)
            {
                return region;
            }
        }
        return null;
    }

    /// <summary>
    /// The part of the spine whose nerve roots supply a whole limb: a request for an arm or a leg as a whole
    /// (nerve studies of the upper extremities, radiating leg symptoms) is about the limb's nerves, which the
    /// chapter on that part of the spine covers.
    /// </summary>
    public static BodyPart? NerveRootsOf(BodyPart limb)
    {
        foreach (var (each, roots) in LimbNerveRoots)
        {
            if (each == limb)
            {
                return roots;
            }
        }
        return null;
    }

    /// <summary>True when two parts overlap: the same part, a part and its region, or a whole limb and the part of the spine that supplies it.</summary>
    public static bool Overlap(BodyPart item, BodyPart scope) =>
        item == scope
        || RegionOf(item) == scope
        || RegionOf(scope) == item
        || NerveRootsOf(item) == scope
        || NerveRootsOf(scope) == item;

    /// <summary>
    /// True when an item about <paramref name="itemParts"/> falls within a scope of <paramref name="scopeParts"/>: when
    /// either names no part (the item is about no part in particular, or the scope covers every part), or when a part of
    /// the item overlaps a part of the scope (<see cref="Overlap"/>). "MRI of the neck and the hand" falls within the neck
    /// chapter; "MRI of the knee" does not fall within the low back chapter.
    /// </summary>
    public static bool Compatible(IReadOnlyCollection<BodyPart> itemParts, IReadOnlyCollection<BodyPart> scopeParts)
    {
        if (itemParts.Count == 0 || scopeParts.Count == 0)
        {
            return true;
        }
        foreach (var item in itemParts)
        {
            foreach (var scope in scopeParts)
            {
                if (Overlap(item, scope))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
