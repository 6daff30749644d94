using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Telisik.Extraction.Entities;
using Telisik.Extraction.Entities.Tagging;
using Telisik.Language;

namespace Telisik.Bench;

/// <summary>
/// Entity throughput on one core, per token: the tagger alone (features + greedy decoding) and the whole
/// recognizer (tagger, gazetteers, alias resolution). Reads IndoSum from ../shared/data/indosum when present,
/// else generated Indonesian-like text. Run:
/// <c>dotnet run -c Release --project bench/Telisik.Bench -- --filter *EntityBenchmarks*</c>
/// </summary>
[MemoryDiagnoser]
public class EntityBenchmarks
{
    /// <summary>Tokens processed per benchmark invocation (BenchmarkDotNet reports time per token).</summary>
    public const int TokensPerRun = 100_000;

    private readonly List<(string Text, Token[] Tokens, Sentence[] Sentences)> _articles = [];
    private EntityRecognizer _recognizer = null!;
    private NerTagger _tagger = null!;
    private readonly NerLabel[] _labels = new NerLabel[4096];

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = EntityRecognizer.LoadShipped();
        _tagger = new NerTagger(_recognizer.Model,
            new NerFeatureExtractor(Telisik.Extraction.Entities.Lexicons.EntityLexicon.Load("id", new Tokenizer())));
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var total = 0;
        foreach (var text in Texts())
        {
            var tokens = tokenizer.Tokenize(text);
            var sentences = splitter.Split(text, tokens);
            var kept = new List<Sentence>();
            foreach (var s in sentences)
            {
                if (total + s.TokenCount > TokensPerRun) break;
                kept.Add(s);
                total += s.TokenCount;
            }
            if (kept.Count == 0) break;
            var last = kept[^1];
            var cut = tokens.AsSpan(0, last.FirstToken + last.TokenCount).ToArray();
            _articles.Add((text, cut, kept.ToArray()));
            if (total >= TokensPerRun - 50) break;
        }
        using var model = Telisik.Language.LanguageData.Open(NerModel.ShippedName);
        Console.WriteLine($"// {_articles.Count} articles, {total} tokens in sentences; models/ner.bin {model.Length / 1024.0 / 1024.0:F2} MB");
    }

    /// <summary>The tagger alone over every sentence.</summary>
    [Benchmark(OperationsPerInvoke = TokensPerRun)]
    public int TagTokens()
    {
        var entities = 0;
        foreach (var (text, tokens, sentences) in _articles)
        {
            foreach (var s in sentences)
            {
                var window = tokens.AsSpan(s.FirstToken, Math.Min(s.TokenCount, _labels.Length));
                _tagger.Tag(text, window, true, NerDomain.News, _labels);
                for (var i = 0; i < window.Length; i++) if (_labels[i] != NerLabel.O) entities++;
            }
        }
        return entities;
    }

    /// <summary>The whole recognizer, aliases included.</summary>
    [Benchmark(OperationsPerInvoke = TokensPerRun)]
    public int RecognizeEntities()
    {
        var entities = 0;
        foreach (var (text, tokens, sentences) in _articles)
            entities += _recognizer.Recognize(text, tokens, sentences, "id").Count;
        return entities;
    }

    private static IEnumerable<string> Texts()
    {
        var path = FindShared("indosum/articles.jsonl");
        if (path is not null)
        {
            foreach (var line in File.ReadLines(path))
                if (JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() is { } text) yield return text;
            yield break;
        }
        Console.WriteLine("// ../shared/data/indosum not found: benchmarking generated text instead.");
        var random = new Random(7);
        string[] names = ["Joko Widodo", "Lloyd Austin", "John Kirby", "Hong Min", "Sri Mulyani"];
        string[] places = ["Jakarta", "Korea Utara", "Rusia", "Surabaya", "Pyongyang"];
        string[] orgs = ["KPK", "DPR", "Badan Intelijen Nasional", "Polri", "PBB"];
        string[] verbs = ["mengatakan", "menyebut", "membantah", "menegaskan", "meminta"];
        for (var a = 0; a < 2000; a++)
        {
            var sentences = Enumerable.Range(0, 12).Select(_ =>
                $"{names[random.Next(names.Length)]} {verbs[random.Next(verbs.Length)]} bahwa {orgs[random.Next(orgs.Length)]} " +
                $"telah mengirim {random.Next(100, 20000)} personel ke {places[random.Next(places.Length)]} pada pekan lalu.");
            yield return string.Join(' ', sentences);
        }
    }

    private static string? FindShared(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        for (; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
