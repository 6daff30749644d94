using Telisik.Eval.Stories;

// Evaluation of copy detection and story clustering. Reads ../shared/data (relative to the repository root,
// or TELISIK_DATA); says so and exits 2 when it is absent.
//   stories [--pred FILE] [--no-title] [key=value ...]   cluster IndoSum, write predictions, score dev + extra labels
//   syndication                                          precision/recall of copy detection on generated copies
//   scale N [--per-day D] [key=value ...]                throughput and peak memory of dedup + clustering over N articles
//   seeds                                                the two seed articles must form one story and share no copy
//   samples [key=value ...]                              the repository's sample articles through the product's ingest, scored
//                                                        against samples/gold/stories.jsonl (needs no shared data)
var command = args.Length > 0 ? args[0] : "";
var rest = args.Skip(1).ToArray();
if (command == "samples") return SamplesEval.Run(rest);
var data = DataPaths.Locate();
if (data is null)
{
    Console.Error.WriteLine("The shared data folder (../shared/data or $TELISIK_DATA) is absent: nothing to evaluate.");
    return 2;
}
return command switch
{
    "stories" => StoriesEval.Run(data, rest),
    "syndication" => SyndicationEval.Run(data, rest),
    "scale" => ScaleEval.Run(data, rest),
    "seeds" => SeedsEval.Run(data, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Telisik.Eval.Stories stories|syndication|scale N [options]");
    return 1;
}
