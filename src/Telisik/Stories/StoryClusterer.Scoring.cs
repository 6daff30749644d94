using System.Globalization;
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

    /// <summary>The combined score of two articles in [0, ~2].</summary>
    private double Similarity(ArticleState x, ArticleState y) => Evidence(x, y).Score;

    private PairEvidence Evidence(ArticleState x, ArticleState y)
    {
        var o = _options;
        var terms = SparseVector.Dot(x.Terms, x.TermWeights, y.Terms, y.TermWeights);
        var entities = SparseVector.Dot(x.Entities, x.EntityWeights, y.Entities, y.EntityWeights);
        var figures = Overlap(x.Figures, y.Figures);
        var specific = Shared(x.SpecificFigures, y.SpecificFigures);
        var quote = Overlap(x.Quotes, y.Quotes) > 0;
        var speaker = Overlap(x.Speakers, y.Speakers) > 0;
        var dates = Dates(x, y);
        // Names shared without shared event words are the same people in another event: the entity signal counts in
        // full only once the term vectors agree on what happened.
        var entityGate = o.EntityTermGate > 0 ? Math.Min(1, terms / o.EntityTermGate) : 1;
        var score = o.TermWeight * terms + o.EntityWeight * entities * entityGate
                    + o.FigureWeight * figures + (specific > 0 ? o.SpecificFigureWeight : 0)
                    + (quote ? o.QuoteWeight : 0) + (speaker ? o.SpeakerWeight : 0);
        score *= dates switch
        {
            DateAgreement.LeadsDiffer => o.LeadDatesDifferFactor,
            DateAgreement.NoneShared => o.NoSharedDateFactor,
            _ => 1,
        };
        var apart = (x.Published - y.Published).Duration();
        // A continuation repeats the story's specific figures: a development reported days later, not a new event.
        if (!IsContinuation(x, y, specific, apart)) score *= Math.Exp(-apart.TotalSeconds / o.TimeScale.TotalSeconds);
        return new PairEvidence(terms, entities, figures, specific, quote, speaker, dates, apart, score);
    }

    /// <summary>True when <paramref name="y"/> is a candidate beyond the window only because <paramref name="x"/> continues it.</summary>
    private bool Continues(ArticleState x, ArticleState y) =>
        IsContinuation(x, y, Shared(x.SpecificFigures, y.SpecificFigures), (x.Published - y.Published).Duration());

    /// <summary>
    /// A pair from two outlets that shares at least <see cref="StoryOptions.ContinuationFigures"/> specific figures
    /// (12,000 troops and 1,500 already deployed; Rp 1.2 trillion) within <see cref="StoryOptions.ContinuationWindow"/>:
    /// a later report of the same development, compared without time decay and beyond <see cref="StoryOptions.Window"/>.
    /// Within one outlet repeated numbers are often its template (image sizes, hotlines), so the outlets must differ.
    /// </summary>
    private bool IsContinuation(ArticleState x, ArticleState y, int sharedSpecificFigures, TimeSpan apart) =>
        _options.ContinuationFigures > 0 && sharedSpecificFigures >= _options.ContinuationFigures && apart <= _options.ContinuationWindow
        && !string.Equals(x.Outlet, y.Outlet, StringComparison.OrdinalIgnoreCase);

    /// <summary>What the two articles' resolved days say (see <see cref="DateAgreement"/>), within <see cref="StoryOptions.DateTolerance"/>.</summary>
    private DateAgreement Dates(ArticleState x, ArticleState y)
    {
        if (x.Days.Length == 0 || y.Days.Length == 0) return DateAgreement.Unknown;
        var tolerance = _options.DateTolerance;
        if (AnyNear(x.Days, y.Days, tolerance)) return DateAgreement.Shared;
        return x.LeadDays.Length > 0 && y.LeadDays.Length > 0 ? DateAgreement.LeadsDiffer : DateAgreement.NoneShared;
    }

    private static bool AnyNear(int[] a, int[] b, int tolerance)
    {
        foreach (var d in a)
            foreach (var e in b)
                if (Math.Abs(d - e) <= tolerance) return true;
        return false;
    }

    private static int Shared(ulong[] x, ulong[] y)
    {
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { shared++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return shared;
    }

    /// <summary>The evidence two articles give of being one story, scored with this clusterer's options and its
    /// current frequencies (a diagnostic: the articles need not be in the clusterer).</summary>
    public PairEvidence Compare(ArticleFeatures a, ArticleFeatures b) => Evidence(Build(a, -1), Build(b, -1));

    private static double Overlap(ulong[] x, ulong[] y)
    {
        if (x.Length == 0 || y.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { shared++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return (double)shared / Math.Min(x.Length, y.Length);
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
            Speakers = HashAll(f.Speakers),
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

    /// <summary>
    /// The value of a figure key ("12000 tentara") when it is specific enough to identify an event that two reports
    /// share, else null. The unit is dropped (outlets write 12.000 tentara, personel or prajurit). Specific: a fraction
    /// (57,8 persen) or a value of at least <see cref="SpecificFigureMinimum"/> with two or more significant digits
    /// (12.000, 1.500, Rp 1,2 triliun); round values (1.000 orang, Rp 500 juta) and small counts recur across events.
    /// </summary>
    internal static string? SpecificValue(string figureKey)
    {
        var space = figureKey.IndexOf(' ');
        var value = space < 0 ? figureKey : figureKey[..space];
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v <= 0) return null;
        if (v != Math.Floor(v)) return value;
        if (v < SpecificFigureMinimum) return null;
        while (v >= 10 && v % 10 == 0) v /= 10; // strip trailing zeros: 12000 -> 12
        return v >= 10 ? value : null;
    }

    /// <summary>Smallest whole value of a specific figure: below it, counts recur across unrelated events.</summary>
    private const double SpecificFigureMinimum = 100;

    private static int[] DayNumbers(IReadOnlyList<string> days)
    {
        var n = new List<int>(days.Count);
        foreach (var d in days)
            if (DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) n.Add(day.DayNumber);
        n.Sort();
        return n.ToArray();
    }

    private static ulong[] HashAll(IReadOnlyList<string> keys)
    {
        var h = keys.Select(k => StableHash.Of(k)).Distinct().ToArray();
        Array.Sort(h);
        return h;
    }
}
