using System.Globalization;
using EdgeLearnSim.Core.Accuracy;

namespace EdgeLearnSim.Core.Tests.Accuracy;

public class AccuracyTableTests
{
    [Fact]
    public void Read_GroupedByAColumn_KeepsFirstAppearanceOrderAndIgnoresOtherColumns()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("t.csv", "# c\nname,r,acc,g\nx,0.1,0.5,B\ny,0.2,0.6,A\nz,0.3,0.7,B\n");

        var groups = AccuracyTable.Read(path, "r", "acc", "g");

        Assert.Equal(["B", "A"], groups.Select(g => g.Value));
        Assert.Equal([(0.1, 0.5), (0.3, 0.7)], groups[0].Points);
        Assert.Equal([(0.2, 0.6)], groups[1].Points);
        Assert.Equal([(0.1, 0.5), (0.2, 0.6), (0.3, 0.7)], Assert.Single(AccuracyTable.Read(path, "r", "acc")).Points);
    }

    [Fact]
    public void Read_MissingNamedColumn_NamesTheColumnsWanted()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("t.csv", "r,acc\n0.1,0.5\n");

        var error = Assert.Throws<InvalidInputException>(() => AccuracyTable.Read(path, "r", "acc", "records"));

        Assert.Equal($"{path}:1:1", error.Location);
        Assert.Contains("'records'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DerivedFaceNetTable_IsTheVerbatimTableDividedByEachTablesValueAtRatioOne()
    {
        var verbatim = File.ReadAllLines(RepositoryFiles.Path("Traces/accuracy/face_accuracy_vs_compression.csv"))
            .Where(line => !line.StartsWith('#')).Skip(1).Select(line => line.Split(','))
            .Where(f => double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .Select(f => (Table: f[1], Ratio: 1 / double.Parse(f[4], CultureInfo.InvariantCulture), Value: double.Parse(f[6], CultureInfo.InvariantCulture)))
            .ToArray();
        var expected = verbatim
            .Select(v => (v.Table, v.Ratio, Relative: v.Value / verbatim.Single(w => w.Table == v.Table && w.Ratio == 1).Value))
            .ToArray();

        var derived = AccuracyTable.Read(RepositoryFiles.Path("Traces/accuracy/face_relative_accuracy.csv"), "ratio", "relative_accuracy", "table");

        Assert.Equal(expected.Select(e => e.Table).Distinct(), derived.Select(g => g.Value));
        Assert.Equal(expected.Select(e => (e.Ratio, e.Relative)), derived.SelectMany(g => g.Points));
        Assert.Equal(8, expected.Length);
    }
}
