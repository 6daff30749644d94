using System.Security.Cryptography;
using System.Text;

namespace Telisik.Cleaning;

/// <summary>Stable article ids and content hashes.</summary>
public static class ArticleIds
{
    /// <summary>
    /// The id for an article without its own: from the URL when it names a page (not a bare home page, which many
    /// crawled files carry), else from the cleaned content. Same input, same id, on every run.
    /// </summary>
    public static string Derive(string? url, string cleanedText)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.Trim('/').Length > 0)
            return "u" + Hex(uri.GetLeftPart(UriPartial.Path).ToLowerInvariant())[..15];
        return "c" + ContentHash(cleanedText)[..15];
    }

    /// <summary>SHA-256 of the cleaned text with white space folded, as lower-case hex.</summary>
    public static string ContentHash(string cleanedText)
    {
        var folded = string.Join(' ', cleanedText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Hex(folded);
    }

    private static string Hex(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)));
}
