namespace Telisik.Search;

/// <summary>A query that cannot be parsed; the message says what is wrong and where (a column in the query).</summary>
public sealed class QueryParseException(string message, int position) : Exception(message)
{
    /// <summary>Zero-based position in the query string.</summary>
    public int Position { get; } = position;
}
