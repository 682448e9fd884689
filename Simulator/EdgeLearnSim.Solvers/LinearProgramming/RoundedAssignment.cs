namespace EdgeLearnSim.Solvers.LinearProgramming;

/// <summary>An integral assignment from a fractional one, with how many tasks were split and which rounding ran.</summary>
internal sealed record RoundedAssignment(int[] EdgeOf, int SplitTaskCount, bool UsedSlotRounding);
