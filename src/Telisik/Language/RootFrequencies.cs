using System.Collections.Frozen;
using System.Globalization;

namespace Telisik.Language;

/// <summary>
/// How often Indonesian roots occur in news text, for roots that compete as readings of one prefixed form
/// (meng+alah and meng+kalah are both "mengalah"; me+mohon and mem+pohon both "memohon"). From
/// <c>languages/id/root-frequencies.txt</c> (lines <c>root passive written</c>, built by <c>tools/Telisik.Lexicon</c>
/// from IndoSum). A root not in the table counts 0. Immutable and thread-safe.
/// </summary>
public sealed class RootFrequencies
{
    private static readonly Lazy<RootFrequencies> Default = new(() => Parse(LanguageData.ReadLines("languages/id/root-frequencies.txt")));

    private readonly FrozenDictionary<string, RootCount> _counts;
    private readonly FrozenDictionary<string, RootCount>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private RootFrequencies(Dictionary<string, RootCount> counts)
    {
        _counts = counts.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shipped table, loaded on first use.</summary>
    public static RootFrequencies Indonesian => Default.Value;

    /// <summary>A table with no counts: every root counts 0, so ties keep the stemmer's rule order.</summary>
    public static RootFrequencies Empty { get; } = new([]);

    /// <summary>Builds a table from lines <c>root passive written</c>.</summary>
    /// <exception cref="InvalidDataException">A line that is not a lower-case word and two non-negative counts.</exception>
    public static RootFrequencies Parse(IEnumerable<string> lines)
    {
        var counts = new Dictionary<string, RootCount>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length != 3 || f[0].Any(c => c is not (>= 'a' and <= 'z' or '-'))
                || !int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var passive)
                || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var written))
                throw new InvalidDataException($"Root frequency line '{line}' is not 'root passive written'.");
            counts[f[0]] = new RootCount(passive, written);
        }
        return new RootFrequencies(counts);
    }

    /// <summary>Number of roots with counts.</summary>
    public int Count => _counts.Count;

    /// <summary>The counts of <paramref name="root"/>, zero when it is not in the table.</summary>
    public RootCount Of(ReadOnlySpan<char> root) => _lookup.TryGetValue(root, out var n) ? n : default;
}
