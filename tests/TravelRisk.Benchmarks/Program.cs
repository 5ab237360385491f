using BenchmarkDotNet.Running;
using TravelRisk.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(RulesBenchmarks).Assembly).Run(args);
