package io.fluxgate.agent.observe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The token mutating admin requests must carry as {@code Authorization: Bearer <token>}. Both
 * sides are hashed before {@link MessageDigest#isEqual} compares them, so the comparison takes
 * the same time whatever the guess, its length included.
 */
final class BearerToken {
    private static final String SCHEME = "bearer ";

    private final byte[] expectedHash;

    BearerToken(String token) {
        this.expectedHash = sha256(token);
    }

    /** Whether an {@code Authorization} header value (null when absent) carries the token. */
    boolean admits(String authorization) {
        if (authorization == null || authorization.length() < SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        String presented = authorization.substring(SCHEME.length()).trim();
        return MessageDigest.isEqual(expectedHash, sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
