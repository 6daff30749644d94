using System.Text;
using Telisik.Ingest;

namespace Telisik.Tests.Ingest;

public class JsonlReaderTests
{
    private static List<ReadResult> Read(string jsonl) =>
        JsonlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), "in.jsonl").ToList();

    [Fact]
    public void Record_fields_are_kept_with_its_own_id()
    {
        var r = Read("""{"id":"a1","outlet":"suara","url":"http://x.id/a","published":"2017-03-28T04:15:36Z","title":"T","text":"Isi berita."}""").Single();
        Assert.Equal("a1", r.Article!.Id);
        Assert.Equal("suara", r.Article.Outlet);
        Assert.Equal(new DateTimeOffset(2017, 3, 28, 4, 15, 36, TimeSpan.Zero), r.Article.Published);
        Assert.Equal("T", r.Article.Title);
    }

    [Fact]
    public void A_malformed_line_is_rejected_by_line_and_the_next_line_is_still_read()
    {
        var results = Read("{\"id\":\"a\",\"text\":\"satu\"}\n{\"id\": broken\n{\"id\":\"c\",\"text\":\"tiga\"}\n");
        Assert.Equal(3, results.Count);
        Assert.Equal(RejectionKind.MalformedJson, results[1].Rejection!.Kind);
        Assert.Equal("in.jsonl:2", results[1].Rejection!.Source);
        Assert.Equal("c", results[2].Article!.Id);
    }

    [Fact]
    public void Unknown_fields_are_ignored_with_a_warning_naming_them()
    {
        var r = Read("""{"id":"a","text":"x","category":"sport","tags":[1]}""").Single();
        Assert.NotNull(r.Article);
        Assert.Contains(r.Warnings, w => w.Contains("category") && w.Contains("tags"));
    }

    [Fact]
    public void Missing_id_leaves_it_for_the_cleaner_to_derive_and_missing_text_is_rejected()
    {
        var results = Read("{\"text\":\"ada teks\"}\n{\"id\":\"b\"}\n[1,2]\n");
        Assert.Null(results[0].Article!.Id);
        Assert.Equal(RejectionKind.MissingText, results[1].Rejection!.Kind);
        Assert.Equal(RejectionKind.MalformedJson, results[2].Rejection!.Kind);
    }

    [Fact]
    public void An_unparseable_published_value_keeps_the_article_without_a_date()
    {
        var r = Read("""{"id":"a","text":"x","published":"kemarin sore"}""").Single();
        Assert.Null(r.Article!.Published);
        Assert.Contains(r.Warnings, w => w.Contains("kemarin sore"));
    }

    [Fact]
    public void Blank_lines_are_skipped_and_crlf_line_ends_are_accepted()
    {
        var results = Read("{\"id\":\"a\",\"text\":\"x\"}\r\n\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n");
        Assert.Equal(["a", "b"], results.Select(r => r.Article!.Id));
    }
}
