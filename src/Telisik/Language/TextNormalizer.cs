using System.Globalization;
using System.Text;

namespace Telisik.Language;

/// <summary>The matching form of a word or name: case-folded, diacritics removed ("Korea Utara" equals "korea utara").</summary>
public static class TextNormalizer
{
    /// <summary>Case-folds and strips diacritics.</summary>
    public static string Normalize(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }
}
