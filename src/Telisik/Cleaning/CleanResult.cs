using Telisik.Documents;
using Telisik.Ingest;

namespace Telisik.Cleaning;

/// <summary>The cleaner's verdict: a clean article, or a rejection with its reason.</summary>
public sealed record CleanResult(Article? Article, Rejection? Rejection)
{
    /// <summary>True when an article came out.</summary>
    public bool Accepted => Article is not null;
}
