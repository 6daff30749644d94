using Telisik.Extraction.Dates;
using Telisik.Tests.Extraction.Specs;

namespace Telisik.Tests.Extraction.Dates;

/// <summary>Runs <c>specs/dates.id.md</c> and <c>specs/dates.en.md</c>: every listed time expression, and nothing else.</summary>
public sealed class DateSpecTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "dates.id.md", "dates.en.md" })
            foreach (var c in SpecFile.Load(file)) data.Add(file, c.Title);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_yields_exactly_the_listed_dates(string file, string title)
    {
        var c = SpecFile.Load(file).Single(x => x.Title == title);
        var found = DateStage.Find(c.Text, c.Language, c.Published);

        foreach (var d in found) Assert.Equal(d.Text, c.Text[d.Start..d.End]);
        var described = string.Join("; ", found.Select(d => $"{d.Start}-{d.End} \"{d.Text}\" {d.Resolved}"));
        Assert.True(found.Count == c.Expected.Count, $"expected {c.Expected.Count} dates, found {found.Count}: {described}");
        foreach (var e in c.Expected)
        {
            Assert.Equal(e.Evidence, c.Text[e.Start..e.End]);
            var d = found.SingleOrDefault(x => x.Start == e.Start && x.End == e.End);
            Assert.True(d is not null, $"no date at {e.Start}-{e.End} \"{e.Evidence}\"; found: {described}");
            if (e.Attributes.TryGetValue("resolved", out var resolved)) Assert.Equal(resolved, d!.Resolved);
            if (e.Attributes.TryGetValue("granularity", out var g)) Assert.Equal(g, d!.Granularity.ToString().ToLowerInvariant());
            // anchored=DAY: counted from the article's own day DAY, not the stamp's (the correction is recorded).
            if (e.Attributes.TryGetValue("anchored", out var anchored))
                Assert.True(anchored is null ? d!.AnchoredOn is null : d!.AnchoredOn?.StartsWith(anchored, StringComparison.Ordinal) == true,
                    $"\"{e.Evidence}\" anchored on '{d!.AnchoredOn}', expected {anchored ?? "the stamp"}");
        }
    }
}
