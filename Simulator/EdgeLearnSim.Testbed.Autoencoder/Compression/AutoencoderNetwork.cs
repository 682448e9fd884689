using EdgeLearnSim.Engine.Random;
using MathNet.Numerics.Random;
using TorchSharp;
using static TorchSharp.torch;

namespace EdgeLearnSim.Testbed.Autoencoder.Compression;

/// <summary>One trained autoencoder with a <see cref="CodeWidth"/>-value code: the encoder and decoder halves.</summary>
internal sealed class AutoencoderNetwork : IDisposable
{
    private readonly nn.Module<Tensor, Tensor> encoder;
    private readonly nn.Module<Tensor, Tensor> decoder;

    private AutoencoderNetwork(int pixels, int codeWidth, int hidden)
    {
        CodeWidth = codeWidth;
        this.encoder = nn.Sequential(nn.Linear(pixels, hidden), nn.ReLU(), nn.Linear(hidden, codeWidth));
        this.decoder = nn.Sequential(nn.Linear(codeWidth, hidden), nn.ReLU(), nn.Linear(hidden, pixels), nn.Sigmoid());
    }

    public int CodeWidth { get; }

    /// <summary>
    /// Trains a network on <paramref name="images"/> (records × pixels, values in [0, 1]); <paramref name="onEpoch"/>
    /// receives each epoch's mean training loss and the network as it stands (the loss curve).
    /// </summary>
    public static AutoencoderNetwork Train(Tensor images, int codeWidth, AutoencoderSettings settings, ulong seed, Action<int, double, AutoencoderNetwork>? onEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(settings);
        TorchRuntime.UseOneThread();
        var records = (int)images.shape[0];
        torch.random.manual_seed(StableSeed.ToInt32(StableSeed.Derive(seed, "weights", codeWidth.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var network = new AutoencoderNetwork((int)images.shape[1], codeWidth, settings.HiddenWidth);
        var parameters = network.encoder.parameters().Concat(network.decoder.parameters()).ToArray();
        using var optimizer = optim.Adam(parameters, settings.LearningRate);
        // Batch orders come from our own seeded generator, so they do not depend on libtorch's.
        var random = new Xoshiro256StarStar(StableSeed.ToInt32(StableSeed.Derive(seed, "batches", codeWidth.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var order = Enumerable.Range(0, records).Select(i => (long)i).ToArray();
        var epochs = settings.Epochs(records);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            for (var k = records - 1; k > 0; k--)
            {
                var pick = random.Next(k + 1);
                (order[k], order[pick]) = (order[pick], order[k]);
            }
            var total = 0.0;
            for (var start = 0; start < records; start += settings.BatchSize)
            {
                using var scope = NewDisposeScope();
                var count = Math.Min(settings.BatchSize, records - start);
                var batch = images.index_select(0, tensor(order.AsSpan(start, count).ToArray()));
                var loss = nn.functional.mse_loss(network.decoder.call(network.encoder.call(batch)), batch);
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                total += loss.item<float>() * count;
            }
            onEpoch?.Invoke(epoch, total / records, network);
        }
        return network;
    }

    /// <summary>The codes of <paramref name="images"/> before quantisation: records × <see cref="CodeWidth"/> values.</summary>
    public float[] Encode(Tensor images)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return this.encoder.call(images).data<float>().ToArray();
    }

    /// <summary>The images rebuilt from <paramref name="codes"/> (records × <see cref="CodeWidth"/>).</summary>
    public float[] Decode(float[] codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return this.decoder.call(tensor(codes, [codes.Length / CodeWidth, CodeWidth])).data<float>().ToArray();
    }

    /// <summary>Mean squared reconstruction error per pixel of <paramref name="images"/> (no quantisation).</summary>
    public double ReconstructionError(Tensor images)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return nn.functional.mse_loss(this.decoder.call(this.encoder.call(images)), images).item<float>();
    }

    public void Dispose()
    {
        this.encoder.Dispose();
        this.decoder.Dispose();
    }
}
