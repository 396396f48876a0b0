package id.asn.workflow.workforce;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The number and kind of positions BKN's analysis sets after verifying and validating the proposal against
 * the job and workload analyses, as the form sends it: one line per position, {@code KODE=jumlah}.
 */
final class DeterminedNeeds {

  static final int MAX_PER_POSITION = 100_000;

  private DeterminedNeeds() {}

  public static Map<String, Integer> parse(String field, String text, Set<String> positionCodes) {
    Map<String, Integer> needs = new LinkedHashMap<>();
    for (String line : (text == null ? "" : text).split("\\R")) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      String[] parts = stripped.split("\\s*=\\s*", 2);
      if (parts.length != 2) {
        throw new InvalidCompletionException(field, "baris '" + stripped + "' harus berbentuk KODE=jumlah");
      }
      String code = parts[0].strip();
      if (!positionCodes.contains(code)) {
        throw new InvalidCompletionException(field, "jabatan " + code + " tidak ada dalam usul");
      }
      if (needs.containsKey(code)) {
        throw new InvalidCompletionException(field, "jabatan " + code + " disebut lebih dari sekali");
      }
      String number = parts[1].strip().split("\\s+", 2)[0];
      try {
        int count = Integer.parseInt(number);
        if (count < 0 || count > MAX_PER_POSITION) {
          throw new NumberFormatException();
        }
        needs.put(code, count);
      } catch (NumberFormatException e) {
        throw new InvalidCompletionException(field, "jumlah untuk " + code + " harus bilangan bulat 0 sampai "
            + MAX_PER_POSITION + ", bukan '" + number + "'");
      }
    }
    return needs;
  }

  public static String text(Map<String, Integer> needs) {
    return needs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
  }
}
