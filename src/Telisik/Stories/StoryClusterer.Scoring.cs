using Telisik.Dedup;

namespace Telisik.Stories;

public sealed partial class StoryClusterer
{
    private sealed class StoryScore(StoryState story)
    {
        public StoryState Story { get; } = story;
        public double Score { get; set; }
        public double Best { get; set; }
        public double Sum { get; set; }
        public int Count { get; set; }
        public ArticleState? BestMatch { get; set; }
    }

    private Dictionary<StoryState, StoryScore> ScoreStories(ArticleState probe)
    {
        var result = new Dictionary<StoryState, StoryScore>();
        foreach (var cand in Candidates(probe))
        {
            var s = Similarity(probe, cand);
            if (s <= 0) continue;
            if (!result.TryGetValue(cand.Story, out var ss)) result[cand.Story] = ss = new StoryScore(cand.Story);
            ss.Sum += s;
            ss.Count++;
            if (s > ss.Best)
            {
                ss.Best = s;
                ss.BestMatch = cand;
            }
        }
        foreach (var ss in result.Values)
            ss.Score = _options.Linkage == StoryLinkage.Best ? ss.Best : (ss.Best + ss.Sum / ss.Count) / 2;
        return result;
    }

    private List<ArticleState> Candidates(ArticleState probe)
    {
        _hits.Clear();
        foreach (var k in probe.Keys)
        {
            var posting = _index.Get(k);
            if (posting.Length > _options.MaxPostingLength) continue;
            foreach (var seq in posting) _hits[seq] = _hits.GetValueOrDefault(seq) + 1;
        }
        var list = new List<(ArticleState A, int Hits)>();
        foreach (var (seq, hits) in _hits)
        {
            if (hits < _options.MinSharedKeys) continue;
            var a = _bySeq[seq];
            if ((a.Published - probe.Published).Duration() > _options.Window && !Continues(probe, a)) continue;
            list.Add((a, hits));
        }
        if (list.Count > _options.MaxCandidates)
        {
            list.Sort((x, y) => y.Hits != x.Hits ? y.Hits.CompareTo(x.Hits) : x.A.Seq.CompareTo(y.A.Seq));
            list.RemoveRange(_options.MaxCandidates, list.Count - _options.MaxCandidates);
        }
        return list.ConvertAll(x => x.A);
    }

    /// <summary>Why <paramref name="x"/> belongs with its best match in <paramref name="s"/>; computed once, for the chosen story.</summary>
    private MembershipReason Explain(ArticleState x, StoryScore s) =>
        s.BestMatch is null ? MembershipReason.Founder : Explain(x, s.BestMatch, s.Best);

    private MembershipReason Explain(ArticleState x, ArticleState y, double score) =>
        new(y.Id, Math.Round(score, 4),
            SparseVector.TopShared(x.Terms, x.TermWeights, y.Terms, y.TermWeights, _options.ReasonItems).ConvertAll(_terms.KeyOf),
            SparseVector.TopShared(x.Entities, x.EntityWeights, y.Entities, y.EntityWeights, _options.ReasonItems).ConvertAll(_entities.KeyOf));

    private ArticleState Build(ArticleFeatures f, int seq, StoryState? story = null, MembershipReason? reason = null, string? copyOf = null)
    {
        // Term weights: (1 + ln tf) × idf, boosted when the term is in the headline or lead; top VectorTerms kept.
        var head = new HashSet<int>();
        foreach (var t in f.HeadTerms) head.Add(_terms.IdOf(t));
        HashSet<string>? nameWords = null;
        if (_options.NameTermFactor != 1.0)
        {
            nameWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in f.Entities) foreach (var w in e.Split(' ')) nameWords.Add(w);
        }
        var weighted = new Dictionary<int, double>(f.Terms.Count + head.Count);
        foreach (var t in f.Terms)
        {
            var id = _terms.IdOf(t.Term);
            var w = (1 + Math.Log(t.Count)) * _terms.Idf(id);
            if (head.Contains(id)) w *= _options.HeadBoost;
            if (nameWords is not null && nameWords.Contains(t.Term)) w *= _options.NameTermFactor;
            weighted[id] = w;
        }
        foreach (var id in head)
            if (!weighted.ContainsKey(id))
                weighted[id] = _terms.Idf(id) * _options.HeadBoost * (nameWords is not null && nameWords.Contains(_terms.KeyOf(id)) ? _options.NameTermFactor : 1);
        var top = TopByWeight(weighted, _options.VectorTerms);
        var (termIds, termWeights) = SparseVector.Normalised(top);

        // Entities: the most mentioned, weighted by idf (people by PersonFactor too); those in every document (idf 0)
        // carry no signal.
        var people = _options.PersonFactor != 1.0 && f.People.Count > 0 ? new HashSet<string>(f.People, StringComparer.Ordinal) : null;
        var ents = new Dictionary<int, double>();
        foreach (var e in f.Entities)
        {
            if (ents.Count == _options.IndexedEntities) break;
            var id = _entities.IdOf(e);
            var idf = _entities.Idf(id);
            if (people is not null && people.Contains(e)) idf *= _options.PersonFactor;
            if (idf > 0) ents.TryAdd(id, idf);
        }
        var (entIds, entWeights) = SparseVector.Normalised(ents);

        var indexed = Math.Min(_options.IndexedTerms, top.Count);
        var keys = new long[indexed + entIds.Length];
        for (var i = 0; i < indexed; i++) keys[i] = top[i].Key;
        for (var i = 0; i < entIds.Length; i++) keys[indexed + i] = EntityKeyBit | (uint)entIds[i];

        return new ArticleState
        {
            Seq = seq,
            Id = f.Id,
            Outlet = f.Outlet,
            Published = f.Published,
            Headline = f.Headline,
            Terms = termIds,
            TermWeights = termWeights,
            Entities = entIds,
            EntityWeights = entWeights,
            Figures = HashAll(f.Figures),
            SpecificFigures = HashAll(f.Figures.Select(SpecificValue).OfType<string>().ToList()),
            Quotes = HashAll(f.Quotes),
            LeadDays = DayNumbers(f.LeadDates),
            Days = DayNumbers(f.Dates),
            Keys = keys,
            Story = story ?? new StoryState("", f.Id, f.Published),
            Reason = reason ?? MembershipReason.Founder,
            CopyOf = copyOf,
        };
    }

    /// <summary>The <paramref name="n"/> entries of highest positive weight, heaviest first (ties by id).</summary>
    private static List<KeyValuePair<int, double>> TopByWeight(Dictionary<int, double> weighted, int n)
    {
        var list = new List<KeyValuePair<int, double>>(weighted.Count);
        foreach (var kv in weighted) if (kv.Value > 0) list.Add(kv);
        list.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Key.CompareTo(b.Key));
        if (list.Count > n) list.RemoveRange(n, list.Count - n);
        return list;
    }

    private static ulong[] HashAll(IReadOnlyList<string> keys)
    {
        var h = keys.Select(k => StableHash.Of(k)).Distinct().ToArray();
        Array.Sort(h);
        return h;
    }
}
