using Telisik.Extraction.Dates;
using Telisik.Extraction.Entities;
using Telisik.Extraction.Quotes;
using Telisik.Language;
using Telisik.Pipeline;
using Telisik.Storage;

namespace Telisik.Stories.Report;

/// <summary>
/// Builds a story's report from its stored articles: header, figures compared across outlets, quotes by speaker,
/// timeline, entities and summary, each line with its article and offsets. Thread-safe once built.
/// </summary>
public sealed class StoryReportBuilder(AnalysisPipeline languageStages, FigureComparer figures, QuoteMerger quotes, EntityCanonicalizer entities)
{
    /// <summary>Most timeline entries shown.</summary>
    public const int MaxTimeline = 40;

    /// <summary>Most entities listed.</summary>
    public const int MaxEntities = 25;

    /// <summary>The builder with the shipped language data.</summary>
    public static StoryReportBuilder CreateDefault() =>
        new(DefaultPipeline.CreateLanguageOnly(), FigureComparer.LoadDefault(), new QuoteMerger(), new EntityCanonicalizer());

    /// <summary>The report of <paramref name="story"/> with its <paramref name="articles"/> (oldest first).</summary>
    public StoryReport Build(StorySummary story, IReadOnlyList<StoredArticle> articles)
    {
        // Sentences and stems are recomputed from the stored texts; extractions come stored.
        var docs = articles.Select(a => languageStages.Analyze(a.Article)).ToArray();
        var independent = articles.Select(a => a.CopyOf is null).ToArray();

        var claims = new List<(FigureClaim, string?, string?)>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (!independent[i]) continue; // a copy repeats its original's figures
            var a = articles[i].Article;
            foreach (var f in articles[i].Analysis.Figures)
            {
                var s = SentenceAt(docs[i], f.Start);
                claims.Add((new FigureClaim(f.Value, f.ValueMax, f.Approx, f.Exclusive, f.Tense, f.When, f.Source, a.Id, a.Outlet, a.Published,
                    f.Text, f.Start, f.End, a.Text[s.Start..s.End], s.Start, s.End), f.Unit, f.Subject));
            }
        }
        var quantities = figures.Compare(claims);
        var disputed = quantities.Where(q => q.Disputed).SelectMany(q => q.Claims)
            .Select(c => (Article: IndexOf(articles, c.ArticleId), c.Start, c.End)).ToArray();

        var summary = SummaryPicker.Pick(docs, independent, disputed)
            .Select(p => new SummarySentence(docs[p.Article].Text[p.Sentence.Start..p.Sentence.End], articles[p.Article].Article.Id,
                articles[p.Article].Article.Outlet, p.Sentence.Start, p.Sentence.End))
            .ToArray();

        return new StoryReport(Header(story, articles), quantities, Quotes(articles), Timeline(articles, docs), Entities(articles), summary,
            articles.Select(a => new ReportArticle(a.Article.Id, a.Article.Outlet, a.Article.Published, a.Article.PublishedInferredFrom is not null,
                a.Article.Title, a.Article.Url, a.CopyOf, a.Reason)).ToArray());
    }

    private static StoryReportHeader Header(StorySummary story, IReadOnlyList<StoredArticle> articles)
    {
        var outlets = articles.Where(a => a.Article.Outlet is not null)
            .GroupBy(a => a.Article.Outlet!)
            .Select(g => new OutletReport(g.Key, g.Min(a => a.Article.Published), g.Count(), g.Count(a => a.CopyOf is not null)))
            .OrderBy(o => o.FirstPublished ?? DateTimeOffset.MaxValue).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToArray();
        return new StoryReportHeader(story.Id, story.Title, story.FirstPublished, story.LastPublished, articles.Count,
            articles.Count(a => a.CopyOf is null), outlets);
    }

    private IReadOnlyList<SpeakerQuote> Quotes(IReadOnlyList<StoredArticle> articles)
    {
        var outletOf = articles.ToDictionary(a => a.Article.Id, a => a.Article.Outlet);
        var merged = quotes.Merge(articles.SelectMany(a => a.Analysis.Quotes.Select(q => new QuoteSource(a.Article.Id, q))));
        // Speakers with the most quotes first; within a speaker, in order of first appearance.
        var order = merged.GroupBy(m => m.Speaker ?? "").ToDictionary(g => g.Key, g => g.Count());
        return merged
            .Select((m, i) => (m, i))
            .OrderByDescending(x => order[x.m.Speaker ?? ""]).ThenBy(x => x.m.Speaker ?? "\uffff", StringComparer.Ordinal).ThenBy(x => x.i)
            .Select(x => new SpeakerQuote(x.m.Speaker, x.m.SpeakerRole, x.m.Text, x.m.Kind,
                x.m.Sources.Select(s => new QuoteEvidence(s.ArticleId, outletOf.GetValueOrDefault(s.ArticleId), s.Quote.Start, s.Quote.End)).ToArray()))
            .ToArray();
    }

    private static IReadOnlyList<TimelineEntry> Timeline(IReadOnlyList<StoredArticle> articles, AnalyzedArticle[] docs)
    {
        var entries = new List<TimelineEntry>();
        var seen = new HashSet<(string, string, int)>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles[i].CopyOf is not null) continue;
            foreach (var d in articles[i].Analysis.Dates)
            {
                if (d.Resolved is null || d.Granularity == DateGranularity.Unresolved) continue;
                var s = SentenceAt(docs[i], d.Start);
                if (!seen.Add((d.Resolved, articles[i].Article.Id, s.Start))) continue;
                entries.Add(new TimelineEntry(d.Resolved, d.Granularity.ToString().ToLowerInvariant(), docs[i].Text[s.Start..s.End], d.Text,
                    articles[i].Article.Id, articles[i].Article.Outlet, s.Start, s.End));
            }
        }
        return entries.OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Start)
            .Take(MaxTimeline).ToArray();
    }

    private IReadOnlyList<EntityCount> Entities(IReadOnlyList<StoredArticle> articles) =>
        entities.Merge(articles.Select(a => a.Analysis.Entities).ToArray())
            .Take(MaxEntities)
            .Select(e => new EntityCount(e.Type, e.Name, e.Aliases, e.MentionCount, e.Articles.Count))
            .ToArray();

    /// <summary>The sentence holding <paramref name="offset"/> (the whole text when the article has none).</summary>
    private static Sentence SentenceAt(AnalyzedArticle doc, int offset)
    {
        foreach (var s in doc.Sentences)
            if (offset >= s.Start && offset < s.End) return s;
        return new Sentence(0, doc.Text.Length, 0, doc.Tokens.Length);
    }

    private static int IndexOf(IReadOnlyList<StoredArticle> articles, string id)
    {
        for (var i = 0; i < articles.Count; i++) if (articles[i].Article.Id == id) return i;
        return -1;
    }
}
