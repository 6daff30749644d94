using Telisik.Search;

namespace Telisik.Storage;

/// <summary>One article of a store batch: the article with its story, the story assigner's features, and its index document.</summary>
public sealed record BatchArticle(StoredArticle Article, string Features, SearchDocument Search);
