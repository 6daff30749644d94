namespace Telisik.Extraction.Quotes;

/// <summary>How a reporting cue attaches to its speaker and its content (the kind column of reporting-verbs.txt).</summary>
public enum CueKind
{
    /// <summary>A short form after the quote or clause: <c>"…," kata X</c>, <c>…, ujar X.</c>; takes <c>-nya</c>.</summary>
    Post,
    /// <summary>A full verb: <c>X mengatakan (bahwa) …</c>, <c>"…," X said</c>, <c>"…," said X</c>.</summary>
    Verb,
    /// <summary>A preposition: <c>menurut X, …</c>, <c>according to X, …</c>.</summary>
    Prep,
    /// <summary>Only before a colon: <c>From X: "…"</c>.</summary>
    Colon,
}
