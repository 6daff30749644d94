using System.Buffers;

namespace Telisik.Extraction.Quotes;

/// <summary>The quotation marks the finder knows: “…”, "…", „…“, «…», »…«, ‘…’, '…', ‹…›.</summary>
internal static class QuoteMarks
{
    private static readonly SearchValues<char> Double = SearchValues.Create("\"“”„‟«»〝〞＂");
    private static readonly SearchValues<char> Single = SearchValues.Create("'‘’‚‛‹›");

    public static bool IsDouble(char c) => Double.Contains(c);

    public static bool IsSingle(char c) => Single.Contains(c);

    /// <summary>Curly closers that cannot open a quote in Indonesian or English typesetting.</summary>
    public static bool IsCurlyCloser(char c) => c is '”' or '»' or '〞';
}
