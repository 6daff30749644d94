using Telisik.Pipeline;

namespace Telisik.Extraction.Entities;

/// <summary>Pipeline stage: finds entity mentions. (Skeleton: the extraction is built by its own issue.)</summary>
public sealed class EntityStage : IAnalysisStage
{
    /// <inheritdoc />
    public string Name => "entitys";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Tokens, StageNames.Sentences];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Entities];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc)
    {
    }
}
