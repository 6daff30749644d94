using Telisik.Search;
using Telisik.Stories;

namespace Telisik.Storage;

/// <summary>Everything one ingest batch writes, atomically.</summary>
public sealed class StoreBatch
{
    /// <summary>New articles with their memberships, the assigner's features and the full-text index document.</summary>
    public List<BatchArticle> Articles { get; } = [];

    /// <summary>Stored articles that turned out to be copies of a newly stored one.</summary>
    public List<Telisik.Dedup.CopyLink> CopyLinks { get; } = [];

    /// <summary>Story merges: the first id now redirects to the second.</summary>
    public List<StoryMerge> Merges { get; } = [];

    /// <summary>Stories whose header (title, span) changed.</summary>
    public List<StoryHeader> Headers { get; } = [];

    /// <summary>True when nothing is to be written.</summary>
    public bool IsEmpty => Articles.Count == 0 && Merges.Count == 0 && Headers.Count == 0 && CopyLinks.Count == 0;
}
