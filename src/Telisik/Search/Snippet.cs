using Telisik.Documents;

namespace Telisik.Search;

/// <summary>Evidence for a hit: <c>text[Start..End]</c> of the article, with the matched words at <see cref="Highlights"/>.</summary>
public sealed record Snippet(string Text, int Start, int End, IReadOnlyList<TextSpan> Highlights);
