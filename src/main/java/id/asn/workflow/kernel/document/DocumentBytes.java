package id.asn.workflow.kernel.document;

import id.asn.workflow.kernel.DocumentType;

/**
 * What the bytes of an uploaded document are: a renamed Word file is not a PDF, and a file must end as its format
 * ends, so that an archive glued behind a real header (a ZIP disguised as a PDF or a JPEG) is refused. Nothing is
 * ever unpacked, so a compressed bomb costs only its stored size.
 */
final class DocumentBytes {

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PDF_END = {'%', '%', 'E', 'O', 'F'};
  private static final byte[] JPEG_END = {(byte) 0xFF, (byte) 0xD9};
  /** The fixed part of a ZIP's end-of-central-directory record; its comment (up to 65535 bytes) follows. */
  private static final int ZIP_END_RECORD = 22;

  private DocumentBytes() {}

  static boolean hasFormat(byte[] content, DocumentType.Format format) {
    return switch (format) {
      case PDF -> startsWith(content, PDF_MAGIC);
      case JPEG -> startsWith(content, JPEG_MAGIC);
    };
  }

  /**
   * Whether the bytes end as the format ends: a PDF with %%EOF, a JPEG with its end-of-image marker, followed at
   * most by the whitespace or zero bytes some programs pad with.
   */
  static boolean isWhole(byte[] content, DocumentType.Format format) {
    int end = content.length;
    while (end > 0 && isPadding(content[end - 1])) {
      end--;
    }
    return switch (format) {
      case PDF -> endsWith(content, end, PDF_END);
      case JPEG -> endsWith(content, end, JPEG_END);
    };
  }

  /**
   * Whether an unzip program would open the bytes as an archive: an end-of-central-directory record whose comment
   * reaches exactly the end of the file. That is how a ZIP hides behind a real header and its own %%EOF.
   */
  static boolean isZipArchive(byte[] content) {
    int earliest = Math.max(0, content.length - ZIP_END_RECORD - 0xFFFF);
    for (int i = content.length - ZIP_END_RECORD; i >= earliest; i--) {
      if (content[i] == 'P' && content[i + 1] == 'K' && content[i + 2] == 5 && content[i + 3] == 6) {
        int commentLength = (content[i + 20] & 0xFF) | (content[i + 21] & 0xFF) << 8;
        if (i + ZIP_END_RECORD + commentLength == content.length) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isPadding(byte b) {
    return b == 0 || b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f';
  }

  private static boolean endsWith(byte[] content, int end, byte[] suffix) {
    if (end < suffix.length) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (content[end - suffix.length + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }}
