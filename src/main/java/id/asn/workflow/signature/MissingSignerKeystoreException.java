package id.asn.workflow.signature;

/**
 * A signer has no usable PKCS#12 keystore. Thrown from the signing step, so the engine retries it and then
 * raises an incident whose message tells the operator which property to set for which signer.
 */
class MissingSignerKeystoreException extends IllegalStateException {

  private final String signer;

  public MissingSignerKeystoreException(String signer, String message, Throwable cause) {
    super(message, cause);
    this.signer = signer;
  }

  static MissingSignerKeystoreException notConfigured(String signer) {
    String prefix = SignerKeys.PROPERTY_PREFIX + signer;
    return new MissingSignerKeystoreException(signer, "Penandatangan '" + signer + "' belum memiliki keystore PKCS#12: "
        + "atur " + prefix + ".keystore (berkas .p12) dan " + prefix + ".password, lalu ulangi job yang gagal", null);
  }

  static MissingSignerKeystoreException unreadable(String signer, java.nio.file.Path keystore, Exception cause) {
    String prefix = SignerKeys.PROPERTY_PREFIX + signer;
    return new MissingSignerKeystoreException(signer, "Keystore penandatangan '" + signer + "' (" + prefix + ".keystore = "
        + keystore + ") tidak dapat dibuka: " + cause.getMessage() + ". Periksa berkas, " + prefix + ".password dan "
        + prefix + ".alias", cause);
  }

  public String signer() {
    return signer;
  }
}
