package id.asn.workflow.signature;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** A signer's private key with its certificate and the chain up to (not necessarily including) the root. */
record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

  public SigningKey {
    chain = List.copyOf(chain);
  }

  /** The certificate holder's name (the subject's CN), as a validator reports it. */
  public String commonName() {
    return commonName(certificate.getSubjectX500Principal());
  }

  static String commonName(X500Principal principal) {
    RDN[] names = X500Name.getInstance(principal.getEncoded()).getRDNs(BCStyle.CN);
    return names.length == 0 ? principal.getName() : IETFUtils.valueToString(names[0].getFirst().getValue());
  }
}
