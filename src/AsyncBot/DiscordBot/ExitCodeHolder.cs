namespace AsyncBot.DiscordBot;

/// <summary>
/// The exit code the Discord mode ends with. Hosted services that decide the process must fail (a fatal gateway
/// close) set it before asking the host to stop, since stopping itself is indistinguishable from a clean shutdown.
/// </summary>
internal sealed class ExitCodeHolder
{
    private int _code;

    public int Code => Volatile.Read(ref _code);

    public void Fail(int code) => Interlocked.CompareExchange(ref _code, code, 0);
}
