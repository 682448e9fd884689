namespace EdgeLearnSim.Core.Extensions;

/// <summary>What a <see cref="KindParameter"/> holds, which decides how a scenario's value is read and checked.</summary>
public enum ParameterType
{
    /// <summary>A finite number within the parameter's range.</summary>
    Number,

    /// <summary>A whole number within the parameter's range.</summary>
    WholeNumber,

    /// <summary>Free text (a column name).</summary>
    Text,

    /// <summary>A file that must exist, resolved against the scenario's folder (its full path is passed on).</summary>
    File,
}
