namespace Telisik.Stories;

/// <summary>A story's representative title and time span.</summary>
public sealed record StoryHeader(string Id, string? Title, DateTimeOffset? FirstPublished, DateTimeOffset? LastPublished);
