package org.probationinspections.persistence.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {

  private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

  @Test
  void hash_isArgon2idWithOwaspParameters_andNeverThePassword() {
    String hash = hasher.hash("correct horse battery");
    assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
    assertFalse(hash.contains("correct horse battery"));
  }

  @Test
  void samePasswordTwice_getsTwoSalts_andBothVerify() {
    String first = hasher.hash("correct horse battery");
    String second = hasher.hash("correct horse battery");
    assertNotEquals(first, second);
    assertTrue(hasher.verify("correct horse battery", first));
    assertTrue(hasher.verify("correct horse battery", second));
  }

  @Test
  void wrongPassword_orMalformedHash_doesNotVerify() {
    String hash = hasher.hash("correct horse battery");
    assertFalse(hasher.verify("correct horse batterY", hash));
    assertFalse(hasher.verify("correct horse battery", "not a hash"));
    assertFalse(hasher.verify("correct horse battery", "$argon2id$broken"));
  }

  @Test
  void decoy_madeInAdvance_hasTheParametersOfAFreshHash_andVerifiesLikeOne() {
    String fresh = hasher.hash("decoy password for unknown names");
    assertEquals(parameters(fresh), parameters(hasher.decoyHash()));
    assertTrue(hasher.verify("decoy password for unknown names", hasher.decoyHash()));
    assertFalse(hasher.verify("another password", hasher.decoyHash()));
  }

  /** "$argon2id$v=19$m=…,t=…,p=…": everything before the salt. */
  private static String parameters(String hash) {
    return hash.substring(0, hash.indexOf('$', hash.indexOf("$m=") + 1));
  }
}
