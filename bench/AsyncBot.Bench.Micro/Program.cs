using BenchmarkDotNet.Running;

// bench/run.sh passes --filter '*' and the job (a short one in quick mode); any BenchmarkDotNet option works here.
BenchmarkSwitcher.FromAssembly(typeof(AsyncBot.Bench.Micro.RacePlanParserBenchmarks).Assembly).Run(args);
