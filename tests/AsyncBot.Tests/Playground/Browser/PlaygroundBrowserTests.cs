using AsyncBot.Tests.Playground.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AsyncBot.Tests.Playground.Browser;

/// <summary>
/// The playground in a real browser: the page, its autocomplete, escaping, ephemeral replies and the Cancel button,
/// driven the way a person would. These use the test-only <c>/demo</c> command and the dispatcher's own answers.
/// </summary>
[Collection(ChromiumGroup.Name)]
public class PlaygroundBrowserTests
{
    private readonly ChromiumFixture _chromium;

    public PlaygroundBrowserTests(ChromiumFixture chromium) => _chromium = chromium;

    [BrowserFact]
    public async Task UnknownCommand_TheEphemeralReplyShowsOnlyInTheSendersTab()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Ada");
        await using var bob = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Bob");

        await ada.SendAsync("/nosuch");
        var reply = ada.Message("I don't know that command — try /help.");
        await Expect(reply).ToContainTextAsync("Only you can see this");
        await Expect(reply).ToContainTextAsync("Ada used /nosuch");
        await ada.SendAsync("/demo text:public ticks:0");
        await Expect(bob.Message("Demo by Ada: public")).ToBeVisibleAsync();

        await Expect(bob.Message("I don't know that command")).ToHaveCountAsync(0);
        await ada.ScreenshotAsync("ephemeral");
        await reply.GetByRole(AriaRole.Button, new() { Name = "Dismiss message" }).ClickAsync();
        await Expect(ada.Message("I don't know that command")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Html_InNamesCommandsAndReplies_IsShownAsTextAndNeverRuns()
    {
        await using var server = await PlaygroundServer.StartAsync();
        const string Name = "<b onclick=\"pwned=1\">Eve</b>";
        await using var eve = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, Name);
        await using var bob = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Bob");

        await eve.SendAsync("/demo text:<b>bold</b><script>window.pwned=2</script> ticks:1");
        await Expect(bob.Message("Tick 1 of <b>bold</b><script>window.pwned=2</script>")).ToBeVisibleAsync();
        await eve.SendAsync("/<i>x</i>");
        await Expect(eve.Message("I don't know that command")).ToContainTextAsync("used /<i>x</i>");

        foreach (var tab in new[] { eve, bob })
        {
            await Expect(tab.Log.Locator("img, b, i, script")).ToHaveCountAsync(0);
            Assert.Equal("undefined", await tab.Page.EvaluateAsync<string>("() => typeof window.pwned"));
        }

        await Expect(bob.Message("Demo by " + Name)).ToContainTextAsync(Name + " used /demo");
    }

    [BrowserFact]
    public async Task Autocomplete_FromTheCommandDefinitions_IsUsableWithTheKeyboard()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Ada");
        var suggestions = ada.Page.GetByRole(AriaRole.Listbox);

        await ada.Input.PressSequentiallyAsync("/ra");
        await Expect(suggestions.GetByRole(AriaRole.Option)).ToHaveCountAsync(1);
        await Expect(suggestions.GetByRole(AriaRole.Option, new() { Selected = true })).ToContainTextAsync("/race");
        await ada.Input.PressAsync("Tab");
        await Expect(ada.Input).ToHaveValueAsync("/race ");
        await Expect(suggestions).ToContainTextAsync("tasks:");
        await Expect(suggestions).ToContainTextAsync("work:");

        await ada.ScreenshotAsync("autocomplete");
        await ada.Input.PressSequentiallyAsync("mode:as");
        await Expect(suggestions.GetByRole(AriaRole.Option, new() { Selected = true })).ToContainTextAsync("as-completed");
        await ada.Input.PressAsync("Enter");
        await Expect(ada.Input).ToHaveValueAsync("/race mode:as-completed ");
        await Expect(suggestions).Not.ToContainTextAsync("mode:");
        await ada.Input.PressAsync("Escape");
        await Expect(suggestions).ToBeHiddenAsync();
        Assert.Equal("suggestions", await ada.Input.GetAttributeAsync("aria-controls"));
    }

    [BrowserFact]
    public async Task CancelButton_AnotherPageIsToldNo_TheOwnersClickStopsTheRunEverywhere()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Ada");
        await using var bob = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Bob");
        await ada.SendAsync("/demo text:marathon ticks:200 interval:100");
        var cancelForBob = bob.Message("Demo by Ada: marathon").GetByRole(AriaRole.Button, new() { Name = "Cancel" });
        await Expect(bob.Message("Tick 2 of marathon")).ToBeVisibleAsync();

        await cancelForBob.ClickAsync();
        await Expect(bob.Message("Only the person who started this run can cancel it.")).ToContainTextAsync("Only you can see this");
        await ada.Message("Demo by Ada: marathon").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Expect(bob.Message("Demo marathon cancelled")).ToBeVisibleAsync();
        await Expect(cancelForBob).ToBeDisabledAsync();
        await Expect(ada.Message("Only the person who started")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task Timeline_AttachedPng_ShowsInline_AndANarrowWindowStillReads()
    {
        await using var server = await PlaygroundServer.StartAsync();
        await using var ada = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Ada", width: 420);

        await ada.SendAsync("/demo text:pic ticks:1 png:yes");
        var image = ada.Message("Demo by Ada: pic").GetByRole(AriaRole.Img, new() { Name = "Timeline" });
        await Expect(image).ToBeVisibleAsync();

        Assert.True(await image.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        Assert.False(await ada.Page.Locator(".sidebar").IsVisibleAsync());
        Assert.True(await ada.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await ada.ScreenshotAsync("narrow");
    }
}
