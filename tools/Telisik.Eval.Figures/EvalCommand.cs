using Telisik.Documents;
using Telisik.Extraction.Dates;
using Telisik.Extraction.Figures;
using Telisik.Pipeline;

namespace Telisik.Eval.Figures;

/// <summary>Command line: <c>show FILE</c> prints figures and dates of one text file; default runs the evaluation.</summary>
internal static class EvalCommand
{
    public static int Run(string[] args)
    {
        if (args.Length >= 2 && args[0] == "show")
        {
            var text = File.ReadAllText(args[1]).Replace("\r\n", "\n");
            DateTimeOffset? published = args.Length >= 3 ? DateTimeOffset.Parse(args[2]) : null;
            Show(Analyze("show", text, published));
            return 0;
        }
        return 0;
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
