namespace Telisik.Extraction.Quotes;

/// <summary>
/// Text between quotation marks found by <see cref="QuoteMarkScanner"/>: the opening mark's index, the closing mark's
/// index (-1 when the quote ran to the end of its paragraph without closing) and the trimmed content range.
/// </summary>
internal readonly record struct MarkedSpan(int OpenMark, int CloseMark, int ContentStart, int ContentEnd, bool SingleMarks)
{
    public bool Closed => CloseMark >= 0;

    /// <summary>The first index after the quote (after the closing mark, or the content's end).</summary>
    public int After => Closed ? CloseMark + 1 : ContentEnd;
}
