namespace Telisik.Stories;

/// <summary>An event to persist: story <paramref name="FromStoryId"/> was merged into <paramref name="IntoStoryId"/>;
/// its articles now belong to the survivor and the old id redirects to it.</summary>
/// <param name="FromStoryId">The absorbed story.</param>
/// <param name="IntoStoryId">The surviving story (the one founded earliest).</param>
/// <param name="BridgeArticleId">The article whose arrival showed they are one story.</param>
public sealed record StoryMerge(string FromStoryId, string IntoStoryId, string BridgeArticleId);
