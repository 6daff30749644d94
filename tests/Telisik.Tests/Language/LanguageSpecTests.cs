using Telisik.Language;

namespace Telisik.Tests.Language;

/// <summary>Runs the cases of <c>specs/language/*.md</c> (format in that folder's README).</summary>
public class LanguageSpecTests
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();
    private static readonly LanguageIdentifier Identifier = new();
    private static readonly StemStage Stems = new(new IndonesianStemmer(), new EnglishStemmer());

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in LanguageSpec.LoadAll()) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_holds(string name)
    {
        var spec = LanguageSpec.LoadAll().Single(c => c.Name == name);
        var text = spec.Input;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = Splitter.Split(text, tokens);
        var language = Identifier.Identify(text, tokens);
        var stems = Stems.Stem(text, tokens, sentences, language.Code);

        var expectedSentences = spec.Expectations.Where(e => e.Key == "sentence").Select(e => e.Value).ToList();
        if (expectedSentences.Count > 0)
            Assert.Equal(expectedSentences, sentences.Select(s => text[s.Start..s.End]).ToList());

        foreach (var (key, value) in spec.Expectations)
        {
            switch (key)
            {
                case "token":
                {
                    var space = value.LastIndexOf(' ');
                    var (want, kind) = (value[..space], Enum.Parse<TokenKind>(value[(space + 1)..]));
                    Assert.True(tokens.Any(t => text[t.Start..t.End] == want && t.Kind == kind),
                        $"no {kind} token '{want}' in: {string.Join(" | ", tokens.Select(t => $"{text[t.Start..t.End]}:{t.Kind}"))}");
                    break;
                }
                case "no-token":
                    Assert.DoesNotContain(tokens, t => text[t.Start..t.End] == value);
                    break;
                case "stem":
                {
                    var parts = value.Split(" -> ");
                    var index = Array.FindIndex(tokens, t => text[t.Start..t.End] == parts[0]);
                    Assert.True(index >= 0, $"no token '{parts[0]}'");
                    Assert.Equal(parts[1], stems[index]);
                    break;
                }
                case "language":
                    Assert.Equal(value, language.Code);
                    break;
                case "sentence":
                    break;
                default:
                    Assert.Fail($"unknown expectation '{key}' in spec '{name}'");
                    break;
            }
        }
    }
}

/// <summary>One spec case: a titled input and its expectations.</summary>
public sealed record LanguageSpec(string Name, string Input, List<KeyValuePair<string, string>> Expectations)
{
    /// <summary>Every case of every spec file in <c>specs/language</c>.</summary>
    public static IReadOnlyList<LanguageSpec> LoadAll()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "specs", "language");
        var result = new List<LanguageSpec>();
        foreach (var file in Directory.GetFiles(folder, "*.md").Order())
        {
            if (Path.GetFileName(file) == "README.md") continue;
            result.AddRange(Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllLines(file)));
        }
        return result;
    }

    private static IEnumerable<LanguageSpec> Parse(string prefix, string[] lines)
    {
        string? title = null;
        var input = new List<string>();
        var expectations = new List<KeyValuePair<string, string>>();
        var inBlock = false;
        foreach (var line in lines)
        {
            if (inBlock)
            {
                if (line.StartsWith("```")) inBlock = false;
                else input.Add(line);
                continue;
            }
            if (line.StartsWith("## "))
            {
                if (title is not null) yield return new($"{prefix}: {title}", string.Join('\n', input), expectations);
                title = line[3..].Trim();
                input = [];
                expectations = [];
            }
            else if (line.StartsWith("```text")) inBlock = true;
            else if (line.StartsWith("- ") && title is not null && line.IndexOf(": ", StringComparison.Ordinal) is var colon and > 2)
                expectations.Add(new(line[2..colon], line[(colon + 2)..]));
        }
        if (title is not null) yield return new($"{prefix}: {title}", string.Join('\n', input), expectations);
    }
}
