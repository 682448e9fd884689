using EdgeLearnSim.Core;
using EdgeLearnSim.Experiments.Sharding;

namespace EdgeLearnSim.Experiments.Tests.Sharding;

public class ShardSpecTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();

    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Theory]
    [InlineData("0/1", 0, 1)]
    [InlineData("0/7", 0, 7)]
    [InlineData("6/7", 6, 7)]
    [InlineData("12/100", 12, 100)]
    public void Parse_Fraction_GivesIndexAndCount(string text, int index, int count)
    {
        var shard = ShardSpec.Parse(text, NoEnvironment);

        Assert.Equal(index, shard.Index);
        Assert.Equal(count, shard.Count);
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("", "expected K/N")]
    [InlineData("3", "expected K/N")]
    [InlineData("a/3", "whole numbers")]
    [InlineData("-1/3", "whole numbers")]
    [InlineData("+1/3", "whole numbers")]
    [InlineData(" 1/3", "whole numbers")]
    [InlineData("1/3/4", "whole numbers")]
    [InlineData("1/", "whole numbers")]
    [InlineData("1.5/3", "whole numbers")]
    [InlineData("99999999999/3", "whole numbers")]
    [InlineData("0/0", "at least 1")]
    [InlineData("3/3", "numbered 0 to 2")]
    [InlineData("7/2", "numbered 0 to 1")]
    public void Parse_BadFraction_IsInvalidInputAtShardOption(string text, string expected)
    {
        var error = Assert.Throws<InvalidInputException>(() => ShardSpec.Parse(text, NoEnvironment));

        Assert.Equal("--shard", error.Location);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("--shard: ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slurm")]
    [InlineData("SLURM")]
    public void Parse_Slurm_ReadsArrayTaskIdAndCount(string keyword)
    {
        var environment = Environment(
            ("SLURM_ARRAY_TASK_ID", "4"), ("SLURM_ARRAY_TASK_COUNT", "7"),
            ("SLURM_ARRAY_TASK_MIN", "0"), ("SLURM_ARRAY_TASK_MAX", "6"));

        var shard = ShardSpec.Parse(keyword, environment);

        Assert.Equal(new ShardSpec(4, 7), shard);
    }

    [Fact]
    public void Parse_SlurmWithoutMinAndMax_TrustsIdAndCount()
    {
        var shard = ShardSpec.Parse("slurm", Environment(("SLURM_ARRAY_TASK_ID", "0"), ("SLURM_ARRAY_TASK_COUNT", "1")));

        Assert.Equal(ShardSpec.Whole, shard);
    }

    [Theory]
    [InlineData(null, "3", "SLURM_ARRAY_TASK_ID is not set")]
    [InlineData("1", null, "SLURM_ARRAY_TASK_COUNT is not set")]
    [InlineData("x", "3", "SLURM_ARRAY_TASK_ID to be a whole number, got 'x'")]
    [InlineData("1", "three", "SLURM_ARRAY_TASK_COUNT to be a whole number, got 'three'")]
    [InlineData("3", "3", "--array=0-(N-1)")]
    [InlineData("0", "0", "--array=0-(N-1)")]
    public void Parse_SlurmWithMissingOrBadVariables_IsInvalidInput(string? id, string? count, string expected)
    {
        var variables = new List<(string, string)>();
        if (id is not null)
        {
            variables.Add(("SLURM_ARRAY_TASK_ID", id));
        }
        if (count is not null)
        {
            variables.Add(("SLURM_ARRAY_TASK_COUNT", count));
        }

        var error = Assert.Throws<InvalidInputException>(() => ShardSpec.Parse("slurm", Environment([.. variables])));

        Assert.Equal("--shard", error.Location);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    // sbatch --array=3: a re-submission of one task would otherwise run "shard 3 of 1".
    [InlineData("3", "1", "3", "3")]
    // sbatch --array=1-7: task 7 would be out of range and task 1..6 on the wrong cells.
    [InlineData("2", "7", "1", "7")]
    // sbatch --array=0-6:2: four tasks with ids up to 6.
    [InlineData("2", "4", "0", "6")]
    public void Parse_SlurmArrayNotZeroToNMinusOne_IsInvalidInputNamingTheVariables(string id, string count, string min, string max)
    {
        var environment = Environment(
            ("SLURM_ARRAY_TASK_ID", id), ("SLURM_ARRAY_TASK_COUNT", count),
            ("SLURM_ARRAY_TASK_MIN", min), ("SLURM_ARRAY_TASK_MAX", max));

        var error = Assert.Throws<InvalidInputException>(() => ShardSpec.Parse("slurm", environment));

        Assert.Contains("--array=0-(N-1)", error.Problem, StringComparison.Ordinal);
        Assert.Contains($"SLURM_ARRAY_TASK_MIN={min}", error.Problem, StringComparison.Ordinal);
        Assert.Contains($"SLURM_ARRAY_TASK_MAX={max}", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShardSpec(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShardSpec(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShardSpec(2, 2));
    }

    [Fact]
    public void Shards_PartitionEveryBatch_EachCellInExactlyOneShard()
    {
        for (var count = 1; count <= 24; count++)
        {
            for (var cells = 0; cells <= 60; cells++)
            {
                var batch = Enumerable.Range(0, cells).Select(i => $"cell-{i}").ToList();
                var shards = Enumerable.Range(0, count).Select(k => new ShardSpec(k, count).Select(batch).ToList()).ToList();

                Assert.Equal(batch.Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
                // Round robin: shard sizes differ by at most one, and each shard keeps the batch order.
                Assert.True(shards.Max(s => s.Count) - shards.Min(s => s.Count) <= 1);
                Assert.All(shards, s => Assert.Equal(s.OrderBy(batch.IndexOf), s));
                for (var position = 0; position < cells; position++)
                {
                    Assert.Single(Enumerable.Range(0, count), k => new ShardSpec(k, count).Contains(position));
                    Assert.True(ShardSpec.Holding(position, count).Contains(position));
                }
            }
        }
    }

    [Fact]
    public void Select_HandComputedShard_IsEveryNthCellFromK()
    {
        var cells = Enumerable.Range(0, 10).ToList();

        Assert.Equal([1, 4, 7], new ShardSpec(1, 3).Select(cells));
        Assert.Equal([0, 3, 6, 9], new ShardSpec(0, 3).Select(cells));
        Assert.Equal(cells, ShardSpec.Whole.Select(cells));
    }
}
