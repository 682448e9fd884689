namespace EdgeLearnSim.Reporting.Report;

/// <summary>A reduction range the paper reports (§V.B) for its algorithms versus random, per topology.</summary>
public sealed record PaperClaim(string Topology, double LowPercent, double HighPercent)
{
    /// <summary>8–24% one-to-one, 20–30% one-to-more, 30–50% fully connected (paper §V.B, Fig. 4).</summary>
    public static IReadOnlyList<PaperClaim> SectionVB { get; } =
    [
        new("one-to-one", 8, 24),
        new("one-to-more", 20, 30),
        new("fully-connected", 30, 50),
    ];

    /// <summary>The registered names of the paper's own algorithms, whose reductions the claims describe, and the comparison heuristic.</summary>
    public static IReadOnlyList<string> PaperSchedulers { get; } = [ClaimedFaster, ClaimedSlower, MultiPhase];

    /// <summary>"annealing about 10% better than multi-phase in one-to-more".</summary>
    public const double AnnealingOverMultiPhasePercent = 10;

    /// <summary>The registered name of the paper's Algorithm 3, the multi-phase heuristic annealing is compared with.</summary>
    public const string MultiPhase = "multi-phase";

    /// <summary>The scheduler the paper says runs far faster (its Algorithm 2, annealing) than <see cref="ClaimedSlower"/>.</summary>
    public const string ClaimedFaster = "annealing";

    /// <summary>The paper's Algorithm 1, LP rounding (registered name).</summary>
    public const string ClaimedSlower = "lp-rounding";
}
