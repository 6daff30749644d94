using Microsoft.Data.Sqlite;
using Telisik.Cleaning;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Sqlite;
using Telisik.Stories;
using Telisik.Stories.Report;

namespace Telisik.Tests.Stories.Report;

/// <summary>The report of the samples' story about the White House's figure (Kirby, Austin), and its evidence.</summary>
public sealed class StoryReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("telisik-report-").FullName;
    private readonly SqliteArticleStore _store;

    public StoryReportTests()
    {
        _store = SqliteArticleStore.Open(Path.Combine(_dir, "t.db"));
        var inputs = Samples.AllInputs();
        new Ingestor(ArticleCleaner.LoadDefault(), DefaultPipeline.Create(), _store, ClusteringStoryAssigner.CreateDefault()).Ingest(inputs);
    }

    public void Dispose()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private StoryReport ReportOf(string sampleFile)
    {
        var id = _store.ArticleIds().Select(_store.GetArticle).First(a => a!.Article.SourcePath!.EndsWith(sampleFile, StringComparison.Ordinal))!.StoryId!;
        return StoryReportBuilder.CreateDefault().Build(_store.GetStory(id)!, _store.GetStoryArticles(id));
    }

    [Fact]
    public void The_kirby_report_has_his_figure_quotes_with_role_and_dates()
    {
        var r = ReportOf("003_kirby-3000-tentara-korut.txt");
        var soldiers = r.Figures.First(q => q.Unit == "soldiers");
        Assert.Contains(soldiers.Claims, c => c.Value == 3000 && c.Approx == Telisik.Extraction.Figures.Approximation.AtLeast && c.Source!.Contains("Kirby"));
        Assert.Contains(r.Quotes, q => q.Speaker == "John Kirby" && q.Role!.Contains("Juru Bicara"));
        Assert.Contains(r.Timeline, t => t.Date == "2024-10-23");
        Assert.Contains(r.Entities, e => e.Name == "John Kirby");
        Assert.InRange(r.Summary.Count, 3, 5);
    }

    [Fact]
    public void Every_report_line_is_evidence_in_its_article()
    {
        foreach (var story in _store.ListStories(100))
        {
            var articles = _store.GetStoryArticles(story.Id);
            var text = articles.ToDictionary(a => a.Article.Id, a => a.Article.Text);
            var r = StoryReportBuilder.CreateDefault().Build(story, articles);
            foreach (var c in r.Figures.SelectMany(q => q.Claims))
            {
                Assert.Equal(c.Text, text[c.ArticleId][c.Start..c.End]);
                Assert.Equal(c.Sentence, text[c.ArticleId][c.SentenceStart..c.SentenceEnd]);
                Assert.InRange(c.Start, c.SentenceStart, c.SentenceEnd);
            }
            foreach (var s in r.Summary) Assert.Equal(s.Text, text[s.ArticleId][s.Start..s.End]);
            foreach (var t in r.Timeline) Assert.Equal(t.Text, text[t.ArticleId][t.Start..t.End]);
            foreach (var q in r.Quotes)
                foreach (var e in q.Articles) Assert.True(e.End <= text[e.ArticleId].Length && e.Start < e.End);
            Assert.Equal(r.Header.ArticleCount, r.Articles.Count);
        }
    }

    [Fact]
    public void Copies_are_counted_apart_and_left_out_of_the_figures()
    {
        var r = ReportOf("010_antara-bus-listrik-surabaya.txt");
        Assert.True(r.Header.IndependentCount < r.Header.ArticleCount);
        var copies = r.Articles.Where(a => a.CopyOf is not null).Select(a => a.Id).ToHashSet();
        Assert.DoesNotContain(r.Figures.SelectMany(q => q.Claims), c => copies.Contains(c.ArticleId));
    }

    [Fact]
    public void Conflicting_death_tolls_across_outlets_are_disputed()
    {
        var r = ReportOf("020_banjir-bandang-sigi-cnn.txt");
        Assert.Contains(r.Figures, q => q.Disputed && q.Claims.Select(c => c.Outlet).Distinct().Count() > 1);
    }
}
