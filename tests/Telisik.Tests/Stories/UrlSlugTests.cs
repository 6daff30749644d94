using Telisik.Stories;

namespace Telisik.Tests.Stories;

/// <summary>News URLs spell their headline in a path segment; section names and ids are not a slug.</summary>
public class UrlSlugTests
{
    [Theory]
    [InlineData("https://www.suara.com/news/2018/02/01/075259/gubernur-jambi-zumi-zola-resmi-dicekal-kpk", "gubernur jambi zumi zola resmi dicekal kpk")]
    [InlineData("http://www.cnnindonesia.com/nasional/20180202192630-12-273487/zumi-zola-jadi-tersangka/", "zumi zola jadi tersangka")]
    [InlineData("http://www.juara.net/read/balap/motor/173594-gp.argentina.kesempatan.marquez", "gp argentina kesempatan marquez")]
    [InlineData("https://www.merdeka.com/peristiwa/datang-ke-rapat-pansus.html", "datang ke rapat pansus")]
    public void The_segment_with_the_most_words_is_the_slug(string url, string words) =>
        Assert.Equal(words, UrlSlug.Words(url));

    [Theory]
    [InlineData(null)]
    [InlineData("not a url")]
    [InlineData("https://example.com/news/read/12345")]
    [InlineData("https://dailysocial.id/post/garmin-virb")]
    public void Without_a_segment_of_three_words_there_is_no_slug(string? url) =>
        Assert.Null(UrlSlug.Words(url));
}
