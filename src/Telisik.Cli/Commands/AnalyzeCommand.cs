using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Telisik.Cleaning;
using Telisik.Cli.Output;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Serialization;

namespace Telisik.Cli.Commands;

/// <summary>
/// <c>telisik analyze [FILE|-]</c>: runs the pipeline on one article (or each record of a JSONL file) without storing
/// it and prints what Telisik understood: language, sentences, tokens with stems, and the extractions.
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var file = new Argument<string>("file") { Description = "A text or JSONL file, or - for stdin", DefaultValueFactory = _ => "-" };
        var published = new Option<string?>("--published") { Description = "Publication time (ISO 8601) to resolve dates against" };
        var format = CliOptions.Format();
        var cmd = new Command("analyze", "Analyse an article without storing it") { file, published, format };
        cmd.SetAction(parse =>
        {
            DateTimeOffset? pub = null;
            if (parse.GetValue(published) is { } p)
            {
                if (!DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    ctx.Err.WriteLine($"error: --published '{p}' is not an ISO 8601 date");
                    return ExitCodes.Usage;
                }
                pub = parsed;
            }
            var path = parse.GetValue(file)!;
            // Stream the inputs; two are looked at ahead to tell one article (indented JSON) from records (JSON lines).
            using var inputs = InputFiles.Read([path], ctx.OpenStdin).GetEnumerator();
            var ahead = new List<ReadResult>();
            while (ahead.Count < 2 && inputs.MoveNext()) ahead.Add(inputs.Current);
            var results = ahead.Concat(Rest(inputs));
            var json = parse.GetValue(format) == OutputFormat.Json;
            var multi = ahead.Count > 1 || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
            var cleaner = ArticleCleaner.LoadDefault();
            var pipeline = DefaultPipeline.Create();
            var failed = 0;
            foreach (var r in results)
            {
                var raw = r.Article;
                var clean = raw is null ? null : cleaner.Clean(pub is null ? raw : raw with { Published = pub });
                if (clean?.Article is null)
                {
                    var rejection = r.Rejection ?? clean!.Rejection!;
                    failed++;
                    ctx.Err.WriteLine($"rejected: {rejection}");
                    if (json && multi)
                        ctx.Out.WriteLine(JsonSerializer.Serialize(new { id = raw?.Id, source = rejection.Source, error = rejection.Reason }, TelisikJson.Compact));
                    continue;
                }
                var view = ArticleView.From(pipeline.Analyze(clean.Article));
                if (json) ctx.Out.WriteLine(JsonSerializer.Serialize(view, multi ? TelisikJson.Compact : TelisikJson.Indented));
                else
                {
                    TextRenderer.Article(ctx.Out, view);
                    ctx.Out.WriteLine($"{view.Sentences!.Count} sentences, {view.Tokens!.Count} tokens");
                    ctx.Out.WriteLine();
                }
            }
            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeRejected;
        });
        return cmd;
    }

    private static IEnumerable<ReadResult> Rest(IEnumerator<ReadResult> inputs)
    {
        while (inputs.MoveNext()) yield return inputs.Current;
    }
}
