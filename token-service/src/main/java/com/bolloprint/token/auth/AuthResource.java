package com.bolloprint.token.auth;

import com.bolloprint.token.auth.AuthDtos.Identity;
import com.bolloprint.token.auth.AuthDtos.LoginRequest;
import com.bolloprint.token.auth.AuthDtos.SignedIn;
import com.bolloprint.token.auth.AuthDtos.SignupRequest;
import com.bolloprint.token.common.Caller;
import com.bolloprint.token.session.SessionConfig;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up, sign-in (session cookie), sign-out and "who am I" for people. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in")
public class AuthResource {
  public static final String COOKIE = "bp_session";
  private final AuthService service;
  private final SessionConfig sessions;
  private final Caller caller;

  public AuthResource(AuthService service, SessionConfig sessions, Caller caller) {
    this.service = service;
    this.sessions = sessions;
    this.caller = caller;
  }

  @POST
  @Path("signup")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a workshop and its Owner, and sign the Owner in",
      description =
          "Body {\"workshopName\": \"Bollo Print\", \"email\": \"ada@example.com\","
              + " \"name\": \"Ada\", \"password\": \"correct horse battery\"}")
  public Uni<Response> signup(SignupRequest request) {
    return service.signup(request).map(signedIn -> signedIn(201, signedIn));
  }

  @POST
  @Path("login")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Sign in; sets the bp_session cookie",
      description =
          "Body {\"workshop\": \"bollo-print\", \"email\": \"ada@example.com\", \"password\": \"…\"}")
  public Uni<Response> login(LoginRequest request, @Context HttpServerRequest http) {
    String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    return service.login(request, client).map(signedIn -> signedIn(200, signedIn));
  }

  @POST
  @Path("logout")
  @Operation(summary = "End this session; the cookie stops working at once")
  public Uni<Response> logout(@CookieParam(COOKIE) String sessionKey) {
    return service
        .logout(sessionKey)
        .map(ignored -> Response.noContent().cookie(cookie("", 0)).build());
  }

  @GET
  @Path("me")
  @Authenticated
  @Operation(summary = "Who is signed in")
  public Uni<Identity> me() {
    caller.requirePerson();
    return service.me(caller.workshopId(), caller.memberId());
  }

  private Response signedIn(int status, SignedIn signedIn) {
    int maxAge = (int) sessions.absoluteLifetime().toSeconds();
    return Response.status(status)
        .entity(signedIn.identity())
        .cookie(cookie(signedIn.sessionKey(), maxAge))
        .build();
  }

  private NewCookie cookie(String value, int maxAge) {
    return new NewCookie.Builder(COOKIE)
        .value(value)
        .path("/")
        .httpOnly(true)
        .secure(sessions.secureCookie())
        .sameSite(NewCookie.SameSite.STRICT)
        .maxAge(maxAge)
        .build();
  }
}
