namespace Telisik.Pipeline;

/// <summary>
/// One stage of analysis. A stage declares what it needs from earlier stages and what it provides; it computes
/// with pure code over the article and writes its results. Stages are immutable and thread-safe once built.
/// </summary>
public interface IAnalysisStage
{
    /// <summary>The stage's name, e.g. "tokens".</summary>
    string Name { get; }

    /// <summary>Names of what must be provided before this stage runs.</summary>
    IReadOnlyList<string> Requires { get; }

    /// <summary>Names of what this stage provides.</summary>
    IReadOnlyList<string> Provides { get; }

    /// <summary>Runs the stage on one article.</summary>
    void Run(AnalyzedArticle doc);
}
