using Telisik.Documents;
using Telisik.Language;

namespace Telisik.Search;

/// <summary>Picks the passage of an article with the most query matches and marks them. Pure.</summary>
public static class SnippetBuilder
{
    /// <summary>Tokens shown around the best match.</summary>
    public const int WindowTokens = 36;

    /// <summary>
    /// The snippet of <paramref name="text"/> whose window of tokens holds the most tokens matching
    /// <paramref name="matches"/> (index forms; a form ending in '*' matches as a prefix).
    /// </summary>
    public static Snippet Build(string text, ReadOnlySpan<Token> tokens, string?[] forms, IReadOnlyCollection<string> matches)
    {
        var exact = matches.Where(m => !m.EndsWith('*')).ToHashSet(StringComparer.Ordinal);
        var prefixes = matches.Where(m => m.EndsWith('*')).Select(m => m.TrimEnd('*')).ToArray();
        var hit = new bool[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
            if (forms[i] is { } f && (exact.Contains(f) || prefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal)))) hit[i] = true;
        var bestStart = 0;
        var bestCount = -1;
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (hit[i]) count++;
            if (i >= WindowTokens && hit[i - WindowTokens]) count--;
            var start = Math.Max(0, i - WindowTokens + 1);
            if (count > bestCount) { bestCount = count; bestStart = start; }
        }
        if (tokens.Length == 0) return new Snippet("", 0, 0, []);
        // Centre the window a little before the first match so the reader sees its context.
        var firstHit = Array.IndexOf(hit, true, bestStart);
        if (firstHit >= 0) bestStart = Math.Max(0, Math.Min(bestStart, firstHit - 6));
        var last = Math.Min(tokens.Length - 1, bestStart + WindowTokens - 1);
        var s = tokens[bestStart].Start;
        var e = tokens[last].End;
        var highlights = new List<TextSpan>();
        for (var i = bestStart; i <= last; i++) if (hit[i]) highlights.Add(new TextSpan(tokens[i].Start, tokens[i].End));
        return new Snippet(text[s..e], s, e, highlights);
    }
}
