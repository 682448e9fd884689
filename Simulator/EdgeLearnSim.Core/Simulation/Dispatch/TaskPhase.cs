namespace EdgeLearnSim.Core.Simulation.Dispatch;

/// <summary>The pipeline stage whose clock a task's time runs on: waiting included, parked time counts as access.</summary>
internal enum TaskPhase : byte
{
    Access,
    Compression,
    Upload,
    Done,
}
