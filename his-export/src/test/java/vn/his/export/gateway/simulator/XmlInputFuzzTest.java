package vn.his.export.gateway.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import vn.his.core.common.DomainException;
import vn.his.export.envelope.Dossier;
import vn.his.export.envelope.DossierReader;
import vn.his.export.envelope.TableReader;
import vn.his.export.gateway.GatewayAccount;
import vn.his.export.gateway.support.TestDocuments;
import vn.his.export.xml.SecureXml;

/**
 * Issue 7, bad input at scale, XML side: thousands of malformed, truncated, mutated and hostile documents (external
 * entities to a local file and to a loopback listener, entity expansion, parameter entities, XInclude, deep nesting,
 * random bytes, wrong encodings) thrown at the XML inputs: {@link SecureXml#parse}, {@link DossierReader} (the
 * GIAMDINHHS envelope and its base64 tables), {@link TableReader} and the gateway simulator's
 * {@link SubmissionReview} (the envelope check of what the gateway receives). Each input either parses or is refused
 * with a {@link DomainException} (the simulator: a rejection code), within 5 s; no other exception, no file read, no
 * network call, no entity expanded.
 * <p>Generators are plain JUnit with a seeded {@link Random} (seed printed, {@code -Dhis.fuzz.seed=} to replay, {@code
 * -Dhis.fuzz.cases=} for more), not jqwik: see the README, "Choices where the regulation is silent".
 */
class XmlInputFuzzTest {

    private static final long SEED = Long.getLong("his.fuzz.seed", 20261124L);
    private static final int CASES = Integer.getInteger("his.fuzz.cases", 3_000);
    private static final GatewayAccount ACCOUNT = new GatewayAccount("40001_BV", "secret", "40", "40001");
    private static final String DSIG = "<ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/>";

    @TempDir Path directory;
    private String secret;
    private Path secretFile;
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Thread acceptor;

    @BeforeEach
    void start() throws IOException {
        secret = "FUZZ-SECRET-" + UUID.randomUUID();
        secretFile = Files.writeString(directory.resolve("secret.txt"), secret);
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (SocketException closed) {
                    return;
                } catch (IOException e) {
                    connections.incrementAndGet();
                }
            }
        }, "fuzz-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void stop() throws IOException {
        listener.close();
    }

    @Test
    void malformedAndHostileXmlIsParsedOrRefusedNeverCrashesHangsOrReachesOut() {
        Random random = new Random(SEED);
        byte[] dossier = signedDossier(TestDocuments.consistentTables("40001261123000001"));
        byte[] checkIn = TestDocuments.serialise(TestDocuments.checkIn("40001", "40001261123000001"));
        List<byte[]> attacks = attacks();
        SubmissionReview review = new SubmissionReview((bytes, document) -> SignatureCheck.Verdict.ok(),
                new TotalsDossierInspector(), 40 << 20);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < CASES; i++) {
            byte[] input = switch (i % 6) {
                case 0 -> attacks.get(random.nextInt(attacks.size()));
                case 1 -> mutate(dossier, random);
                case 2 -> mutate(checkIn, random);
                case 3 -> signedDossier(tablesWith(random, attacks));
                case 4 -> randomBytes(random);
                default -> mutate(attacks.get(random.nextInt(attacks.size())), random);
            };
            int n = i;
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> exercise(n, input, review, outcomes),
                    () -> "input " + n + " (seed " + SEED + ") took more than 5 s: " + preview(input));
        }
        assertThat(connections.get()).as("connections to the loopback listener named by external entities").isZero();
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isEqualTo(CASES * 4);
        assertThat(outcomes).containsKeys("parse refused", "review rejected");
        System.out.println("[fault] XmlInputFuzzTest: " + CASES + " XML inputs (seed " + SEED + ") × 4 parsers = "
                + total + " tries, survived " + total + " (0 crashes, 0 over 5 s, 0 entities expanded, 0 files read, "
                + "0 network calls): " + outcomes);
    }

    private void exercise(int n, byte[] input, SubmissionReview review, Map<String, Integer> outcomes) {
        String what = "input " + n + " (seed " + SEED + "): " + preview(input);
        try {
            Document document = SecureXml.parse(input);
            assertThat(document.getDocumentElement().getTextContent()).as(what).doesNotContain(secret);
            count(outcomes, "parse ok");
        } catch (DomainException refused) {
            count(outcomes, "parse refused");
        }
        try {
            Dossier read = new DossierReader().read(input);
            assertThat(read.toString()).as(what).doesNotContain(secret);
            count(outcomes, "dossier ok");
        } catch (DomainException refused) {
            count(outcomes, "dossier refused");
        }
        try {
            List<Map<String, String>> rows = TableReader.rows(input);
            assertThat(rows.toString()).as(what).doesNotContain(secret);
            count(outcomes, "table ok");
        } catch (DomainException refused) {
            count(outcomes, "table refused");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", ACCOUNT.username());
        form.put("loaiHoSo", "130");
        form.put("maTinh", "40");
        form.put("maCSKCB", "40001");
        form.put("fileHSBase64", Base64.getEncoder().encodeToString(input));
        SubmissionReview.Review answer = review.review(ReceivedRequest.Kind.DOSSIER, ACCOUNT, form);
        if (answer.accepted()) {
            count(outcomes, "review accepted");
        } else {
            assertThat(answer.rejection().thongDiep()).as(what).doesNotContain(secret).isNotBlank();
            count(outcomes, "review rejected");
        }
    }

    private static synchronized void count(Map<String, Integer> outcomes, String key) {
        outcomes.merge(key, 1, Integer::sum);
    }

    /** Hostile documents: every one must be refused or parsed without its entities. */
    private List<byte[]> attacks() {
        String file = secretFile.toUri().toString();
        String http = "http://127.0.0.1:" + listener.getLocalPort() + "/dtd";
        List<String> texts = new ArrayList<>();
        texts.add("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + file + "\">]><GIAMDINHHS>&x;</GIAMDINHHS>");
        texts.add("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + http + "\">]><GIAMDINHHS>&x;</GIAMDINHHS>");
        texts.add("<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"" + http + "\"><GIAMDINHHS/>");
        texts.add("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"" + http + "\"> %p;]><GIAMDINHHS/>");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                laughs.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            laughs.append("\">");
        }
        texts.add(laughs + "]><GIAMDINHHS>&lol10;</GIAMDINHHS>");
        texts.add("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"" + "A".repeat(50_000) + "\">]><r>"
                + "&a;".repeat(10_000) + "</r>");
        texts.add("<GIAMDINHHS xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"" + file
                + "\" parse=\"text\"/><CHUKYDONVI>" + DSIG + "</CHUKYDONVI></GIAMDINHHS>");
        texts.add("<?xml version=\"1.0\"?><?xml-stylesheet href=\"" + http + "\"?><GIAMDINHHS/>");
        texts.add("<GIAMDINHHS xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"x "
                + http + "\"/>");
        texts.add("<a>" + "<b>".repeat(20_000) + "</b>".repeat(20_000) + "</a>");
        texts.add("<a " + "x=\"1\" ".repeat(1) + ">" + "<c d=\"&#0;\"/>" + "</a>");
        texts.add("<GIAMDINHHS>" + "&amp;&lt;&#x1F600;&#xD800;".repeat(100) + "</GIAMDINHHS>");
        List<byte[]> attacks = new ArrayList<>();
        for (String text : texts) {
            attacks.add(text.getBytes(StandardCharsets.UTF_8));
        }
        attacks.add("<?xml version=\"1.0\" encoding=\"UTF-16\"?><GIAMDINHHS/>".getBytes(StandardCharsets.UTF_8));
        attacks.add("<GIAMDINHHS>Bệnh viện</GIAMDINHHS>".getBytes(StandardCharsets.UTF_16BE));
        attacks.add(new byte[0]);
        attacks.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return attacks;
    }

    /** A dossier whose tables are the consistent ones with one replaced by a hostile or mutated table. */
    private Map<String, String> tablesWith(Random random, List<byte[]> attacks) {
        Map<String, String> tables = new LinkedHashMap<>(TestDocuments.consistentTables("40001261123000002"));
        List<String> keys = new ArrayList<>(tables.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        byte[] table = random.nextBoolean() ? attacks.get(random.nextInt(attacks.size()))
                : mutate(tables.get(key).getBytes(StandardCharsets.UTF_8), random);
        tables.put(key, new String(table, StandardCharsets.UTF_8));
        return tables;
    }

    private static byte[] signedDossier(Map<String, String> tables) {
        String xml = new String(TestDocuments.serialise(TestDocuments.dossier("40001", tables)), StandardCharsets.UTF_8);
        return xml.replace("<CHUKYDONVI/>", "<CHUKYDONVI>" + DSIG + "</CHUKYDONVI>").getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] INSERTS = {"<", ">", "&", "&x;", "]]>", "<!--", "-->", "<?xml version=\"1.0\"?>",
        "<![CDATA[", "\u0000", "\uFFFE", "\"", "'", "</GIAMDINHHS>", "<GIAMDINHHS>", "<!DOCTYPE a>", "&#1114112;",
        "&#x0;", "xmlns:=\"\"", "<a:b>", "Đ", "\uD83D", "%"};

    /** One to three byte-level mutations: flip, truncate, insert markup, delete, duplicate a slice. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && bytes.length > 0; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 2 -> bytes = splice(bytes, at, 0, INSERTS[random.nextInt(INSERTS.length)]
                        .getBytes(StandardCharsets.UTF_8));
                case 3 -> bytes = splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(40)), new byte[0]);
                default -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
                    bytes = splice(bytes, at, 0, java.util.Arrays.copyOfRange(bytes, at, at + length));
                }
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2_000)];
        random.nextBytes(bytes);
        if (random.nextBoolean() && bytes.length > 1) {
            bytes[0] = '<';
        }
        return bytes;
    }

    private static String preview(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + input.length + " bytes)";
    }
}
