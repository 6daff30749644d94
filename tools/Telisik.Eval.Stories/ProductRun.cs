using Microsoft.Data.Sqlite;
using Telisik.Cleaning;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Sqlite;
using Telisik.Stories;

namespace Telisik.Eval.Stories;

/// <summary>
/// Runs the product's ingest (reader, cleaner, pipeline, publication inference, chunk ordering, story assignment,
/// SQLite store) over files into a temporary store, with given story options, and records every placement: what
/// <c>telisik ingest</c> would do, without the CLI.
/// </summary>
internal sealed class ProductRun(AnalysisPipeline pipeline, ArticleCleaner cleaner)
{
    /// <summary>One ingested article: its id, where it came from, its final story (merges followed) and its features.</summary>
    public sealed record Placed(string Id, string Source, string StoryId, ArticleFeatures Features);

    public static ProductRun CreateDefault() => new(DefaultPipeline.Create(), ArticleCleaner.LoadDefault());

    public List<Placed> Ingest(IEnumerable<string> files, StoryOptions options)
    {
        var dir = Directory.CreateTempSubdirectory("telisik-eval-");
        try
        {
            using var store = SqliteArticleStore.Open(Path.Combine(dir.FullName, "eval.db"));
            var (terms, entities) = BackgroundFrequencies.Load();
            var recorder = new Recorder(new ClusteringStoryAssigner(options, new ArticleFeatureExtractor(), new StoryClusterer(options, terms, entities)));
            new Ingestor(cleaner, pipeline, store, recorder).Ingest(Read(files));
            string Resolve(string s) { while (recorder.Redirects.TryGetValue(s, out var n)) s = n; return s; }
            return recorder.Placed.ConvertAll(p => p with { StoryId = Resolve(p.StoryId) });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }

    private static IEnumerable<ReadResult> Read(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var results = file.EndsWith(".jsonl", StringComparison.Ordinal) ? JsonlReader.Read(stream, file).ToList() : [PlainTextReader.Read(stream, file)];
            foreach (var r in results) yield return r;
        }
    }

    /// <summary>Passes assignments through and keeps what they decided.</summary>
    private sealed class Recorder(IStoryAssigner inner) : IStoryAssigner
    {
        public List<Placed> Placed { get; } = [];
        public Dictionary<string, string> Redirects { get; } = new(StringComparer.Ordinal);
        public TimeSpan? RestoreWindow => inner.RestoreWindow;
        public IReadOnlyList<DateTimeOffset> RecentPublished() => inner.RecentPublished();
        public void Restore(string articleId, string storyId, DateTimeOffset? published, string? copyOf, string features) =>
            inner.Restore(articleId, storyId, published, copyOf, features);

        public StoryPlacement Assign(AnalyzedArticle doc)
        {
            var p = inner.Assign(doc);
            foreach (var m in p.Merges) Redirects[m.FromStoryId] = m.IntoStoryId;
            var features = System.Text.Json.JsonSerializer.Deserialize<ArticleFeatures>(p.Features, Telisik.Serialization.TelisikJson.Compact)!;
            Placed.Add(new Placed(doc.Article.Id, doc.Article.SourcePath ?? "", p.StoryId, features));
            return p;
        }
    }
}
