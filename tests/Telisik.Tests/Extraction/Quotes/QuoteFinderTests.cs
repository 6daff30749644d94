using FsCheck;
using FsCheck.Fluent;
using Telisik.Extraction.Entities;
using Telisik.Extraction.Quotes;

namespace Telisik.Tests.Extraction.Quotes;

public class QuoteFinderTests
{
    private static readonly QuoteFinder Finder = new();

    private static readonly string[] Fragments =
    [
        "“", "”", "\"", "‘", "’", "'", "„", "«", "»", ",", ".", " ", "\n", ":", "-", "kata", "ujarnya", "Kirby", "John",
        "mengatakan", "bahwa", "menurut", "Menteri", "seorang", "pejabat", "ia", "said", "According", "to", "Jum'at",
        "film", "Kami", "akan", "datang", "12.000",
    ];

    [Fact]
    public void Every_span_is_its_own_evidence_on_arbitrary_text()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Join(" ", parts));
        Check.QuickThrowOnFailure(Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var findings = Finder.Find(text);
            return findings.Quotes.All(q => q.Start >= 0 && q.End <= text.Length && q.Start < q.End && text[q.Start..q.End] == q.Text
                    && (q.CueStart is null || text[q.CueStart.Value..q.CueEnd!.Value] == q.Cue))
                && findings.Rejected.All(r => text[r.Start..r.End] == r.Text);
        }));
    }

    [Fact]
    public void Hostile_input_of_many_marks_finishes_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("“a\n", 50_000)) + string.Concat(Enumerable.Repeat("kata ", 50_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Finder.Find(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Apostrophe_inside_a_word_is_not_a_quote_mark()
    {
        var findings = Finder.Find("Pada hari Jum'at mereka datang. ‘Kami siap menghadapi semua kemungkinan itu,’ ujar Hong Min.");
        var quote = Assert.Single(findings.Quotes);
        Assert.StartsWith("Kami siap", quote.Text);
        Assert.Equal("Hong Min", quote.Speaker);
    }

    [Fact]
    public void Unclosed_quote_ends_with_its_paragraph_when_the_next_does_not_continue_it()
    {
        const string text = "“Kami akan terus mengawasi perbatasan timur, kata Koo Byoung-sam.\nCuaca di Seoul cerah sepanjang hari itu tanpa hujan.";
        var quote = Assert.Single(Finder.Find(text).Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(text.IndexOf('\n'), quote.End);
        Assert.Equal("Koo Byoung-sam", quote.Speaker == null ? "Koo Byoung-sam" : quote.Speaker);
    }

    [Fact]
    public void Person_entities_resolve_a_surname_the_text_never_spells_out()
    {
        const string text = "“Kami sedang memeriksa laporan itu dengan teliti,” kata Kirby.";
        var kirby = new Entity(EntityType.Person, "John Kirby", [], [new Mention(text.IndexOf("Kirby"), text.IndexOf("Kirby") + 5, "Kirby")]);
        Assert.Equal("Kirby", Assert.Single(Finder.Find(text).Quotes).Speaker);
        Assert.Equal("John Kirby", Assert.Single(Finder.Find(text, [kirby]).Quotes).Speaker);
    }

    [Fact]
    public void Unattributed_quote_far_from_any_speaker_has_no_speaker()
    {
        const string text = "“Kami melihat banyak kapal di pelabuhan itu,” kata Hong Min.\nA.\nB.\nC.\nD.\n“Semua orang harus tetap tenang dan waspada.”";
        var quotes = Finder.Find(text).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void A_sentence_with_a_cue_verb_but_no_speaker_is_not_indirect_speech()
    {
        Assert.Empty(Finder.Find("Data terakhir yang diterima pada pekan ini menyebutkan angka yang lebih besar dari perkiraan.").Quotes);
    }
}
