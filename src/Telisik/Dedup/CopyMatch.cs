namespace Telisik.Dedup;

/// <summary>The article in the window that a text copies, how, and how strongly.</summary>
/// <param name="MatchedId">The most similar article found (not necessarily the group's original).</param>
/// <param name="Kind">How the copy was recognised.</param>
/// <param name="Similarity">Jaccard estimate or containment, in [0, 1].</param>
public sealed record CopyMatch(string MatchedId, CopyKind Kind, double Similarity);
