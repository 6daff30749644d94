using System.Collections.Frozen;

namespace Telisik.Language;

/// <summary>
/// Indonesian root words with the affix families each accepts, from <c>languages/id/root-words.txt</c> (lines
/// <c>word</c> or <c>word/FAMILIES</c>, built by <c>tools/Telisik.Lexicon</c> from Hunspell's id_ID). A family is
/// a letter: upper case a prefix (B ber-, D di-, K ke-, M meN-, P peN-, R per-, S se-, T ter-, O ku-/kau-),
/// lower case a suffix. Lower-case entries only: proper nouns are not roots. Immutable and thread-safe.
/// </summary>
public sealed class RootLexicon
{
    private static readonly Lazy<RootLexicon> Default = new(() => Parse(LanguageData.ReadLines("languages/id/root-words.txt")));

    private readonly FrozenDictionary<string, string> _roots;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private RootLexicon(Dictionary<string, string> roots)
    {
        _roots = roots.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _roots.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped Indonesian lexicon, loaded on first use.</summary>
    public static RootLexicon Indonesian => Default.Value;

    /// <summary>Builds a lexicon from lines <c>word</c> or <c>word/FAMILIES</c>.</summary>
    /// <exception cref="InvalidDataException">No entries, or an entry that is not a lower-case word.</exception>
    public static RootLexicon Parse(IEnumerable<string> lines)
    {
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var slash = line.IndexOf('/');
            var word = slash < 0 ? line : line[..slash];
            if (word.Length == 0 || word.Any(char.IsUpper) || word.Any(char.IsWhiteSpace))
                throw new InvalidDataException($"Root lexicon entry '{line}' is not a lower-case word.");
            roots[word] = slash < 0 ? "" : line[(slash + 1)..];
        }
        if (roots.Count == 0) throw new InvalidDataException("The root lexicon has no entries.");
        return new RootLexicon(roots);
    }

    /// <summary>Number of roots.</summary>
    public int Count => _roots.Count;

    /// <summary>True when <paramref name="word"/> (lower case) is a root.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>True when <paramref name="word"/> is a root whose entry names <paramref name="family"/>.</summary>
    public bool Accepts(ReadOnlySpan<char> word, char family) => _lookup.TryGetValue(word, out var f) && f.Contains(family);

    /// <summary>True when <paramref name="word"/> is a root that takes any affix at all.</summary>
    public bool TakesAffixes(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var f) && f.Length > 0;
}
