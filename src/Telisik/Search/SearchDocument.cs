namespace Telisik.Search;

/// <summary>What the full-text index holds for one article: index forms (stems, folded) of its title, lead and body.</summary>
public sealed record SearchDocument(string Title, string Lead, string Body);
