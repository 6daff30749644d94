using Telisik.Cleaning;
using Telisik.Pipeline;
using Telisik.Search;
using Telisik.Storage;
using Telisik.Stories;

namespace Telisik.Ingest;

/// <summary>
/// Runs inputs through cleaning, analysis and story assignment into a store, in atomic batches. Re-ingesting the
/// same input changes nothing (ids and content hashes); one bad input never aborts the rest.
/// </summary>
public sealed class Ingestor
{
    private readonly ArticleCleaner _cleaner;
    private readonly AnalysisPipeline _pipeline;
    private readonly IArticleStore _store;
    private readonly IStoryAssigner _assigner;
    private readonly SearchAnalyzer _search;
    private readonly int _batchSize;

    /// <summary>Creates an ingestor and restores the story assigner's state from the store.</summary>
    public Ingestor(ArticleCleaner cleaner, AnalysisPipeline pipeline, IArticleStore store, IStoryAssigner assigner, int batchSize = 256)
        : this(cleaner, pipeline, store, assigner, SearchAnalyzer.CreateDefault(), batchSize)
    {
    }

    /// <summary>Creates an ingestor with a given search analyser and restores the story assigner's state from the store.</summary>
    public Ingestor(ArticleCleaner cleaner, AnalysisPipeline pipeline, IArticleStore store, IStoryAssigner assigner, SearchAnalyzer search, int batchSize = 256)
    {
        _search = search;
        _cleaner = cleaner;
        _pipeline = pipeline;
        _store = store;
        _assigner = assigner;
        _batchSize = batchSize;
        foreach (var m in store.LoadMemberships()) assigner.Restore(m.ArticleId, m.StoryId, m.Published, m.CopyOf, m.Features);
    }

    /// <summary>Ingests <paramref name="inputs"/>; cleaning and analysis run on <paramref name="parallelism"/> threads.</summary>
    public IngestReport Ingest(IEnumerable<ReadResult> inputs, IProgress<IngestProgress>? progress = null, int parallelism = 1, CancellationToken cancel = default)
    {
        var report = new IngestReport();
        var batch = new StoreBatch();
        var pendingById = new Dictionary<string, string>(StringComparer.Ordinal);
        var pendingHashes = new Dictionary<string, string>(StringComparer.Ordinal);

        var prepared = inputs
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, parallelism))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancel)
            .Select(Prepare);

        foreach (var item in prepared)
        {
            report.Read++;
            report.Warnings.AddRange(item.Warnings.Select(w => $"{item.Source}: {w}"));
            if (item.Rejection is not null)
            {
                report.Rejected.Add(item.Rejection);
            }
            else
            {
                var doc = item.Doc!;
                var id = doc.Article.Id;
                var storedHash = pendingById.GetValueOrDefault(id) ?? _store.ContentHashOf(id);
                var sameContentId = pendingHashes.GetValueOrDefault(item.Hash!) ?? _store.FindByContentHash(item.Hash!);
                if (storedHash == item.Hash) report.Unchanged++;
                else if (storedHash is not null)
                    report.Rejected.Add(new Rejection(item.Source, RejectionKind.Duplicate, $"id '{id}' is already stored with different text; kept the stored version"));
                else if (sameContentId is not null)
                    report.Rejected.Add(new Rejection(item.Source, RejectionKind.Duplicate, $"same text as stored article '{sameContentId}'"));
                else
                {
                    var a = _assigner.Assign(doc);
                    batch.Articles.Add(new BatchArticle(new StoredArticle(doc.Article, ArticleAnalysis.From(doc), item.Hash!, a.StoryId, a.CopyOf, a.Reason),
                        a.Features, item.Search!));
                    batch.Merges.AddRange(a.Merges);
                    batch.Headers.Add(a.Header);
                    pendingById[id] = item.Hash!;
                    pendingHashes[item.Hash!] = id;
                    report.Stored++;
                    report.TouchedStories.Add(a.StoryId);
                }
            }
            if (batch.Articles.Count >= _batchSize) Flush();
            progress?.Report(new IngestProgress(report.Read, report.Stored, report.Rejected.Count, item.Source));
        }
        Flush();
        return report;

        void Flush()
        {
            if (batch.IsEmpty) return;
            _store.SaveBatch(batch);
            batch = new StoreBatch();
            pendingById.Clear();
            pendingHashes.Clear();
        }
    }

    private Prepared Prepare(ReadResult r)
    {
        if (r.Rejection is { } rej) return new Prepared(rej.Source, null, null, rej, r.Warnings);
        var raw = r.Article!;
        var clean = _cleaner.Clean(raw);
        if (!clean.Accepted) return new Prepared(raw.Source, null, null, clean.Rejection, r.Warnings);
        var doc = _pipeline.Analyze(clean.Article!);
        return new Prepared(raw.Source, doc, ArticleIds.ContentHash(doc.Article.Text), null, r.Warnings) { Search = _search.Document(doc) };
    }

    private sealed record Prepared(string Source, AnalyzedArticle? Doc, string? Hash, Rejection? Rejection, IReadOnlyList<string> Warnings)
    {
        public SearchDocument? Search { get; init; }
    }
}
