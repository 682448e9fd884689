using System.Globalization;
using EdgeLearnSim.Core;

namespace EdgeLearnSim.Experiments.Sharding;

/// <summary>
/// Shard <see cref="Index"/> (0-based) of <see cref="Count"/> of a batch. The cells of a batch are
/// enumerated in a stable order; the cell at position <c>p</c> of that order belongs to shard
/// <c>p mod Count</c> (round robin, so that a sweep ordered by size spreads its large cells over all
/// shards). Every cell belongs to exactly one shard, on every machine.
/// </summary>
public sealed record ShardSpec
{
    /// <summary>The option that takes a shard, named in error messages.</summary>
    public const string OptionName = "--shard";

    /// <summary>The word that makes <see cref="Parse(string, Func{string, string?})"/> read the shard from Slurm's array variables.</summary>
    public const string SlurmKeyword = "slurm";

    public const string SlurmTaskIdVariable = "SLURM_ARRAY_TASK_ID";
    public const string SlurmTaskCountVariable = "SLURM_ARRAY_TASK_COUNT";
    public const string SlurmTaskMinVariable = "SLURM_ARRAY_TASK_MIN";
    public const string SlurmTaskMaxVariable = "SLURM_ARRAY_TASK_MAX";

    /// <summary>The whole batch as one shard (0/1): what a run without <c>--shard</c> does.</summary>
    public static ShardSpec Whole { get; } = new(0, 1);

    /// <exception cref="ArgumentOutOfRangeException">Unless 1 ≤ <paramref name="count"/> and 0 ≤ <paramref name="index"/> &lt; <paramref name="count"/>.</exception>
    public ShardSpec(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        Index = index;
        Count = count;
    }

    /// <summary>0-based shard number, below <see cref="Count"/>.</summary>
    public int Index { get; }

    /// <summary>Number of shards the batch is split into, at least 1.</summary>
    public int Count { get; }

    /// <summary>Whether the cell at <paramref name="position"/> (0-based) of the batch's stable order is in this shard.</summary>
    public bool Contains(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return position % Count == Index;
    }

    /// <summary>The shard that holds the cell at <paramref name="position"/> when the batch is split into <paramref name="count"/> shards.</summary>
    public static ShardSpec Holding(int position, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        return new ShardSpec(position % count, count);
    }

    /// <summary>The cells of this shard, in the batch's order.</summary>
    public IEnumerable<T> Select<T>(IEnumerable<T> cellsInBatchOrder)
    {
        ArgumentNullException.ThrowIfNull(cellsInBatchOrder);
        return cellsInBatchOrder.Where((_, position) => Contains(position));
    }

    /// <summary>
    /// Parses <c>K/N</c> (shard K of N, 0-based), or <c>slurm</c>, which takes K from
    /// <c>SLURM_ARRAY_TASK_ID</c> and N from <c>SLURM_ARRAY_TASK_COUNT</c> as read by
    /// <paramref name="environment"/> (an array submitted as <c>--array=0-(N-1)</c>).
    /// </summary>
    /// <exception cref="InvalidInputException">Located at <c>--shard</c>, saying what was expected.</exception>
    public static ShardSpec Parse(string text, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(environment);
        return string.Equals(text, SlurmKeyword, StringComparison.OrdinalIgnoreCase)
            ? FromSlurm(environment)
            : FromFraction(text);
    }

    /// <summary><see cref="Parse(string, Func{string, string?})"/> reading the process environment.</summary>
    public static ShardSpec Parse(string text) => Parse(text, Environment.GetEnvironmentVariable);

    /// <summary><c>K/N</c>, the form <see cref="Parse(string, Func{string, string?})"/> reads back.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private static ShardSpec FromFraction(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            throw Invalid($"expected K/N (shard K of N, counted from 0, e.g. 0/4) or '{SlurmKeyword}', got '{text}'");
        }
        var indexText = text[..slash];
        var countText = text[(slash + 1)..];
        if (!TryParseWholeNumber(indexText, out var index) || !TryParseWholeNumber(countText, out var count))
        {
            throw Invalid($"expected K/N with K and N whole numbers (e.g. 0/4), got '{text}'");
        }
        if (count < 1)
        {
            throw Invalid($"the number of shards N must be at least 1, got '{text}'");
        }
        if (index >= count)
        {
            throw Invalid($"shard {index} does not exist in '{text}': the {count} shards are numbered 0 to {count - 1}");
        }
        return new ShardSpec(index, count);
    }

    private static ShardSpec FromSlurm(Func<string, string?> environment)
    {
        var index = ReadSlurmVariable(environment, SlurmTaskIdVariable);
        var count = ReadSlurmVariable(environment, SlurmTaskCountVariable);
        var min = ReadOptionalSlurmVariable(environment, SlurmTaskMinVariable);
        var max = ReadOptionalSlurmVariable(environment, SlurmTaskMaxVariable);
        // A re-submission of a subset (--array=3) or an offset array (--array=1-7) would silently map tasks
        // to the wrong shards; only the full 0-(N-1) array gives K and N their meaning.
        var fullArray = count >= 1 && index < count && (min ?? 0) == 0 && (max ?? count - 1) == count - 1;
        if (!fullArray)
        {
            throw Invalid(
                $"'{SlurmKeyword}' needs an array submitted as --array=0-(N-1), but this task has " +
                $"{SlurmTaskIdVariable}={index}, {SlurmTaskCountVariable}={count}" +
                (min is null ? "" : $", {SlurmTaskMinVariable}={min}") +
                (max is null ? "" : $", {SlurmTaskMaxVariable}={max}") +
                "; re-submit the whole array (finished cells are skipped with --resume) or give --shard K/N");
        }
        return new ShardSpec(index, count);
    }

    private static int ReadSlurmVariable(Func<string, string?> environment, string name) =>
        ReadOptionalSlurmVariable(environment, name) ?? throw Invalid(
            $"'{SlurmKeyword}' reads {SlurmTaskIdVariable} and {SlurmTaskCountVariable}, but {name} is not set: " +
            "run it as a task of a Slurm array job (sbatch --array=0-(N-1)) or give --shard K/N");

    private static int? ReadOptionalSlurmVariable(Func<string, string?> environment, string name)
    {
        var value = environment(name);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        return TryParseWholeNumber(value, out var number)
            ? number
            : throw Invalid($"'{SlurmKeyword}' needs {name} to be a whole number, got '{value}'");
    }

    private static bool TryParseWholeNumber(string text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);

    private static InvalidInputException Invalid(string problem) => new(OptionName, problem);
}
