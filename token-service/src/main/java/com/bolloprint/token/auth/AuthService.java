package com.bolloprint.token.auth;

import com.bolloprint.token.auth.AuthDtos.Identity;
import com.bolloprint.token.auth.AuthDtos.LoginRequest;
import com.bolloprint.token.auth.AuthDtos.SignedIn;
import com.bolloprint.token.auth.AuthDtos.SignupRequest;
import com.bolloprint.token.common.Checks;
import com.bolloprint.token.common.ProblemException;
import com.bolloprint.token.common.Secrets;
import com.bolloprint.token.common.UniqueViolation;
import com.bolloprint.token.member.Member;
import com.bolloprint.token.member.MemberRepository;
import com.bolloprint.token.member.MemberService;
import com.bolloprint.token.member.PasswordHasher;
import com.bolloprint.token.member.Role;
import com.bolloprint.token.revocation.RevocationLog;
import com.bolloprint.token.session.Session;
import com.bolloprint.token.session.SessionConfig;
import com.bolloprint.token.session.SessionKey;
import com.bolloprint.token.session.SessionRepository;
import com.bolloprint.token.workshop.Workshop;
import com.bolloprint.token.workshop.WorkshopRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** Sign-up, sign-in and sign-out of people. */
@ApplicationScoped
public class AuthService {
  private static final String BAD_CREDENTIALS = "The workshop, email or password is not right";
  private final WorkshopRepository workshops;
  private final MemberRepository members;
  private final SessionRepository sessions;
  private final PasswordHasher passwords;
  private final LoginThrottle throttle;
  private final RevocationLog revocations;
  private final SessionConfig sessionConfig;
  private final SignupConfig signupConfig;
  private final Clock clock;

  @ConfigMapping(prefix = "bolloprint.signup")
  public interface SignupConfig {
    /** Whether anyone may create a workshop through POST /auth/signup. */
    @WithDefault("true")
    boolean enabled();
  }

  public AuthService(
      WorkshopRepository workshops,
      MemberRepository members,
      SessionRepository sessions,
      PasswordHasher passwords,
      LoginThrottle throttle,
      RevocationLog revocations,
      SessionConfig sessionConfig,
      SignupConfig signupConfig,
      Clock clock) {
    this.workshops = workshops;
    this.members = members;
    this.sessions = sessions;
    this.passwords = passwords;
    this.throttle = throttle;
    this.revocations = revocations;
    this.sessionConfig = sessionConfig;
    this.signupConfig = signupConfig;
    this.clock = clock;
  }

  /** Creates a workshop with its first Owner, and signs that Owner in. */
  public Uni<SignedIn> signup(SignupRequest request) {
    if (!signupConfig.enabled()) {
      throw ProblemException.forbidden("Sign-up is turned off on this installation");
    }
    Checks checks = Checks.of(request);
    String workshopName = checks.text("workshopName", request.workshopName(), 100);
    String email = checks.email("email", request.email());
    String name = checks.text("name", request.name(), 100);
    String password = checks.password("password", request.password());
    checks.done();
    return passwords
        .hash(password)
        .chain(
            hash ->
                Panache.withTransaction(
                    () ->
                        createWorkshop(workshopName, email, name, hash)
                            .flatMap(this::openSession)));
  }

  public Uni<SignedIn> login(LoginRequest request, String client) {
    Checks checks = Checks.of(request);
    String slug = checks.text("workshop", request.workshop(), 64);
    String email = checks.text("email", request.email(), 254);
    if (request.password() == null || request.password().isEmpty()) {
      checks.fail("password", "is required");
    }
    checks.done();
    String accountKey = LoginThrottle.accountKey(slug, email);
    String clientKey = LoginThrottle.clientKey(client);
    return throttle
        .check(accountKey, clientKey)
        .chain(() -> Panache.withSession(() -> findMember(slug, email)))
        .chain(
            found ->
                passwords
                    .matches(request.password(), found == null ? null : found.member().passwordHash)
                    .chain(
                        ok -> {
                          if (!ok) {
                            return throttle
                                .failed(accountKey, clientKey)
                                .chain(
                                    () ->
                                        Uni.createFrom()
                                            .failure(
                                                ProblemException.unauthorized(BAD_CREDENTIALS)));
                          }
                          return throttle
                              .succeeded(accountKey)
                              .chain(() -> Panache.withTransaction(() -> openSession(found)));
                        }));
  }

  /** Ends the session of this cookie value, if there is one; always succeeds. */
  public Uni<Void> logout(String sessionKey) {
    if (!SessionKey.isWellFormed(sessionKey)) {
      return Uni.createFrom().voidItem();
    }
    return Panache.withTransaction(
        () ->
            sessions
                .findBySecretHash(Secrets.sha256Hex(sessionKey))
                .call(
                    session -> {
                      if (session == null) {
                        return Uni.createFrom().voidItem();
                      }
                      return sessions
                          .delete(session)
                          .chain(
                              () ->
                                  revocations.record(
                                      "session.ended",
                                      session.workshopId,
                                      "user:" + session.memberId,
                                      session.id));
                    })
                .replaceWithVoid());
  }

  public Uni<Identity> me(UUID workshopId, UUID memberId) {
    return Panache.withSession(
        () ->
            members
                .findInWorkshop(workshopId, memberId)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.unauthorized("This member no longer exists"))
                .flatMap(
                    member -> workshops.findById(workshopId).map(w -> Identity.of(w, member))));
  }

  record Found(Workshop workshop, Member member) {}

  private Uni<Found> findMember(String slug, String email) {
    return workshops
        .findBySlug(slug.toLowerCase(Locale.ROOT))
        .flatMap(
            workshop ->
                workshop == null
                    ? Uni.createFrom().nullItem()
                    : members
                        .findByEmail(workshop.id, email)
                        .map(member -> member == null ? null : new Found(workshop, member)));
  }

  private Uni<Found> createWorkshop(String workshopName, String email, String name, String hash) {
    Workshop workshop = new Workshop();
    workshop.id = UUID.randomUUID();
    workshop.name = workshopName;
    workshop.createdAt = clock.instant();
    String base = slugOf(workshopName);
    return workshops
        .slugTaken(base)
        .map(taken -> taken ? base + "-" + Secrets.randomBase62(5).toLowerCase(Locale.ROOT) : base)
        .invoke(slug -> workshop.slug = slug)
        .chain(() -> workshops.persist(workshop))
        .chain(
            () ->
                members.persist(
                    MemberService.newMember(workshop.id, email, name, Role.OWNER, hash, clock)))
        .call(() -> workshops.flush())
        .onFailure(UniqueViolation::matches)
        .transform(
            e -> ProblemException.conflict("A workshop with this name was just created; try again"))
        .map(owner -> new Found(workshop, owner));
  }

  private Uni<SignedIn> openSession(Found found) {
    Instant now = clock.instant();
    String key = SessionKey.generate();
    Session session = new Session();
    session.id = UUID.randomUUID();
    session.workshopId = found.workshop().id;
    session.memberId = found.member().id;
    session.secretHash = Secrets.sha256Hex(key);
    session.createdAt = now;
    session.lastSeenAt = now;
    session.expiresAt = now.plus(sessionConfig.absoluteLifetime());
    return sessions
        .persist(session)
        .map(ignored -> new SignedIn(Identity.of(found.workshop(), found.member()), key));
  }

  static String slugOf(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (ascii.length() > 48) {
      ascii = ascii.substring(0, 48).replaceAll("-+$", "");
    }
    return ascii.isEmpty() ? "workshop" : ascii;
  }
}
