using Telisik.Documents;
using Telisik.Extraction.Dates;
using Telisik.Extraction.Entities;
using Telisik.Extraction.Figures;
using Telisik.Extraction.Quotes;
using Telisik.Language;

namespace Telisik.Pipeline;

/// <summary>An article with everything the pipeline's stages found in it. All spans refer to <c>Article.Text</c>.</summary>
public sealed class AnalyzedArticle(Article article)
{
    /// <summary>The article; stages may replace it with an updated copy (language, inferred publication).</summary>
    public Article Article { get; set; } = article;

    /// <summary>Tokens of the cleaned text.</summary>
    public Token[] Tokens { get; set; } = [];

    /// <summary>Sentences of the cleaned text.</summary>
    public Sentence[] Sentences { get; set; } = [];

    /// <summary>Stems parallel to <see cref="Tokens"/> (null for non-word tokens).</summary>
    public string?[] Stems { get; set; } = [];

    /// <summary>Named entities with their mentions.</summary>
    public List<Entity> Entities { get; } = [];

    /// <summary>Direct and indirect quotations.</summary>
    public List<Quote> Quotes { get; } = [];

    /// <summary>Numeric claims.</summary>
    public List<Figure> Figures { get; } = [];

    /// <summary>Time expressions.</summary>
    public List<DateMention> Dates { get; } = [];

    /// <summary>The cleaned text (shortcut).</summary>
    public string Text => Article.Text;
}
