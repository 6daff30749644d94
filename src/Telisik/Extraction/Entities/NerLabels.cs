namespace Telisik.Extraction.Entities;

/// <summary>Conversions between <see cref="NerLabel"/>, BIO strings and <see cref="EntityType"/>.</summary>
public static class NerLabels
{
    /// <summary>Number of labels (the model's row width before padding).</summary>
    public const int Count = 7;

    /// <summary>True for a B- label.</summary>
    public static bool IsBegin(NerLabel label) => label is NerLabel.BPer or NerLabel.BOrg or NerLabel.BLoc;

    /// <summary>True for an I- label.</summary>
    public static bool IsInside(NerLabel label) => label is NerLabel.IPer or NerLabel.IOrg or NerLabel.ILoc;

    /// <summary>The entity type of a B- or I- label.</summary>
    public static EntityType TypeOf(NerLabel label) => label switch
    {
        NerLabel.BPer or NerLabel.IPer => EntityType.Person,
        NerLabel.BOrg or NerLabel.IOrg => EntityType.Organisation,
        NerLabel.BLoc or NerLabel.ILoc => EntityType.Place,
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "O has no entity type."),
    };

    /// <summary>The B- label of a type.</summary>
    public static NerLabel Begin(EntityType type) => type switch
    {
        EntityType.Person => NerLabel.BPer,
        EntityType.Organisation => NerLabel.BOrg,
        _ => NerLabel.BLoc,
    };

    /// <summary>The I- label of a type.</summary>
    public static NerLabel Inside(EntityType type) => (NerLabel)((byte)Begin(type) + 1);

    /// <summary>
    /// True when <paramref name="label"/> may follow <paramref name="previous"/>: an I- label continues only an
    /// entity of its own type (BIO's one structural rule, enforced while decoding).
    /// </summary>
    public static bool CanFollow(NerLabel previous, NerLabel label) =>
        !IsInside(label) || (previous != NerLabel.O && TypeOf(previous) == TypeOf(label));

    /// <summary>Parses "B-PER", "I-LOC", "O" (the three types only); null for anything else.</summary>
    public static NerLabel? Parse(string bio) => bio switch
    {
        "O" => NerLabel.O,
        "B-PER" => NerLabel.BPer,
        "I-PER" => NerLabel.IPer,
        "B-ORG" => NerLabel.BOrg,
        "I-ORG" => NerLabel.IOrg,
        "B-LOC" => NerLabel.BLoc,
        "I-LOC" => NerLabel.ILoc,
        _ => null,
    };
}
