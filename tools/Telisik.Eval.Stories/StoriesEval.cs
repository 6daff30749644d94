using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Telisik.Stories;

namespace Telisik.Eval.Stories;

/// <summary>
/// Clusters all of IndoSum in publication order, with the product's features and background frequencies (the scores
/// equal <c>telisik ingest</c> + <c>telisik stories</c>), and scores the development labels and the project's own
/// (<c>eval/stories.extra.jsonl</c>, also split by label set). Options: <c>--pred FILE</c> (default
/// eval/out/stories.pred.jsonl), <c>--shuffle SEED</c> (arrival order shuffled within 2 days: a backfill test),
/// <c>--grid</c> (every combination of comma-separated values, e.g. <c>join=0.3,0.35 entity=0.2,0.3</c>), <c>--dump</c>
/// (wrong pairs with their evidence; <c>--all</c> also the right ones), <c>--pairs-out FILE</c> and
/// <c>--features-out FILE</c> (JSONL for analysis), <c>--legacy [--no-title]</c> (the first harness's features), and
/// <c>name=value</c> overrides of <see cref="StoryOptions"/> (see <see cref="Parse"/>).
/// </summary>
internal static class StoriesEval
{
    public static int Run(string data, string[] args)
    {
        var root = DataPaths.RepoRoot();
        var predPath = Arg(args, "--pred") ?? Path.Combine(root, "eval", "out", "stories.pred.jsonl");
        var withTitle = !args.Contains("--no-title");
        var options = args.Contains("--grid") ? new StoryOptions() : Parse(args, new StoryOptions());

        var sw = Stopwatch.StartNew();
        // Default: the product's features (reader, cleaner, pipeline) and shipped background frequencies, so the
        // scores equal `telisik ingest` + `telisik stories`. --legacy: the first harness (local dateline stripping,
        // headline from the URL slug unless --no-title, frequencies learned while streaming).
        var legacy = args.Contains("--legacy");
        var features = legacy ? IndoSumCorpus.Features(IndoSumCorpus.Read(data), withTitle) : IndoSumCorpus.ProductFeatures(data);
        StoryRun.Background = !legacy;
        Console.WriteLine($"analysed {features.Count} articles in {sw.Elapsed.TotalSeconds:F1}s ({(legacy ? "legacy" : "product")} features); e.g. headline \"{features[0].Headline}\", {features[0].HeadTerms.Count} head terms, {features[0].Entities.Count} entities");
        // Stable: articles published at the same moment keep file order, as the ingest's chunks do.
        features = legacy
            ? features.OrderBy(f => f.Published).ThenBy(f => f.Id, StringComparer.Ordinal).ToList()
            : features.OrderBy(f => f.Published).ToList();

        if (Arg(args, "--features-out") is { } featuresOut)
            using (var w = new StreamWriter(featuresOut))
                foreach (var f in features) w.WriteLine(JsonSerializer.Serialize(f with { Fingerprint = Telisik.Dedup.CopyFingerprint.Empty }));

        var gold = PairwiseScore.ReadGold(Path.Combine(data, "stories-dev", "gold.jsonl"));
        var extraPath = Path.Combine(root, "eval", "stories.extra.jsonl");
        var extra = File.Exists(extraPath) ? PairwiseScore.ReadGold(extraPath) : null;

        if (args.Contains("--warm-df")) StoryRun.WarmFrom = features;
        if (args.Contains("--grid")) return Grid(features, args, gold, extra);

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
        if (extra is not null)
        {
            Report("extra", extra, pred);
            Report("extra, first labels (from the clusterer's clusters)", PairwiseScore.ReadGold(extraPath, ""), pred);
            Report("extra, v2 labels (sampled independently)", PairwiseScore.ReadGold(extraPath, "v2"), pred);
        }
        else Console.WriteLine($"(no extra labels at {extraPath})");
        if (Arg(args, "--pairs-out") is { } pairsOut) DumpPairs(pairsOut, gold, extra, features, clusterer);
        if (args.Contains("--dump")) Dump(gold, extra, pred, features, clusterer, showAll: args.Contains("--all"));
        return 0;
    }

    private static void Report(string name, Dictionary<string, string> gold, Dictionary<string, string> pred)
    {
        var s = PairwiseScore.Score(gold, pred);
        Console.WriteLine($"{name}: pairwise P={s.P:F3} R={s.R:F3} F1={s.F1:F3} (gold pairs {s.Gold}, predicted {s.Pred}, correct {s.Tp})");
    }

    private static void Dump(Dictionary<string, string> gold, Dictionary<string, string>? extra, Dictionary<string, string> pred, List<ArticleFeatures> features, StoryClusterer clusterer, bool showAll)
    {
        var byId = features.ToDictionary(f => f.Id);
        foreach (var (label, g) in new[] { ("dev", gold), ("extra", extra) })
        {
            if (g is null) continue;
            var ids = g.Keys.Where(byId.ContainsKey).ToArray();
            for (var i = 0; i < ids.Length; i++)
                for (var j = i + 1; j < ids.Length; j++)
                {
                    var same = g[ids[i]] == g[ids[j]];
                    var p = pred.GetValueOrDefault(ids[i]) == pred.GetValueOrDefault(ids[j]);
                    var (a, b) = (byId[ids[i]], byId[ids[j]]);
                    var ev = clusterer.Compare(a, b);
                    if (same == p && !(showAll && (same || ev.Score > 0.15))) continue;
                    var tag = same == p ? (same ? "ok-same" : "ok-diff") : same ? "MISSED " : "FALSE  ";
                    Console.WriteLine($"{label} {tag} {Short(ids[i])} | {Short(ids[j])}  {a.Published:MM-dd HH} {b.Published:MM-dd HH} " +
                                      FormattableString.Invariant($"score={ev.Score:F3} terms={ev.Terms:F3} ent={ev.Entities:F3} fig={ev.Figures:F2} q={(ev.SharedQuote ? 1 : 0)} dates={ev.Dates} spec={ev.SpecificFigures} lead=[{string.Join(",", a.LeadDates)}]/[{string.Join(",", b.LeadDates)}]"));
                }
        }
    }

    /// <summary>Every pair of labelled articles (within a label set) published within 7 days of each other that shares
    /// any term, with the clusterer's evidence and the label: material for choosing weights.</summary>
    private static void DumpPairs(string path, Dictionary<string, string> gold, Dictionary<string, string>? extra, List<ArticleFeatures> features, StoryClusterer clusterer)
    {
        var byId = features.ToDictionary(f => f.Id);
        using var w = new StreamWriter(path);
        foreach (var (label, g) in new[] { ("dev", gold), ("extra", extra) })
        {
            if (g is null) continue;
            var ids = g.Keys.Where(byId.ContainsKey).ToArray();
            for (var i = 0; i < ids.Length; i++)
                for (var j = i + 1; j < ids.Length; j++)
                {
                    var (a, b) = (byId[ids[i]], byId[ids[j]]);
                    if ((a.Published - b.Published).Duration() > TimeSpan.FromDays(7)) continue;
                    var ev = clusterer.Compare(a, b);
                    if (ev.Terms <= 0.02) continue;
                    w.WriteLine(JsonSerializer.Serialize(new
                    {
                        set = label, a = a.Id, b = b.Id, same = g[ids[i]] == g[ids[j]],
                        terms = ev.Terms, entities = ev.Entities, figures = ev.Figures, quote = ev.SharedQuote, specific = ev.SpecificFigures, dates = ev.Dates.ToString(),
                        hours = ev.Apart.TotalHours, score = ev.Score,
                    }));
                }
        }
    }

    private static string Short(string id) => id.Length > 40 ? id[..40] : id.PadRight(40);

    /// <summary>Every combination of the comma-separated option values (<c>join=0.3,0.35 entity=0.2,0.3</c>), scored on both label sets.</summary>
    private static int Grid(List<ArticleFeatures> features, string[] args, Dictionary<string, string> gold, Dictionary<string, string>? extra)
    {
        var axes = args.Where(a => a.Contains('=') && !a.StartsWith("--")).Select(a => a.Split('=', 2))
            .Select(kv => kv[1].Split(',').Select(v => kv[0] + "=" + v).ToArray()).ToList();
        IEnumerable<string[]> combos = [[]];
        foreach (var axis in axes) combos = combos.SelectMany(c => axis.Select(v => c.Append(v).ToArray())).ToList();
        foreach (var combo in combos)
        {
            var o = Parse(combo, new StoryOptions());
            var pred = StoryRun.Cluster(features, o, out _);
            var d = PairwiseScore.Score(gold, pred);
            var e = extra is null ? default : PairwiseScore.Score(extra, pred);
            Console.WriteLine($"{string.Join(' ', combo),-60} dev P={d.P:F3} R={d.R:F3} F1={d.F1:F3}" +
                              (extra is null ? "" : $" | extra P={e.P:F3} R={e.R:F3} F1={e.F1:F3} | both F1={PairwiseScore.Score(Union(gold, extra), pred).F1:F3}"));
        }
        return 0;
    }

    private static Dictionary<string, string> Union(Dictionary<string, string> a, Dictionary<string, string> b)
    {
        var u = new Dictionary<string, string>(a, StringComparer.Ordinal);
        foreach (var (k, v) in b) u.TryAdd(k, "extra:" + v);
        return u;
    }

    private static string? Arg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>Applies <c>name=value</c> overrides: join, merge, entity, figure, quote, head, tau (days), window (days),
    /// terms, indexed, maxposting, retention (days), candidates, entities, names, person, gate, leaddiffer, nodate, datetol,
    /// contfig, contwindow (days), linkage.</summary>
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
                "person" => o with { PersonFactor = D() },
                "gate" => o with { EntityTermGate = D() },
                "leaddiffer" => o with { LeadDatesDifferFactor = D() },
                "nodate" => o with { NoSharedDateFactor = D() },
                "contfig" => o with { ContinuationFigures = (int)D() },
                "contwindow" => o with { ContinuationWindow = TimeSpan.FromDays(D()) },
                "datetol" => o with { DateTolerance = (int)D() },
                "linkage" => o with { Linkage = Enum.Parse<StoryLinkage>(v, true) },
                _ => throw new ArgumentException($"unknown option '{k}'"),
            };
        }
        return o;
    }
}
