package vn.antq.kit.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Builds every RFC 9457 problem the kit answers with, in the caller's language ({@code Accept-Language},
 * default Vietnamese): the exception handler, the security entry points, the body-size filter and the
 * error page all go through here, so that every error has the same shape.
 */
public class Problems {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    public Problems(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    private Locale locale(HttpServletRequest request) {
        return localeResolver.resolveLocale(request);
    }

    private String text(Text text, Locale locale) {
        return text.resolve(messages, locale);
    }

    public ProblemDetail create(HttpStatusCode status, ProblemType type, Text detail, List<FieldProblem> errors,
            HttpServletRequest request) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type.uri());
        problem.setTitle(messages.getMessage(type.titleCode(), null, type.slug(), locale));
        if (!errors.isEmpty()) {
            List<Map<String, String>> rendered = errors.stream().map(error -> render(error, locale)).toList();
            problem.setProperty("errors", rendered);
            problem.setDetail(summary(detail, rendered, locale));
        } else {
            problem.setDetail(text(detail, locale));
        }
        setInstance(problem, request);
        return problem;
    }

    public ProblemDetail create(HttpStatusCode status, ProblemType type, Text detail, HttpServletRequest request) {
        return create(status, type, detail, List.of(), request);
    }

    public ProblemDetail create(ApiException exception, HttpServletRequest request) {
        ProblemDetail problem = create(exception.status(), exception.type(), exception.detail(),
                exception.fieldProblems(), request);
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Writes a problem straight to the response, for code that runs outside Spring MVC (filters, security). */
    public void write(ProblemDetail problem, HttpHeaders headers, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** The problem as JSON. */
    public String json(ProblemDetail problem) {
        return json.writeValueAsString(body(problem));
    }

    private Map<String, String> render(FieldProblem error, Locale locale) {
        Map<String, String> rendered = new LinkedHashMap<>();
        rendered.put("field", error.field());
        rendered.put("message", text(error.message(), locale));
        return rendered;
    }

    /** The detail names the fields too, for clients that show only {@code detail}. */
    private String summary(Text detail, List<Map<String, String>> errors, Locale locale) {
        String head = text(detail, locale);
        // "Dữ liệu không hợp lệ." + ": title - …" would read ".:"; the list follows the sentence without its stop.
        StringBuilder summary = new StringBuilder(head.endsWith(".") ? head.substring(0, head.length() - 1) : head);
        String separator = ": ";
        for (Map<String, String> error : errors) {
            summary.append(separator);
            if (error.get("field") != null) {
                summary.append(error.get("field")).append(" - ");
            }
            summary.append(error.get("message"));
            separator = "; ";
        }
        return summary.toString();
    }

    /** The path the client asked for, also when rendering on the error dispatch. */
    private static void setInstance(ProblemDetail problem, HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            // Leave it out rather than fail while reporting another failure.
        }
    }

    /**
     * The response body: RFC 9457 members first, in the RFC's order, then the extra ones such as
     * {@code errors} at the top level, the same whichever path the problem is written by.
     */
    public Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
