using AsyncBot.Cli;

namespace AsyncBot.Tests.Cli;

public class AsyncBotCliTests
{
    [Theory]
    [InlineData("--bogus")]
    [InlineData("nosuchcommand")]
    public async Task RunAsync_UnknownArgument_ExitsTwoWithOneLineOnStderr(string argument)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await AsyncBotCli.RunAsync([argument], stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout.ToString());
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(argument, lines[0], StringComparison.Ordinal);
    }
}
