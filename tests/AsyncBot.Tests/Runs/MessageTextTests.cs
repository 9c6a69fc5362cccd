using AsyncBot.Runs;

namespace AsyncBot.Tests.Runs;

public class MessageTextTests
{
    [Fact]
    public void Fit_LongText_CutsTo2000WithEllipsis()
    {
        var fitted = MessageText.Fit(new string('x', 2500));

        Assert.Equal(2000, fitted.Length);
        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ShortText_IsUnchanged()
    {
        Assert.Equal("Task A: Started", MessageText.Fit("Task A: Started"));
    }

    [Theory]
    [InlineData("__bold__", "\\_\\_bold\\_\\_")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("<@123>", "\\<\\@123\\>")]
    [InlineData("plain-name_1", "plain-name\\_1")]
    public void EscapeMarkdown_EscapesFormattingCharacters(string input, string expected)
    {
        Assert.Equal(expected, MessageText.EscapeMarkdown(input));
    }

    [Fact]
    public void CodeBlock_FencesTheTextAddingExactlyTheOverhead()
    {
        var block = MessageText.CodeBlock("a |##|\nb |..|");

        Assert.Equal("```\na |##|\nb |..|\n```", block);
        Assert.Equal("a |##|\nb |..|".Length + MessageText.CodeBlockOverhead, block.Length);
    }
}
