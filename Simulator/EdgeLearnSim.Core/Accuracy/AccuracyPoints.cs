namespace EdgeLearnSim.Core.Accuracy;

/// <summary>Measured (ratio, accuracy) points in a CSV file with the columns <c>ratio,accuracy</c>; '#' lines are comments.</summary>
public static class AccuracyPoints
{
    /// <summary>The points in file order.</summary>
    /// <exception cref="InvalidInputException">As <see cref="AccuracyTable.Read"/>.</exception>
    public static IReadOnlyList<(double Ratio, double Accuracy)> Read(string path) => AccuracyTable.Read(path).Single().Points;
}
