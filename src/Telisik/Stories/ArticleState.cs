namespace Telisik.Stories;

/// <summary>A live article inside the clusterer: its weighted vectors and index keys (ids from the clusterer's
/// <see cref="DocumentFrequencies"/>), kept compact because the window may hold hundreds of thousands.</summary>
internal sealed class ArticleState
{
    public required int Seq { get; set; }
    public required string Id { get; init; }
    public string? Outlet { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required string Headline { get; init; }
    /// <summary>Term ids, ascending, with L2-normalised weights.</summary>
    public required int[] Terms { get; init; }
    public required float[] TermWeights { get; init; }
    /// <summary>Entity ids, ascending, with L2-normalised IDF weights.</summary>
    public required int[] Entities { get; init; }
    public required float[] EntityWeights { get; init; }
    public required ulong[] Figures { get; init; }
    public required ulong[] Quotes { get; init; }
    /// <summary>Hashes of the figures that identify an event (see <c>IsSpecificFigure</c>), ascending.</summary>
    public required ulong[] SpecificFigures { get; init; }
    /// <summary>Day numbers (<see cref="DateOnly.DayNumber"/>) of the lead's dates and of all the text's dates, ascending.</summary>
    public required int[] LeadDays { get; init; }
    public required int[] Days { get; init; }
    /// <summary>Keys placed in the inverted index (for removal).</summary>
    public required long[] Keys { get; init; }
    public required StoryState Story { get; set; }
    public string? CopyOf { get; set; }
    public required MembershipReason Reason { get; set; }
}
