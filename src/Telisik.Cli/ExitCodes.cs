namespace Telisik.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;
    /// <summary>The command failed (store unusable, unexpected error).</summary>
    public const int Failure = 1;
    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
    /// <summary>The work was done, but some inputs were rejected (see the summary).</summary>
    public const int SomeRejected = 3;
    /// <summary>The story or article asked for does not exist.</summary>
    public const int NotFound = 4;
}
