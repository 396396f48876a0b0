package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * bentukPanitia: the PPK forms the selection committee (Lampiran I II.B): chaired by the PyB, with its deputy,
 * secretary and teams, their duties set, and the facilities for applicants with disabilities prepared (II.D.3).
 */
@Component
class CommitteeTask extends SeleksiTask {

  private final SeleksiRepository periods;

  CommitteeTask(SeleksiTasks steps, SeleksiRepository periods) {
    super(Stage.BENTUK_PANITIA, BOTH, steps);
    this.periods = periods;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    CompletionValues values = c.values();
    String sk = values.requiredText("nomorSkPanitia", 100, "nomor keputusan PPK pembentukan panitia seleksi");
    String ketua = values.requiredText("ketuaPanitia", 200, "ketua panitia: PyB (II.B.3)");
    values.requireTrue("ketuaAdalahPyb", "ketua panitia seleksi adalah Pejabat yang Berwenang (II.B.3)");
    Map<String, List<String>> members = new LinkedHashMap<>();
    members.put("KETUA", List.of(ketua));
    members.put("WAKIL_KETUA", List.of(values.requiredText("wakilKetua", 200, "wakil ketua (II.B.5.b)")));
    members.put("SEKRETARIS", List.of(values.requiredText("sekretaris", 200, "sekretaris (II.B.5.c)")));
    members.put("TIM_SELEKSI_ADMINISTRASI", names(values, "timSeleksiAdministrasi", "tim seleksi administrasi (II.B.5.d)"));
    members.put("TIM_SKD_SKB", names(values, "timSkdSkb", "tim pelaksanaan SKD dan SKB (II.B.5.e)"));
    members.put("TIM_PEMANTAUAN", names(values, "timPemantauanUjian", "tim pemantauan ujian (II.B.5.f)"));
    values.requireTrue("tugasDitetapkan", "tugas dan tanggung jawab setiap unsur panitia ditetapkan PPK (II.B.6–8)");
    values.requireTrue("saranaDisabilitas", "sarana bagi pelamar penyandang disabilitas disiapkan (II.D.3)");
    periods.setCommittee(c.id(), sk, ketua, members);
    periods.addEvent(c.id(), "PANITIA", "Panitia seleksi dibentuk dengan keputusan " + sk + ", diketuai " + ketua + ".",
        c.user(), c.now());
    return Map.of();
  }

  private static List<String> names(CompletionValues values, String key, String what) {
    List<String> names = values.requiredText(key, 4000, what + ", satu nama per baris").lines().map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    if (names.stream().anyMatch(n -> n.length() > 200)) {
      throw new InvalidCompletionException(key, "setiap nama paling panjang 200 karakter");
    }
    return names;
  }
}
