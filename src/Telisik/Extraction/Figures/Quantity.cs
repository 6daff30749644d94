namespace Telisik.Extraction.Figures;

/// <summary>
/// A number read from scanned words <c>[FirstWord, EndWord)</c>: its value, the scale word's factor (1 when none),
/// and whether it was spelled out or vague ("ribuan").
/// </summary>
internal readonly record struct Quantity(int FirstWord, int EndWord, double Value, double Scale, bool Spelled, bool Vague, bool Plain);
