package id.asn.workflow.appointment;

import static id.asn.workflow.calendar.TimeLimit.Satuan.BULAN;
import static id.asn.workflow.calendar.TimeLimit.Satuan.HARI_KERJA;
import static id.asn.workflow.calendar.TimeLimit.Satuan.TAHUN;

import id.asn.workflow.calendar.TimeLimits;

/**
 * The appointment's time limits as {@code processes/tenggat.dmn} sets them when a step reads them (Lampiran I VI.A,
 * VI.B; Lampiran II VI, VII.A, VIII.A): working days for the documents, the extra days for distance, the decree
 * after the number, its delivery, the replacement report, the NI PPPK, the PPPK correction and the delivery to
 * BKN; months for the SPMT and the pay proposal; years of probation and of the bar on a CPNS who resigns in it.
 */
record AppointmentTimeLimits(int kelengkapanDokumen, int tambahanLetakGeografis, int penetapanKeputusan,
    int penyampaianKeputusan, int laporanPengganti, int penetapanNiPppk, int perbaikanUsul, int pengirimanKeBkn,
    int spmtBulan, int usulGajiBulan, int masaPercobaanTahun, int laranganSeleksiTahun) {

  static AppointmentTimeLimits from(TimeLimits limits) {
    return new AppointmentTimeLimits(limits.of("kelengkapanDokumen").in(HARI_KERJA),
        limits.of("tambahanLetakGeografis").in(HARI_KERJA), limits.of("penetapanKeputusan").in(HARI_KERJA),
        limits.of("penyampaianKeputusan").in(HARI_KERJA), limits.of("laporanPengganti").in(HARI_KERJA),
        limits.of("penetapanNiPppk").in(HARI_KERJA), limits.of("perbaikanUsul").in(HARI_KERJA),
        limits.of("pengirimanKeBkn").in(HARI_KERJA), limits.of("spmt").in(BULAN), limits.of("usulGaji").in(BULAN),
        limits.of("masaPercobaan").in(TAHUN), limits.of("laranganSeleksiPengunduranDiri").in(TAHUN));
  }
}
