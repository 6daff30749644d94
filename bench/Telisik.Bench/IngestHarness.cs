using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Telisik.Cleaning;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Sqlite;
using Telisik.Stories;

namespace Telisik.Bench;

/// <summary>
/// End-to-end ingest: reads a JSONL file, cleans, analyses, groups and stores every article in a fresh SQLite store,
/// and reports articles per second and peak memory. Run: <c>dotnet run -c Release --project bench/Telisik.Bench -- ingest [FILE]</c>.
/// </summary>
public static class IngestHarness
{
    /// <summary>The default corpus, beside the project checkout.</summary>
    public static string IndoSum => RepoPaths.IndoSum;

    /// <summary>Runs the harness; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var file = args.Length > 0 ? args[0] : IndoSum;
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"ingest harness: '{file}' not found (the IndoSum corpus lives in ../shared/data, which a plain clone lacks); pass a JSONL file.");
            return 1;
        }
        var threads = args.Length > 1 ? int.Parse(args[1]) : Environment.ProcessorCount;
        var dir = Directory.CreateTempSubdirectory("telisik-bench-");
        try
        {
            var clock = Stopwatch.StartNew();
            using var store = SqliteArticleStore.Open(Path.Combine(dir.FullName, "bench.db"));
            var startup = clock.Elapsed;
            var ingestor = new Ingestor(ArticleCleaner.LoadDefault(), DefaultPipeline.Create(), store, ClusteringStoryAssigner.CreateDefault());
            clock.Restart();
            using var input = File.OpenRead(file);
            var report = ingestor.Ingest(JsonlReader.Read(input, file), parallelism: threads);
            var seconds = clock.Elapsed.TotalSeconds;
            var proc = Process.GetCurrentProcess();
            var dbBytes = new DirectoryInfo(dir.FullName).EnumerateFiles().Sum(f => f.Length);
            Console.WriteLine($"file: {file}");
            Console.WriteLine($"threads: {threads}");
            Console.WriteLine($"articles: {report.Read} read, {report.Stored} stored, {report.Rejected.Count} rejected");
            Console.WriteLine($"time: {seconds:0.00} s (store open {startup.TotalMilliseconds:0} ms)");
            Console.WriteLine($"throughput: {report.Read / seconds:0} articles/s");
            Console.WriteLine($"peak working set: {proc.PeakWorkingSet64 / (1024.0 * 1024):0} MiB");
            Console.WriteLine($"store size: {dbBytes / (1024.0 * 1024):0.0} MiB");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            dir.Delete(recursive: true);
        }
    }
}
