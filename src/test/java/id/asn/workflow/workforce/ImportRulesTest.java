package id.asn.workflow.workforce;

import id.asn.workflow.support.ShippedEffectiveHours;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.asn.workflow.tabular.ImportResult;
import id.asn.workflow.tabular.RowProblem;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every import reports every bad row with its line (the header is line 1) and keeps nothing when one is bad. */
class ImportRulesTest {

  @Nested
  class Units {

    @Test
    void aTreeOfUnitsInFileOrder() {
      ImportResult<OrgUnit> result = UnitImport.read("kodeUnit,namaUnit,kodeIndukUnit\nSETDA,Sekretariat Daerah,\n"
          + "SETDA.ORG,Bagian Organisasi,SETDA\n");
      assertThat(result.problems()).isEmpty();
      assertThat(result.rows()).containsExactly(new OrgUnit("SETDA", "Sekretariat Daerah", null, 1),
          new OrgUnit("SETDA.ORG", "Bagian Organisasi", "SETDA", 2));
    }

    @Test
    void everyBadRowIsReportedAndNoneKept() {
      ImportResult<OrgUnit> result = UnitImport.read("""
          kodeUnit,namaUnit,kodeIndukUnit
          A,Unit A,
          A,Unit A lagi,
          B,,A
          C,Unit C,TIDAKADA
          D,Unit D,E
          E,Unit E,D
          kode salah,Unit,
          """);
      assertThat(result.rows()).isEmpty();
      assertThat(result.problems()).extracting(RowProblem::baris, RowProblem::kolom).containsExactly(
          tuple(3, "kodeUnit"), tuple(4, "namaUnit"), tuple(5, "kodeIndukUnit"), tuple(6, "kodeIndukUnit"),
          tuple(7, "kodeIndukUnit"), tuple(8, "kodeUnit"));
      assertThat(result.problems().get(0).alasan()).contains("baris 2");
      assertThat(result.problems().get(3).alasan()).contains("melingkar");
    }
  }

  @Nested
  class Positions {

    private final Set<String> units = Set.of("SETDA", "BKPSDM");

    @Test
    void aPositionWithItsJobInformation() {
      ImportResult<Position> result = PositionImport.read("""
          kodeJabatan,namaJabatan,kodeUnit,jenisJabatan,jenjang,kelasJabatan,ikhtisarJabatan
          ASDM,Analis SDM Aparatur Ahli Muda,BKPSDM,jf,ahli muda,11,Menganalisis kebutuhan pegawai
          """, units);
      assertThat(result.problems()).isEmpty();
      assertThat(result.rows()).singleElement().satisfies(p -> {
        assertThat(p.jenjang()).isEqualTo(Jenjang.AHLI_MUDA);
        assertThat(p.jenis()).isEqualTo(JenisJabatan.JF);
        assertThat(p.kualifikasiPendidikan()).isNull();
      });
    }

    @Test
    void unknownUnitsLevelsOfAnotherKindAndClassesOutOfRangeAreRefused() {
      ImportResult<Position> result = PositionImport.read("""
          kodeJabatan,namaJabatan,kodeUnit,jenisJabatan,jenjang,kelasJabatan,ikhtisarJabatan
          A,Jabatan A,DINAS,JA,PELAKSANA,5,Tugas
          B,Jabatan B,SETDA,JA,AHLI_MUDA,5,Tugas
          C,Jabatan C,SETDA,JX,PELAKSANA,5,Tugas
          D,Jabatan D,SETDA,JA,PELAKSANA,18,Tugas
          E,Jabatan E,SETDA,JA,PELAKSANA,5,
          E,Jabatan E lagi,SETDA,JA,PELAKSANA,5,Tugas
          """, units);
      assertThat(result.rows()).isEmpty();
      assertThat(result.problems()).extracting(RowProblem::baris, RowProblem::kolom).containsExactly(
          tuple(2, "kodeUnit"), tuple(3, "jenjang"), tuple(4, "jenisJabatan"), tuple(5, "kelasJabatan"),
          tuple(6, "ikhtisarJabatan"));
      assertThat(result.problems().get(1).alasan()).contains("ADMINISTRATOR, PENGAWAS, PELAKSANA");
    }
  }

  @Nested
  class Tasks {

    @Test
    void volumesAndNormsArePositiveDecimalsOfPositionsThatExist() {
      ImportResult<PositionTask> result = TaskImport.read("""
          kodeJabatan,uraianTugas,satuanHasil,volumePerTahun,normaWaktuMenit
          ASDM,Memverifikasi berkas,berkas,1200,45
          ASDM,Menyusun laporan,laporan,12.5,600
          LAIN,Tugas,berkas,1,1
          ASDM,Tugas nol,berkas,0,10
          ASDM,Tugas koma,berkas,"1,5",10
          ASDM,Tugas desimal,berkas,1.505,10
          ASDM,Tugas lama,berkas,1,75001
          ASDM,memverifikasi berkas,berkas,1,1
          """, Set.of("ASDM"), ShippedEffectiveHours.HOURS);
      assertThat(result.rows()).isEmpty();
      assertThat(result.problems()).extracting(RowProblem::baris, RowProblem::kolom).containsExactly(
          tuple(4, "kodeJabatan"), tuple(5, "volumePerTahun"), tuple(6, "volumePerTahun"), tuple(7, "volumePerTahun"),
          tuple(8, "normaWaktuMenit"), tuple(9, "uraianTugas"));
    }
  }

  @Nested
  class Staff {

    private final Map<String, Position> positions = Map.of(
        "ADM", new Position("ADM", "Pengadministrasi", "U", Jenjang.PELAKSANA, 5, null, "x", 1),
        "MADYA", new Position("MADYA", "Analis Ahli Madya", "U", Jenjang.AHLI_MADYA, 12, null, "x", 2));
    private final Map<Jenjang, Integer> bup = Map.of(Jenjang.PELAKSANA, 58, Jenjang.AHLI_MADYA, 60);

    private ImportResult<StaffMember> read(String csv) {
      return StaffImport.read(csv, LocalDate.of(2025, 12, 31), positions, p -> bup.get(p.jenjang()), 18);
    }

    @Test
    void pnsAndPppkAtTheDataDate() {
      ImportResult<StaffMember> result = read("""
          nip,nama,kodeJabatan,jenisAsn,tanggalLahir,akhirPerjanjian
          19670517 199203 1 003,Suparman,MADYA,PNS,1967-05-17,
          199209092024212001,Dewi Anggraeni,ADM,pppk,1992-09-09,2028-12-31
          """);
      assertThat(result.problems()).isEmpty();
      assertThat(result.rows()).extracting(StaffMember::nip).containsExactly("196705171992031003", "199209092024212001");
    }

    @Test
    void everyReasonARowIsNotCurrentStaffIsReported() {
      ImportResult<StaffMember> result = read("""
          nip,nama,kodeJabatan,jenisAsn,tanggalLahir,akhirPerjanjian
          196705171992031003,Beda Tanggal,MADYA,PNS,1967-05-18,
          12345,Nip Pendek,ADM,PNS,1980-01-01,
          196710051990031001,Sudah Pensiun,ADM,PNS,1967-10-05,
          199209092024212001,Tanpa Akhir,ADM,PPPK,1992-09-09,
          199209092024212002,Sudah Berakhir,ADM,PPPK,1992-09-09,2025-12-31
          198001012005011001,Pns Berakhir,ADM,PNS,1980-01-01,2030-01-01
          198001012005011002,Jabatan Lain,KEPALA,PNS,1980-01-01,
          198001012005011003,Jenis Lain,ADM,CPNS,1980-01-01,
          198001012005011004,,ADM,PNS,1980-01-01,
          198001012005011005,Ganda,ADM,PNS,1980-01-01,
          198001012005011005,Ganda Lagi,ADM,PNS,1980-01-01,
          201001012005011001,Terlalu Muda,ADM,PNS,2010-01-01,
          """);
      assertThat(result.rows()).isEmpty();
      assertThat(result.problems()).extracting(RowProblem::baris, RowProblem::kolom).containsExactly(
          tuple(2, "nip"), tuple(3, "nip"), tuple(4, "tanggalLahir"), tuple(5, "akhirPerjanjian"),
          tuple(6, "akhirPerjanjian"), tuple(7, "akhirPerjanjian"), tuple(8, "kodeJabatan"), tuple(9, "jenisAsn"),
          tuple(10, "nama"), tuple(12, "nip"), tuple(13, "tanggalLahir"));
      assertThat(result.problems().get(2).alasan()).contains("sudah pensiun sejak 2025-11-01", "58 tahun");
    }
  }
}
