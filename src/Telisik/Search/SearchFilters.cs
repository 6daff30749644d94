namespace Telisik.Search;

/// <summary>Filters of a query (<c>outlet:kompas lang:id from:2024-10-01 to:2024-10-31 entity:"John Kirby" story:ID</c>).</summary>
public sealed record SearchFilters
{
    /// <summary>Outlets (any of them), matched case-insensitively against the stored outlet name.</summary>
    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>Languages (any of them): "id", "en".</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Published on or after this day (UTC midnight).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Published before the end of this day (exclusive bound is the next midnight).</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Entities that must be mentioned (all of them), by name or alias.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];

    /// <summary>Stories (any of them).</summary>
    public IReadOnlyList<string> Stories { get; init; } = [];

    /// <summary>True when no filter is set.</summary>
    public bool IsEmpty => Outlets.Count == 0 && Languages.Count == 0 && From is null && To is null && Entities.Count == 0 && Stories.Count == 0;
}
