using System.Globalization;
using System.Text.Json;
using Telisik.Language;

namespace Telisik.Lexicon;

/// <summary>
/// Builds <c>languages/id/root-frequencies.txt</c>: for the roots of the lexicon that compete as readings of one
/// prefixed form (alah and kalah are both behind "mengalah", mohon and pohon behind "memohon", asa and rasa behind
/// "terasa"), how often IndoSum writes each in a di- form (dikalahkan, dimohon: the passive takes the roots of meN-
/// without recoding them) and as a word of its own, in lower case. Only rivals IndoSum uses are written, so the table
/// stays small; the stemmer counts a missing root as never seen.
/// </summary>
internal static class RootFrequencyBuilder
{
    public static int Run(string shared, string output)
    {
        var path = Path.Combine(shared, "data/indosum/articles.jsonl");
        if (!File.Exists(path)) { Console.Error.WriteLine($"IndoSum absent ({path}); nothing written."); return 2; }
        var roots = LanguageData.ReadLines("languages/id/root-words.txt").Select(l => l.Split('/')[0]).ToList();
        var rivals = Rivals(roots);

        var counts = new Dictionary<string, RootCount>(StringComparer.Ordinal);
        var tokenizer = new Tokenizer();
        var articles = 0;
        foreach (var line in File.ReadLines(path))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "";
            articles++;
            foreach (var t in tokenizer.Tokenize(text))
            {
                if (t.Kind != TokenKind.Word) continue;
                var word = text.AsSpan(t.Start, t.Length);
                // Written in lower case: a common word, not a name (Ira is a name, ira a root).
                if (word.ContainsAnyInRange('A', 'Z')) continue;
                var form = TextNormalizer.Normalize(word);
                if (rivals.Contains(form))
                {
                    var c = counts.GetValueOrDefault(form);
                    counts[form] = c with { Written = c.Written + 1 };
                }
                else if (PassiveRoot(form, rivals) is { } root)
                {
                    var c = counts.GetValueOrDefault(root);
                    counts[root] = c with { Passive = c.Passive + 1 };
                }
            }
        }

        var kept = counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        using (var w = new StreamWriter(output) { NewLine = "\n" })
        {
            w.WriteLine("# Indonesian roots that compete as readings of one prefixed form (mengalah: alah or kalah; memohon: mohon or");
            w.WriteLine("# pohon), with how often IndoSum writes each, in lower case, in a di- form (dikalahkan, dimohon) and as a word");
            w.WriteLine($"# of its own: 'root passive written'. IndoSum: {articles} articles, Kurniawan & Louvan 2018, CC-BY-SA 4.0.");
            w.WriteLine("# Rivals IndoSum never uses are left out (counts 0). No text of the corpus is included. See languages/NOTICE.md.");
            w.WriteLine("# Rebuilt by: dotnet run --project tools/Telisik.Lexicon -- frequencies. Do not edit by hand.");
            foreach (var (root, n) in kept)
                w.WriteLine($"{root} {n.Passive.ToString(CultureInfo.InvariantCulture)} {n.Written.ToString(CultureInfo.InvariantCulture)}");
        }
        Console.WriteLine($"{rivals.Count} rival roots in the lexicon; the {kept.Count} that IndoSum uses written to {output}");
        return 0;
    }

    /// <summary>The rival root of a di- form (dikalahkan, dimohon, dikunjunginya), or null.</summary>
    private static string? PassiveRoot(string word, HashSet<string> rivals)
    {
        if (!word.StartsWith("di", StringComparison.Ordinal)) return null;
        var rest = word[2..];
        foreach (var clitic in (ReadOnlySpan<string>)["nya", "lah", "pun", "kah", "ku", "mu"])
            if (rest.EndsWith(clitic, StringComparison.Ordinal)) { rest = rest[..^clitic.Length]; break; }
        foreach (var suffix in (ReadOnlySpan<string>)["", "kan", "i"])
        {
            if (!rest.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var root = rest[..^suffix.Length];
            if (rivals.Contains(root)) return root;
        }
        return null;
    }

    /// <summary>Roots that share a prefixed surface form with another root under the prefixes' recoding rules.</summary>
    internal static HashSet<string> Rivals(IEnumerable<string> roots)
    {
        var bySurface = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (root.Length < IndonesianStemmer.MinRootLength || root.Contains('-')) continue;
            foreach (var surface in PrefixedForms(root))
            {
                if (!bySurface.TryGetValue(surface, out var list)) bySurface[surface] = list = [];
                if (!list.Contains(root)) list.Add(root);
            }
        }
        return bySurface.Values.Where(l => l.Count > 1).SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The forms meN-, peN-, ber-, ter-, per- and pe- give a root (the stemmer's rules run forwards).</summary>
    internal static IEnumerable<string> PrefixedForms(string root)
    {
        var nasal = NasalTail(root);
        if (nasal is not null)
        {
            yield return "me" + nasal;
            yield return "pe" + nasal;
        }
        if (root.Count(IsVowel) == 1) yield return "menge" + root; // monosyllables: mengebom
        var r = root[0] == 'r';
        yield return (r ? "be" : "ber") + root;
        yield return (r ? "te" : "ter") + root;
        yield return (r ? "pe" : "per") + root;
        if (!IsVowel(root[0]) && root[0] is not ('r' or 'w' or 'y' or 'l' or 'm' or 'n')) yield return "pe" + root; // petani
    }

    /// <summary>What follows me-/pe- in meN-/peN- + root: ng+V, ng+(k)V, m+(p)V, n+(t)V, ny+(s)V, the root as is.</summary>
    private static string? NasalTail(string root)
    {
        var c = root[0];
        var vowelNext = root.Length > 1 && IsVowel(root[1]);
        if (IsVowel(c) || c is 'g' or 'h' or 'q') return "ng" + root;
        if (c == 'k') return vowelNext ? "ng" + root[1..] : "ng" + root;
        if (c == 'p') return vowelNext ? "m" + root[1..] : "m" + root;
        if (c is 'b' or 'f' or 'v') return "m" + root;
        if (c == 't') return vowelNext ? "n" + root[1..] : "n" + root;
        if (c is 'c' or 'd' or 'j' or 'z') return "n" + root;
        if (c == 's') return vowelNext ? "ny" + root[1..] : "n" + root;
        if (c is 'l' or 'r' or 'w' or 'y' or 'm' or 'n') return root;
        return null;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
