package id.asn.workflow.recruitment;

import java.util.Map;

/**
 * Who may not apply in a budget year's PNS selection because they resigned as CPNS during probation (Lampiran I
 * VI.B.8); implemented by the appointment, which records the barred year with the dismissal.
 */
public interface BarredApplicants {

  /** NIK → the reason, for everyone barred from the PNS selection of {@code tahun}. */
  Map<String, String> barredIn(int tahun);
}
