using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Telisik.Language;
using Telisik.Pipeline;

namespace Telisik.Stories;

/// <summary>
/// A first story grouping: an article joins the story of its most similar earlier article (TF-IDF cosine over content
/// words) published within a few days, else founds a new story. Story ids derive from the founding article's id, so
/// the same input gives the same ids on every run.
/// </summary>
public sealed class TermVectorStoryAssigner(TermVectorOptions options) : IStoryAssigner
{
    private readonly List<Member> _members = [];
    private readonly Dictionary<string, int> _docFreq = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTimeOffset? First, DateTimeOffset? Last)> _spans = new(StringComparer.Ordinal);

    private sealed record Member(string Id, string StoryId, DateTimeOffset? Published, Dictionary<string, int> Terms);

    /// <inheritdoc />
    public void Restore(string articleId, string storyId, DateTimeOffset? published, string? copyOf, string features) =>
        Add(new Member(articleId, storyId, published, ParseFeatures(features)));

    /// <inheritdoc />
    public StoryPlacement Assign(AnalyzedArticle doc)
    {
        var terms = Terms(doc);
        var published = doc.Article.Published;
        Member? best = null;
        var bestScore = 0.0;
        foreach (var m in _members)
        {
            if (!WithinWindow(published, m.Published)) continue;
            var s = Cosine(terms, m.Terms);
            if (s > bestScore) { bestScore = s; best = m; }
        }
        var joins = best is not null && bestScore >= options.JoinThreshold;
        var storyId = joins ? best!.StoryId : StoryIdFor(doc.Article.Id);
        var reason = joins
            ? $"similar to {best!.Id} ({bestScore.ToString("0.00", CultureInfo.InvariantCulture)}): shared {string.Join(", ", SharedTerms(terms, best.Terms, 6))}"
            : "founds the story";
        var member = new Member(doc.Article.Id, storyId, published, terms);
        Add(member);
        var span = _spans[storyId];
        var title = joins ? null : doc.Article.Title ?? LeadSentence(doc);
        return new StoryPlacement(storyId, null, reason, FormatFeatures(terms), [], new StoryHeader(storyId, title, span.First, span.Last));
    }

    /// <summary>The stable story id founded by an article.</summary>
    public static string StoryIdFor(string articleId) =>
        "s" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(articleId)))[..12];

    private void Add(Member m)
    {
        _members.Add(m);
        foreach (var t in m.Terms.Keys) _docFreq[t] = _docFreq.GetValueOrDefault(t) + 1;
        var (first, last) = _spans.GetValueOrDefault(m.StoryId);
        if (m.Published is { } p)
        {
            first = first is null || p < first ? p : first;
            last = last is null || p > last ? p : last;
        }
        _spans[m.StoryId] = (first, last);
    }

    private bool WithinWindow(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null || b is null || Math.Abs((a.Value - b.Value).TotalDays) <= options.WindowDays;

    // IDF over the articles seen plus a background of documents that lack the term: with two articles a shared term
    // must not weigh less than a word only one of them uses (plain IDF would do exactly that).
    private double Weight(string term, int tf) =>
        (1 + Math.Log(tf)) * Math.Log((_members.Count + options.BackgroundDocuments + 1.0) / (_docFreq.GetValueOrDefault(term) + 1.0));

    private double Cosine(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (t, tf) in a)
        {
            var wa = Weight(t, tf);
            na += wa * wa;
            if (b.TryGetValue(t, out var tfb)) dot += wa * Weight(t, tfb);
        }
        foreach (var (t, tf) in b) { var wb = Weight(t, tf); nb += wb * wb; }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private IEnumerable<string> SharedTerms(Dictionary<string, int> a, Dictionary<string, int> b, int n) =>
        a.Keys.Where(b.ContainsKey).OrderByDescending(t => Weight(t, a[t]) * Weight(t, b[t])).ThenBy(t => t, StringComparer.Ordinal).Take(n);

    private Dictionary<string, int> Terms(AnalyzedArticle doc)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            var t = doc.Tokens[i];
            if (t.Kind != TokenKind.Word || t.Length < options.MinTermLength) continue;
            var term = i < doc.Stems.Length && doc.Stems[i] is { } s ? s : TextNormalizer.Normalize(t.Of(doc.Text));
            if (term.Length < options.MinTermLength || FallbackStopWords.Contains(term)) continue;
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(options.MaxTerms).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    private static string LeadSentence(AnalyzedArticle doc)
    {
        var s = doc.Sentences.Length > 0 ? doc.Text[doc.Sentences[0].Start..doc.Sentences[0].End] : doc.Text;
        return s.Length > 160 ? s[..160].TrimEnd() + "…" : s;
    }

    private static string FormatFeatures(Dictionary<string, int> terms) =>
        string.Join(' ', terms.Select(kv => $"{kv.Key}:{kv.Value}"));

    private static Dictionary<string, int> ParseFeatures(string features)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in features.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var c = part.LastIndexOf(':');
            if (c > 0 && int.TryParse(part[(c + 1)..], out var n)) d[part[..c]] = n;
        }
        return d;
    }

    // Function words frequent enough to dominate a term vector; the language packs hold the full lists.
    private static readonly HashSet<string> FallbackStopWords =
    [
        "yang", "dengan", "untuk", "dalam", "adalah", "tidak", "bahwa", "mereka", "telah", "akan", "juga", "atau", "saat",
        "karena", "sudah", "masih", "tersebut", "kata", "ujar", "menurut", "antara", "setelah", "sebagai", "sebelumnya",
        "kepada", "pada", "dari", "oleh", "bisa", "dapat", "hingga", "lebih", "kami", "kita", "saya", "ini", "itu", "para",
        "namun", "tetapi", "jika", "apakah", "sangat", "hari", "tahun", "bulan", "pekan", "mengatakan", "menjadi",
        "there", "their", "which", "would", "about", "after", "said", "with", "from", "that", "this", "have", "were", "been",
    ];
}
