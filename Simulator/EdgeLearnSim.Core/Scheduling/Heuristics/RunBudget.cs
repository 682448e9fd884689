using System.Diagnostics;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>The wall-clock safety net and cancellation of one run; deterministic budgets are the caller's.</summary>
internal sealed class RunBudget(SchedulerContext context)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    /// <summary>Why the run must stop now, or null to go on.</summary>
    public ExitReason? Interruption()
    {
        if (context.Cancellation.IsCancellationRequested)
        {
            return ExitReason.Cancelled;
        }
        if (context.WallClockLimit is { } limit && clock.Elapsed >= limit)
        {
            return ExitReason.WallClockLimit;
        }
        return null;
    }
}
