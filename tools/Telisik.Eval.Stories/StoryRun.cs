using Telisik.Stories;

namespace Telisik.Eval.Stories;

/// <summary>Runs a clusterer over features the way a host does: persisting assignments and following merges.</summary>
internal static class StoryRun
{
    /// <summary>When set, document frequencies are learned from all features before clustering: a host that has
    /// persisted them from earlier runs (a warm start).</summary>
    public static IReadOnlyList<ArticleFeatures>? WarmFrom { get; set; }

    /// <summary>When set, the clusterer starts from the shipped background frequencies, as the product does.</summary>
    public static bool Background { get; set; }

    public static Dictionary<string, string> Cluster(IEnumerable<ArticleFeatures> features, StoryOptions options, out StoryClusterer clusterer)
    {
        var (terms, entities) = Background ? BackgroundFrequencies.Load() : (new DocumentFrequencies(), new DocumentFrequencies());
        foreach (var f in WarmFrom ?? [])
        {
            terms.Observe(f.Terms.Select(t => t.Term).Concat(f.HeadTerms));
            entities.Observe(f.Entities);
        }
        clusterer = new StoryClusterer(options, terms, entities);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var redirect = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in features)
        {
            var u = clusterer.Add(f);
            foreach (var m in u.Merges) redirect[m.FromStoryId] = m.IntoStoryId;
            storyOf[u.Assignment.ArticleId] = u.Assignment.StoryId;
        }
        string Resolve(string s) { while (redirect.TryGetValue(s, out var n)) s = n; return s; }
        return storyOf.ToDictionary(kv => kv.Key, kv => Resolve(kv.Value), StringComparer.Ordinal);
    }
}
