package io.newsflow.runner;

import io.newsflow.ingest.cli.IngestCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Streaming news ingestion and enrichment on Apache Kafka.",
        subcommands = {StackCommand.class, DemoCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class, ProduceCommand.class, ConsumeCommand.class,
                TopicsCommand.class, BenchCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        io.newsflow.schemas.AvroTrust.install();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(cmd.getColorScheme().errorText("newsflow " + cmd.getCommandName() + ": " + message(e)));
                    return 1;
                });
    }

    private static String message(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsflow " + (version == null ? "(development build)" : version)};
        }
    }
}
