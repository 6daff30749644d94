using Telisik.Pipeline;

namespace Telisik.Extraction.Dates;

/// <summary>Pipeline stage: finds date mentions. (Skeleton: the extraction is built by its own issue.)</summary>
public sealed class DateStage : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "dates";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Sentences];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Dates];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc)
    {
    }
}
