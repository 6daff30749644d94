using System.CommandLine;
using System.Text.Json;
using Telisik.Cleaning;
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
        var cmd = new Command("ingest", "Ingest articles from text and JSONL files into the store") { paths, format };
        cmd.SetAction(parse =>
        {
            var path = StoreLocator.PathFor(parse, db, ctx);
            using var store = Telisik.Sqlite.SqliteArticleStore.Open(path);
            var report = Run(store, parse.GetValue(paths)!, ctx);
            Summarise(report, parse.GetValue(format), ctx, path);
            return report.Rejected.Any(r => r.Kind != RejectionKind.Duplicate) ? ExitCodes.SomeRejected : ExitCodes.Success;
        });
        return cmd;
    }

    /// <summary>Ingests <paramref name="paths"/> into <paramref name="store"/>, showing progress on stderr.</summary>
    public static IngestReport Run(IArticleStore store, IEnumerable<string> paths, CliContext ctx)
    {
        var ingestor = new Ingestor(ArticleCleaner.LoadDefault(), DefaultPipeline.Create(), store, ClusteringStoryAssigner.CreateDefault());
        var progress = new ProgressPrinter(ctx);
        var report = ingestor.Ingest(InputFiles.Read(paths, ctx.OpenStdin), progress, Environment.ProcessorCount);
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
