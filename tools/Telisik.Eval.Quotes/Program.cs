using System.Diagnostics;
using System.Text.Json;
using Telisik.Eval.Quotes;
using Telisik.Extraction.Quotes;

// Quote evaluation: F1 and speaker accuracy on the spec files and the hand-annotated IndoSum gold set, the seeds'
// quotes, and throughput. Usage: dotnet run --project tools/Telisik.Eval.Quotes [-- all|score|seeds|speed|show ID]
var root = Paths.FindRepoRoot();
var shared = Paths.FindShared(root);
var finder = new QuoteFinder();
var mode = args.Length > 0 ? args[0] : "all";

if (mode is "show" && args.Length > 1)
{
    if (shared is null) return Paths.Absent();
    var record = IndoSum.Read(shared).First(r => r.Id == args[1]);
    Console.WriteLine(record.Text);
    Console.WriteLine("---");
    foreach (var q in finder.Find(record.Text).Quotes)
        Console.WriteLine($"{q.Kind} {q.Start}-{q.End} speaker=\"{q.Speaker}\" role=\"{q.SpeakerRole}\" cue={q.Cue} :: {Short(q.Text)}");
    return 0;
}

if (mode is "speakers")
{
    // Corpus-wide look at what the finder calls speakers: the most frequent first words reveal systematic errors.
    if (shared is null) return Paths.Absent();
    var counts = new Dictionary<string, int>();
    foreach (var r in IndoSum.Read(shared))
        foreach (var q in finder.Find(r.Text).Quotes)
        {
            var key = q.Speaker is null ? "(none)" : q.Speaker.Split(' ')[0];
            if (args.Length > 2 && key == args[2] && counts.GetValueOrDefault(key) < (args.Length > 3 ? int.Parse(args[3]) : 4))
                Console.WriteLine($"   {q.Speaker} | {q.SpeakerRole} | {q.Cue} :: {r.Text[Math.Max(0, (q.CueStart ?? q.Start) - 120)..Math.Min(r.Text.Length, (q.CueEnd ?? q.End) + 60)].Replace('\n', ' ')}");
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    foreach (var (k, v) in counts.OrderByDescending(kv => kv.Value).Take(int.Parse(args.ElementAtOrDefault(1) ?? "60")))
        Console.WriteLine($"{v,6} {k}");
    return 0;
}

if (mode is "all" or "score")
{
    var specs = SpecSet.Load(Path.Combine(root, "tests/Telisik.Tests/specs"));
    Report("spec files (tests/Telisik.Tests/specs/quotes.*.md)", Scorer.Score(finder, specs));
    if (shared is null) Paths.Absent();
    else
    {
        var records = IndoSum.Read(shared).ToList();
        var gold = GoldSet.Load(Path.Combine(root, "eval/quotes.gold.jsonl"), records);
        Report($"IndoSum hand-annotated development set (eval/quotes.gold.jsonl, {gold.Count} articles)", Scorer.Score(finder, gold, verbose: args.Contains("-v")));
        var heldOut = GoldSet.Load(Path.Combine(root, "eval/quotes.heldout.gold.jsonl"), records);
        Report($"IndoSum hand-annotated held-out set 1 (eval/quotes.heldout.gold.jsonl, {heldOut.Count} articles)", Scorer.Score(finder, heldOut, verbose: args.Contains("-vh")));
        var heldOut2 = GoldSet.Load(Path.Combine(root, "eval/quotes.heldout2.gold.jsonl"), records);
        Report($"IndoSum hand-annotated held-out set 2 (eval/quotes.heldout2.gold.jsonl, {heldOut2.Count} articles)", Scorer.Score(finder, heldOut2, verbose: args.Contains("-vh2")));
        var all = gold.Concat(heldOut).Concat(heldOut2).ToList();
        Report($"IndoSum, all three sets ({all.Count} articles)", Scorer.Score(finder, all));
    }
}

if (mode is "all" or "seeds")
{
    if (shared is null) Paths.Absent();
    else
        foreach (var file in Directory.GetFiles(Path.Combine(shared, "seeds"), "*.txt").Order())
        {
            Console.WriteLine($"## {Path.GetFileName(file)}");
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            foreach (var q in finder.Find(text).Quotes)
                Console.WriteLine($"- {q.Kind,-8} {q.Start}-{q.End} speaker=\"{q.Speaker}\" role=\"{q.SpeakerRole}\" cue={q.Cue}: {Short(q.Text)}");
        }
}

if (mode is "all" or "speed")
{
    if (shared is null) return Paths.Absent();
    var first = args.SkipWhile(a => a != "--first").Skip(1).Select(int.Parse).FirstOrDefault(int.MaxValue);
    var texts = IndoSum.Read(shared).Select(r => r.Text).Take(first).ToArray();
    foreach (var t in texts.Take(200)) finder.Find(t); // warm-up
    var quotes = 0;
    var watch = Stopwatch.StartNew();
    const int rounds = 3;
    for (var r = 0; r < rounds; r++)
        foreach (var t in texts) quotes += finder.Find(t).Quotes.Count;
    watch.Stop();
    var n = texts.Length * rounds;
    if (args.Contains("--slowest"))
        foreach (var (t, ms) in texts.Select(t => { var w = Stopwatch.StartNew(); finder.Find(t); return (t, w.Elapsed.TotalMilliseconds); })
                     .OrderByDescending(x => x.Item2).Take(5))
            Console.WriteLine($"   slowest: {ms:F2} ms, {t.Length} chars");
    Console.WriteLine($"## Throughput: {n / watch.Elapsed.TotalSeconds:F0} articles/s single-threaded ({n} articles, {texts.Sum(t => (long)t.Length) * rounds / watch.Elapsed.TotalSeconds / 1e6:F1} M chars/s, {quotes / rounds} quotes per pass)");
}
return 0;

static string Short(string s) => (s.Length > 90 ? s[..90] + "…" : s).Replace('\n', '¶');

static void Report(string title, Score s)
{
    Console.WriteLine($"## {title}");
    Console.WriteLine($"gold {s.Gold}, found {s.Found}, matched {s.Matched}");
    Console.WriteLine($"precision {s.Precision:F3}  recall {s.Recall:F3}  F1 {s.F1:F3}");
    Console.WriteLine($"direct F1 {s.DirectF1:F3}  indirect F1 {s.IndirectF1:F3}");
    Console.WriteLine($"speaker accuracy (same person) {s.SpeakerAccuracy:F3}  (exact name) {s.SpeakerExact:F3}  over {s.Matched} matched quotes");
}
