package id.asn.workflow.pertek;

/** A task completed with a missing or wrong value: refused, whatever client sent it. */
public class InvalidDecisionException extends RuntimeException {

  private final String field;

  public InvalidDecisionException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
