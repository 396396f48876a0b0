package id.asn.workflow.workforce;

/**
 * A position in a unit with its job information (informasi jabatan, from the job analysis): kind, level,
 * job class (kelas jabatan 1-17), required education and summary of duties.
 */
record Position(String kode, String nama, String kodeUnit, Jenjang jenjang, int kelasJabatan,
    String kualifikasiPendidikan, String ikhtisar, int urutan) {

  public JenisJabatan jenis() {
    return jenjang.jenis();
  }
}
