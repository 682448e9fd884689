namespace EdgeLearnSim.Testbed.Learning;

/// <summary>
/// What the cloud's learner trains on: the de-quantised codes themselves (k values per record), or the images the
/// edge's decoder rebuilds from them (one value per pixel). The paper's "learning on compressed data" could be
/// either; the testbed measures both.
/// </summary>
public enum CloudInput
{
    Codes,
    DecodedImages,
}
