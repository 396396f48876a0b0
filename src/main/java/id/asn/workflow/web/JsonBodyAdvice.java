package id.asn.workflow.web;

import id.asn.workflow.kernel.Refusal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every JSON request body before Jackson reads it: at most {@code app.api.max-json-size} (Tomcat limits only
 * uploads and forms), and UTF-8 as {@link JsonText} requires; Jackson alone would guess UTF-16 and UTF-32.
 */
@ControllerAdvice
class JsonBodyAdvice extends RequestBodyAdviceAdapter {

  private final long maxBytes;
  private final String maxText;

  JsonBodyAdvice(@Value("${app.api.max-json-size:256KB}") DataSize maxSize) {
    this.maxBytes = maxSize.toBytes();
    this.maxText = maxSize.toKilobytes() + " KB";
  }

  @Override
  public boolean supports(MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
  }

  @Override
  public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
    MediaType type = input.getHeaders().getContentType();
    if (type != null && type.getCharset() != null && !StandardCharsets.UTF_8.equals(type.getCharset())) {
      throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Isi JSON dikirim dengan charset "
          + type.getCharset().name() + "; kirim dalam UTF-8 (application/json)", List.of());
    }
    if (input.getHeaders().getContentLength() > maxBytes) {
      throw tooLarge();
    }
    String text;
    try {
      text = JsonText.decode(readAtMost(input.getBody()));
    } catch (JsonText.NotUtf8Exception e) {
      throw Refusal.invalid("body", e.getMessage());
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    return new HttpInputMessage() {
      @Override
      public InputStream getBody() {
        return new ByteArrayInputStream(utf8);
      }

      @Override
      public HttpHeaders getHeaders() {
        return input.getHeaders();
      }
    };
  }

  private byte[] readAtMost(InputStream body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = body.read(buffer)) != -1; ) {
      bytes.write(buffer, 0, n);
      if (bytes.size() > maxBytes) {
        throw tooLarge();
      }
    }
    return bytes.toByteArray();
  }

  private ApiException tooLarge() {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "Isi permintaan JSON terlalu besar: paling besar " + maxText,
        List.of());
  }
}
