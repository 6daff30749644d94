using System.CommandLine;
using System.Text.Json;
using Telisik.Cleaning;
using Telisik.Extraction.Dates;
using Telisik.Cli.Output;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Serialization;
using Telisik.Storage;
using Telisik.Stories;

namespace Telisik.Cli.Commands;

/// <summary><c>telisik ingest PATH...</c>: reads, cleans, analyses and stores articles and groups them into stories.</summary>
public static class IngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(Option<string?> db, CliContext ctx)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (searched recursively for .txt and .jsonl), or - for stdin", Arity = ArgumentArity.OneOrMore };
        var format = CliOptions.Format();
        var stamps = new Option<string>("--stamps")
        {
            Description = "How publication stamps are read: given (as labelled), local (every clock as Jakarta time), auto (per outlet, as the texts' own dated days show, an outlet with too few following the whole input; reads the input twice)",
            DefaultValueFactory = _ => "given",
        };
        stamps.AcceptOnlyFromAmong("given", "local", "auto");
        var cmd = new Command("ingest", "Ingest articles from text and JSONL files into the store") { paths, format, stamps };
        cmd.SetAction(parse =>
        {
            var reading = parse.GetValue(stamps) switch { "local" => StampReading.Local, "auto" => StampReading.Auto, _ => StampReading.Given };
            if (reading == StampReading.Auto && parse.GetValue(paths)!.Contains("-"))
            {
                ctx.Err.WriteLine("error: --stamps auto reads the input twice, so it cannot read stdin; save it to a file first.");
                return ExitCodes.Usage;
            }
            var path = StoreLocator.PathFor(parse, db, ctx);
            using var store = Telisik.Sqlite.SqliteArticleStore.Open(path);
            var report = Run(store, parse.GetValue(paths)!, ctx, reading);
            Summarise(report, parse.GetValue(format), ctx, path);
            return report.Rejected.Any(r => r.Kind != RejectionKind.Duplicate) ? ExitCodes.SomeRejected : ExitCodes.Success;
        });
        return cmd;
    }

    /// <summary>Ingests <paramref name="paths"/> into <paramref name="store"/>, showing progress on stderr.</summary>
    public static IngestReport Run(IArticleStore store, IEnumerable<string> paths, CliContext ctx, StampReading stamps = StampReading.Given)
    {
        var ingestor = new Ingestor(ArticleCleaner.LoadDefault(), DefaultPipeline.Create(), store, ClusteringStoryAssigner.CreateDefault());
        StampCalibration? calibration = null;
        if (stamps == StampReading.Auto)
        {
            ctx.Err.WriteLine("reading publication stamps against the texts' own dates…");
            calibration = StampReader.Calibrate(InputFiles.Read(paths, ctx.OpenStdin));
            foreach (var v in calibration.Verdicts().Append(calibration.Collection))
                ctx.Err.WriteLine($"stamps of {(v.Outlet, v.FromCollection) switch { (null, true) => "the collection", (null, false) => "(no outlet)", _ => v.Outlet }}: " +
                                  $"{(v.ReadsLocal ? "read as Jakarta time" : "read as labelled")} " +
                                  $"({v.LocalVotes} texts date the stamp's own day, {v.UtcVotes} the labelled zone's" +
                                  $"{(v.Outlet is not null && v.FromCollection ? "; too few, so as the collection" : "")})");
        }
        var progress = new ProgressPrinter(ctx);
        var report = ingestor.Ingest(StampReader.Apply(InputFiles.Read(paths, ctx.OpenStdin), stamps, calibration), progress, Environment.ProcessorCount);
        progress.Finish();
        return report;
    }

    private static void Summarise(IngestReport report, OutputFormat format, CliContext ctx, string path)
    {
        foreach (var w in report.Warnings.Distinct().Take(50)) ctx.Err.WriteLine($"warning: {w}");
        foreach (var r in report.Rejected.Where(r => r.Kind != RejectionKind.Duplicate)) ctx.Err.WriteLine($"rejected: {r}");
        ctx.Err.WriteLine($"{report.Read} read, {report.Stored} stored, {report.Unchanged} already stored, {report.Duplicates} duplicates, " +
                          $"{report.Rejected.Count - report.Duplicates} rejected; {report.TouchedStories.Count} stories updated in {path}");
        if (format == OutputFormat.Json)
            ctx.Out.WriteLine(JsonSerializer.Serialize(new
            {
                read = report.Read,
                stored = report.Stored,
                unchanged = report.Unchanged,
                duplicates = report.Duplicates,
                rejected = report.Rejected.Select(r => new { source = r.Source, kind = r.Kind, reason = r.Reason }),
                warnings = report.Warnings,
                stories = report.TouchedStories.Order(StringComparer.Ordinal),
            }, TelisikJson.Indented));
    }
}
