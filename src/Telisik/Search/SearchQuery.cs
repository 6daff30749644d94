namespace Telisik.Search;

/// <summary>A parsed query: the word expression (null when only filters were given) and the filters.</summary>
public sealed record SearchQuery(QueryNode? Expression, SearchFilters Filters, string Text);
