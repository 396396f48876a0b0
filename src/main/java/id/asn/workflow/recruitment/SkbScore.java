package id.asn.workflow.recruitment;

import java.math.BigDecimal;

/** An applicant's SKB score out of 100. */
record SkbScore(String nomorPeserta, BigDecimal nilaiSkb) {}
