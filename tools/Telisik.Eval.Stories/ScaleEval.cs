using System.Diagnostics;
using System.Globalization;
using Telisik.Dedup;
using Telisik.Stories;

namespace Telisik.Eval.Stories;

/// <summary>
/// Throughput and memory of copy detection + story clustering over N synthetic articles: IndoSum features are
/// computed once, then replicated and perturbed. Replica k of base article b belongs to generation g = k / 3463;
/// it is published at k / perDay days after the start, ±6 hours (so some arrive out of order). Each term and
/// entity is, with probability 0.7, renamed with a salt (g mod 16), so replicas of one base in nearby
/// generations are related but different events, and the vocabulary stays bounded as a real one does. The copy
/// fingerprint is salted per generation too, except for 5% of replicas, which keep their base's fingerprint
/// of the previous generation (copies). Only <see cref="StoryClusterer.Add"/> is timed, on one thread.
/// Usage: <c>scale N [--per-day D]</c> (default 5,000 articles a day).
/// </summary>
internal static class ScaleEval
{
    public static int Run(string data, string[] args)
    {
        if (args.Length == 0 || !int.TryParse(args[0], out var n)) { Console.Error.WriteLine("usage: scale N [--per-day D]"); return 1; }
        var perDayAt = Array.IndexOf(args, "--per-day");
        var perDay = perDayAt > 0 && perDayAt + 1 < args.Length ? double.Parse(args[perDayAt + 1], CultureInfo.InvariantCulture) : 5000;

        var records = IndoSumCorpus.Read(data);
        var baseFeatures = IndoSumCorpus.Features(records, withTitle: true);
        GC.Collect();
        var baseline = GC.GetTotalMemory(true);

        var options = StoriesEval.Parse(args.Skip(1).Where(a => a.Contains('=')).ToArray(), new StoryOptions());
        var clusterer = new StoryClusterer(options);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var rng = new Random(42);
        var timer = new Stopwatch();
        var copyTimer = new Stopwatch();
        var proc = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        var cpuAt100k = TimeSpan.Zero;
        var copyIndex = new CopyIndex(options.Dedup);
        const int Batch = 10_000;
        long opened = 0, copies = 0, merges = 0;
        long peakManaged = 0;
        var maxLive = 0;
        var batch = new List<ArticleFeatures>(Batch);
        for (var k0 = 0; k0 < n; k0 += Batch)
        {
            batch.Clear();
            for (var k = k0; k < Math.Min(n, k0 + Batch); k++) batch.Add(Replica(baseFeatures, k, start, perDay, rng));
            batch.Sort((a, b) => a.Published.CompareTo(b.Published) is var c && c != 0 ? c : string.CompareOrdinal(a.Id, b.Id));
            // Out-of-order arrival: swap 5% of neighbours within the batch.
            for (var i = 1; i < batch.Count; i++) if (rng.NextDouble() < 0.05) (batch[i - 1], batch[i]) = (batch[i], batch[i - 1]);
            if (Environment.GetEnvironmentVariable("SCALE_COPY_ONLY") is not null)
            {
                copyTimer.Start();
                foreach (var f in batch) copyIndex.Add(f.Id, f.Published, f.Fingerprint);
                copyTimer.Stop();
            }
            var cpu0 = proc.TotalProcessorTime;
            timer.Start();
            foreach (var f in batch)
            {
                var u = clusterer.Add(f);
                if (u.Assignment.OpenedStory) opened++;
                if (u.CopyLinks.Count > 0) copies++;
                merges += u.Merges.Count;
            }
            timer.Stop();
            cpu += proc.TotalProcessorTime - cpu0;
            proc.Refresh();
            maxLive = Math.Max(maxLive, clusterer.ArticleCount);
            peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false) - baseline);
            var done = Math.Min(n, k0 + Batch);
            if (done % 100_000 == 0 && done < n)
            {
                // Progress, so a long run shows that cost per article does not grow with the corpus.
                Console.WriteLine($"progress articles={done} cpu={cpu.TotalSeconds:F1}s throughput={done / cpu.TotalSeconds:F0}/cpu-s " +
                                  $"last_100k={100_000 / (cpu - cpuAt100k).TotalSeconds:F0}/cpu-s live_articles={clusterer.ArticleCount} " +
                                  $"managed_now={(GC.GetTotalMemory(false) - baseline) / 1048576.0:F0} MB working_set={proc.WorkingSet64 / 1048576.0:F0} MB");
                cpuAt100k = cpu;
            }
        }
        GC.Collect();
        var liveAfter = GC.GetTotalMemory(true) - baseline;
        proc.Refresh();
        Console.WriteLine($"articles={n} per_day={perDay} window={options.Window.TotalDays}d retention={options.Retention.TotalDays}d dedup_window={options.Dedup.Window.TotalDays}d");
        Console.WriteLine($"time={timer.Elapsed.TotalSeconds:F1}s wall, {cpu.TotalSeconds:F1}s cpu; throughput={n / cpu.TotalSeconds:F0} articles/s per cpu-second ({n / timer.Elapsed.TotalSeconds:F0} wall; dedup + clustering, one thread, GC included)");
        Console.WriteLine($"stories_opened={opened} copies={copies} merges={merges} live_articles_max={maxLive} live_stories_end={clusterer.StoryCount} copy_index_end={clusterer.CopyIndexCount}");
        Console.WriteLine($"managed_heap_peak_sampled={peakManaged / 1048576.0:F0} MB managed_live_end={liveAfter / 1048576.0:F0} MB process_peak_working_set={proc.PeakWorkingSet64 / 1048576.0:F0} MB");
        if (copyTimer.ElapsedTicks > 0) Console.WriteLine($"copy index alone: {n / copyTimer.Elapsed.TotalSeconds:F0} articles/s");
        Console.WriteLine($"gc: gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} total_pause={GC.GetTotalPauseDuration().TotalSeconds:F1}s");
        Console.WriteLine($"term_vocabulary={clusterer.TermFrequencies.Count} entity_vocabulary={clusterer.EntityFrequencies.Count}");
        return 0;
    }

    private static ArticleFeatures Replica(List<ArticleFeatures> bases, int k, DateTimeOffset start, double perDay, Random rng)
    {
        var b = bases[k % bases.Count];
        var gen = k / bases.Count;
        var salt = "#" + (gen % 16).ToString(CultureInfo.InvariantCulture);
        string Salted(string s) => rng.NextDouble() < 0.7 ? s + salt : s;
        var isCopy = gen > 0 && rng.NextDouble() < 0.05;
        var fpGen = isCopy ? gen - 1 : gen;
        return b with
        {
            Id = $"{k}-{b.Id}",
            Published = start.AddDays(k / perDay).AddHours(rng.NextDouble() * 12 - 6),
            Terms = b.Terms.Select(t => new TermCount(Salted(t.Term), t.Count)).ToArray(),
            HeadTerms = b.HeadTerms.Select(Salted).ToArray(),
            Entities = b.Entities.Select(Salted).ToArray(),
            Fingerprint = Salt(b.Fingerprint, fpGen),
        };
    }

    private static CopyFingerprint Salt(CopyFingerprint fp, int gen)
    {
        var s = StableHash.Mix((ulong)gen + 1);
        return new CopyFingerprint(
            fp.ContentHash ^ s,
            fp.MinHash.Select(v => (uint)StableHash.Mix(v ^ s)).ToArray(),
            fp.Sample.Select(v => (uint)StableHash.Mix(v ^ s)).Order().ToArray(),
            fp.WordCount);
    }
}
