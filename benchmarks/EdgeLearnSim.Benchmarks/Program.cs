using BenchmarkDotNet.Running;

// Pick benchmarks with --filter, e.g. `--filter '*Engine*'`; see README "Performance".
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
