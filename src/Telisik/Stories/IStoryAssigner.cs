using Telisik.Pipeline;

namespace Telisik.Stories;

/// <summary>
/// Streams articles into stories. A host restores the assigner's state from stored memberships, then assigns each new
/// article and persists the result. Not thread-safe: one ingest at a time owns an assigner.
/// </summary>
public interface IStoryAssigner
{
    /// <summary>Re-adds an already stored article (features as saved) to the state, in storage order.</summary>
    void Restore(string articleId, string storyId, DateTimeOffset? published, string? copyOf, string features);

    /// <summary>How far back from the newest stored article the host restores state (null: everything).</summary>
    TimeSpan? RestoreWindow { get; }

    /// <summary>Publication times of the articles in the assigner's window (evidence for dating undated articles).</summary>
    IReadOnlyList<DateTimeOffset> RecentPublished();

    /// <summary>Assigns a new analysed article to a story (existing or new).</summary>
    StoryPlacement Assign(AnalyzedArticle doc);
}
