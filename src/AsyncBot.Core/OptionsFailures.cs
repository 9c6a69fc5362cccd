using Microsoft.Extensions.Options;

namespace AsyncBot.Core;

/// <summary>Makes validation failures name their configuration key (<c>Race:MaxTasks: …</c>).</summary>
/// <remarks>
/// Needed because the options source generator ignores <c>ErrorMessage</c> on <c>[Range]</c>
/// (dotnet/runtime#123137): its own messages name only the property, and an operator needs the key to fix.
/// </remarks>
public static class OptionsFailures
{
    /// <summary>Prefixes every failure of <paramref name="result"/> with <paramref name="section"/> and a colon.</summary>
    public static ValidateOptionsResult Prefixed(string section, ValidateOptionsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Failed
            ? ValidateOptionsResult.Fail(result.Failures!.Select(failure => $"{section}:{failure}"))
            : result;
    }
}
