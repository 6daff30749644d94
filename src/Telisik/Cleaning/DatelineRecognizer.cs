using System.Text.RegularExpressions;
using Telisik.Language;

namespace Telisik.Cleaning;

/// <summary>
/// Recognises an outlet dateline (<c>Jakarta, CNN Indonesia --</c>, <c>KONTEKS.CO.ID –</c>, <c>(ANTARA) -</c>) at the start
/// of an article's first body line. Patterns are language data (<c>languages/datelines.txt</c>).
/// </summary>
public sealed class DatelineRecognizer
{
    /// <summary>Datelines stand in the first characters of the body; longer prefixes are not datelines.</summary>
    private const int MaxDatelineLength = 80;

    private readonly Regex[] _patterns;
    private readonly OutletDirectory _outlets;
    private readonly HashSet<string> _outletWords;

    /// <summary>Creates a recognizer from regex pattern lines and the words that mark an unknown outlet's name ("Pos", "News").</summary>
    public DatelineRecognizer(IEnumerable<string> patterns, OutletDirectory outlets, IEnumerable<string> outletWords)
    {
        _outletWords = new HashSet<string>(outletWords, StringComparer.OrdinalIgnoreCase);
        _patterns = patterns.Select(p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromMilliseconds(200))).ToArray();
        _outlets = outlets;
    }

    /// <summary>Loads the shipped patterns.</summary>
    public static DatelineRecognizer LoadDefault(OutletDirectory outlets) =>
        new(LanguageData.ReadLines("languages/datelines.txt"), outlets, LanguageData.ReadLines("languages/outlet-words.txt"));

    /// <summary>The dateline at the start of <paramref name="line"/>, or null.</summary>
    public DatelineMatch? Match(string line)
    {
        var head = line.Length > MaxDatelineLength ? line[..MaxDatelineLength] : line;
        foreach (var re in _patterns)
        {
            var m = re.Match(head);
            if (!m.Success) continue;
            var outlet = m.Groups["outlet"].Value.Trim();
            if (!_outlets.IsKnown(outlet) && !LooksLikeDomain(outlet) && !HasOutletWord(outlet)) continue;
            var place = m.Groups["place"].Success ? m.Groups["place"].Value.Trim() : null;
            return new DatelineMatch(_outlets.Canonical(outlet), outlet, place, m.Length);
        }
        return null;
    }

    /// <summary>"Sumut Pos", "Nusantara Times": a capitalised name whose last word names a kind of outlet.</summary>
    private bool HasOutletWord(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 3 && words.All(w => char.IsUpper(w[0])) && _outletWords.Contains(words[^1]);
    }

    private static bool LooksLikeDomain(string s)
    {
        var dot = s.LastIndexOf('.');
        return dot > 0 && dot < s.Length - 2 && !s.Contains(' ') && s[(dot + 1)..].All(char.IsLetter);
    }
}
