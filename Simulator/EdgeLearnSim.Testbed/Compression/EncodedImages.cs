namespace EdgeLearnSim.Testbed.Compression;

/// <summary>
/// Images as the cloud receives them: <see cref="Codes"/> are the bytes sent (<see cref="CodeBytes"/> per image),
/// <see cref="Features"/> their decoded values (<see cref="FeatureCount"/> per image) that the cloud trains on.
/// </summary>
public sealed record EncodedImages(byte[] Codes, int CodeBytes, float[] Features, int FeatureCount)
{
    public int Count => CodeBytes == 0 ? 0 : Codes.Length / CodeBytes;
}
