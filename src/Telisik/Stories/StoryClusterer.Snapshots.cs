namespace Telisik.Stories;

public sealed partial class StoryClusterer
{
    /// <summary>Snapshots of the stories in memory, by first publication.</summary>
    public IEnumerable<Story> Stories() =>
        _stories.Values.OrderBy(s => s.FounderPublished).ThenBy(s => s.Id, StringComparer.Ordinal).Select(Snapshot);

    /// <summary>A snapshot of a story by id (redirects followed), or null when it is not in memory.</summary>
    public Story? GetStory(string storyId) =>
        _stories.TryGetValue(ResolveStoryId(storyId), out var s) ? Snapshot(s) : null;

    private Story Snapshot(StoryState s)
    {
        var members = s.Members.OrderBy(m => m.Published).ThenBy(m => m.Id, StringComparer.Ordinal).ToArray();
        var outlets = members.Select(m => m.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return new Story(s.Id, Title(s, members), members[0].Published, members[^1].Published, outlets, members);
    }

    /// <summary>The headline of the live article with the highest summed similarity to the other live articles.</summary>
    private string Title(StoryState s, StoryArticle[] members)
    {
        var live = s.Live.Count > 50 ? s.Live.Take(50).ToList() : s.Live;
        if (live.Count == 0) return members[0].Headline;
        ArticleState? best = null;
        var bestScore = double.MinValue;
        foreach (var a in live)
        {
            var sum = 0.0;
            foreach (var b in live)
                if (a != b) sum += SparseVector.Dot(a.Terms, a.TermWeights, b.Terms, b.TermWeights);
            if (sum > bestScore + 1e-12 || (Math.Abs(sum - bestScore) <= 1e-12 && best is not null && a.Published < best.Published))
            {
                best = a;
                bestScore = sum;
            }
        }
        return best!.Headline;
    }
}
