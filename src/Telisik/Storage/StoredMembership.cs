namespace Telisik.Storage;

/// <summary>A stored article's story membership and the assigner's features for it.</summary>
public sealed record StoredMembership(string ArticleId, string StoryId, DateTimeOffset? Published, string? CopyOf, string Features);
