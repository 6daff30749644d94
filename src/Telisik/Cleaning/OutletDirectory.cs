using System.Collections.Frozen;
using Telisik.Language;

namespace Telisik.Cleaning;

/// <summary>Canonical outlet names and their variants (datelines, record fields, URL domains), from <c>languages/outlets.txt</c>.</summary>
public sealed class OutletDirectory
{
    private readonly FrozenDictionary<string, string> _byVariant;

    /// <summary>Builds a directory from lines "Canonical | variant | variant".</summary>
    public OutletDirectory(IEnumerable<string> lines)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            foreach (var p in parts) map.TryAdd(p, parts[0]);
        }
        _byVariant = map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Loads the shipped directory.</summary>
    public static OutletDirectory LoadDefault() => new(LanguageData.ReadLines("languages/outlets.txt"));

    /// <summary>True when <paramref name="name"/> is a known outlet variant.</summary>
    public bool IsKnown(string name) => _byVariant.ContainsKey(name.Trim());

    /// <summary>The canonical name of a known variant, else the name as given (trimmed).</summary>
    public string Canonical(string name)
    {
        var n = name.Trim();
        return _byVariant.TryGetValue(n, out var c) ? c : n;
    }

    /// <summary>The outlet implied by a URL's host: a known domain's name, else the host without "www.".</summary>
    public string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        // Try the host, then drop leading labels (news.detik.com -> detik.com).
        for (var h = host; h.Contains('.'); h = h[(h.IndexOf('.') + 1)..])
            if (_byVariant.TryGetValue(h, out var c)) return c;
        return host;
    }
}
