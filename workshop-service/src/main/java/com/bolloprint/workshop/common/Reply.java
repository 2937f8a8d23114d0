package com.bolloprint.workshop.common;

/** A create's answer when it is not a plain 201 (bulk imports answer 200 or 422). */
public record Reply(int status, Object body) {}
