using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace EdgeLearnSim.Testbed.Learning;

/// <summary>Trains the cloud's classifier on what the edges sent and measures its accuracy on a test set.</summary>
public sealed class CloudLearner(CloudLearnerSettings settings)
{
    public CloudLearnerSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <summary>
    /// The fraction of <paramref name="test"/> examples classified correctly by a model trained on
    /// <paramref name="train"/>; both hold <see cref="LabelledFeatures.FeatureCount"/> features per example.
    /// </summary>
    public double Accuracy(LabelledFeatures train, LabelledFeatures test, int seed)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        if (train.FeatureCount != test.FeatureCount)
        {
            throw new ArgumentException($"Training examples have {train.FeatureCount} features but test examples {test.FeatureCount}.", nameof(test));
        }
        var context = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(LearningRow));
        schema[nameof(LearningRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, train.FeatureCount);
        var trainer = context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            MaximumNumberOfIterations = Settings.MaximumIterations,
            L1Regularization = 0,
            L2Regularization = Settings.L2Regularization,
            OptimizationTolerance = Settings.OptimizationTolerance,
        });
        var pipeline = context.Transforms.Conversion.MapValueToKey(nameof(LearningRow.Label)).Append(trainer);
        var model = pipeline.Fit(context.Data.LoadFromEnumerable(train.Rows(), schema));
        var predictions = model.Transform(context.Data.LoadFromEnumerable(test.Rows(), schema));
        return context.MulticlassClassification.Evaluate(predictions).MicroAccuracy;
    }
}
