using EdgeLearnSim.Cli;
using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Testbed.Experiment;

namespace EdgeLearnSim.Testbed.Tests.Commands;

public class TestbedCommandTests
{
    [Fact]
    public void Testbed_OnTheShippedSlice_WritesEveryOutput_AndResumeKeepsTheBytes()
    {
        using var folder = new TemporaryFolder();
        string[] args =
        [
            "testbed", "--data", RepositoryFiles.Path("Traces/fashion-mnist-slice"), "--out", folder.Path,
            "--records", "300,600", "--repeats", "1", "--code-bytes", "1,4,32,784", "--iterations", "30",
        ];

        Assert.Equal(CommandLineApp.ExitCodes.Success, CommandLineApp.Run(args));

        var pointsPath = Path.Combine(folder.Path, "points.csv");
        var points = PointsTable.Read(pointsPath);
        Assert.Equal(2 * 4, points.Count);
        Assert.Equal([300, 600], points.Select(p => p.Records).Distinct());
        Assert.All(points.Where(p => p.Ratio == 1), p => Assert.InRange(p.RelativeAccuracy, 0.95, 1.05));
        foreach (var name in (string[])["fits.csv", "fig3.png", "fig3.csv", "encoder-throughput.csv"])
        {
            Assert.True(new FileInfo(Path.Combine(folder.Path, name)).Length > 100, name);
        }
        var fits = File.ReadAllLines(Path.Combine(folder.Path, "fits.csv"));
        Assert.Equal(3, fits.Length);
        var refit = AccuracyFitter.Fit([.. points.Where(p => p.Records == 300).Select(p => (p.Ratio, p.RelativeAccuracy))]);
        Assert.StartsWith(FormattableString.Invariant($"300,4,{refit.Model.A:R},"), fits[1], StringComparison.Ordinal);

        var bytes = File.ReadAllBytes(pointsPath);
        File.Delete(pointsPath);
        Assert.Equal(CommandLineApp.ExitCodes.Success, CommandLineApp.Run([.. args, "--resume"]));
        Assert.Equal(bytes, File.ReadAllBytes(pointsPath));
    }

    [Theory]
    [InlineData("--records", "500,x")]
    [InlineData("--records", "500,500")]
    [InlineData("--records", "99999")]
    [InlineData("--code-bytes", "0")]
    [InlineData("--code-bytes", "785")]
    public void Testbed_BadOption_ExitsTwoAndWritesNothing(string option, string value)
    {
        using var folder = new TemporaryFolder();
        var exit = CommandLineApp.Run(["testbed", "--data", RepositoryFiles.Path("Traces/fashion-mnist-slice"), "--out", folder.Path, option, value]);

        Assert.Equal(CommandLineApp.ExitCodes.BadInput, exit);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Testbed_MissingData_ExitsTwo()
    {
        using var folder = new TemporaryFolder();

        Assert.Equal(CommandLineApp.ExitCodes.BadInput, CommandLineApp.Run(["testbed", "--data", folder.Path, "--out", folder.Path]));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }
}
