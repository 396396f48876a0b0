package id.asn.workflow.sla;

import java.time.Instant;

/** A task that passed its standard time while still open. */
record SlaBreach(String taskId, String kegiatan, String usulId, String petugas, Instant dibuatTugas,
    Instant batas, Instant dicatat) {}
