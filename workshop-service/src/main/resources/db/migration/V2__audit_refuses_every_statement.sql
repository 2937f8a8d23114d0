-- Row-level security already hides audit rows from UPDATE and DELETE (no policy allows them), so a
-- row trigger would never see a row. Refuse the statement itself, whoever runs it and whatever
-- it matches, so an attempt fails loudly instead of silently changing nothing.
drop trigger audit_log_no_update_delete on audit_log;
create trigger audit_log_no_update_delete before update or delete on audit_log
    for each statement execute function audit_log_is_append_only();
