package io.newsflow.runner;

import io.newsflow.stack.StackOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the commands that start a local stack find the unpacked Apicurio Registry. */
public final class ApicurioOption {

    @Option(names = "--apicurio-home", paramLabel = "DIR",
            description = "Unpacked Apicurio Registry 3.0.9 (default: env NEWSFLOW_APICURIO_HOME, which ./newsflow sets).")
    Path apicurioHome;

    Path resolve() {
        return apicurioHome != null ? apicurioHome : StackOptions.apicurioHomeFromEnvironment();
    }
}
