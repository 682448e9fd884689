using System.Collections.Frozen;
using EdgeLearnSim.Core.Instances;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>
/// <c>random</c> (docs/schedulers.md), the paper's baseline without central scheduling: each task, in index order, on a
/// uniformly random edge of its eligible set, drawn from the stream seeded by <see cref="SchedulerContext.Seed"/>.
/// </summary>
public sealed class RandomScheduler : IScheduler
{
    public static SchedulerDescriptor Descriptor { get; } = new(
        "random",
        "Each task on a uniformly random eligible edge (the paper's baseline).",
        FrozenDictionary<string, double>.Empty,
        _ => new RandomScheduler());

    public string Name => Descriptor.Name;

    public ScheduleResult Schedule(ISchedulingInstance instance, SchedulerContext context)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(context);
        var random = HeuristicRandom.For(context);
        var edgeOf = new int[instance.TaskCount];
        for (var i = 0; i < edgeOf.Length; i++)
        {
            var eligible = instance.EligibleEdges(i);
            edgeOf[i] = eligible[random.Next(eligible.Length)];
        }
        return Assignments.ToResult(instance, edgeOf, ExitReason.Completed);
    }
}
