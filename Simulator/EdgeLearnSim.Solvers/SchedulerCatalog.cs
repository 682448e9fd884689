using EdgeLearnSim.Core.Scheduling;
using EdgeLearnSim.Core.Scheduling.Heuristics;
using EdgeLearnSim.Solvers.ConstraintProgramming;
using EdgeLearnSim.Solvers.LinearProgramming;

namespace EdgeLearnSim.Solvers;

/// <summary>
/// Every scheduler the tool offers, by name. Adding a scheduler is one class and one line here.
/// This assembly is the one place that sees both the pure heuristics (Core) and the OR-Tools methods.
/// </summary>
public static class SchedulerCatalog
{
    public static SchedulerRegistry Default { get; } = Build();

    private static SchedulerRegistry Build()
    {
        var registry = new SchedulerRegistry();

        // The paper's heuristics and our own (EdgeLearnSim.Core.Scheduling.Heuristics).
        registry.Register(RandomScheduler.Descriptor);
        registry.Register(GreedyScheduler.Descriptor);
        registry.Register(AnnealingScheduler.Descriptor);
        registry.Register(MultiPhaseScheduler.Descriptor);
        registry.Register(LocalSearchScheduler.Describe(ReducedModelRepair.Instance));
        registry.Register(PipelineSearchScheduler.Describe(ReducedModelRepair.Instance));

        // LP- and CP-based methods (OR-Tools).
        registry.Register(LpRoundingScheduler.Descriptor);
        registry.Register(LstScheduler.Descriptor);
        registry.Register(ExactScheduler.Descriptor);

        return registry;
    }
}
