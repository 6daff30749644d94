namespace Telisik.Extraction.Dates;

/// <summary>Which way an incomplete date points from the publication time.</summary>
internal enum DateDirection
{
    /// <summary>The nearest such date not after publication (news reports the past).</summary>
    Default,
    /// <summary>Strictly before publication: "Rabu lalu", "Oktober lalu".</summary>
    Past,
    /// <summary>Not before publication: "Rabu besok", "akan ... pada 12 Oktober".</summary>
    Future,
    /// <summary>Strictly after publication: "Senin depan", "next Monday".</summary>
    Next,
    /// <summary>The day of that name in the writer's own week, said on it: "Kamis ini" (resolved like Default).</summary>
    This,
    /// <summary>The occurrence nearest publication, before or after: "sampai akhir bulan September".</summary>
    Nearest,
}
