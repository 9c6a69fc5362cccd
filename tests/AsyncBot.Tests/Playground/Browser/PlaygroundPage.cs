using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AsyncBot.Tests.Playground.Browser;

/// <summary>One browser tab on the playground, as a person uses it: join with a name, type, click, read.</summary>
internal sealed class PlaygroundPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PlaygroundPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ILocator Input => Page.GetByRole(AriaRole.Combobox, new() { Name = "Message #playground" });

    public ILocator Messages => Page.Locator("#message-list > li");

    public ILocator Log => Page.GetByRole(AriaRole.Log);

    /// <summary>Opens the page in a fresh context (its own session storage: its own user) and joins as <paramref name="name"/>.</summary>
    public static async Task<PlaygroundPage> JoinAsync(IBrowser browser, Uri address, string name, int width = 1100, int height = 760)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var tab = new PlaygroundPage(context, page);
        page.SetDefaultTimeout(10_000);
        await page.GotoAsync(address.ToString());
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await Expect(page.Locator("body[data-ready=true]")).ToHaveCountAsync(1);
        return tab;
    }

    /// <summary>Types a command and presses Enter, as a person would.</summary>
    public async Task SendAsync(string text)
    {
        await Input.FillAsync(text);
        await Input.PressAsync("Enter");
        await Expect(Input).ToHaveValueAsync(string.Empty);
    }

    /// <summary>The message whose text contains <paramref name="text"/>.</summary>
    public ILocator Message(string text) => Messages.Filter(new() { HasText = text });

    /// <summary>Saves a screenshot under <c>artifacts/playground/</c> (a CI artifact).</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = RepositoryRoot.File("artifacts", "playground", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Park the pointer where no message shows a hover state.
        await Page.Mouse.MoveAsync(0, 0);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
