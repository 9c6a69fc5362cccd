using AsyncBot.Commands;
using AsyncBot.Discord.Interactions;
using AsyncBot.History;
using AsyncBot.Options;
using AsyncBot.Runs;
using AsyncBot.Tests.TestDoubles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace AsyncBot.Tests.Runs.Support;

/// <summary>
/// The run pipeline as the host wires it (registry, launcher, Cancel button) on an <see cref="ArmingClock"/>, with
/// runs whose engine is a stand-in that holds until its token fires and reports why it stopped.
/// </summary>
internal sealed class RunRig
{
    public RunRig(int perUser = 2, int total = 50, IInteractionResponder? responder = null)
    {
        var limits = new Mock<IOptionsMonitor<LimitsOptions>>();
        limits.Setup(m => m.CurrentValue).Returns(new LimitsOptions { RunsPerUser = perUser, RunsTotal = total });
        Registry = new InMemoryRunRegistry(limits.Object);
        Responder = responder ?? new RecordingResponder();
        Launcher = new RunLauncher(Registry, Responder, new DisabledRunHistory(), Clock, NullLogger<RunLauncher>.Instance);
        CancelButton = new CancelButtonHandler(Registry, Responder);
    }

    public ArmingClock Clock { get; } = new();

    public InMemoryRunRegistry Registry { get; }

    public IInteractionResponder Responder { get; }

    public RunLauncher Launcher { get; }

    public CancelButtonHandler CancelButton { get; }

    /// <summary>A /race interaction from <paramref name="userId"/>; its id is the run id.</summary>
    public static Interaction Command(string runId, string userId) => RecordingResponder.NewInteraction(runId, userId);

    /// <summary>A click on run <paramref name="runId"/>'s Cancel button by <paramref name="userId"/>.</summary>
    public static Interaction Click(string runId, string userId) =>
        new("click-" + userId + "-" + runId, "1306561934786719786", InteractionType.MessageComponent, "token-click", new InteractionUser(userId, "user" + userId),
            Component: new ComponentInvocation(Replies.CancelPrefix + runId, 2));

    /// <summary>Launches a run that holds until its cancellation fires; the returned run says when and how it stopped.</summary>
    public HeldRun Launch(Interaction interaction, CancellationToken shutdown = default)
    {
        var held = new HeldRun();
        held.Launch = Launcher.LaunchAsync(interaction, "plan", suppressEmbeds: false, held.RunAsync, shutdown);
        return held;
    }
}
