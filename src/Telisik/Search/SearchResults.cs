namespace Telisik.Search;

/// <summary>One matching article with its rank score (higher is better) and its evidence.</summary>
public sealed record SearchHit(string Id, string? Outlet, DateTimeOffset? Published, string? Title, string? StoryId, double Score, Snippet? Snippet);

/// <summary>A facet value and how many matching articles have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>
/// The answer to a query: the number of matches, the requested page of hits (ranked by BM25, title and lead weighing
/// more), and facets. Exact for queries with fewer matches than the store's ranking window; for larger ones
/// <see cref="Sampled"/> says the ranking and facets cover the most recently stored matches, and
/// <see cref="TotalIsLowerBound"/> that there are at least <see cref="Total"/> matches.
/// </summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetCount> Outlets, IReadOnlyList<FacetCount> Days)
{
    /// <summary>True when more matches exist than were counted.</summary>
    public bool TotalIsLowerBound { get; init; }

    /// <summary>True when ranking and facets cover only the most recently stored matches.</summary>
    public bool Sampled { get; init; }
}

/// <summary>Paging of a search.</summary>
public sealed record SearchOptions(int Limit = 20, int Offset = 0, bool Facets = true);
