package id.asn.workflow.recruitment;

import java.util.Arrays;
import java.util.Optional;

/** The education level an applicant applies with, as docs/api.md names them. */
public enum Pendidikan {
  SLTA, D2, D3, D4, S1, S2, S3, DOKTER, APOTEKER;

  public static Optional<Pendidikan> of(String text) {
    return Arrays.stream(values()).filter(p -> p.name().equals(text)).findFirst();
  }
}
