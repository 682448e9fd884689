namespace EdgeLearnSim.Core.Instances;

/// <summary>
/// What every scheduler sees: n tasks, m edges, the processing times V_ij and who may go where.
/// Implemented by <see cref="EdgeLearningInstance"/> (uniformly related edges, V_ij = s_i / B_j, with
/// eligibility) and by a dense unrelated-machines instance read from the literature's files.
/// </summary>
public interface ISchedulingInstance
{
    int TaskCount { get; }

    int EdgeCount { get; }

    /// <summary>V_ij in seconds; <see cref="double.PositiveInfinity"/> when edge j is not eligible for task i.</summary>
    double ProcessingTime(int task, int edge);

    /// <summary>The eligible edges of a task, ascending and never empty. Shared storage: do not mutate.</summary>
    ReadOnlySpan<int> EligibleEdges(int task);

    /// <summary>True when every task may use every edge (the fully connected topology).</summary>
    bool IsFullyConnected { get; }

    /// <summary>
    /// The related-machines view (sizes s_i and speeds B_j with V_ij = s_i / B_j) when the instance has one,
    /// else null. Lower bounds use it to avoid an LP.
    /// </summary>
    RelatedMachines? Related { get; }
}
