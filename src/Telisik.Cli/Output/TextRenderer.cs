using System.Globalization;

namespace Telisik.Cli.Output;

/// <summary>Human-readable renderings of stories and articles.</summary>
public static class TextRenderer
{
    /// <summary>A date as yyyy-MM-dd HH:mm UTC, or "undated".</summary>
    public static string When(DateTimeOffset? d) =>
        d is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "undated";

    /// <summary>One line per story.</summary>
    public static void StoryLine(TextWriter w, StoryView s) =>
        w.WriteLine($"{s.Id}  {s.ArticleCount,3} art ({s.IndependentCount} indep.)  {Day(s.FirstPublished)}..{Day(s.LastPublished)}  {string.Join(", ", s.Outlets)}  {s.Title}");

    /// <summary>An article's header and cleaned text.</summary>
    public static void Article(TextWriter w, ArticleView a)
    {
        w.WriteLine($"Article {a.Id}");
        w.WriteLine($"  Outlet: {a.Outlet ?? "?"}{(a.DatelineOutlet is not null ? $" (dateline {a.DatelineOutlet})" : "")}{(a.UrlOutlet is not null ? $" (url {a.UrlOutlet})" : "")}");
        if (a.Url is not null) w.WriteLine($"  URL: {a.Url}");
        if (a.Title is not null) w.WriteLine($"  Title: {a.Title}");
        w.WriteLine($"  Published: {When(a.Published)}{(a.PublishedInferredFrom is not null ? $" (inferred from {a.PublishedInferredFrom})" : "")}");
        w.WriteLine($"  Language: {a.Language} ({a.LanguageConfidence.ToString("0.00", CultureInfo.InvariantCulture)})");
        if (a.StoryId is not null) w.WriteLine($"  Story: {a.StoryId}{(a.CopyOf is not null ? $", copy of {a.CopyOf}" : "")}");
        w.WriteLine();
        w.WriteLine(a.Text);
        if (a.Entities.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Entities: " + string.Join("; ", a.Entities.Select(e => $"{e.Name} ({e.Type.ToString().ToLowerInvariant()}, {e.Mentions.Count}x)")));
        }
        foreach (var q in a.Quotes) w.WriteLine($"Quote ({q.Kind.ToString().ToLowerInvariant()}): {q.Speaker ?? "?"}{(q.SpeakerRole is not null ? $", {q.SpeakerRole}" : "")}: \"{q.Text}\"");
        foreach (var f in a.Figures) w.WriteLine($"Figure: {f.Text} = {f.Value.ToString(CultureInfo.InvariantCulture)}{(f.ValueMax is { } m ? "-" + m.ToString(CultureInfo.InvariantCulture) : "")} {f.Unit} [{f.Approx}]{(f.Source is not null ? $" according to {f.Source}" : "")}");
        foreach (var d in a.Dates) w.WriteLine($"Date: {d.Text} -> {d.Resolved ?? "unresolved"} ({d.Granularity.ToString().ToLowerInvariant()})");
    }

    private static string Day(DateTimeOffset? d) => d is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "?";
}
