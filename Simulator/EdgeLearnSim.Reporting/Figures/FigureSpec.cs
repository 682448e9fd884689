namespace EdgeLearnSim.Reporting.Figures;

/// <summary>
/// The data of one figure, computed from the summary before any drawing, so tests can check what is plotted:
/// the file stem (for example <c>makespan-one-to-one</c>), title, axis labels with units, and the series.
/// </summary>
public sealed record FigureSpec(string FileStem, string Title, string XLabel, string YLabel, IReadOnlyList<FigureSeries> Series)
{
    /// <summary>What a report calls the figure where it links it; null for its <see cref="Title"/>.</summary>
    public string? Caption { get; init; }

    /// <summary>The scheduler the figure leaves out, or null.</summary>
    public string? LeftOut { get; init; }

    /// <summary>The report-wide colours of the series (<see cref="SeriesStyles.Of"/>); null for a figure whose series are its own (edges, curves).</summary>
    public SeriesStyles? Styles { get; init; }
}
