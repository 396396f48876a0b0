package id.asn.workflow.kernel.document;

import id.asn.workflow.kernel.DocumentType;

/** The name a stored document keeps: the operator's own file name, made safe to show and to send back. */
public final class FileNames {

  private static final int MAX_LENGTH = 255;

  private FileNames() {}

  public static String safe(String submitted, DocumentType type) {
    String name = submitted == null ? "" : submitted;
    // some browsers send the whole path of the file on the operator's computer
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    // control characters, invisible format characters (a right-to-left override makes "fdp.exe" show as "exe.pdf")
    // and broken UTF-16 go; so do quotes, which would end the name in a Content-Disposition header
    name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Cs}\"]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return type.name().toLowerCase() + (type.format() == DocumentType.Format.JPEG ? ".jpg" : ".pdf");
    }
    if (name.length() > MAX_LENGTH) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
      name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
    }
    return name;
  }
}
