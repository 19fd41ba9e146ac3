package vn.antq.identity.account;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.antq.identity.IdentityProperties;

/**
 * The password rules (quy tắc mật khẩu): at least {@code minPasswordLength} characters, with a letter and a digit,
 * not containing the username. Also makes the initial passwords an administrator hands out.
 */
@Component
public class PasswordPolicy {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int minLength;

    public PasswordPolicy(IdentityProperties properties) {
        this.minLength = properties.signIn().minPasswordLength();
    }

    /** The rules the password breaks, in Vietnamese and English; empty when it is acceptable. */
    public List<Breach> check(String username, String password) {
        List<Breach> breaches = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            breaches.add(new Breach("Mật khẩu phải có ít nhất " + minLength + " ký tự.",
                    "The password must have at least " + minLength + " characters."));
        }
        if (password != null && (password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit))) {
            breaches.add(new Breach("Mật khẩu phải có cả chữ cái và chữ số.",
                    "The password must contain both letters and digits."));
        }
        if (password != null && username != null
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            breaches.add(new Breach("Mật khẩu không được chứa tên đăng nhập.",
                    "The password must not contain the username."));
        }
        return breaches;
    }

    /** A random password that meets the policy, to be shown once to the administrator who asked for it. */
    public String initialPassword() {
        int length = Math.max(minLength, 16);
        while (true) {
            StringBuilder password = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = password.toString();
            if (check(null, candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    public record Breach(String vietnamese, String english) {

        public String message(Locale locale) {
            return "en".equals(locale.getLanguage()) ? english : vietnamese;
        }
    }
}
