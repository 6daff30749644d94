using Telisik.Extraction.Dates;
using Telisik.Extraction.Entities;
using Telisik.Extraction.Figures;
using Telisik.Extraction.Quotes;
using Telisik.Pipeline;

namespace Telisik.Storage;

/// <summary>What the pipeline extracted from an article, as stored beside it.</summary>
public sealed record ArticleAnalysis(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<DateMention> Dates)
{
    /// <summary>An analysis with nothing in it.</summary>
    public static ArticleAnalysis Empty { get; } = new([], [], [], []);

    /// <summary>Takes the extractions of an analysed article.</summary>
    public static ArticleAnalysis From(AnalyzedArticle doc) =>
        new(doc.Entities.ToArray(), doc.Quotes.ToArray(), doc.Figures.ToArray(), doc.Dates.ToArray());
}
