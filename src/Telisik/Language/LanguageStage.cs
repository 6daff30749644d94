using Telisik.Pipeline;

namespace Telisik.Language;

/// <summary>Pipeline stage: identifies the article's language and records it on the article.</summary>
public sealed class LanguageStage(LanguageIdentifier identifier) : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "language";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Tokens];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Language];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc)
    {
        var guess = identifier.Identify(doc.Text, doc.Tokens);
        doc.Article = doc.Article with { Language = guess.Code, LanguageConfidence = guess.Confidence };
    }
}
