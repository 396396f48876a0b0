package id.asn.workflow.pertek.notification;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.kernel.Paging;
import id.asn.workflow.kernel.Paging.PageResult;
import id.asn.workflow.pertek.UsulAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the Kanreg told an instansi about its usul, newest first; the Kanreg's staff see all of it. */
@RestController
class NotificationController {

  private final NotificationService notifications;

  NotificationController(NotificationService notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/api/notifikasi")
  PageResult<Notifikasi> list(@AuthenticationPrincipal AuthenticatedUser user,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return notifications.list(UsulAccess.of(user), Paging.of(page, size));
  }
}
