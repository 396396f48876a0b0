package id.asn.workflow.pertek.officer;

/**
 * A member of Tim Pemroses as recorded: the position from the POS list and, for a relevant Jabatan Pelaksana, its
 * name ({@code namaJabatan}).
 */
public record TimPemrosesMember(String userId, String nama, String nip, TimPemrosesJabatan jabatan,
    String namaJabatan) {

  /** The position as the usul's history prints it. */
  public String position() {
    return jabatan == TimPemrosesJabatan.JABATAN_PELAKSANA ? namaJabatan + " (Jabatan Pelaksana)" : jabatan.label();
  }
}
