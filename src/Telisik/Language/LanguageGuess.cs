namespace Telisik.Language;

/// <summary>An identified language ("id", "en", "other") with a confidence in [0, 1].</summary>
public readonly record struct LanguageGuess(string Code, double Confidence);
