using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Telisik.Language;

namespace Telisik.Lexicon;

/// <summary>
/// Throughput of the language core on all IndoSum articles, on one thread, measured in CPU time of this process
/// (so it holds on a shared, overloaded machine where wall-clock benchmarks are not reliable), with wall time beside.
/// Best of five rounds after two warm-up rounds; stem caches are warm (steady state).
/// </summary>
internal static class Throughput
{
    public static int Run(string shared)
    {
        var path = Path.Combine(shared, "data/indosum/articles.jsonl");
        if (!File.Exists(path)) { Console.Error.WriteLine($"IndoSum absent ({path}); nothing measured."); return 2; }
        var texts = File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? "").ToArray();
        var bytes = texts.Sum(t => (double)Encoding.UTF8.GetByteCount(t));
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        var identifier = new LanguageIdentifier();
        var stems = new StemStage(new IndonesianStemmer(), new EnglishStemmer());
        var tokens = texts.Select(t => tokenizer.Tokenize(t)).ToArray();
        var words = tokens.Sum(t => t.Count(x => x.Kind == TokenKind.Word));
        var split = texts.Select((t, i) => splitter.Split(t, tokens[i])).ToArray();
        var sentences = split.Sum(s => s.Length);
        Console.WriteLine($"IndoSum: {texts.Length} articles, {bytes / 1e6:F2} MB UTF-8, {tokens.Sum(t => t.Length)} tokens, {sentences} sentences, {words} words");

        Measure("tokenize", bytes, tokens.Sum(t => t.Length), "tokens", () => { foreach (var t in texts) tokenizer.Tokenize(t); });
        Measure("split sentences", bytes, sentences, "sentences", () => { for (var i = 0; i < texts.Length; i++) splitter.Split(texts[i], tokens[i]); });
        Measure("identify language", bytes, texts.Length, "articles", () => { for (var i = 0; i < texts.Length; i++) identifier.Identify(texts[i].AsSpan(), tokens[i]); });
        Measure("stem", bytes, words, "words", () => { for (var i = 0; i < texts.Length; i++) stems.Stem(texts[i], tokens[i], split[i], "id"); });
        Measure("whole core", bytes, texts.Length, "articles", () =>
        {
            foreach (var t in texts)
            {
                var k = tokenizer.Tokenize(t);
                var s = splitter.Split(t, k);
                var language = identifier.Identify(t.AsSpan(), k);
                stems.Stem(t, k, s, language.Code);
            }
        });
        return 0;
    }

    private static void Measure(string name, double bytes, double items, string unit, Action pass)
    {
        var process = Process.GetCurrentProcess();
        pass(); pass();
        double bestCpu = double.MaxValue, bestWall = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            pass();
            sw.Stop();
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu0).TotalSeconds);
            bestWall = Math.Min(bestWall, sw.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"| {name} | {bytes / 1e6 / bestCpu:F1} MB/s | {items / bestCpu:N0} {unit}/s | {bytes / 1e6 / bestWall:F1} MB/s |");
    }
}
