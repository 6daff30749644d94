namespace Telisik.Cli.Output;

/// <summary>How a command prints its data.</summary>
public enum OutputFormat
{
    /// <summary>Human-readable text.</summary>
    Text,
    /// <summary>JSON (camelCase).</summary>
    Json,
    /// <summary>Markdown: a brief to paste into a report (story reports; other commands print text).</summary>
    Markdown,
}
