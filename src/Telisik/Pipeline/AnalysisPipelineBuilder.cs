namespace Telisik.Pipeline;

/// <summary>Builds an <see cref="AnalysisPipeline"/>, checking that each stage's requirements come before it.</summary>
public sealed class AnalysisPipelineBuilder
{
    private readonly List<IAnalysisStage> _stages = [];

    /// <summary>Appends a stage.</summary>
    public AnalysisPipelineBuilder Add(IAnalysisStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>Validates the order and freezes the pipeline.</summary>
    /// <exception cref="InvalidOperationException">A stage requires something no earlier stage provides.</exception>
    public AnalysisPipeline Build()
    {
        var provided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in _stages)
        {
            foreach (var need in stage.Requires)
                if (!provided.Contains(need))
                    throw new InvalidOperationException($"Stage '{stage.Name}' requires '{need}', which no earlier stage provides.");
            provided.UnionWith(stage.Provides);
        }
        return new AnalysisPipeline(_stages.ToArray());
    }
}
