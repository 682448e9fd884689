namespace EdgeLearnSim.Reporting.Report;

/// <summary>What a <see cref="SpeedComparison"/>'s interval establishes about its scheduler against the baseline.</summary>
public enum SpeedVerdict
{
    /// <summary>The whole 95% interval of the time ratio lies below 1.</summary>
    Faster,

    /// <summary>The whole 95% interval lies above 1.</summary>
    Slower,

    /// <summary>The interval contains 1 (or there are too few cells for one).</summary>
    NotEstablished,
}
