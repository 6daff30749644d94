using System.Globalization;
using System.Text.RegularExpressions;

namespace Telisik.Tests.Extraction.Specs;

/// <summary>
/// Reads spec files (<c>specs/*.md</c>): prose, then cases of the form
/// <c>## title</c>, optional <c>language: en</c> and <c>published: ISO</c>, <c>&gt; paragraph</c> (several lines are
/// paragraphs of one text), and lines
/// <c>figure 23-29 "12.000" value=12000 approx=exact</c> or <c>none</c>.
/// </summary>
public static partial class SpecFile
{
    /// <summary>The cases of one spec file in the test output's <c>specs/</c> folder.</summary>
    public static IReadOnlyList<SpecCase> Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "specs", name);
        var cases = new List<SpecCase>();
        string? title = null, text = null, language = null;
        DateTimeOffset? published = null;
        var spans = new List<SpecSpan>();
        void Flush()
        {
            if (title is not null && text is not null)
                cases.Add(new SpecCase(name, title, text, language ?? (name.Contains(".en.") ? "en" : "id"), published, spans));
            title = null; text = null; language = null; published = null; spans = [];
        }
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal)) { Flush(); title = line[3..]; continue; }
            if (title is null) continue;
            // Consecutive '>' lines are paragraphs of one text, joined by a line break.
            if (line.StartsWith("> ", StringComparison.Ordinal)) text = text is null ? line[2..] : text + "\n" + line[2..];
            else if (line.StartsWith("language: ", StringComparison.Ordinal)) language = line[10..];
            else if (line.StartsWith("published: ", StringComparison.Ordinal)) published = DateTimeOffset.Parse(line[11..], CultureInfo.InvariantCulture);
            else if (SpanLine().Match(line) is { Success: true } m)
            {
                var attrs = new Dictionary<string, string?>();
                foreach (Match a in Attribute().Matches(m.Groups[5].Value))
                {
                    var v = a.Groups[3].Success ? a.Groups[3].Value : a.Groups[2].Value;
                    attrs[a.Groups[1].Value] = v == "null" && !a.Groups[3].Success ? null : v;
                }
                spans.Add(new SpecSpan(m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                    int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), m.Groups[4].Value.Replace("\\\"", "\""), attrs));
            }
        }
        Flush();
        return cases;
    }

    // The evidence is quoted; a quote inside it is written \" ("hari Jum\"at (21/7)").
    [GeneratedRegex("""^(figure|date) (\d+)-(\d+) "((?:[^"\\]|\\")*)"(.*)$""")]
    private static partial Regex SpanLine();

    [GeneratedRegex("""(\w+)=("([^"]*)"|\S+)""")]
    private static partial Regex Attribute();
}
