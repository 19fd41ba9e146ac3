package vn.antq.kit.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over {@code antq.web.max-body-size} with 413 problem+json, before security and
 * before anything buffers them: at once when {@code Content-Length} says so, else (chunked bodies)
 * as soon as more bytes than allowed have been read. Paths ending in {@code /import} get
 * {@code antq.web.max-import-size} instead, and multipart uploads to any other path {@code antq.web.max-upload-size}.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBodySize;
    private final long maxImportSize;
    private final long maxUploadSize;
    private final Problems problems;

    public BodySizeLimitFilter(DataSize maxBodySize, DataSize maxImportSize, DataSize maxUploadSize,
                               Problems problems) {
        this.maxBodySize = maxBodySize.toBytes();
        this.maxImportSize = maxImportSize.toBytes();
        this.maxUploadSize = maxUploadSize.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            reject(request, response, limit);
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    long limitOf(HttpServletRequest request) {
        if (request.getRequestURI().endsWith("/import")) {
            return maxImportSize;
        }
        String contentType = request.getContentType();
        boolean upload = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        return upload ? maxUploadSize : maxBodySize;
    }

    private void reject(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        problems.write(problems.create(HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                Text.code("problem.payload-too-large.limit", readable(limit)), request), HttpHeaders.EMPTY, response);
    }

    /** "1 MB", "512 KB" or "900 bytes", for the message. */
    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** A request whose body stream fails with {@link BodyTooLargeException} past the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;
        private BufferedReader reader;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next >= 0) {
                counted(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = delegate.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        private void counted(int bytes) throws BodyTooLargeException {
            count += bytes;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
