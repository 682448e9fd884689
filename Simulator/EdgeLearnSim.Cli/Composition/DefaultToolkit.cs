using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Experiments.Scenarios;
using EdgeLearnSim.Solvers;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Cli.Composition;

/// <summary>
/// The tool's composition root: every registered scheduler (<see cref="SchedulerCatalog"/>), the instance generator,
/// the certified lower bounds (docs/schedulers.md) (<see cref="LowerBounds.Certify"/>), the upload simulation and the instance folder writer.
/// </summary>
internal static class DefaultToolkit
{
    /// <summary>The topologies, distributions and instance bounds a scenario may name.</summary>
    public static ScenarioKinds Kinds { get; } = new() { Bounds = LowerBoundCatalog.Default };

    public static ExperimentToolkit Create() => new(
        SchedulerCatalog.Default,
        InstanceGenerator.Generate,
        LowerBounds.Certify,
        UploadSimulation.Run,
        UploadSimulation.RunOnline,
        InstanceFolder.Write,
        UploadSimulation.RunOnline)
    {
        Kinds = Kinds,
    };
}
