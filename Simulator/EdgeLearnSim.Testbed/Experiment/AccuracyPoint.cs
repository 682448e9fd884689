namespace EdgeLearnSim.Testbed.Experiment;

/// <summary>
/// One measurement: the cloud's test accuracy after training on <paramref name="Records"/> raw records and on the same
/// records compressed to space-remaining ratio <paramref name="Ratio"/>; <see cref="RelativeAccuracy"/> = A(R) =
/// compressed / raw.
/// </summary>
public sealed record AccuracyPoint(double Ratio, int Records, int Repeat, double AccuracyRaw, double AccuracyCompressed)
{
    public double RelativeAccuracy => AccuracyCompressed / AccuracyRaw;
}
