namespace Telisik.Extraction.Quotes;

/// <summary>
/// A speaker as written next to a cue: a name (<c>text[NameStart..NameEnd]</c>), a role, both, or a pronoun.
/// <see cref="EndToken"/> is the token index just after the phrase.
/// </summary>
internal sealed record SpeakerPhrase(string? Name, int NameStart, string? Role, bool IsPronoun, int Start, int EndToken)
{
    public bool IsUnnamedRole => Name is null && !IsPronoun && Role is not null;
}
