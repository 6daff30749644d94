using Telisik.Extraction.Entities;

namespace Telisik.Tests.Extraction.Entities;

/// <summary>Random news-like texts built from names, titles, brackets and noise: mentions stay their own evidence.</summary>
public class EntityOffsetTests
{
    private static readonly ShippedRecognizer Engine = new();

    private static readonly string[] Pieces =
    [
        "Korea Utara", "(Korut)", "Pyongyang", "di", "ke", "Rusia", "Moskow", "John Kirby", "Kirby", "Menteri Pertahanan",
        "AS", "Lloyd Austin", "Austin", "Badan Intelijen Nasional", "(NIS)", "badan intelijen Korea Selatan", "KPK",
        "mengatakan", "bahwa", "12.000", "tentara", ".", ",", "(", ")", "\"", "\n", "Presiden", "Joko Widodo", "Jokowi",
        "kata", "Juru Bicara", "Gedung Putih", "é", "🙂", "Senin", "PBB", "Dewan Keamanan PBB", "X", "aaaa",
    ];

    [Fact]
    public void Every_mention_of_random_texts_reads_its_own_span_and_mentions_never_overlap()
    {
        var random = new Random(4);
        for (var round = 0; round < 200; round++)
        {
            var words = Enumerable.Range(0, random.Next(0, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Concat(words.Select(w => w + (random.Next(4) == 0 ? "" : " ")));
            var entities = Engine.Recognize(text, random.Next(5) == 0 ? "en" : "id");
            var spans = new List<(int Start, int End)>();
            foreach (var e in entities)
            {
                Assert.NotEmpty(e.Mentions);
                Assert.False(string.IsNullOrWhiteSpace(e.Name));
                foreach (var m in e.Mentions)
                {
                    Assert.True(m.Start >= 0 && m.Start < m.End && m.End <= text.Length, $"Bad span {m.Start}-{m.End} in '{text}'.");
                    Assert.Equal(m.Text, text[m.Start..m.End]);
                    spans.Add((m.Start, m.End));
                }
            }
            spans.Sort();
            for (var i = 1; i < spans.Count; i++)
                Assert.True(spans[i - 1].End <= spans[i].Start, $"Overlapping mentions {spans[i - 1]} and {spans[i]} in '{text}'.");
        }
    }
}
