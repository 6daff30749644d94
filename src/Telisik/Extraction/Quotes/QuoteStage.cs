using Telisik.Pipeline;

namespace Telisik.Extraction.Quotes;

/// <summary>Pipeline stage: finds quote mentions. (Skeleton: the extraction is built by its own issue.)</summary>
public sealed class QuoteStage : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "quotes";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Sentences, StageNames.Entities];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Quotes];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc)
    {
    }
}
