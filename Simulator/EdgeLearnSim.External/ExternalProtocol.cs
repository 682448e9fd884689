namespace EdgeLearnSim.External;

/// <summary>The protocol's version, sent in every request and in EDGELEARNSIM_PROTOCOL (docs/schemas/*.v2.json).</summary>
public static class ExternalProtocol
{
    public const int Version = 2;
}
