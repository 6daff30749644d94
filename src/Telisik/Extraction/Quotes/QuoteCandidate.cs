namespace Telisik.Extraction.Quotes;

/// <summary>A quotation before its speaker is resolved: the span, the speaker phrase as written and the cue token.</summary>
internal sealed record QuoteCandidate(QuoteKind Kind, int Start, int End, SpeakerPhrase? Speaker, int CueStart, int CueEnd)
{
    public bool HasCue => CueStart >= 0;
}
