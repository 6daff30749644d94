namespace Telisik.Ingest;

/// <summary>Progress of a running ingest: inputs read, stored and rejected so far, and the current source.</summary>
public readonly record struct IngestProgress(int Read, int Stored, int Rejected, string? Source);
