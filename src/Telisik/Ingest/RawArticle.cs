namespace Telisik.Ingest;

/// <summary>An article as a reader found it, before cleaning: the input's own fields and its text.</summary>
public sealed record RawArticle
{
    /// <summary>The input's own id, if it states one.</summary>
    public string? Id { get; init; }

    /// <summary>The outlet named by the input record, if any.</summary>
    public string? Outlet { get; init; }

    /// <summary>The URL (a record's field, or a text file's first line).</summary>
    public string? Url { get; init; }

    /// <summary>The headline, if the input states one.</summary>
    public string? Title { get; init; }

    /// <summary>Publication time stated by the input.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The article text as read (decoded).</summary>
    public required string Text { get; init; }

    /// <summary>Where it came from: a path, "stdin", with ":line" for JSONL records.</summary>
    public required string Source { get; init; }

    /// <summary>True for plain-text files, whose first line may be a URL and whose body may start with a headline.</summary>
    public bool IsPlainTextFile { get; init; }
}
