namespace Telisik.Dedup;

/// <summary>
/// Finds copies among the articles of a sliding time window: exact duplicates by content hash, near-duplicates
/// through a banded MinHash LSH index, and edited copies through containment of hash-sampled shingles (candidates
/// retrieved by a sub-sample of them). Each copy links to the earliest published article of its group. Memory is
/// bounded by the window: articles older than <see cref="DedupOptions.Window"/> behind the newest one leave the
/// index, and <see cref="Remove"/> deletes one. Not thread-safe: one writer.
/// </summary>
public sealed class CopyIndex
{
    // Retrieval uses one sampled shingle in this many (of the sample): enough keys to find a copy sharing half
    // its text, few enough postings to keep memory small.
    private const int RetrievalModulus = 4;

    private sealed class Entry(int seq, string id, DateTimeOffset published, CopyFingerprint fingerprint)
    {
        public readonly int Seq = seq;
        public readonly string Id = id;
        public readonly DateTimeOffset Published = published;
        public readonly CopyFingerprint Fingerprint = fingerprint;
        public string RootId = id;
        public DateTimeOffset RootPublished = published;
    }

    private readonly DedupOptions _options;
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Entry> _bySeq = [];
    private readonly PostingIndex<ulong> _exact = new();
    private readonly PostingIndex<ulong> _bands = new();
    private readonly PostingIndex<uint> _samples = new();
    private readonly Dictionary<string, List<Entry>> _groups = new(StringComparer.Ordinal);
    private readonly PriorityQueue<int, long> _byTime = new();
    private readonly HashSet<int> _seen = [];
    private int _nextSeq;
    private DateTimeOffset _watermark = DateTimeOffset.MinValue;

    /// <summary>Creates an empty index.</summary>
    public CopyIndex(DedupOptions options)
    {
        if (options.Bands * options.RowsPerBand != options.MinHashCount)
            throw new ArgumentException("MinHashCount must equal Bands × RowsPerBand.", nameof(options));
        _options = options;
    }

    /// <summary>Number of articles in the window.</summary>
    public int Count => _byId.Count;

    /// <summary>True when <paramref name="id"/> is in the window.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The best copy match for a fingerprint among the articles in the window, without adding it.</summary>
    public CopyMatch? Find(CopyFingerprint fp, DateTimeOffset published, string? selfId = null)
    {
        if (fp.WordCount < _options.MinWords) return null;
        CopyMatch? best = null;

        foreach (var seq in _exact.Get(fp.ContentHash))
        {
            var e = _bySeq[seq];
            if (e.Id == selfId || !InWindow(e, published) || e.Fingerprint.WordCount != fp.WordCount) continue;
            var m = new CopyMatch(e.Id, CopyKind.Exact, 1.0);
            if (best is null || Earlier(e, best.MatchedId)) best = m;
        }
        if (best is not null) return best;

        _seen.Clear();
        for (var b = 0; b < _options.Bands; b++)
            foreach (var seq in _bands.Get(BandKey(fp.MinHash, b))) _seen.Add(seq);
        foreach (var s in fp.Sample)
        {
            if (s % RetrievalModulus != 0) continue;
            if (_samples.Length(s) > _options.MaxPostingLength) continue; // boilerplate shingle
            foreach (var seq in _samples.Get(s)) _seen.Add(seq);
        }

        foreach (var seq in _seen)
        {
            var e = _bySeq[seq];
            if (e.Id == selfId || !InWindow(e, published)) continue;
            var m = Compare(fp, e);
            if (m is null) continue;
            if (best is null || Better(m, best)) best = m;
        }
        return best;
    }

    /// <summary>
    /// Adds an article and returns the copy links it causes: none for an original; one (this article → the group's
    /// original) for a copy; or, when a backfilled article is older than its group's original, one link per live
    /// group member re-pointing them to this article.
    /// </summary>
    public IReadOnlyList<CopyLink> Add(string id, DateTimeOffset published, CopyFingerprint fp)
    {
        if (_byId.ContainsKey(id)) throw new InvalidOperationException($"Article '{id}' is already in the copy index.");
        var match = Find(fp, published, id);
        var entry = Insert(id, published, fp);
        if (match is null) return [];

        var other = _byId[match.MatchedId];
        if (published < other.RootPublished || (published == other.RootPublished && string.CompareOrdinal(id, other.RootId) < 0))
        {
            // A backfilled original: it becomes the root of the whole group.
            var links = new List<CopyLink>();
            if (!_groups.Remove(other.RootId, out var members))
                members = _byId.TryGetValue(other.RootId, out var root) ? [root] : [];
            foreach (var mem in members)
            {
                mem.RootId = id;
                mem.RootPublished = published;
                links.Add(new CopyLink(mem.Id, id, match.Kind, match.Similarity));
            }
            GroupOf(id).AddRange(members);
            return links;
        }

        entry.RootId = other.RootId;
        entry.RootPublished = other.RootPublished;
        GroupOf(other.RootId).Add(entry);
        return [new CopyLink(id, other.RootId, match.Kind, match.Similarity)];
    }

    /// <summary>
    /// Adds an article whose copy link is already known (restoring persisted state): no search, no events.
    /// </summary>
    public void Restore(string id, DateTimeOffset published, CopyFingerprint fp, string? originalId, DateTimeOffset? originalPublished)
    {
        if (_byId.ContainsKey(id)) return;
        var entry = Insert(id, published, fp);
        if (originalId is null || originalId == id) return;
        entry.RootId = originalId;
        entry.RootPublished = originalPublished ?? published;
        GroupOf(originalId).Add(entry);
    }

    /// <summary>Deletes an article from the index. Copies that linked to it keep their link.</summary>
    public bool Remove(string id)
    {
        if (!_byId.Remove(id, out var e)) return false;
        _bySeq.Remove(e.Seq);
        _exact.Remove(e.Fingerprint.ContentHash, e.Seq);
        if (e.Fingerprint.MinHash.Length == _options.MinHashCount)
            for (var b = 0; b < _options.Bands; b++) _bands.Remove(BandKey(e.Fingerprint.MinHash, b), e.Seq);
        foreach (var s in e.Fingerprint.Sample)
            if (s % RetrievalModulus == 0) _samples.Remove(s, e.Seq);
        if (_groups.TryGetValue(e.RootId, out var g))
        {
            g.Remove(e);
            if (g.Count == 0) _groups.Remove(e.RootId);
        }
        return true;
    }

    /// <summary>Removes every article published before <paramref name="cutoff"/>; returns how many left.</summary>
    public int EvictBefore(DateTimeOffset cutoff)
    {
        var n = 0;
        while (_byTime.TryPeek(out var seq, out var ticks) && ticks < cutoff.UtcTicks)
        {
            _byTime.Dequeue();
            if (_bySeq.TryGetValue(seq, out var e) && Remove(e.Id)) n++;
        }
        return n;
    }

    private Entry Insert(string id, DateTimeOffset published, CopyFingerprint fp)
    {
        var entry = new Entry(_nextSeq++, id, published, fp);
        _byId[id] = entry;
        _bySeq[entry.Seq] = entry;
        _exact.Add(fp.ContentHash, entry.Seq);
        if (fp.MinHash.Length == _options.MinHashCount && fp.WordCount >= _options.MinWords)
            for (var b = 0; b < _options.Bands; b++) _bands.Add(BandKey(fp.MinHash, b), entry.Seq);
        foreach (var s in fp.Sample)
            if (s % RetrievalModulus == 0) _samples.Add(s, entry.Seq);
        _byTime.Enqueue(entry.Seq, published.UtcTicks);
        if (published > _watermark)
        {
            _watermark = published;
            EvictBefore(_watermark - _options.Window);
        }
        return entry;
    }

    private List<Entry> GroupOf(string rootId)
    {
        if (!_groups.TryGetValue(rootId, out var g))
        {
            g = [];
            _groups[rootId] = g;
            if (_byId.TryGetValue(rootId, out var root)) g.Add(root);
        }
        return g;
    }

    private CopyMatch? Compare(CopyFingerprint fp, Entry e)
    {
        var other = e.Fingerprint;
        if (other.WordCount < _options.MinWords) return null;
        var jaccard = MinHasher.EstimateJaccard(fp.MinHash, other.MinHash);
        if (jaccard >= _options.NearDuplicateJaccard) return new CopyMatch(e.Id, CopyKind.NearDuplicate, jaccard);
        var smaller = Math.Min(fp.Sample.Length, other.Sample.Length);
        if (smaller == 0) return null;
        var shared = CopyFingerprinter.SharedCount(fp.Sample, other.Sample);
        var containment = (double)shared / smaller;
        var coverage = (double)shared / Math.Max(fp.Sample.Length, other.Sample.Length);
        return shared >= _options.MinSharedSample && containment >= _options.EditedCopyContainment && coverage >= _options.EditedCopyCoverage
            ? new CopyMatch(e.Id, CopyKind.EditedCopy, containment)
            : null;
    }

    private bool InWindow(Entry e, DateTimeOffset published) => (e.Published - published).Duration() <= _options.Window;

    private bool Earlier(Entry e, string otherId)
    {
        var o = _byId[otherId];
        return e.Published < o.Published || (e.Published == o.Published && string.CompareOrdinal(e.Id, o.Id) < 0);
    }

    private bool Better(CopyMatch m, CopyMatch best)
    {
        if (m.Kind != best.Kind) return m.Kind < best.Kind;
        if (Math.Abs(m.Similarity - best.Similarity) > 1e-9) return m.Similarity > best.Similarity;
        return Earlier(_byId[m.MatchedId], best.MatchedId);
    }

    private ulong BandKey(uint[] sig, int band)
    {
        var h = (ulong)band + 1;
        var start = band * _options.RowsPerBand;
        for (var r = 0; r < _options.RowsPerBand; r++) h = StableHash.Combine(h, sig[start + r]);
        return h;
    }
}
