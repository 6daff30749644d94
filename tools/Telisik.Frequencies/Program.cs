using System.Globalization;
using Telisik.Cleaning;
using Telisik.Ingest;
using Telisik.Pipeline;
using Telisik.Stories;

// Builds models/stories/frequencies.tsv: in how many IndoSum articles each story term and entity occurs. The story
// clusterer starts from these background frequencies, so a store with two articles already weighs "pasukan" above
// "yang" (learned frequencies alone would give every shared term weight 0 until many articles arrive).
// Run from the repository root: dotnet run -c Release --project tools/Telisik.Frequencies [INDOSUM.jsonl] [OUT.tsv]
var input = args.Length > 0 ? args[0] : "../shared/data/indosum/articles.jsonl";
var output = args.Length > 1 ? args[1] : "models/stories/frequencies.tsv";
if (!File.Exists(input))
{
    Console.Error.WriteLine($"frequencies: '{input}' not found (IndoSum lives in ../shared/data, which a plain clone lacks).");
    return 1;
}
var cleaner = ArticleCleaner.LoadDefault();
var pipeline = DefaultPipeline.Create();
var extractor = new ArticleFeatureExtractor();
var terms = new Dictionary<string, int>(StringComparer.Ordinal);
var entities = new Dictionary<string, int>(StringComparer.Ordinal);
var documents = 0;
using (var stream = File.OpenRead(input))
    foreach (var r in JsonlReader.Read(stream, input))
    {
        if (r.Article is null || cleaner.Clean(r.Article).Article is not { } article) continue;
        var f = extractor.Extract(pipeline.Analyze(article), article.Published ?? DateTimeOffset.UnixEpoch);
        documents++;
        foreach (var t in f.Terms.Select(t => t.Term).Concat(f.HeadTerms).Distinct()) terms[t] = terms.GetValueOrDefault(t) + 1;
        foreach (var e in f.Entities.Distinct()) entities[e] = entities.GetValueOrDefault(e) + 1;
        if (documents % 500 == 0) Console.Error.WriteLine($"frequencies: {documents} articles");
    }
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
using (var w = new StreamWriter(output))
{
    w.WriteLine("# Document frequencies of story terms (t) and entities (e), derived from IndoSum (CC-BY-SA 4.0, Kurniawan & Louvan 2018).");
    w.WriteLine("# Rebuilt by: dotnet run -c Release --project tools/Telisik.Frequencies. Only keys in at least 2 articles are kept.");
    w.WriteLine($"documents\t{documents}");
    foreach (var (k, n) in terms.Where(kv => kv.Value >= 2).OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine($"t\t{k}\t{n.ToString(CultureInfo.InvariantCulture)}");
    foreach (var (k, n) in entities.Where(kv => kv.Value >= 2).OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine($"e\t{k}\t{n.ToString(CultureInfo.InvariantCulture)}");
}
Console.Error.WriteLine($"frequencies: {documents} articles, {terms.Count(kv => kv.Value >= 2)} terms, {entities.Count(kv => kv.Value >= 2)} entities -> {output}");
return 0;
