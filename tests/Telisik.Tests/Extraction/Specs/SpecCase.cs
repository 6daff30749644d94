namespace Telisik.Tests.Extraction.Specs;

/// <summary>One case of a spec file: a paragraph, its context and the spans it must yield.</summary>
public sealed record SpecCase(string File, string Title, string Text, string Language, DateTimeOffset? Published, IReadOnlyList<SpecSpan> Expected)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: {Title}";
}
