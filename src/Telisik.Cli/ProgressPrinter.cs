using System.Diagnostics;
using Telisik.Ingest;

namespace Telisik.Cli;

/// <summary>
/// Shows ingest progress on stderr: a line redrawn in place on a terminal, or a line every few seconds when stderr
/// is redirected (logs). Thread-safe.
/// </summary>
public sealed class ProgressPrinter(CliContext ctx) : IProgress<IngestProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private long _lastDraw = -1;
    private bool _drawn;

    /// <inheritdoc />
    public void Report(IngestProgress p)
    {
        var interval = ctx.Interactive ? 100 : 5000;
        lock (_gate)
        {
            var now = _clock.ElapsedMilliseconds;
            if (_lastDraw >= 0 && now - _lastDraw < interval) return;
            _lastDraw = now;
            var rate = p.Read / Math.Max(0.001, now / 1000.0);
            var line = $"ingest: {p.Read} read, {p.Stored} stored, {p.Rejected} rejected, {rate:0} inputs/s";
            if (ctx.Interactive)
            {
                ctx.Err.Write("\r" + Spinner(now) + " " + line.PadRight(70));
                _drawn = true;
            }
            else ctx.Err.WriteLine(line);
        }
    }

    /// <summary>Ends the in-place line.</summary>
    public void Finish()
    {
        lock (_gate)
            if (_drawn) { ctx.Err.Write("\r" + new string(' ', 80) + "\r"); _drawn = false; }
    }

    private static char Spinner(long ms) => "|/-\\"[(int)(ms / 100 % 4)];
}
