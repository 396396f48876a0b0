package id.asn.workflow.kernel;

/**
 * A task completed with a missing or wrong value, or before its data is complete: refused, whatever client sent
 * it, next to the field it names.
 */
public class InvalidCompletionException extends RuntimeException {

  private final String field;
  private final String reason;

  public InvalidCompletionException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
    this.reason = reason;
  }

  public String field() {
    return field;
  }

  /** Why, without the field: the form names the field by its label. */
  public String reason() {
    return reason;
  }
}
