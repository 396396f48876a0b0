package id.asn.workflow.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON as it must arrive (RFC 8259 section 8.1): UTF-8. A byte-order mark of UTF-8 is forgiven (Windows Notepad
 * writes one); UTF-16 or UTF-32, bytes that are not UTF-8 and raw NUL bytes are refused rather than guessed at or
 * turned into replacement characters that would then be stored as if the operator had typed them.
 */
public final class JsonText {

  private JsonText() {}

  /** Thrown with a reason in words an operator can act on. */
  public static final class NotUtf8Exception extends Exception {
    NotUtf8Exception(String reason) {
      super(reason);
    }
  }

  public static String decode(byte[] bytes) throws NotUtf8Exception {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      throw new NotUtf8Exception("dikirim dalam UTF-16; kirim JSON dalam UTF-8");
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new NotUtf8Exception("berisi byte NUL (mungkin UTF-16 atau UTF-32); kirim JSON dalam UTF-8");
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new NotUtf8Exception("bukan teks UTF-8 yang valid (ada byte yang rusak); simpan ulang sebagai UTF-8");
    }
  }
}
