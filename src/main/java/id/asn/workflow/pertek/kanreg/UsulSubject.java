package id.asn.workflow.pertek.kanreg;

import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.TaskQueues;
import id.asn.workflow.identity.UserDirectory;
import id.asn.workflow.pertek.UsulRepository;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What a Kanreg queue shows of an usul: the candidate, the nomor peserta and the instansi by name. */
@Component
class UsulSubject {

  private final UsulRepository usuls;
  private final UserDirectory users;

  UsulSubject(UsulRepository usuls, UserDirectory users) {
    this.usuls = usuls;
    this.users = users;
  }

  Map<String, Object> of(String usulId) {
    return usuls.findById(usulId)
        .<Map<String, Object>>map(u -> Map.of(TaskQueues.VAR_PERIHAL, TaskQueues.perihal(u.nama(), u.nomorPeserta(),
            users.groupName(Groups.instansiGroup(u.instansi())).orElse(u.instansi()))))
        .orElse(Map.of());
  }
}
