namespace EdgeLearnSim.Core.Scheduling;

/// <summary>What a run gives a scheduler besides the instance.</summary>
/// <param name="Seed">The scheduler's own stream seed, derived from the cell seed and the scheduler name.</param>
/// <param name="WallClockLimit">Safety net only; a result cut by it is marked <see cref="ExitReason.WallClockLimit"/>.</param>
/// <param name="Cancellation">Cooperative cancellation (Ctrl-C); a cancelled scheduler returns its best so far.</param>
public sealed record SchedulerContext(ulong Seed, TimeSpan? WallClockLimit = null, CancellationToken Cancellation = default)
{
    /// <summary>The cell's uplink policy, for schedulers that plan on the simulated pipeline (<c>pipeline-search</c>).</summary>
    public Simulation.UplinkPolicy Uplink { get; init; } = Simulation.UplinkPolicy.Fifo;
}
