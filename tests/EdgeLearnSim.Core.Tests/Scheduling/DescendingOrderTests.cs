using EdgeLearnSim.Core.Scheduling;
using MathNet.Numerics.Random;

namespace EdgeLearnSim.Core.Tests.Scheduling;

public class DescendingOrderTests
{
    [Fact]
    public void DescendingOrder_EqualsStableSortByKeyDescending_WithManyTies()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Xoshiro256StarStar(seed, threadSafe: false);
            var keys = new double[random.Next(0, 500)];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = seed % 2 == 0 ? random.Next(1, 6) : random.NextDouble();
            }
            var expected = Enumerable.Range(0, keys.Length).OrderByDescending(i => keys[i]).ThenBy(i => i).ToArray();
            Assert.Equal(expected, DescendingOrder.Of(keys));
        }
    }
}
