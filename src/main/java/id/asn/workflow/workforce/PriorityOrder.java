package id.asn.workflow.workforce;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order in which the instansi proposes its positions in shortfall (by its strategic plan), as a form
 * sends it: one position per line, the code first; whatever follows the code on the line (its name, the
 * shortfall the form showed) is ignored. Every position in shortfall exactly once, nothing else.
 */
final class PriorityOrder {

  private PriorityOrder() {}

  public static List<String> parse(String field, String text, List<NeedsProposal.Item> shortfall) {
    Set<String> expected = shortfall.stream().map(NeedsProposal.Item::kode).collect(Collectors.toCollection(LinkedHashSet::new));
    if (expected.isEmpty()) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (String line : (text == null ? "" : text).split("\\R")) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      String code = stripped.split("[\\s;,]+", 2)[0];
      if (!expected.contains(code)) {
        throw new InvalidCompletionException(field, "jabatan " + code + " tidak kekurangan pegawai atau tidak dikenal; "
            + "urutkan hanya: " + String.join(", ", expected));
      }
      if (codes.contains(code)) {
        throw new InvalidCompletionException(field, "jabatan " + code + " disebut lebih dari sekali");
      }
      codes.add(code);
    }
    List<String> missing = expected.stream().filter(c -> !codes.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidCompletionException(field, "urutan prioritas belum memuat jabatan yang kekurangan pegawai: "
          + String.join(", ", missing) + " (satu kode jabatan per baris)");
    }
    return List.copyOf(codes);
  }

  /** The text a form shows to start from: one line per position, code first. */
  public static String text(List<NeedsProposal.Item> shortfall) {
    return shortfall.stream()
        .map(i -> i.kode() + " " + i.nama() + " (kurang " + i.kekurangan() + ")")
        .collect(Collectors.joining("\n"));
  }
}
