namespace Telisik.Search;

/// <summary>One matching article with its rank score (higher is better) and its evidence.</summary>
public sealed record SearchHit(string Id, string? Outlet, DateTimeOffset? Published, string? Title, string? StoryId, double Score, Snippet? Snippet);

/// <summary>A facet value and how many matching articles have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>The answer to a query: the total number of matches, the requested page of hits, and facets over all matches.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetCount> Outlets, IReadOnlyList<FacetCount> Days);

/// <summary>Paging of a search.</summary>
public sealed record SearchOptions(int Limit = 20, int Offset = 0, bool Facets = true);
