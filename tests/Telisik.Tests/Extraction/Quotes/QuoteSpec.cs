using System.Text.RegularExpressions;

namespace Telisik.Tests.Extraction.Quotes;

/// <summary>One example of a spec file: its heading, the input text and the expected lines.</summary>
public sealed record QuoteSpec(string File, string Title, string Text, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{File}: {Title}";

    /// <summary>Reads every example from specs/quotes.*.md in the test output folder.</summary>
    public static IEnumerable<QuoteSpec> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "specs");
        foreach (var file in Directory.GetFiles(folder, "quotes.*.md").Order())
        {
            var lines = System.IO.File.ReadAllLines(file);
            var title = "";
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].StartsWith("## ")) title = lines[i][3..];
                if (lines[i].Trim() != "```text") continue;
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i].Trim() != "```"; i++) body.Add(lines[i]);
                var expected = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith('#') && lines[i].Trim() != "```text"; i++)
                    if (lines[i].StartsWith("- ")) expected.Add(lines[i][2..]);
                i--;
                yield return new QuoteSpec(Path.GetFileName(file), title, string.Join('\n', body), expected);
            }
        }
    }

    /// <summary>The value of <c>key="..."</c> or <c>key=word</c> in an expected line, or null.</summary>
    public static string? Attribute(string line, string key)
    {
        var m = Regex.Match(line, $"\\b{key}=(?:\"([^\"]*)\"|(\\S+))");
        return !m.Success ? null : m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
    }
}
