namespace Telisik.Stories;

/// <summary>Where an article goes: its story, the article it copies (if a copy), why, and the features to keep.</summary>
public sealed record StoryAssignment(
    string StoryId,
    string? CopyOf,
    string Reason,
    string Features,
    IReadOnlyList<StoryMerge> Merges,
    StoryHeader Header);
