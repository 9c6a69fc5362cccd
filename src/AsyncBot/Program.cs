using AsyncBot.Cli;

return await AsyncBotCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
