using Telisik.Dedup;
using Telisik.Tests.Stories;

namespace Telisik.Tests.Dedup;

/// <summary>Copy detection: exact and near duplicates, edited copies, and distinct reports that are not copies.</summary>
public class CopyIndexTests
{
    private static readonly CopyFingerprinter Fingerprinter = new(new DedupOptions());
    private static readonly DateTimeOffset T0 = SampleNews.Day0;

    private static CopyFingerprint Fp(string text) => Fingerprinter.Fingerprint(SampleNews.Analyze("x", text, T0));

    /// <summary>A wire copy as outlets publish it: own dateline, a new lead, a "read also" line, the end cut.</summary>
    internal static string EditedCopy(string original)
    {
        var paragraphs = original.Split('\n').ToList();
        paragraphs.RemoveAt(paragraphs.Count - 1);
        paragraphs.Insert(0, "Warga Garut kembali berduka. Bencana datang saat sebagian besar penduduk masih terlelap.");
        paragraphs[1] = "GARUT, Warta Kota Kita - " + paragraphs[1];
        paragraphs.Insert(3, "Baca juga: Lima Tips Menyiapkan Tas Siaga Bencana untuk Keluarga");
        return string.Join('\n', paragraphs);
    }

    [Fact]
    public void Identical_text_is_an_exact_copy_of_the_earlier_article()
    {
        var index = new CopyIndex(new DedupOptions());
        Assert.Empty(index.Add("a", T0, Fp(SampleNews.GarutFloodKabar)));
        var links = index.Add("b", T0.AddHours(2), Fp(SampleNews.GarutFloodKabar));
        var link = Assert.Single(links);
        Assert.Equal(new CopyLink("b", "a", CopyKind.Exact, 1.0), link);
    }

    [Fact]
    public void Edited_copy_with_new_lead_dateline_boilerplate_and_cut_end_is_detected()
    {
        var index = new CopyIndex(new DedupOptions());
        index.Add("wire", T0, Fp(SampleNews.GarutFloodKabar));
        var link = Assert.Single(index.Add("copy", T0.AddHours(3), Fp(EditedCopy(SampleNews.GarutFloodKabar))));
        Assert.Equal("wire", link.OriginalId);
        Assert.NotEqual(CopyKind.Exact, link.Kind);
    }

    [Fact]
    public void Copy_with_a_few_words_changed_is_a_near_duplicate()
    {
        var edited = SampleNews.GarutFloodKabar.Replace("Senin dini hari", "Senin pagi").Replace("sedikitnya", "setidaknya");
        var index = new CopyIndex(new DedupOptions());
        index.Add("wire", T0, Fp(SampleNews.GarutFloodKabar));
        var link = Assert.Single(index.Add("copy", T0.AddHours(1), Fp(edited)));
        Assert.Equal(CopyKind.NearDuplicate, link.Kind);
    }

    [Fact]
    public void Independent_reports_of_the_same_event_are_not_copies()
    {
        var index = new CopyIndex(new DedupOptions());
        index.Add("kabar", T0, Fp(SampleNews.GarutFloodKabar));
        Assert.Empty(index.Add("warta", T0.AddHours(2), Fp(SampleNews.GarutFloodWarta)));
        Assert.Null(index.Find(Fp(SampleNews.BimaFloodKabar), T0.AddHours(3)));
    }

    [Fact]
    public void Backfilled_original_becomes_the_original_of_its_copies()
    {
        var index = new CopyIndex(new DedupOptions());
        index.Add("copy", T0.AddHours(5), Fp(EditedCopy(SampleNews.GarutFloodKabar)));
        var links = index.Add("wire", T0, Fp(SampleNews.GarutFloodKabar));
        var link = Assert.Single(links);
        Assert.Equal(("copy", "wire"), (link.CopyId, link.OriginalId));
    }

    [Fact]
    public void Copies_of_a_copy_link_to_the_earliest_original()
    {
        var index = new CopyIndex(new DedupOptions());
        index.Add("wire", T0, Fp(SampleNews.GarutFloodKabar));
        index.Add("copy1", T0.AddHours(1), Fp(SampleNews.GarutFloodKabar));
        var link = Assert.Single(index.Add("copy2", T0.AddHours(2), Fp(EditedCopy(SampleNews.GarutFloodKabar))));
        Assert.Equal("wire", link.OriginalId);
    }

    [Fact]
    public void Deleted_article_is_no_longer_matched()
    {
        var index = new CopyIndex(new DedupOptions());
        index.Add("wire", T0, Fp(SampleNews.GarutFloodKabar));
        Assert.True(index.Remove("wire"));
        Assert.False(index.Remove("wire"));
        Assert.Equal(0, index.Count);
        Assert.Empty(index.Add("copy", T0.AddHours(1), Fp(SampleNews.GarutFloodKabar)));
    }

    [Fact]
    public void Articles_older_than_the_window_are_evicted_and_not_matched()
    {
        var options = new DedupOptions { Window = TimeSpan.FromDays(2) };
        var index = new CopyIndex(options);
        index.Add("wire", T0, Fp(SampleNews.GarutFloodKabar));
        index.Add("other", T0.AddDays(3), Fp(SampleNews.BimaFloodKabar));
        Assert.False(index.Contains("wire"));
        Assert.Equal(1, index.Count);
        Assert.Empty(index.Add("late-copy", T0.AddDays(3), Fp(SampleNews.GarutFloodKabar)));
    }

    [Fact]
    public void Short_texts_are_never_copies()
    {
        var index = new CopyIndex(new DedupOptions());
        index.Add("a", T0, Fp("Gempa kecil terasa di Garut pagi ini."));
        Assert.Empty(index.Add("b", T0, Fp("Gempa kecil terasa di Garut pagi ini.")));
    }

    [Fact]
    public void Fingerprints_are_identical_across_instances()
    {
        var other = new CopyFingerprinter(new DedupOptions());
        var a = Fp(SampleNews.GarutFloodKabar);
        var b = other.Fingerprint(SampleNews.Analyze("y", SampleNews.GarutFloodKabar, T0));
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.Equal(a.MinHash, b.MinHash);
        Assert.Equal(a.Sample, b.Sample);
    }
}
