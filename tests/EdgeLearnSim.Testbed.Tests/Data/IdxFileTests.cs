using EdgeLearnSim.Core;
using EdgeLearnSim.Testbed.Data;

namespace EdgeLearnSim.Testbed.Tests.Data;

public class IdxFileTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Read_WhatWriteWrote_CompressedOrNot(bool compress)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "images");
        var values = Enumerable.Range(0, 2 * 3 * 4).Select(v => (byte)(v * 7)).ToArray();
        IdxFile.Write(path, new IdxArray([2, 3, 4], values), compress);

        var read = IdxFile.Read(path);

        Assert.Equal([2, 3, 4], read.Dimensions);
        Assert.Equal(values, read.Values);
        Assert.Equal(compress, File.ReadAllBytes(path)[0] == 0x1f);
    }

    [Fact]
    public void Read_HandWrittenBytes_FollowsTheFormat()
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "labels");
        File.WriteAllBytes(path, [0, 0, 0x08, 1, 0, 0, 0, 3, 9, 0, 4]);

        var read = IdxFile.Read(path);

        Assert.Equal([3], read.Dimensions);
        Assert.Equal(new byte[] { 9, 0, 4 }, read.Values);
    }

    [Theory]
    [InlineData(new byte[] { 1, 0, 0x08, 1, 0, 0, 0, 1, 5 }, "two zero bytes")]
    [InlineData(new byte[] { 0, 0, 0x0D, 1, 0, 0, 0, 1, 5 }, "0x0d")]
    [InlineData(new byte[] { 0, 0, 0x08, 1, 0, 0, 0, 4, 5 }, "truncated")]
    [InlineData(new byte[] { 0, 0, 0x08, 2, 0, 0, 0, 4 }, "dimension 2")]
    public void Read_BadFile_OneErrorNamingTheFile(byte[] bytes, string problem)
    {
        using var folder = new TemporaryFolder();
        var path = Path.Combine(folder.Path, "bad");
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidInputException>(() => IdxFile.Read(path));

        Assert.Equal(path, error.Location);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedSlice_HasTheDocumentedShape()
    {
        var (train, test) = FashionMnistFolder.Read(RepositoryFiles.Path("Traces/fashion-mnist-slice"));

        Assert.Equal((3000, 784), (train.Count, train.PixelsPerImage));
        Assert.Equal((2000, 784), (test.Count, test.PixelsPerImage));
        Assert.Equal(10, train.Labels.Distinct().Count());
        Assert.All(train.Labels, label => Assert.InRange(label, 0, 9));
    }
}
