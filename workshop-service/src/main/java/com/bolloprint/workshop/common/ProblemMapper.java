package com.bolloprint.workshop.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.pgclient.PgException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to {@code application/problem+json}. Client mistakes get a precise 4xx;
 * anything unexpected gets a bare 500 whose detail names no class, SQL or secret.
 */
public class ProblemMapper {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
  public static final String BEARER_CHALLENGE = "Bearer error=\"invalid_token\"";

  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  @ServerExceptionMapper
  public Response api(ApiException e) {
    return response(e.toProblem());
  }

  @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
  public Response unauthorized(RuntimeException e) {
    return Response.status(401)
        .header("WWW-Authenticate", BEARER_CHALLENGE)
        .type(Problem.MEDIA_TYPE)
        .entity(
            Problem.of(
                401,
                "invalid-token",
                "Unauthorized",
                "A valid internal bearer token from the gateway is required"))
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return response(
        Problem.of(403, "forbidden", "Forbidden", "Your role does not allow this operation"));
  }

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e) {
    return response(
        new Problem(
            Problem.TYPE_PREFIX + "validation",
            "Invalid request",
            400,
            "Unknown field '" + e.getPropertyName() + "'",
            List.of(new Problem.FieldError(path(e), "is not a known field"))));
  }

  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e) {
    String message =
        e instanceof InvalidFormatException ife
                && ife.getTargetType() != null
                && ife.getTargetType().isEnum()
            ? "has an unknown value"
            : "has the wrong type or format";
    return response(
        new Problem(
            Problem.TYPE_PREFIX + "validation",
            "Invalid request",
            400,
            "The request body does not match the expected shape",
            List.of(new Problem.FieldError(path(e), message))));
  }

  @ServerExceptionMapper
  public Response badJson(JsonProcessingException e) {
    return response(
        Problem.of(400, "malformed-json", "Malformed JSON", "The request body is not valid JSON"));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status == 401) {
      return unauthorized(e);
    }
    Response.StatusType info = Response.Status.fromStatusCode(status);
    String title = info == null ? "Error" : info.getReasonPhrase();
    String detail =
        switch (status) {
          case 404 -> "No such resource";
          case 405 -> "This method is not allowed on this resource";
          case 406 -> "No acceptable representation";
          case 413 -> "The request body is too large";
          case 415 -> "Unsupported content type";
          default -> title;
        };
    if (status >= 500) {
      LOG.errorf("request failed with status %d: %s", status, e.getClass().getSimpleName());
    }
    return response(Problem.of(status, slug(title), title, detail));
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e) {
    PgException pg = find(e, PgException.class);
    if (pg != null && "23505".equals(pg.getSqlState())) {
      return response(
          Problem.of(409, "duplicate", "Conflict", "An object with the same unique key exists"));
    }
    if (pg != null && ("40001".equals(pg.getSqlState()) || "40P01".equals(pg.getSqlState()))) {
      return response(
          Problem.of(409, "retry", "Conflict", "A concurrent change conflicted; retry"));
    }
    if (pg != null && pg.getSqlState() != null && pg.getSqlState().startsWith("22")) {
      // data exceptions (numeric overflow, value too long, ...): a value the checks let through
      return response(
          Problem.of(400, "invalid-value", "Invalid request", "A value is out of range"));
    }
    ApiException api = find(e, ApiException.class);
    if (api != null) {
      return api(api);
    }
    // class names only: messages and stack traces may carry SQL or data (DESIGN "Errors")
    LOG.errorf("unexpected failure: %s", causes(e));
    return response(
        Problem.of(500, "internal", "Internal error", "The request could not be completed"));
  }

  static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  private static String causes(Throwable e) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (Throwable t = e; t != null && depth < 8; t = t.getCause(), depth++) {
      if (depth > 0) {
        out.append(" <- ");
      }
      out.append(t.getClass().getName());
    }
    return out.toString();
  }

  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.isEmpty() ? "body" : out.toString();
  }

  private static String slug(String title) {
    return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }
}
