using EdgeLearnSim.Cli;
using EdgeLearnSim.Testbed.Experiment;

namespace EdgeLearnSim.Testbed.Autoencoder.Tests.Commands;

public class AutoencoderTestbedCommandTests
{
    private static string[] Args(string method, string folder) =>
    [
        "testbed", "--method", method, "--data", RepositoryFiles.Path("Traces/fashion-mnist-slice"), "--out", folder,
        "--records", "600", "--repeats", "1", "--code-bytes", "1,4,32", "--iterations", "30", "--updates", "100",
    ];

    [Theory]
    [InlineData("autoencoder")]
    [InlineData("pca")]
    public void Testbed_OnTheShippedSlice_RisingCurves_SameBytesFromTheSameSeed_AndOnResume(string method)
    {
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();

        Assert.Equal(CommandLineApp.ExitCodes.Success, AutoencoderApp.Run(Args(method, first.Path)));
        Assert.Equal(CommandLineApp.ExitCodes.Success, AutoencoderApp.Run(Args(method, second.Path)));

        foreach (var table in (string[])["codes-points.csv", "decoded-points.csv"])
        {
            var path = Path.Combine(first.Path, table);
            var points = PointsTable.Read(path);
            Assert.Equal([1 / 784.0, 4 / 784.0, 32 / 784.0], points.Select(p => p.Ratio));
            // Rising: more bytes per record, more accuracy (on 600 records the steps are large).
            Assert.True(points[0].RelativeAccuracy < points[1].RelativeAccuracy && points[1].RelativeAccuracy < points[2].RelativeAccuracy, $"{table}: {string.Join(", ", points.Select(p => p.RelativeAccuracy))}");
            // 600 records and 100 updates: far from the grid's networks, yet 32 bytes keep most of the accuracy.
            Assert.True(points[2].RelativeAccuracy > 0.75, $"{table}: A at 32 bytes is {points[2].RelativeAccuracy}");
            // Byte for byte but for the comment, which records the command (and so the other --out).
            Assert.Equal(Rows(path), Rows(Path.Combine(second.Path, table)));
        }
        var codes = Path.Combine(first.Path, "codes-points.csv");
        var rows = Rows(codes);
        File.Delete(codes);
        Assert.Equal(CommandLineApp.ExitCodes.Success, AutoencoderApp.Run([.. Args(method, first.Path), "--resume"]));
        Assert.Equal(rows, Rows(codes));
    }

    private static string[] Rows(string path) => [.. File.ReadAllLines(path).Where(line => !line.StartsWith('#'))];

    [Theory]
    [InlineData("--method", "svd")]
    [InlineData("--records", "99999")]
    [InlineData("--code-bytes", "0")]
    [InlineData("--updates", "0")]
    public void Testbed_BadOption_ExitsTwoAndWritesNothing(string option, string value)
    {
        using var folder = new TemporaryFolder();
        var exit = AutoencoderApp.Run(["testbed", "--data", RepositoryFiles.Path("Traces/fashion-mnist-slice"), "--out", folder.Path, option, value]);

        Assert.Equal(CommandLineApp.ExitCodes.BadInput, exit);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }
}
