using AsyncBot.Bench.Fetch;
using AsyncBot.Bench.Output;
using AsyncBot.Bench.Pipeline;
using AsyncBot.Bench.Race;

// Usage: AsyncBot.Bench <race|pipeline|fetch> [impl] --name value ...   (bench/run.sh calls it; see bench/README.md)
if (args.Length == 0)
{
    await Console.Error.WriteLineAsync("usage: AsyncBot.Bench race <dotnet-raw|dotnet-engine|dotnet-engine-quiet> --count N --seconds S | pipeline --count N | fetch --base URL --count N");
    return 2;
}

return args[0] switch
{
    "race" => await RaceBench.RunAsync(args[1], new BenchArgs(args.Skip(2))),
    "pipeline" => await PipelineBench.RunAsync(new BenchArgs(args.Skip(1))),
    "fetch" => await FetchBench.RunAsync(new BenchArgs(args.Skip(1))),
    _ => throw new ArgumentException($"unknown bench command '{args[0]}'"),
};
