using Telisik.Extraction.Entities.Recognition;

namespace Telisik.Extraction.Entities.Resolution;

/// <summary>Union-find over mentions (by reference): which mentions name the same entity.</summary>
internal sealed class MentionLinks
{
    private readonly Dictionary<MentionCandidate, MentionCandidate> _parent = new();

    public MentionCandidate Root(MentionCandidate m)
    {
        while (_parent.TryGetValue(m, out var p) && !ReferenceEquals(p, m))
        {
            if (_parent.TryGetValue(p, out var gp)) _parent[m] = gp; // path halving
            m = p;
        }
        return m;
    }

    /// <summary>Joins the two mentions' groups; the earlier-found root stays the root.</summary>
    public void Union(MentionCandidate a, MentionCandidate b)
    {
        var ra = Root(a);
        var rb = Root(b);
        if (ReferenceEquals(ra, rb)) return;
        if (rb.Start < ra.Start) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
    }
}
