namespace Telisik.Documents;

/// <summary>
/// One news article: its metadata, the raw text as read, the cleaned text every stage works on, and the map
/// between them. Every extracted span refers to <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    /// <summary>The input's own id, or a stable id derived from url or content.</summary>
    public required string Id { get; init; }

    /// <summary>The outlet: the dateline's outlet when the text names one, else the record's or the URL's.</summary>
    public string? Outlet { get; init; }

    /// <summary>The outlet named by the dateline at the start of the text (e.g. "Jepara Pos"), if any.</summary>
    public string? DatelineOutlet { get; init; }

    /// <summary>The outlet implied by the URL's domain (e.g. "antaranews.com"), if any.</summary>
    public string? UrlOutlet { get; init; }

    /// <summary>The article's URL, if known.</summary>
    public string? Url { get; init; }

    /// <summary>The headline, if known.</summary>
    public string? Title { get; init; }

    /// <summary>Publication time, or null when the input states none.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When <see cref="Published"/> was inferred from the text rather than stated: what it was inferred from.</summary>
    public string? PublishedInferredFrom { get; init; }

    /// <summary>ISO 639-1 code ("id", "en") or "other"; "und" before language identification ran.</summary>
    public string Language { get; init; } = "und";

    /// <summary>Confidence of <see cref="Language"/> in [0, 1].</summary>
    public double LanguageConfidence { get; init; }

    /// <summary>Where the article was read from (file path, "stdin", with line for JSONL).</summary>
    public string? SourcePath { get; init; }

    /// <summary>The text as read from the input.</summary>
    public required string RawText { get; init; }

    /// <summary>The cleaned text: noise removed, paragraphs separated by '\n'.</summary>
    public required string Text { get; init; }

    /// <summary>Maps <see cref="Text"/> offsets to <see cref="RawText"/> offsets.</summary>
    public required OffsetMap OffsetMap { get; init; }
}
