using AsyncBot.Core.Race;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AsyncBot.Core.Tests;

public sealed class RaceServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRaceEngine_BindsTheRaceSection()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Race:MaxTasks"] = "10", ["Race:MaxSeconds"] = "30" })
            .Build();
        using var provider = new ServiceCollection().AddRaceEngine(configuration.GetSection(RaceOptions.SectionName)).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<RaceOptions>>().Value;

        Assert.Equal(10, options.MaxTasks);
        Assert.Equal(30, options.MaxSeconds);
        Assert.NotNull(provider.GetRequiredService<RaceEngine>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddRaceEngine_InvalidOptions_FailStartupValidation()
    {
        using var provider = new ServiceCollection().AddRaceEngine(o => o.MaxSeconds = 900).BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(nameof(RaceOptions.MaxSeconds), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRaceEngine_KeepsAClockAlreadyRegistered()
    {
        var clock = new FakeTimeProvider();
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddRaceEngine().BuildServiceProvider();

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
        Assert.True(new RaceOptionsValidator().Validate(null, provider.GetRequiredService<IOptions<RaceOptions>>().Value).Succeeded);
    }
}
