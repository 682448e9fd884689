using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Core.Simulation;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.Solvers;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Cli.Composition;

/// <summary>
/// The tool's composition root: every registered scheduler (<see cref="SchedulerCatalog"/>), the instance generator,
/// the certified lower bounds of SPEC §3 (<see cref="LowerBounds.Certify"/>), the upload simulation and the instance folder writer.
/// </summary>
internal static class DefaultToolkit
{
    /// <summary>The instance bounds a scenario's <c>bounds:</c> list may name.</summary>
    public static IReadOnlyList<string> BoundNames => LowerBounds.MethodNames;

    public static ExperimentToolkit Create() => new(
        SchedulerCatalog.Default,
        InstanceGenerator.Generate,
        LowerBounds.Certify,
        UploadSimulation.Run,
        UploadSimulation.RunOnline,
        InstanceFolder.Write,
        UploadSimulation.RunOnline)
    {
        BoundNames = BoundNames,
    };
}
