namespace Telisik.Lexicon;

/// <summary>
/// The prefix and suffix rules of a Hunspell .aff file with two-character ("FLAG long") flags. Only what the
/// lexicon build needs: rules are applied one level deep (plus the continuation flags an affix grants), which
/// over-generates slightly (circumfix and NEEDAFFIX constraints are ignored) – fine for spotting derived entries.
/// </summary>
internal sealed class HunspellAffixes
{
    private readonly Dictionary<string, List<AffixRule>> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AffixRule>> _suffixes = new(StringComparer.Ordinal);

    /// <summary>Parses the PFX/SFX lines of an .aff file.</summary>
    public static HunspellAffixes Parse(IEnumerable<string> lines)
    {
        var result = new HunspellAffixes();
        foreach (var raw in lines)
        {
            var hash = raw.IndexOf('#');
            var line = hash >= 0 ? raw[..hash] : raw;
            var f = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 4 || f[0] is not ("PFX" or "SFX")) continue;
            if (f[2] is "Y" or "N" && f.Length == 4 && int.TryParse(f[3], out _)) continue; // header line
            var strip = f[2] == "0" ? "" : f[2];
            var addParts = f[3].Split('/', 2);
            var add = addParts[0] == "0" ? "" : addParts[0];
            var cont = addParts.Length > 1 ? SplitFlags(addParts[1]) : [];
            var condition = f.Length > 4 ? f[4] : ".";
            var rule = new AffixRule(strip, add, cont, AffixCondition.Parse(condition));
            var table = f[0] == "PFX" ? result._prefixes : result._suffixes;
            if (!table.TryGetValue(f[1], out var list)) table[f[1]] = list = [];
            list.Add(rule);
        }
        return result;
    }

    /// <summary>Splits a long-flag string ("B0M0Mk") into flags.</summary>
    public static string[] SplitFlags(string flags)
    {
        var n = flags.Length / 2;
        var result = new string[n];
        for (var i = 0; i < n; i++) result[i] = flags.Substring(i * 2, 2);
        return result;
    }

    /// <summary>
    /// Every form derivable from <paramref name="root"/> with <paramref name="flags"/> (root excluded), with the
    /// suffix added ("" when none) and whether a prefix was added.
    /// </summary>
    public IEnumerable<(string Form, string Suffix, bool Prefixed)> Expand(string root, string[] flags)
    {
        var suffixed = new List<(string Form, string Suffix, string[] Flags)> { (root, "", flags) };
        foreach (var flag in flags)
        {
            if (!_suffixes.TryGetValue(flag, out var rules)) continue;
            foreach (var r in rules)
            {
                if (!r.Condition.MatchesEnd(root) || !root.EndsWith(r.Strip, StringComparison.Ordinal)) continue;
                var form = root[..^r.Strip.Length] + r.Add;
                suffixed.Add((form, r.Add, [.. flags, .. r.Continuation]));
                yield return (form, r.Add, false);
            }
        }
        foreach (var (form, suffix, formFlags) in suffixed)
        {
            foreach (var flag in formFlags)
            {
                if (!_prefixes.TryGetValue(flag, out var rules)) continue;
                foreach (var r in rules)
                {
                    // Conditions test the root's start; the stem keeps it whether or not a suffix was added.
                    if (!r.Condition.MatchesStart(root) || !form.StartsWith(r.Strip, StringComparison.Ordinal)) continue;
                    yield return (r.Add + form[r.Strip.Length..], suffix, true);
                }
            }
        }
    }
}

/// <summary>One affix rule: strip, add, continuation flags, condition.</summary>
internal sealed record AffixRule(string Strip, string Add, string[] Continuation, AffixCondition Condition);

/// <summary>A Hunspell affix condition: a sequence of characters, '.' or bracket classes.</summary>
internal sealed class AffixCondition
{
    private readonly List<Func<char, bool>> _parts = [];

    /// <summary>Parses a condition such as <c>p[^l^r]</c>.</summary>
    public static AffixCondition Parse(string s)
    {
        var c = new AffixCondition();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '.') { c._parts.Add(_ => true); continue; }
            if (s[i] != '[') { var ch = s[i]; c._parts.Add(x => x == ch); continue; }
            var close = s.IndexOf(']', i);
            if (close < 0) close = s.Length;
            var body = s[(i + 1)..close];
            var negate = body.StartsWith('^');
            var set = body.Replace("^", "");
            c._parts.Add(x => set.Contains(x) != negate);
            i = close;
        }
        return c;
    }

    /// <summary>True when the word starts with characters matching the condition.</summary>
    public bool MatchesStart(string word)
    {
        if (word.Length < _parts.Count) return false;
        for (var i = 0; i < _parts.Count; i++) if (!_parts[i](word[i])) return false;
        return true;
    }

    /// <summary>True when the word ends with characters matching the condition.</summary>
    public bool MatchesEnd(string word)
    {
        if (word.Length < _parts.Count) return false;
        var offset = word.Length - _parts.Count;
        for (var i = 0; i < _parts.Count; i++) if (!_parts[i](word[offset + i])) return false;
        return true;
    }
}
