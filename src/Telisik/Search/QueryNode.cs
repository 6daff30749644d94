namespace Telisik.Search;

/// <summary>A node of a parsed search query. The model is independent of any index's syntax (SQLite FTS5, PostgreSQL).</summary>
public abstract record QueryNode;

/// <summary>A word; with <see cref="Prefix"/> it matches every word starting with it (<c>korup*</c>).</summary>
/// <param name="Word">The word as typed.</param>
/// <param name="Prefix">True for a trailing '*'.</param>
/// <param name="Position">Where the word starts in the query string.</param>
public sealed record TermNode(string Word, bool Prefix, int Position) : QueryNode;

/// <summary>Words that must stand together in this order (<c>"korea utara"</c>).</summary>
public sealed record PhraseNode(IReadOnlyList<string> Words, int Position) : QueryNode;

/// <summary>All children must match (the default between words).</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>Any child may match (<c>banjir OR longsor</c>).</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Children) : QueryNode;

/// <summary>The child must not match (<c>-sepak</c>); only allowed beside something that must match.</summary>
public sealed record NotNode(QueryNode Child) : QueryNode;
