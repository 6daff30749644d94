namespace Telisik.Extraction.Scanning;

/// <summary>What a scanned piece of text is, as the figure and date readers see it.</summary>
internal enum ScanKind : byte
{
    /// <summary>Letters, with inner hyphens or apostrophes (tentara-tentara, Jum'at).</summary>
    Letters,
    /// <summary>Digits with inner '.' or ',' between digits (12.000, 1,5, 10.30).</summary>
    Digits,
    /// <summary>Any single other character that is not white space (%, $, /, (, “).</summary>
    Symbol,
}
