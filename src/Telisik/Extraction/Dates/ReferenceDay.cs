namespace Telisik.Extraction.Dates;

/// <summary>
/// The article's own "today", which its deictic expressions (hari ini, kemarin, besok, a day name alone, pekan ini,
/// a clock time without a date) count from, when the text shows it is not the publication stamp's day.
/// </summary>
/// <param name="Day">The writer's day.</param>
/// <param name="Published">The publication stamp's day in Jakarta, which it replaces for deixis.</param>
/// <param name="Evidence">What the text says, e.g. "hari ini, Senin (24/7)" at 120-141.</param>
internal sealed record ReferenceDay(DateOnly Day, DateOnly Published, string Evidence)
{
    /// <summary>The correction as a reader sees it on each date it changed.</summary>
    public string Note => $"{DateResolver.Iso(Day)}, the article's own day ({Evidence}), not the stamp's {DateResolver.Iso(Published)}";
}
