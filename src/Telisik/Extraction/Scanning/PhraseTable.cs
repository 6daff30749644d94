using System.Collections.Frozen;

namespace Telisik.Extraction.Scanning;

/// <summary>
/// A frozen table of phrases (one or more scanned pieces) to values, matched longest first against scanned
/// text. Keys are the lower-cased pieces joined by single spaces (see <see cref="TextScanner.Key"/>).
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, T> _entries;
    // Looks multi-word keys up from a stack buffer, so matching allocates nothing.
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _spans;
    // Most words start no phrase: checking the first word avoids building keys for them.
    private readonly FrozenSet<string> _firstWords;

    /// <summary>Most pieces in any phrase.</summary>
    public int MaxWords { get; }

    /// <summary>Builds a table from (phrase, value) pairs; later duplicates are ignored.</summary>
    public PhraseTable(IEnumerable<(string Phrase, T Value)> entries)
    {
        var d = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (phrase, value) in entries)
        {
            var key = TextScanner.Key(phrase);
            if (key.Length == 0) throw new InvalidDataException($"Empty phrase in a language table: '{phrase}'.");
            d.TryAdd(key, value);
            MaxWords = Math.Max(MaxWords, key.Count(ch => ch == ' ') + 1);
        }
        _entries = d.ToFrozenDictionary(StringComparer.Ordinal);
        _spans = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = d.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Number of phrases.</summary>
    public int Count => _entries.Count;

    /// <summary>True when the phrase is in the table.</summary>
    public bool Contains(string phrase) => _entries.ContainsKey(TextScanner.Key(phrase));

    /// <summary>The longest phrase starting at <paramref name="at"/>, with how many pieces it covers.</summary>
    public bool TryMatch(ScanWord[] words, int at, out T value, out int count)
    {
        if (at >= words.Length || !_firstWords.Contains(words[at].Lower)) { value = default!; count = 0; return false; }
        for (var len = Math.Min(MaxWords, words.Length - at); len >= 1; len--)
        {
            if (len > 1 && !Contiguous(words, at, len)) continue;
            if (TryGet(words, at, len, out value)) { count = len; return true; }
        }
        value = default!;
        count = 0;
        return false;
    }

    /// <summary>The longest phrase ending just before <paramref name="end"/> (exclusive word index).</summary>
    public bool TryMatchEndingAt(ScanWord[] words, int end, out T value, out int start)
    {
        for (var len = Math.Min(MaxWords, end); len >= 1; len--)
        {
            if (!_firstWords.Contains(words[end - len].Lower)) continue;
            if (len > 1 && !Contiguous(words, end - len, len)) continue;
            if (TryGet(words, end - len, len, out value)) { start = end - len; return true; }
        }
        value = default!;
        start = end;
        return false;
    }

    /// <summary>Longest joined key built on the stack; longer ones (no table has them) are looked up from the heap.</summary>
    private const int StackKeyChars = 256;

    // The value of the phrase words[at..at+len] joined by single spaces.
    private bool TryGet(ScanWord[] words, int at, int len, out T value)
    {
        if (len == 1) return _entries.TryGetValue(words[at].Lower, out value!);
        var total = len - 1;
        for (var k = at; k < at + len; k++) total += words[k].Lower.Length;
        Span<char> key = total <= StackKeyChars ? stackalloc char[total] : new char[total];
        var n = 0;
        for (var k = at; k < at + len; k++)
        {
            if (k > at) key[n++] = ' ';
            words[k].Lower.AsSpan().CopyTo(key[n..]);
            n += words[k].Lower.Length;
        }
        return _spans.TryGetValue(key, out value!);
    }

    // A phrase never spans a line break.
    private static bool Contiguous(ScanWord[] words, int at, int len)
    {
        for (var k = at + 1; k < at + len; k++) if (words[k].LineBefore) return false;
        return true;
    }
}
