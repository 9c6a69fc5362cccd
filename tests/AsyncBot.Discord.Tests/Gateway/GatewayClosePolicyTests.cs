using System.Text.Json.Nodes;
using AsyncBot.Discord.Gateway;
using AsyncBot.FakeDiscord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class GatewayClosePolicyTests
{
    public static TheoryData<int, string> FixtureCodes()
    {
        var data = new TheoryData<int, string>();
        foreach (var entry in JsonNode.Parse(FakeFixtures.Text("close-codes.json"))!.AsArray())
        {
            data.Add(entry!["code"]!.GetValue<int>(), entry["next"]!.GetValue<string>());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureCodes))]
    public void Decide_EveryDocumentedCode_MatchesTheFixture(int code, string next)
    {
        var expected = next switch
        {
            "resume" => GatewayCloseAction.Resume,
            "identify" => GatewayCloseAction.Identify,
            "stop" => GatewayCloseAction.Stop,
            _ => throw new InvalidOperationException(next),
        };

        Assert.Equal(expected, GatewayClosePolicy.Decide(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(1006)]
    [InlineData(4006)]
    [InlineData(4999)]
    public void Decide_DropsAndUnknownCodes_TryResumeFirst(int? code) =>
        Assert.Equal(GatewayCloseAction.Resume, GatewayClosePolicy.Decide(code));

    [Theory]
    [InlineData(4004, "DISCORD_TOKEN")]
    [InlineData(4010, "Discord:ShardId")]
    [InlineData(4011, "Discord:ShardCount")]
    [InlineData(4012, "v10")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "privileged intent")]
    public void DescribeFatal_FatalCodes_NameTheCodeAndWhatToFix(int code, string fix)
    {
        var sentence = GatewayClosePolicy.DescribeFatal(code);

        Assert.Contains($"close {code}", sentence, StringComparison.Ordinal);
        Assert.Contains(fix, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ResumableCloseCode_IsNotOneThatEndsTheSession() =>
        Assert.DoesNotContain(GatewayClosePolicy.ResumableCloseCode, new[] { 1000, 1001 });
}
