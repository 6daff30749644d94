namespace Telisik.Language;

/// <summary>A sentence <c>text[Start..End]</c> and the range of tokens it holds.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount);
