using System.Globalization;
using AsyncBot.Tests.Playground.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AsyncBot.Tests.Playground.Browser;

/// <summary>
/// The acceptance, in a browser: the real <c>/race</c> through the real handler, engine and outbox. These
/// skip until the <c>/race</c> handler is registered in <c>AddAsyncBotCommands</c>, then run by themselves.
/// </summary>
[Collection(ChromiumGroup.Name)]
public class RaceBrowserTests
{
    private readonly ChromiumFixture _chromium;

    public RaceBrowserTests(ChromiumFixture chromium) => _chromium = chromium;

    [CommandBrowserFact("race")]
    public async Task Race_ABC_StartsAllThenFinishesCThenAThenB_AboutOneTwoThreeSecondsAfterTheReply_InBothTabs()
    {
        await using var server = await PlaygroundServer.StartAsync(withDemo: false);
        await using var ada = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Ada", height: 1100);
        await using var bob = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Bob");

        await ada.SendAsync("/race tasks:A:2 B:3 C:1");
        foreach (var tab in new[] { ada, bob })
        {
            await Expect(tab.Message("Task B: Finished after")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Expect(tab.Message("Finished in")).ToBeVisibleAsync(new() { Timeout = 5_000 });
        }

        var text = await bob.Log.InnerTextAsync();
        int At(string line) => text.IndexOf(line, StringComparison.Ordinal);
        foreach (var task in new[] { "A", "B", "C" })
        {
            Assert.InRange(At($"Task {task}: Started"), 0, At("Task C: Finished after"));
        }

        Assert.True(At("Task C: Finished after") < At("Task A: Finished after"), text);
        Assert.True(At("Task A: Finished after") < At("Task B: Finished after"), text);

        var reply = await PostedAtAsync(bob.Messages.Filter(new() { Has = bob.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }) }).First);
        var c = await PostedAtAsync(bob.Message("Task C: Finished").First) - reply;
        var a = await PostedAtAsync(bob.Message("Task A: Finished").First) - reply;
        var b = await PostedAtAsync(bob.Message("Task B: Finished").First) - reply;
        // Never early; late by at most 2 s. The browser, the server and the rest of the suite share two cores here,
        // and one CI run under load posted C 1.08 s late; how late lines may be under load is bench/'s to measure.
        Assert.InRange(c.TotalSeconds, 0.7, 3.0);
        Assert.InRange(a.TotalSeconds, 1.7, 4.0);
        Assert.InRange(b.TotalSeconds, 2.7, 5.0);
        await Expect(ada.Message("used /race").GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeDisabledAsync();

        // The summary's timeline PNG, when the bot attaches one, shows inline from the playground's own URL.
        foreach (var picture in await ada.Log.Locator(".embed img, .attachment img").AllAsync())
        {
            await Expect(picture).ToBeVisibleAsync();
            Assert.StartsWith("/attachments/", await picture.GetAttributeAsync("src"), StringComparison.Ordinal);
            Assert.True(await picture.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        }

        await ada.ScreenshotAsync("race");
    }

    [CommandBrowserFact("race")]
    public async Task Race_TwoUsersAtOnce_BothRunsShowInBothTabsInterleaved()
    {
        await using var server = await PlaygroundServer.StartAsync(withDemo: false);
        await using var ada = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Ada");
        await using var bob = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Bob");

        await Task.WhenAll(ada.SendAsync("/race tasks:A:1 B:2"), bob.SendAsync("/race tasks:X:0.5 Y:1.5"));
        foreach (var tab in new[] { ada, bob })
        {
            await Expect(tab.Message("Task B: Finished after")).ToBeVisibleAsync(new() { Timeout = 15_000 });
            await Expect(tab.Message("Task Y: Finished after")).ToBeVisibleAsync();
            await Expect(tab.Message("Ada used /race")).ToHaveCountAsync(1);
            await Expect(tab.Message("Bob used /race")).ToHaveCountAsync(1);
        }

        var text = await ada.Log.InnerTextAsync();
        int At(string line) => text.IndexOf(line, StringComparison.Ordinal);
        // The runs overlap in time, so their lines interleave: X ends before A, Y ends between A and B.
        Assert.True(At("Task X: Finished") < At("Task A: Finished"), text);
        Assert.True(At("Task A: Finished") < At("Task Y: Finished"), text);
        Assert.True(At("Task Y: Finished") < At("Task B: Finished"), text);
    }

    [CommandBrowserFact("race")]
    public async Task Race_Cancel_AnotherPageIsRefused_TheOwnerCancelsTheRemainingTasks()
    {
        await using var server = await PlaygroundServer.StartAsync(withDemo: false);
        await using var ada = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Ada");
        await using var bob = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Bob");
        await ada.SendAsync("/race tasks:A:1 B:30");
        await Expect(bob.Message("Task A: Finished after")).ToBeVisibleAsync();

        await bob.Message("Ada used /race").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(bob.Message("Only the person who started this run can cancel it.")).ToContainTextAsync("Only you can see this");
        await ada.Message("Ada used /race").GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();

        await Expect(bob.Message("Task B: Cancelled after")).ToBeVisibleAsync();
        await Expect(bob.Message("Ada used /race").GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeDisabledAsync();
        await Expect(ada.Message("Only the person who started")).ToHaveCountAsync(0);
    }

    [CommandBrowserFact("race")]
    public async Task Race_HtmlInTaskNames_IsRefusedEphemerallyAndShownAsText()
    {
        await using var server = await PlaygroundServer.StartAsync(withDemo: false);
        await using var ada = await PlaygroundPage.JoinAsync(_chromium.Browser, server.Address, "Ada");

        await ada.SendAsync("/race tasks:<img src=x onerror=window.pwned=1>:1");
        var reply = ada.Message("Only you can see this");

        await Expect(reply).ToContainTextAsync("used /race");
        await Expect(ada.Log.Locator("img")).ToHaveCountAsync(0);
        Assert.Equal("undefined", await ada.Page.EvaluateAsync<string>("() => typeof window.pwned"));
    }

    private static async Task<DateTimeOffset> PostedAtAsync(ILocator message) =>
        DateTimeOffset.Parse((await message.Locator(".meta time, .hover-time").First.GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);
}
