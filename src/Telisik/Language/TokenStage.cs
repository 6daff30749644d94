using Telisik.Pipeline;

namespace Telisik.Language;

/// <summary>Pipeline stage: tokenizes the cleaned text.</summary>
public sealed class TokenStage(Tokenizer tokenizer) : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "tokenize";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Tokens];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc) => doc.Tokens = tokenizer.Tokenize(doc.Text);
}
