using FsCheck;
using FsCheck.Fluent;
using Telisik.Documents;
using Telisik.Extraction.Figures;
using Telisik.Extraction.Quotes;
using Telisik.Pipeline;

namespace Telisik.Tests.Extraction.Figures;

public sealed class FigureStageTests
{
    private static AnalyzedArticle Analyze(string text, DateTimeOffset? published = null)
    {
        var article = new Article { Id = "t", RawText = text, Text = text, OffsetMap = OffsetMap.Identity(text.Length), Published = published };
        return DefaultPipeline.Create().Analyze(article);
    }

    [Fact]
    public void Default_pipeline_fills_figures_with_spans_that_are_their_evidence()
    {
        var doc = Analyze("Pada hari Senin (21/10), panitia mengatakan bahwa 4.500 peserta dan 120 pelatih telah mendaftar.",
            new DateTimeOffset(2024, 10, 22, 9, 0, 0, TimeSpan.FromHours(7)));
        Assert.Equal([4500d, 120d], doc.Figures.Select(f => f.Value));
        foreach (var f in doc.Figures) Assert.Equal(f.Text, doc.Text[f.Start..f.End]);
        Assert.All(doc.Figures, f => Assert.Equal("panitia", f.Source));
        Assert.All(doc.Figures, f => Assert.Equal("2024-10-21", f.When));
    }

    [Fact]
    public void Quote_speaker_from_the_quote_stage_wins_over_cues()
    {
        const string text = "Dalam rapat itu disebut 70 kapal hilang.";
        var quote = new Quote(QuoteKind.Indirect, text[16..39], 16, 39, "Laksamana Rudi", null, null, null, null);
        var found = FigureStage.Find(text, "id", [], [quote]);
        Assert.Equal("Laksamana Rudi", Assert.Single(found).Source);
    }

    [Fact]
    public void Every_figure_span_is_its_evidence_on_generated_text() =>
        FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Elements("sekitar 1.500 tentara", "Rp 3,5 juta", "12 persen", "antara 4 dan 9 kapal", "ribuan warga", "kata Budi", "tahun 2019", ",", ".", "\n", "“", "”", "(18/10)", "pukul 10.00 WIB")
                ).ToArbitrary(),
            parts =>
            {
                var text = string.Join(' ', parts);
                var found = FigureStage.Find(text, "id", []);
                return found.All(f => f.Start >= 0 && f.End <= text.Length && f.Start < f.End && text[f.Start..f.End] == f.Text);
            }).QuickCheckThrowOnFailure();

    [Fact]
    public void Hostile_input_of_digits_and_separators_finishes_without_figures_out_of_range()
    {
        var text = string.Concat(Enumerable.Repeat("9.9,9.9,", 20_000)) + " " + new string('1', 5000) + " juta juta juta";
        var found = FigureStage.Find(text, "id", []);
        Assert.All(found, f => Assert.Equal(f.Text, text[f.Start..f.End]));
        Assert.DoesNotContain(found, f => double.IsInfinity(f.Value) || double.IsNaN(f.Value));
    }

    [Fact]
    public void Stage_is_safe_to_share_between_threads()
    {
        const string text = "Menurut BPS, 26 juta penduduk miskin dan 3.000 desa tertinggal.";
        var expected = FigureStage.Find(text, "id", []).Select(f => f.Value).ToArray();
        Parallel.For(0, 64, _ => Assert.Equal(expected, FigureStage.Find(text, "id", []).Select(f => f.Value)));
    }
}
