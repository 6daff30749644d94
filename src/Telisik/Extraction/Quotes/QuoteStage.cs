using Telisik.Pipeline;

namespace Telisik.Extraction.Quotes;

/// <summary>
/// Pipeline stage: finds direct and indirect quotations with their speakers (see <see cref="QuoteFinder"/>) and
/// writes them to <see cref="AnalyzedArticle.Quotes"/>. Person entities found earlier help resolve names.
/// </summary>
public sealed class QuoteStage(QuoteFinder finder) : IAnalysisStage
{
    /// <summary>A stage over the default Indonesian and English language data.</summary>
    public QuoteStage() : this(new QuoteFinder()) { }

    /// <inheritdoc />
    public string Name => "quotes";
    /// <inheritdoc />
    public IReadOnlyList<string> Requires => [StageNames.Sentences, StageNames.Entities];
    /// <inheritdoc />
    public IReadOnlyList<string> Provides => [StageNames.Quotes];

    /// <inheritdoc />
    public void Run(AnalyzedArticle doc)
    {
        var findings = finder.Find(doc.Text, doc.Entities);
        doc.Quotes.AddRange(findings.Quotes);
    }
}
