using AsyncBot.Core.Race;

namespace AsyncBot.Core.Tests.Race;

public sealed class RaceOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        var options = new RaceOptions();

        Assert.True(new RaceOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(25, options.MaxTasks);
        Assert.Equal(60, options.MaxSeconds);
    }

    [Theory]
    [InlineData(0, 60, 840)]
    [InlineData(1_000_001, 60, 840)]
    [InlineData(25, 0, 840)]
    [InlineData(25, 841, 840)]
    [InlineData(25, 60, 0)]
    [InlineData(25, 60, 900)]
    public void Validate_OutOfRange_Fails(int maxTasks, double maxSeconds, double maxRunSeconds)
    {
        var options = new RaceOptions { MaxTasks = maxTasks, MaxSeconds = maxSeconds, MaxRunSeconds = maxRunSeconds };

        Assert.True(new RaceOptionsValidator().Validate(null, options).Failed);
    }

    [Theory]
    [InlineData(1, 0.001, 1)]
    [InlineData(1_000_000, 840, 840)]
    public void Validate_Edges_Succeed(int maxTasks, double maxSeconds, double maxRunSeconds)
    {
        var options = new RaceOptions { MaxTasks = maxTasks, MaxSeconds = maxSeconds, MaxRunSeconds = maxRunSeconds };

        Assert.True(new RaceOptionsValidator().Validate(null, options).Succeeded);
    }
}
