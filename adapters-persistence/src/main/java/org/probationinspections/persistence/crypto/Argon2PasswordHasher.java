package org.probationinspections.persistence.crypto;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.probationinspections.application.port.out.PasswordHasher;

/**
 * Argon2id through Password4j, with OWASP's recommended minimum (19 MiB, two passes, one lane) and
 * a 16-byte random salt. The stored string is the standard {@code $argon2id$v=19$m=…} form, which
 * carries its own parameters, so hashes made with other parameters still verify.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

  static final int MEMORY_KIB = 19_456;
  static final int ITERATIONS = 2;
  static final int PARALLELISM = 1;
  static final int HASH_BYTES = 32;
  static final int SALT_BYTES = 16;

  /**
   * The decoy checked for unknown names: a hash of a known phrase made once with the parameters
   * above, so that starting the server hashes nothing (an Argon2 hash in a cold JVM took about a
   * quarter of a second of the start). A test keeps its parameters equal to the current ones.
   */
  static final String DECOY =
      "$argon2id$v=19$m=19456,t=2,p=1$33jZjM3jaAugQ6TX86RzPw"
          + "$8zFWYiTGlzU3mupgZhRhI6uepSzxoS1SgnELqJolI30";

  private final Argon2Function function =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID);

  @Override
  public String hash(String password) {
    return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
  }

  @Override
  public String decoyHash() {
    return DECOY;
  }

  @Override
  public boolean verify(String password, String hash) {
    if (hash == null || !hash.startsWith("$argon2")) {
      return false;
    }
    try {
      return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    } catch (RuntimeException malformed) {
      return false;
    }
  }
}
