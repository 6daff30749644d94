namespace Telisik.Ingest;

/// <summary>What an ingest did: counts, and every rejection and warning with its source.</summary>
public sealed class IngestReport
{
    /// <summary>Inputs read (articles and rejected inputs).</summary>
    public int Read { get; set; }

    /// <summary>New articles stored.</summary>
    public int Stored { get; set; }

    /// <summary>Inputs already stored with the same content (re-ingests): nothing changed.</summary>
    public int Unchanged { get; set; }

    /// <summary>Duplicates of stored articles under another id, and rejected inputs.</summary>
    public List<Rejection> Rejected { get; } = [];

    /// <summary>Accepted inputs the user should know about (e.g. decoded as Windows-1252).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Number of duplicates among the rejections.</summary>
    public int Duplicates => Rejected.Count(r => r.Kind == RejectionKind.Duplicate);

    /// <summary>Stories that received new articles.</summary>
    public HashSet<string> TouchedStories { get; } = new(StringComparer.Ordinal);
}
