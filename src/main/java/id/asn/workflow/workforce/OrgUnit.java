package id.asn.workflow.workforce;

/** An organisation unit of the instansi; the root units have no parent. {@code urutan} is the order of the import. */
record OrgUnit(String kode, String nama, String kodeInduk, int urutan) {}
