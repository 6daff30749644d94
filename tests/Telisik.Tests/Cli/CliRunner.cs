using System.Text;
using Telisik.Cli;

namespace Telisik.Tests.Cli;

/// <summary>Runs the telisik command line in-process with captured streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Err);

    public static Result Run(string[] args, string? stdin = null, Dictionary<string, string?>? env = null)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var ctx = new CliContext(o, e, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? "")), env ?? new(), interactive: false);
        var code = CliApp.Run(args, ctx);
        return new Result(code, o.ToString(), e.ToString());
    }
}
