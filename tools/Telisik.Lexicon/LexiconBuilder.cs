namespace Telisik.Lexicon;

/// <summary>
/// Builds the Indonesian root-word list from a Hunspell dictionary: lower-case entries only (capitalised entries
/// are proper nouns, which the stemmer must leave alone), minus entries that are themselves affixed forms of a
/// shorter entry (the .dic lists e.g. "mengerti" beside "erti/M0"; keeping it would stop the stemmer at it).
/// </summary>
internal static class LexiconBuilder
{
    /// <summary>Shortest root kept; one-letter entries are letters of the alphabet, not roots.</summary>
    private const int MinRootLength = 2;

    /// <summary>
    /// The roots as lines <c>word</c> or <c>word/FAMILIES</c> and the derived entries dropped, both sorted. FAMILIES
    /// are the distinct first characters of the entry's Hunspell flags: upper case names the prefix family the
    /// root takes (B ber-, D di-, K ke-, M meN-, P peN-, R per-, S se-, T ter-, O ku-/kau-), lower case a suffix
    /// (a -an, i -i, k -kan, l/n/o particles and possessives). The stemmer prefers roots that accept the affix.
    /// </summary>
    public static (List<string> Roots, List<string> Dropped) Build(IEnumerable<string> dicLines, HunspellAffixes affixes)
    {
        var entries = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var first = true;
        foreach (var line in dicLines)
        {
            if (first) { first = false; if (int.TryParse(line.Trim(), out _)) continue; }
            var parts = line.Trim().Split('/', 2);
            var word = parts[0];
            if (word.Length < MinRootLength || !IsLowerCaseWord(word)) continue;
            var flags = parts.Length > 1 ? HunspellAffixes.SplitFlags(parts[1]) : [];
            entries[word] = entries.TryGetValue(word, out var old) ? [.. old, .. flags] : flags;
        }

        // A form is "derived" when some other, shorter entry generates it through its affix flags. Forms made by
        // the suffix -i alone are kept: they are mostly roots of their own (abadi, alami), not abad+i, alam+i.
        var derived = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (root, flags) in entries)
            foreach (var (form, suffix, prefixed) in affixes.Expand(root, flags))
                if (form.Length > root.Length && (prefixed || suffix != "i")) derived.Add(form);

        var roots = new List<string>();
        var dropped = new List<string>();
        foreach (var word in entries.Keys)
        {
            if (derived.Contains(word)) { dropped.Add(word); continue; }
            var families = new string(entries[word].Select(f => f[0]).Distinct().Order().ToArray());
            roots.Add(families.Length == 0 ? word : word + "/" + families);
        }
        roots.Sort(StringComparer.Ordinal);
        dropped.Sort(StringComparer.Ordinal);
        return (roots, dropped);
    }

    private static bool IsLowerCaseWord(string w)
    {
        foreach (var c in w)
            if (c is not ((>= 'a' and <= 'z') or '-')) return false;
        return w[0] != '-' && w[^1] != '-';
    }
}
