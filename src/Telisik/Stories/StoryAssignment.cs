namespace Telisik.Stories;

/// <summary>An event to persist: <paramref name="ArticleId"/> belongs to <paramref name="StoryId"/>.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="StoryId">Its story (after any merge this article caused).</param>
/// <param name="OpenedStory">True when the article founded a new story.</param>
/// <param name="Reason">Why it belongs.</param>
public sealed record StoryAssignment(string ArticleId, string StoryId, bool OpenedStory, MembershipReason Reason);
