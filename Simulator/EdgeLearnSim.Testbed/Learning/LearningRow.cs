namespace EdgeLearnSim.Testbed.Learning;

/// <summary>One training or test example as ML.NET reads it: a class label and its feature vector.</summary>
public sealed class LearningRow
{
    public uint Label { get; set; }

    public float[] Features { get; set; } = [];
}
