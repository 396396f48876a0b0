package id.asn.workflow.pertek;

import java.math.BigDecimal;

/**
 * The selection a usul rests on (Lampiran I VI.A.5.a, II VI.5.a): the recruitment period, the formasi code, the
 * candidate's final result and rank. The appointment fills it from this system's records; an instansi sending a usul
 * over the API may leave it out, and the pre-check then says the usul cannot be matched.
 */
public record SelectionReference(String periodeId, String kodeFormasi, BigDecimal nilaiAkhir, Integer peringkat) {}
