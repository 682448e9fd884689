using System.CommandLine;
using System.Globalization;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Reporting.Plots;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// <c>edgelearnsim fit-accuracy POINTS.csv [--out PLOT.png]</c>: fits A(R) = a·ln(R + b) + c to measured points
/// (header <c>ratio,accuracy</c>), prints one line <c>a=… b=… c=… r2=…</c> and writes a PNG of points and curve.
/// </summary>
public static class FitAccuracyCommand
{
    public const string DefaultPlot = "accuracy-fit.png";

    public static Command Create()
    {
        var points = new Argument<string>("points") { Description = "CSV with header 'ratio,accuracy' ('#' lines are comments)." };
        var output = new Option<string>("--out")
        {
            Description = $"PNG to write (default {DefaultPlot} in the current folder).",
            DefaultValueFactory = _ => DefaultPlot,
        };
        var command = new Command("fit-accuracy", "Fit the accuracy curve A(R) = a·ln(R+b)+c to measured points (Fig. 3).");
        command.Arguments.Add(points);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetRequiredValue(points), parse.GetRequiredValue(output), parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string pointsPath, string plotPath, TextWriter output)
    {
        var points = AccuracyPoints.Read(pointsPath);
        AccuracyFit fit;
        try
        {
            fit = AccuracyFitter.Fit(points);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException(pointsPath, e.Message, e);
        }
        AccuracyCurvePlot.Save(plotPath, fit.Model, points);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture, $"a={fit.Model.A:G10} b={fit.Model.B:G10} c={fit.Model.C:G10} r2={fit.RSquared:G10}"));
        return CommandLineApp.ExitCodes.Success;
    }
}
