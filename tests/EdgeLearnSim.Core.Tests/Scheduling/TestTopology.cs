namespace EdgeLearnSim.Core.Tests.Scheduling;

/// <summary>The three topology shapes of docs/model.md, for drawing test instances before the generator exists.</summary>
internal enum TestTopology
{
    OneToOne,
    OneToMore,
    FullyConnected,
}
