namespace Telisik.Documents;

/// <summary>A half-open character range <c>[Start, End)</c> into an article's cleaned text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>The evidence: <c>text[Start..End]</c>.</summary>
    public string Of(string text) => text[Start..End];

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
