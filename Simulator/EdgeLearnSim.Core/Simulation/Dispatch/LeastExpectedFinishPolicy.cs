namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>
/// <c>online-least-loaded</c>: the eligible edge that is up where the task would finish first, counting the work
/// already queued there at the edge's mean rate (<see cref="ExpectedFinish"/>); ties go to the earlier edge in
/// <see cref="DispatchDecision.Edges"/>. It also places every re-dispatched task in the offline mode.
/// </summary>
public sealed class LeastExpectedFinishPolicy : IDispatchPolicy
{
    /// <summary>The scenario name.</summary>
    public const string PolicyName = "online-least-loaded";

    public static OnlinePolicy Kind { get; } = new(
        PolicyName, "the eligible edge that is up with the earliest expected finish of the task, counting the work queued there at the edge's mean rate",
        () => new LeastExpectedFinishPolicy());

    public string Name => PolicyName;

    public void Reset(int tasks, int edges, ulong seed)
    {
    }

    public int Choose(DispatchDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var best = -1;
        var bestFinish = double.PositiveInfinity;
        foreach (var edge in decision.Edges)
        {
            if (!edge.Up)
            {
                continue;
            }
            var finish = ExpectedFinish(decision, edge);
            if (best < 0 || finish < bestFinish)
            {
                best = edge.Edge;
                bestFinish = finish;
            }
        }
        return best;
    }

    /// <summary>
    /// t + access + compression + upload, evaluated in that order, so a program repeating these operations in IEEE
    /// doubles gets the same bits: access = max((access backlog + raw megabits) / C_j, raw megabits / a_i) (0 when
    /// both are unlimited), compression = (compression backlog + compression bytes·κ_j) / k_j, upload = (uplink
    /// backlog + the task's megabits) / mean bandwidth. Without pipeline parameters access and compression are 0 and
    /// the value is the one before the pipeline existed.
    /// </summary>
    public static double ExpectedFinish(DispatchDecision decision, EdgeObservation edge)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var access = Math.Max((edge.AccessBacklogMegabits + decision.RawMegabits) / edge.AccessCapacityMbps, decision.RawMegabits / decision.DeviceUplinkMbps);
        var compression = (edge.CompressionBacklogSeconds + (decision.CompressionBytes * edge.CompressionSecondsPerByte)) / edge.Cores;
        var upload = (edge.UplinkBacklogMegabits + decision.Megabits) / edge.MeanBandwidthMbps;
        return decision.Time + access + compression + upload;
    }
}
