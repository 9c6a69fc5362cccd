namespace AsyncBot.Cli;

/// <summary>The process exit codes scripts and operators rely on (docs/commands.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success, including a clean shutdown on SIGTERM or Ctrl+C.</summary>
    public const int Success = 0;

    /// <summary>Something failed at run time: a bad configuration value, a fatal gateway close.</summary>
    public const int Failure = 1;

    /// <summary>Bad command-line arguments, with a one-line reason on stderr.</summary>
    public const int BadArguments = 2;
}
