package vn.antq.identity.signin;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (trang đăng nhập), in Vietnamese with an English switch. */
@Controller
class SignInController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SignInLockout lockout;

    SignInController(SignInLockout lockout) {
        this.lockout = lockout;
    }

    @GetMapping("/login")
    String signIn(HttpSession session, Model model) {
        Object reason = session.getAttribute(SignInFailureHandler.REASON);
        Object username = session.getAttribute(SignInFailureHandler.USERNAME);
        session.removeAttribute(SignInFailureHandler.REASON);
        session.removeAttribute(SignInFailureHandler.USERNAME);
        if (reason != null) {
            model.addAttribute("failure", reason.toString());
            model.addAttribute("username", username);
        }
        if (reason == SignInFailureHandler.SignInFailure.LOCKED && username != null) {
            lockout.lockedUntil(username.toString()).ifPresent(until ->
                    model.addAttribute("lockedUntil", TIME.format(until.atZone(VIETNAM))));
        }
        return "identity/login";
    }
}
