namespace Telisik.Storage;

/// <summary>One story as listed: its id, title, size, outlets and time span.</summary>
public sealed record StorySummary(
    string Id,
    string? Title,
    int ArticleCount,
    int IndependentCount,
    IReadOnlyList<string> Outlets,
    DateTimeOffset? FirstPublished,
    DateTimeOffset? LastPublished);
