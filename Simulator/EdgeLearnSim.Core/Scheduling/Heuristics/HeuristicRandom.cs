using EdgeLearnSim.Engine.Random;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>The one way a heuristic gets its random stream: from <see cref="SchedulerContext.Seed"/> alone.</summary>
internal static class HeuristicRandom
{
    public static SeededRandom For(SchedulerContext context) => new(context.Seed);
}
