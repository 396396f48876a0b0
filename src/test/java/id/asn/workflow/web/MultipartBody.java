package id.asn.workflow.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A multipart/form-data body part by part, with part headers as raw bytes so that names can be anything. */
final class MultipartBody {

  record Part(byte[] name, byte[] fileName, String contentType, byte[] content) {

    static Part field(String name, String contentType, byte[] content) {
      return new Part(utf8(name), null, contentType, content);
    }

    static Part file(String name, String fileName, byte[] content) {
      return new Part(utf8(name), utf8(fileName), "application/octet-stream", content);
    }

    Part withName(byte[] newName) {
      return new Part(newName, fileName, contentType, content);
    }

    Part withFileName(byte[] newFileName) {
      return new Part(name, newFileName, contentType, content);
    }

    Part withContent(byte[] newContent) {
      return new Part(name, fileName, contentType, newContent);
    }

    Part withContentType(String newContentType) {
      return new Part(name, fileName, newContentType, content);
    }

    String nameText() {
      return new String(name, StandardCharsets.UTF_8);
    }
  }

  final List<Part> parts = new ArrayList<>();
  final String boundary;

  MultipartBody(String boundary) {
    this.boundary = boundary;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part part : parts) {
      out.writeBytes(ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\""));
      out.writeBytes(part.name());
      out.writeBytes(ascii("\""));
      if (part.fileName() != null) {
        out.writeBytes(ascii("; filename=\""));
        out.writeBytes(part.fileName());
        out.writeBytes(ascii("\""));
      }
      out.writeBytes(ascii("\r\n"));
      if (part.contentType() != null) {
        out.writeBytes(ascii("Content-Type: " + part.contentType() + "\r\n"));
      }
      out.writeBytes(ascii("\r\n"));
      out.writeBytes(part.content());
      out.writeBytes(ascii("\r\n"));
    }
    out.writeBytes(ascii("--" + boundary + "--\r\n"));
    return out.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
