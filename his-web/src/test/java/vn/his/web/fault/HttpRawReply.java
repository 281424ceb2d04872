package vn.his.web.fault;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipInputStream;

import vn.his.web.testsupport.WebFixtures;

/** An answer kept as bytes (a ZIP), with its headers. */
record HttpRawReply(int status, String contentType, byte[] bytes, java.net.http.HttpHeaders headers) {

    static HttpRawReply post(int port, String user, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + WebFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new HttpRawReply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String header(String name) {
        return headers.firstValue(name).orElseThrow(() -> new AssertionError("no header " + name + " in " + this));
    }

    String body() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Number of entries of the ZIP body (each read to its end, so a truncated archive fails). */
    int zipEntries() throws IOException {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                zip.readAllBytes();
                entries++;
            }
        }
        return entries;
    }

    @Override
    public String toString() {
        return status + " " + contentType + " " + (contentType.startsWith("application/zip") ? bytes.length + " bytes"
                : body());
    }
}
