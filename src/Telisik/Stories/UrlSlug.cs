namespace Telisik.Stories;

/// <summary>The headline words many news URLs carry in their path: <c>.../2018/02/01/075259/gubernur-jambi-zumi-zola-resmi-dicekal-kpk</c>.</summary>
internal static class UrlSlug
{
    /// <summary>Fewest words a path segment needs to count as a slug (shorter ones are sections: <c>news</c>, <c>read</c>).</summary>
    private const int MinWords = 3;

    /// <summary>The words of the path segment with the most words (separated by <c>- _ + .</c>), or null when no segment has <see cref="MinWords"/>.</summary>
    public static string? Words(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        string? best = null;
        var bestCount = MinWords - 1;
        foreach (var segment in uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var s = Uri.UnescapeDataString(segment);
            var dot = s.LastIndexOf('.');
            if (dot > 0 && s.Length - dot <= 5) s = s[..dot]; // .html, .php
            var words = s.Split(['-', '_', '+', '.'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Any(char.IsLetter) && !w.All(char.IsDigit)).ToArray();
            if (words.Length <= bestCount) continue;
            bestCount = words.Length;
            best = string.Join(' ', words);
        }
        return best;
    }
}
