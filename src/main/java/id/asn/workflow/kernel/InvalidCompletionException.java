package id.asn.workflow.kernel;

/** A task of the planning completed with a missing or wrong value, or before its data is complete: refused. */
public class InvalidCompletionException extends RuntimeException {

  private final String field;

  public InvalidCompletionException(String field, String reason) {
    super(field + ": " + reason);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
