namespace Telisik.Dedup;

/// <summary>
/// An event to persist: <paramref name="CopyId"/> is a copy of <paramref name="OriginalId"/>, the earliest
/// published article of its copy group. A later event for the same copy replaces an earlier one (a backfilled
/// older original re-links the group).
/// </summary>
/// <param name="CopyId">The copy.</param>
/// <param name="OriginalId">The earliest published article it copies (directly or through another copy).</param>
/// <param name="Kind">How the copy was recognised.</param>
/// <param name="Similarity">Jaccard estimate (near-duplicates) or containment (edited copies), in [0, 1].</param>
public sealed record CopyLink(string CopyId, string OriginalId, CopyKind Kind, double Similarity);
