using Telisik.Dedup;
using Telisik.Documents;
using Telisik.Pipeline;

namespace Telisik.Eval.Stories;

/// <summary>
/// Precision and recall of copy detection. The stream holds every IndoSum article (distinct reports, among them
/// the labelled same-story pairs: similar but not copies) plus <c>--copies N</c> (default 600) copies generated from
/// random IndoSum articles with realistic edits, each published 1-48 hours after its source:
/// a new lead paragraph (another article's lead), the dateline swapped for another outlet's, the end trimmed
/// (10-50% of paragraphs), boilerplate inserted ("Baca juga:" lines, a promo line), and a few words changed.
/// Each copy gets two to all five edits. A generated copy linked to its source's group is a true positive; any
/// other link is a false positive (printed, so links between IndoSum articles can be checked by hand).
/// </summary>
internal static class SyndicationEval
{
    private static readonly string[] Datelines =
        ["Jakarta, CNN Indonesia -- ", "Suara.com - ", "Jakarta (ANTARA News) - ", "Merdeka.com - ", "JAKARTA (Pos Kota) – ", "Rimanews - ", ""];

    private static readonly string[] Promos =
        ["Simak berita terkini lainnya di aplikasi kami, unduh gratis sekarang.", "Ikuti kami di Instagram dan Twitter untuk kabar terbaru setiap hari.",
         "Dapatkan info diskon dan promo menarik hanya di kanal belanja kami."];

    public static int Run(string data, string[] args)
    {
        var count = args.Length > 1 && args[0] == "--copies" ? int.Parse(args[1]) : 600;
        var records = IndoSumCorpus.Read(data);
        var rng = new Random(20241018);
        var copies = new List<(IndoSumRecord Copy, string SourceId, string Edits)>();
        for (var i = 0; i < count; i++)
        {
            var src = records[rng.Next(records.Count)];
            var other = records[rng.Next(records.Count)];
            var (text, edits) = Edit(IndoSumCorpus.StripDateline(src.Text), IndoSumCorpus.StripDateline(other.Text), other.Url, rng);
            copies.Add((src with { Id = $"copy-{i}-{src.Id}", Text = text, Published = src.Published.AddHours(1 + rng.NextDouble() * 47), Outlet = "copier" }, src.Id, edits));
        }

        var pipeline = DefaultPipeline.Create();
        var fingerprinter = new CopyFingerprinter(new DedupOptions());
        var all = records.Concat(copies.Select(c => c.Copy)).ToList();
        var fps = new CopyFingerprint[all.Count];
        Parallel.For(0, all.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var text = all[i].Text;
            var doc = pipeline.Analyze(new Article { Id = all[i].Id, RawText = text, Text = text, OffsetMap = OffsetMap.Identity(text.Length) });
            fps[i] = fingerprinter.Fingerprint(doc);
        });

        var order = Enumerable.Range(0, all.Count).OrderBy(i => all[i].Published).ThenBy(i => all[i].Id, StringComparer.Ordinal).ToList();
        var index = new CopyIndex(new DedupOptions());
        var root = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var i in order)
            foreach (var link in index.Add(all[i].Id, all[i].Published, fps[i]))
                root[link.CopyId] = link.OriginalId;
        string Root(string id) { var seen = 0; while (root.TryGetValue(id, out var r) && r != id && seen++ < 100) id = r; return id; }

        var sourceOf = copies.ToDictionary(c => c.Copy.Id, c => c.SourceId);
        int tp = 0, fn = 0, fp = 0;
        var missedByEdits = new Dictionary<string, int>();
        foreach (var c in copies)
        {
            if (Root(c.Copy.Id) == Root(c.SourceId) && root.ContainsKey(c.Copy.Id) | root.ContainsKey(c.SourceId)) tp++;
            else { fn++; missedByEdits[c.Edits] = missedByEdits.GetValueOrDefault(c.Edits) + 1; }
        }
        var falseLinks = new List<string>();
        foreach (var (copy, original) in root)
        {
            var a = sourceOf.GetValueOrDefault(copy, copy);
            var b = sourceOf.GetValueOrDefault(original, original);
            if (a == b) continue;
            fp++;
            falseLinks.Add($"  {copy} -> {original}");
        }
        var gold = PairwiseScore.ReadGold(Path.Combine(data, "stories-dev", "gold.jsonl"));
        var sameStory = gold.GroupBy(kv => kv.Value).Where(g => g.Count() > 1).SelectMany(g => g.Select(kv => kv.Key)).ToHashSet();
        var sameStoryLinked = root.Count(kv => sameStory.Contains(kv.Key) && sameStory.Contains(kv.Value));

        double P = tp + fp == 0 ? 1 : (double)tp / (tp + fp), R = (double)tp / copies.Count;
        Console.WriteLine($"stream: {records.Count} IndoSum articles + {copies.Count} generated copies");
        Console.WriteLine($"syndication: precision={P:F3} recall={R:F3} (tp={tp} fn={fn} fp={fp}); labelled same-story pairs linked as copies: {sameStoryLinked}");
        foreach (var (edits, n) in missedByEdits.OrderByDescending(kv => kv.Value)) Console.WriteLine($"  missed {n} with edits {edits}");
        foreach (var l in falseLinks.Take(30)) Console.WriteLine(l);
        return 0;
    }

    private static (string Text, string Edits) Edit(string text, string otherText, string otherUrl, Random rng)
    {
        var paras = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        var kinds = new[] { "lead", "dateline", "trim", "boilerplate", "words" };
        var chosen = kinds.Where(_ => rng.NextDouble() < 0.6).ToList();
        while (chosen.Count < 2) { var k = kinds[rng.Next(kinds.Length)]; if (!chosen.Contains(k)) chosen.Add(k); }
        if (chosen.Contains("trim") && paras.Count > 2)
        {
            var keep = Math.Max(2, (int)Math.Round(paras.Count * (0.5 + rng.NextDouble() * 0.4)));
            paras = paras.Take(keep).ToList();
        }
        if (chosen.Contains("words"))
            for (var p = 0; p < paras.Count; p++)
            {
                var words = paras[p].Split(' ');
                for (var w = 0; w < words.Length; w++)
                    if (rng.NextDouble() < 0.03) words[w] = rng.Next(3) switch { 0 => "pun", 1 => words[w].ToUpperInvariant(), _ => "" };
                paras[p] = string.Join(' ', words.Where(x => x.Length > 0));
            }
        if (chosen.Contains("boilerplate"))
        {
            var title = IndoSumCorpus.TitleFromUrl(otherUrl) ?? "berita lain hari ini";
            paras.Insert(Math.Min(paras.Count, 1 + rng.Next(Math.Max(1, paras.Count - 1))), "Baca juga: " + title);
            paras.Add(Promos[rng.Next(Promos.Length)]);
        }
        if (chosen.Contains("lead"))
            paras.Insert(0, otherText.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)[0]);
        if (chosen.Contains("dateline"))
            paras[0] = Datelines[rng.Next(Datelines.Length)] + paras[0];
        return (string.Join("\n\n", paras), string.Join('+', chosen));
    }
}
