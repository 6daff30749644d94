using Telisik.Language;
using Telisik.Pipeline;

namespace Telisik.Stories.Report;

/// <summary>
/// Chooses 3–5 summary sentences from a story's independent articles: central (close to the story's term centroid),
/// early in their article, not redundant with one already chosen, and covering the disputed figures first. Pure.
/// </summary>
public static class SummaryPicker
{
    /// <summary>Most sentences in a summary.</summary>
    public const int MaxSentences = 5;

    /// <summary>Fewest sentences wanted when the story has them.</summary>
    public const int MinSentences = 3;

    /// <summary>Two sentences more similar than this say the same thing.</summary>
    public const double RedundancyThreshold = 0.5;

    private sealed record Candidate(int Article, Sentence Sentence, Dictionary<string, double> Vector, int Index, bool CoversDispute);

    /// <summary>Picks sentences; <paramref name="disputedSpans"/> lists (article index, start, end) of disputed figure claims.</summary>
    public static IReadOnlyList<(int Article, Sentence Sentence)> Pick(IReadOnlyList<AnalyzedArticle> docs, IReadOnlyList<bool> independent, IReadOnlyList<(int Article, int Start, int End)> disputedSpans)
    {
        var candidates = new List<Candidate>();
        for (var a = 0; a < docs.Count; a++)
        {
            if (!independent[a]) continue;
            var doc = docs[a];
            var stop = StopWords.For(doc.Article.Language);
            for (var s = 0; s < doc.Sentences.Length; s++)
            {
                var sentence = doc.Sentences[s];
                var words = 0;
                var v = new Dictionary<string, double>(StringComparer.Ordinal);
                for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount && t < doc.Tokens.Length; t++)
                {
                    if (doc.Tokens[t].Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                    words++;
                    var stem = t < doc.Stems.Length ? doc.Stems[t] : null;
                    if (stem is null || stem.Length < 3 || stop.IsStopWord(doc.Tokens[t].Of(doc.Text))) continue;
                    v[stem] = v.GetValueOrDefault(stem) + 1;
                }
                // Headlines, datelines and fragments are not summary sentences; neither are run-ons.
                if (words is < 8 or > 60 || v.Count == 0) continue;
                var covers = disputedSpans.Any(d => d.Article == a && d.Start >= sentence.Start && d.End <= sentence.End);
                candidates.Add(new Candidate(a, sentence, v, s, covers));
            }
        }
        if (candidates.Count == 0) return [];
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var c in candidates)
            foreach (var (k, n) in c.Vector) centroid[k] = centroid.GetValueOrDefault(k) + n;
        double Score(Candidate c) => Cosine(c.Vector, centroid) * (1.0 / (1 + 0.08 * c.Index)) + (c.CoversDispute ? 0.25 : 0);

        var ranked = candidates.OrderByDescending(Score).ThenBy(c => c.Article).ThenBy(c => c.Index).ToList();
        var chosen = new List<Candidate>();
        foreach (var c in ranked)
        {
            if (chosen.Count >= MaxSentences) break;
            if (chosen.Any(x => Cosine(x.Vector, c.Vector) > RedundancyThreshold)) continue;
            // Past the minimum, only sentences about as central as the ones chosen are worth the reader's time.
            if (chosen.Count >= MinSentences && Score(c) < 0.6 * Score(chosen[0])) break;
            chosen.Add(c);
        }
        return chosen.OrderBy(c => docs[c.Article].Article.Published ?? DateTimeOffset.MaxValue).ThenBy(c => c.Article).ThenBy(c => c.Index)
            .Select(c => (c.Article, c.Sentence)).ToArray();
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (k, v) in a) { na += v * v; if (b.TryGetValue(k, out var w)) dot += v * w; }
        foreach (var v in b.Values) nb += v * v;
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
