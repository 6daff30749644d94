using System.Text.Json.Serialization;
using Telisik.Extraction.Dates;
using Telisik.Extraction.Entities;
using Telisik.Extraction.Figures;
using Telisik.Extraction.Quotes;
using Telisik.Pipeline;
using Telisik.Storage;

namespace Telisik.Cli.Output;

/// <summary>An article as printed by <c>telisik article</c> and <c>telisik analyze</c>; all spans index <see cref="Text"/>.</summary>
public sealed record ArticleView(
    string Id,
    string? Outlet,
    string? DatelineOutlet,
    string? UrlOutlet,
    string? Url,
    string? Title,
    DateTimeOffset? Published,
    string? PublishedInferredFrom,
    string Language,
    double LanguageConfidence,
    string? SourcePath,
    string? StoryId,
    string? CopyOf,
    string Text,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<DateMention> Dates)
{
    /// <summary>True when <see cref="Published"/> was inferred from the text and the story rather than stated.</summary>
    public bool PublishedInferred => PublishedInferredFrom is not null;

    /// <summary>Sentences (analyze only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SpanView>? Sentences { get; init; }

    /// <summary>Tokens with stems (analyze only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<TokenView>? Tokens { get; init; }

    /// <summary>A stored article.</summary>
    public static ArticleView From(StoredArticle s)
    {
        var a = s.Article;
        return new(a.Id, a.Outlet, a.DatelineOutlet, a.UrlOutlet, a.Url, a.Title, a.Published, a.PublishedInferredFrom, a.Language,
            Math.Round(a.LanguageConfidence, 3), a.SourcePath, s.StoryId, s.CopyOf, a.Text,
            s.Analysis.Entities, s.Analysis.Quotes, s.Analysis.Figures, s.Analysis.Dates);
    }

    /// <summary>A freshly analysed article, with its sentences and tokens.</summary>
    public static ArticleView From(AnalyzedArticle doc)
    {
        var view = From(new StoredArticle(doc.Article, ArticleAnalysis.From(doc), "", null, null, null));
        var text = doc.Text;
        return view with
        {
            Sentences = doc.Sentences.Select(s => new SpanView(s.Start, s.End)).ToArray(),
            Tokens = doc.Tokens.Select((t, i) => new TokenView(t.Start, t.End, text.Substring(t.Start, t.Length),
                i < doc.Stems.Length ? doc.Stems[i] : null)).ToArray(),
        };
    }
}

/// <summary>A span <c>[start, end)</c>.</summary>
public sealed record SpanView(int Start, int End);

/// <summary>A token: its span, its text, and its stem (null for non-words).</summary>
public sealed record TokenView(int Start, int End, string Text, string? Stem);
