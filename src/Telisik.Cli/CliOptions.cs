using System.CommandLine;
using Telisik.Cli.Output;

namespace Telisik.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CliOptions
{
    /// <summary>The store file; global (accepted before or after the command).</summary>
    public static Option<string?> Db() => new("--db")
    {
        Description = "Path of the SQLite store (default: $TELISIK_DB, else ./telisik.db)",
        Recursive = true,
    };

    /// <summary>The output format.</summary>
    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format: text, json (or markdown for story)",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}
