package id.asn.workflow.appointment;

import java.util.List;

/**
 * The oath is witnessed by two PNS whose rank is at least that of the one who swears (Perbup Batang 6/2023
 * Lampiran I VII.C.16).
 */
final class OathWitnesses {

  public static final int REQUIRED = 2;

  private OathWitnesses() {}

  /** Refuses anything but two different witnesses of at least the PNS's rank, naming the witness at fault. */
  public static void check(OathPerson pns, List<OathPerson> saksi) {
    if (pns.golonganRuang() == null) {
      throw new IllegalArgumentException("Pangkat/golongan ruang " + pns.nama() + " yang mengangkat sumpah/janji wajib diisi");
    }
    if (saksi.size() != REQUIRED) {
      throw new IllegalArgumentException("Pengambilan sumpah/janji disaksikan oleh 2 (dua) orang PNS (VII.C.16), "
          + "tercatat " + saksi.size());
    }
    if (saksi.get(0).nip().equals(saksi.get(1).nip())) {
      throw new IllegalArgumentException("Kedua saksi orang yang sama: NIP " + saksi.get(0).nip());
    }
    for (OathPerson witness : saksi) {
      if (witness.nip().equals(pns.nip())) {
        throw new IllegalArgumentException("Saksi " + witness.nama() + " adalah PNS yang mengangkat sumpah/janji sendiri");
      }
      if (witness.golonganRuang() == null) {
        throw new IllegalArgumentException("Pangkat/golongan ruang saksi " + witness.nama() + " wajib diisi");
      }
      if (!witness.golonganRuang().atLeast(pns.golonganRuang())) {
        throw new IllegalArgumentException("Saksi " + witness.nama() + " berpangkat " + witness.golonganRuang().label()
            + ", lebih rendah dari pangkat " + pns.nama() + " (" + pns.golonganRuang().label()
            + "); saksi paling rendah berpangkat sama (VII.C.16)");
      }
    }
  }
}
