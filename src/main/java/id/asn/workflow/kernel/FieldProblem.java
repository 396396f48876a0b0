package id.asn.workflow.kernel;

/** One invalid field of a request, named as the client sent it, with the reason in words a person can act on. */
public record FieldProblem(String field, String reason) {}
