package com.bolloprint.gateway.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.gateway.support.FakeServices;
import org.junit.jupiter.api.Test;

class CredentialFormatTest {

  @Test
  void wellFormedKeyPasses() {
    String key = FakeServices.newApiToken();
    assertEquals(43, key.length());
    assertTrue(CredentialFormat.apiToken(key).isPresent());
  }

  @Test
  void checksumIsCrc32InBase62() {
    // CRC32("bp_tat_" + 30 x 'A') computed independently with java.util.zip.CRC32
    String body = "bp_tat_" + "A".repeat(30);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(body.getBytes());
    long value = crc.getValue();
    long decoded = 0;
    for (char c : CredentialFormat.checksum(body).toCharArray()) {
      decoded = decoded * 62 + CredentialFormat.BASE62.indexOf(c);
    }
    assertEquals(value, decoded);
  }

  @Test
  void wrongChecksumIsRefused() {
    String key = FakeServices.newApiToken();
    char last = key.charAt(key.length() - 1);
    String tampered = key.substring(0, key.length() - 1) + (last == 'a' ? 'b' : 'a');
    assertFalse(CredentialFormat.apiToken(tampered).isPresent());
  }

  @Test
  void wrongPrefixLengthOrCharsetIsRefused() {
    String key = FakeServices.newApiToken();
    assertFalse(CredentialFormat.apiToken("bp_xxx_" + key.substring(7)).isPresent());
    assertFalse(CredentialFormat.apiToken(key + "0").isPresent());
    assertFalse(
        CredentialFormat.apiToken(key.substring(0, 20) + "-" + key.substring(21)).isPresent());
    assertFalse(CredentialFormat.apiToken(null).isPresent());
  }

  @Test
  void sessionIdNeedsPrefixLengthAndCharset() {
    assertTrue(CredentialFormat.session("bp_ses_" + "a".repeat(40)).isPresent());
    assertFalse(CredentialFormat.session("bp_ses_" + "a".repeat(39)).isPresent());
    assertFalse(CredentialFormat.session("bp_tat_" + "a".repeat(40)).isPresent());
    assertFalse(CredentialFormat.session("bp_ses_" + "a".repeat(39) + "!").isPresent());
  }

  @Test
  void toStringNeverShowsTheSecret() {
    String key = FakeServices.newApiToken();
    Credential credential = CredentialFormat.apiToken(key).orElseThrow();
    assertFalse(credential.toString().contains(key.substring(7)));
  }
}
