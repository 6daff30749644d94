using System.Collections.Frozen;

namespace Telisik.Language;

/// <summary>
/// English stemmer: Porter2 (the Snowball English stemmer), written from its published description
/// (snowballstem.org/algorithms/english/stemmer.html). Input is a lower-case word; results are cached.
/// Thread-safe.
/// </summary>
public sealed partial class EnglishStemmer : IStemmer
{
    /// <summary>Longest word analysed; longer ones come back unchanged.</summary>
    public const int MaxWordLength = 40;

    private static readonly FrozenDictionary<string, string> Exceptions1 = new Dictionary<string, string>
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Exceptions2 =
        new[] { "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly StemCache _cache;

    /// <summary>A stemmer with a cache of <see cref="StemCache.DefaultCapacity"/> words.</summary>
    public EnglishStemmer() : this(StemCache.DefaultCapacity) { }

    /// <summary>A stemmer with a cache of <paramref name="cacheCapacity"/> words.</summary>
    public EnglishStemmer(int cacheCapacity) => _cache = new StemCache(cacheCapacity);

    /// <inheritdoc />
    public string Stem(string word) => Stem(word.AsSpan());

    /// <summary>The stem of a lower-case word. Allocates only on a cache miss.</summary>
    public string Stem(ReadOnlySpan<char> word)
    {
        if (_cache.TryGet(word, out var stem)) return stem;
        var w = word.ToString();
        stem = Compute(w);
        _cache.Add(w, stem);
        return stem;
    }

    private static string Compute(string word)
    {
        if (word.Length > MaxWordLength) return word;
        foreach (var c in word) if (c is not ((>= 'a' and <= 'z') or '\'')) return word;
        if (word.Length <= 2) return word;
        if (Exceptions1.TryGetValue(word, out var exception)) return exception;
        var w = new Porter2Word(word);
        if (w.Length <= 2) return w.ToString();
        w.Step0();
        w.Step1a();
        if (Exceptions2.Contains(w.ToString())) return w.ToString();
        w.Step1b();
        w.Step1c();
        w.Step2();
        w.Step3();
        w.Step4();
        w.Step5();
        return w.ToString();
    }
}
