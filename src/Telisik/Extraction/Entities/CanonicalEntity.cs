namespace Telisik.Extraction.Entities;

/// <summary>
/// One real-world entity across the articles of a story: its canonical name, every other name the articles used,
/// how often it is mentioned in all, and which articles (by index in the input) mention it.
/// </summary>
public sealed record CanonicalEntity(
    EntityType Type,
    string Name,
    IReadOnlyList<string> Aliases,
    int MentionCount,
    IReadOnlyList<int> Articles);
