using System.Text.RegularExpressions;
using Telisik.Language;

namespace Telisik.Cleaning;

/// <summary>
/// Promotional and navigation line patterns (<c>languages/*/boilerplate.txt</c>): "ACTION regex" a line.
/// </summary>
public sealed class BoilerplateRules
{
    private readonly (LineAction Action, Regex Pattern)[] _rules;

    /// <summary>Parses rule lines.</summary>
    /// <exception cref="InvalidDataException">A line has an unknown action or an invalid regex.</exception>
    public BoilerplateRules(IEnumerable<string> lines)
    {
        var rules = new List<(LineAction, Regex)>();
        foreach (var line in lines)
        {
            var sp = line.IndexOfAny([' ', '\t']);
            if (sp < 0) throw new InvalidDataException($"Boilerplate rule '{line}' has no pattern.");
            var action = line[..sp] switch
            {
                "cut" => LineAction.Cut,
                "drop" => LineAction.Drop,
                "droplist" => LineAction.DropList,
                "trim" => LineAction.Trim,
                var a => throw new InvalidDataException($"Boilerplate rule '{line}' has unknown action '{a}'."),
            };
            try
            {
                rules.Add((action, new Regex(line[sp..].Trim(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200))));
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"Boilerplate rule '{line}' is not a valid regex: {e.Message}");
            }
        }
        _rules = rules.ToArray();
    }

    /// <summary>Loads the shipped Indonesian and English rules.</summary>
    public static BoilerplateRules LoadDefault() =>
        new(LanguageData.ReadLines("languages/id/boilerplate.txt").Concat(LanguageData.ReadLines("languages/en/boilerplate.txt")));

    /// <summary>The first rule that matches <paramref name="line"/> (trimmed), with the matched range for Trim.</summary>
    public (LineAction Action, int MatchStart, int MatchLength) Classify(string line)
    {
        foreach (var (action, pattern) in _rules)
        {
            var m = pattern.Match(line);
            if (m.Success) return (action, m.Index, m.Length);
        }
        return (LineAction.Keep, 0, 0);
    }
}
