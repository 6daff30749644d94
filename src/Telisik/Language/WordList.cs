using System.Collections.Frozen;

namespace Telisik.Language;

/// <summary>
/// An immutable set of words looked up by span without allocating. Entries of a list file are separated by
/// white space (several a line are allowed). A case-insensitive list stores lower-case entries and folds the
/// probe with <see cref="TextNormalizer"/>. Thread-safe.
/// </summary>
public sealed class WordList
{
    /// <summary>Longest probe folded on the stack; longer words are never in a list.</summary>
    public const int MaxWordLength = 64;

    private readonly FrozenSet<string> _set;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates a list from entries.</summary>
    public WordList(IEnumerable<string> entries, bool ignoreCase)
    {
        IgnoreCase = ignoreCase;
        _set = (ignoreCase ? entries.Select(e => TextNormalizer.Normalize(e)) : entries).ToFrozenSet(StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Loads an embedded list file (see <see cref="LanguageData"/>).</summary>
    /// <exception cref="InvalidDataException">The file is missing or empty.</exception>
    public static WordList Load(string name, bool ignoreCase)
    {
        var entries = LanguageData.ReadLines(name)
            .SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (entries.Count == 0) throw new InvalidDataException($"Language data '{name}' has no entries.");
        return new WordList(entries, ignoreCase);
    }

    /// <summary>True when the list folds case.</summary>
    public bool IgnoreCase { get; }

    /// <summary>Number of entries.</summary>
    public int Count => _set.Count;

    /// <summary>The entries (lower case when <see cref="IgnoreCase"/>).</summary>
    public IReadOnlySet<string> Entries => _set;

    /// <summary>True when <paramref name="word"/> is in the list.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (!IgnoreCase) return _lookup.Contains(word);
        if (word.Length > MaxWordLength) return false;
        Span<char> buffer = stackalloc char[MaxWordLength * 2];
        var n = TextNormalizer.Normalize(word, buffer);
        return n >= 0 && _lookup.Contains(buffer[..n]);
    }
}
