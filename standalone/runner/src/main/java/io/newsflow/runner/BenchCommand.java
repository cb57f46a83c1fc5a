package io.newsflow.runner;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchIngestCommand.class, BenchEngineCommand.class, BenchEnrichCommand.class},
        description = {"Benchmarks that print their figures (run on demand, never in tests).", ""})
final class BenchCommand {
}
