namespace Telisik.Stories;

/// <summary>What the resolved dates of two articles say about whether they report the same event.</summary>
public enum DateAgreement
{
    /// <summary>One of the articles mentions no day: the dates say nothing.</summary>
    Unknown,
    /// <summary>Some day of one is within the tolerance of a day of the other.</summary>
    Shared,
    /// <summary>Both mention days, none within the tolerance of the other's, but at least one lead states no day.</summary>
    NoneShared,
    /// <summary>Both leads date their event, and no day either article mentions comes near the other's lead day:
    /// two reports of different days' events (a summons and, days later, an arrest).</summary>
    LeadsDiffer,
}
