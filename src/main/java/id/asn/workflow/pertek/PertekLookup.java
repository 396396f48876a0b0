package id.asn.workflow.pertek;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Extension point for the Pertek of a usul, shown in {@code GET /api/usul-ni/{id}} once issued. The piece
 * that keeps the signed Pertek implements this as a Spring bean; until one exists, no usul shows a Pertek.
 */
public interface PertekLookup {

  Optional<PertekRef> findByUsulId(String usulId);

  /** What the instansi sees of an issued Pertek; {@code url} is where to download it (/api/pertek/{usulId}.pdf, docs/pertek.md). */
  record PertekRef(String nomor, LocalDate tanggal, String url) {}
}
