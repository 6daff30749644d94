namespace Telisik.Extraction.Figures;

/// <summary>A figure as read from the words, before its source is attributed: character span and word span.</summary>
internal sealed record FigureDraft(
    int Start,
    int End,
    int FirstWord,
    int EndWord,
    double Value,
    double? ValueMax,
    Approximation Approx,
    bool Exclusive,
    string? Unit,
    string? Subject,
    FigureTense Tense);
