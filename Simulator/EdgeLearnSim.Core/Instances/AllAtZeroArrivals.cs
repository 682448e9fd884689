using EdgeLearnSim.Core.Extensions;

namespace EdgeLearnSim.Core.Instances;

/// <summary>Every task released at time 0 (the paper).</summary>
public sealed record AllAtZeroArrivals : ArrivalSpec
{
    public static ExtensionKind<ArrivalSpec> Kind { get; } = new(
        "all-at-zero", "every task released at time 0 (the paper's static problem)", [], _ => new AllAtZeroArrivals());

    public override double[] Generate(int taskCount, Random random) => new double[taskCount];

    public override void Validate(int taskCount)
    {
    }
}
