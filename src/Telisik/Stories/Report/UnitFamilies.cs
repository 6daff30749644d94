using System.Collections.Frozen;
using Telisik.Language;

namespace Telisik.Stories.Report;

/// <summary>Groups figure units into comparable families ("tentara", "pasukan khusus", "troops" → soldiers), from <c>languages/id/unit-families.txt</c>.</summary>
public sealed class UnitFamilies
{
    private readonly FrozenDictionary<string, string> _familyOfWord;

    /// <summary>Builds the table from "family<TAB>words" lines.</summary>
    public UnitFamilies(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"unit-families: '{line}' has no tab between the family and its words");
            foreach (var w in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)) map.TryAdd(w, line[..tab]);
        }
        _familyOfWord = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Loads the shipped table.</summary>
    public static UnitFamilies LoadDefault() => new(LanguageData.ReadLines("languages/id/unit-families.txt"));

    /// <summary>The family of a unit: the family of its first word that has one, else the unit's first word, or "count".</summary>
    public string FamilyOf(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit)) return "count";
        var words = unit.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var w in words)
            if (_familyOfWord.TryGetValue(w, out var f)) return f;
        return TextNormalizer.Normalize(words[0]);
    }
}
