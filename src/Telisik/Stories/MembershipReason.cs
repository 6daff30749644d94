namespace Telisik.Stories;

/// <summary>Why an article belongs to its story: the article it matched best and what they share.</summary>
/// <param name="MatchedArticleId">The story article it matched best; null when it opened the story.</param>
/// <param name="Score">The combined score of that match (0 when it opened the story).</param>
/// <param name="SharedTerms">Top shared terms, by the product of their weights in the two articles.</param>
/// <param name="SharedEntities">Top shared entities, by inverse document frequency.</param>
/// <param name="CopyOf">When the article joined as a copy: the original it copies.</param>
public sealed record MembershipReason(
    string? MatchedArticleId,
    double Score,
    IReadOnlyList<string> SharedTerms,
    IReadOnlyList<string> SharedEntities,
    string? CopyOf = null)
{
    /// <summary>The reason of an article that opened a new story.</summary>
    public static MembershipReason Founder { get; } = new(null, 0, [], []);
}
