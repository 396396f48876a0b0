package id.asn.workflow.pertek.intake;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.pertek.SelectionReference;
import java.math.BigDecimal;
import java.util.List;

/**
 * The optional selection reference in a usul's data part: {@code periodeSeleksi} and {@code kodeFormasi} together,
 * with {@code nilaiAkhir} and {@code peringkat} if known. Absent, the usul carries none (clients from before it
 * existed keep working).
 */
final class SelectionReferenceReader {

  static final String PERIODE = "periodeSeleksi";
  static final String FORMASI = "kodeFormasi";
  static final String NILAI = "nilaiAkhir";
  static final String PERINGKAT = "peringkat";

  private SelectionReferenceReader() {}

  static SelectionReference read(JsonNode root, List<FieldProblem> problems) {
    String periode = text(root.get(PERIODE), PERIODE, 80, problems);
    String formasi = text(root.get(FORMASI), FORMASI, 40, problems);
    BigDecimal nilai = number(root.get(NILAI), problems);
    Integer peringkat = rank(root.get(PERINGKAT), problems);
    if (periode == null && formasi == null && nilai == null && peringkat == null) {
      return null;
    }
    if (periode == null) {
      problems.add(new FieldProblem(PERIODE, "wajib diisi bersama kodeFormasi, nilaiAkhir atau peringkat"));
    }
    if (formasi == null) {
      problems.add(new FieldProblem(FORMASI, "wajib diisi bersama periodeSeleksi"));
    }
    return periode == null || formasi == null ? null : new SelectionReference(periode, formasi, nilai, peringkat);
  }

  private static String text(JsonNode node, String field, int max, List<FieldProblem> problems) {
    if (node == null || node.isNull() || (node.isTextual() && node.textValue().isBlank())) {
      return null;
    }
    if (!node.isTextual()) {
      problems.add(new FieldProblem(field, "harus berupa teks"));
      return null;
    }
    String text = node.textValue().strip();
    if (text.length() > max) {
      problems.add(new FieldProblem(field, "paling panjang " + max + " karakter"));
      return null;
    }
    return text;
  }

  private static BigDecimal number(JsonNode node, List<FieldProblem> problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      BigDecimal value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().strip());
      if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(10_000)) >= 0 || value.scale() > 4) {
        problems.add(new FieldProblem(NILAI, "antara 0 dan 9999,9999 dengan paling banyak 4 angka desimal"));
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(NILAI, "harus berupa angka, mis. 412.5"));
      return null;
    }
  }

  private static Integer rank(JsonNode node, List<FieldProblem> problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.intValue() < 1) {
      problems.add(new FieldProblem(PERINGKAT, "harus bilangan bulat paling kecil 1"));
      return null;
    }
    return node.intValue();
  }
}
