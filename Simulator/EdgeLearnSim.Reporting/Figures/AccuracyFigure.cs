using EdgeLearnSim.Core.Accuracy;

namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// Fig. 3: the accuracy model A(R) = a·ln(R + b) + c over the ratios where it is defined and positive, and, as a
/// second series, the weighted cost f(R) = R/A(R) scaled to the same axis, whose minimum is the best ratio R*.
/// </summary>
public static class AccuracyFigure
{
    public const int Points = 200;

    public static FigureSpec Build(AccuracyModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        // Start just above the pole at R = −b (where A(R) = 0.5, or 10^-7 above the pole when that is closer than
        // doubles resolve): below it the curve plunges to −∞ and says nothing useful.
        var low = Math.Max(1e-4, -model.B + Math.Max(Math.Exp((0.5 - model.C) / model.A), 1e-7));
        var ratios = Enumerable.Range(0, Points).Select(k => low * Math.Pow(1.0 / low, k / (Points - 1.0))).ToArray();
        var accuracy = ratios.Select(model.Evaluate).ToArray();
        var best = model.BestRatio(lowA: 0, minRatio: 1e-9);
        var nan = ratios.Select(_ => double.NaN).ToArray();
        var ones = ratios.Select(_ => 1).ToArray();
        return new FigureSpec(
            "accuracy",
            $"Accuracy model A(R) = a·ln(R + b) + c; best ratio R* = {best:G4}",
            "Space-remaining ratio R (compressed size / raw size)",
            "Relative accuracy A(R) (edge vs cloud learning)",
            [
                new FigureSeries("A(R)", ratios, accuracy, nan, ones),
                new FigureSeries("R*", [best], [model.Evaluate(best)], [double.NaN], [1]),
            ])
        {
            Caption = "Accuracy model",
        };
    }
}
