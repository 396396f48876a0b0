package id.asn.workflow.pertek.officer;

/**
 * The positions Tim Pemroses is made of (POS AP 13/POS.AP/F/2023, step 1 note 1 a–g). A relevant Jabatan Pelaksana
 * (g) is named by the member's record.
 */
public enum TimPemrosesJabatan {
  TERAMPIL("Analis Kepegawaian Pelaksana/Pranata SDM Aparatur Terampil", "a"),
  MAHIR("Analis Kepegawaian Pelaksana Lanjutan/Pranata SDM Aparatur Mahir", "b"),
  PENYELIA("Analis Kepegawaian Penyelia/Pranata SDM Aparatur Penyelia", "c"),
  AHLI_PERTAMA("Analis Kepegawaian Pertama/Analis SDM Aparatur Ahli Pertama", "d"),
  AHLI_MUDA("Analis Kepegawaian Muda/Analis SDM Aparatur Ahli Muda", "e"),
  AHLI_MADYA("Analis Kepegawaian Madya/Analis SDM Aparatur Ahli Madya", "f"),
  JABATAN_PELAKSANA("Jabatan Pelaksana yang relevan", "g");

  private final String label;
  private final String point;

  TimPemrosesJabatan(String label, String point) {
    this.label = label;
    this.point = point;
  }

  public String label() {
    return label;
  }

  /** The letter of the POS's list. */
  public String point() {
    return point;
  }
}
