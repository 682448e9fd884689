using System.Globalization;
using EdgeLearnSim.Core.Simulation.Dispatch;

namespace EdgeLearnSim.External.Env;

/// <summary>
/// The dispatch policy of <c>edgelearnsim env</c>: every decision with an eligible edge up is sent to the caller as
/// the step protocol's <c>decide</c> (plus <c>assigned_makespan</c>) and its answer is the choice. A decision with
/// no eligible edge up has one valid answer, parking the task (−1), and is taken here without asking. Keeps the
/// weighted load of each edge under the assignment so far (each task counted on the edge it was last sent to,
/// as <c>weighted_makespan</c> counts it at the end), whose largest value each <c>decide</c> carries.
/// A <c>reset</c>, a <c>close</c> or the end of the caller's output throws <see cref="EpisodeInterruptedException"/>;
/// an answer that is not an offered edge that is up throws <see cref="EnvProtocolException"/>.
/// </summary>
/// <param name="channel">The caller.</param>
/// <param name="processingTime">P_ij, the weighted time of task i on edge j (the instance's own).</param>
public sealed class CallerDispatchPolicy(EnvChannel channel, Func<int, int, double> processingTime) : IDispatchPolicy
{
    /// <summary>The name a run would give it.</summary>
    public const string PolicyName = "env";

    private double[] loads = [];
    private int[] edgeOf = [];

    public string Name => PolicyName;

    /// <summary>Decisions the caller answered in this episode.</summary>
    public int Decisions { get; private set; }

    /// <summary>max_j of the weighted loads under the assignment so far.</summary>
    public double AssignedMakespan { get; private set; }

    public void Reset(int tasks, int edges, ulong seed)
    {
        loads = new double[edges];
        edgeOf = new int[tasks];
        Array.Fill(edgeOf, -1);
        Decisions = 0;
        AssignedMakespan = 0;
    }

    public int Choose(DispatchDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var anyUp = false;
        foreach (var edge in decision.Edges)
        {
            anyUp |= edge.Up;
        }
        if (!anyUp)
        {
            Assign(decision.Task, -1);
            return -1;
        }
        channel.SendDecide(decision, AssignedMakespan);
        var request = channel.Read();
        if (request is not { Kind: EnvRequestKind.Choice } choice)
        {
            throw new EpisodeInterruptedException(request);
        }
        var offered = false;
        foreach (var edge in decision.Edges)
        {
            offered |= edge.Edge == choice.Edge && edge.Up;
        }
        if (!offered)
        {
            var upEdges = string.Join(' ', decision.Edges.Where(e => e.Up).Select(e => e.Edge.ToString(CultureInfo.InvariantCulture)));
            throw new EnvProtocolException(string.Create(
                CultureInfo.InvariantCulture,
                $"chose edge {choice.Edge} for task {decision.Task} at t = {decision.Time:R} s; its eligible edges that are up are [{upEdges}]"));
        }
        Decisions++;
        Assign(decision.Task, choice.Edge);
        return choice.Edge;
    }

    private void Assign(int task, int edge)
    {
        var previous = edgeOf[task];
        if (previous == edge)
        {
            return;
        }
        if (previous >= 0)
        {
            loads[previous] -= processingTime(task, previous);
        }
        if (edge >= 0)
        {
            loads[edge] += processingTime(task, edge);
        }
        edgeOf[task] = edge;
        // A task leaving an edge can lower the largest load, so it is found again (m is small).
        var largest = 0.0;
        foreach (var load in loads)
        {
            largest = Math.Max(largest, load);
        }
        AssignedMakespan = largest;
    }
}
