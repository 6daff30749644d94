using System.Text.RegularExpressions;
using Telisik.Extraction.Quotes;

namespace Telisik.Eval.Quotes;

/// <summary>
/// Reads the spec files the tests run (<c>quotes.*.md</c>): each ```text block is an input (one paragraph a line),
/// followed by lines <c>- direct 12-58 speaker="John Kirby" …</c> / <c>- indirect …</c> / <c>- rejected …</c>.
/// </summary>
internal static partial class SpecSet
{
    public static List<EvalDoc> Load(string folder)
    {
        var docs = new List<EvalDoc>();
        foreach (var file in Directory.GetFiles(folder, "quotes.*.md").Order())
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```text") continue;
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++) body.Add(lines[i]);
                var text = string.Join('\n', body);
                var gold = new List<GoldQuote>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```") && !lines[i].StartsWith('#'); i++)
                {
                    var m = Expectation().Match(lines[i]);
                    if (!m.Success) continue;
                    var speaker = Speaker().Match(lines[i]);
                    gold.Add(new GoldQuote(m.Groups[1].Value == "direct" ? QuoteKind.Direct : QuoteKind.Indirect,
                        int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), speaker.Success ? speaker.Groups[1].Value : null));
                }
                i--;
                docs.Add(new EvalDoc($"{Path.GetFileName(file)}:{docs.Count}", text, gold));
            }
        }
        return docs;
    }

    [GeneratedRegex(@"^- (direct|indirect) (\d+)-(\d+)")]
    private static partial Regex Expectation();

    [GeneratedRegex("speaker=\"([^\"]*)\"")]
    private static partial Regex Speaker();
}
