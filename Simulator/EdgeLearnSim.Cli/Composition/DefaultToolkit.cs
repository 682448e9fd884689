using EdgeLearnSim.Core.Instances;
using EdgeLearnSim.Experiments.Running;
using EdgeLearnSim.External;
using EdgeLearnSim.Solvers;
using EdgeLearnSim.Solvers.Bounds;

namespace EdgeLearnSim.Cli.Composition;

/// <summary>
/// The tool's composition root: every registered scheduler (<see cref="SchedulerCatalog"/>), the instance generator,
/// the certified lower bounds of docs/model.md (<see cref="LowerBounds.Certify"/>), the upload simulation, the
/// instance folder writer, and external programs as schedulers and dispatch policies.
/// </summary>
internal static class DefaultToolkit
{
    /// <summary>The instance bounds a scenario's <c>bounds:</c> list may name.</summary>
    public static IReadOnlyList<string> BoundNames => LowerBounds.MethodNames;

    public static ExperimentToolkit Create() => new()
    {
        Schedulers = SchedulerCatalog.Default,
        BoundNames = BoundNames,
        GenerateInstance = InstanceGenerator.Generate,
        LowerBound = LowerBounds.Certify,
        Simulator = new EngineUploadSimulator(),
        SaveInstance = InstanceFolder.Write,
        ExternalScheduler = program => new ExternalScheduler(program),
        ExternalPolicy = program => new ExternalDispatchPolicy(program),
    };
}
