using Telisik.Documents;
using Telisik.Extraction.Quotes;
using Telisik.Pipeline;

namespace Telisik.Tests.Extraction.Quotes;

public class QuoteStageTests
{
    [Fact]
    public void Default_pipeline_writes_quotes_whose_spans_are_their_evidence()
    {
        const string text = "Juru Bicara Dewan Keamanan Nasional AS, John Kirby, hadir di Washington.\n“Kami menilai kapal-kapal itu sudah berangkat,” kata Kirby.";
        var article = new Article { Id = "t1", RawText = text, Text = text, OffsetMap = new OffsetMap([0], [0], [text.Length]) };
        var doc = DefaultPipeline.Create().Analyze(article);
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(text[quote.Start..quote.End], quote.Text);
        Assert.Equal("John Kirby", quote.Speaker);
        Assert.Equal("Juru Bicara Dewan Keamanan Nasional AS", quote.SpeakerRole);
    }

    [Fact]
    public void Lexicon_reads_cue_kinds_from_the_language_packs()
    {
        var lexicon = QuoteLexicon.Default;
        Assert.True(lexicon.TryGetCue("kata", out var kata) && kata == CueKind.Post);
        Assert.True(lexicon.TryGetCue("Mengatakan", out var verb) && verb == CueKind.Verb);
        Assert.True(lexicon.TryGetCue("menurut", out var prep) && prep == CueKind.Prep);
        Assert.True(lexicon.TryGetCue("said", out var said) && said == CueKind.Verb);
        Assert.Equal(RoleWordKind.Title, lexicon.RoleKind("Menteri"));
        Assert.True(lexicon.IsPronoun("beliau"));
    }
}
