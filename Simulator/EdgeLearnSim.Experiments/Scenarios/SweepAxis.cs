namespace EdgeLearnSim.Experiments.Scenarios;

/// <summary>
/// One swept parameter: its dotted <paramref name="Path"/> in the scenario (for example <c>instance.tasks</c>)
/// and the values it takes, in order, as canonical text (the <c>param.&lt;path&gt;</c> column of <c>runs.csv</c>).
/// </summary>
public sealed record SweepAxis(string Path, IReadOnlyList<string> Values)
{
    /// <summary>True when every value is a number, so figures can use the axis as x.</summary>
    public bool IsNumeric => Values.All(v => double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
}
