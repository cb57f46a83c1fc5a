package io.newsflow.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A certificate authority made for one test, a broker key store signed by it (valid for 127.0.0.1 and localhost)
 * and a client trust store holding the authority: what an operator gets from a private CA, made with the JDK's keytool.
 */
record ThrowawayCertificates(Path brokerKeystore, String keystorePassword, Path truststore, String truststorePassword) {

    static ThrowawayCertificates create(Path dir, String keystorePassword, String truststorePassword) throws Exception {
        Path ca = dir.resolve("ca.p12");
        Path caPem = dir.resolve("ca.pem");
        Path broker = dir.resolve("broker.p12");
        Path request = dir.resolve("broker.csr");
        Path signed = dir.resolve("broker.pem");
        Path truststore = dir.resolve("truststore.p12");
        String caPassword = "ca-" + Long.toHexString(System.nanoTime());
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=newsflow throwaway CA",
                "-ext", "bc:c", "-validity", "2", "-keystore", ca, "-storetype", "PKCS12", "-storepass", caPassword);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", caPassword, "-file", caPem);
        keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-validity", "2", "-keystore", broker, "-storetype", "PKCS12", "-storepass", keystorePassword);
        keytool("-certreq", "-alias", "broker", "-keystore", broker, "-storepass", keystorePassword, "-file", request);
        keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", caPassword, "-infile", request,
                "-outfile", signed, "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem, "-keystore", broker, "-storepass", keystorePassword);
        keytool("-importcert", "-alias", "broker", "-file", signed, "-keystore", broker, "-storepass", keystorePassword);
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caPem, "-keystore", truststore, "-storetype", "PKCS12",
                "-storepass", truststorePassword);
        return new ThrowawayCertificates(broker, keystorePassword, truststore, truststorePassword);
    }

    private static void keytool(Object... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        for (Object arg : args) {
            command.add(arg.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }
}
