package vn.antq.identity.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Mã xác thực hai bước: time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) as every
 * authenticator app makes them, their secrets (base32, as the apps take them) and the {@code otpauth://} address and
 * QR code that carry a secret into an app.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    /** One step either side of now: the phone's clock may be a little off, and typing takes time. */
    private static final int TOLERATED_STEPS = 1;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new random secret of 160 bits, in base32 without padding. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    /** The code of the step that contains {@code at}. */
    public static String code(String secret, Instant at) {
        try {
            return GENERATOR.generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether {@code typed} (spaces allowed) is the code of now's step or of the one just before or after it. */
    public static boolean matches(String secret, String typed, Instant now) {
        return matchingStep(secret, typed, now).isPresent();
    }

    /**
     * The time step (seconds since the epoch / {@link #STEP}) whose code {@code typed} is, among now's and the ones
     * just before and after it; empty when it is none of them.
     */
    public static OptionalLong matchingStep(String secret, String typed, Instant now) {
        if (secret == null || typed == null) {
            return OptionalLong.empty();
        }
        String digits = typed.replace(" ", "");
        if (!CODE.matcher(digits).matches()) {
            return OptionalLong.empty();
        }
        for (int step = -TOLERATED_STEPS; step <= TOLERATED_STEPS; step++) {
            Instant at = now.plus(STEP.multipliedBy(step));
            if (MessageDigest.isEqual(digits.getBytes(StandardCharsets.US_ASCII),
                    code(secret, at).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(stepOf(at));
            }
        }
        return OptionalLong.empty();
    }

    /** The time step an instant falls in. */
    public static long stepOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The address an authenticator app reads (Key Uri Format), labelled with the issuer and the username. */
    public static String uri(String issuer, String username, String secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(username) + "?secret=" + secret + "&issuer="
                + encode(issuer) + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** The secret in groups of four characters, easier to type into an app by hand. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The address as a QR code, drawn in SVG (one square per dark module) so that the page needs no image file. */
    public static String qrSvg(String uri) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException tooLong) {
            throw new IllegalStateException(tooLong);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                + "\" width=\"220\" height=\"220\" shape-rendering=\"crispEdges\" role=\"img\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
