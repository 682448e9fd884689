using EdgeLearnSim.Cli;

namespace EdgeLearnSim.Testbed.Autoencoder.Tests.Commands;

public class Fig3ReportCommandTests
{
    [Fact]
    public void Report_FromTheCommittedTables_WritesTheCommittedFitsAndIntervals_AndTheFigures()
    {
        using var folder = new TemporaryFolder();
        string[] args =
        [
            "report", "--autoencoder", RepositoryFiles.Path("Traces/accuracy/fashion-mnist-autoencoder"),
            "--pca", RepositoryFiles.Path("Traces/accuracy/fashion-mnist-pca-points.csv"), "--out", folder.Path,
        ];

        Assert.Equal(CommandLineApp.ExitCodes.Success, AutoencoderApp.Run(args));

        foreach (var table in (string[])["fits-autoencoder.csv", "repeats-autoencoder.csv"])
        {
            Assert.Equal(File.ReadAllText(RepositoryFiles.Path($"Reports/testbed/{table}")), File.ReadAllText(Path.Combine(folder.Path, table)));
        }
        foreach (var figure in (string[])["fig3-autoencoder-codes.png", "fig3-autoencoder-decoded.png"])
        {
            Assert.True(new FileInfo(Path.Combine(folder.Path, figure)).Length > 10_000, figure);
        }
    }

    [Fact]
    public void Report_MissingTable_ExitsTwo()
    {
        using var folder = new TemporaryFolder();

        var exit = AutoencoderApp.Run(["report", "--autoencoder", Path.Combine(folder.Path, "none"), "--pca", Path.Combine(folder.Path, "none.csv"), "--out", folder.Path]);

        Assert.Equal(CommandLineApp.ExitCodes.BadInput, exit);
    }
}
