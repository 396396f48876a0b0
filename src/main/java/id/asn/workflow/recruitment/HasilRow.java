package id.asn.workflow.recruitment;

import java.math.BigDecimal;

/** One applicant's line of an announcement: formasi, identity, scores, rank, pass flag and reason. */
public record HasilRow(String kodeFormasi, String jabatan, String kualifikasiPendidikan, String nomorPeserta,
    String nama, String kategori, Integer twk, Integer tiu, Integer tkp, Integer totalSkd, BigDecimal nilaiSkb,
    BigDecimal nilaiAkhir, Integer peringkat, boolean lulus, String alasan) {}
