package id.asn.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's lists as the engine stores them: one authorization per group, resource type and resource. */
class AccessPolicyTest {

  @Test
  void anInstansiGroupGetsEachAuthorizationOnce() {
    // the engine refuses a second GRANT row for the same group and resource: a repeated entry fails provisioning
    List<String> keys = AccessPolicy.instansiGrants("instansiG09").stream()
        .map(g -> g.groupId() + "/" + g.resource() + "/" + g.resourceId()).toList();

    assertThat(keys).doesNotHaveDuplicates()
        .contains("instansiG09/APPLICATION/tasklist", "instansiG09/PROCESS_DEFINITION/penyusunanKebutuhanAsn",
            "instansiG09/PROCESS_DEFINITION/pengangkatanCpns", "instansiG09/PROCESS_DEFINITION/pengangkatanPppk");
  }
}
