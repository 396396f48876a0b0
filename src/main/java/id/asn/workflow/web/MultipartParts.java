package id.asn.workflow.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.asn.workflow.kernel.Refusal;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/** Named parts of a multipart request, for controllers whose parts are a JSON object beside files. */
public final class MultipartParts {

  private MultipartParts() {}

  /** The part's bytes, or null when the request has no part of that name. */
  public static byte[] bytes(HttpServletRequest request, String name) {
    try {
      Part part = request.getPart(name);
      if (part == null) {
        return null;
      }
      try (InputStream in = part.getInputStream()) {
        return in.readAllBytes();
      }
    } catch (IOException | ServletException | IllegalStateException e) {
      throw Refusal.invalid(name, "bagian multipart tidak dapat dibaca");
    }
  }

  /** The part read as JSON of that type (a key twice is refused), or null when there is no such part. */
  public static <T> T json(HttpServletRequest request, String name, ObjectMapper mapper, Class<T> type,
      String whatItHolds) {
    byte[] content = bytes(request, name);
    if (content == null) {
      return null;
    }
    try {
      return mapper.readerFor(type).with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(content);
    } catch (IOException e) {
      throw Refusal.invalid(name, "bukan JSON yang valid berisi " + whatItHolds);
    }
  }
}
