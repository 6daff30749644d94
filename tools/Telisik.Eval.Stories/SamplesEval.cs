using System.Text.Json;
using Telisik.Stories;

namespace Telisik.Eval.Stories;

/// <summary>
/// The repository's own sample articles (<c>samples/articles/*.txt</c> and <c>samples/articles.jsonl</c>) through the
/// product's ingest, scored against <c>samples/gold/stories.jsonl</c>; prints each gold story's predicted stories and the
/// evidence between the articles of the North Korea troops story. Options: <c>name=value</c> as for <c>stories</c>.
/// Needs no shared data.
/// </summary>
internal static class SamplesEval
{
    public static int Run(string[] args)
    {
        var root = DataPaths.RepoRoot();
        var samples = Path.Combine(root, "samples");
        var files = Directory.GetFiles(Path.Combine(samples, "articles"), "*.txt").Order(StringComparer.Ordinal)
            .Append(Path.Combine(samples, "articles.jsonl")).ToList();
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(samples, "gold", "stories.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            gold[doc.RootElement.GetProperty("article").GetString()!] = doc.RootElement.GetProperty("story").GetString()!;
        }
        var options = StoriesEval.Parse(args, new StoryOptions());
        var placed = ProductRun.CreateDefault().Ingest(files, options);
        // Gold keys: the file name of a .txt sample, the record id of a JSONL one.
        string Key(ProductRun.Placed p) => p.Source.EndsWith(".txt", StringComparison.Ordinal) ? Path.GetFileName(p.Source) : p.Id;
        var pred = placed.ToDictionary(Key, p => p.StoryId, StringComparer.Ordinal);
        var s = PairwiseScore.Score(gold, pred);
        Console.WriteLine($"samples: pairwise P={s.P:F3} R={s.R:F3} F1={s.F1:F3} (gold pairs {s.Gold}, predicted {s.Pred}, correct {s.Tp})");
        foreach (var g in gold.GroupBy(kv => kv.Value).Where(g => g.Count() > 1))
            Console.WriteLine($"  {g.Key}: {g.Count()} articles in {g.Select(kv => pred.GetValueOrDefault(kv.Key)).Distinct().Count()} predicted stories");

        if (args.Contains("--features"))
            foreach (var p in nk0(placed))
                Console.WriteLine($"  {Key(p)}: figures [{string.Join(", ", p.Features.Figures)}] dates [{string.Join(", ", p.Features.Dates)}] lead [{string.Join(", ", p.Features.LeadDates)}]");
        IEnumerable<ProductRun.Placed> nk0(List<ProductRun.Placed> all) => all.Where(p => gold.GetValueOrDefault(Key(p)) == "nk-troops-russia-2024-10");
        var clusterer = new StoryClusterer(options, BackgroundFrequencies.Load().Terms, BackgroundFrequencies.Load().Entities);
        var nk = placed.Where(p => gold.GetValueOrDefault(Key(p)) == "nk-troops-russia-2024-10").OrderBy(p => p.Features.Published).ToList();
        for (var i = 0; i < nk.Count; i++)
            for (var j = i + 1; j < nk.Count; j++)
            {
                var e = clusterer.Compare(nk[i].Features, nk[j].Features);
                Console.WriteLine(FormattableString.Invariant(
                    $"  {Key(nk[i]),-40} {nk[i].Features.Published:MM-dd HH} | {Key(nk[j]),-40} {nk[j].Features.Published:MM-dd HH}: score={e.Score:F3} terms={e.Terms:F3} ent={e.Entities:F3} fig={e.Figures:F2} spec={e.SpecificFigures} dates={e.Dates} apart={e.Apart.TotalDays:F1}d"));
            }
        return 0;
    }
}
