using BenchmarkDotNet.Running;
using Telisik.Bench;

// "ingest [FILE] [THREADS]" runs the end-to-end harness; anything else goes to BenchmarkDotNet (kernels).
if (args.Length > 0 && args[0] == "ingest") return IngestHarness.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(IngestHarness).Assembly).Run(args);
return 0;
