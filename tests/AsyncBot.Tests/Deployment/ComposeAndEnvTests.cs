using System.Text.Json;

namespace AsyncBot.Tests.Deployment;

public class ComposeAndEnvTests
{
    private static readonly string Compose = File.ReadAllText(RepositoryRoot.File("compose.yaml"));
    private static readonly string[] EnvExample = File.ReadAllLines(RepositoryRoot.File(".env.example"));

    [Theory]
    [InlineData("env_file: .env")]
    [InlineData("restart: unless-stopped")]
    [InlineData("read_only: true")]
    [InlineData("memory: 256M")]
    [InlineData("cpus: \"1.0\"")]
    [InlineData("- /tmp")]
    public void Compose_HasTheSelfHostingSettings(string setting)
    {
        Assert.Contains(setting, Compose, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvExample_ListsEveryOperatorSettingWithAComment()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("config", "appsettings.json")));
        var expected = new List<string> { "DISCORD_TOKEN", "Discord__GuildId", "Serilog__MinimumLevel__Default" };
        foreach (var section in new[] { "Race", "Fetch", "Limits" })
        {
            expected.AddRange(settings.RootElement.GetProperty(section).EnumerateObject()
                .Where(p => p.Name != "DefaultUrls")
                .Select(p => $"{section}__{p.Name}"));
        }

        for (var i = 0; i < EnvExample.Length; i++)
        {
            if (!IsSetting(EnvExample[i]))
            {
                continue;
            }

            // A group of related settings may share the comment above the first of them.
            var j = i - 1;
            while (j >= 0 && IsSetting(EnvExample[j]))
            {
                j--;
            }

            Assert.True(j >= 0 && EnvExample[j].StartsWith('#'), $"{EnvExample[i]} has no comment above it");
        }

        foreach (var key in expected)
        {
            Assert.Contains(EnvExample, l => l.TrimStart('#', ' ').StartsWith(key + "=", StringComparison.Ordinal));
        }
    }

    private static bool IsSetting(string line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, @"^#?\s*[A-Za-z_]+=");

    [Fact]
    public void EnvExample_HoldsNoToken()
    {
        Assert.Contains("DISCORD_TOKEN=", EnvExample);
    }
}
