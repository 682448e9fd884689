namespace EdgeLearnSim.Core.Simulation.Outages;

/// <summary>Outages at the times a trace gives.</summary>
public sealed record ScheduledOutages(OutageSchedule Schedule) : OutageModel;
