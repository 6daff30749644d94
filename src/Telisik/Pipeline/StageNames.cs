namespace Telisik.Pipeline;

/// <summary>What stages provide and require.</summary>
public static class StageNames
{
    /// <summary>Article.Language set.</summary>
    public const string Language = "language";
    /// <summary>Tokens set.</summary>
    public const string Tokens = "tokens";
    /// <summary>Sentences set.</summary>
    public const string Sentences = "sentences";
    /// <summary>Stems set.</summary>
    public const string Stems = "stems";
    /// <summary>Entities found.</summary>
    public const string Entities = "entities";
    /// <summary>Quotes found.</summary>
    public const string Quotes = "quotes";
    /// <summary>Figures found.</summary>
    public const string Figures = "figures";
    /// <summary>Dates found.</summary>
    public const string Dates = "dates";
}
