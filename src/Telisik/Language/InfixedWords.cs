using System.Collections.Frozen;

namespace Telisik.Language;

/// <summary>
/// Indonesian words formed with an infix (-el-, -em-, -er-, -in- after the first consonant: t-el-unjuk, g-em-etar,
/// s-er-uling, k-in-erja) or a reduplicated first syllable (Ce-: le-lembut, re-rata, we-wenang), whose root the
/// stemmer returns. Neither process is productive any more, and most words of these shapes are unrelated roots
/// (kelas is not k-el-as, seminar not s-em-inar, tetangga not te-tangga), so only the words listed in
/// <c>languages/id/infixed-words.txt</c> are reduced. Immutable and thread-safe.
/// </summary>
public sealed class InfixedWords
{
    private static readonly Lazy<InfixedWords> Default = new(() => Parse(LanguageData.ReadLines("languages/id/infixed-words.txt")));

    private static readonly string[] Infixes = ["el", "em", "er", "in"];

    private readonly FrozenDictionary<string, string[]> _roots;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private InfixedWords(Dictionary<string, string[]> roots)
    {
        _roots = roots.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _roots.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped list, loaded on first use.</summary>
    public static InfixedWords Indonesian => Default.Value;

    /// <summary>An empty list.</summary>
    public static InfixedWords Empty { get; } = new([]);

    /// <summary>Builds the table from words (white-space separated).</summary>
    /// <exception cref="InvalidDataException">A word that has neither shape.</exception>
    public static InfixedWords Parse(IEnumerable<string> lines)
    {
        var roots = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var word in lines.SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        {
            var candidates = Candidates(word);
            if (candidates.Length == 0)
                throw new InvalidDataException($"Infixed word '{word}' is neither C+el/em/er/in+… nor Ce+C… in lower case.");
            roots[word] = candidates;
        }
        return new InfixedWords(roots);
    }

    /// <summary>Number of words.</summary>
    public int Count => _roots.Count;

    /// <summary>
    /// The roots <paramref name="word"/> may come from when it is listed (reduplication first: rerata is re-rata
    /// before r-er-ata), else none. The stemmer takes the first that its lexicon holds.
    /// </summary>
    public ReadOnlySpan<string> RootsOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var r) ? r : [];

    /// <summary>The readings a word's shape allows: Ce-reduplication (word minus its first two letters), infix.</summary>
    public static string[] Candidates(string word)
    {
        if (word.Length < 5 || word.Any(c => c is not (>= 'a' and <= 'z')) || IsVowel(word[0])) return [];
        var result = new List<string>(2);
        if (word[1] == 'e' && word[2] == word[0]) result.Add(word[2..]);
        if (Infixes.Contains(word[1..3])) result.Add(word[0] + word[3..]);
        return [.. result.Distinct()];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
