namespace Telisik.Stories;

/// <summary>How an article's similarity to a story is computed from its similarities to the story's articles.</summary>
public enum StoryLinkage
{
    /// <summary>The best-matching article decides (single link).</summary>
    Best,
    /// <summary>The mean of the best and the mean over the story's candidate articles: resists chaining.</summary>
    BestAndMean,
}
