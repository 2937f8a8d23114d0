package com.bolloprint.workshop.audit;

import com.bolloprint.workshop.common.Change;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes audit rows inside the caller's transaction. All rows of one transaction go in one
 * statement ({@code jsonb_to_recordset}), so a 10,000-row import costs one round trip here.
 */
@ApplicationScoped
public class AuditLog {

  private static final String INSERT =
      "insert into audit_log (workshop_id, object_type, object_id, action, actor_type, actor_id,"
          + " actor_name, request_id, at, changes)"
          + " select :w, x.object_type, x.object_id, x.action, :atype, :aid, :aname, :rid,"
          + " cast(cast(:at as text) as timestamptz), x.changes"
          + " from jsonb_to_recordset(cast(cast(:rows as text) as jsonb))"
          + " as x(object_type text, object_id uuid, action text, changes jsonb)";

  private final ObjectMapper mapper;

  public AuditLog(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public Uni<Void> record(Change change, AuditEvent event) {
    return record(change, List.of(event));
  }

  public Uni<Void> record(Change change, List<AuditEvent> events) {
    if (events.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    String rows = rows(events);
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT)
                    .setParameter("w", change.workshopId())
                    .setParameter("atype", change.actor().type())
                    .setParameter("aid", change.actor().subject())
                    .setParameter("aname", change.actor().name())
                    .setParameter("rid", change.actor().requestId())
                    .setParameter("at", change.now().toString())
                    .setParameter("rows", rows)
                    .executeUpdate())
        .replaceWithVoid();
  }

  private String rows(List<AuditEvent> events) {
    List<Map<String, Object>> rows = new ArrayList<>(events.size());
    for (AuditEvent event : events) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("object_type", event.objectType());
      row.put("object_id", event.objectId().toString());
      row.put("action", event.action());
      row.put("changes", event.changes());
      rows.add(row);
    }
    try {
      return mapper.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit rows not serializable", e);
    }
  }
}
