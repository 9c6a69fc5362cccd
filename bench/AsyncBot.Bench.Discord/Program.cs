using AsyncBot.Bench.Discord;
using AsyncBot.Bench.Discord.Load;
using AsyncBot.Bench.Output;

// Usage: AsyncBot.Bench.Discord <fake-discord|load|outbox|pipeline-outbox|http-burst> --name value ...   (see bench/README.md)
if (args.Length == 0)
{
    await Console.Error.WriteLineAsync("usage: AsyncBot.Bench.Discord fake-discord | load --scales 100,300,1000 [--asyncbot BIN] [--discordjs SCRIPT] | outbox [--tasks 25 --step 0.1 --limit 5 --window 2] | pipeline-outbox [--count N] | http-burst --bot PATH [--count 1000 --command help]");
    return 2;
}

var rest = new BenchArgs(args.Skip(1));
return args[0] switch
{
    "fake-discord" => await FakeDiscordHost.RunAsync(),
    "load" => await LoadBench.RunAsync(rest),
    "outbox" => await OutboxBench.RunAsync(rest),
    "pipeline-outbox" => await OutboxPipelineBench.RunAsync(rest),
    "http-burst" => await HttpBurstBench.RunAsync(rest),
    _ => throw new ArgumentException($"unknown bench command '{args[0]}'"),
};
