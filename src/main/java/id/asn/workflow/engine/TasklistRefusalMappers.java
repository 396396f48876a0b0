package id.asn.workflow.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link TasklistRefusals} in front of the engine REST's exception handlers, in both Jersey applications that
 * serve the engine: {@code /engine-rest} and Tasklist's own {@code /camunda/api/engine}. Jersey finds this class
 * through {@code META-INF/services}; the mappers' priority puts them before the engine's for the same exception type.
 */
public final class TasklistRefusalMappers implements ForcedAutoDiscoverable {

  private static final int BEFORE_ENGINE_HANDLERS = 1;

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(EngineFailures.class)) {
      context.register(EngineFailures.class, BEFORE_ENGINE_HANDLERS);
      context.register(RestFailures.class, BEFORE_ENGINE_HANDLERS);
    }
  }

  /** Failures the engine throws (a claim refused by a task listener, a claim that lost a race). */
  @Priority(BEFORE_ENGINE_HANDLERS)
  public static final class EngineFailures implements ExceptionMapper<ProcessEngineException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(ProcessEngineException failure) {
      return TasklistRefusals.toResponse(failure, uri == null ? null : uri.getPath());
    }
  }

  /** Failures the REST layer wraps (a submitted task form the application refuses). */
  @Priority(BEFORE_ENGINE_HANDLERS)
  public static final class RestFailures implements ExceptionMapper<RestException> {

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(RestException failure) {
      return TasklistRefusals.toResponse(failure, uri == null ? null : uri.getPath());
    }
  }
}
