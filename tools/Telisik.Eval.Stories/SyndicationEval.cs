namespace Telisik.Eval.Stories;
internal static class SyndicationEval { public static int Run(string data, string[] args) => 0; }
