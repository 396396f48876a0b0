package id.asn.workflow.kernel;

import java.util.List;
import java.util.Objects;

/**
 * A request a feature refuses, with the reason in words the user can act on (and the fields at fault): thrown by
 * services and rules, mapped to an HTTP problem detail by the web layer, which alone knows about status codes.
 */
public class Refusal extends RuntimeException {

  /** Why the request is refused. */
  public enum Kind {
    /** A value is missing or wrong: the fields say which. */
    INVALID,
    /** What the request names does not exist, or is not visible to the user. */
    NOT_FOUND,
    /** The request is valid but the thing is not in a state that allows it. */
    CONFLICT,
    /** The user is known, but this is not their work. */
    FORBIDDEN
  }

  private final Kind kind;
  private final List<FieldProblem> problems;

  private Refusal(Kind kind, String detail, List<FieldProblem> problems) {
    super(detail);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.problems = List.copyOf(problems);
  }

  public static Refusal invalid(List<FieldProblem> problems) {
    return new Refusal(Kind.INVALID, summary(problems), problems);
  }

  public static Refusal invalid(String field, String reason) {
    return invalid(List.of(new FieldProblem(field, reason)));
  }

  public static Refusal notFound(String detail) {
    return new Refusal(Kind.NOT_FOUND, detail, List.of());
  }

  public static Refusal conflict(String detail) {
    return new Refusal(Kind.CONFLICT, detail, List.of());
  }

  public static Refusal forbidden(String detail) {
    return new Refusal(Kind.FORBIDDEN, detail, List.of());
  }

  public Kind kind() {
    return kind;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /** "Permintaan tidak valid: field reason; field reason". */
  public static String summary(List<FieldProblem> problems) {
    StringBuilder text = new StringBuilder("Permintaan tidak valid: ");
    for (int i = 0; i < problems.size(); i++) {
      FieldProblem p = problems.get(i);
      text.append(i == 0 ? "" : "; ").append(p.field()).append(" ").append(p.reason());
    }
    return text.toString();
  }
}
