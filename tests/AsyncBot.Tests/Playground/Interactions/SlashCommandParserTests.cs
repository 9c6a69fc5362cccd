using AsyncBot.Commands;
using AsyncBot.Playground.Interactions;

namespace AsyncBot.Tests.Playground.Interactions;

public class SlashCommandParserTests
{
    private static AsyncBot.Discord.Interactions.CommandInvocation? Parse(string text, out string? error) =>
        SlashCommandParser.Parse(text, CommandDefinitions.All, out error);

    [Fact]
    public void Parse_ValuesWithSpacesAndColons_RunUntilTheNextKnownOption()
    {
        var command = Parse("/race tasks:A:2 B:3 C:1 mode:gather", out var error);

        Assert.Null(error);
        Assert.Equal("race", command!.Name);
        Assert.Equal("A:2 B:3 C:1", command.GetString("tasks"));
        Assert.Equal("gather", command.GetString("mode"));
        Assert.All(command.Options, o => Assert.Equal(3, o.Type));
    }

    [Fact]
    public void Parse_NoOptions_GivesAnEmptyList()
    {
        var command = Parse("  /race  ", out var error);

        Assert.Null(error);
        Assert.Empty(command!.Options);
    }

    [Fact]
    public void Parse_OptionNameInsideAValue_IsPartOfTheValueUnlessAfterWhitespace()
    {
        var command = Parse("/race tasks:mode:2 x:1", out _);

        Assert.Equal("mode:2 x:1", command!.GetString("tasks"));
        Assert.Null(command.GetString("mode"));
    }

    [Theory]
    [InlineData("/race mode:SEQUENTIAL", "sequential")]
    [InlineData("/race mode:as-completed", "as-completed")]
    public void Parse_Choice_MatchesCaseInsensitivelyAndSendsTheValue(string text, string expected)
    {
        Assert.Equal(expected, Parse(text, out _)!.GetString("mode"));
    }

    [Fact]
    public void Parse_UnknownCommand_PassesThroughForTheBotToAnswer()
    {
        var command = Parse("/dance wildly:yes", out var error);

        Assert.Null(error);
        Assert.Equal("dance", command!.Name);
        Assert.Empty(command.Options);
    }

    [Theory]
    [InlineData("race", "start with /")]
    [InlineData("/race mode:fastest", "mode must be one of: gather, sequential, ordered, as-completed, compare")]
    [InlineData("/race tasks:", "tasks needs a value")]
    [InlineData("/race mode:gather mode:sequential", "mode is given twice")]
    [InlineData("/race A:2 B:3", "Options are written name:value, e.g. /race tasks:A:2 B:3 C:1")]
    [InlineData("/help me", "/help takes no options")]
    public void Parse_WhatDiscordsClientWouldRefuse_SaysWhatToFix(string text, string expected)
    {
        Assert.Null(Parse(text, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValueLongerThanTheDefinitionAllows_IsRefused()
    {
        Assert.Null(Parse("/race tasks:" + new string('A', 1001), out var error));
        Assert.Contains("1 to 1000 characters", error, StringComparison.Ordinal);
    }
}
