using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Telisik.Documents;
using Telisik.Extraction.Dates;
using Telisik.Extraction.Figures;
using Telisik.Pipeline;

namespace Telisik.Bench;

/// <summary>
/// Throughput of the date and figure stages on IndoSum articles (3,463 Indonesian news texts), or on generated
/// articles when the shared data folder is absent. Each invocation analyses every article once; BenchmarkDotNet
/// reports the time per article (OperationsPerInvoke), so articles/s = 1 s / mean.
/// Run: <c>dotnet run -c Release --project bench/Telisik.Bench -- --filter *FigureDate*</c>
/// </summary>
[MemoryDiagnoser]
public class FigureDateBenchmarks
{
    /// <summary>Articles analysed per invocation: IndoSum's size; a shorter or absent corpus is cycled or generated to it.</summary>
    private const int ArticlesPerInvoke = 3463;
    private Article[] _articles = [];
    private readonly DateStage _dates = new();
    private readonly FigureStage _figures = new();

    /// <summary>Where the articles came from, printed once.</summary>
    public static string Source { get; private set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = FindIndoSum();
        if (path is not null)
        {
            _articles = File.ReadLines(path).Select((line, i) =>
            {
                using var json = JsonDocument.Parse(line);
                var text = json.RootElement.GetProperty("text").GetString() ?? "";
                var published = json.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateTimeOffset.Parse(p.GetString()!) : (DateTimeOffset?)null;
                return Make($"indosum-{i}", text, published);
            }).ToArray();
            Source = $"IndoSum ({_articles.Length} articles from {path})";
            _articles = Enumerable.Range(0, ArticlesPerInvoke).Select(k => _articles[k % _articles.Length]).ToArray();
        }
        else
        {
            _articles = Enumerable.Range(0, ArticlesPerInvoke).Select(i => Make($"gen-{i}", Generated(i), new DateTimeOffset(2024, 10, 24, 10, 0, 0, TimeSpan.FromHours(7)))).ToArray();
            Source = $"generated ({ArticlesPerInvoke} articles; IndoSum absent)";
        }
        Console.WriteLine($"// FigureDateBenchmarks source: {Source}");
        // Load the word tables outside the measurement.
        DatesAndFigures();
    }

    [Benchmark(OperationsPerInvoke = ArticlesPerInvoke, Description = "dates+figures per article")]
    public int DatesAndFigures()
    {
        var found = 0;
        foreach (var article in _articles)
        {
            var doc = new AnalyzedArticle(article);
            _dates.Run(doc);
            _figures.Run(doc);
            found += doc.Dates.Count + doc.Figures.Count;
        }
        return found;
    }

    private static Article Make(string id, string text, DateTimeOffset? published) =>
        new() { Id = id, RawText = text, Text = text, OffsetMap = OffsetMap.Identity(text.Length), Published = published, Language = "id" };

    // A news-like paragraph mix with numbers, dates, quotes and attributions (the engine's own sentences).
    private static string Generated(int i)
    {
        string[] parts =
        [
            $"Pada hari Jumat ({i % 28 + 1}/10), badan intelijen mengungkapkan bahwa sekitar {1000 + i}.000 tentara telah dikirim.",
            $"“Kami mencatat {i % 90 + 10} kasus baru,” kata juru bicara dinas kesehatan, Kamis {i % 28 + 1} Oktober 2024.",
            $"Nilai ekspor mencapai Rp {i % 500 + 1},5 triliun, naik {i % 9 + 1},2 persen dibanding tahun lalu.",
            "Puluhan warga mengungsi sejak dua hari lalu, sementara ratusan rumah rusak di awal hingga pertengahan Oktober.",
            $"Rapat dimulai pukul {i % 12 + 8}.00 WIB dan dihadiri antara 10 dan 15 menteri.",
        ];
        return string.Join("\n\n", Enumerable.Range(0, 4).Select(k => parts[(i + k) % parts.Length]));
    }

    private static string? FindIndoSum()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Telisik.sln"))) dir = dir.Parent;
        if (dir is null) return null;
        var path = Path.Combine(dir.FullName, "..", "shared", "data", "indosum", "articles.jsonl");
        return File.Exists(path) ? Path.GetFullPath(path) : null;
    }
}
