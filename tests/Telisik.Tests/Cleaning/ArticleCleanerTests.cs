using Telisik.Cleaning;
using Telisik.Ingest;

namespace Telisik.Tests.Cleaning;

public class ArticleCleanerTests
{
    private static readonly ArticleCleaner Cleaner = ArticleCleaner.LoadDefault();

    private const string Body = "pemerintah mengumumkan rencana pembangunan jalan tol baru sepanjang puluhan kilometer di wilayah itu pada pekan ini.";

    private static Telisik.Documents.Article Clean(string text, string? url = null) =>
        Cleaner.Clean(new RawArticle { Text = text, Url = url ?? PlainTextReader.FirstLineUrl(text), Source = "t.txt", IsPlainTextFile = true }).Article!;

    [Theory]
    [InlineData("KONTEKS.CO.ID – ", "Konteks")]
    [InlineData("Jepara Pos – ", "Jepara Pos")]
    [InlineData("Jakarta, CNN Indonesia -- ", "CNN Indonesia")]
    [InlineData("Suara.com - ", "Suara")]
    [InlineData("JAKARTA, KOMPAS.com - ", "Kompas")]
    [InlineData("(ANTARA) - ", "Antara")]
    [InlineData("Surabaya (ANTARA) - ", "Antara")]
    [InlineData("BERITAKOTA.ID — ", "BERITAKOTA.ID")]
    [InlineData("Sumut Pos – ", "Sumut Pos")]
    public void Dateline_is_recognised_as_the_outlet_and_removed_from_the_text(string dateline, string outlet)
    {
        var a = Clean(dateline + "Pemerintah provinsi " + Body);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(outlet, a.DatelineOutlet);
        Assert.StartsWith("Pemerintah provinsi", a.Text);
    }

    [Fact]
    public void A_name_followed_by_a_dash_is_not_a_dateline()
    {
        var a = Clean("Presiden Joko Widodo - yang hadir di sana - menyebut " + Body);
        Assert.Null(a.DatelineOutlet);
        Assert.StartsWith("Presiden Joko Widodo", a.Text);
    }

    [Fact]
    public void Url_line_is_kept_as_url_and_the_dateline_outlet_wins_over_the_domain()
    {
        var a = Clean("https://www.antaranews.com/\nJepara Pos – Warga " + Body);
        Assert.Equal("https://www.antaranews.com/", a.Url);
        Assert.Equal("Jepara Pos", a.Outlet);
        Assert.Equal("Antara", a.UrlOutlet);
        Assert.DoesNotContain("antaranews", a.Text);
    }

    [Fact]
    public void Headline_line_before_the_dateline_becomes_the_title()
    {
        var a = Clean("Tol Baru Dibangun Tahun Depan\nJAKARTA, KOMPAS.com - Pemerintah " + Body);
        Assert.Equal("Tol Baru Dibangun Tahun Depan", a.Title);
        Assert.StartsWith("Pemerintah", a.Text);
    }

    [Fact]
    public void Promotional_footer_and_navigation_lines_are_removed()
    {
        var text = string.Join('\n',
            "KONTEKS.CO.ID – Warga " + Body,
            "Baca juga: Harga Cabai Naik Lagi di Pasar Johar",
            "Paragraf kedua juga berisi keterangan pejabat tentang jadwal pembangunan. ***",
            "Simak breaking news dan berita pilihan Konteks langsung dari ponselmu. Konteks.co.id WhatsApp Channel",
            "Baca berita pilihan konteks.co.id lainnya di:",
            "\"Google News\"");
        var a = Clean(text);
        Assert.DoesNotContain("Baca", a.Text);
        Assert.DoesNotContain("WhatsApp", a.Text);
        Assert.DoesNotContain("Google News", a.Text);
        Assert.DoesNotContain("***", a.Text);
        Assert.EndsWith("jadwal pembangunan.", a.Text);
    }

    [Fact]
    public void Related_link_list_after_baca_juga_is_removed_but_the_next_paragraph_stays()
    {
        var text = string.Join('\n',
            "Suara.com - Warga " + Body,
            "Baca Juga:",
            "Banjir Rendam Tiga Kecamatan",
            "Wali Kota Tinjau Pengungsi",
            "Pembangunan dijadwalkan mulai Januari, kata kepala dinas kepada wartawan.");
        var a = Clean(text);
        Assert.DoesNotContain("Banjir", a.Text);
        Assert.DoesNotContain("Wali Kota", a.Text);
        Assert.Contains("Pembangunan dijadwalkan", a.Text);
    }

    [Fact]
    public void Paragraphs_become_one_line_each()
    {
        var a = Cleaner.Clean(new RawArticle { Text = "Suara.com - Warga " + Body + "\n\n  Paragraf dua di sini.  \r\n\r\nParagraf tiga.", Source = "r:1" }).Article!;
        Assert.Equal(3, a.Text.Split('\n').Length);
    }

    [Fact]
    public void Too_little_text_is_rejected_as_not_an_article()
    {
        var r = Cleaner.Clean(new RawArticle { Text = "halaman tidak ditemukan", Source = "x.txt", IsPlainTextFile = true });
        Assert.Equal(RejectionKind.NotAnArticle, r.Rejection!.Kind);
    }

    [Fact]
    public void Same_text_gets_the_same_derived_id_and_a_page_url_gives_a_url_id()
    {
        Assert.Equal(Clean("Suara.com - Warga " + Body).Id, Clean("Suara.com - Warga " + Body).Id);
        Assert.StartsWith("u", Clean("Suara.com - Warga " + Body, "https://suara.com/news/2024/10/24/tol").Id);
        Assert.StartsWith("c", Clean("Suara.com - Warga " + Body, "https://suara.com/").Id);
    }

    [Fact]
    public void Every_cleaned_piece_maps_back_to_the_same_raw_characters_for_all_samples()
    {
        var files = Directory.GetFiles(Samples.Articles, "*.txt");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var raw = PlainTextReader.Read(File.OpenRead(file), file).Article!;
            var a = Cleaner.Clean(raw).Article!;
            foreach (var (c, r, l) in a.OffsetMap.Pieces())
                Assert.Equal(a.RawText.Substring(r, l), a.Text.Substring(c, l));
            Assert.DoesNotContain("WhatsApp Channel", a.Text);
        }
    }
}
