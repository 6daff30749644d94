using System.Globalization;
using System.Text.Json;
using Telisik.Documents;
using Telisik.Extraction.Dates;
using Telisik.Extraction.Figures;
using Telisik.Pipeline;

namespace Telisik.Eval.Figures;

/// <summary>
/// Evaluates figures and dates against the hand-annotated IndoSum gold (<c>eval/*.gold.jsonl</c>) and prints the
/// figures of the two seed articles. Commands: (none) evaluate; <c>-v</c> evaluate listing every miss and error;
/// Stamps are read as labelled (<c>--stamps-auto</c>: per outlet, as the texts' own dates show them; <c>--stamps-local</c>: all as Jakarta time).
/// <c>show FILE [PUBLISHED [LANGUAGE]]</c> analyse one text file; <c>dump ID... | @FILE</c> print predictions in the gold format;
/// <c>select SEED COUNT</c> draw candidates for a new gold set (see eval/README.md); <c>audit [anchored]</c> list, across IndoSum, every clock time given another offset than WIB's (and with
/// <c>anchored</c>, every date counted from an article's own day rather than its stamp), to review those rules.
/// </summary>
internal static class EvalCommand
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    // The gold sets, in the order they were made: title, figures file (null: dates only), dates file.
    private static readonly (string Title, string? Figures, string Dates)[] GoldSets =
    [
        ("development set (38 articles, pre-annotated then corrected; rules tuned on it)", "figures.gold.jsonl", "dates.gold.jsonl"),
        ("held-out set (14 articles annotated after tuning; no longer blind: its errors informed general fixes)", "figures.heldout.gold.jsonl", "dates.heldout.gold.jsonl"),
        ("second held-out set (13 articles drawn and annotated blind after the reference-day and clock-zone rules)", "figures.heldout2.gold.jsonl", "dates.heldout2.gold.jsonl"),
        ("third held-out set (12 articles, seed 20261123, drawn and annotated blind; run once as drawn)", "figures.heldout3.gold.jsonl", "dates.heldout3.gold.jsonl"),
        ("fourth held-out set (20 articles, seed 20261125, drawn and annotated blind; first run at commit c300194, no longer blind)", "figures.heldout4.gold.jsonl", "dates.heldout4.gold.jsonl"),
        ("fifth held-out set (20 articles, seeds 20261126/20261127, drawn and annotated blind; first run at commit 229e877, no longer blind)", "figures.heldout5.gold.jsonl", "dates.heldout5.gold.jsonl"),
        ("sixth held-out set (20 articles, seeds 20261128/20261129, drawn and annotated blind; first run at commit e46747b)", "figures.heldout6.gold.jsonl", "dates.heldout6.gold.jsonl"),
        ("second development set (20 articles, seed 20261124, dates only, annotated blind then tuned on)", null, "dates.dev2.gold.jsonl"),
        ("seventh held-out set (30 articles, seeds 20261130-20261202, drawn and annotated blind; first run at commit 957aa4d, no longer blind)", "figures.heldout7.gold.jsonl", "dates.heldout7.gold.jsonl"),
        ("eighth held-out set (30 articles, seeds 20261203-20261205, drawn and annotated blind; first run at commit ed47328, no longer blind)", "figures.heldout8.gold.jsonl", "dates.heldout8.gold.jsonl"),
        ("ninth held-out set (30 articles, seeds 20261206-20261208, drawn and annotated blind; first run at commit 085b052, no longer blind)", "figures.heldout9.gold.jsonl", "dates.heldout9.gold.jsonl"),
        ("tenth held-out set (40 articles, seeds 20261209-20261212, drawn and annotated blind from text and stamp only; first run at commit 0832458, no longer blind)", "figures.heldout10.gold.jsonl", "dates.heldout10.gold.jsonl"),
        ("eleventh held-out set (40 articles, seeds 20261213-20261217, drawn and annotated blind from text and stamp only; first run at commit a3f690b, no longer blind)", "figures.heldout11.gold.jsonl", "dates.heldout11.gold.jsonl"),
        ("twelfth held-out set (40 articles, seeds 20261218-20261223, drawn and annotated blind from text and stamp only; first run at commit d0e4eba, no longer blind)", "figures.heldout12.gold.jsonl", "dates.heldout12.gold.jsonl"),
        ("thirteenth held-out set (80 articles, seeds 20261224-20261235, drawn and annotated blind from text and stamp only; first run at commit a9f3551, no longer blind)", "figures.heldout13.gold.jsonl", "dates.heldout13.gold.jsonl"),
        ("fourteenth held-out set (80 articles, seeds 20261236-20261249, drawn and annotated blind from text and stamp only; first run at commit f6f8871, no longer blind)", "figures.heldout14.gold.jsonl", "dates.heldout14.gold.jsonl"),
        ("fifteenth held-out set (80 articles, seeds 20261250-20261263, drawn and annotated blind from text and stamp only, dates twice and independently, disagreements settled by a third reader; first run at commit d437b46, no longer blind)", "figures.heldout15.gold.jsonl", "dates.heldout15.gold.jsonl"),
        ("sixteenth held-out set (80 articles, seeds 20261264-20261277, drawn and annotated blind from text and stamp only, dates twice and independently, disagreements settled by a third reader; first run at commit 69fbca6)", "figures.heldout16.gold.jsonl", "dates.heldout16.gold.jsonl"),
    ];

    public static int Run(string[] args)
    {
        if (args.Length >= 2 && args[0] == "show")
        {
            var text = File.ReadAllText(args[1]).Replace("\r\n", "\n");
            DateTimeOffset? published = args.Length >= 3 ? DateTimeOffset.Parse(args[2], CultureInfo.InvariantCulture) : null;
            Show(Analyze("show", text, published, args.Length >= 4 ? args[3] : "id"));
            return 0;
        }
        var root = RepoRoot();
        var data = Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        var articlesPath = Path.Combine(data, "indosum", "articles.jsonl");
        if (!File.Exists(articlesPath))
        {
            Console.Error.WriteLine($"IndoSum is absent ({articlesPath}): the evaluation needs the shared data folder beside the project.");
            return 2;
        }
        var records = File.ReadLines(articlesPath).Select(l => JsonSerializer.Deserialize<IndoSumRecord>(l)!).ToDictionary(r => r.Id);
        if (args.Length >= 1 && args[0] == "dump")
        {
            // "dump @FILE" reads the ids from FILE, one a line.
            foreach (var id in args.Skip(1).SelectMany(a => a.StartsWith('@') ? File.ReadLines(a[1..]).Where(l => l.Length > 0) : [a])) Dump(records[id]);
            return 0;
        }
        if (args.Length >= 3 && args[0] == "select")
        {
            Select(root, records.Values, int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
            return 0;
        }
        if (args.Length >= 1 && args[0] == "audit")
        {
            Audit(records.Values, args.Contains("anchored"));
            return 0;
        }
        var verbose = args.Contains("-v");
        // IndoSum's stamps look like Jakarta local time labelled Z (see eval/README.md). By default stamps are read as
        // labelled (as `telisik ingest` does); --stamps-auto reads each outlet's stamps the way the texts' own dates show
        // them (StampCalibration over all of IndoSum, as `telisik ingest --stamps auto`), --stamps-local every one as
        // Jakarta time.
        var mode = args.Contains("--stamps-auto") ? "auto" : args.Contains("--stamps-local") ? "local" : "given";
        records = Restamp(records, mode);
        foreach (var set in GoldSets) Evaluate(root, records, verbose, set.Title, set.Figures, set.Dates);
        Seeds(Path.Combine(data, "seeds"));
        return 0;
    }

    // figuresFile null: a set annotated for dates only.
    private static void Evaluate(string root, Dictionary<string, IndoSumRecord> records, bool verbose, string title, string? figuresFile, string datesFile)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        var figuresGold = figuresFile is null ? null : ReadGold<GoldFigure>(Path.Combine(root, "eval", figuresFile)).ToDictionary(g => g.Id);
        var datesGold = ReadGold<GoldDate>(Path.Combine(root, "eval", datesFile)).ToDictionary(g => g.Id);
        var figures = new Score();
        var dates = new Score();
        foreach (var id in (IEnumerable<string>?)figuresGold?.Keys ?? datesGold.Keys)
        {
            if (!records.TryGetValue(id, out var r)) { Console.Error.WriteLine($"gold id not in IndoSum: {id}"); continue; }
            var doc = Analyze(r.Id, r.Text, r.Published);
            var lines = new List<string>();
            if (figuresGold?[id] is { } fg)
                Matcher.Match(doc.Figures, fg.Items, f => (f.Start, f.End), x => (x.Start, x.End),
                    (f, x) => Same(f.Value, x.Value) && SameMax(f.ValueMax, x.ValueMax), figures, verbose ? lines.Add : null);
            if (datesGold.TryGetValue(id, out var dg))
                Matcher.Match(doc.Dates, dg.Items, d => (d.Start, d.End), x => (x.Start, x.End),
                    (d, x) => d.Resolved == x.Resolved, dates, verbose ? lines.Add : null);
            if (lines.Count > 0)
            {
                Console.WriteLine($"{r.Id}");
                foreach (var l in lines) Console.WriteLine(l);
            }
        }
        var articles = figuresGold?.Count ?? datesGold.Count;
        var figureCount = figuresGold is null ? "" : $"{figuresGold.Values.Sum(g => g.Items.Count)} figures, ";
        Console.WriteLine($"  gold: {articles} articles, {figureCount}{datesGold.Values.Sum(g => g.Items.Count)} dates");
        if (figuresGold is not null) Console.WriteLine($"  figures: {figures}   (target F1 >= 0.90, value accuracy >= 0.98)");
        Console.WriteLine($"  dates:   {dates}   (target F1 >= 0.92, resolution accuracy >= 0.95)");
    }

    private static Dictionary<string, IndoSumRecord> Restamp(Dictionary<string, IndoSumRecord> records, string mode)
    {
        if (mode == "given")
        {
            Console.WriteLine("publication stamps read as given (UTC)");
            return records;
        }
        StampCalibration? calibration = null;
        if (mode == "auto")
        {
            calibration = new StampCalibration();
            foreach (var r in records.Values) calibration.Observe(r.Outlet, r.Published, r.Text, "id");
            Console.WriteLine("publication stamps calibrated per outlet: " + string.Join("; ", calibration.Verdicts().Append(calibration.Collection).Select(v =>
                $"{v.Outlet ?? "collection"} {(v.ReadsLocal ? "local" : "as given")}{(v.Outlet is not null && v.FromCollection ? " as the collection" : "")} ({v.LocalVotes} local / {v.UtcVotes} UTC)")));
        }
        else Console.WriteLine("publication stamps read as Jakarta local time");
        return records.ToDictionary(kv => kv.Key, kv => calibration is null || calibration.ReadsLocal(kv.Value.Outlet)
            ? kv.Value with { Published = kv.Value.Published is { } p ? StampCalibration.AsJakarta(p) : null } : kv.Value);
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    private static bool SameMax(double? a, double? b) => a is null ? b is null : b is not null && Same(a.Value, b.Value);

    private static void Seeds(string folder)
    {
        if (!Directory.Exists(folder)) { Console.WriteLine($"seeds absent ({folder})"); return; }
        Console.WriteLine();
        Console.WriteLine("Seed figures (analysed without a publication time):");
        var docs = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Doc: Analyze(Path.GetFileName(f), File.ReadAllText(f).Replace("\r\n", "\n"), null))).ToList();
        foreach (var (name, doc) in docs)
        {
            Console.WriteLine($"  {name}");
            foreach (var f in doc.Figures)
                Console.WriteLine($"    {f.Text,-22} value={f.Value.ToString(CultureInfo.InvariantCulture),-6} approx={f.Approx,-8} unit={f.Unit} | source={f.Source ?? "-"} | tense={f.Tense}");
            var inference = PublicationInferrer.Infer(doc, []);
            Console.WriteLine($"    publication from analysis alone: {inference.Iso ?? "none"} ({inference.Reason})");
        }
        // The story case: the undated seed beside the seed dated Kamis 24 Oktober 2024.
        var neighbour = new DateTimeOffset(2024, 10, 24, 12, 0, 0, TimeSpan.FromHours(7));
        foreach (var (name, doc) in docs.Where(d => d.Doc.Dates.Any(x => x.Resolved is null)))
        {
            var inference = PublicationInferrer.Infer(doc, [neighbour]);
            PublicationInferrer.Apply(doc, inference, new DateStage());
            Console.WriteLine($"  {name} beside a neighbour published 2024-10-24: publication {inference.Iso ?? "none"} from {inference.Evidence}");
            foreach (var d in doc.Dates) Console.WriteLine($"    {d.Text,-22} -> {d.Resolved}");
        }
    }

    /// <summary>Longest and shortest texts drawn for a gold set (the development set's range).</summary>
    private const int SelectMinChars = 500, SelectMaxChars = 2000, SelectPerOutlet = 2;

    // Draws candidates for a new gold set in a reproducible order: IndoSum articles in no gold file yet, 500-2,000
    // characters with a digit, shuffled by a seeded Random over the id-sorted list, at most two per outlet. Prints
    // the whole order (an annotator skips drawn articles they have already read, and says so).
    private static void Select(string root, IEnumerable<IndoSumRecord> records, int seed, int count)
    {
        var used = Directory.GetFiles(Path.Combine(root, "eval"), "*.gold.jsonl")
            .SelectMany(f => File.ReadLines(f)).Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var pool = records.Where(r => !used.Contains(r.Id) && r.Text.Length is >= SelectMinChars and <= SelectMaxChars && r.Text.Any(char.IsAsciiDigit))
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        for (var i = pool.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        var perOutlet = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var r in pool)
        {
            var outlet = r.Outlet ?? "";
            if (perOutlet.GetValueOrDefault(outlet) >= SelectPerOutlet) continue;
            perOutlet[outlet] = perOutlet.GetValueOrDefault(outlet) + 1;
            Console.WriteLine($"{++n,3} {r.Id} | {outlet} | {r.Text.Length} chars | {r.Published:yyyy-MM-ddTHH:mm}Z");
            if (n >= count) break;
        }
    }

    private static void Audit(IEnumerable<IndoSumRecord> records, bool anchored)
    {
        foreach (var r in records)
        {
            var doc = Analyze(r.Id, r.Text, r.Published);
            foreach (var d in doc.Dates)
            {
                var zoned = d.Granularity == DateGranularity.Time && !(d.Resolved ?? "").EndsWith("+07:00", StringComparison.Ordinal);
                if (!zoned && !(anchored && d.AnchoredOn is not null)) continue;
                var context = r.Text[Math.Max(0, d.Start - 80)..Math.Min(r.Text.Length, d.End + 30)].Replace('\n', ' ');
                Console.WriteLine($"{r.Id} {r.Published:yyyy-MM-ddTHH:mm}Z [{d.Text}] -> {d.Resolved} | {context} | {d.AnchoredOn}");
            }
        }
    }

    private static void Dump(IndoSumRecord r)
    {
        var doc = Analyze(r.Id, r.Text, r.Published);
        Console.WriteLine(JsonSerializer.Serialize(new GoldArticle<GoldFigure>(r.Id,
            doc.Figures.Select(f => new GoldFigure(f.Start, f.End, f.Value, f.ValueMax)).ToList()), Json));
        Console.WriteLine(JsonSerializer.Serialize(new GoldArticle<GoldDate>(r.Id,
            doc.Dates.Select(d => new GoldDate(d.Start, d.End, d.Resolved, d.Granularity.ToString().ToLowerInvariant())).ToList()), Json));
    }

    private static List<GoldArticle<T>> ReadGold<T>(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize<GoldArticle<T>>(l)!).ToList();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Telisik.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the Telisik repository.");
    }

    public static AnalyzedArticle Analyze(string id, string text, DateTimeOffset? published, string language = "id")
    {
        var article = new Article { Id = id, RawText = text, Text = text, OffsetMap = OffsetMap.Identity(text.Length), Published = published, Language = language };
        var doc = new AnalyzedArticle(article);
        new DateStage().Run(doc);
        new FigureStage().Run(doc);
        return doc;
    }

    public static void Show(AnalyzedArticle doc)
    {
        foreach (var d in doc.Dates)
            Console.WriteLine($"date   {d.Start}-{d.End} [{d.Text}] -> {d.Resolved ?? "null"} ({d.Granularity})");
        foreach (var f in doc.Figures)
            Console.WriteLine($"figure {f.Start}-{f.End} [{f.Text}] value={f.Value}{(f.ValueMax is { } m ? "-" + m : "")} approx={f.Approx}{(f.Exclusive ? "(excl)" : "")} unit={f.Unit} subject=\"{f.Subject}\" source=\"{f.Source}\" tense={f.Tense} when={f.When}");
    }
}
