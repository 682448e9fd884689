using System.CommandLine;
using System.Globalization;
using EdgeLearnSim.Cli;
using EdgeLearnSim.Core.Accuracy;

namespace EdgeLearnSim.Cli.Tests.Commands;

public class FitAccuracyCommandTests
{
    [Fact]
    public void FitAccuracy_ShippedPaperPoints_PrintsOneLineWithinOneThousandthAndWritesThePlot()
    {
        var points = RepositoryPath("Traces/accuracy/paper-40000-records.csv");
        var plot = Path.Combine(Path.GetTempPath(), $"fit-{Guid.NewGuid():N}.png");
        try
        {
            using var output = new StringWriter();
            var exit = CommandLineApp.BuildRoot()
                .Parse(["fit-accuracy", points, "--out", plot])
                .Invoke(new InvocationConfiguration { Output = output });
            Assert.Equal(0, exit);
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var line = Assert.Single(lines);
            var values = line.Split(' ').Select(part => part.Split('=')).ToDictionary(kv => kv[0], kv => double.Parse(kv[1], CultureInfo.InvariantCulture));
            Assert.Equal(["a", "b", "c", "r2"], values.Keys);
            Assert.InRange(values["a"] - AccuracyModel.Paper.A, -1e-3, 1e-3);
            Assert.InRange(values["b"] - AccuracyModel.Paper.B, -1e-3, 1e-3);
            Assert.InRange(values["c"] - AccuracyModel.Paper.C, -1e-3, 1e-3);
            Assert.InRange(values["r2"], 0.9, 1);
            Assert.True(new FileInfo(plot).Length > 1000);
        }
        finally
        {
            File.Delete(plot);
        }
    }

    [Fact]
    public void FitAccuracy_DerivedFaceNetTableByTable_OneLinePerGroupOfFourOrMorePoints_AndNamesTheSkippedOne()
    {
        var table = RepositoryPath("Traces/accuracy/face_relative_accuracy.csv");
        var plot = Path.Combine(Path.GetTempPath(), $"fit-{Guid.NewGuid():N}.png");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = CommandLineApp.BuildRoot()
                .Parse(["fit-accuracy", table, "--accuracy-column", "relative_accuracy", "--group-column", "table", "--out", plot])
                .Invoke(new InvocationConfiguration { Output = output, Error = error });

            Assert.Equal(0, exit);
            var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("table=Table4-right a=", line, StringComparison.Ordinal);
            var points = AccuracyTable.Read(table, "ratio", "relative_accuracy", "table")[0].Points;
            var fit = AccuracyFitter.Fit(points);
            Assert.EndsWith(FormattableString.Invariant($"r2={fit.RSquared:G10}"), line, StringComparison.Ordinal);
            Assert.Contains("skipped table=Table5: 3 point(s)", error.ToString(), StringComparison.Ordinal);
            Assert.True(new FileInfo(plot).Length > 1000);
        }
        finally
        {
            File.Delete(plot);
        }
    }

    [Fact]
    public void FitAccuracy_TestbedPointsByRecords_OneLinePerRecordCount()
    {
        var table = RepositoryPath("Traces/accuracy/fashion-mnist-pca-points.csv");
        var plot = Path.Combine(Path.GetTempPath(), $"fit-{Guid.NewGuid():N}.png");
        try
        {
            using var output = new StringWriter();
            var exit = CommandLineApp.BuildRoot()
                .Parse(["fit-accuracy", table, "--accuracy-column", "relative_accuracy", "--group-column", "records", "--out", plot])
                .Invoke(new InvocationConfiguration { Output = output });

            Assert.Equal(0, exit);
            var groups = AccuracyTable.Read(table, "ratio", "relative_accuracy", "records");
            var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(groups.Select(g => $"records={g.Value}"), lines.Select(l => l.Split(' ')[0]));
            Assert.True(lines.Length >= 3);
        }
        finally
        {
            File.Delete(plot);
        }
    }

    private static string RepositoryPath(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EdgeLearnSim.sln")))
            {
                return Path.Combine(folder.FullName, relative);
            }
        }
        throw new InvalidOperationException("EdgeLearnSim.sln not found above the test binaries.");
    }
}
