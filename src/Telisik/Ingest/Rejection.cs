namespace Telisik.Ingest;

/// <summary>An input that was not stored, with a reason the user can read.</summary>
/// <param name="Source">The file (and ":line" for JSONL) the input came from.</param>
/// <param name="Kind">The category of the problem.</param>
/// <param name="Reason">A specific message, e.g. "line 3: not valid JSON (expected a value at byte 0)".</param>
public sealed record Rejection(string Source, RejectionKind Kind, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Reason}";
}
