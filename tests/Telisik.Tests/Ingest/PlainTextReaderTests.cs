using System.Text;
using Telisik.Ingest;

namespace Telisik.Tests.Ingest;

public class PlainTextReaderTests
{
    [Fact]
    public void A_url_on_the_first_line_becomes_the_url()
    {
        var r = PlainTextReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("https://www.antaranews.com/\nJepara Pos – Isi.")), "a.txt");
        Assert.Equal("https://www.antaranews.com/", r.Article!.Url);
    }

    [Fact]
    public void A_first_line_with_words_is_not_a_url()
    {
        Assert.Null(PlainTextReader.FirstLineUrl("https://x.id/a kata dia\nisi"));
        Assert.Null(PlainTextReader.FirstLineUrl("Judul berita\nhttps://x.id/a"));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_rejected_without_reading_it_all()
    {
        var big = new MemoryStream(new byte[IngestLimits.MaxArticleFileBytes + 10].Select(_ => (byte)'a').ToArray());
        var r = PlainTextReader.Read(big, "big.txt");
        Assert.Equal(RejectionKind.TooLarge, r.Rejection!.Kind);
        Assert.Contains("big.txt", r.Rejection.ToString());
    }
}
