namespace EdgeLearnSim.Testbed.Data;

/// <summary>An unsigned-byte array read from an IDX file: its dimensions (outermost first) and its values in row-major order.</summary>
public sealed record IdxArray(IReadOnlyList<int> Dimensions, byte[] Values);
