using Telisik.Pipeline;

namespace Telisik.Extraction.Figures;

/// <summary>Pipeline stage: finds figure mentions. (Skeleton: the extraction is built by its own issue.)</summary>
public sealed class FigureStage : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "figures";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Sentences, StageNames.Quotes];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Figures];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc)
    {
    }
}
