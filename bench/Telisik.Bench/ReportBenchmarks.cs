using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Telisik.Cleaning;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Sqlite;
using Telisik.Storage;
using Telisik.Stories;
using Telisik.Stories.Report;

namespace Telisik.Bench;

/// <summary>
/// The story report of the largest IndoSum story (falls back to the bundled samples when IndoSum is absent): building
/// it from articles in memory, and the whole path from the store. Run:
/// <c>dotnet run -c Release --project bench/Telisik.Bench -- --filter '*ReportBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private string _dir = "";
    private SqliteArticleStore _store = null!;
    private StorySummary _story = null!;
    private IReadOnlyList<StoredArticle> _articles = [];
    private StoryReportBuilder _builder = null!;

    /// <summary>Ingests the corpus once and finds the largest story.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("telisik-report-bench-").FullName;
        _store = SqliteArticleStore.Open(Path.Combine(_dir, "r.db"));
        var ingestor = new Ingestor(ArticleCleaner.LoadDefault(), DefaultPipeline.Create(), _store, ClusteringStoryAssigner.CreateDefault());
        if (File.Exists(IngestHarness.IndoSum))
        {
            using var input = File.OpenRead(IngestHarness.IndoSum);
            ingestor.Ingest(JsonlReader.Read(input, IngestHarness.IndoSum), parallelism: Environment.ProcessorCount);
        }
        else
        {
            Console.Error.WriteLine("ReportBenchmarks: IndoSum not found; using the bundled samples.");
            var samples = RepoPaths.Samples;
            ingestor.Ingest(Directory.GetFiles(samples, "*.txt").Select(f => PlainTextReader.Read(File.OpenRead(f), f)));
        }
        _story = _store.ListStories(int.MaxValue).OrderByDescending(s => s.ArticleCount).First();
        _articles = _store.GetStoryArticles(_story.Id);
        _builder = StoryReportBuilder.CreateDefault();
        Console.Error.WriteLine($"ReportBenchmarks: largest story {_story.Id} with {_story.ArticleCount} articles");
    }

    /// <summary>Removes the temporary store.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>The report from articles already in memory.</summary>
    [Benchmark]
    public StoryReport BuildReport() => _builder.Build(_story, _articles);

    /// <summary>The report as <c>telisik story ID</c> makes it: read the story and its articles, then build.</summary>
    [Benchmark]
    public StoryReport ReadAndBuildReport() => _builder.Build(_store.GetStory(_story.Id)!, _store.GetStoryArticles(_story.Id));
}
