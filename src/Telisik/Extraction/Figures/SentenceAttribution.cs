namespace Telisik.Extraction.Figures;

/// <summary>Who a sentence attributes its content to, and from which word on (a "X mengatakan" cue covers what follows it).</summary>
internal readonly record struct SentenceAttribution(string? Source, int CoversFromWord);
