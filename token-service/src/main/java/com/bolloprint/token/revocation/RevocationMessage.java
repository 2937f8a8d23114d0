package com.bolloprint.token.revocation;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The data of one revocation event on the stream (see DESIGN "Revocation"). */
@RegisterForReflection
public record RevocationMessage(
    long id, String type, String tenant, String sub, String sid, String at) {}
