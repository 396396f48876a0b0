package id.asn.workflow.signature;

import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import java.time.Clock;
import java.util.Date;

/**
 * The development time-stamping authority, stamping the application's time: a test that moves the engine's clock
 * gets time-stamps, certificates, CRLs and validation on that same time.
 */
final class ClockTimeStampSource extends KeyEntityTSPSource {

  private final Clock clock;

  ClockTimeStampSource(SigningKey tsa, Clock clock) {
    super(tsa.privateKey(), tsa.certificate(), tsa.chain());
    this.clock = clock;
  }

  @Override
  protected Date getProductionTime() {
    return Date.from(clock.instant());
  }
}
