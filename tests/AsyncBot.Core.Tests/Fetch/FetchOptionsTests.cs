using AsyncBot.Core.Fetch;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AsyncBot.Core.Tests.Fetch;

public sealed class FetchOptionsTests
{
    [Fact]
    public void Defaults_AreTheSafeOnesFromTheContract()
    {
        var options = new FetchOptions();

        Assert.Equal(10, options.MaxUrls);
        Assert.Equal(10, options.TimeoutSeconds);
        Assert.Equal(1_048_576, options.MaxResponseBytes);
        Assert.Equal(10, options.MaxConcurrency);
        Assert.False(options.AllowPrivateNetworks);
        Assert.True(new FetchOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("MaxUrls", "0", "Fetch:MaxUrls: The field FetchOptions.MaxUrls must be between 1 and 100.")]
    [InlineData("TimeoutSeconds", "0", "Fetch:TimeoutSeconds: The field FetchOptions.TimeoutSeconds must be between 1 and 300.")]
    [InlineData("MaxResponseBytes", "10", "Fetch:MaxResponseBytes: The field FetchOptions.MaxResponseBytes must be between 1024 and 104857600.")]
    [InlineData("MaxConcurrency", "1000", "Fetch:MaxConcurrency: The field FetchOptions.MaxConcurrency must be between 1 and 100.")]
    public void AddFetchEngine_OutOfRangeValue_FailsNamingTheKey(string key, string value, string message)
    {
        using var provider = Build(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FetchOptions>>().Value);

        Assert.Contains(message, failure.Message);
    }

    [Fact]
    public void AddFetchEngine_ConfiguredDefaultUrls_ReplaceTheTutorialListInsteadOfAppending()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["DefaultUrls:0"] = "https://example.com/a",
            ["DefaultUrls:1"] = "https://example.com/b",
        });

        var options = provider.GetRequiredService<IOptions<FetchOptions>>().Value;

        Assert.Equal(["https://example.com/a", "https://example.com/b"], options.DefaultUrls);
    }

    [Fact]
    public void AddFetchEngine_NoDefaultUrlsConfigured_UsesTheTutorialList()
    {
        using var provider = Build([]);

        Assert.Equal(FetchOptions.TutorialUrls, provider.GetRequiredService<IOptions<FetchOptions>>().Value.DefaultUrls);
    }

    [Fact]
    public void AddFetchEngine_MoreDefaultUrlsThanMaxUrls_FailsNamingBothKeys()
    {
        using var provider = Build(new Dictionary<string, string?> { ["MaxUrls"] = "2" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FetchOptions>>().Value);

        Assert.Contains("Fetch:DefaultUrls: lists 5 URLs but Fetch:MaxUrls is 2.", failure.Message);
    }

    [Fact]
    public void AddFetchEngine_UnusableDefaultUrl_FailsNamingTheEntry()
    {
        using var provider = Build(new Dictionary<string, string?> { ["DefaultUrls:0"] = "ftp://example.com/" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FetchOptions>>().Value);

        Assert.Contains("Fetch:DefaultUrls: entry 0 is not usable: the scheme 'ftp' is not allowed", failure.Message);
    }

    [Fact]
    public void AddFetchEngine_RegistersTheEngineAndSystemClock()
    {
        using var provider = Build([]);

        Assert.NotNull(provider.GetRequiredService<FetchEngine>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.IsType<DnsHostResolver>(provider.GetRequiredService<IHostResolver>());
    }

    [Fact]
    public void AddFetchEngine_NamedClient_SendsTheBotUserAgentAndHasNoTimeoutOfItsOwn()
    {
        using var provider = Build([]);

        var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(FetchEngine.HttpClientName);

        Assert.Equal("AsyncBot/1.0.0 (+https://github.com/asyncbot/asyncbot)", client.DefaultRequestHeaders.UserAgent.ToString());
        Assert.Equal(Timeout.InfiniteTimeSpan, client.Timeout);
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddFetchEngine(section).BuildServiceProvider();
    }
}
