package id.asn.workflow.workforce;

import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;

/** One ASN holding a position at the data date; a PPPK with the end of the work agreement. */
record StaffMember(String nip, String nama, String kodeJabatan, JenisAsn jenisAsn, LocalDate tanggalLahir,
    LocalDate akhirPerjanjian) {}
