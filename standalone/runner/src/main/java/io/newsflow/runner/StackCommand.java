package io.newsflow.runner;

import io.newsflow.stack.LocalStack;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stack", mixinStandardHelpOptions = true,
        description = {"Run a local Kafka broker and schema registry until interrupted.",
                "",
                "Starts a real single-node KRaft Kafka broker and Apicurio Registry (Confluent API) on "
                + "127.0.0.1, creates every newsflow topic, prints `ready bootstrap=HOST:PORT registry=URL` and "
                + "runs until interrupted (Ctrl-C or SIGTERM stop both cleanly). Data is kept in the data "
                + "directory between runs."})
final class StackCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "data/stack", paramLabel = "DIR",
            description = "Broker data, registry schemas (kept in Kafka) and logs. Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--kafka-port", defaultValue = "9092", paramLabel = "N",
            description = "Broker port on 127.0.0.1 (the KRaft controller takes N+1). Default: ${DEFAULT-VALUE}")
    int kafkaPort;

    @Option(names = "--registry-port", defaultValue = "8081", paramLabel = "N",
            description = "Registry HTTP port on 127.0.0.1. Default: ${DEFAULT-VALUE}")
    int registryPort;

    @Mixin
    ApicurioOption apicurio;

    @Override
    public Integer call() throws InterruptedException {
        LocalStack stack = StackLauncher.start(dataDir, kafkaPort, registryPort, apicurio.resolve());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "stack-shutdown"));
        System.out.println("ready bootstrap=" + stack.bootstrapServers() + " registry=" + stack.registryUrl());
        System.out.flush();
        stopped.await();
        return 0;
    }
}
