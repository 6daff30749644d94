using System.Collections.Frozen;
using Telisik.Language;

namespace Telisik.Extraction.Entities.Lexicons;

/// <summary>
/// Finds the longest listed phrase starting at a token, comparing token by token without making strings.
/// Case rules: an all-capitals phrase (<c>AS</c>, <c>KPK</c>) matches only as written, because its lower-case
/// twin is often a common word (<c>as</c>); any other phrase matches regardless of case, but in cased text it must
/// start with a capital unless the list wrote it starting in lower case (<c>badan intelijen Korea Selatan</c>).
/// Immutable and thread-safe once built.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
public sealed class PhraseMatcher<T>
{
    /// <summary>Longest phrase, in tokens, that is considered.</summary>
    public const int MaxPhraseTokens = 8;

    private sealed record Phrase(string[] Words, bool CaseSensitive, bool MayStartLower, T Value);

    private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Builds the matcher; phrases are tokenized with <paramref name="tokenizer"/> so they split as text does.</summary>
    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> entries, Tokenizer tokenizer)
    {
        var groups = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in entries)
        {
            var words = tokenizer.Tokenize(phrase).Select(t => phrase.Substring(t.Start, t.Length)).ToArray();
            if (words.Length == 0 || words.Length > MaxPhraseTokens) continue;
            var caseSensitive = phrase.Any(char.IsUpper) && !phrase.Any(char.IsLower);
            var mayStartLower = char.IsLower(phrase[0]);
            if (!groups.TryGetValue(words[0], out var list)) groups[words[0]] = list = [];
            list.Add(new Phrase(words, caseSensitive, mayStartLower, value));
        }
        // Longest first so the first hit is the longest match; ties keep file order (stable sort) for determinism.
        _byFirstWord = groups.ToFrozenDictionary(
            g => g.Key,
            g => g.Value.OrderByDescending(p => p.Words.Length).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct first words.</summary>
    public int FirstWordCount => _byFirstWord.Count;

    /// <summary>
    /// The longest phrase starting at token <paramref name="index"/> and ending before token <paramref name="limit"/>.
    /// </summary>
    /// <param name="text">The text the tokens index.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="index">First token of the candidate.</param>
    /// <param name="limit">Exclusive bound on tokens (e.g. the sentence's end).</param>
    /// <param name="cased">False for text written without case (all lower case): case rules are then waived.</param>
    /// <param name="length">Number of tokens matched.</param>
    /// <param name="value">What the phrase stands for.</param>
    public bool TryMatch(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, int limit, bool cased,
        out int length, out T value)
    {
        length = 0;
        value = default!;
        if (!_lookup.TryGetValue(tokens[index].Of(text), out var phrases)) return false;
        foreach (var p in phrases)
        {
            if (index + p.Words.Length > limit) continue;
            if (!Matches(text, tokens, index, p, cased)) continue;
            length = p.Words.Length;
            value = p.Value;
            return true;
        }
        return false;
    }

    private static bool Matches(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int index, Phrase p, bool cased)
    {
        var comparison = cased && p.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var k = 0; k < p.Words.Length; k++)
            if (!tokens[index + k].Of(text).Equals(p.Words[k], comparison)) return false;
        if (cased && !p.CaseSensitive && !p.MayStartLower && !char.IsUpper(text[tokens[index].Start])) return false;
        return true;
    }
}
