package id.asn.workflow.appointment;

import java.time.LocalDate;
import java.util.List;

/**
 * A call-up announcement as recorded (table pengangkatan_pengumuman) with the candidates it calls: the documents of
 * VI.A.2 are due 15 working days after {@code tanggal}; candidates attend between the two days, at the time and place.
 */
record CallUpNotice(String id, String periodeId, String instansi, String nomor, LocalDate tanggal,
    LocalDate kehadiranMulai, LocalDate kehadiranSelesai, String waktu, String tempat, String media,
    List<String> peserta) {}
