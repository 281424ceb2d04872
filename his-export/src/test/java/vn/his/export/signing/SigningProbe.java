package vn.his.export.signing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.his.export.envelope.DossierEnvelopeWriter;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.testing.Scenarios;
import vn.his.export.xml.TableRelevance;
import vn.his.export.xml.Xml130Writer;

/**
 * Benchmark main, not a test: µs per signature (sign + verification of the written bytes) of {@link XmlDsigSigner}
 * on one thread; to compare two versions of the signer, run the probe of each build in alternation (the figures of
 * the issue-4 changes in BENCHMARKS.md were taken against a frozen copy of the former signer). The dossier is the
 * provincial inpatient golden scenario's envelope, its tables taken until it is about {@code targetKb} KB. Figures
 * are the thread's CPU time per signature.
 *
 * <pre>java -cp his-export/target/test-classes:his-export/target/classes:$(cat cp.txt) \
 *     vn.his.export.signing.SigningProbe [signaturesPerRound=50] [rounds=20] [targetKb=25]</pre>
 */
public final class SigningProbe {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int targetKb = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        Path dir = Files.createTempDirectory("signing-probe");
        DemoCertificateFactory.create(dir.resolve("p.p12"), "probe".toCharArray(), "cskcb",
                "CN=Probe 40017,O=HIS demo,C=VN", Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(365));
        FacilityKeystore keystore = FacilityKeystore.load(dir.resolve("p.p12"), "probe".toCharArray(), "cskcb");
        byte[] dossier = dossier(targetKb);
        XmlDsigSigner signer = new XmlDsigSigner(keystore);
        byte[] signed = signer.sign(dossier);
        System.out.printf("dossier %,d bytes, signed %,d bytes%n", dossier.length, signed.length);
        for (int i = 0; i < 200; i++) {
            signer.sign(dossier);
        }
        List<Double> perRoundMicros = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            perRoundMicros.add(cpuMicros(perRound, signer::sign, dossier));
        }
        System.out.printf("thread CPU per signature (sign + verification of the written bytes), %d rounds × %d: "
                + "median %.0f µs, mean %.0f µs%n", rounds, perRound, median(perRoundMicros), mean(perRoundMicros));
        breakdown(keystore, signer, dossier, signed, perRound, rounds);
        perRoundMicros.clear();
        for (int r = 0; r < rounds; r++) {
            perRoundMicros.add(cpuMicros(perRound, signer::sign, dossier));
        }
        System.out.printf("the same after the breakdown (a longer warm-up): median %.0f µs%n", median(perRoundMicros));
    }

    /**
     * Where a signature's time goes: each step of {@link XmlDsigSigner#sign} alone, on the same dossier (median
     * thread CPU µs over the rounds), and the bare SHA256withRSA signature of a SignedInfo-sized input, which is what
     * the export benchmark's RSA floor counts.
     */
    private static void breakdown(FacilityKeystore keystore, XmlDsigSigner signer, byte[] dossier, byte[] signed,
                                  int perRound, int rounds) throws Exception {
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        byte[] signedInfo = new byte[600];
        SignatureVerifier verifier = new SignatureVerifier();
        java.util.Map<String, Sign> steps = new java.util.LinkedHashMap<>();
        steps.put("parse the unsigned bytes (DOM)", xml -> {
            vn.his.export.xml.SecureXml.parseWhole(xml);
            return xml;
        });
        steps.put("parse + JDK enveloped signature (digest, c14n, RSA)", xml -> {
            signer.signInPlace(XmlDsigSigner.signatureHolder(vn.his.export.xml.SecureXml.parseWhole(xml)));
            return xml;
        });
        steps.put("parse + sign + splice the Signature into the bytes", xml -> {
            org.w3c.dom.Element holder = XmlDsigSigner.signatureHolder(vn.his.export.xml.SecureXml.parseWhole(xml));
            signer.signInPlace(holder);
            return XmlDsigSigner.spliced(xml, holder).orElseThrow();
        });
        steps.put("verify the signed bytes (parse, c14n, digest, RSA verify)", xml -> {
            verifier.verify(signed, keystore.certificate());
            return xml;
        });
        steps.put("bare SHA256withRSA of 600 bytes (the RSA floor)", xml -> {
            try {
                rsa.initSign(keystore.privateKey());
                rsa.update(signedInfo);
                return rsa.sign();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.println("breakdown, thread CPU per operation (median of the rounds):");
        for (var step : steps.entrySet()) {
            for (int i = 0; i < 100; i++) {
                step.getValue().sign(dossier);
            }
            List<Double> micros = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                micros.add(cpuMicros(perRound, step.getValue(), dossier));
            }
            System.out.printf("  %-60s %6.0f µs%n", step.getKey(), median(micros));
        }
    }

    interface Sign {
        byte[] sign(byte[] xml);
    }

    /** Thread CPU time, not wall time: the machine is shared, and other processes' load must not be counted. */
    private static double cpuMicros(int n, Sign sign, byte[] xml) {
        long start = THREADS.getCurrentThreadCpuTime();
        int sink = 0;
        for (int i = 0; i < n; i++) {
            sink += sign.sign(xml).length;
        }
        long elapsed = THREADS.getCurrentThreadCpuTime() - start;
        if (sink == 0) {
            throw new IllegalStateException("nothing signed");
        }
        return elapsed / 1_000.0 / n;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }

    /** The provincial inpatient scenario's envelope, its FILEHOSO taken in order (and again
     * from the first) until the file is about {@code targetKb} KB. */
    static byte[] dossier(int targetKb) {
        Xml130Writer writer = new Xml130Writer(SchemaCatalog.loadFromClasspath(), TableRelevance.qd4750());
        String xml = new String(new DossierEnvelopeWriter(writer).write(Scenarios.provincialInpatient(),
                LocalDate.of(2026, 10, 12)), StandardCharsets.UTF_8);
        int first = xml.indexOf("<FILEHOSO>");
        int last = xml.lastIndexOf("</FILEHOSO>") + "</FILEHOSO>".length();
        List<String> files = new ArrayList<>();
        for (int at = first; at < last; ) {
            int end = xml.indexOf("</FILEHOSO>", at) + "</FILEHOSO>".length();
            files.add(xml.substring(at, end));
            at = end;
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() == 0 || xml.length() - (last - first) + body.length() < targetKb * 1024L; i++) {
            body.append(files.get(i % files.size()));
        }
        return (xml.substring(0, first) + body + xml.substring(last)).getBytes(StandardCharsets.UTF_8);
    }
}
