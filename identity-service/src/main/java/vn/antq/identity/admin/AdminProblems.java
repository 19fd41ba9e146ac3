package vn.antq.identity.admin;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The administration API's problems (RFC 9457), in the caller's language ({@code Accept-Language}, Vietnamese by
 * default), with one entry per wrong field in {@code errors}.
 */
@RestControllerAdvice(assignableTypes = AdminApiController.class)
public class AdminProblems {

    static final String BASE = "https://antq.vn/problems/";

    @ExceptionHandler(AdministrationRefused.class)
    ResponseEntity<ProblemDetail> refused(AdministrationRefused refused, HttpServletRequest request) {
        return respond(problem(refused.status(), refused.vietnamese(), refused.english(), refused.errors(), request));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return respond(problem(400, "Nội dung yêu cầu không đọc được: cần một đối tượng JSON đúng dạng.",
                "The request body cannot be read: a well-formed JSON object is expected.", List.of(), request));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static ProblemDetail problem(int status, String vietnamese, String english, List<FieldError> errors,
                                 HttpServletRequest request) {
        Locale locale = english(request) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(BASE + slug(status)));
        problem.setTitle(title(status, locale));
        problem.setDetail("en".equals(locale.getLanguage()) ? english : vietnamese);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(error -> Map.of("field", error.field(), "message", error.message(locale))).toList());
        }
        return problem;
    }

    /** For the security entry points, outside Spring MVC. */
    public static void write(int status, String vietnamese, String english, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        boolean inEnglish = english(request);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"" + BASE + slug(status) + "\",\"title\":\""
                + title(status, inEnglish ? Locale.ENGLISH : Locale.forLanguageTag("vi")) + "\",\"status\":" + status
                + ",\"detail\":\"" + (inEnglish ? english : vietnamese) + "\"}");
    }

    private static boolean english(HttpServletRequest request) {
        String language = request.getHeader("Accept-Language");
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            default -> "error";
        };
    }

    private static String title(int status, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return switch (status) {
            case 400 -> en ? "Invalid request" : "Yêu cầu không hợp lệ";
            case 401 -> en ? "Not signed in" : "Chưa đăng nhập";
            case 403 -> en ? "Forbidden" : "Không được phép";
            case 404 -> en ? "Not found" : "Không tìm thấy";
            case 409 -> en ? "Conflict" : "Xung đột";
            default -> en ? "Error" : "Lỗi";
        };
    }
}
