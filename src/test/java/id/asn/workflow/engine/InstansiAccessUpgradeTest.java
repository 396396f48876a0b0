package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.AppTest;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A database provisioned by the earlier policy let instansi operators start their planning through the
 * engine; the next start takes that back and leaves their task work alone.
 */
@AppTest
class InstansiAccessUpgradeTest {

  @Autowired AuthorizationService authorizations;
  @Autowired IdentityProvisioner provisioner;

  @Test
  void theNextStartRevokesStartingAPlanningThroughTheEngine() {
    String group = "instansiKabPekalongan";
    Authorization definition = authorizations.createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId("penyusunanKebutuhanAsn").singleResult();
    definition.addPermission(Permissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(definition);
    Authorization instances = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    instances.setGroupId(group);
    instances.setResource(Resources.PROCESS_INSTANCE);
    instances.setResourceId("*");
    instances.addPermission(Permissions.CREATE);
    authorizations.saveAuthorization(instances);
    assertThat(authorizations.isUserAuthorized("operatorpekalongan", List.of(group), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "penyusunanKebutuhanAsn")).isTrue();

    provisioner.run(null);

    assertThat(authorizations.isUserAuthorized("operatorpekalongan", List.of(group), Permissions.CREATE_INSTANCE,
        Resources.PROCESS_DEFINITION, "penyusunanKebutuhanAsn")).isFalse();
    assertThat(authorizations.isUserAuthorized("operatorpekalongan", List.of(group), Permissions.READ,
        Resources.PROCESS_DEFINITION, "penyusunanKebutuhanAsn")).isTrue();
    assertThat(authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_INSTANCE).count())
        .isZero();
  }
}
