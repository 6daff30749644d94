using Telisik.Documents;
using Telisik.Pipeline;
using Telisik.Stories;

namespace Telisik.Eval.Stories;

/// <summary>
/// The canonical example: the two seed articles must form one story and share no copy. Document frequencies
/// are warmed with IndoSum (a host with history); a leading URL line is dropped; the seeds state no time, so
/// they are given the same day, six hours apart.
/// </summary>
internal static class SeedsEval
{
    public static int Run(string data, string[] args)
    {
        var files = Directory.GetFiles(Path.Combine(data, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length < 2) { Console.Error.WriteLine("seeds folder has fewer than two articles"); return 2; }
        var terms = new DocumentFrequencies();
        var entities = new DocumentFrequencies();
        foreach (var f in IndoSumCorpus.Features(IndoSumCorpus.Read(data), withTitle: true))
        {
            terms.Observe(f.Terms.Select(t => t.Term).Concat(f.HeadTerms));
            entities.Observe(f.Entities);
        }
        var clusterer = new StoryClusterer(new StoryOptions(), terms, entities);
        var pipeline = DefaultPipeline.Create();
        var extractor = new ArticleFeatureExtractor();
        var t0 = new DateTimeOffset(2024, 10, 25, 3, 0, 0, TimeSpan.Zero);
        var updates = new List<ClusterUpdate>();
        for (var i = 0; i < files.Length; i++)
        {
            var lines = File.ReadAllLines(files[i]).SkipWhile(l => l.Trim().Length == 0 || l.StartsWith("http", StringComparison.Ordinal));
            var text = IndoSumCorpus.StripDateline(string.Join('\n', lines));
            var article = new Article
            {
                Id = Path.GetFileNameWithoutExtension(files[i]), Published = t0.AddHours(6 * i),
                RawText = text, Text = text, OffsetMap = OffsetMap.Identity(text.Length),
            };
            var u = clusterer.Add(extractor.Extract(pipeline.Analyze(article)));
            updates.Add(u);
            Console.WriteLine($"{article.Id}: story {u.Assignment.StoryId} opened={u.Assignment.OpenedStory} score={u.Assignment.Reason.Score:F3} " +
                              $"copies={u.CopyLinks.Count} terms=[{string.Join(", ", u.Assignment.Reason.SharedTerms)}] entities=[{string.Join(", ", u.Assignment.Reason.SharedEntities)}]");
        }
        var one = updates.Select(u => clusterer.ResolveStoryId(u.Assignment.StoryId)).Distinct().Count() == 1;
        var copies = updates.Sum(u => u.CopyLinks.Count);
        Console.WriteLine($"seeds: one story={one} copy links={copies} -> {(one && copies == 0 ? "OK" : "FAIL")}");
        return one && copies == 0 ? 0 : 1;
    }
}
