package id.asn.workflow.web;

import id.asn.workflow.kernel.FieldProblem;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;

/** Says what is wrong with a JSON body Jackson could not read, naming the field, without Java class names. */
final class UnreadableBody {

  private UnreadableBody() {}

  static List<FieldProblem> describe(Throwable cause) {
    if (cause instanceof StreamConstraintsException) {
      return List.of(new FieldProblem("body", "melampaui batas JSON (terlalu bersarang atau angka terlalu panjang)"));
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = path(mapping.getPath());
      if (cause instanceof InvalidFormatException format) {
        return List.of(new FieldProblem(field, "nilai '" + Texts.shorten(String.valueOf(format.getValue()))
            + "' tidak dapat dibaca sebagai " + kind(format.getTargetType())));
      }
      if (cause instanceof MismatchedInputException mismatch) {
        return List.of(new FieldProblem(field, "harus berupa " + kind(mismatch.getTargetType())));
      }
      return List.of(new FieldProblem(field, "tidak dapat dibaca"));
    }
    if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
      return List.of(new FieldProblem("body", "bukan JSON yang valid (baris " + parse.getLocation().getLineNr() + ", kolom "
          + parse.getLocation().getColumnNr() + ")"));
    }
    if (cause instanceof JsonProcessingException) {
      return List.of(new FieldProblem("body", "bukan JSON yang valid"));
    }
    return List.of(new FieldProblem("body", "wajib dikirim sebagai JSON (application/json, UTF-8)"));
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String kind(Class<?> type) {
    if (type == null) {
      return "nilai yang sesuai";
    }
    if (type == java.time.LocalDate.class) {
      return "tanggal (YYYY-MM-DD)";
    }
    if (type == String.class || type.isEnum()) {
      return "teks";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "angka";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "daftar (array JSON)";
    }
    return "objek JSON";
  }
}
