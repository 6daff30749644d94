namespace Telisik.Stories;

/// <summary>A term (stem, or normalised word) and how often it occurs in an article.</summary>
public readonly record struct TermCount(string Term, int Count);
