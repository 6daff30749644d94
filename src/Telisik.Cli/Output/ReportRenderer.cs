using System.Globalization;
using Telisik.Extraction.Figures;
using Telisik.Stories.Report;

namespace Telisik.Cli.Output;

/// <summary>Renders a story report as terminal text or as a Markdown brief.</summary>
public static class ReportRenderer
{
    /// <summary>Writes the report; <paramref name="markdown"/> selects Markdown headings and lists.</summary>
    public static void Write(TextWriter w, StoryReport r, bool markdown)
    {
        string H(string s) => markdown ? $"\n## {s}\n" : $"\n{s.ToUpperInvariant()}";
        var Li = markdown ? "- " : "  - ";
        var h = r.Header;
        w.WriteLine(markdown ? $"# {Md(h.Title ?? h.Id)}" : $"Story {h.Id}: {h.Title}");
        if (markdown) w.WriteLine($"\nStory `{h.Id}`.");
        w.WriteLine($"{(markdown ? "" : "  ")}{h.ArticleCount} articles, {h.IndependentCount} independent reports (copies excluded), {TextRenderer.When(h.FirstPublished)} .. {TextRenderer.When(h.LastPublished)}");
        if (h.Outlets.Count > 0)
            w.WriteLine($"{(markdown ? "" : "  ")}Outlets, first to publish first: " + string.Join(", ", h.Outlets.Select(o =>
                $"{Md(o.Name)} ({Day(o.FirstPublished)}{(o.Copies > 0 ? $", {o.Copies} cop{(o.Copies == 1 ? "y" : "ies")}" : "")})")));

        if (r.Summary.Count > 0)
        {
            w.WriteLine(H("Summary"));
            foreach (var s in r.Summary) w.WriteLine($"{Li}{Md(Flat(s.Text))} [{Md(s.Outlet ?? s.ArticleId)}]");
        }

        if (r.Figures.Count > 0)
        {
            w.WriteLine(H("Figures compared"));
            foreach (var q in r.Figures)
            {
                w.WriteLine($"{(markdown ? "### " : "  ")}{Md(q.Quantity)} ({q.Unit}){(q.Disputed ? " — DISPUTED" : "")}");
                if (markdown) w.WriteLine();
                foreach (var c in q.Claims)
                    w.WriteLine($"{(markdown ? "- " : "    - ")}**{Value(c)}**{(c.Tense != FigureTense.Unspecified ? $" ({c.Tense.ToString().ToLowerInvariant()})" : "")} — {Md(c.Source ?? "unattributed")}; {Md(c.Outlet ?? c.ArticleId)}, {Day(c.Published)}{(c.When is not null ? $", said of {c.When}" : "")}: “{Md(Flat(c.Sentence))}”"
                        .Replace("**", markdown ? "**" : ""));
                foreach (var conflict in q.Conflicts.Take(5)) w.WriteLine($"{(markdown ? "  - " : "      ")}conflict: {Md(conflict)}");
                if (markdown) w.WriteLine();
            }
        }

        if (r.Quotes.Count > 0)
        {
            w.WriteLine(H("Quotes by speaker"));
            foreach (var g in r.Quotes.GroupBy(q => (q.Speaker, q.Role)))
            {
                w.WriteLine($"{(markdown ? "### " : "  ")}{Md(g.Key.Speaker ?? "Unattributed")}{(g.Key.Role is { } role && role != g.Key.Speaker ? $", {Md(role)}" : "")}");
                if (markdown) w.WriteLine();
                foreach (var q in g)
                    w.WriteLine($"{(markdown ? "- " : "    - ")}{(q.Kind == Telisik.Extraction.Quotes.QuoteKind.Direct ? $"“{Md(Flat(q.Text))}”" : $"(reported) {Md(Flat(q.Text))}")} [{Md(string.Join(", ", q.Articles.Select(a => a.Outlet ?? a.ArticleId).Distinct()))}]");
                if (markdown) w.WriteLine();
            }
        }

        if (r.Timeline.Count > 0)
        {
            w.WriteLine(H("Timeline"));
            foreach (var t in r.Timeline) w.WriteLine($"{Li}{t.Date} ({Md(t.Expression)}): {Md(Flat(t.Text))} [{Md(t.Outlet ?? t.ArticleId)}]");
        }

        if (r.Entities.Count > 0)
        {
            w.WriteLine(H("Entities"));
            foreach (var e in r.Entities) w.WriteLine($"{Li}{Md(e.Name)} ({e.Type.ToString().ToLowerInvariant()}): {e.Count} mentions in {e.Articles} article{(e.Articles == 1 ? "" : "s")}");
        }

        w.WriteLine(H("Articles"));
        foreach (var a in r.Articles)
            w.WriteLine($"{Li}{Md(a.Outlet ?? "?")}, {TextRenderer.When(a.Published)}{(a.PublishedInferred ? " (inferred)" : "")}: {Md(a.Title ?? a.Id)} (`{a.Id}`){(a.CopyOf is not null ? $", copy of `{a.CopyOf}`" : "")}{(a.Url is not null ? $" {a.Url}" : "")}");
    }

    /// <summary>"at least 3,000", "about 1,500", "7,000–8,000".</summary>
    public static string Value(FigureClaim c) => FigureComparer.DescribeValue(c);

    private static string Day(DateTimeOffset? d) => d is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";

    private static string Flat(string s) => s.Replace('\n', ' ').Trim();

    /// <summary>Escapes Markdown's active characters in untrusted article text.</summary>
    private static string Md(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
