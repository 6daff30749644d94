namespace Telisik.Lexicon;

/// <summary>Evaluates the language core against the shared data (placeholder, filled in below).</summary>
internal static class Evaluation
{
    public static int Run(string shared) { _ = shared; return 0; }
}
