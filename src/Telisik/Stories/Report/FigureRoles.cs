using System.Collections.Frozen;
using Telisik.Language;

namespace Telisik.Stories.Report;

/// <summary>
/// What a count of people is about (deaths, evacuees, missing, injured, arrests), read from cue words around the figure
/// in its sentence (<c>languages/id/figure-roles.txt</c>), so "12 orang tewas" and "7.000 jiwa mengungsi" are not compared.
/// </summary>
public sealed class FigureRoles
{
    /// <summary>Words after the figure searched for a cue.</summary>
    public const int WordsAfter = 6;

    /// <summary>Words before the figure searched for a cue, nearest first (after the words following it).</summary>
    public const int WordsBefore = 16;

    private readonly FrozenDictionary<string, string> _roleOfWord;

    /// <summary>Builds the table from "role<TAB>words" lines ('_' joins a two-word cue).</summary>
    public FigureRoles(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"figure-roles: '{line}' has no tab between the role and its words");
            foreach (var w in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)) map.TryAdd(w.Replace('_', ' '), line[..tab]);
        }
        _roleOfWord = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Loads the shipped table.</summary>
    public static FigureRoles LoadDefault() => new(LanguageData.ReadLines("languages/id/figure-roles.txt"));

    /// <summary>The role of the figure at <c>[start, end)</c> of <paramref name="sentence"/> (offsets within it), or null.</summary>
    public string? RoleOf(string sentence, int start, int end)
    {
        var after = Words(sentence[Math.Min(end, sentence.Length)..]).Take(WordsAfter).ToArray();
        var before = Words(sentence[..Math.Max(0, Math.Min(start, sentence.Length))]).TakeLast(WordsBefore).Reverse().ToArray();
        foreach (var words in new[] { after, before })
            for (var i = 0; i < words.Length; i++)
            {
                if (i + 1 < words.Length && _roleOfWord.TryGetValue(words[i] + " " + words[i + 1], out var two)) return two;
                if (_roleOfWord.TryGetValue(words[i], out var one)) return one;
            }
        return null;
    }

    private static IEnumerable<string> Words(string s) =>
        s.Split([' ', '\n', ',', '.', ';', ':', '"', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant());
}
