namespace Telisik.Documents;

/// <summary>
/// Maps offsets in an article's cleaned text back to offsets in its raw text. The cleaned text is a sequence of
/// pieces copied from the raw text (lines kept, noise dropped) joined by separators the cleaner inserted; each
/// copied piece is one anchor <c>(cleanStart, rawStart)</c>. Characters the cleaner inserted map to the raw
/// position where the next piece starts.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _cleanStarts;
    private readonly int[] _rawStarts;
    private readonly int[] _lengths;

    /// <summary>Creates a map from parallel anchor arrays, sorted by clean start.</summary>
    public OffsetMap(int[] cleanStarts, int[] rawStarts, int[] lengths)
    {
        if (cleanStarts.Length != rawStarts.Length || cleanStarts.Length != lengths.Length)
            throw new ArgumentException("Anchor arrays must have the same length.");
        _cleanStarts = cleanStarts;
        _rawStarts = rawStarts;
        _lengths = lengths;
    }

    /// <summary>The identity map for a text that needed no cleaning.</summary>
    public static OffsetMap Identity(int length) => new([0], [0], [length]);

    /// <summary>Number of copied pieces.</summary>
    public int Count => _cleanStarts.Length;

    /// <summary>The copied pieces as (cleanStart, rawStart, length).</summary>
    public IEnumerable<(int CleanStart, int RawStart, int Length)> Pieces()
    {
        for (var i = 0; i < _cleanStarts.Length; i++) yield return (_cleanStarts[i], _rawStarts[i], _lengths[i]);
    }

    /// <summary>The raw-text offset of cleaned-text offset <paramref name="cleanOffset"/>.</summary>
    public int ToRaw(int cleanOffset)
    {
        if (_cleanStarts.Length == 0) return cleanOffset;
        var i = Array.BinarySearch(_cleanStarts, cleanOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) return _rawStarts[0];
        var within = cleanOffset - _cleanStarts[i];
        if (within <= _lengths[i]) return _rawStarts[i] + within;
        // An inserted separator: point at the start of the next copied piece.
        return i + 1 < _rawStarts.Length ? _rawStarts[i + 1] : _rawStarts[i] + _lengths[i];
    }

    /// <summary>Serialises the map as a compact string "c:r:l;c:r:l" for storage.</summary>
    public string Serialize() =>
        string.Join(';', Enumerable.Range(0, _cleanStarts.Length).Select(i => $"{_cleanStarts[i]}:{_rawStarts[i]}:{_lengths[i]}"));

    /// <summary>Reads a map written by <see cref="Serialize"/>.</summary>
    public static OffsetMap Deserialize(string s)
    {
        if (string.IsNullOrEmpty(s)) return new([], [], []);
        var parts = s.Split(';');
        var c = new int[parts.Length]; var r = new int[parts.Length]; var l = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var f = parts[i].Split(':');
            c[i] = int.Parse(f[0]); r[i] = int.Parse(f[1]); l[i] = int.Parse(f[2]);
        }
        return new(c, r, l);
    }
}
