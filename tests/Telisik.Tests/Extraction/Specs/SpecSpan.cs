namespace Telisik.Tests.Extraction.Specs;

/// <summary>An expected span: kind ("figure", "date"), <c>text[Start..End]</c>, its evidence and attributes.</summary>
public sealed record SpecSpan(string Kind, int Start, int End, string Evidence, IReadOnlyDictionary<string, string?> Attributes);
