package id.asn.workflow.demo;

import id.asn.workflow.pertek.intake.UsulForm;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Plausible candidates for the demo simulator: names, places and posts of Central Java regencies, a NIK that
 * agrees with the birth date and gender, a random participant number. Never used outside the demo profile.
 */
final class SimulatedCandidates {

  private static final String[] GIVEN_L = {"Agus", "Budi", "Dimas", "Eko", "Fajar", "Hadi", "Joko", "Rizki", "Taufik",
      "Wahyu"};
  private static final String[] GIVEN_P = {"Ayu", "Dewi", "Fitri", "Indah", "Lestari", "Nur", "Putri", "Rina", "Siti",
      "Wulan"};
  private static final String[] FAMILY = {"Prasetyo", "Saputra", "Hidayat", "Wibowo", "Rahmawati", "Kurniawan",
      "Santoso", "Utami", "Nugroho", "Permatasari"};
  private static final String[] PLACES = {"Batang", "Pekalongan", "Pemalang", "Kendal", "Semarang", "Tegal"};
  private static final String[][] POSTS = {
      {"S1", "Analis Kebijakan Ahli Pertama", "Badan Perencanaan Pembangunan Daerah"},
      {"S1", "Guru Ahli Pertama", "Dinas Pendidikan dan Kebudayaan"},
      {"D3", "Pranata Komputer Terampil", "Dinas Komunikasi dan Informatika"},
      {"D3", "Perawat Terampil", "Rumah Sakit Umum Daerah"},
      {"S1", "Penata Kelola Pemerintahan Ahli Pertama", "Sekretariat Daerah"},
      {"DOKTER", "Dokter Ahli Pertama", "Dinas Kesehatan"}};

  private SimulatedCandidates() {}

  public static UsulForm next(SplittableRandom random) {
    boolean woman = random.nextBoolean();
    LocalDate born = LocalDate.of(1985 + random.nextInt(16), 1 + random.nextInt(12), 1 + random.nextInt(28));
    String[] post = POSTS[random.nextInt(POSTS.length)];
    boolean pppk = random.nextInt(4) == 0;
    String name = (woman ? GIVEN_P : GIVEN_L)[random.nextInt(10)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    int day = born.getDayOfMonth() + (woman ? 40 : 0);
    String nik = "3325" + String.format("%02d", 1 + random.nextInt(15)) + String.format("%02d", day)
        + String.format("%02d%02d", born.getMonthValue(), born.getYear() % 100)
        + String.format("%04d", 1 + random.nextInt(9999));
    String nomorPeserta = String.valueOf(random.nextLong(10_000_000_000_000L, 99_999_999_999_999L));
    return new UsulForm(pppk ? "PPPK" : "PNS", nomorPeserta, nik, name, PLACES[random.nextInt(PLACES.length)],
        born.toString(), woman ? "P" : "L", post[0], post[1], post[2], "2025-0" + (1 + random.nextInt(9)) + "-01",
        "ISLAM");
  }
}
