namespace Telisik.Ingest;

/// <summary>What a reader yields for one input: an article (possibly with warnings) or a rejection.</summary>
public sealed record ReadResult
{
    private ReadResult() { }

    /// <summary>The article read, when accepted.</summary>
    public RawArticle? Article { get; private init; }

    /// <summary>Why the input was rejected, when it was.</summary>
    public Rejection? Rejection { get; private init; }

    /// <summary>Things the user should know about an accepted input (e.g. "decoded as Windows-1252").</summary>
    public IReadOnlyList<string> Warnings { get; private init; } = [];

    /// <summary>An accepted article.</summary>
    public static ReadResult Accept(RawArticle article, IReadOnlyList<string>? warnings = null) =>
        new() { Article = article, Warnings = warnings ?? [] };

    /// <summary>The same result holding <paramref name="article"/> instead (e.g. with its stamp read another way).</summary>
    public ReadResult WithArticle(RawArticle article) => this with { Article = article };

    /// <summary>A rejected input.</summary>
    public static ReadResult Reject(string source, RejectionKind kind, string reason) =>
        new() { Rejection = new Rejection(source, kind, reason) };
}
