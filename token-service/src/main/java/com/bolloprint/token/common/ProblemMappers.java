package com.bolloprint.token.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to application/problem+json, once. Nothing internal reaches a client. */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String BEARER_CHALLENGE = "Bearer error=\"invalid_token\"";

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    Response.ResponseBuilder builder = respond(e.problem());
    if (e instanceof ProblemException.RateLimited limited) {
      builder.header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds());
    }
    if (e.status() == 401) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
    }
    return builder.build();
  }

  @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
  public Response unauthenticated(RuntimeException e) {
    return problem(ProblemException.unauthorized("A valid credential is required"));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return problem(ProblemException.forbidden("Your role does not allow this"));
  }

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e) {
    return problem(ProblemException.invalid(path(e), "is not a known field"));
  }

  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return unknownField(unknown);
    }
    if (!e.getPath().isEmpty()) {
      return problem(ProblemException.invalid(path(e), "has the wrong type or format"));
    }
    return problem(
        ProblemException.invalid("body", "must be a JSON object of the documented shape"));
  }

  @ServerExceptionMapper
  public Response badJson(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return problem(ProblemException.invalid(path(mapping), "has the wrong type or format"));
    }
    return respond(
            new Problem(
                "https://bolloprint.com/problems/malformed-json",
                "Malformed JSON",
                400,
                "The request body is not valid JSON",
                null))
        .build();
  }

  @ServerExceptionMapper
  public Response http(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof MismatchedInputException mismatch) {
        return mismatched(mismatch);
      }
      if (cause instanceof JsonProcessingException json) {
        return badJson(json);
      }
    }
    if (status >= 500) {
      return internal(e);
    }
    Response.StatusType info = e.getResponse().getStatusInfo();
    String detail =
        switch (status) {
          case 404 -> "There is nothing at this address";
          case 405 -> "This method is not allowed here";
          case 406 -> "This resource cannot answer in the requested media type";
          case 415 -> "The request body must be application/json";
          default -> info.getReasonPhrase();
        };
    return respond(
            new Problem(
                "https://bolloprint.com/problems/http-" + status,
                info.getReasonPhrase(),
                status,
                detail,
                null))
        .build();
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response internal(Throwable e) {
    LOG.errorf("Unexpected failure: %s", e.getClass().getName());
    return respond(
            new Problem(
                "https://bolloprint.com/problems/internal",
                "Internal Server Error",
                500,
                "Something went wrong on our side; the request can be retried",
                null))
        .build();
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  static Response.ResponseBuilder respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
  }
}
