package id.asn.workflow.workforce;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.numbering.NomorIndukFormat;
import id.asn.workflow.tabular.Cells;
import id.asn.workflow.tabular.Csv;
import id.asn.workflow.tabular.ImportResult;
import id.asn.workflow.tabular.RowProblem;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The ASN holding each position at the data date (31 December of the previous year):
 * {@code nip,nama,kodeJabatan,jenisAsn,tanggalLahir[,akhirPerjanjian]}. The NIP or NI PPPK must be a valid
 * number whose birth date is the row's; a PPPK needs the end of the agreement, a PNS has none. Nobody
 * already retired or out of agreement at the data date is current staff.
 */
final class StaffImport {

  public static final List<String> REQUIRED = List.of("nip", "nama", "kodeJabatan", "jenisAsn", "tanggalLahir");
  public static final List<String> OPTIONAL = List.of("akhirPerjanjian");

  private StaffImport() {}

  /**
   * @param retirementAge the retirement age (BUP) of a known position code
   */
  /** {@code minAge}: the youngest an ASN can be, the lower of the PNS and PPPK application ages. */
  public static ImportResult<StaffMember> read(String csv, LocalDate dataDate, Map<String, Position> positions,
      ToIntFunction<Position> retirementAge, int minAge) {
    List<RowProblem> problems = new ArrayList<>();
    List<StaffMember> staff = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (Csv.Row row : Csv.read(csv, REQUIRED, OPTIONAL, problems)) {
      Cells cells = new Cells(row, problems);
      int before = problems.size();
      Optional<JenisAsn> jenis = jenisAsn(row, cells);
      Optional<String> nama = cells.text("nama", 200, true);
      Optional<String> kode = cells.code("kodeJabatan");
      Position position = kode.map(positions::get).orElse(null);
      if (kode.isPresent() && position == null) {
        cells.problem("kodeJabatan", positions.isEmpty() ? "belum ada jabatan: impor jabatan dahulu"
            : "jabatan " + kode.get() + " tidak ada di data jabatan");
      }
      Optional<LocalDate> lahir = cells.date("tanggalLahir", true);
      Optional<LocalDate> akhir = cells.date("akhirPerjanjian", false);
      String nip = row.get("nip").replaceAll("\\s+", "");
      checkNip(nip, jenis, lahir, cells);
      if (!nip.isEmpty() && lineOf.containsKey(nip)) {
        cells.problem("nip", "NIP " + nip + " sudah ada di baris " + lineOf.get(nip));
      } else if (!nip.isEmpty()) {
        lineOf.put(nip, row.line());
      }
      lahir.ifPresent(date -> {
        if (Period.between(date, dataDate).getYears() < minAge) {
          cells.problem("tanggalLahir", "per " + dataDate + " belum berusia " + minAge + " tahun");
        }
      });
      jenis.ifPresent(j -> checkStillServing(j, lahir, akhir, position, dataDate, retirementAge, row, cells));
      if (problems.size() == before) {
        staff.add(new StaffMember(nip, nama.get(), kode.get(), jenis.get(), lahir.get(), akhir.orElse(null)));
      }
    }
    return new ImportResult<>(problems.isEmpty() ? staff : List.of(), problems);
  }

  private static Optional<JenisAsn> jenisAsn(Csv.Row row, Cells cells) {
    String text = row.get("jenisAsn").toUpperCase(Locale.ROOT);
    try {
      return Optional.of(JenisAsn.valueOf(text));
    } catch (IllegalArgumentException e) {
      cells.problem("jenisAsn", text.isEmpty() ? "wajib diisi: PNS atau PPPK" : "harus PNS atau PPPK, bukan '"
          + row.get("jenisAsn") + "'");
      return Optional.empty();
    }
  }

  private static void checkNip(String nip, Optional<JenisAsn> jenis, Optional<LocalDate> lahir, Cells cells) {
    if (nip.isEmpty()) {
      cells.problem("nip", "wajib diisi");
      return;
    }
    List<String> nipProblems = NomorIndukFormat.problems(nip, jenis.orElse(JenisAsn.PPPK));
    nipProblems.forEach(p -> cells.problem("nip", p));
    if (nipProblems.isEmpty() && lahir.isPresent()
        && !nip.startsWith(lahir.get().toString().replace("-", ""))) {
      cells.problem("nip", "tanggal lahir di NIP (" + nip.substring(0, 8) + ") tidak sama dengan tanggalLahir "
          + lahir.get());
    }
  }

  private static void checkStillServing(JenisAsn jenis, Optional<LocalDate> lahir, Optional<LocalDate> akhir,
      Position position, LocalDate dataDate, ToIntFunction<Position> retirementAge, Csv.Row row, Cells cells) {
    if (jenis == JenisAsn.PPPK) {
      if (akhir.isEmpty() && row.get("akhirPerjanjian").isEmpty()) {
        cells.problem("akhirPerjanjian", "wajib diisi untuk PPPK: tanggal berakhirnya perjanjian kerja (YYYY-MM-DD)");
      }
      akhir.filter(date -> !date.isAfter(dataDate)).ifPresent(date -> cells.problem("akhirPerjanjian",
          "perjanjian kerja berakhir " + date + ", sebelum atau pada tanggal data " + dataDate
              + ": bukan lagi pegawai pada tanggal itu"));
      return;
    }
    if (!row.get("akhirPerjanjian").isEmpty()) {
      cells.problem("akhirPerjanjian", "hanya untuk PPPK; kosongkan untuk PNS");
    }
    if (lahir.isPresent() && position != null) {
      int bup = retirementAge.applyAsInt(position);
      LocalDate pensiun = RetirementDate.of(lahir.get(), bup);
      if (!pensiun.isAfter(dataDate)) {
        cells.problem("tanggalLahir", "sudah pensiun sejak " + pensiun + " (batas usia pensiun " + bup + " tahun untuk "
            + position.jenjang().label() + "): bukan lagi pegawai pada " + dataDate);
      }
    }
  }
}
