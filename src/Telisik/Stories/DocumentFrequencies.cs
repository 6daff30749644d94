namespace Telisik.Stories;

/// <summary>
/// Document frequencies learned incrementally: a dictionary from strings to dense ids with, per id, how many
/// observed documents contain it. Inverse document frequency comes from these counts, so salience adapts as the
/// corpus grows. Serialisable through <see cref="Entries"/> and <see cref="Load"/> so a host can persist it.
/// Not thread-safe.
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly List<int> _counts = [];

    /// <summary>Documents observed.</summary>
    public long Documents { get; private set; }

    /// <summary>Distinct keys known.</summary>
    public int Count => _keys.Count;

    /// <summary>Counts one document containing <paramref name="keys"/> (each distinct key once).</summary>
    public void Observe(IEnumerable<string> keys) => Observe(keys.ToHashSet(StringComparer.Ordinal));

    /// <summary>Counts one document containing the distinct <paramref name="keys"/>.</summary>
    public void Observe(IReadOnlySet<string> keys)
    {
        Documents++;
        foreach (var k in keys) _counts[IdOf(k)]++;
    }

    /// <summary>The dense id of <paramref name="key"/>, creating it (with frequency 0) when new.</summary>
    public int IdOf(string key)
    {
        if (_ids.TryGetValue(key, out var id)) return id;
        id = _keys.Count;
        _ids[key] = id;
        _keys.Add(key);
        _counts.Add(0);
        return id;
    }

    /// <summary>The key of a dense id.</summary>
    public string KeyOf(int id) => _keys[id];

    /// <summary>Number of observed documents containing the key with this id.</summary>
    public int Frequency(int id) => _counts[id];

    /// <summary>Inverse document frequency, ln((N + 1) / (df + 1)), never negative; 0 for a key in every document.</summary>
    public double Idf(int id) => Math.Max(0, Math.Log((Documents + 1.0) / (_counts[id] + 1.0)));

    /// <summary>Every key with its frequency, for persistence.</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries() =>
        _keys.Select((k, i) => new KeyValuePair<string, int>(k, _counts[i]));

    /// <summary>Adds persisted counts: <paramref name="documents"/> documents with the given key frequencies.</summary>
    public void Load(long documents, IEnumerable<KeyValuePair<string, int>> entries)
    {
        Documents += documents;
        foreach (var (k, n) in entries) _counts[IdOf(k)] += n;
    }
}
