package com.bolloprint.token.apitoken;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.token.common.Secrets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenKeyTest {

  @Test
  void generatedKeysHaveThePrefixLengthCharsetAndAValidChecksum() {
    for (int i = 0; i < 1_000; i++) {
      String key = TokenKey.generate();
      assertTrue(key.startsWith("bp_tat_"), key);
      assertEquals(43, key.length());
      assertTrue(key.substring(7).matches("[0-9A-Za-z]{36}"), key);
      assertTrue(TokenKey.isWellFormed(key), key);
    }
  }

  @Test
  void everySingleCharacterChangeOfAValidKeyIsRefused() {
    String key = TokenKey.generate();
    String alphabet = Secrets.BASE62 + "_-+/=. ";
    int variants = 0;
    for (int position = 0; position < key.length(); position++) {
      for (char c : alphabet.toCharArray()) {
        if (c == key.charAt(position)) {
          continue;
        }
        String changed = key.substring(0, position) + c + key.substring(position + 1);
        assertFalse(TokenKey.isWellFormed(changed), changed);
        variants++;
      }
    }
    assertTrue(variants > 2_500, "checked " + variants + " variants");
  }

  @Test
  void wrongPrefixLengthOrCharsetIsRefused() {
    String key = TokenKey.generate();
    assertFalse(TokenKey.isWellFormed(null));
    assertFalse(TokenKey.isWellFormed(""));
    assertFalse(TokenKey.isWellFormed("bp_pat_" + key.substring(7)));
    assertFalse(TokenKey.isWellFormed(key + "0"));
    assertFalse(TokenKey.isWellFormed(key.substring(0, 42)));
    String body = "bp_tat_" + "é".repeat(30);
    assertFalse(TokenKey.isWellFormed(body + TokenKey.checksum(body)));
  }

  @Test
  void theChecksumIsSixBase62DigitsOfCrc32() {
    String body = "bp_tat_" + "a".repeat(30);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(body.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    long decoded = 0;
    for (char c : TokenKey.checksum(body).toCharArray()) {
      decoded = decoded * 62 + Secrets.BASE62.indexOf(c);
    }
    assertEquals(crc.getValue(), decoded);
  }

  @Test
  void generatedKeysNeverRepeatOverALargeSample() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      assertTrue(seen.add(TokenKey.generate()), "a key repeated after " + i);
    }
  }

  @Test
  void theHintShowsOnlyTheStartOfTheKey() {
    String key = TokenKey.generate();
    assertEquals(key.substring(0, 11) + "…", TokenKey.hint(key));
  }
}
