using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Telisik.Language;

namespace Telisik.Bench;

/// <summary>
/// The language core on IndoSum articles (from ../shared/data when present, else generated Indonesian text; the
/// setup says which). Each operation is one article (OperationsPerInvoke), so Mean and Allocated are per article;
/// the MB/s and items/s columns convert them using the corpus' average article size and item counts.
/// Run: <c>dotnet run -c Release --project bench/Telisik.Bench -- --filter '*LanguageBenchmarks*' --job short --affinity 1</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LanguageBenchmarkConfig))]
public class LanguageBenchmarks
{
    /// <summary>Articles per operation batch.</summary>
    public const int Articles = 400;

    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly LanguageIdentifier _identifier = new();
    private readonly StemStage _stems = new(new IndonesianStemmer(), new EnglishStemmer());
    private string[] _texts = [];
    private Token[][] _tokens = [];
    private Sentence[][] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = LanguageCorpus.Load(Articles);
        _tokens = _texts.Select(t => _tokenizer.Tokenize(t)).ToArray();
        _sentences = _texts.Select((t, i) => _splitter.Split(t, _tokens[i])).ToArray();
        // Steady state: the stem caches are warm, as they are in a running server or batch.
        for (var i = 0; i < _texts.Length; i++) _stems.Stem(_texts[i], _tokens[i], _sentences[i], "id");
        LanguageCorpus.Describe(_texts, _tokens, (t, k) => _splitter.Split(t, k));
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Tokenize()
    {
        var n = 0;
        foreach (var t in _texts) n += _tokenizer.Tokenize(t).Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int SplitSentences()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++) n += _splitter.Split(_texts[i], _tokens[i]).Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int IdentifyLanguage()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++) n += _identifier.Identify(_texts[i].AsSpan(), _tokens[i]).Code.Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Stem()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++) n += _stems.Stem(_texts[i], _tokens[i], _sentences[i], "id").Length;
        return n;
    }

    /// <summary>The whole core: tokenize, split, identify, stem.</summary>
    [Benchmark(OperationsPerInvoke = Articles, Baseline = true)]
    public int WholeCore()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            var tokens = _tokenizer.Tokenize(text);
            var sentences = _splitter.Split(text, tokens);
            var language = _identifier.Identify(text.AsSpan(), tokens);
            var stems = _stems.Stem(text, tokens, sentences, language.Code);
            n += sentences.Length + stems.Length;
        }
        return n;
    }
}

/// <summary>Loads the benchmark corpus and remembers its per-article averages for the columns.</summary>
public static class LanguageCorpus
{
    /// <summary>Average UTF-8 bytes per article.</summary>
    public static double BytesPerArticle { get; private set; }
    /// <summary>Average tokens, sentences and word tokens per article.</summary>
    public static double Tokens { get; private set; }
    /// <inheritdoc cref="Tokens"/>
    public static double Sentences { get; private set; }
    /// <inheritdoc cref="Tokens"/>
    public static double Words { get; private set; }

    /// <summary>The first <paramref name="count"/> IndoSum articles, or generated text when the data is absent.</summary>
    public static string[] Load(int count)
    {
        var path = FindIndoSum();
        if (path is null)
        {
            Console.WriteLine("// IndoSum not found (../shared/data/indosum/articles.jsonl): benchmarking GENERATED Indonesian text.");
            return Generate(count);
        }
        Console.WriteLine($"// Corpus: first {count} articles of {path}");
        return File.ReadLines(path).Take(count)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? "").ToArray();
    }

    /// <summary>Computes the averages (written to a file the columns read, since BenchmarkDotNet reports from another process).</summary>
    public static void Describe(string[] texts, Token[][] tokens, Func<string, Token[], Sentence[]> split)
    {
        var bytes = texts.Sum(t => (double)Encoding.UTF8.GetByteCount(t)) / texts.Length;
        var toks = tokens.Sum(t => (double)t.Length) / texts.Length;
        var words = tokens.Sum(t => (double)t.Count(x => x.Kind == TokenKind.Word)) / texts.Length;
        var sentences = texts.Select((t, i) => (double)split(t, tokens[i]).Length).Sum() / texts.Length;
        File.WriteAllText(StatsPath, FormattableString.Invariant($"{bytes} {toks} {sentences} {words}"));
        Console.WriteLine(FormattableString.Invariant($"// Per article: {bytes:F0} bytes, {toks:F0} tokens, {sentences:F1} sentences, {words:F0} words"));
    }

    internal static void ReadStats()
    {
        if (!File.Exists(StatsPath)) return;
        var f = File.ReadAllText(StatsPath).Split(' ').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        (BytesPerArticle, Tokens, Sentences, Words) = (f[0], f[1], f[2], f[3]);
    }

    private static string StatsPath => Path.Combine(Path.GetTempPath(), "telisik-language-bench-stats.txt");

    private static string? FindIndoSum()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", "data", "indosum", "articles.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string[] Generate(int count)
    {
        string[] sentences =
        [
            "Pemerintah menyatakan bahwa sekitar 12.000 tentara telah dikirim ke wilayah perbatasan sejak Senin (18/10).",
            "“Kami terus memantau pergerakan mereka dengan hati-hati,” ujar juru bicara kementerian kepada wartawan.",
            "Anggaran operasi diperkirakan mencapai Rp1,5 triliun, naik 57,8 persen dibanding tahun lalu.",
            "Warga di sekitar lokasi mengatakan kegiatan sehari-hari berjalan normal hingga pukul 10.30 WIB.",
            "Penyelidikan lebih lanjut akan dilakukan oleh tim gabungan dari kepolisian dan Dr. Hong.",
        ];
        var rng = new Random(42);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var sb = new StringBuilder();
            for (var p = 0; p < 8; p++)
            {
                for (var s = 0; s < 3; s++) sb.Append(sentences[rng.Next(sentences.Length)]).Append(' ');
                sb.Append('\n');
            }
            return sb.ToString();
        }).ToArray();
    }
}

/// <summary>Adds the MB/s and items/s columns.</summary>
public sealed class LanguageBenchmarkConfig : ManualConfig
{
    public LanguageBenchmarkConfig()
    {
        AddColumn(new ThroughputColumn("MB/s", _ => LanguageCorpus.BytesPerArticle / 1e6));
        AddColumn(new ThroughputColumn("Items/s", method => method switch
        {
            nameof(LanguageBenchmarks.Tokenize) => LanguageCorpus.Tokens,
            nameof(LanguageBenchmarks.SplitSentences) => LanguageCorpus.Sentences,
            nameof(LanguageBenchmarks.Stem) => LanguageCorpus.Words,
            nameof(LanguageBenchmarks.IdentifyLanguage) => 1,
            _ => LanguageCorpus.BytesPerArticle,
        }));
    }
}

/// <summary>Units of work per article divided by the mean time per article.</summary>
public sealed class ThroughputColumn(string name, Func<string, double> perArticle) : IColumn
{
    public string Id => "Throughput" + name;
    public string ColumnName => name;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => name == "MB/s" ? "Megabytes (UTF-8) of article text per second" : "Tokens, sentences or stemmed words (per benchmark) per second; articles for IdentifyLanguage; bytes for WholeCore";
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        LanguageCorpus.ReadStats();
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || LanguageCorpus.BytesPerArticle == 0) return "?";
        var perSecond = perArticle(benchmarkCase.Descriptor.WorkloadMethod.Name) / (stats.Mean / 1e9);
        return perSecond.ToString(perSecond >= 100 ? "N0" : "F1", System.Globalization.CultureInfo.InvariantCulture);
    }
}
