using Telisik.Dedup;

namespace Telisik.Stories;

/// <summary>Where an article goes: its story, the article it copies (if a copy), why, the features to keep, merges it caused, and the story's header.</summary>
public sealed record StoryPlacement(
    string StoryId,
    string? CopyOf,
    string Reason,
    string Features,
    IReadOnlyList<StoryMerge> Merges,
    StoryHeader Header)
{
    /// <summary>Earlier-stored articles this arrival turned into copies (it is an earlier original of theirs).</summary>
    public IReadOnlyList<CopyLink> Relinked { get; init; } = [];
}
