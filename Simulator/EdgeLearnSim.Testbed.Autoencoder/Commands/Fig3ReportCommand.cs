using System.CommandLine;
using System.Globalization;
using EdgeLearnSim.Cli;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Core.Output;
using EdgeLearnSim.Reporting.Plots;
using EdgeLearnSim.Testbed.Autoencoder.Reporting;
using EdgeLearnSim.Testbed.Experiment;

namespace EdgeLearnSim.Testbed.Autoencoder.Commands;

/// <summary>
/// <c>report --autoencoder PREFIX --pca TABLE --out DIR</c>: from the committed points tables (the autoencoder's
/// PREFIX-codes-points.csv and PREFIX-decoded-points.csv, and PCA's table of the cloud learning from its codes),
/// writes Fig. 3 per cloud input (one fitted curve per N for the autoencoder, PCA's fits dashed), the fit table and
/// the intervals over repeats.
/// </summary>
public static class Fig3ReportCommand
{
    public static Command Create()
    {
        var autoencoder = new Option<string>("--autoencoder") { Description = "Prefix of the autoencoder's two points tables.", Required = true };
        var pca = new Option<string>("--pca") { Description = "PCA's points table (the cloud learning from the codes).", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write to.", Required = true };
        var command = new Command("report", "Write Fig. 3 (autoencoder and PCA), the fits per record count and the intervals over repeats.");
        command.Options.Add(autoencoder);
        command.Options.Add(pca);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetRequiredValue(autoencoder), parse.GetRequiredValue(pca), parse.GetRequiredValue(output)));
        return command;
    }

    private static int Run(string autoencoderPrefix, string pcaTable, string outFolder)
    {
        var pc = Read(pcaTable);
        var pcFits = CurveSummary.Of("pca", "codes", pc);
        // The log model over the autoencoder's narrower ratio range: PCA's points at the same code sizes only.
        var aeRatios = Read(AutoencoderTestbedCommand.PointsPath(autoencoderPrefix, Testbed.Learning.CloudInput.Codes)).Select(p => p.Ratio).ToHashSet();
        var pcSameFits = CurveSummary.Of("pca-same-ratios", "codes", pc.Where(p => aeRatios.Contains(p.Ratio)));
        var summaries = new List<CurveSummary>();
        var intervals = new List<RepeatInterval>();
        foreach (var (input, label) in (ReadOnlySpan<(Testbed.Learning.CloudInput, string)>)[(Testbed.Learning.CloudInput.Codes, "codes"), (Testbed.Learning.CloudInput.DecodedImages, "decoded")])
        {
            var ae = Read(AutoencoderTestbedCommand.PointsPath(autoencoderPrefix, input));
            var aeFits = CurveSummary.Of("autoencoder", label, ae);
            summaries.AddRange(aeFits);
            intervals.AddRange(RepeatInterval.Of("autoencoder", label, ae));
            var ratios = ae.Select(p => p.Ratio).ToArray();
            var range = (ratios.Min(), ratios.Max());
            List<AccuracyCurve> curves =
            [
                .. aeFits.Select(f => new AccuracyCurve(
                    string.Create(CultureInfo.InvariantCulture, $"autoencoder, N = {f.Fit.Records:N0}: a = {f.Fit.Fit.Model.A:G3}, b = {f.Fit.Fit.Model.B:G3}, c = {f.Fit.Fit.Model.C:G4}, r² = {f.Fit.Fit.RSquared:F3}"),
                    f.Fit.Fit.Model,
                    [.. ae.Where(p => p.Records == f.Fit.Records).Select(p => (p.Ratio, p.RelativeAccuracy))])),
                // PCA's curve at its largest N only, fitted to the same code sizes: its curves for N = 500-5,000 lie
                // within 0.03 of each other.
                .. pcSameFits.TakeLast(1).Select(f => new AccuracyCurve(
                    string.Create(CultureInfo.InvariantCulture, $"PCA, codes, same k (dashed), N = {f.Fit.Records:N0}: r² = {f.Fit.Fit.RSquared:F3}"), f.Fit.Fit.Model, [])),
            ];
            var title = $"Fig. 3 on Fashion-MNIST: autoencoder at the edge, cloud learns from the {(label == "codes" ? "codes" : "decoded images")}";
            var plot = AccuracyCurvePlot.Build(curves, title, range);
            // Larger than AccuracyCurvePlot's size, for a legend of several long entries.
            AtomicFile.WriteAllBytes(Path.Combine(outFolder, $"fig3-autoencoder-{label}.png"), plot.GetImageBytes(1100, 700, ScottPlot.ImageFormat.Png));
            AtomicFile.WriteAllText(Path.Combine(outFolder, $"fig3-autoencoder-{label}.csv"), AccuracyCurvePlot.Csv(curves, range));
        }
        summaries.AddRange(pcFits);
        summaries.AddRange(pcSameFits);
        intervals.AddRange(RepeatInterval.Of("pca", "codes", pc));
        AtomicFile.WriteAllText(Path.Combine(outFolder, "fits-autoencoder.csv"), FitsTable(summaries));
        AtomicFile.WriteAllText(Path.Combine(outFolder, "repeats-autoencoder.csv"), IntervalsTable(intervals));
        Console.WriteLine($"wrote {outFolder}/fig3-autoencoder-*.png, fits-autoencoder.csv, repeats-autoencoder.csv");
        return CommandLineApp.ExitCodes.Success;
    }

    /// <exception cref="InvalidInputException">The table is missing or malformed.</exception>
    private static IReadOnlyList<AccuracyPoint> Read(string path) =>
        File.Exists(path) ? PointsTable.Read(path) : throw new InvalidInputException(path, "not found (a points table of the testbed)");

    public static string FitsTable(IEnumerable<CurveSummary> summaries) => CsvFormat.Build(csv =>
    {
        CsvFormat.Row(csv, ["compressor", "input", "records", "points", "a", "b", "c", "r2", "best_ratio", "accuracy_at_best_ratio", "lowest_ratio_a90"]);
        foreach (var s in summaries)
        {
            var m = s.Fit.Fit.Model;
            CsvFormat.Row(csv, [
                s.Compressor, s.Input, CsvFormat.Number(s.Fit.Records), CsvFormat.Number(s.Fit.Fit.Count), CsvFormat.Number(m.A), CsvFormat.Number(m.B),
                CsvFormat.Number(m.C), CsvFormat.Number(s.Fit.Fit.RSquared), CsvFormat.Number(s.Fit.BestRatio), CsvFormat.Number(m.Evaluate(s.Fit.BestRatio)),
                CsvFormat.Number(s.LowestRatioAt90),
            ]);
        }
    });

    public static string IntervalsTable(IEnumerable<RepeatInterval> intervals) => CsvFormat.Build(csv =>
    {
        CsvFormat.Row(csv, ["compressor", "input", "records", "ratio", "repeats", "mean_relative_accuracy", "ci95_half_width"]);
        foreach (var i in intervals)
        {
            CsvFormat.Row(csv, [
                i.Compressor, i.Input, CsvFormat.Number(i.Records), CsvFormat.Number(i.Ratio), CsvFormat.Number(i.Repeats), CsvFormat.Number(i.Mean), CsvFormat.Number(i.HalfWidth),
            ]);
        }
    });
}
