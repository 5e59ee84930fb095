package org.probationinspections.application.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.probationinspections.domain.common.InvalidValueException;

/** Generated passwords and token secrets, and the hash under which a token's secret is kept. */
final class Secrets {

  static final String TOKEN_PREFIX = "pit_";
  static final int MIN_PASSWORD = 10;
  static final int MAX_PASSWORD = 200;

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** 120 random bits, as 20 URL-safe characters. */
  static String password() {
    return random(15);
  }

  /** 256 random bits, prefixed so that a leaked token is recognisable. */
  static String tokenSecret() {
    return TOKEN_PREFIX + random(32);
  }

  /**
   * A token's secret carries 256 random bits, so a fast hash is enough at rest (no salt or stretch
   * is needed against guessing); it also lets a token be looked up by its hash.
   */
  static String tokenHash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }

  static String checkedPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new InvalidValueException(
          "password", "must have at least " + MIN_PASSWORD + " characters");
    }
    if (password.length() > MAX_PASSWORD) {
      throw new InvalidValueException(
          "password", "must have at most " + MAX_PASSWORD + " characters");
    }
    return password;
  }

  private static String random(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }
}
