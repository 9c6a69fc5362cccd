namespace AsyncBot.Tests;

public class SolutionLayoutTests
{
    [Fact]
    public void ConfigFile_IsCopiedToOutput()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "config", "appsettings.json")));
    }
}
