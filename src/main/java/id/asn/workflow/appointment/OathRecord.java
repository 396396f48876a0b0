package id.asn.workflow.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the berita acara of an oath records (Perbup Batang 6/2023 Lampiran I VII.C.12-21): when and where, the PNS
 * who swears and the wording spoken, the official who takes the oath, the clergy member beside the PNS and the
 * two witnesses. It cannot be made with witnesses the regulation does not allow.
 */
record OathRecord(String nomor, LocalDate tanggal, String tempat, String instansi, OathPerson pns,
    OathWording lafal, OathPerson pejabat, String rohaniwan, List<OathPerson> saksi) {

  public OathRecord {
    Objects.requireNonNull(tanggal, "tanggal");
    Objects.requireNonNull(pns, "PNS yang mengangkat sumpah/janji");
    Objects.requireNonNull(lafal, "lafal sumpah/janji");
    Objects.requireNonNull(pejabat, "pejabat yang mengambil sumpah/janji");
    nomor = nomor == null ? "" : nomor.strip();
    tempat = required(tempat, "Tempat pengambilan sumpah/janji");
    instansi = required(instansi, "Instansi");
    rohaniwan = required(rohaniwan, "Rohaniwan yang mendampingi (VII.C.15)");
    saksi = List.copyOf(saksi);
    OathWitnesses.check(pns, saksi);
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " wajib diisi");
    }
    return value.strip();
  }
}
