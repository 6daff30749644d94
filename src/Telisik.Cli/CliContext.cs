namespace Telisik.Cli;

/// <summary>The streams and environment a command runs with; tests pass their own.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, Func<Stream> openStdin, IReadOnlyDictionary<string, string?> environment, bool interactive)
{
    /// <summary>Where data goes.</summary>
    public TextWriter Out { get; } = output;

    /// <summary>Where progress and errors go.</summary>
    public TextWriter Err { get; } = error;

    /// <summary>Opens standard input (for '-').</summary>
    public Func<Stream> OpenStdin { get; } = openStdin;

    /// <summary>True when stderr is a terminal: draw a progress bar in place.</summary>
    public bool Interactive { get; } = interactive;

    /// <summary>Environment variables (TELISIK_DB, NO_COLOR).</summary>
    public string? Env(string name) => environment.TryGetValue(name, out var v) ? v : null;

    /// <summary>True when colour may be used: a terminal and no NO_COLOR (https://no-color.org).</summary>
    public bool Color => Interactive && string.IsNullOrEmpty(Env("NO_COLOR"));

    /// <summary>The process's real console.</summary>
    public static CliContext FromConsole()
    {
        var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value);
        return new CliContext(Console.Out, Console.Error, Console.OpenStandardInput, env, !Console.IsErrorRedirected);
    }
}
