package vn.antq.activities.material;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body, part by part, as a browser or curl sends it. */
public final class Multipart {

    private final String boundary = "----antq" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** A JSON part. */
    public Multipart json(String name, String json) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** A file part with the name and content type its sender gives it (the UTF-8 name as browsers send it). */
    public Multipart file(String name, String fileName, String contentType, byte[] bytes) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType, bytes);
    }

    private Multipart part(String headers, byte[] bytes) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
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
