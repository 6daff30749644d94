namespace Telisik.Extraction.Quotes;

/// <summary>
/// Merges the quotes of a story's articles: the same quotation reported by several outlets (equal after
/// normalising case, punctuation and spacing, or sharing most character trigrams, so small edits and one outlet
/// quoting only part of it still match) becomes one <see cref="MergedQuote"/> with all its articles.
/// Two quotes whose speakers are both known and share no word are never merged. Pure and thread-safe.
/// </summary>
public sealed class QuoteMerger
{
    /// <summary>Stories larger than this many quotes are merged only by exact normalised text (pairwise cost).</summary>
    public const int MaxFuzzyQuotes = 5_000;
    /// <summary>Normalised quotes shorter than this many characters merge only when equal.</summary>
    public const int MinFuzzyLength = 20;

    private readonly double _threshold;

    /// <summary>A merger; <paramref name="threshold"/> is the share of the shorter quote's trigrams found in the longer.</summary>
    public QuoteMerger(double threshold = 0.8)
    {
        if (threshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(threshold), "must be in (0, 1]");
        _threshold = threshold;
    }

    /// <summary>Groups <paramref name="sources"/> into merged quotations, ordered by first appearance.</summary>
    public IReadOnlyList<MergedQuote> Merge(IEnumerable<QuoteSource> sources)
    {
        var items = sources.ToArray();
        var norms = items.Select(s => Normalise(s.Quote.Text)).ToArray();
        var parent = Enumerable.Range(0, items.Length).ToArray();
        int Find(int i) { while (parent[i] != i) i = parent[i] = parent[parent[i]]; return i; }
        void Union(int a, int b) { a = Find(a); b = Find(b); if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b); }

        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            if (norms[i].Length == 0) continue;
            if (exact.TryGetValue(norms[i], out var j)) { if (SpeakersCompatible(items[i], items[j])) Union(i, j); }
            else exact[norms[i]] = i;
        }
        if (items.Length <= MaxFuzzyQuotes)
        {
            var grams = norms.Select(Trigrams).ToArray();
            for (var i = 0; i < items.Length; i++)
                for (var j = i + 1; j < items.Length; j++)
                    if (Find(i) != Find(j) && norms[i].Length >= MinFuzzyLength && norms[j].Length >= MinFuzzyLength
                        && Containment(grams[i], grams[j]) >= _threshold && SpeakersCompatible(items[i], items[j]))
                        Union(i, j);
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < items.Length; i++)
        {
            if (!groups.TryGetValue(Find(i), out var list)) groups[Find(i)] = list = [];
            list.Add(i);
        }
        return groups.OrderBy(g => g.Key).Select(g => Build(g.Value.Select(i => items[i]).ToArray())).ToArray();
    }

    private static MergedQuote Build(QuoteSource[] group)
    {
        var longest = group.MaxBy(s => s.Quote.Text.Length)!.Quote;
        var speaker = group.Where(s => s.Quote.Speaker is not null)
            .GroupBy(s => s.Quote.Speaker!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length)
            .FirstOrDefault();
        var role = speaker?.Select(s => s.Quote.SpeakerRole).FirstOrDefault(r => r is not null);
        var kind = group.Any(s => s.Quote.Kind == QuoteKind.Direct) ? QuoteKind.Direct : QuoteKind.Indirect;
        return new MergedQuote(kind, longest.Text, speaker?.Key, role, group);
    }

    private static bool SpeakersCompatible(QuoteSource a, QuoteSource b)
    {
        if (a.Quote.Speaker is not { } x || b.Quote.Speaker is not { } y) return true;
        var xs = Normalise(x).Split(' ');
        return Normalise(y).Split(' ').Any(w => xs.Contains(w));
    }

    /// <summary>Share of the smaller set's trigrams found in the larger set.</summary>
    private static double Containment(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var g in small) if (large.Contains(g)) shared++;
        return (double)shared / small.Count;
    }

    private static HashSet<string> Trigrams(string s)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= s.Length; i++) set.Add(s.Substring(i, 3));
        return set;
    }

    /// <summary>Lower case, letters and digits only, single spaces: "Kami melihat bukti," → "kami melihat bukti".</summary>
    public static string Normalise(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        var space = true;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { chars[n++] = char.ToLowerInvariant(c); space = false; }
            else if (!space) { chars[n++] = ' '; space = true; }
        }
        if (n > 0 && chars[n - 1] == ' ') n--;
        return new string(chars, 0, n);
    }
}
