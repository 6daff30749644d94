using System.Diagnostics;
using Telisik.Cleaning;
using Telisik.Documents;
using Telisik.Ingest;
using Telisik.Pipeline;

namespace Telisik.Bench;

/// <summary>
/// <c>stages [FILE] [PASSES]</c>: where analysis time goes. Cleans every article of the file once, then runs the full
/// pipeline stage by stage, timing each stage over all articles, and the story features; the first pass warms caches
/// and is not reported. Cleaning is timed once, cold.
/// </summary>
public static class StageHarness
{
    /// <summary>Runs the harness.</summary>
    public static int Run(string[] args)
    {
        var file = args.Length > 0 ? args[0] : IngestHarness.IndoSum;
        var passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"stages harness: '{file}' not found (the IndoSum corpus lives in ../shared/data); pass a JSONL file.");
            return 2;
        }
        var cleaner = ArticleCleaner.LoadDefault();
        var raw = new List<RawArticle>();
        using (var input = File.OpenRead(file))
            foreach (var r in JsonlReader.Read(input, file))
                if (r.Article is not null) raw.Add(r.Article);
        var articles = new List<Article>();
        long cleaning = 0, features = 0;
        foreach (var r in raw)
        {
            var start = Stopwatch.GetTimestamp();
            var cleaned = cleaner.Clean(r).Article;
            cleaning += Stopwatch.GetTimestamp() - start;
            if (cleaned is not null) articles.Add(cleaned);
        }
        var pipeline = DefaultPipeline.Create();
        var extractor = new Stories.ArticleFeatureExtractor();
        var ticks = new long[pipeline.Stages.Count];
        for (var pass = 0; pass <= passes; pass++)
        {
            if (pass == 1) { Array.Clear(ticks); features = 0; }
            foreach (var article in articles)
            {
                var doc = new AnalyzedArticle(article);
                for (var i = 0; i < pipeline.Stages.Count; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    pipeline.Stages[i].Run(doc);
                    ticks[i] += Stopwatch.GetTimestamp() - start;
                }
                var f = Stopwatch.GetTimestamp();
                extractor.Extract(doc);
                features += Stopwatch.GetTimestamp() - f;
            }
        }
        var n = (double)articles.Count * passes;
        Console.WriteLine($"{articles.Count} articles, {passes} timed passes after one warm-up");
        Console.WriteLine("| stage | µs per article | share |");
        Console.WriteLine("|---|---|---|");
        var total = ticks.Sum();
        for (var i = 0; i < ticks.Length; i++)
            Console.WriteLine($"| {pipeline.Stages[i].Name} | {ticks[i] * 1e6 / Stopwatch.Frequency / n:0.0} | {100.0 * ticks[i] / total:0} % |");
        Console.WriteLine($"| all stages | {total * 1e6 / Stopwatch.Frequency / n:0.0} | 100 % |");
        Console.WriteLine($"| (cleaning, once, cold) | {cleaning * 1e6 / Stopwatch.Frequency / raw.Count:0.0} | |");
        Console.WriteLine($"| (story features) | {features * 1e6 / Stopwatch.Frequency / n:0.0} | |");
        return 0;
    }
}
