using System.Globalization;
using Telisik.Documents;
using Telisik.Extraction.Dates;
using Telisik.Extraction.Figures;
using Telisik.Tests.Extraction.Specs;

namespace Telisik.Tests.Extraction.Figures;

/// <summary>Runs <c>specs/figures.id.md</c> and <c>specs/figures.en.md</c>: every listed figure, and nothing else.</summary>
public sealed class FigureSpecTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "figures.id.md", "figures.en.md" })
            foreach (var c in SpecFile.Load(file)) data.Add(file, c.Title);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_yields_exactly_the_listed_figures(string file, string title)
    {
        var c = SpecFile.Load(file).Single(x => x.Title == title);
        var dates = DateStage.Find(c.Text, c.Language, c.Published);
        var found = FigureStage.Find(c.Text, c.Language, dates.Select(d => new TextSpan(d.Start, d.End)).ToList(), null, dates);

        foreach (var f in found) Assert.Equal(f.Text, c.Text[f.Start..f.End]);
        var described = string.Join("; ", found.Select(f => $"{f.Start}-{f.End} \"{f.Text}\" {f.Value}"));
        Assert.True(found.Count == c.Expected.Count, $"expected {c.Expected.Count} figures, found {found.Count}: {described}");
        foreach (var e in c.Expected)
        {
            Assert.Equal(e.Evidence, c.Text[e.Start..e.End]);
            var f = found.SingleOrDefault(x => x.Start == e.Start && x.End == e.End);
            Assert.True(f is not null, $"no figure at {e.Start}-{e.End} \"{e.Evidence}\"; found: {described}");
            foreach (var (key, value) in e.Attributes)
                Assert.Equal(value, Actual(f!, key));
        }
    }

    private static string? Actual(Figure f, string key) => key switch
    {
        "value" => f.Value.ToString(CultureInfo.InvariantCulture),
        "max" => f.ValueMax?.ToString(CultureInfo.InvariantCulture),
        "approx" => ApproxName(f.Approx),
        "exclusive" => f.Exclusive ? "true" : "false",
        "unit" => f.Unit,
        "subject" => f.Subject,
        "source" => f.Source,
        "tense" => f.Tense.ToString().ToLowerInvariant(),
        _ => throw new InvalidOperationException($"Unknown figure attribute '{key}' in a spec."),
    };

    private static string ApproxName(Approximation a) => a switch
    {
        Approximation.Exact => "exact",
        Approximation.AtLeast => "at_least",
        Approximation.AtMost => "at_most",
        Approximation.About => "about",
        _ => "range",
    };
}
