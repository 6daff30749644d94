using System.Globalization;
using System.Text;
using Telisik.Search;

namespace Telisik.Cli.Output;

/// <summary>Human-readable search results: hits with highlighted snippets, and facets.</summary>
public static class SearchRenderer
{
    /// <summary>Article hits, then facets.</summary>
    public static void Articles(TextWriter w, SearchResults r, bool color)
    {
        w.WriteLine(r.TotalIsLowerBound
            ? $"{r.Total}+ matching articles (ranked and faceted among the {r.Total} most recently stored)"
            : $"{r.Total} matching articles");
        foreach (var h in r.Hits)
        {
            w.WriteLine($"{h.Id}  {h.Outlet ?? "?"}  {TextRenderer.When(h.Published)}  score {h.Score.ToString("0.00", CultureInfo.InvariantCulture)}  story {h.StoryId}");
            if (h.Title is not null) w.WriteLine($"    {h.Title}");
            if (h.Snippet is { } s) w.WriteLine($"    …{Highlight(s, color)}…");
        }
        if (r.Outlets.Count > 0) w.WriteLine("outlets: " + string.Join(", ", r.Outlets.Select(f => $"{f.Value} {f.Count}")));
        if (r.Days.Count > 0) w.WriteLine("days: " + string.Join(", ", r.Days.Select(f => $"{f.Value} {f.Count}")));
    }

    /// <summary>Story hits.</summary>
    public static void Stories(TextWriter w, int total, IReadOnlyList<StoryHit> hits, bool color)
    {
        w.WriteLine($"{total} matching stories");
        foreach (var h in hits)
        {
            w.WriteLine($"{h.Story.Id}  {h.Story.ArticleCount} articles ({h.MatchingArticles} matching)  {string.Join(", ", h.Story.Outlets)}  {h.Story.Title}");
            if (h.Best.Snippet is { } s) w.WriteLine($"    …{Highlight(s, color)}…");
        }
    }

    /// <summary>The snippet with its matches in bold (terminal) or [brackets] (no colour).</summary>
    public static string Highlight(Snippet s, bool color)
    {
        var sb = new StringBuilder();
        var at = s.Start;
        foreach (var h in s.Highlights)
        {
            sb.Append(s.Text, at - s.Start, h.Start - at);
            var word = s.Text.Substring(h.Start - s.Start, h.Length);
            sb.Append(color ? $"\u001b[1m{word}\u001b[0m" : $"[{word}]");
            at = h.End;
        }
        sb.Append(s.Text, at - s.Start, s.End - at);
        return sb.ToString().Replace('\n', ' ');
    }
}
