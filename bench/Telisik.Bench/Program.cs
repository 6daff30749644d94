using BenchmarkDotNet.Running;
using Telisik.Bench;

// "ingest [FILE] [THREADS]" runs the end-to-end ingest harness; "stages [FILE] [PASSES]" times the analysis stages;
// "search-build N DB", "search-queries DB [REPEATS] [WINDOW]", "search-overhead N", "search-profile DB [REPEATS]",
// "search-size DB" and "search-optimize DB" the search harness; anything else goes to BenchmarkDotNet (kernels).
if (args.Length > 0 && args[0] == "ingest") return IngestHarness.Run(args[1..]);
if (args.Length > 0 && args[0] == "stages") return StageHarness.Run(args[1..]);
if (args.Length > 0 && args[0].StartsWith("search-", StringComparison.Ordinal)) return SearchHarness.Run(args[0], args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(IngestHarness).Assembly).Run(args);
return 0;
