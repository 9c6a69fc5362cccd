using System.Text.RegularExpressions;

namespace AsyncBot.Tests.Deployment;

/// <summary>The scale-out compose file (no Docker engine here, so its text is checked).</summary>
public class ScaleComposeTests
{
    private static readonly string Compose = File.ReadAllText(RepositoryRoot.File("compose.scale.yaml"));

    [Theory]
    [InlineData("Discord__Interactions: Http")]
    [InlineData("State__Redis: valkey:6379")]
    [InlineData("History__Provider: Postgres")]
    [InlineData("read_only: true")]
    [InlineData("restart: unless-stopped")]
    [InlineData("memory: 256M")]
    [InlineData("stop_grace_period: 15s")]
    [InlineData("env_file: .env")]
    [InlineData("cpus: \"1.0\"")]
    [InlineData("- /tmp")]
    public void ScaleCompose_HasTheSettingsEveryReplicaNeeds(string setting)
    {
        Assert.Contains(setting, Compose, StringComparison.Ordinal);
    }

    [Fact]
    public void ScaleCompose_ThreeReplicasBehindCaddy_OnlyTheFirstRegistersCommands()
    {
        var replicas = Regex.Matches(Compose, @"^  asyncbot-(\d):\n((?:    .*\n|      .*\n)+)", RegexOptions.Multiline);

        Assert.Equal(["1", "2", "3"], replicas.Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("Discord__RegisterCommands", replicas[0].Groups[2].Value, StringComparison.Ordinal);
        Assert.All(replicas.Skip(1), m => Assert.Contains("Discord__RegisterCommands: \"false\"", m.Groups[2].Value, StringComparison.Ordinal));
    }

    [Fact]
    public void ScaleCompose_EachReplicaKeepsItsOwnDataVolume()
    {
        var replicas = Regex.Matches(Compose, @"^  asyncbot-(\d):\n((?:    .*\n|      .*\n)+)", RegexOptions.Multiline);

        Assert.All(replicas, m => Assert.Contains($"- history-{m.Groups[1].Value}:/data", m.Groups[2].Value, StringComparison.Ordinal));
    }

    [Fact]
    public void ScaleCompose_CaddyForwardsOnlyInteractions_ToEveryReplica_AndHealthChecksThem()
    {
        var caddyfile = Compose[Compose.IndexOf("    content: |", StringComparison.Ordinal)..];

        Assert.Contains("handle /interactions {", caddyfile, StringComparison.Ordinal);
        Assert.Contains("reverse_proxy asyncbot-1:8080 asyncbot-2:8080 asyncbot-3:8080 {", caddyfile, StringComparison.Ordinal);
        Assert.Contains("health_uri /healthz", caddyfile, StringComparison.Ordinal);
        Assert.Matches(@"lb_try_duration [1-9]", caddyfile);
        Assert.Contains("respond 404", caddyfile, StringComparison.Ordinal);
        Assert.Contains("target: /etc/caddy/Caddyfile", Compose, StringComparison.Ordinal);
        // The retry above resends a POST's body, which Caddy before 2.11 could not do.
        Assert.Contains("image: caddy:2.11", Compose, StringComparison.Ordinal);
    }

    [Fact]
    public void ScaleCompose_StoreAndDatabaseAreHealthCheckedBeforeTheBotStarts()
    {
        Assert.Contains("valkey-cli\", \"ping\"", Compose, StringComparison.Ordinal);
        Assert.Contains("pg_isready", Compose, StringComparison.Ordinal);
        Assert.Contains("condition: service_healthy", Compose, StringComparison.Ordinal);
    }

    [Fact]
    public void ScaleCompose_GatewayShardsAreAProfile_TheSecondStartsAfterTheFirstIsHealthy()
    {
        Assert.Contains("Discord__ShardId: \"0\"", Compose, StringComparison.Ordinal);
        Assert.Contains("Discord__ShardId: \"1\"", Compose, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(Compose, @"profiles: \[""gateway""\]"));
        // .env may say Http for the replicas; a shard must not follow it.
        Assert.Equal(2, Regex.Count(Compose, @"^      Discord__Interactions: Gateway$", RegexOptions.Multiline));
        Assert.Matches(@"shard-0:\n\s+condition: service_healthy", Compose);
    }
}
