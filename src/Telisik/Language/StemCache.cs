using System.Collections.Concurrent;

namespace Telisik.Language;

/// <summary>
/// A thread-safe, bounded cache from a word to its stem, looked up by span without allocating. When it holds
/// <see cref="Capacity"/> entries it starts over (news vocabulary is Zipfian: the frequent words come straight
/// back). One cache belongs to one stemmer instance.
/// </summary>
public sealed class StemCache
{
    /// <summary>Default number of entries kept.</summary>
    public const int DefaultCapacity = 100_000;

    private readonly ConcurrentDictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _count;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> entries.</summary>
    public StemCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Most entries held.</summary>
    public int Capacity { get; }

    /// <summary>Entries held now (approximate under concurrency).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The cached stem of <paramref name="word"/>, if any.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out string stem) => _lookup.TryGetValue(word, out stem!);

    /// <summary>Stores the stem of <paramref name="word"/>, clearing the cache first when full.</summary>
    public void Add(string word, string stem)
    {
        if (Interlocked.Increment(ref _count) > Capacity)
        {
            lock (_map)
            {
                if (Volatile.Read(ref _count) > Capacity)
                {
                    _map.Clear();
                    Volatile.Write(ref _count, 1);
                }
            }
        }
        if (!_map.TryAdd(word, stem)) Interlocked.Decrement(ref _count);
    }
}
