package id.asn.workflow.pertek.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.kernel.document.FileNames;
import id.asn.workflow.kernel.document.UploadedDocument;
import id.asn.workflow.web.JsonText;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;

/**
 * Reads the parts of a multipart usul: {@code data} (JSON, as a text field or as a file) and one part per
 * document named by its type. Every problem with the parts is collected, none thrown, so that the
 * operator hears about all of them in one answer.
 */
@Component
class UsulUploadReader {

  static final String DATA_PART = "data";
  /** The optional field naming the collective proposal the usul is sent in. */
  static final String USUL_KOLEKTIF = "usulKolektif";

  private static final List<String> FORM_FIELDS = Arrays.stream(UsulForm.class.getRecordComponents())
      .map(c -> c.getName()).toList();
  private static final String KNOWN_PARTS = DATA_PART + ", " + Arrays.stream(DocumentType.values())
      .map(Enum::name).collect(Collectors.joining(", "));

  private final ObjectReader json;

  UsulUploadReader(ObjectMapper json) {
    // a data part two readers could take differently is refused: {"nama": "A", "nama": "B"}, or an object and more
    this.json = json.reader()
        .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  UsulUpload read(HttpServletRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<DocumentType, UploadedDocument> documents = new EnumMap<>(DocumentType.class);
    UsulForm form = null;
    SelectionReference seleksi = null;
    String usulKolektif = null;
    Set<String> seen = new HashSet<>();
    for (Part part : parts(request)) {
      String name = part.getName();
      if (!seen.add(name)) {
        problems.add(new FieldProblem(name, "dikirim lebih dari sekali"));
        continue;
      }
      if (DATA_PART.equals(name)) {
        JsonNode root = readData(bytesOf(part), problems);
        if (root != null) {
          form = readForm(root, problems);
          seleksi = SelectionReferenceReader.read(root, problems);
          usulKolektif = textOf(root.get(USUL_KOLEKTIF), USUL_KOLEKTIF, problems);
        }
        continue;
      }
      Optional<DocumentType> type = DocumentType.parse(name);
      if (type.isEmpty()) {
        problems.add(new FieldProblem(name, "bagian yang tidak dikenal; yang dikenal: " + KNOWN_PARTS));
        continue;
      }
      byte[] content = bytesOf(part);
      String submittedName = part.getSubmittedFileName();
      // a browser form sends an empty part for a file input left empty: that document was not sent
      if (content.length == 0 && (submittedName == null || submittedName.isBlank())) {
        continue;
      }
      documents.put(type.get(), new UploadedDocument(type.get(), FileNames.safe(submittedName, type.get()), content));
    }
    return new UsulUpload(form, documents, problems, seleksi,
        usulKolektif == null || usulKolektif.isBlank() ? null : usulKolektif.strip());
  }

  private JsonNode readData(byte[] content, List<FieldProblem> problems) {
    JsonNode root;
    try {
      root = json.readTree(JsonText.decode(content));
    } catch (JsonText.NotUtf8Exception e) {
      problems.add(new FieldProblem(DATA_PART, e.getMessage()));
      return null;
    } catch (StreamConstraintsException e) {
      problems.add(new FieldProblem(DATA_PART, "melampaui batas JSON (terlalu bersarang atau angka terlalu panjang)"));
      return null;
    } catch (JsonProcessingException e) {
      problems.add(new FieldProblem(DATA_PART, "bukan JSON yang valid: " + shorten(e.getOriginalMessage())));
      return null;
    }
    if (root == null || !root.isObject()) {
      problems.add(new FieldProblem(DATA_PART, "harus berupa objek JSON berisi data calon"));
      return null;
    }
    return root;
  }

  private static UsulForm readForm(JsonNode root, List<FieldProblem> problems) {
    List<String> values = new ArrayList<>();
    for (String field : FORM_FIELDS) {
      values.add(textOf(root.get(field), field, problems));
    }
    return new UsulForm(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4), values.get(5),
        values.get(6), values.get(7), values.get(8), values.get(9), values.get(10), values.get(11));
  }

  /** A field's text; a number is taken as written (a participant number typed without quotes is still fine). */
  private static String textOf(JsonNode node, String field, List<FieldProblem> problems) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    problems.add(new FieldProblem(field, "harus berupa teks"));
    // the validator will also miss it; only the first problem of each field is reported
    return null;
  }

  /** Jackson quotes the offending token, which may be long or carry control characters. */
  private static String shorten(String message) {
    String line = message == null ? "" : message.replaceAll("\\p{Cntrl}", " ");
    return line.length() <= 160 ? line : line.substring(0, 160) + "…";
  }

  /** The parts, or a client error when the body is not a whole multipart message (cut off, ended early). */
  private static List<Part> parts(HttpServletRequest request) {
    try {
      return List.copyOf(request.getParts());
    } catch (IOException | ServletException | IllegalStateException e) {
      throw new MultipartException("multipart request could not be read", e);
    }
  }

  private static byte[] bytesOf(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
