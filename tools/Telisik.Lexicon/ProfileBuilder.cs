using System.Text.Json;
using Telisik.Language;

namespace Telisik.Lexicon;

/// <summary>
/// Builds <c>languages/ngram-profiles.txt</c>, the character n-gram profiles the language identifier falls back on
/// when a text has too few function words. Indonesian is ranked from IndoSum's news (the language the engine reads
/// most, in the register it reads); English and the other Latin-script languages the identifier must tell apart
/// from them come from libexttextcat's fingerprints (Debian package libexttextcat-data, BSD licence: WiseGuys
/// Internet B.V.), lower-cased, with their punctuation n-grams dropped.
/// </summary>
internal static class ProfileBuilder
{
    /// <summary>
    /// Ranked n-grams read per language: TextCat's usual profile size. Case folding merges some of a fingerprint's
    /// n-grams and its punctuation is dropped, so every profile is then cut to the shortest one's length.
    /// </summary>
    public const int Size = 400;

    /// <summary>The libexttextcat languages taken: English, and the Latin-script languages most often met beside it.</summary>
    public static readonly string[] FingerprintLanguages = ["en", "de", "es", "fr", "it", "nl", "pt", "pl", "sv", "da"];

    public static int Run(string shared, string textcat, string output)
    {
        var indosum = Path.Combine(shared, "data/indosum/articles.jsonl");
        if (!File.Exists(indosum)) { Console.Error.WriteLine($"IndoSum absent ({indosum}); nothing written."); return 2; }
        var missing = FingerprintLanguages.Where(c => !File.Exists(Path.Combine(textcat, c + ".lm"))).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"libexttextcat fingerprints absent in {textcat} ({string.Join(", ", missing)}): "
                + "apt-get install libexttextcat-data, or pass --textcat DIR. Nothing written.");
            return 2;
        }

        var profiles = new List<(string Code, List<string> Ngrams)> { ("id", Indonesian(indosum)) };
        foreach (var code in FingerprintLanguages)
            profiles.Add((code, Fingerprint(Path.Combine(textcat, code + ".lm"))));
        var size = profiles.Min(p => p.Ngrams.Count);
        profiles = [.. profiles.OrderBy(p => p.Code == "en" ? 0 : p.Code == "id" ? 1 : 2).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => (p.Code, p.Ngrams.Take(size).ToList()))];

        using (var w = new StreamWriter(output) { NewLine = "\n" })
        {
            w.WriteLine($"# Character n-gram profiles (1-5 letters, words padded with '_'), {size} per language, most frequent first.");
            w.WriteLine("# id: ranked from IndoSum (Kurniawan & Louvan 2018, CC-BY-SA 4.0). Others: libexttextcat fingerprints");
            w.WriteLine("# (Copyright 2003 WiseGuys Internet B.V., BSD licence), lower-cased. See languages/NOTICE.md.");
            w.WriteLine("# Rebuilt by: dotnet run --project tools/Telisik.Lexicon -- profiles [--textcat DIR]. Do not edit by hand.");
            foreach (var (code, ngrams) in profiles) w.WriteLine(code + " " + string.Join(' ', ngrams));
        }
        Console.WriteLine($"{profiles.Count} profiles of {size} n-grams written to {output}: {string.Join(' ', profiles.Select(p => p.Code))}");
        return 0;
    }

    private static List<string> Indonesian(string path)
    {
        var tokenizer = new Tokenizer();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "";
            LanguageProfiles.CountNgrams(text, tokenizer.Tokenize(text), counts);
        }
        return LanguageProfiles.Rank(counts, Size);
    }

    /// <summary>A libexttextcat fingerprint (lines <c>ngram TAB count</c>), case folded and merged, letters and '_' only.</summary>
    private static List<string> Fingerprint(string path)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t', 2);
            var gram = f[0].Trim().ToLowerInvariant();
            if (gram.Length == 0 || gram.Length > LanguageProfiles.MaxNgramLength || f.Length < 2) continue;
            if (!gram.All(c => c == '_' || char.IsLetter(c))) continue;
            if (!int.TryParse(f[1].Trim(), out var n)) continue;
            counts[gram] = counts.GetValueOrDefault(gram) + n;
        }
        return LanguageProfiles.Rank(counts, Size);
    }
}
