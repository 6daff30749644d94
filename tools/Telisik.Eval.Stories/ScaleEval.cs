namespace Telisik.Eval.Stories;
internal static class ScaleEval { public static int Run(string data, string[] args) => 0; }
