package com.bolloprint.gateway.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts {@link E2eCluster} once for all end-to-end tests, and stops it after the last. */
public final class E2eExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    E2eCluster cluster = E2eCluster.get();
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(E2eCluster.class.getName(), k -> cluster);
  }
}
