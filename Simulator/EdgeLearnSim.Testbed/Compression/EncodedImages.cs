namespace EdgeLearnSim.Testbed.Compression;

/// <summary>
/// Images as the cloud receives them: <see cref="Codes"/> are the bytes sent (<see cref="CodeBytes"/> per image),
/// <see cref="Features"/> their de-quantised values (<see cref="FeatureCount"/> per image), and
/// <see cref="DecodeImages"/> rebuilds the images from those codes (pixels in [0, 1], as many per image as the raw
/// image has): the cloud learns from one or the other (<see cref="Learning.CloudInput"/>). Decoding is a function, run
/// only when asked for, so that the encoder's measured throughput is the encoder's.
/// </summary>
public sealed record EncodedImages(byte[] Codes, int CodeBytes, float[] Features, int FeatureCount, Func<float[]> DecodeImages)
{
    public int Count => CodeBytes == 0 ? 0 : Codes.Length / CodeBytes;
}
