package id.asn.workflow.pertek.query;

import id.asn.workflow.pertek.UsulAccess;
import id.asn.workflow.pertek.UsulEventRepository;
import id.asn.workflow.pertek.UsulHistoryEntry;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulProcessLog;
import id.asn.workflow.pertek.UsulRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who did what to a usul, oldest first: the application's records merged with the engine's operation log. */
@Service
@Transactional(readOnly = true)
class UsulHistoryService {

  private final UsulRepository usulRepository;
  private final UsulEventRepository events;
  private final UsulProcessLog processLog;

  UsulHistoryService(UsulRepository usulRepository, UsulEventRepository events, UsulProcessLog processLog) {
    this.usulRepository = usulRepository;
    this.events = events;
    this.processLog = processLog;
  }

  record UsulHistory(String id, List<UsulHistoryEntry> riwayat) {}

  /** Visible to whoever may see the usul itself ({@code GET /api/usul-ni/{id}}). */
  UsulHistory history(UsulAccess access, String id) {
    access.requireReader();
    UsulNi usul = usulRepository.findById(id).filter(access::sees).orElseThrow(() -> UsulQueryService.notFound(id));
    List<UsulHistoryEntry> entries = new ArrayList<>(events.entriesOf(id));
    if (entries.stream().noneMatch(e -> UsulEventRepository.DIKIRIM.equals(e.jenis()))) {
      // a usul sent before this record was kept: its row still says when
      entries.add(0, UsulHistoryEntry.ofApplication(usul.dibuat(), UsulEventRepository.DIKIRIM, null, "Usul dikirim"));
    }
    processLog.operationsOf(id).stream().map(UsulHistoryEntry::ofProcess).forEach(entries::add);
    entries.sort(Comparator.comparing(UsulHistoryEntry::waktu));
    return new UsulHistory(id, entries);
  }
}
