using System.Net;
using System.Net.WebSockets;
using AsyncBot.Tests.Playground.Support;

namespace AsyncBot.Tests.Playground.Web;

/// <summary>The playground end to end without a browser: socket frames in, the real dispatcher and handlers, frames out.</summary>
public class PlaygroundSocketTests
{
    [Fact]
    public async Task Hello_NewTab_GetsItsIdentityAndTheSharedHistory()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using (var ada = await PlaygroundTab.OpenAsync(server, "Ada"))
        {
            await ada.CommandAsync("/demo text:first ticks:0");
            await ada.WaitForMessageAsync("Demo first finished");
        }

        await using var bob = await PlaygroundTab.OpenAsync(server, "  Bob  ");

        Assert.Equal("Bob", bob.Hello.You!.Name);
        Assert.Contains(bob.Hello.Messages!, m => m.Content == "Demo by Ada: first" && m.Invocation!.Name == "demo" && m.Author.Bot);
    }

    [Fact]
    public async Task Command_Unknown_TheDispatcherAnswersEphemerally_OnlyToTheSender()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundTab.OpenAsync(server, "Ada");
        await using var bob = await PlaygroundTab.OpenAsync(server, "Bob");

        await ada.CommandAsync("/nosuch");
        var reply = await ada.WaitForMessageAsync("I don't know that command");
        await ada.CommandAsync("/demo text:after ticks:0");
        await bob.WaitForMessageAsync("Demo by Ada: after");

        Assert.True(reply.Ephemeral);
        Assert.Equal("nosuch", reply.Invocation!.Name);
        Assert.DoesNotContain(bob.Received, f => f.Message?.Id == reply.Id);
    }

    [Fact]
    public async Task Command_ThatDiscordsClientWouldRefuse_IsANoticeAndNoInteraction()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundTab.OpenAsync(server, "Ada");

        await ada.CommandAsync("/race mode:fastest");
        var notice = await ada.WaitForAsync(f => f.Type == "notice");

        Assert.Contains("mode must be one of", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ada.Received, f => f.Type == "upsert");
    }

    [Fact]
    public async Task CancelButton_AnotherUserIsRefusedOnlyToThem_TheOwnerStopsTheRun()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundTab.OpenAsync(server, "Ada");
        await using var bob = await PlaygroundTab.OpenAsync(server, "Bob");
        await ada.CommandAsync("/demo text:long ticks:100 interval:100");
        var reply = await bob.WaitForMessageAsync("Demo by Ada: long");
        var cancel = reply.Components.Single().Single();

        await bob.ClickAsync(reply.Id, cancel.CustomId);
        var refusal = await bob.WaitForMessageAsync("Only the person who started this run can cancel it.");
        await ada.ClickAsync(reply.Id, cancel.CustomId);
        await bob.WaitForMessageAsync("Demo long cancelled");
        var disabled = await bob.WaitForAsync(f => f.Message?.Id == reply.Id && f.Message.Components.Single().Single().Disabled);

        Assert.True(refusal.Ephemeral);
        Assert.Equal("Cancel", refusal.Invocation!.Name);
        Assert.True(refusal.Invocation.ViaButton);
        Assert.DoesNotContain(ada.Received, f => f.Message?.Id == refusal.Id);
        Assert.Equal("Demo by Ada: long", disabled.Message!.Content);
    }

    [Fact]
    public async Task Click_OnADisabledButton_IsNotSent()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundTab.OpenAsync(server, "Ada");
        await ada.CommandAsync("/demo text:short ticks:0");
        var reply = await ada.WaitForMessageAsync("Demo by Ada: short");
        await ada.WaitForAsync(f => f.Message?.Id == reply.Id && f.Message.Components.Single().Single().Disabled);

        await ada.ClickAsync(reply.Id, reply.Components.Single().Single().CustomId);
        var notice = await ada.WaitForAsync(f => f.Type == "notice");

        Assert.Equal("That button is no longer there.", notice.Text);
    }

    [Fact]
    public async Task Timeline_AttachedPng_IsServedUnderItsKeyAndNowhereElse()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundTab.OpenAsync(server, "Ada");
        await ada.CommandAsync("/demo text:pic ticks:0 png:yes");
        var edited = (await ada.WaitForAsync(f => f.Message?.Embeds.Count > 0)).Message!;
        using var http = new HttpClient { BaseAddress = server.Address };

        var url = edited.Embeds.Single().ImageUrl!;
        var image = await http.GetAsync(url);
        var wrongKey = await http.GetAsync(url.Replace(edited.Attachments.Single().Url.Split('/')[3], "00000000", StringComparison.Ordinal));

        Assert.Equal(edited.Attachments.Single().Url, url);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(DemoCommandHandler.Png, await image.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, wrongKey.StatusCode);
    }

    [Fact]
    public async Task SimulateRateLimit_On_TheOutboxGathersLinesIntoFewerMessages()
    {
        await using var server = await PlaygroundServer.StartAsync(settings: new Dictionary<string, string?> { ["Playground:SimulateRateLimit"] = "true" });
        await using var ada = await PlaygroundTab.OpenAsync(server, "Ada");

        await ada.CommandAsync("/demo text:burst ticks:12 interval:40");
        await ada.WaitForMessageAsync("Demo burst finished");

        var tickMessages = ada.Received.Where(f => f.Message?.Content?.StartsWith("Tick", StringComparison.Ordinal) == true).Select(f => f.Message!.Content!).ToList();
        Assert.Equal(12, tickMessages.Sum(c => c.Split('\n').Length));
        Assert.True(tickMessages.Count < 12, $"expected coalesced lines, got {tickMessages.Count} messages");
        Assert.Contains(tickMessages, c => c.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commands_FasterThanAPersonTypes_AreRefusedWithANotice()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundTab.OpenAsync(server, "Ada");

        for (var i = 0; i <= AsyncBot.Playground.Web.PlaygroundSocket.ThrottleLimit; i++)
        {
            await ada.CommandAsync("/race mode:nope");
        }

        var slowDown = await ada.WaitForAsync(f => f.Text?.StartsWith("Slow down", StringComparison.Ordinal) == true);
        Assert.Equal(AsyncBot.Playground.Web.PlaygroundSocket.ThrottleLimit, ada.Received.Count(f => f.Text?.StartsWith("mode must be", StringComparison.Ordinal) == true));
        Assert.Contains("10 commands and clicks per 10 seconds", slowDown.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Socket_FromAnotherSitesPage_IsRefused()
    {
        await using var server = await PlaygroundServer.StartAsync();
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", "http://evil.example");

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(server.SocketAddress("Eve", PlaygroundTab.NewSession()), CancellationToken.None));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithAHostThatIsNotLoopback_IsRefusedAgainstDnsRebinding()
    {
        await using var server = await PlaygroundServer.StartAsync();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Address);
        request.Headers.Host = "rebind.example:" + server.Address.Port;

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    [Fact]
    public async Task Page_IsEmbeddedAndServedWithAStrictContentSecurityPolicy()
    {
        await using var server = await PlaygroundServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.Address };

        var page = await http.GetAsync("/");
        var script = await http.GetAsync("/assets/app.js");
        var commands = await http.GetStringAsync("/api/commands");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Contains("/assets/app.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"name\":\"race\"", commands, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"as-completed\"", commands, StringComparison.Ordinal);
    }
}
