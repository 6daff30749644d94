namespace Telisik.Language;

public sealed partial class IndonesianStemmer
{
    /// <summary>Loan suffixes that only ever follow a borrowed root: -isme (-ism), -isasi (-ization).</summary>
    private static readonly string[] LoanSuffixes = ["isasi", "isme"];

    /// <summary>
    /// The stem exception or listed infixed word left when one prefix comes off <paramref name="word"/> (dimulai →
    /// mulai, memulai → mulai, menyendiri → sendiri), or null.
    /// </summary>
    private string? KnownStemAfterPrefix(string word)
    {
        var alternatives = new List<(string Remainder, Prefix Type)>(4);
        Alternatives(word, alternatives);
        foreach (var (rest, _) in alternatives)
            if (rest.Length >= MinRootLength && KnownStem(rest) is { } known) return known;
        return null;
    }

    /// <summary>
    /// The root of a word ending in a loan suffix: finalisasi → final, terorisme → teror, standarisasi → standar.
    /// The root must be in the lexicon and at least <see cref="MinInnerRootLength"/> letters. The bare -is (idealis)
    /// is left alone: native words end in it too (nangis, terapis, menepis).
    /// </summary>
    private string? LoanRoot(string word)
    {
        foreach (var suffix in LoanSuffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var root = word[..^suffix.Length];
            if (root.Length >= MinInnerRootLength && _lexicon.Contains(root)) return root;
        }
        return null;
    }

    /// <summary>
    /// A collective made by reduplicating the root's first consonant with e and adding -an: pepohonan → pohon,
    /// dedaunan → daun, reruntuhan → runtuh, bebatuan → batu. Tried only when nothing else applies, on a lower-case
    /// word whose remainder is a root of at least <see cref="MinInnerRootLength"/> letters.
    /// </summary>
    private string? ReduplicatedCollective(string word)
    {
        if (word.Length < MinInnerRootLength + 4 || !word.EndsWith("an", StringComparison.Ordinal)) return null;
        if (IsVowel(word[0]) || word[1] != 'e' || word[2] != word[0]) return null;
        var root = word[2..^2];
        return _lexicon.Contains(root) ? root : null;
    }
}
