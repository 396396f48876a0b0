package id.asn.workflow.numbering;

/**
 * All 999 sequences of a prefix are taken. Wrapping round would give a number twice, so allocation stops
 * and a person has to decide (the prefix is in the message).
 */
class NumberRangeExhaustedException extends RuntimeException {

  private final String prefix;

  public NumberRangeExhaustedException(String prefix) {
    super("Nomor urut untuk awalan " + prefix + " sudah habis: " + NomorIndukFormat.MAX_SEQUENCE
        + " nomor telah diberikan, nomor induk tidak dapat dibuat otomatis");
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
