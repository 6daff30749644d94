using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Telisik.Extraction.Quotes;

namespace Telisik.Bench;

/// <summary>
/// Quote finding throughput: <see cref="QuoteFinder.Find"/> over IndoSum articles (../shared/data/indosum or
/// TELISIK_SHARED), or over generated sample articles when the shared data is absent. One operation = one article.
/// Run: dotnet run -c Release --project bench/Telisik.Bench -- --filter *QuoteBenchmarks*
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private const int Articles = 500;
    private readonly QuoteFinder _finder = new();
    private string[] _texts = [];

    /// <summary>Where the texts came from (printed in the log).</summary>
    public string Source { get; private set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = FindIndoSum();
        if (path is null)
        {
            Console.WriteLine("// shared data absent: benchmarking generated sample articles");
            _texts = Enumerable.Range(0, Articles).Select(SampleArticle).ToArray();
            Source = "generated";
        }
        else
        {
            _texts = File.ReadLines(path).Take(Articles)
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).ToArray();
            Source = path;
        }
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int FindQuotesPerArticle()
    {
        var n = 0;
        foreach (var text in _texts) n += _finder.Find(text).Quotes.Count;
        return n;
    }

    private static string? FindIndoSum()
    {
        var env = Environment.GetEnvironmentVariable("TELISIK_SHARED");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, "indosum", "articles.jsonl"))) return Path.Combine(env, "indosum", "articles.jsonl");
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "indosum", "articles.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>A made-up article of about 2,000 characters in the style of the project's own examples.</summary>
    private static string SampleArticle(int i) => string.Join('\n',
        $"Juru Bicara Dewan Keamanan Nasional AS, John Kirby, memberi keterangan kepada wartawan pada hari ke-{i}.",
        "“Kami menilai bahwa kapal-kapal itu sudah berangkat dari pelabuhan timur pekan lalu,” kata Kirby.",
        "“Kami terus memantau pergerakan mereka setiap hari. Semua pilihan masih terbuka,” tuturnya.",
        "Menteri Pertahanan AS, Lloyd Austin, mengatakan bahwa Rusia sedang kesulitan merekrut tentara baru.",
        "Menurut Hong Min, peneliti senior di Korea Institute for National Unification, Pyongyang tidak akan mengakui pengiriman itu.",
        "Warga menonton film \"Pengabdi Setan\" di bioskop sambil menunggu kabar terbaru dari perbatasan.",
        "Seorang pejabat senior pemerintah mengatakan pengiriman itu menunjukkan keputusasaan Moskow.",
        "\"Pasukan itu sudah tiba,\" ujar Koo Byoung-sam. \"Kami belum tahu tugas mereka di sana.\"",
        "Pasukan tersebut kemungkinan dikirim ke garis depan dalam beberapa pekan, kata Kirby.");
}
