using System.Globalization;
using System.Text.Json;
using Telisik.Language;

namespace Telisik.Lexicon;

/// <summary>
/// Writes the stem the language core gives every Indonesian word type of IndoSum (surface form as written, stem,
/// occurrences), through the same path as the pipeline (tokens, sentences, language, stem stage). Two dumps made
/// before and after a stemmer change show which word types change stem: <c>stems --out before.tsv</c>, change,
/// <c>stems --out after.tsv --diff before.tsv</c>.
/// </summary>
internal static class StemDump
{
    public static int Run(string shared, string output, string? diffWith)
    {
        var path = Path.Combine(shared, "data/indosum/articles.jsonl");
        if (!File.Exists(path)) { Console.Error.WriteLine($"IndoSum absent ({path}); nothing written."); return 2; }
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var identifier = new LanguageIdentifier();
        var stems = new StemStage(new IndonesianStemmer(), new EnglishStemmer());
        var types = new Dictionary<string, (string Stem, int Count)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "";
            var tokens = tokenizer.Tokenize(text);
            var language = identifier.Identify(text, tokens).Code;
            if (language != "id") continue;
            var result = stems.Stem(text, tokens, splitter.Split(text, tokens), language);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (result[i] is not { } stem) continue;
                var surface = text.Substring(tokens[i].Start, tokens[i].Length);
                // A surface form is stemmed one way at a sentence start and another inside one (names): keep both.
                var key = surface + "\t" + stem;
                types[key] = (stem, types.GetValueOrDefault(key).Count + 1);
            }
        }
        using (var w = new StreamWriter(output) { NewLine = "\n" })
            foreach (var (key, (_, count)) in types.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                w.WriteLine($"{key}\t{count.ToString(CultureInfo.InvariantCulture)}");
        Console.WriteLine($"{types.Count} (surface, stem) pairs of {types.Select(kv => kv.Key[..kv.Key.IndexOf('\t')]).Distinct().Count()} surface forms written to {output}");
        if (diffWith is not null) Diff(diffWith, output);
        return 0;
    }

    /// <summary>Prints the surface forms whose stems differ between two dumps, grouped by old → new stem.</summary>
    private static void Diff(string before, string after)
    {
        static Dictionary<string, (string Stems, int Count)> Read(string file) => File.ReadLines(file)
            .Select(l => l.Split('\t'))
            .GroupBy(f => f[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string.Join('|', g.Select(f => f[1]).Order(StringComparer.Ordinal)),
                g.Sum(f => int.Parse(f[2], CultureInfo.InvariantCulture))), StringComparer.Ordinal);
        var a = Read(before);
        var b = Read(after);
        var changed = a.Where(kv => b.TryGetValue(kv.Key, out var n) && n.Stems != kv.Value.Stems)
            .Select(kv => (Surface: kv.Key, Change: $"{kv.Value.Stems} → {b[kv.Key].Stems}", kv.Value.Count)).ToList();
        var lower = changed.Select(c => c.Surface.ToLowerInvariant()).Distinct().Count();
        Console.WriteLine($"{changed.Count} of {a.Count} surface forms ({lower} lower-case word types, "
            + $"{changed.Sum(c => c.Count)} tokens) changed stem");
        foreach (var g in changed.GroupBy(c => c.Change).OrderByDescending(g => g.Sum(c => c.Count)))
            Console.WriteLine($"  {g.Key}\t{g.Sum(c => c.Count)} tokens\t{string.Join(' ', g.Select(c => c.Surface).Take(8))}");
    }
}
