using System.Text.RegularExpressions;
using Telisik.Extraction.Quotes;

namespace Telisik.Tests.Extraction.Quotes;

/// <summary>Runs the examples of specs/quotes.id.md and specs/quotes.en.md: exactly the listed quotes, no others.</summary>
public class QuoteSpecTests
{
    private static readonly QuoteFinder Finder = new();

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in QuoteSpec.Load()) data.Add(spec.File, spec.Title);
        return data;
    }

    [Fact]
    public void Spec_files_hold_examples_of_every_form()
    {
        var specs = QuoteSpec.Load().ToList();
        Assert.True(specs.Count(s => s.File == "quotes.id.md") >= 12);
        Assert.True(specs.Count(s => s.File == "quotes.en.md") >= 8);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example_gives_exactly_the_expected_quotes(string file, string title)
    {
        var spec = QuoteSpec.Load().Single(s => s.File == file && s.Title == title);
        var findings = Finder.Find(spec.Text);
        var expectedQuotes = spec.Expected.Where(e => e.StartsWith("direct") || e.StartsWith("indirect")).ToList();
        var found = string.Join("\n", findings.Quotes.Select(q => $"{q.Kind} {q.Start}-{q.End} {q.Speaker} | {q.SpeakerRole} | {q.Cue}"));
        Assert.True(expectedQuotes.Count == findings.Quotes.Count, $"expected {expectedQuotes.Count} quotes, found:\n{found}");
        for (var i = 0; i < expectedQuotes.Count; i++)
        {
            var line = expectedQuotes[i];
            var q = findings.Quotes[i];
            var m = Regex.Match(line, @"^(direct|indirect) (\d+)-(\d+)");
            Assert.Equal(m.Groups[1].Value == "direct" ? QuoteKind.Direct : QuoteKind.Indirect, q.Kind);
            Assert.Equal((int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)), (q.Start, q.End));
            Assert.Equal(spec.Text[q.Start..q.End], q.Text);
            Assert.Equal(QuoteSpec.Attribute(line, "speaker"), q.Speaker);
            if (QuoteSpec.Attribute(line, "role") is { } role) Assert.Equal(role, q.SpeakerRole);
            if (QuoteSpec.Attribute(line, "cue") is { } cue)
            {
                Assert.Equal(cue, q.Cue);
                Assert.Equal(cue, spec.Text[q.CueStart!.Value..q.CueEnd!.Value]);
            }
        }
        foreach (var line in spec.Expected.Where(e => e.StartsWith("rejected")))
        {
            var m = Regex.Match(line, @"^rejected (\d+)-(\d+)");
            var start = int.Parse(m.Groups[1].Value);
            var rejected = Assert.Single(findings.Rejected, r => r.Start == start);
            Assert.Equal(int.Parse(m.Groups[2].Value), rejected.End);
            Assert.Equal(Enum.Parse<QuoteRejection>(QuoteSpec.Attribute(line, "reason")!), rejected.Reason);
        }
    }
}
