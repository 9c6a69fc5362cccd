using System.Runtime.InteropServices;

namespace AsyncBot.Core.Race;

/// <summary>
/// What happened to one task. Offsets are measured from the start of its leg (for runs other than
/// <c>compare</c>, the run). A struct in a pre-sized array, so a million tasks cost one allocation here.
/// </summary>
[StructLayout(LayoutKind.Auto)]
public struct RaceTaskResult : IEquatable<RaceTaskResult>
{
    private long _startedTicks;
    private long _endedTicks;
    private long _reportedTicks;

    internal RaceTaskResult(int index, RaceTask task)
    {
        Index = index;
        Name = task.Name;
        Seconds = task.Seconds;
        _startedTicks = -1;
        _endedTicks = -1;
        _reportedTicks = -1;
    }

    /// <summary>The task's position in the plan, 0-based.</summary>
    public readonly int Index { get; }

    /// <summary>The task's name.</summary>
    public readonly string Name { get; }

    /// <summary>The planned duration in seconds, as written.</summary>
    public readonly double Seconds { get; }

    /// <summary>The planned duration.</summary>
    public readonly TimeSpan Planned => TimeSpan.FromSeconds(Seconds);

    /// <summary>When the task began its work, or null if it never did.</summary>
    public TimeSpan? Started
    {
        readonly get => _startedTicks < 0 ? null : TimeSpan.FromTicks(_startedTicks);
        internal set => _startedTicks = value?.Ticks ?? -1;
    }

    /// <summary>When the task stopped — really finished, or was cancelled — or null if it never began.</summary>
    public TimeSpan? Ended
    {
        readonly get => _endedTicks < 0 ? null : TimeSpan.FromTicks(_endedTicks);
        internal set => _endedTicks = value?.Ticks ?? -1;
    }

    /// <summary>
    /// When its Finished event went out. Equal to <see cref="Ended"/> except in <c>ordered</c> mode (reported when
    /// awaited, in the given order) and <c>as-completed</c> (reported when the loop receives it).
    /// </summary>
    public TimeSpan? Reported
    {
        readonly get => _reportedTicks < 0 ? null : TimeSpan.FromTicks(_reportedTicks);
        internal set => _reportedTicks = value?.Ticks ?? -1;
    }

    /// <summary>How long it really ran (<see cref="Ended"/> minus <see cref="Started"/>), or null if it never began.</summary>
    public readonly TimeSpan? Ran => _startedTicks < 0 || _endedTicks < 0 ? null : TimeSpan.FromTicks(_endedTicks - _startedTicks);

    /// <summary>Its place (1-based) in the order tasks really finished; 0 if it did not finish.</summary>
    public int Order { readonly get; internal set; }

    /// <summary>How it ended.</summary>
    public RaceTaskOutcome Outcome { readonly get; internal set; }

    internal readonly bool HasStarted => _startedTicks >= 0;

    internal readonly bool HasEnded => _endedTicks >= 0;

    internal readonly bool HasBeenReported => _reportedTicks >= 0;

    /// <summary>Equal when every field is.</summary>
    public static bool operator ==(RaceTaskResult left, RaceTaskResult right) => left.Equals(right);

    /// <summary>Different when any field is.</summary>
    public static bool operator !=(RaceTaskResult left, RaceTaskResult right) => !left.Equals(right);

    /// <inheritdoc/>
    public readonly bool Equals(RaceTaskResult other) =>
        Index == other.Index && Name == other.Name && Seconds.Equals(other.Seconds)
        && _startedTicks == other._startedTicks && _endedTicks == other._endedTicks
        && _reportedTicks == other._reportedTicks && Order == other.Order && Outcome == other.Outcome;

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is RaceTaskResult other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode() => HashCode.Combine(Index, Name, _startedTicks, _endedTicks, Order, Outcome);
}
