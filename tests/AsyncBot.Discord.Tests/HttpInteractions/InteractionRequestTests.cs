using System.Text;
using System.Text.Json;
using AsyncBot.Discord.HttpInteractions;
using AsyncBot.Discord.Interactions;
using AsyncBot.FakeDiscord.Gateway;

namespace AsyncBot.Discord.Tests.HttpInteractions;

public class InteractionRequestTests
{
    [Fact]
    public void Read_Ping_HasTheIdAndNoInteraction()
    {
        var request = InteractionRequest.Read(Encoding.UTF8.GetBytes("""{"id":"123","application_id":"9","type":1,"token":"t","version":1}"""));

        Assert.Equal("123", request.Id);
        Assert.Equal(InteractionType.Ping, request.Type);
        Assert.Null(request.Interaction);
    }

    [Fact]
    public void Read_SlashCommand_IsTheSameInteractionTheGatewayYields()
    {
        var json = FakeInteractions.SlashCommand("race", [("tasks", "A:2 B:3 C:1")]);

        var request = InteractionRequest.Read(Encoding.UTF8.GetBytes(json.ToJsonString()));

        Assert.Equal(InteractionType.ApplicationCommand, request.Type);
        Assert.Equal((string?)json["id"], request.Interaction!.Id);
        Assert.Equal((string?)json["token"], request.Interaction.Token);
        Assert.Equal("A:2 B:3 C:1", request.Interaction.Command!.GetString("tasks"));
    }

    [Fact]
    public void Read_ButtonClick_CarriesTheCustomId()
    {
        var json = FakeInteractions.ButtonClick("cancel:42");

        var request = InteractionRequest.Read(Encoding.UTF8.GetBytes(json.ToJsonString()));

        Assert.Equal("cancel:42", request.Interaction!.Component!.CustomId);
    }

    [Fact]
    public void Read_TypeThisBotDoesNotAnswer_KeepsTheTypeWithoutAnInteraction()
    {
        var request = InteractionRequest.Read(Encoding.UTF8.GetBytes("""{"id":"5","type":4}"""));

        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, request.Type);
        Assert.Null(request.Interaction);
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("""{"type":1}""")]
    [InlineData("""{"id":5,"type":1}""")]
    [InlineData("""{"id":"5","type":"1"}""")]
    [InlineData("""not json""")]
    public void Read_NotAnInteraction_Throws(string body)
    {
        Assert.ThrowsAny<JsonException>(() => InteractionRequest.Read(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void CallbackJson_IsWhatTheRestCallbackWouldCarry()
    {
        var json = Encoding.UTF8.GetString(InteractionCallbackJson.Serialize(
            new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new MessageContent("hi", Ephemeral: true))));

        Assert.Equal("""{"type":4,"data":{"content":"hi","flags":64,"allowed_mentions":{"parse":[]}}}""", json);
        Assert.Equal("""{"type":1}""", Encoding.UTF8.GetString(InteractionCallbackJson.Pong.Span));
    }
}
