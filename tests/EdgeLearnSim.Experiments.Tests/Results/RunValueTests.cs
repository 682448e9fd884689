using EdgeLearnSim.Experiments.Results;

namespace EdgeLearnSim.Experiments.Tests.Results;

public sealed class RunValueTests
{
    public static TheoryData<string, string> Texts => new()
    {
        { "seed", "18446744073709551615" },
        { "tasks", "600" },
        { "weighted_makespan", "0.30000000000000004" },
        { "gap_percent", "NaN" },
        { "claimed_lower_bound", "" },
        { "proven_optimal", "true" },
        { "lower_bound_method", "trivial" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void TryParse_ReadsBackWhatFormatWrote(string column, string text)
    {
        var runColumn = RunColumns.Find(column)!;
        Assert.True(runColumn.TryParse(text, out var value));
        Assert.Equal(runColumn.Kind, value.Kind);
        Assert.Equal(text, runColumn.Format(value));
    }

    [Fact]
    public void AbsentReal_IsNeitherNaNNorZero_AndReadsAsNaN()
    {
        Assert.NotEqual(RunValue.OfReal(double.NaN), RunValue.AbsentReal);
        Assert.Null(RunValue.AbsentReal.Real);
        Assert.True(double.IsNaN(RunValue.AbsentReal.Number));
        Assert.Equal("", RunColumns.ClaimedLowerBound.Format(RunValue.AbsentReal));
        Assert.Equal("NaN", RunColumns.ClaimedLowerBound.Format(RunValue.OfReal(double.NaN)));
    }

    [Fact]
    public void Values_AreTheirKindOnly()
    {
        Assert.Equal(18446744073709551615UL, (ulong)RunValue.OfWhole(ulong.MaxValue).Whole);
        Assert.Equal(1, RunValue.OfFlag(true).Number);
        Assert.Throws<InvalidOperationException>(() => RunValue.OfText("7").Number);
        Assert.Throws<InvalidOperationException>(() => RunValue.OfReal(7).Whole);
        Assert.Throws<ArgumentException>(() => RunColumns.Tasks.Format(RunValue.OfReal(7)));
        Assert.False(RunColumns.Tasks.TryParse("7.5", out _));
        Assert.False(RunColumns.Seed.TryParse("18446744073709551616", out _));
        Assert.False(RunColumns.ProvenOptimal.TryParse("True", out _));
    }
}
