using Telisik.Documents;
using Telisik.Extraction.Entities;
using Telisik.Pipeline;

namespace Telisik.Tests.Extraction.Entities;

public class EntityStageTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(DefaultPipeline.Create);

    private static AnalyzedArticle Analyze(string text) =>
        Pipeline.Value.Analyze(new Article { Id = "t", RawText = text, Text = text, OffsetMap = OffsetMap.Identity(text.Length) });

    [Fact]
    public void Shipped_model_finds_a_president_a_city_and_an_agency()
    {
        var doc = Analyze("Presiden Joko Widodo meresmikan gedung baru KPK di Jakarta pada Kamis. Ia didampingi sejumlah menteri.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Person && e.Name == "Joko Widodo");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Place && e.Name == "Jakarta");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Organisation && e.Mentions.Any(m => m.Text == "KPK"));
        Assert.DoesNotContain(doc.Entities, e => e.Mentions.Any(m => m.Text.Contains("Presiden") || m.Text == "Kamis"));
    }

    [Fact]
    public void Tagger_finds_names_no_gazetteer_lists()
    {
        var doc = Analyze("Bupati Sleman Kustini Sri Purnomo meninjau lokasi banjir di Kecamatan Mlati bersama warga.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Person && e.Name.Contains("Kustini"));
        Assert.Contains(doc.Entities, e => e.Mentions.Any(m => m.Text.Contains("Mlati")));
    }

    [Fact]
    public void Every_mention_is_its_own_evidence()
    {
        const string text = "Korea Utara (Korut) mengirim pasukan ke Rusia, kata Menteri Pertahanan AS Lloyd Austin di Roma.\n" +
                            "Austin menambahkan, Pyongyang dan Moskow makin dekat. Kepala NIS Cho Tae-yong juga berbicara.";
        var doc = Analyze(text);
        Assert.NotEmpty(doc.Entities);
        foreach (var mention in doc.Entities.SelectMany(e => e.Mentions))
        {
            Assert.InRange(mention.Start, 0, mention.End - 1);
            Assert.Equal(mention.Text, text[mention.Start..mention.End]);
        }
    }

    [Fact]
    public void A_head_word_alone_is_not_an_entity()
    {
        var doc = Analyze("Pemerintah menilai langkah itu tepat. Badan tersebut akan melapor pekan depan.");
        Assert.DoesNotContain(doc.Entities, e => e.Name is "Pemerintah" or "Badan");
    }

    [Fact]
    public void Lower_cased_text_is_still_tagged()
    {
        var doc = Analyze("presiden joko widodo berkunjung ke surabaya untuk meresmikan jembatan baru bersama gubernur jawa timur.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Place && e.Mentions.Any(m => m.Text == "surabaya"));
    }

    [Fact]
    public void Empty_text_yields_no_entities()
    {
        Assert.Empty(Analyze("").Entities);
        Assert.Empty(Analyze("   \n\n  ").Entities);
    }

    [Fact]
    public void A_megabyte_of_one_letter_does_not_crash()
    {
        var text = new string('a', 1 << 20);
        var doc = Analyze(text);
        foreach (var mention in doc.Entities.SelectMany(e => e.Mentions))
            Assert.Equal(mention.Text, text[mention.Start..mention.End]);
    }

    [Fact]
    public void A_quarter_megabyte_of_capitalised_words_without_a_full_stop_is_cut_into_windows()
    {
        var text = string.Concat(Enumerable.Repeat("Aa Bb ( ", (1 << 18) / 8));
        var doc = Analyze(text);
        foreach (var mention in doc.Entities.SelectMany(e => e.Mentions))
            Assert.Equal(mention.Text, text[mention.Start..mention.End]);
    }

    [Fact]
    public void Stage_declares_what_it_needs_and_provides()
    {
        var stage = new EntityStage();
        Assert.Equal("entities", stage.Name);
        Assert.Contains(StageNames.Tokens, stage.Requires);
        Assert.Equal([StageNames.Entities], stage.Provides);
    }
}
