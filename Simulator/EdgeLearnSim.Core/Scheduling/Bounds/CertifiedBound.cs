namespace EdgeLearnSim.Core.Scheduling.Bounds;

/// <summary>
/// A proven lower bound on the optimal weighted makespan (docs/model.md, "Lower bounds"): <see cref="Value"/> ≤ OPT holds exactly, and
/// <see cref="Method"/> names what proved it (an instance bound such as <c>flow</c>, <c>prefix</c>, <c>lp</c>,
/// <c>lagrangian</c>, <c>cp-sat</c>, or the name of the built-in scheduler whose proof it was). It is the
/// <c>lower_bound</c> and <c>lower_bound_method</c> columns of a run row.
/// </summary>
public sealed record CertifiedBound(double Value, string Method)
{
    /// <summary>The larger of two bounds; on a tie the first is kept, so the cheaper, earlier method is named.</summary>
    public static CertifiedBound Max(CertifiedBound first, CertifiedBound second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return second.Value > first.Value ? second : first;
    }
}
