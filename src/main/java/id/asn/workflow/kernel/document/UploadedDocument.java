package id.asn.workflow.kernel.document;

import id.asn.workflow.kernel.DocumentType;

/** One document of a usul as it arrived: the name the operator's file had and its bytes. */
public record UploadedDocument(DocumentType type, String fileName, byte[] content) {

  public int size() {
    return content.length;
  }
}
