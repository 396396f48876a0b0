package id.asn.workflow.appointment;

/** A length of service as a decree states it: whole years and months. */
record MasaKerja(int tahun, int bulan) {

  public static final MasaKerja NOL = new MasaKerja(0, 0);

  public MasaKerja {
    if (tahun < 0 || bulan < 0 || bulan > 11) {
      throw new IllegalArgumentException("masa kerja tidak sah: " + tahun + " tahun " + bulan + " bulan");
    }
  }

  static MasaKerja ofMonths(int months) {
    return new MasaKerja(months / 12, months % 12);
  }

  public int totalBulan() {
    return tahun * 12 + bulan;
  }

  @Override
  public String toString() {
    return tahun + " tahun " + bulan + " bulan";
  }
}
