// libtorch's random generator and thread settings are process-wide (AutoencoderNetwork reseeds the global generator,
// TorchRuntime sets one thread), so two test classes training at once would draw from one another's seeds and race
// inside libtorch; under load that showed as "Unknown scalar type" and a failed throughput run. One class at a time.
[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]
