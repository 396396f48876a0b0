package id.asn.workflow.kernel.document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Now and then, on every node, removes the document files of transactions that crashed or rolled back. The
 * grace is far longer than any transaction, so a write still on its way is never taken for an orphan.
 */
@Component
@ConditionalOnProperty(name = "app.dokumen.store", havingValue = "file", matchIfMissing = true)
class OrphanDocumentSweeper {

  private final FileSystemDocumentStore store;
  private final Duration grace;
  private final Clock clock;

  OrphanDocumentSweeper(FileSystemDocumentStore store, @Value("${app.dokumen.yatim.tenggang}") Duration grace,
      Clock clock) {
    this.store = store;
    this.grace = grace;
    this.clock = clock;
  }

  @Scheduled(initialDelayString = "${app.dokumen.yatim.jeda}", fixedDelayString = "${app.dokumen.yatim.jeda}")
  int sweep() {
    return store.removeUnreferenced(Instant.now(clock).minus(grace));
  }
}
