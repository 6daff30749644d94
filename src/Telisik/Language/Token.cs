namespace Telisik.Language;

/// <summary>A token: <c>text[Start..End]</c> with its kind. No string is made until a value leaves the stage.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Exclusive end offset.</summary>
    public int End => Start + Length;

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Of(ReadOnlySpan<char> text) => text.Slice(Start, Length);
}
