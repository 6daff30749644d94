using Telisik.Documents;

namespace Telisik.Pipeline;

/// <summary>An immutable, thread-safe sequence of stages, built once and shared by the CLI, the server and workers.</summary>
public sealed class AnalysisPipeline
{
    private readonly IAnalysisStage[] _stages;

    internal AnalysisPipeline(IAnalysisStage[] stages) => _stages = stages;

    /// <summary>The stages in run order.</summary>
    public IReadOnlyList<IAnalysisStage> Stages => _stages;

    /// <summary>Starts a builder.</summary>
    public static AnalysisPipelineBuilder CreateBuilder() => new();

    /// <summary>Runs every stage on <paramref name="article"/>.</summary>
    public AnalyzedArticle Analyze(Article article)
    {
        var doc = new AnalyzedArticle(article);
        foreach (var stage in _stages) stage.Run(doc);
        return doc;
    }
}
