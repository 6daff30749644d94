namespace Telisik.Extraction.Dates;

/// <summary>
/// A time expression at <c>text[Start..End]</c>, resolved against the article's publication time to ISO
/// (<c>2024-10-18</c>, <c>2024-10</c>, <c>2024</c>, or <c>start/end</c>), or null when it cannot be resolved.
/// <paramref name="AnchoredOn"/> records a correction: a deictic expression ("kemarin", "hari ini", a day name alone,
/// a clock time without a date) counted from the article's own day where the text contradicts the stamp, e.g.
/// <c>2017-12-31, the article's own day ("Minggu (31/12)" at 93-107), not the stamp's 2018-01-01</c>.
/// </summary>
public sealed record DateMention(string Text, int Start, int End, string? Resolved, DateGranularity Granularity, string? AnchoredOn = null);
