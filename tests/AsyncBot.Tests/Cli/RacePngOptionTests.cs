using System.Text.Json;
using AsyncBot.Cli;
using SkiaSharp;

namespace AsyncBot.Tests.Cli;

/// <summary><c>race --png FILE</c>: the console writes the same timeline picture the Discord summary carries.</summary>
public sealed class RacePngOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asyncbot-png-").FullName;

    [Fact]
    public async Task Race_WithPng_WritesAPngAndSaysWhere()
    {
        var path = Path.Combine(_folder, "t.png");
        var stdout = new StringWriter();

        var exit = await AsyncBotCli.RunAsync(["race", "--tasks", "A:0.2 B:0.3 C:0.1", "--png", path], stdout, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains($"Timeline picture written to {path}", stdout.ToString(), StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(path);
        Assert.NotNull(bitmap);
        Assert.Equal(1000, bitmap.Width);
    }

    [Fact]
    public async Task Race_JsonWithPng_KeepsStdoutOneJsonObject()
    {
        var path = Path.Combine(_folder, "t.png");
        var stdout = new StringWriter();

        var exit = await AsyncBotCli.RunAsync(["race", "--tasks", "A:0.1", "--json", "--png", path], stdout, new StringWriter());

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout.ToString());
        Assert.Equal("gather", json.RootElement.GetProperty("mode").GetString());
        Assert.True(new FileInfo(path).Length > 0);
    }

    [Fact]
    public async Task Race_PngIntoAMissingFolder_ExitsOneWithTheReasonOnStderr()
    {
        var path = Path.Combine(_folder, "no", "such", "folder", "t.png");
        var stderr = new StringWriter();

        var exit = await AsyncBotCli.RunAsync(["race", "--tasks", "A:0.1", "--png", path], new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.StartsWith("asyncbot: could not write the timeline picture to " + path, stderr.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
