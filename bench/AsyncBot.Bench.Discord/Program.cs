using AsyncBot.Bench.Discord;
using AsyncBot.Bench.Discord.Load;
using AsyncBot.Bench.Discord.Scale;
using AsyncBot.Bench.Output;
using AsyncBot.Bench.Discord.WebApi;

// Usage: AsyncBot.Bench.Discord <fake-discord|load|scale|outbox|pipeline-outbox|http-burst|webapi-server|webapi-load> --name value ...   (see bench/README.md)
if (args.Length == 0)
{
    await Console.Error.WriteLineAsync("usage: AsyncBot.Bench.Discord fake-discord | load --scales 100,300,1000 [--asyncbot BIN] [--discordjs SCRIPT] | scale --bot PATH [--count 1000 --replicas 3 --spread-ms 100] | outbox [--tasks 25 --step 0.1 --limit 5 --window 2] | pipeline-outbox [--count N] | http-burst --bot PATH [--count 1000 --command help] | webapi-server --impl async|blocking [--clients N] | webapi-load --base URL --impl NAME [--clients N --seconds S]");
    return 2;
}

var rest = new BenchArgs(args.Skip(1));
return args[0] switch
{
    "fake-discord" => await FakeDiscordHost.RunAsync(),
    "load" => await LoadBench.RunAsync(rest),
    "scale" => await ScaleBench.RunAsync(rest),
    "garnet-server" => await GarnetStore.ServeUntilStdinClosesAsync(rest.Count("port", 6379)),
    "outbox" => await OutboxBench.RunAsync(rest),
    "pipeline-outbox" => await OutboxPipelineBench.RunAsync(rest),
    "http-burst" => await HttpBurstBench.RunAsync(rest),
    "webapi-server" => await WebApiServer.RunAsync(rest),
    "webapi-load" => await WebApiLoad.RunAsync(rest),
    _ => throw new ArgumentException($"unknown bench command '{args[0]}'"),
};
