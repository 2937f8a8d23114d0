package com.bolloprint.token.member;

import com.bolloprint.token.common.Caller;
import com.bolloprint.token.member.MemberDtos.CreateMemberRequest;
import com.bolloprint.token.member.MemberDtos.MemberPage;
import com.bolloprint.token.member.MemberDtos.MemberView;
import com.bolloprint.token.member.MemberDtos.UpdateMemberRequest;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** The people of a workshop, managed by its Admins (non-owners) and Owners (everyone). */
@Path("/api/members")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {
  private final MemberService service;
  private final Caller caller;

  public MemberResource(MemberService service, Caller caller) {
    this.service = service;
    this.caller = caller;
  }

  @GET
  @Operation(summary = "List the workshop's members")
  public Uni<MemberPage> list() {
    caller.requireManager();
    return service.list(caller.workshopId());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @ResponseStatus(201)
  @Operation(
      summary = "Add a member",
      description = "Body {\"email\", \"name\", \"role\": \"worker\", \"password\"}")
  public Uni<MemberView> create(CreateMemberRequest request) {
    caller.requireManager();
    return service.create(caller.workshopId(), actorRole(), request);
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rename a member or change their role")
  public Uni<MemberView> update(@PathParam("id") UUID id, UpdateMemberRequest request) {
    caller.requireManager();
    return service.update(caller.workshopId(), actorRole(), id, request);
  }

  @DELETE
  @Path("{id}")
  @ResponseStatus(204)
  @Operation(summary = "Remove a member; their sessions end at once")
  public Uni<Void> remove(@PathParam("id") UUID id) {
    caller.requireManager();
    return service.remove(caller.workshopId(), actorRole(), id);
  }

  private Role actorRole() {
    return Role.parse(caller.role()).orElseThrow();
  }
}
