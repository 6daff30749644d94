namespace Telisik.Extraction.Scanning;

/// <summary>
/// One scanned piece: <c>text[Start..End]</c>, its kind, its lower-cased form (for table look-ups), and whether
/// white space separates it from the previous piece.
/// </summary>
internal readonly record struct ScanWord(int Start, int End, ScanKind Kind, string Lower, bool SpaceBefore, bool LineBefore)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>True for letters whose first character is upper case.</summary>
    public bool IsCapitalized(string text) => Kind == ScanKind.Letters && char.IsUpper(text[Start]);
}
