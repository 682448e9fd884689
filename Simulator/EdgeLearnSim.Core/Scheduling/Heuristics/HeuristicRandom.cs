using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Scheduling.Heuristics;

/// <summary>The one way a heuristic gets its random stream: from <see cref="SchedulerContext.Seed"/> alone.</summary>
internal static class HeuristicRandom
{
    public static Xoshiro256StarStar For(SchedulerContext context) =>
        new(StableSeed.ToInt32(context.Seed), threadSafe: false);
}
