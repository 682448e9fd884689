namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>How an edge's uplink serves its queued uploads (SPEC §7); the scenario spells them <c>fifo</c>, <c>fair-share</c>.</summary>
public enum UplinkPolicyName
{
    Fifo,
    FairShare,
}
