package vn.antq.resilience.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body, part by part, as a browser or an agency's app sends an upload: a JSON part (with the
 * content type it is declared as, or none) and file parts.
 */
public final class Multipart {

    private final String boundary = "----antq" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** A JSON part, declared {@code application/json}. */
    public Multipart json(String name, String json) {
        return part(name, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** A form part of these bytes, declared as {@code contentType} (no Content-Type header when null). */
    public Multipart part(String name, String contentType, byte[] bytes) {
        return add("Content-Disposition: form-data; name=\"" + name + "\""
                + (contentType == null ? "" : "\r\nContent-Type: " + contentType), bytes);
    }

    /** A file part with the name and content type its sender gives it. */
    public Multipart file(String name, String fileName, String contentType, byte[] bytes) {
        return add("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType, bytes);
    }

    private Multipart add(String headers, byte[] bytes) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes == null ? new byte[0] : bytes);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(body.toByteArray());
        copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return copy.toByteArray();
    }
}
