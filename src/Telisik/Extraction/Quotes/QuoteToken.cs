namespace Telisik.Extraction.Quotes;

/// <summary>A token <c>text[Start..End]</c> read by <see cref="QuoteTokenizer"/>.</summary>
internal readonly record struct QuoteToken(int Start, int End, QuoteTokenKind Kind)
{
    public bool IsWord => Kind == QuoteTokenKind.Word;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);

    /// <summary>True when the word starts with an upper-case letter (names, titles).</summary>
    public bool IsCapitalised(string text) => Kind == QuoteTokenKind.Word && char.IsUpper(text[Start]);
}
