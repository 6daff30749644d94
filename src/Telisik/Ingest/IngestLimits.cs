namespace Telisik.Ingest;

/// <summary>Size limits that keep one hostile input from exhausting memory.</summary>
public static class IngestLimits
{
    /// <summary>Largest plain-text or HTML file read as one article: 8 MiB (a long article is under 200 KB).</summary>
    public const int MaxArticleFileBytes = 8 * 1024 * 1024;

    /// <summary>Largest single JSONL line: 8 MiB.</summary>
    public const int MaxJsonlLineBytes = 8 * 1024 * 1024;

    /// <summary>Fewest words a cleaned text must keep to count as an article.</summary>
    public const int MinArticleWords = 12;
}
