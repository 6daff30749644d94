using Telisik.Extraction.Quotes;

namespace Telisik.Eval.Quotes;

/// <summary>
/// Scores the finder against gold quotes. A found quote matches a gold one when their overlap covers at least half
/// of the longer of the two spans (one-to-one, best overlap first). Speakers are compared after normalising case
/// and punctuation: "same person" when one name's words contain the other's (Kirby ~ John Kirby), "exact" when equal.
/// </summary>
internal static class Scorer
{
    public static Score Score(QuoteFinder finder, IEnumerable<EvalDoc> docs, bool verbose = false)
    {
        int gold = 0, found = 0, matched = 0, right = 0, exact = 0, dg = 0, df = 0, dm = 0, ig = 0, @if = 0, im = 0;
        foreach (var doc in docs)
        {
            var quotes = finder.Find(doc.Text).Quotes;
            gold += doc.Gold.Count; found += quotes.Count;
            dg += doc.Gold.Count(g => g.Kind == QuoteKind.Direct); ig += doc.Gold.Count(g => g.Kind == QuoteKind.Indirect);
            df += quotes.Count(q => q.Kind == QuoteKind.Direct); @if += quotes.Count(q => q.Kind == QuoteKind.Indirect);
            var pairs = new List<(double Overlap, int G, int Q)>();
            for (var g = 0; g < doc.Gold.Count; g++)
                for (var q = 0; q < quotes.Count; q++)
                {
                    var o = Overlap(doc.Gold[g], quotes[q]);
                    if (o >= 0.5) pairs.Add((o, g, q));
                }
            var usedG = new HashSet<int>(); var usedQ = new HashSet<int>();
            foreach (var (_, g, q) in pairs.OrderByDescending(p => p.Overlap))
            {
                if (!usedG.Add(g)) continue;
                if (!usedQ.Add(q)) { usedG.Remove(g); continue; }
                matched++;
                if (doc.Gold[g].Kind == QuoteKind.Direct) dm++; else im++;
                var same = SamePerson(doc.Gold[g].Speaker, quotes[q].Speaker);
                if (same) right++;
                if (Normalise(doc.Gold[g].Speaker) == Normalise(quotes[q].Speaker)) exact++;
                if (verbose && !same)
                    Console.WriteLine($"  speaker {doc.Name} {doc.Gold[g].Start}: gold \"{doc.Gold[g].Speaker}\" found \"{quotes[q].Speaker}\"");
            }
            if (!verbose) continue;
            for (var g = 0; g < doc.Gold.Count; g++)
                if (!usedG.Contains(g))
                    Console.WriteLine($"  missed {doc.Name} {doc.Gold[g].Kind} {doc.Gold[g].Start}-{doc.Gold[g].End} ({doc.Gold[g].Speaker}): {Cut(doc.Text, doc.Gold[g].Start, doc.Gold[g].End)}");
            for (var q = 0; q < quotes.Count; q++)
                if (!usedQ.Contains(q))
                    Console.WriteLine($"  extra  {doc.Name} {quotes[q].Kind} {quotes[q].Start}-{quotes[q].End} ({quotes[q].Speaker}): {Cut(doc.Text, quotes[q].Start, quotes[q].End)}");
        }
        return new Score(gold, found, matched, right, exact, dg, df, dm, ig, @if, im);
    }

    private static string Cut(string text, int s, int e) => (e - s > 80 ? text[s..(s + 80)] + "…" : text[s..e]).Replace('\n', '¶');

    private static double Overlap(GoldQuote g, Quote q)
    {
        var inter = Math.Min(g.End, q.End) - Math.Max(g.Start, q.Start);
        if (inter <= 0) return 0;
        return (double)inter / Math.Max(g.End - g.Start, q.End - q.Start);
    }

    public static bool SamePerson(string? gold, string? found)
    {
        var g = Normalise(gold);
        var f = Normalise(found);
        if (g.Length == 0 || f.Length == 0) return g.Length == f.Length;
        if (g == f) return true;
        var gw = g.Split(' ');
        var fw = f.Split(' ');
        return gw.All(fw.Contains) || fw.All(gw.Contains);
    }

    private static string Normalise(string? s) =>
        s is null ? "" : string.Join(' ', new string(s.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
