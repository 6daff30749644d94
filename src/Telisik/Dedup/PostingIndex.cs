using System.Runtime.InteropServices;

namespace Telisik.Dedup;

/// <summary>
/// An inverted index from keys to article sequence numbers, used by copy detection and story clustering. Articles
/// leave roughly in arrival order (window eviction), so each posting is a queue: removal searches from the head and
/// is usually O(1). An emptied posting frees its key, so memory follows the live articles only.
/// </summary>
internal sealed class PostingIndex<TKey> where TKey : notnull
{
    private struct Posting
    {
        public int[] Items;
        public int Head;
        public int Tail;
    }

    private readonly Dictionary<TKey, Posting> _map = [];

    /// <summary>Number of distinct keys held.</summary>
    public int KeyCount => _map.Count;

    /// <summary>Appends <paramref name="seq"/> to the posting of <paramref name="key"/>.</summary>
    public void Add(TKey key, int seq)
    {
        ref var p = ref CollectionsMarshal.GetValueRefOrAddDefault(_map, key, out var exists);
        if (!exists) { p.Items = new int[2]; p.Head = 0; p.Tail = 0; }
        if (p.Tail == p.Items.Length)
        {
            var live = p.Tail - p.Head;
            if (p.Head > live) Array.Copy(p.Items, p.Head, p.Items, 0, live);
            else
            {
                var grown = new int[p.Items.Length * 2];
                Array.Copy(p.Items, p.Head, grown, 0, live);
                p.Items = grown;
            }
            p.Head = 0;
            p.Tail = live;
        }
        p.Items[p.Tail++] = seq;
    }

    /// <summary>Removes one occurrence of <paramref name="seq"/> from the posting of <paramref name="key"/>.</summary>
    public void Remove(TKey key, int seq)
    {
        ref var p = ref CollectionsMarshal.GetValueRefOrNullRef(_map, key);
        if (System.Runtime.CompilerServices.Unsafe.IsNullRef(ref p)) return;
        for (var i = p.Head; i < p.Tail; i++)
        {
            if (p.Items[i] != seq) continue;
            Array.Copy(p.Items, p.Head, p.Items, p.Head + 1, i - p.Head);
            p.Head++;
            if (p.Head == p.Tail) _map.Remove(key);
            return;
        }
    }

    /// <summary>The sequence numbers under <paramref name="key"/> (empty when none). Valid until the next change.</summary>
    public ReadOnlySpan<int> Get(TKey key) =>
        _map.TryGetValue(key, out var p) ? p.Items.AsSpan(p.Head, p.Tail - p.Head) : [];

    /// <summary>Number of sequence numbers under <paramref name="key"/>.</summary>
    public int Length(TKey key) => _map.TryGetValue(key, out var p) ? p.Tail - p.Head : 0;
}
