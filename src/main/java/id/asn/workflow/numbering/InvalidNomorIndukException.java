package id.asn.workflow.numbering;

import id.asn.workflow.kernel.JenisAsn;
import java.util.List;

/** A text that is not a valid NIP or NI PPPK; each reason names the digits at fault. */
class InvalidNomorIndukException extends IllegalArgumentException {

  private final List<String> reasons;

  public InvalidNomorIndukException(String nomor, JenisAsn jenis, List<String> reasons) {
    super("Nomor induk " + jenis + " '" + nomor + "' tidak sah: " + String.join("; ", reasons));
    this.reasons = List.copyOf(reasons);
  }

  public List<String> reasons() {
    return reasons;
  }
}
