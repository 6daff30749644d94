using Telisik.Storage;

namespace Telisik.Search;

/// <summary>A story matching a query: its summary, its best-matching article, and how many of its articles match.</summary>
public sealed record StoryHit(StorySummary Story, double Score, int MatchingArticles, SearchHit Best);
