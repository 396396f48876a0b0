package id.asn.workflow.pertek.intake;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.document.UploadedDocument;
import id.asn.workflow.pertek.SelectionReference;
import java.util.List;
import java.util.Map;

/**
 * A multipart usul or correction as read from the request, before the rules judge it.
 *
 * @param form the {@code data} part, or null when it was not sent or could not be read
 * @param documents the file parts, by document type
 * @param problems what was wrong with the parts themselves (unknown names, unreadable JSON, …)
 * @param seleksi the selection reference the data part carries, or null
 * @param usulKolektif the collective proposal the usul belongs to ({@code usulKolektif} of the data part), or null
 */
record UsulUpload(UsulForm form, Map<DocumentType, UploadedDocument> documents, List<FieldProblem> problems,
    SelectionReference seleksi, String usulKolektif) {

  UsulUpload(UsulForm form, Map<DocumentType, UploadedDocument> documents, List<FieldProblem> problems) {
    this(form, documents, problems, null, null);
  }

  boolean isEmpty() {
    return form == null && documents.isEmpty() && problems.isEmpty();
  }
}
