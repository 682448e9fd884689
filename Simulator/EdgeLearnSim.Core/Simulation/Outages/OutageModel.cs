namespace EdgeLearnSim.Core.Simulation.Outages;

/// <summary>When edges go down and come back. Edges start up.</summary>
public abstract record OutageModel;
