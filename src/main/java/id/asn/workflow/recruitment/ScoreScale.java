package id.asn.workflow.recruitment;

/**
 * The highest score of each exam in one budget year, the weights of the PNS final score and how many times a
 * formasi's vacancies may sit the SKB, as {@code processes/nilai-seleksi.dmn} sets them: SKD TWK, TIU, TKP and SKB;
 * PPPK technical, managerial + socio-cultural and interview; SKD and SKB weights; the SKB quota (Lampiran I
 * V.C.3.c.2, V.D.2.d).
 */
public record ScoreScale(int twk, int tiu, int tkp, int skb, int teknis, int manajerialSosialKultural, int wawancara,
    int bobotSkd, int bobotSkb, int kuotaSkb) {

  public int skdTotal() {
    return twk + tiu + tkp;
  }

  /** The PNS integrated final score of the year (Lampiran I V.D.4). */
  IntegrationFormula integration() {
    return new IntegrationFormula(bobotSkd, skdTotal(), bobotSkb, skb);
  }
}
