namespace EdgeLearnSim.Core.Instances;

/// <summary>An edge server with its uplink bandwidth to the cloud (SPEC §1), in Mbps (10^6 bit/s).</summary>
public sealed record EdgeServer(int Id, double BandwidthMbps);
