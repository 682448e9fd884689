namespace EdgeLearnSim.Core.Tests.Scheduling;

/// <summary>The three topology shapes of SPEC §5, for drawing test instances before the generator exists.</summary>
internal enum TestTopology
{
    OneToOne,
    OneToMore,
    FullyConnected,
}
