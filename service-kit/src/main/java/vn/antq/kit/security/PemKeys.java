package vn.antq.kit.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes PEM keys: a public key as {@code -----BEGIN PUBLIC KEY-----} (X.509 SubjectPublicKeyInfo,
 * what {@code openssl pkey -pubout} prints) and a private key as {@code -----BEGIN PRIVATE KEY-----} (PKCS#8,
 * what {@code openssl genpkey} prints). RSA and EC keys.
 */
public final class PemKeys {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
    private static final String[] ALGORITHMS = {"RSA", "EC"};

    private PemKeys() {
    }

    /** The public key in this PEM text; IllegalArgumentException when there is none or it is not RSA or EC. */
    public static PublicKey publicKey(String pem) {
        byte[] der = block(pem, "PUBLIC KEY");
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("The PUBLIC KEY block is neither an RSA nor an EC public key");
    }

    /** The PKCS#8 private key in this PEM text. */
    public static PrivateKey privateKey(String pem) {
        byte[] der = block(pem, "PRIVATE KEY");
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("The PRIVATE KEY block is neither an RSA nor an EC private key");
    }

    /** The key as a {@code PUBLIC KEY} PEM block. */
    public static String toPem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] block(String pem, String type) {
        if (pem == null) {
            throw new IllegalArgumentException("No PEM text");
        }
        Matcher matcher = BLOCK.matcher(pem);
        while (matcher.find()) {
            if (matcher.group(1).equals(type)) {
                return Base64.getMimeDecoder().decode(matcher.group(2));
            }
        }
        throw new IllegalArgumentException("No -----BEGIN " + type + "----- block"
                + (pem.contains("BEGIN RSA PRIVATE KEY") ? " (a PKCS#1 key: convert it with"
                        + " 'openssl pkcs8 -topk8 -nocrypt -in key.pem')" : ""));
    }
}
