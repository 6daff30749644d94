using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Telisik.Stories;

namespace Telisik.Eval.Stories;

/// <summary>
/// Clusters all of IndoSum in publication order and scores the story labels. Options:
/// <c>--pred FILE</c> (default eval/out/stories.pred.jsonl), <c>--no-title</c>, <c>--shuffle SEED</c> (arrival order
/// shuffled within 2 days: a backfill test), <c>--grid</c> (tune thresholds), and <c>name=value</c> overrides of
/// <see cref="StoryOptions"/> (join, merge, entity, figure, quote, head, tau, window, terms, linkage).
/// </summary>
internal static class StoriesEval
{
    public static int Run(string data, string[] args)
    {
        var root = DataPaths.RepoRoot();
        var predPath = Arg(args, "--pred") ?? Path.Combine(root, "eval", "out", "stories.pred.jsonl");
        var withTitle = !args.Contains("--no-title");
        var options = Parse(args, new StoryOptions());

        var sw = Stopwatch.StartNew();
        var records = IndoSumCorpus.Read(data);
        var features = IndoSumCorpus.Features(records, withTitle);
        Console.WriteLine($"analysed {features.Count} articles in {sw.Elapsed.TotalSeconds:F1}s; e.g. headline \"{features[0].Headline}\", {features[0].HeadTerms.Count} head terms, {features[0].Entities.Count} entities");
        features = features.OrderBy(f => f.Published).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();

        var gold = PairwiseScore.ReadGold(Path.Combine(data, "stories-dev", "gold.jsonl"));
        var extraPath = Path.Combine(root, "eval", "stories.extra.jsonl");
        var extra = File.Exists(extraPath) ? PairwiseScore.ReadGold(extraPath) : null;

        if (args.Contains("--warm-df")) StoryRun.WarmFrom = features;
        if (args.Contains("--grid")) return Grid(features, options, gold, extra);

        if (Arg(args, "--shuffle") is { } seedText)
        {
            var inOrder = StoryRun.Cluster(features, options, out _);
            var rng = new Random(int.Parse(seedText, CultureInfo.InvariantCulture));
            // Backfills: each article arrives up to two days late, in random order.
            var shuffled = features.OrderBy(f => f.Published.AddHours(rng.NextDouble() * 48)).ToList();
            var outOfOrder = StoryRun.Cluster(shuffled, options, out _);
            var agree = PairwiseScore.Score(inOrder, outOfOrder);
            Console.WriteLine($"backfill agreement (pairwise, in-order as reference over all {features.Count} articles): P={agree.P:F3} R={agree.R:F3} F1={agree.F1:F3}");
            Report("dev (shuffled)", gold, outOfOrder);
            if (extra is not null) Report("extra (shuffled)", extra, outOfOrder);
            return 0;
        }

        sw.Restart();
        var pred = StoryRun.Cluster(features, options, out var clusterer);
        Console.WriteLine($"clustered in {sw.Elapsed.TotalMilliseconds:F0} ms; {pred.Values.Distinct().Count()} stories");
        Directory.CreateDirectory(Path.GetDirectoryName(predPath)!);
        using (var w = new StreamWriter(predPath))
            foreach (var (id, story) in pred) w.WriteLine(JsonSerializer.Serialize(new { id, story }));
        Console.WriteLine($"predictions: {predPath}");
        Report("dev", gold, pred);
        if (extra is not null) Report("extra", extra, pred);
        else Console.WriteLine($"(no extra labels at {extraPath})");
        if (args.Contains("--dump")) Dump(gold, extra, pred, features);
        return 0;
    }

    private static void Report(string name, Dictionary<string, string> gold, Dictionary<string, string> pred)
    {
        var s = PairwiseScore.Score(gold, pred);
        Console.WriteLine($"{name}: pairwise P={s.P:F3} R={s.R:F3} F1={s.F1:F3} (gold pairs {s.Gold}, predicted {s.Pred}, correct {s.Tp})");
    }

    private static void Dump(Dictionary<string, string> gold, Dictionary<string, string>? extra, Dictionary<string, string> pred, List<ArticleFeatures> features)
    {
        var byId = features.ToDictionary(f => f.Id);
        foreach (var (label, g) in new[] { ("dev", gold), ("extra", extra) })
        {
            if (g is null) continue;
            var ids = g.Keys.ToArray();
            for (var i = 0; i < ids.Length; i++)
                for (var j = i + 1; j < ids.Length; j++)
                {
                    var same = g[ids[i]] == g[ids[j]];
                    var p = pred.GetValueOrDefault(ids[i]) == pred.GetValueOrDefault(ids[j]);
                    if (same == p) continue;
                    Console.WriteLine($"{label} {(same ? "MISSED" : "FALSE ")} {ids[i]} | {ids[j]}  {byId[ids[i]].Published:MM-dd HH} {byId[ids[j]].Published:MM-dd HH}");
                }
        }
    }

    private static int Grid(List<ArticleFeatures> features, StoryOptions baseOptions, Dictionary<string, string> gold, Dictionary<string, string>? extra)
    {
        foreach (var entity in new[] { 0.2, 0.35, 0.5 })
            foreach (var join in new[] { 0.25, 0.3, 0.35, 0.4, 0.45 })
            {
                var o = baseOptions with { EntityWeight = entity, JoinThreshold = join, MergeThreshold = Math.Max(baseOptions.MergeThreshold, join + 0.1) };
                var pred = StoryRun.Cluster(features, o, out _);
                var d = PairwiseScore.Score(gold, pred);
                var e = extra is null ? default : PairwiseScore.Score(extra, pred);
                Console.WriteLine($"entity={entity} join={join:F2} merge={o.MergeThreshold:F2}: dev P={d.P:F3} R={d.R:F3} F1={d.F1:F3}" +
                                  (extra is null ? "" : $" | extra P={e.P:F3} R={e.R:F3} F1={e.F1:F3}"));
            }
        return 0;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    internal static StoryOptions Parse(string[] args, StoryOptions o)
    {
        foreach (var a in args)
        {
            var eq = a.IndexOf('=');
            if (eq <= 0 || a.StartsWith("--")) continue;
            var (k, v) = (a[..eq], a[(eq + 1)..]);
            double D() => double.Parse(v, CultureInfo.InvariantCulture);
            o = k switch
            {
                "join" => o with { JoinThreshold = D() },
                "merge" => o with { MergeThreshold = D() },
                "entity" => o with { EntityWeight = D() },
                "figure" => o with { FigureWeight = D() },
                "quote" => o with { QuoteWeight = D() },
                "head" => o with { HeadBoost = D() },
                "tau" => o with { TimeScale = TimeSpan.FromDays(D()) },
                "window" => o with { Window = TimeSpan.FromDays(D()) },
                "terms" => o with { VectorTerms = (int)D() },
                "indexed" => o with { IndexedTerms = (int)D() },
                "maxposting" => o with { MaxPostingLength = (int)D() },
                "retention" => o with { Retention = TimeSpan.FromDays(D()) },
                "candidates" => o with { MaxCandidates = (int)D() },
                "entities" => o with { IndexedEntities = (int)D() },
                "names" => o with { NameTermFactor = D() },
                "linkage" => o with { Linkage = Enum.Parse<StoryLinkage>(v, true) },
                _ => throw new ArgumentException($"unknown option '{k}'"),
            };
        }
        return o;
    }
}
