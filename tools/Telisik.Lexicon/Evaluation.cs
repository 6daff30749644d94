using System.Diagnostics;
using System.Text.Json;
using Telisik.Language;

namespace Telisik.Lexicon;

/// <summary>
/// Measures the language core on the shared data: stemming accuracy on the Sastrawi test pairs (integration and
/// functional, active rows), and language-identification accuracy on IndoSum (all Indonesian) and on the
/// article bodies of the Article Extraction Benchmark (all English). Prints Markdown.
/// </summary>
internal static class Evaluation
{
    public static int Run(string shared)
    {
        var data = Path.Combine(shared, "data");
        var stemmer = new IndonesianStemmer();
        Console.WriteLine("## Stemming (Sastrawi test pairs, active rows)\n");
        foreach (var set in new[] { "integration", "functional" })
        {
            var path = Path.Combine(data, $"sastrawi-tests/test-pairs.{set}.tsv");
            if (!File.Exists(path)) { Console.WriteLine($"- {set}: file absent ({path})"); continue; }
            var rows = File.ReadLines(path).Skip(1).Select(l => l.Split('\t')).Where(f => f.Length >= 3 && f[2] == "active").ToList();
            var failures = new List<string>();
            foreach (var f in rows)
            {
                var got = stemmer.Stem(TextNormalizer.Normalize(f[0]));
                if (got != f[1]) failures.Add($"`{f[0]}` → `{got}` (expected `{f[1]}`)");
            }
            var ok = rows.Count - failures.Count;
            Console.WriteLine($"- **{set}**: {ok}/{rows.Count} = {100.0 * ok / rows.Count:F1} %");
            foreach (var fail in failures) Console.WriteLine($"  - {fail}");
        }

        Console.WriteLine("\n## Language identification\n");
        var tokenizer = new Tokenizer();
        var identifier = new LanguageIdentifier();
        var indosum = Path.Combine(data, "indosum/articles.jsonl");
        if (File.Exists(indosum))
        {
            var texts = File.ReadLines(indosum).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? "");
            Report("IndoSum", "id", texts, tokenizer, identifier);
        }
        else Console.WriteLine($"- IndoSum absent ({indosum})");
        var aeb = Path.Combine(data, "extraction/scrapinghub-aeb/ground-truth.json");
        if (File.Exists(aeb))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(aeb));
            var texts = doc.RootElement.EnumerateObject().Select(p => p.Value.GetProperty("articleBody").GetString() ?? "").ToList();
            Report("AEB ground truth", "en", texts, tokenizer, identifier);
        }
        else Console.WriteLine($"- AEB ground truth absent ({aeb})");
        return 0;
    }

    private static void Report(string name, string expected, IEnumerable<string> texts, Tokenizer tokenizer, LanguageIdentifier identifier)
    {
        int n = 0, ok = 0;
        var wrong = new List<string>();
        var sw = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            n++;
            var guess = identifier.Identify(text, tokenizer.Tokenize(text));
            if (guess.Code == expected) ok++;
            else wrong.Add($"#{n}: `{guess.Code}` ({guess.Confidence:F2}), {text.Length} chars: {Snippet(text)}");
        }
        Console.WriteLine($"- **{name}** (all `{expected}`): {ok}/{n} = {100.0 * ok / Math.Max(1, n):F2} % ({sw.ElapsedMilliseconds} ms)");
        foreach (var w in wrong.Take(20)) Console.WriteLine($"  - {w}");
    }

    private static string Snippet(string text)
    {
        var s = text.Replace('\n', ' ');
        return s.Length > 60 ? s[..60] + "…" : s;
    }
}
