using EdgeLearnSim.Experiments.Sharding;

namespace EdgeLearnSim.Experiments.Tests.Sharding;

public sealed class ShardLedgerTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Read_WithoutLedger_IsEmpty()
    {
        Assert.Empty(ShardLedger.Read(folder.Path));
    }

    [Fact]
    public void Record_ThenRead_GivesTheLatestProgressOfEachShard()
    {
        ShardLedger.Record(folder.Path, new ShardSpec(0, 3), ShardProgress.Started);
        ShardLedger.Record(folder.Path, new ShardSpec(2, 3), ShardProgress.Started);
        ShardLedger.Record(folder.Path, new ShardSpec(0, 3), ShardProgress.Finished);
        ShardLedger.Record(folder.Path, new ShardSpec(4, 5), ShardProgress.Finished);

        var ledger = ShardLedger.Read(folder.Path);

        Assert.Equal(
            new Dictionary<ShardSpec, ShardProgress>
            {
                [new ShardSpec(0, 3)] = ShardProgress.Finished,
                [new ShardSpec(2, 3)] = ShardProgress.Started,
                [new ShardSpec(4, 5)] = ShardProgress.Finished,
            },
            ledger);
        Assert.Equal("finished\n", File.ReadAllText(Path.Combine(folder.Path, "shards", "0-of-3.txt")));
    }

    [Fact]
    public void Read_IgnoresFilesThatAreNoShardRecord()
    {
        var shards = Directory.CreateDirectory(Path.Combine(folder.Path, ShardLedger.FolderName)).FullName;
        foreach (var name in new[] { "notes.txt", "3-of-3.txt", "1-of-x.txt", "-1-of-3.txt", "1-of-3.txt.bak" })
        {
            File.WriteAllText(Path.Combine(shards, name), "finished\n");
        }

        Assert.Empty(ShardLedger.Read(folder.Path));
    }
}
