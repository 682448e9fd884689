namespace EdgeLearnSim.Experiments.Results;

/// <summary>How a run column's value is written and read back: every kind has one canonical invariant text.</summary>
public enum ColumnKind
{
    /// <summary>Free text (names, labels); empty allowed.</summary>
    Text,

    /// <summary>A whole number in invariant digits.</summary>
    Whole,

    /// <summary>A double in round-trip form (<c>R</c>), or empty when the value is absent.</summary>
    Real,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Flag,
}
