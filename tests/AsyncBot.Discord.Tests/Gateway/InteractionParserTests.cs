using System.Text.Json;
using AsyncBot.Discord.Gateway;
using AsyncBot.Discord.Interactions;
using AsyncBot.FakeDiscord.Gateway;

namespace AsyncBot.Discord.Tests.Gateway;

public class InteractionParserTests
{
    private static Interaction ParseFixture(string file)
    {
        using var doc = JsonDocument.Parse(FakeFixtures.Text(file));
        return InteractionParser.Parse(doc.RootElement.GetProperty("d"));
    }

    private static Interaction ParseJson(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return InteractionParser.Parse(doc.RootElement);
    }

    [Fact]
    public void Parse_GuildRace_TakesInvokerFromMemberAndKeepsOptions()
    {
        var interaction = ParseFixture("interaction-create-race.json");

        Assert.Equal("1379029274853814279", interaction.Id);
        Assert.Equal("1306561934786719786", interaction.ApplicationId);
        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("1026922282796470289", interaction.User.Id);
        Assert.Equal("Ada L.", interaction.User.DisplayName);
        Assert.Equal("1306560559054860288", interaction.GuildId);
        Assert.Equal("1306560559684005890", interaction.ChannelId);
        Assert.Equal("en-US", interaction.Locale);
        Assert.Equal("race", interaction.Command!.Name);
        Assert.Equal("A:2 B:3 C:1", interaction.Command.GetString("tasks"));
        Assert.Equal("gather", interaction.Command.GetString("mode"));
        Assert.Equal("delay", interaction.Command.GetString("work"));
        Assert.Null(interaction.Component);
    }

    [Fact]
    public void Parse_Dm_TakesInvokerFromUserAndHasNoGuild()
    {
        var interaction = ParseFixture("interaction-create-race-dm.json");

        Assert.Equal("1026922282796470289", interaction.User.Id);
        Assert.Null(interaction.GuildId);
        Assert.Equal("1330809038438539273", interaction.ChannelId);
        Assert.Equal("fast:0.5, slow:2.5", interaction.Command!.GetString("tasks"));
    }

    [Theory]
    [InlineData("interaction-create-race-defaults.json")]
    [InlineData("interaction-create-help.json")]
    public void Parse_NoOptions_GivesAnEmptyList(string file)
    {
        var interaction = ParseFixture(file);

        Assert.NotNull(interaction.Command);
        Assert.Empty(interaction.Command.Options);
    }

    [Fact]
    public void Parse_CancelButton_MapsCustomIdTypeAndMessage()
    {
        var interaction = ParseFixture("interaction-create-cancel-button.json");

        Assert.Equal(InteractionType.MessageComponent, interaction.Type);
        Assert.Null(interaction.Command);
        Assert.Equal("cancel:1379029274853814279", interaction.Component!.CustomId);
        Assert.Equal(2, interaction.Component.ComponentType);
        Assert.Equal("1379029276363603968", interaction.Component.MessageId);
    }

    [Fact]
    public void Parse_NumbersAndBooleans_BecomeInvariantText()
    {
        var interaction = ParseJson("""
            {"id":"1","application_id":"2","type":2,"token":"t","user":{"id":"3","username":"u"},
             "data":{"name":"x","options":[
               {"name":"count","type":4,"value":12},
               {"name":"seconds","type":10,"value":2.5},
               {"name":"big","type":10,"value":1e3},
               {"name":"json","type":5,"value":true},
               {"name":"sub","type":1,"options":[{"name":"flag","type":5,"value":false}]}]},
             "brand_new_field":{"nested":[1,2,3]}}
            """);

        var options = interaction.Command!.Options;
        Assert.Equal("12", options[0].Value);
        Assert.Equal("2.5", options[1].Value);
        Assert.Equal("1e3", options[2].Value);
        Assert.Equal("true", options[3].Value);
        Assert.Null(options[4].Value);
        Assert.Equal("false", options[4].Options![0].Value);
    }

    [Theory]
    [InlineData("""{"id":"1","application_id":"2","type":2,"token":"t"}""")]
    [InlineData("""{"id":"1","application_id":"2","type":2,"user":{"id":"3"}}""")]
    [InlineData("""{"id":1,"application_id":"2","type":2,"token":"t","user":{"id":"3"}}""")]
    [InlineData("""{"id":"1","application_id":"2","type":2,"token":"t","user":{"id":"3"},"data":{"name":"x","options":[{"name":"o","type":3,"value":{}}]}}""")]
    public void Parse_WrongShape_ThrowsJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => ParseJson(json));

    [Fact]
    public void ToString_NeverShowsTheInteractionToken()
    {
        var interaction = ParseFixture("interaction-create-race.json");

        Assert.DoesNotContain(interaction.Token, interaction.ToString(), StringComparison.Ordinal);
    }
}
