package vn.antq.portal.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The problems the portal itself answers API calls with (RFC 9457, in the caller's language from
 * {@code Accept-Language}, Vietnamese by default): not signed in, session ended, request forgery suspected.
 */
public final class ApiProblems {

    private ApiProblems() {
    }

    public static void notSignedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 401, "unauthenticated",
                "Chưa đăng nhập", "Not signed in",
                "Phiên làm việc không còn hoặc chưa đăng nhập. Hãy đăng nhập lại qua cổng thông tin.",
                "There is no valid session. Please sign in again through the portal.");
    }

    public static void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 403, "forbidden",
                "Không được phép", "Forbidden",
                "Yêu cầu thay đổi dữ liệu thiếu mã chống giả mạo (CSRF) hợp lệ, hoặc không được phép.",
                "A request that changes data lacks a valid anti-forgery (CSRF) token, or is not allowed.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, String slug,
                              String titleVi, String titleEn, String detailVi, String detailEn) throws IOException {
        boolean english = request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                && request.getHeader("Accept-Language") != null;
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://antq.vn/problems/" + slug + "\",\"title\":\""
                + (english ? titleEn : titleVi) + "\",\"status\":" + status + ",\"detail\":\""
                + (english ? detailEn : detailVi) + "\",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

}
