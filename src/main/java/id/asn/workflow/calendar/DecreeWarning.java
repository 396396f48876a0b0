package id.asn.workflow.calendar;

import java.util.List;

/** Years without an entered holiday decree that operators should hear about, and what to tell them. */
record DecreeWarning(List<Integer> tahunBelumDitetapkan, String peringatan) {

  public DecreeWarning {
    tahunBelumDitetapkan = List.copyOf(tahunBelumDitetapkan);
  }
}
