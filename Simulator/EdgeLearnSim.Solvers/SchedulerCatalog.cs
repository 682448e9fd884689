using EdgeLearnSim.Core.Scheduling;
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


        // LP- and CP-based methods (OR-Tools).
        registry.Register(new SchedulerDescriptor(LpRoundingScheduler.SchedulerName, "The paper's Algorithm 1: LP relaxation in GLOP, each task to its largest share.", new Dictionary<string, double>(), _ => new LpRoundingScheduler()));
        registry.Register(new SchedulerDescriptor(LstScheduler.SchedulerName, "Lenstra–Shmoys–Tardos: smallest feasible pruned LP(T), its extreme point, pseudo-forest matching; at most 2·OPT.", new Dictionary<string, double>(), _ => new LstScheduler()));
        registry.Register(new SchedulerDescriptor(ExactScheduler.SchedulerName, "CP-SAT with one worker under a deterministic time limit; proves optimality on small instances.", new Dictionary<string, double> { [ExactScheduler.DeterministicTimeParameter] = ExactScheduler.DefaultDeterministicTime }, p => new ExactScheduler(p.Get(ExactScheduler.DeterministicTimeParameter, ExactScheduler.DefaultDeterministicTime))));


        return registry;
    }
}
