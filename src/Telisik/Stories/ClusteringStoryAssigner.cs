using System.Globalization;
using System.Text.Json;
using Telisik.Pipeline;
using Telisik.Serialization;

namespace Telisik.Stories;

/// <summary>
/// The ingest's story assigner: the streaming <see cref="StoryClusterer"/> (copies, stories, merges) behind
/// <see cref="IStoryAssigner"/>, with features kept as JSON so a later ingest restores its state. Evicts articles
/// older than the clusterer's retention as time advances, so memory stays bounded by the window.
/// </summary>
public sealed class ClusteringStoryAssigner(StoryOptions options, ArticleFeatureExtractor extractor, StoryClusterer clusterer) : IStoryAssigner
{
    /// <summary>How long after the last event it reports an article of inferred publication may have appeared.</summary>
    public static readonly TimeSpan InferredSpread = TimeSpan.FromDays(7);

    /// <summary>Eviction runs every this many assignments.</summary>
    private const int EvictEvery = 1000;

    private readonly StoryClusterer _clusterer = clusterer;
    private readonly Dictionary<string, (DateTimeOffset Published, IReadOnlyList<TermCount> Terms)> _recent = new(StringComparer.Ordinal);
    private DateTimeOffset? _latest;
    private int _sinceEviction;

    /// <summary>An assigner with the default, measured options, starting from the shipped background frequencies.</summary>
    public static ClusteringStoryAssigner CreateDefault()
    {
        var options = new StoryOptions();
        var (terms, entities) = BackgroundFrequencies.Load();
        return new(options, new ArticleFeatureExtractor(), new StoryClusterer(options, terms, entities));
    }

    /// <summary>The latest publication time seen: the stream's "now".</summary>
    public DateTimeOffset? Latest => _latest;

    /// <inheritdoc />
    public TimeSpan? RestoreWindow => options.Retention;

    /// <inheritdoc />
    public IReadOnlyList<DateTimeOffset> RecentPublished() =>
        _clusterer.Stories().SelectMany(s => s.Articles).Select(a => a.Published).Distinct().Order().ToArray();

    /// <inheritdoc />
    public void Restore(string articleId, string storyId, DateTimeOffset? published, string? copyOf, string features)
    {
        if (JsonSerializer.Deserialize<ArticleFeatures>(features, TelisikJson.Compact) is not { } f) return;
        _clusterer.Restore(f, storyId, copyOf);
        Observe(f.Published);
        _recent[f.Id] = (f.Published, f.Terms);
    }

    /// <inheritdoc />
    public StoryPlacement Assign(AnalyzedArticle doc)
    {
        var f = extractor.Extract(doc, doc.Article.Published ?? _latest ?? DateTimeOffset.UnixEpoch);
        if (doc.Article.PublishedInferredFrom is not null && doc.Article.Published is { } earliest)
            f = f with { Published = Placement(f, earliest) };
        var update = _clusterer.Add(f);
        Observe(f.Published);
        _recent[f.Id] = (f.Published, f.Terms);
        var id = update.Assignment.StoryId;
        var story = _clusterer.GetStory(id);
        var copyOf = update.CopyLinks.FirstOrDefault(l => l.CopyId == f.Id)?.OriginalId;
        var header = new StoryHeader(id, story?.Title, story?.FirstPublished, story?.LastPublished);
        if (++_sinceEviction >= EvictEvery && _latest is { } now)
        {
            _sinceEviction = 0;
            _clusterer.EvictBefore(now - options.Retention);
            foreach (var old in _recent.Where(kv => kv.Value.Published < now - options.Retention).Select(kv => kv.Key).ToList()) _recent.Remove(old);
        }
        return new StoryPlacement(id, copyOf, Describe(update.Assignment.Reason, copyOf), JsonSerializer.Serialize(f, TelisikJson.Compact), update.Merges, header)
        {
            Relinked = update.CopyLinks.Where(l => l.CopyId != f.Id).ToArray(),
        };
    }

    /// <summary>
    /// When to compare an article whose publication was inferred: it is only known to be on or after the last event it
    /// reports, so it is placed at the time of the most similar article published within a week after that event (the
    /// report it most likely appeared beside), else a day after the event.
    /// </summary>
    private DateTimeOffset Placement(ArticleFeatures f, DateTimeOffset earliest)
    {
        var latest = earliest + InferredSpread;
        var best = (Score: MinPlacementSimilarity, Published: earliest + TimeSpan.FromDays(1));
        foreach (var (_, (published, terms)) in _recent)
        {
            if (published < earliest || published > latest) continue;
            var s = Cosine(f.Terms, terms);
            if (s > best.Score) best = (s, published);
        }
        return best.Published;
    }

    /// <summary>Any shared term places an undated article beside its neighbour; the clusterer then decides whether it joins.</summary>
    private const double MinPlacementSimilarity = 0.0;

    private static double Cosine(IReadOnlyList<TermCount> a, IReadOnlyList<TermCount> b)
    {
        var map = new Dictionary<string, int>(b.Count, StringComparer.Ordinal);
        foreach (var t in b) map[t.Term] = t.Count;
        double dot = 0, na = 0, nb = 0;
        foreach (var t in a) { na += (double)t.Count * t.Count; if (map.TryGetValue(t.Term, out var n)) dot += (double)t.Count * n; }
        foreach (var t in b) nb += (double)t.Count * t.Count;
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private void Observe(DateTimeOffset published)
    {
        if (published > DateTimeOffset.UnixEpoch && (_latest is null || published > _latest)) _latest = published;
    }

    /// <summary>Why an article belongs, in words.</summary>
    public static string Describe(MembershipReason r, string? copyOf)
    {
        if (copyOf is not null) return $"copy of {copyOf}";
        if (r.MatchedArticleId is null) return "founds the story";
        var parts = new List<string> { $"matches {r.MatchedArticleId} ({r.Score.ToString("0.00", CultureInfo.InvariantCulture)})" };
        if (r.SharedTerms.Count > 0) parts.Add("shared terms: " + string.Join(", ", r.SharedTerms));
        if (r.SharedEntities.Count > 0) parts.Add("shared entities: " + string.Join(", ", r.SharedEntities));
        return string.Join("; ", parts);
    }
}
