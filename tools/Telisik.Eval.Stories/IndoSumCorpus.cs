using System.Text.Json;
using System.Text.RegularExpressions;
using Telisik.Cleaning;
using Telisik.Documents;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Stories;

namespace Telisik.Eval.Stories;

/// <summary>One IndoSum record.</summary>
internal sealed record IndoSumRecord(string Id, string Outlet, string Url, DateTimeOffset Published, string Text);

/// <summary>Reads IndoSum and turns records into features (dateline stripped locally, title from the URL slug).</summary>
internal static partial class IndoSumCorpus
{
    public static List<IndoSumRecord> Read(string data)
    {
        var list = new List<IndoSumRecord>();
        foreach (var line in File.ReadLines(Path.Combine(data, "indosum", "articles.jsonl")))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            list.Add(new IndoSumRecord(r.GetProperty("id").GetString()!, r.GetProperty("outlet").GetString()!,
                r.GetProperty("url").GetString()!, r.GetProperty("published").GetDateTimeOffset(), r.GetProperty("text").GetString()!));
        }
        return list;
    }

    // "Jakarta, CNN Indonesia - - ", "Suara.com - ", "JAKARTA (Pos Kota) – ": a short prefix naming an outlet.
    [GeneratedRegex(@"^[^\n""]{0,60}?(CNN|ANTARA|Pos Kota|\.com|\.net|\.id|Rimanews|JUARA|kumparan)[^\n""]{0,20}?\s[-–—](\s*[-–—])*\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    public static string StripDateline(string text)
    {
        var m = Dateline().Match(text);
        return m.Success ? text[m.Length..] : text;
    }

    /// <summary>The headline words of the URL's slug: the path segment with the most words (IndoSum has no titles).</summary>
    public static string? TitleFromUrl(string url)
    {
        string? best = null;
        var bestWords = 2;
        foreach (var segment in url.Split('?')[0].Split('/'))
        {
            var s = segment.EndsWith(".html", StringComparison.Ordinal) ? segment[..^5] : segment;
            var words = s.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Any(char.IsLetter)).ToArray();
            if (words.Length <= bestWords) continue;
            bestWords = words.Length;
            best = string.Join(' ', words).ToLowerInvariant();
        }
        return best;
    }

    public static Article ToArticle(IndoSumRecord r, bool withTitle)
    {
        var text = StripDateline(r.Text);
        return new Article
        {
            Id = r.Id,
            Outlet = r.Outlet,
            Url = r.Url,
            Title = withTitle ? TitleFromUrl(r.Url) : null,
            Published = r.Published,
            RawText = text,
            Text = text,
            OffsetMap = OffsetMap.Identity(text.Length),
        };
    }

    public static List<ArticleFeatures> Features(List<IndoSumRecord> records, bool withTitle)
    {
        var pipeline = DefaultPipeline.Create();
        var extractor = new ArticleFeatureExtractor();
        var result = new ArticleFeatures[records.Count];
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            i => result[i] = extractor.Extract(pipeline.Analyze(ToArticle(records[i], withTitle))));
        return result.ToList();
    }

    /// <summary>
    /// Features exactly as <c>telisik ingest</c> computes them for a dated JSONL record: the product's reader, cleaner
    /// (datelines, boilerplate), analysis pipeline and feature extractor, in file order.
    /// </summary>
    public static List<ArticleFeatures> ProductFeatures(string data)
    {
        var path = Path.Combine(data, "indosum", "articles.jsonl");
        List<ReadResult> reads;
        using (var input = File.OpenRead(path)) reads = JsonlReader.Read(input, path).ToList();
        var cleaner = ArticleCleaner.LoadDefault();
        var pipeline = DefaultPipeline.Create();
        var extractor = new ArticleFeatureExtractor();
        var result = new ArticleFeatures?[reads.Count];
        Parallel.For(0, reads.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            if (reads[i].Article is not { } raw) return;
            var clean = cleaner.Clean(raw);
            if (clean.Article is { } article) result[i] = extractor.Extract(pipeline.Analyze(article));
        });
        return result.OfType<ArticleFeatures>().ToList();
    }
}
