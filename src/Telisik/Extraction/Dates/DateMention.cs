namespace Telisik.Extraction.Dates;

/// <summary>
/// A time expression at <c>text[Start..End]</c>, resolved against the article's publication time to ISO
/// (<c>2024-10-18</c>, <c>2024-10</c>, <c>2024</c>, or <c>start/end</c>), or null when it cannot be resolved.
/// </summary>
public sealed record DateMention(string Text, int Start, int End, string? Resolved, DateGranularity Granularity);
