namespace Telisik.Extraction.Figures;

/// <summary>
/// The moment a figure's sentence puts it in, from aspect markers near it: <c>telah dikerahkan</c> (past) is a
/// different claim from <c>akan dikirim</c> (planned), so the story report must not compare them as equals.
/// </summary>
public enum FigureTense
{
    /// <summary>No marker near the figure.</summary>
    Unspecified,
    /// <summary>Done or reached: telah, sudah, sempat, has, already.</summary>
    Past,
    /// <summary>Under way: sedang, masih, tengah, currently, still.</summary>
    Ongoing,
    /// <summary>Intended or expected: akan, berencana, keputusan untuk, will, plans.</summary>
    Planned,
}
