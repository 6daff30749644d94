using System.Diagnostics;
using Telisik.Extraction.Entities;
using Telisik.Extraction.Entities.Lexicons;
using Telisik.Extraction.Entities.Tagging;
using Telisik.Language;
using Telisik.NerTrainer;

// Trains and evaluates the entity tagger.
//   dotnet run -c Release --project tools/Telisik.NerTrainer -- train   (writes models/ner.bin, prints test F1)
//   dotnet run -c Release --project tools/Telisik.NerTrainer -- eval    (scores the shipped model on the test splits)
//   dotnet run -c Release --project tools/Telisik.NerTrainer -- clusters (induces languages/id/word-clusters.txt from IndoSum)
//   dotnet run -c Release --project tools/Telisik.NerTrainer -- show FILE (prints the entities found in a text file)
//   dotnet run -c Release --project tools/Telisik.NerTrainer -- speed   (quick single-thread tagging speed check)
// Options: --data DIR (default: ../shared/data/ner beside the repository), --out FILE, --epochs N (20), --bits B (19),
// --seed S, --shared R (0.2: learning rate of the shared feature copies next to the per-corpus copies), --only CORPUS.
var command = args.Length > 0 ? args[0] : "train";
string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

var repo = FindRepository();
var data = Option("--data") ?? Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "ner"));
if (!Directory.Exists(data))
{
    Console.Error.WriteLine($"NER data not found at '{data}'. The trainer needs the shared data folder (NERGrit, NERP, " +
                            "idner-news-2k); pass --data DIR. The shipped model in models/ner.bin works without it.");
    return 2;
}
var output = Option("--out") ?? Path.Combine(repo, "models", "ner.bin");
var epochs = int.Parse(Option("--epochs") ?? "20");
var bits = int.Parse(Option("--bits") ?? "19");
var seed = int.Parse(Option("--seed") ?? "20241023");
var shared = float.Parse(Option("--shared") ?? "0.2", System.Globalization.CultureInfo.InvariantCulture);

if (command == "show")
{
    // Prints the entities the engine finds in a text file (a quick look at real articles; nothing is written).
    var path = args.Length > 1 ? args[1] : throw new ArgumentException("Usage: show FILE");
    var text = File.ReadAllText(path);
    var doc = Telisik.Pipeline.DefaultPipeline.Create().Analyze(new Telisik.Documents.Article
        { Id = path, RawText = text, Text = text, OffsetMap = Telisik.Documents.OffsetMap.Identity(text.Length) });
    foreach (var e in doc.Entities)
        Console.WriteLine($"{e.Type,-12} {e.Name,-40} x{e.Mentions.Count}  aliases: {string.Join(" | ", e.Aliases)}");
    return 0;
}

var extractor = new NerFeatureExtractor(EntityLexicon.Load("id", new Tokenizer()));
switch (command)
{
    case "clusters":
    {
        var indosum = Option("--indosum") ?? Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "indosum", "articles.jsonl"));
        if (!File.Exists(indosum))
        {
            Console.Error.WriteLine($"IndoSum not found at '{indosum}' (pass --indosum FILE).");
            return 2;
        }
        var clusters = Path.Combine(repo, "languages", "id", "word-clusters.txt");
        var clock = Stopwatch.StartNew();
        new WordClusterer(vocabulary: 15_000, contexts: 300, dimensions: 600, fine: 256, coarse: 32, iterations: 12, seed: seed)
            .Run(indosum, clusters, Console.Out);
        Console.WriteLine($"Wrote {clusters} in {clock.Elapsed.TotalSeconds:F1} s; retrain the model next.");
        return 0;
    }
    case "train":
    {
        var training = new List<TaggedSentence>();
        foreach (var corpus in ConllCorpus.All.Where(c => Option("--only") is not { } only || c.Name == only))
        {
            training.AddRange(corpus.Read(data, corpus.Train));
            training.AddRange(corpus.Read(data, corpus.Valid));
        }
        Console.WriteLine($"Training on {training.Count} sentences (train + valid of {ConllCorpus.All.Count} corpora; test splits held out), " +
                          $"{epochs} epochs, 2^{bits} buckets, seed {seed}");
        var clock = Stopwatch.StartNew();
        var model = new PerceptronTrainer(extractor, bits, epochs, seed, shared).Train(training, Console.Out);
        Console.WriteLine($"Trained in {clock.Elapsed.TotalSeconds:F1} s");
        using (var file = File.Create(output)) model.Save(file);
        Console.WriteLine($"Wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB)");
        using (var file = File.OpenRead(output)) Evaluate(NerModel.Load(file)); // score what ships, after half-precision rounding
        return 0;
    }
    case "eval":
    {
        using var file = File.OpenRead(output);
        Evaluate(NerModel.Load(file));
        return 0;
    }
    case "speed":
    {
        using var file = File.OpenRead(output);
        var tagger = new NerTagger(NerModel.Load(file), extractor);
        var sentences = ConllCorpus.All.SelectMany(c => c.Read(data, c.Train)).ToList();
        var labels = new NerLabel[4096];
        foreach (var s in sentences.Take(500)) tagger.Tag(s.Text, s.Tokens, true, NerDomain.News, labels); // warm up the JIT
        long tokens = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < 3; round++)
            foreach (var s in sentences)
            {
                tagger.Tag(s.Text, s.Tokens, true, NerDomain.News, labels);
                tokens += s.Tokens.Length;
            }
        // CPU time, not wall time: on a shared, oversubscribed machine wall time measures the neighbours.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"{tokens / cpuSeconds:N0} tokens per CPU-second (tagger: features + greedy decoding, one thread)");
        var recognizer = new EntityRecognizer(tagger.Model, new Tokenizer());
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long recognized = 0;
        foreach (var s in sentences)
        {
            recognizer.Recognize(s.Text, s.Tokens, [], "id");
            recognized += s.Tokens.Length;
        }
        Console.WriteLine($"{recognized / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:N0} tokens per CPU-second " +
                          "(whole recognizer: tagger, gazetteers, alias resolution)");
        var features = new uint[4096 * NerFeatureExtractor.Stride];
        var extractClock = Stopwatch.StartNew();
        foreach (var s in sentences) extractor.Extract(s.Text, s.Tokens, true, features);
        Console.WriteLine($"extraction alone: {sentences.Sum(s => s.Tokens.Length) / extractClock.Elapsed.TotalSeconds:N0} tokens/s");
        Console.WriteLine($"{tokens / clock.Elapsed.TotalSeconds:N0} tokens per wall-clock second ({tokens} tokens)");
        return 0;
    }
    default:
        Console.Error.WriteLine($"Unknown command '{command}'. Use train or eval.");
        return 1;
}

void Evaluate(NerModel model)
{
    var tagger = new NerTagger(model, extractor);
    Console.WriteLine("| test split | sentences | gold entities | P | R | F1 |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    foreach (var corpus in ConllCorpus.All)
    {
        var test = corpus.Read(data, corpus.Test);
        var scorer = new EntityScorer();
        foreach (var s in test)
        {
            var predicted = new NerLabel[s.Tokens.Length];
            tagger.Tag(s.Text, s.Tokens, s.Cased, s.Domain, predicted);
            scorer.Add(s.Gold, predicted);
        }
        Console.WriteLine($"| {corpus.Name} | {test.Count} | {scorer.GoldCount} | {scorer.Precision:F1} | {scorer.Recall:F1} | **{scorer.F1:F1}** |");
    }
}

static string FindRepository()
{
    var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Telisik.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
