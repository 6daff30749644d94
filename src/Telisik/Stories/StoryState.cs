namespace Telisik.Stories;

/// <summary>A story inside the clusterer: its members (live or already evicted) and the ids merged into it.</summary>
internal sealed class StoryState(string id, string founderId, DateTimeOffset founderPublished)
{
    public string Id { get; } = id;
    public string FounderId { get; } = founderId;
    public DateTimeOffset FounderPublished { get; } = founderPublished;
    public List<StoryArticle> Members { get; } = [];
    public List<ArticleState> Live { get; } = [];
    public List<string> Absorbed { get; } = [];

    /// <summary>True when this story should survive a merge with <paramref name="other"/>: founded earlier (ties by id).</summary>
    public bool Precedes(StoryState other) =>
        FounderPublished < other.FounderPublished
        || (FounderPublished == other.FounderPublished && string.CompareOrdinal(FounderId, other.FounderId) < 0);
}
