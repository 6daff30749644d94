using System.Text.RegularExpressions;
using Telisik.Extraction.Entities;

namespace Telisik.Tests.Extraction.Entities;

/// <summary>Runs the cases of <c>specs/entities.*.md</c>: paragraphs with the entities and aliases they must yield.</summary>
public partial class EntitySpecTests
{
    private static readonly ShippedRecognizer Engine = new();

    public sealed record SpecCase(string File, string Title, string Text, IReadOnlyList<string> Expectations)
    {
        public override string ToString() => $"{File}: {Title}";
    }

    public static TheoryData<SpecCase> Cases()
    {
        var data = new TheoryData<SpecCase>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "specs"), "entities.*.md").Order())
        {
            string? title = null;
            var text = new List<string>();
            var expectations = new List<string>();
            foreach (var line in File.ReadLines(path).Append("## end"))
            {
                if (line.StartsWith("## "))
                {
                    if (title is not null && text.Count > 0) data.Add(new SpecCase(Path.GetFileName(path), title, string.Join(" ", text), expectations.ToList()));
                    title = line[3..].Trim();
                    text.Clear();
                    expectations.Clear();
                }
                else if (title is not null && line.StartsWith("> ")) text.Add(line[2..].Trim());
                else if (title is not null && (line.StartsWith("- entity ") || line.StartsWith("- not "))) expectations.Add(line[2..]);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_paragraph_yields_the_listed_entities_and_aliases(SpecCase spec)
    {
        var language = spec.File.Contains(".en.") ? "en" : "id";
        var entities = Engine.Recognize(spec.Text, language);
        var found = string.Join("\n", entities.Select(e => $"{e.Type} \"{e.Name}\": {string.Join(" | ", e.Mentions.Select(m => m.Text).Distinct())}"));
        Assert.NotEmpty(spec.Expectations);
        foreach (var expectation in spec.Expectations)
        {
            var m = ExpectationPattern().Match(expectation);
            Assert.True(m.Success, $"Malformed expectation '{expectation}'.");
            var type = Enum.Parse<EntityType>(m.Groups["type"].Value);
            var name = m.Groups["name"].Value;
            var surfaces = m.Groups["surfaces"].Value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var entity = entities.SingleOrDefault(e => e.Type == type && e.Name == name);
            Assert.True(entity is not null, $"{spec}: no {type} \"{name}\". Found:\n{found}");
            var texts = entity.Mentions.Select(x => x.Text).ToHashSet();
            foreach (var surface in surfaces)
            {
                var present = texts.Contains(surface);
                Assert.True(m.Groups["kind"].Value == "entity" ? present : !present,
                    $"{spec}: {expectation} failed. Found:\n{found}");
            }
        }
        foreach (var e in entities)
            foreach (var mention in e.Mentions)
                Assert.Equal(mention.Text, spec.Text[mention.Start..mention.End]);
    }

    [GeneratedRegex("""^(?<kind>entity|not) (?<type>\w+) "(?<name>[^"]+)": (?<surfaces>.+)$""")]
    private static partial Regex ExpectationPattern();
}
