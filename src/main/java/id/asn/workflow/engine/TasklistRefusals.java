package id.asn.workflow.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Tasklist and the engine REST answer when the application refuses a claim or a completion: the refusal's own
 * Indonesian sentence and a 4xx, not the engine's wrapper ("Cannot submit task form …", "ENGINE-03051 …") and a 500.
 * A claim that loses a race (a double click, two officers at once) is a 409 "sudah diklaim", logged as information,
 * since nothing went wrong. Anything else gets the engine REST's own answer.
 */
final class TasklistRefusals {

  static final String ALREADY_CLAIMED = "Tugas ini sudah diklaim oleh %s. Muat ulang daftar tugas.";
  static final String JUST_CLAIMED = "Tugas ini sudah diklaim petugas lain pada saat yang sama. Muat ulang daftar tugas untuk melihat"
      + " siapa yang mengerjakannya.";

  private static final Logger LOG = LoggerFactory.getLogger(TasklistRefusals.class);

  private TasklistRefusals() {}

  static Response toResponse(Throwable failure, String path) {
    return answer(failure, path).orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(failure));
  }

  static Optional<Response> answer(Throwable failure, String path) {
    FormFieldValidationException refusal = cause(failure, FormFieldValidationException.class);
    if (refusal != null) {
      RefusalRecord.keep(path, refusal.getMessage());
      return Optional.of(response(Status.BAD_REQUEST, "Penolakan", refusal.getMessage()));
    }
    TaskAlreadyClaimedException claimed = cause(failure, TaskAlreadyClaimedException.class);
    if (claimed != null) {
      return Optional.of(response(Status.CONFLICT, "SudahDiklaim", ALREADY_CLAIMED.formatted(claimed.getTaskAssignee())));
    }
    if (path != null && path.endsWith("/claim") && lostARace(failure)) {
      LOG.info("Two claims of one task at once; the later one is refused: {}", path);
      return Optional.of(response(Status.CONFLICT, "SudahDiklaim", JUST_CLAIMED));
    }
    return Optional.empty();
  }

  /** Another transaction changed the task first, or inserted the same assignee grant (a unique key). */
  private static boolean lostARace(Throwable failure) {
    if (cause(failure, OptimisticLockingException.class) != null) {
      return true;
    }
    SQLException sql = cause(failure, SQLException.class);
    return sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23");
  }

  private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static Response response(Status status, String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
