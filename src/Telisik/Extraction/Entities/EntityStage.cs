using Telisik.Pipeline;

namespace Telisik.Extraction.Entities;

/// <summary>
/// Pipeline stage: finds people, organisations and places with their aliases (see <see cref="EntityRecognizer"/>).
/// The shipped model loads on the first article, once; the stage is thread-safe.
/// </summary>
public sealed class EntityStage : IAnalysisStage
{
    private readonly Lazy<EntityRecognizer> _recognizer;

    /// <summary>A stage over the shipped model.</summary>
    public EntityStage() => _recognizer = new Lazy<EntityRecognizer>(EntityRecognizer.LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A stage over a given recognizer.</summary>
    public EntityStage(EntityRecognizer recognizer) => _recognizer = new Lazy<EntityRecognizer>(recognizer);

    /// <inheritdoc />
    public string Name => "entities";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Tokens, StageNames.Sentences];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Entities];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc) =>
        doc.Entities.AddRange(_recognizer.Value.Recognize(doc.Text, doc.Tokens, doc.Sentences, doc.Article.Language));
}
