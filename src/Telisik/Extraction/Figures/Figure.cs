namespace Telisik.Extraction.Figures;

/// <summary>
/// A numeric claim: <c>text[Start..End]</c> is the figure as written (with its qualifier and unit where adjacent);
/// <see cref="Value"/> is normalised (12.000 → 12000, 1,5 juta → 1500000).
/// </summary>
public sealed record Figure(
    string Text,
    int Start,
    int End,
    double Value,
    double? ValueMax,
    Approximation Approx,
    string? Unit,
    string? Subject,
    string? Source)
{
    /// <summary>True when the lower bound is exclusive ("lebih dari 8.000").</summary>
    public bool Exclusive { get; init; }

    /// <summary>
    /// The moment the sentence puts the figure in (telah dikerahkan → past, akan dikirim → planned), so the story
    /// report can tell a decision from a deployment.
    /// </summary>
    public FigureTense Tense { get; init; }

    /// <summary>The resolved date of the nearest time expression in the figure's sentence ("pada hari Jumat (18/10)"), if any.</summary>
    public string? When { get; init; }
}
