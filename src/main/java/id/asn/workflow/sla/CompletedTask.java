package id.asn.workflow.sla;

import java.time.Instant;

/**
 * A user task that has just completed, as the engine reports it.
 *
 * @param usulId the process instance's business key (the usul id for pertekNiCasn)
 * @param petugas the assignee, or the user who completed it
 */
public record CompletedTask(String taskId, String proses, String kegiatan, String usulId, String petugas,
    Instant dibuat, Instant selesai) {}
