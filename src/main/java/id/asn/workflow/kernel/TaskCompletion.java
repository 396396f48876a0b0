package id.asn.workflow.kernel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user task completing: the id of what it works on, the task's id, the form's values, who completes it (null
 * when nobody claimed it) and when, as a Jakarta day and as an instant.
 */
public record TaskCompletion(String id, String task, CompletionValues values, String user, LocalDate today,
    Instant now) {}
