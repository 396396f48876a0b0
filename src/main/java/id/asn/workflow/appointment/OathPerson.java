package id.asn.workflow.appointment;

/**
 * A person named in the record of an oath: the PNS who swears, the official who takes the oath, a witness. The
 * rank is needed for the PNS and the witnesses (VII.C.16); the position for the official.
 */
record OathPerson(String nama, String nip, GolonganRuang golonganRuang, String jabatan) {

  public OathPerson {
    nama = required(nama, "nama");
    nip = required(nip, "NIP " + nama);
    jabatan = jabatan == null ? "" : jabatan.strip();
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " wajib diisi");
    }
    return value.strip();
  }
}
