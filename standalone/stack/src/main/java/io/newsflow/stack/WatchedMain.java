package io.newsflow.stack;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Runs another main class and exits as soon as standard input closes.
 *
 * <p>The local stack starts the broker and the registry through this class and keeps the write end of
 * their standard input. When the parent JVM ends, even by {@code kill -9}, the pipe closes and the
 * child exits through its own shutdown hooks, so no orphan broker keeps a port or a data directory.
 * Uses nothing but the JDK: it is put on the registry's classpath next to Apicurio's runner jar.
 */
public final class WatchedMain {

    private WatchedMain() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: WatchedMain <main-class> [arguments...]");
        }
        Thread watcher = new Thread(() -> exitWhenClosed(System.in), "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) rest);
    }

    private static void exitWhenClosed(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the parent never writes; anything read is ignored
            }
        } catch (IOException closed) {
            // a broken pipe means the same as end of stream: the parent is gone
        }
        System.exit(0);
    }
}
