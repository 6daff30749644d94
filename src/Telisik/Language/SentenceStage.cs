using Telisik.Pipeline;

namespace Telisik.Language;

/// <summary>Pipeline stage: splits the tokens into sentences.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "sentences";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Tokens];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Sentences];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc) => doc.Sentences = splitter.Split(doc.Text, doc.Tokens);
}
