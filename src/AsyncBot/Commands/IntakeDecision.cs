namespace AsyncBot.Commands;

/// <summary>What the dispatcher does with an interaction, given how long ago it arrived.</summary>
internal enum IntakeDecision
{
    /// <summary>Young enough for its handler to answer with the plan.</summary>
    Handle,

    /// <summary>Too old for the handler to be sure of the 3 s deadline: answer at once with the ephemeral busy reply.</summary>
    Busy,

    /// <summary>Discord's answer window has passed: any answer would be refused, so none is sent.</summary>
    TooLate,
}
