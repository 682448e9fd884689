namespace EdgeLearnSim.Experiments.Results;

/// <summary>
/// What a run row sends to <c>timings.csv</c> instead of <c>runs.csv</c>, because it may depend on the wall clock:
/// the scheduler's milliseconds, its exit reason (a wall-clock cut differs between machines) and its iterations.
/// </summary>
public sealed record RunTiming(double SchedulerMilliseconds, string Exit, long Iterations);
