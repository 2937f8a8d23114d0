package com.bolloprint.gateway.credential;

/** How a credential reached the gateway. */
public enum CredentialKind {
  /** {@code Authorization: Bearer bp_tat_…}. */
  API_TOKEN,
  /** The {@code bp_session} cookie. */
  SESSION
}
