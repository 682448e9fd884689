using System.CommandLine;
using System.Globalization;
using EdgeLearnSim.Core;
using EdgeLearnSim.Core.Accuracy;
using EdgeLearnSim.Reporting.Plots;

namespace EdgeLearnSim.Cli.Commands;

/// <summary>
/// <c>edgelearnsim fit-accuracy TABLE.csv [--ratio-column R] [--accuracy-column A] [--group-column G] [--out PLOT.png]</c>:
/// fits A(R) = a·ln(R + b) + c to the points of any table. Ungrouped, it prints one line <c>a=… b=… c=… r2=…</c>;
/// grouped, one line <c>G=value a=… b=… c=… r2=…</c> per group of at least <see cref="MinimumGroupPoints"/> points,
/// and names the groups it skips on stderr. It writes a PNG of the points and curves.
/// </summary>
public static class FitAccuracyCommand
{
    public const string DefaultPlot = "accuracy-fit.png";

    /// <summary>Three parameters need more than three points for the fit to say anything about the model.</summary>
    public const int MinimumGroupPoints = 4;

    public static Command Create()
    {
        var points = new Argument<string>("points") { Description = "CSV table ('#' lines are comments); by default with columns 'ratio,accuracy'." };
        var output = new Option<string>("--out")
        {
            Description = $"PNG to write (default {DefaultPlot} in the current folder).",
            DefaultValueFactory = _ => DefaultPlot,
        };
        var ratioColumn = new Option<string>("--ratio-column") { Description = "Column of space-remaining ratios R (default 'ratio').", DefaultValueFactory = _ => "ratio" };
        var accuracyColumn = new Option<string>("--accuracy-column") { Description = "Column of relative accuracies A(R) (default 'accuracy').", DefaultValueFactory = _ => "accuracy" };
        var groupColumn = new Option<string?>("--group-column") { Description = "Column whose values split the rows into curves, one fit each." };
        var command = new Command("fit-accuracy", "Fit the accuracy curve A(R) = a·ln(R+b)+c to measured points (Fig. 3).");
        command.Arguments.Add(points);
        command.Options.Add(output);
        command.Options.Add(ratioColumn);
        command.Options.Add(accuracyColumn);
        command.Options.Add(groupColumn);
        command.SetAction(parse => Run(
            parse.GetRequiredValue(points),
            parse.GetRequiredValue(output),
            (parse.GetRequiredValue(ratioColumn), parse.GetRequiredValue(accuracyColumn), parse.GetValue(groupColumn)),
            parse.InvocationConfiguration));
        return command;
    }

    private static int Run(string pointsPath, string plotPath, (string Ratio, string Accuracy, string? Group) columns, InvocationConfiguration console)
    {
        var groups = AccuracyTable.Read(pointsPath, columns.Ratio, columns.Accuracy, columns.Group);
        if (columns.Group is null)
        {
            var fit = Fit(pointsPath, groups[0].Points);
            var name = string.Create(CultureInfo.InvariantCulture, $"fit: a = {fit.Model.A:G6}, b = {fit.Model.B:G6}, c = {fit.Model.C:G6}, r² = {fit.RSquared:F3}");
            SavePlot(plotPath, [new AccuracyCurve(name, fit.Model, groups[0].Points)], $"A(R) = a·ln(R + b) + c fitted to {Path.GetFileName(pointsPath)}");
            console.Output.WriteLine(Describe(fit));
            return CommandLineApp.ExitCodes.Success;
        }
        var curves = new List<AccuracyCurve>();
        foreach (var group in groups)
        {
            var label = $"{columns.Group}={group.Value}";
            if (group.Points.Count < MinimumGroupPoints)
            {
                console.Error.WriteLine($"skipped {label}: {group.Points.Count} point(s), at least {MinimumGroupPoints} needed");
                continue;
            }
            var fit = Fit(pointsPath, group.Points);
            console.Output.WriteLine($"{label} {Describe(fit)}");
            curves.Add(new AccuracyCurve(label, fit.Model, group.Points));
        }
        if (curves.Count == 0)
        {
            throw new InvalidInputException(pointsPath, $"no group of column '{columns.Group}' has {MinimumGroupPoints} or more points");
        }
        SavePlot(plotPath, curves, $"A(R) = a·ln(R + b) + c per {columns.Group}");
        return CommandLineApp.ExitCodes.Success;
    }

    private static void SavePlot(string plotPath, IReadOnlyList<AccuracyCurve> curves, string title)
    {
        var ratios = curves.SelectMany(c => c.Points).Select(p => p.Ratio).ToArray();
        AccuracyCurvePlot.Build(curves, title, (ratios.Min(), ratios.Max())).SavePng(plotPath, AccuracyCurvePlot.Width, AccuracyCurvePlot.Height);
    }

    private static AccuracyFit Fit(string pointsPath, IReadOnlyList<(double Ratio, double Accuracy)> points)
    {
        try
        {
            return AccuracyFitter.Fit(points);
        }
        catch (ArgumentException e)
        {
            throw new InvalidInputException(pointsPath, e.Message, e);
        }
    }

    private static string Describe(AccuracyFit fit) => string.Create(
        CultureInfo.InvariantCulture, $"a={fit.Model.A:G10} b={fit.Model.B:G10} c={fit.Model.C:G10} r2={fit.RSquared:G10}");
}
