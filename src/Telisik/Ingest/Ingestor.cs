using Telisik.Cleaning;
using Telisik.Extraction.Dates;
using Telisik.Extraction.Figures;
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
    private readonly DateStage? _dates;
    private readonly FigureStage? _figures;
    private readonly int _batchSize;

    /// <summary>Articles assigned together in publication order (bounded so a huge ingest keeps bounded memory).</summary>
    public const int ChunkSize = 1000;

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
        _dates = pipeline.Stages.OfType<DateStage>().FirstOrDefault();
        _figures = pipeline.Stages.OfType<FigureStage>().FirstOrDefault();
        foreach (var m in store.LoadMemberships(assigner.RestoreWindow)) assigner.Restore(m.ArticleId, m.StoryId, m.Published, m.CopyOf, m.Features);
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

        // New articles wait in a chunk and are assigned in publication order: the streaming clusterer then sees a
        // batch as it happened, and an undated article is dated against its chunk's neighbours (Jumat (18/10) → a year
        // in which 18 October is a Friday) and slotted in after the reports it most likely appeared beside.
        var chunk = new List<Prepared>();
        var chunkIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var chunkHashes = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var item in prepared)
        {
            report.Read++;
            report.Warnings.AddRange(item.Warnings.Select(w => $"{item.Source}: {w}"));
            if (item.Rejection is not null) report.Rejected.Add(item.Rejection);
            else if (IsUnchanged(item)) report.Unchanged++;
            else if (Duplicate(item) is { } duplicate) report.Rejected.Add(duplicate);
            else
            {
                chunk.Add(item);
                chunkIds[item.Doc!.Article.Id] = item.Hash!;
                chunkHashes[item.Hash!] = item.Doc.Article.Id;
                if (chunk.Count >= ChunkSize) AssignChunk();
            }
            progress?.Report(new IngestProgress(report.Read, report.Stored, report.Rejected.Count, item.Source));
        }
        AssignChunk();
        Flush();
        return report;

        void AssignChunk()
        {
            var selfDated = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in chunk.Where(i => i.Doc!.Article.Published is null))
            {
                DateFromOwnText(item.Doc!);
                if (item.Doc!.Article.Published is not null) selfDated.Add(item.Doc.Article.Id);
            }
            var neighbours = chunk.Select(i => i.Doc!.Article.Published).OfType<DateTimeOffset>().Concat(_assigner.RecentPublished()).Order().ToArray();
            foreach (var item in chunk.Where(i => i.Doc!.Article.Published is null))
                if (_dates is not null) ApplyInference(item.Doc!, PublicationInferrer.Infer(item.Doc!, neighbours));
            // OrderBy is stable: equal keys keep their input order.
            foreach (var item in chunk.OrderBy(i => SortKey(i, selfDated)).ToList())
            {
                Place(item);
                if (batch.Articles.Count >= _batchSize) Flush();
            }
            chunk.Clear();
            chunkIds.Clear();
            chunkHashes.Clear();
        }

        // A stated time, or a full date of the article's own, is its key; a time inferred from neighbours (only a lower
        // bound) goes after the week it may fall in; an article with no evidence at all goes last.
        static DateTimeOffset SortKey(Prepared i, HashSet<string> selfDated) =>
            i.Doc!.Article.Published is not { } p ? DateTimeOffset.MaxValue
            : i.Doc.Article.PublishedInferredFrom is null || selfDated.Contains(i.Doc.Article.Id) ? p
            : p + ClusteringStoryAssigner.InferredSpread;

        // The hash stored (or waiting to be stored) under the input's id, if any.
        string? StoredHash(Prepared item)
        {
            var id = item.Doc!.Article.Id;
            return pendingById.GetValueOrDefault(id) ?? chunkIds.GetValueOrDefault(id) ?? _store.ContentHashOf(id);
        }

        // A re-ingest: the same id with the same text is already stored. Not a rejection; nothing changes.
        bool IsUnchanged(Prepared item) => StoredHash(item) == item.Hash;

        // Null when the input is new; else why it is a duplicate of a stored article.
        Rejection? Duplicate(Prepared item)
        {
            var id = item.Doc!.Article.Id;
            var storedHash = StoredHash(item);
            if (storedHash is not null)
                return new Rejection(item.Source, RejectionKind.Duplicate, $"id '{id}' is already stored with different text; kept the stored version");
            var sameContentId = pendingHashes.GetValueOrDefault(item.Hash!) ?? chunkHashes.GetValueOrDefault(item.Hash!) ?? _store.FindByContentHash(item.Hash!);
            return sameContentId is null ? null : new Rejection(item.Source, RejectionKind.Duplicate, $"same text as stored article '{sameContentId}'");
        }

        void Place(Prepared item)
        {
            var doc = item.Doc!;
            var id = doc.Article.Id;
            var a = _assigner.Assign(doc);
            batch.Articles.Add(new BatchArticle(new StoredArticle(doc.Article, ArticleAnalysis.From(doc), item.Hash!, a.StoryId, a.CopyOf, a.Reason),
                a.Features, _search.Document(doc)));
            batch.Merges.AddRange(a.Merges);
            batch.CopyLinks.AddRange(a.Relinked);
            batch.Headers.Add(a.Header);
            pendingById[id] = item.Hash!;
            pendingHashes[item.Hash!] = id;
            report.Stored++;
            report.TouchedStories.Add(a.StoryId);
        }

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
        return new Prepared(raw.Source, doc, ArticleIds.ContentHash(doc.Article.Text), null, r.Warnings);
    }

    /// <summary>Dates an article that states no publication time from its own full dates ("Kamis 24 Oktober 2024").</summary>
    private void DateFromOwnText(AnalyzedArticle doc)
    {
        if (_dates is not null) ApplyInference(doc, PublicationInferrer.Infer(doc, []));
    }

    /// <summary>Records an inferred publication, re-resolves the dates, and re-reads the figures (their dates move too).</summary>
    private void ApplyInference(AnalyzedArticle doc, PublicationInference inference)
    {
        PublicationInferrer.Apply(doc, inference, _dates!);
        if (doc.Article.Published is null || _figures is null) return;
        doc.Figures.Clear();
        _figures.Run(doc);
    }

    private sealed record Prepared(string Source, AnalyzedArticle? Doc, string? Hash, Rejection? Rejection, IReadOnlyList<string> Warnings);
}
