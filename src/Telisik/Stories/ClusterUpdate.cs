using Telisik.Dedup;

namespace Telisik.Stories;

/// <summary>Everything one added article changed, as events for the host to persist in order: copy links,
/// then merges, then the assignment.</summary>
/// <param name="Assignment">The article's story.</param>
/// <param name="CopyLinks">Copy links caused (this article as a copy, or older copies re-linked to it).</param>
/// <param name="Merges">Stories merged because of this article.</param>
public sealed record ClusterUpdate(StoryAssignment Assignment, IReadOnlyList<CopyLink> CopyLinks, IReadOnlyList<StoryMerge> Merges);
