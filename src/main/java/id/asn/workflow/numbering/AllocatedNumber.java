package id.asn.workflow.numbering;

import java.time.Instant;

/** A number as recorded: to whom it was given, and whether and why it was cancelled. */
record AllocatedNumber(
    NomorInduk nomorInduk,
    String usulId,
    NumberStatus status,
    String alasanBatal,
    Instant dibuat,
    Instant dibatalkan) {
}
