using Telisik.Dedup;

namespace Telisik.Stories;

/// <summary>
/// Streaming story clustering with copy detection. Each added article is compared only with candidate articles
/// retrieved through an inverted index over salient terms and entities within <see cref="StoryOptions.Window"/>
/// (or, for a developing story, within <see cref="StoryOptions.ContinuationWindow"/> when another outlet's report
/// repeats its specific figures); it joins the best story scoring at least <see cref="StoryOptions.JoinThreshold"/>,
/// else opens a new story whose id derives from the article's id. A copy (see <see cref="CopyIndex"/>) joins its original's story.
/// When an article matches two stories strongly they merge into the one founded earliest and the other id
/// redirects to it. Articles older than <see cref="StoryOptions.Retention"/> behind the newest leave memory.
/// Hosts persist the events returned by <see cref="Add"/> and restore state with <see cref="Restore"/>.
/// Not thread-safe: one writer.
/// </summary>
public sealed partial class StoryClusterer
{
    private const long EntityKeyBit = 1L << 40;

    private readonly StoryOptions _options;
    private readonly DocumentFrequencies _terms;
    private readonly DocumentFrequencies _entities;
    private readonly CopyIndex _copies;
    private readonly Dictionary<string, ArticleState> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ArticleState> _bySeq = [];
    private readonly Dictionary<string, StoryState> _stories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _redirects = new(StringComparer.Ordinal);
    private readonly PostingIndex<long> _index = new();
    private readonly PriorityQueue<int, long> _byTime = new();
    private readonly Dictionary<int, int> _hits = [];
    private readonly HashSet<string> _observed = new(StringComparer.Ordinal);
    private int _nextSeq;
    private DateTimeOffset _watermark = DateTimeOffset.MinValue;

    /// <summary>Creates a clusterer with its own document frequencies.</summary>
    public StoryClusterer(StoryOptions options) : this(options, new DocumentFrequencies(), new DocumentFrequencies()) { }

    /// <summary>Creates a clusterer learning into the given document frequencies (terms and entities), which the host may have loaded.</summary>
    public StoryClusterer(StoryOptions options, DocumentFrequencies terms, DocumentFrequencies entities)
    {
        _options = options;
        _terms = terms;
        _entities = entities;
        _copies = new CopyIndex(options.Dedup);
    }

    /// <summary>The options in use.</summary>
    public StoryOptions Options => _options;

    /// <summary>Term document frequencies learned so far (persist them to warm a restarted clusterer).</summary>
    public DocumentFrequencies TermFrequencies => _terms;

    /// <summary>Entity document frequencies learned so far.</summary>
    public DocumentFrequencies EntityFrequencies => _entities;

    /// <summary>Live articles in memory.</summary>
    public int ArticleCount => _articles.Count;

    /// <summary>Live stories in memory.</summary>
    public int StoryCount => _stories.Count;

    /// <summary>Articles in the copy index's window.</summary>
    public int CopyIndexCount => _copies.Count;

    /// <summary>Adds a new article: finds copies, assigns it to a story and returns the events to persist.</summary>
    /// <exception cref="InvalidOperationException">The article is already in the clusterer.</exception>
    public ClusterUpdate Add(ArticleFeatures f)
    {
        if (_articles.ContainsKey(f.Id)) throw new InvalidOperationException($"Article '{f.Id}' is already clustered.");
        Observe(f);
        var links = _copies.Add(f.Id, f.Published, f.Fingerprint);
        foreach (var link in links)
            if (link.CopyId != f.Id && _articles.TryGetValue(link.CopyId, out var relinked)) relinked.CopyOf = link.OriginalId;
        var copyOf = links.FirstOrDefault(l => l.CopyId == f.Id)?.OriginalId;

        var probe = Build(f, seq: -1);
        var scores = ScoreStories(probe);
        var merges = new List<StoryMerge>();
        StoryState story;
        MembershipReason reason;
        var opened = false;

        if (copyOf is not null && _articles.TryGetValue(copyOf, out var original))
        {
            story = original.Story;
            reason = scores.TryGetValue(story, out var s) ? Explain(probe, s) with { CopyOf = copyOf } : new MembershipReason(copyOf, 1, [], [], copyOf);
        }
        else
        {
            var best = scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value.Score).Value;
            if (best is not null && best.Score >= _options.JoinThreshold)
            {
                story = best.Story;
                reason = Explain(probe, best) with { CopyOf = copyOf };
            }
            else
            {
                story = Open(f.Id, f.Published);
                reason = copyOf is null ? MembershipReason.Founder : MembershipReason.Founder with { CopyOf = copyOf };
                opened = true;
            }
        }

        // A second story matched this strongly is the same story: merge. Never below the join threshold, or an
        // article that opened a story would merge with one it was not similar enough to join.
        var mergeAt = Math.Max(_options.MergeThreshold, _options.JoinThreshold);
        foreach (var (other, s) in scores)
        {
            if (other == story || s.Score < mergeAt || !_stories.ContainsKey(other.Id)) continue;
            story = Merge(story, other, f.Id, merges);
        }

        probe.Seq = _nextSeq++;
        probe.Story = story;
        probe.Reason = reason;
        probe.CopyOf = copyOf;
        Insert(probe);
        return new ClusterUpdate(new StoryAssignment(f.Id, story.Id, opened, reason), links, merges);
    }

    /// <summary>
    /// Restores an already-assigned article (from storage) without scoring or events: it rejoins
    /// <paramref name="storyId"/> (created when not yet in memory, founded by this article's id unless an earlier
    /// restored article founded it) and its copy link. Restore a time window oldest first, then keep adding.
    /// </summary>
    public void Restore(ArticleFeatures f, string storyId, string? copyOf = null, MembershipReason? reason = null)
    {
        if (_articles.ContainsKey(f.Id)) return;
        Observe(f);
        var originalPublished = copyOf is not null && _articles.TryGetValue(copyOf, out var o) ? o.Published : (DateTimeOffset?)null;
        _copies.Restore(f.Id, f.Published, f.Fingerprint, copyOf, originalPublished);
        storyId = ResolveStoryId(storyId);
        if (!_stories.TryGetValue(storyId, out var story))
        {
            story = new StoryState(storyId, f.Id, f.Published);
            _stories[storyId] = story;
        }
        Insert(Build(f, _nextSeq++, story, reason ?? MembershipReason.Founder, copyOf));
    }

    /// <summary>Deletes an article from the clusterer and the copy index. Its story keeps its id; an emptied story is dropped.</summary>
    public bool Remove(string articleId)
    {
        _copies.Remove(articleId);
        if (!_articles.TryGetValue(articleId, out var a)) return false;
        Unindex(a);
        a.Story.Members.RemoveAll(m => m.Id == articleId);
        if (a.Story.Live.Count == 0) DropStory(a.Story);
        return true;
    }

    /// <summary>The id a story id now stands for (itself, or the survivor it was merged into).</summary>
    public string ResolveStoryId(string storyId)
    {
        while (_redirects.TryGetValue(storyId, out var next)) storyId = next;
        return storyId;
    }

    /// <summary>The story of a live article, or null when the article is not in memory.</summary>
    public string? StoryOf(string articleId) => _articles.TryGetValue(articleId, out var a) ? a.Story.Id : null;

    /// <summary>The copy link of a live article, or null.</summary>
    public string? CopyOf(string articleId) => _articles.TryGetValue(articleId, out var a) ? a.CopyOf : null;

    /// <summary>The id a story is derived from its founding article's id: deterministic across runs and machines.</summary>
    public static string StoryIdFor(string founderArticleId) => "s" + StableHash.Hex(StableHash.Of(founderArticleId), 12);

    private void Observe(ArticleFeatures f)
    {
        _observed.Clear();
        foreach (var t in f.Terms) _observed.Add(t.Term);
        foreach (var t in f.HeadTerms) _observed.Add(t);
        _terms.Observe(_observed);
        _observed.Clear();
        foreach (var e in f.Entities) _observed.Add(e);
        _entities.Observe(_observed);
    }

    private StoryState Open(string founderId, DateTimeOffset published)
    {
        var id = StoryIdFor(founderId);
        var story = new StoryState(id, founderId, published);
        _stories[id] = story;
        _redirects.Remove(id); // a re-ingested founder reopens its own story id
        return story;
    }

    private void Insert(ArticleState a)
    {
        _articles[a.Id] = a;
        _bySeq[a.Seq] = a;
        foreach (var k in a.Keys) _index.Add(k, a.Seq);
        a.Story.Live.Add(a);
        a.Story.Members.Add(new StoryArticle(a.Id, a.Outlet, a.Published, a.Headline, a.CopyOf, a.Reason));
        _byTime.Enqueue(a.Seq, a.Published.UtcTicks);
        if (a.Published > _watermark)
        {
            _watermark = a.Published;
            EvictBefore(_watermark - _options.Retention);
        }
    }

    /// <summary>Removes from memory every article published before <paramref name="cutoff"/> (they stay in their
    /// stories' persisted state); stories left with no live article are dropped with their redirects.</summary>
    public int EvictBefore(DateTimeOffset cutoff)
    {
        var n = 0;
        while (_byTime.TryPeek(out var seq, out var ticks) && ticks < cutoff.UtcTicks)
        {
            _byTime.Dequeue();
            if (!_bySeq.TryGetValue(seq, out var a)) continue;
            Unindex(a);
            if (a.Story.Live.Count == 0) DropStory(a.Story);
            n++;
        }
        _copies.EvictBefore(cutoff);
        return n;
    }

    private void Unindex(ArticleState a)
    {
        _articles.Remove(a.Id);
        _bySeq.Remove(a.Seq);
        foreach (var k in a.Keys) _index.Remove(k, a.Seq);
        a.Story.Live.Remove(a);
    }

    private void DropStory(StoryState story)
    {
        if (_stories.TryGetValue(story.Id, out var held) && held == story) _stories.Remove(story.Id);
        foreach (var old in story.Absorbed) _redirects.Remove(old);
    }

    private StoryState Merge(StoryState a, StoryState b, string bridgeId, List<StoryMerge> merges)
    {
        var (into, from) = a.Precedes(b) ? (a, b) : (b, a);
        foreach (var art in from.Live) { art.Story = into; into.Live.Add(art); }
        into.Members.AddRange(from.Members);
        from.Live.Clear();
        _stories.Remove(from.Id);
        _redirects[from.Id] = into.Id;
        into.Absorbed.Add(from.Id);
        into.Absorbed.AddRange(from.Absorbed);
        foreach (var old in from.Absorbed) _redirects[old] = into.Id;
        merges.Add(new StoryMerge(from.Id, into.Id, bridgeId));
        return into;
    }
}
