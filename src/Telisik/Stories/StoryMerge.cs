namespace Telisik.Stories;

/// <summary>Two stories that turned out to be one: <see cref="From"/> now redirects to <see cref="Into"/>.</summary>
public sealed record StoryMerge(string From, string Into);
