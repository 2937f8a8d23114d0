package com.bolloprint.gateway.auth;

import com.bolloprint.gateway.credential.Credential;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A well-formed API token or session id, waiting to be introspected. */
public class CredentialAuthenticationRequest extends BaseAuthenticationRequest {

  private final Credential credential;

  public CredentialAuthenticationRequest(Credential credential) {
    this.credential = credential;
  }

  public Credential credential() {
    return credential;
  }
}
