using System.Collections.Frozen;

namespace Telisik.Language;

/// <summary>
/// Character n-gram profiles of Latin-script languages, after Cavnar &amp; Trenkle's TextCat: a profile ranks a
/// language's most frequent n-grams of 1 to <see cref="MaxNgramLength"/> letters, each word padded with '_'
/// ("_the_" gives _, t, _t, _th, the_, …). A text is ranked the same way and compared with every profile by the
/// out-of-place distance. It tells languages apart where function words are too few to count, as in a sports box
/// score of names and numbers. Loaded from <c>languages/ngram-profiles.txt</c> (lines <c>code ngram ngram …</c>,
/// most frequent first), built by <c>tools/Telisik.Lexicon</c>. Immutable and thread-safe.
/// </summary>
public sealed class LanguageProfiles
{
    /// <summary>Longest n-gram, in characters including the '_' padding.</summary>
    public const int MaxNgramLength = 5;

    /// <summary>Fewest letters a text needs before its profile is trusted.</summary>
    public const int MinLetters = 200;

    /// <summary>Letters read; enough for a stable ranking, and bounds the cost of huge inputs.</summary>
    public const int MaxLetters = 20_000;

    /// <summary>
    /// Smallest share of a text's letters that must be Latin: the profiles are of Latin-script languages, and a Korean
    /// or Japanese page quoting a few English names must not be matched on those names.
    /// </summary>
    public const double MinLatinShare = 0.9;

    /// <summary>Longest run of letters read as one word; longer runs are cut (hostile input).</summary>
    private const int MaxWordLetters = 64;

    private static readonly Lazy<LanguageProfiles> Default = new(() => Parse(LanguageData.ReadLines("languages/ngram-profiles.txt")));

    private readonly string[] _codes;
    private readonly int _size;
    // One table for all languages: an n-gram's rank in each profile (-1 when absent).
    private readonly FrozenDictionary<string, short[]> _ranks;
    private readonly FrozenDictionary<string, short[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private LanguageProfiles(string[] codes, int size, Dictionary<string, short[]> ranks)
    {
        _codes = codes;
        _size = size;
        _ranks = ranks.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _ranks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped profiles, loaded on first use.</summary>
    public static LanguageProfiles Shipped => Default.Value;

    /// <summary>Builds profiles from lines <c>code ngram ngram …</c>, all of the same length.</summary>
    /// <exception cref="InvalidDataException">Fewer than two profiles, profiles of different lengths, a repeated n-gram or language.</exception>
    public static LanguageProfiles Parse(IEnumerable<string> lines)
    {
        var profiles = lines.Select(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (profiles.Count < 2) throw new InvalidDataException("Language profiles: at least two languages are needed.");
        var size = profiles[0].Length - 1;
        if (size < 1 || size > short.MaxValue) throw new InvalidDataException($"Language profile '{profiles[0][0]}' has no n-grams.");
        var codes = profiles.Select(p => p[0]).ToArray();
        if (codes.Distinct().Count() != codes.Length) throw new InvalidDataException("Language profiles: a language is listed twice.");
        var ranks = new Dictionary<string, short[]>(StringComparer.Ordinal);
        for (var lang = 0; lang < profiles.Count; lang++)
        {
            var p = profiles[lang];
            if (p.Length - 1 != size)
                throw new InvalidDataException($"Language profile '{p[0]}' has {p.Length - 1} n-grams; '{codes[0]}' has {size}.");
            for (var rank = 0; rank < size; rank++)
            {
                var gram = p[rank + 1];
                if (gram.Length > MaxNgramLength) throw new InvalidDataException($"Language profile '{p[0]}': n-gram '{gram}' is too long.");
                if (!ranks.TryGetValue(gram, out var row)) ranks[gram] = row = Enumerable.Repeat((short)-1, profiles.Count).ToArray();
                if (row[lang] >= 0) throw new InvalidDataException($"Language profile '{p[0]}': n-gram '{gram}' is listed twice.");
                row[lang] = (short)rank;
            }
        }
        return new LanguageProfiles(codes, size, ranks);
    }

    /// <summary>The languages profiled, e.g. en, id, de.</summary>
    public IReadOnlyList<string> Languages => _codes;

    /// <summary>Number of ranked n-grams in each profile.</summary>
    public int Size => _size;

    /// <summary>
    /// The profile nearest to the words of <paramref name="text"/> (tokenized as <paramref name="tokens"/>), or null
    /// when the text has fewer than <see cref="MinLetters"/> letters or less than <see cref="MinLatinShare"/> of them
    /// are Latin. Allocates the text's n-gram counts.
    /// </summary>
    public ProfileMatch? Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var (letters, latin) = CountLetters(text, tokens);
        if (letters < MinLetters || latin < MinLatinShare * letters) return null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        CountNgrams(text, tokens, counts);
        var ranked = Rank(counts, _size);
        var distances = new long[_codes.Length];
        for (var i = 0; i < ranked.Count; i++)
        {
            var row = _lookup.TryGetValue(ranked[i], out var r) ? r : null;
            for (var lang = 0; lang < _codes.Length; lang++)
                distances[lang] += row is null || row[lang] < 0 ? _size : Math.Abs(i - row[lang]);
        }
        int best = 0, second = 1;
        if (distances[second] < distances[best]) (best, second) = (second, best);
        for (var lang = 2; lang < _codes.Length; lang++)
        {
            if (distances[lang] < distances[best]) (best, second) = (lang, best);
            else if (distances[lang] < distances[second]) second = lang;
        }
        var scale = (double)ranked.Count * _size;
        return new ProfileMatch(_codes[best], distances[best] / scale, distances[second] / scale);
    }

    /// <summary>
    /// Adds the n-grams of the words of <paramref name="text"/> to <paramref name="counts"/>: each run of letters,
    /// lower-cased and padded with '_', gives its n-grams of 1 to <see cref="MaxNgramLength"/> characters. Reads at
    /// most <see cref="MaxLetters"/> letters.
    /// </summary>
    public static void CountNgrams(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Dictionary<string, int> counts)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> word = stackalloc char[MaxWordLetters + 2];
        var read = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            var s = t.Of(text);
            for (var i = 0; i < s.Length && read < MaxLetters;)
            {
                if (!char.IsLetter(s[i])) { i++; continue; }
                var n = 0;
                word[n++] = '_';
                for (; i < s.Length && char.IsLetter(s[i]); i++)
                    if (n <= MaxWordLetters) word[n++] = char.ToLowerInvariant(s[i]);
                word[n++] = '_';
                read += n - 2;
                for (var length = 1; length <= MaxNgramLength; length++)
                    for (var start = 0; start + length <= n; start++)
                    {
                        var gram = word.Slice(start, length);
                        lookup[gram] = lookup.TryGetValue(gram, out var c) ? c + 1 : 1;
                    }
            }
            if (read >= MaxLetters) break;
        }
    }

    /// <summary>The <paramref name="size"/> most frequent n-grams, most frequent first (ties in ordinal order).</summary>
    public static List<string> Rank(Dictionary<string, int> counts, int size) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(size).Select(kv => kv.Key).ToList();

    private static (int Letters, int Latin) CountLetters(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        int letters = 0, latin = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            foreach (var c in t.Of(text))
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF') latin++;
            }
            if (letters >= MaxLetters) break;
        }
        return (letters, latin);
    }
}
