package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project does not only trust itself: the CMS signature inside a signed Pertek, cut out by hand from
 * the /ByteRange and /Contents of the file, is verified by OpenSSL and by BouncyCastle directly, neither of
 * which took part in making it.
 */
class IndependentSignatureCheckTest {

  private static final Path OPENSSL = Path.of("/usr/bin/openssl");
  private static final Pattern BYTE_RANGE = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*]");

  private static byte[] signed;
  private static Cms cms;

  @TempDir
  Path work;

  /** The bytes the signature covers and the DER-encoded CMS SignedData from /Contents. */
  record Cms(byte[] signedContent, byte[] der) {}

  @BeforeAll
  static void signAPertek() {
    byte[] draft = new PertekRenderer().render(TestPerteks.pns());
    // signed as a Pertek is: visibly, the official's name, NIP and position in the draft's signature field
    signed = TestPki.timeStamping(TestPki.TRUSTED).sign(draft,
        TestPki.TRUSTED.signer("penandatangan1", "Bambang Suryono"), Instant.now(), TestPki.DETAILS,
        SignerBlock.appearance(draft, new SignerBlock.Official("Bambang Suryono", "197005121995031001",
            "Kepala Bidang Mutasi dan Status Kepegawaian")));
    cms = extract(signed);
  }

  static Cms extract(byte[] pdf) {
    Matcher range = BYTE_RANGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    assertThat(range.find()).as("a signature dictionary with /ByteRange").isTrue();
    int start1 = Integer.parseInt(range.group(1));
    int length1 = Integer.parseInt(range.group(2));
    int start2 = Integer.parseInt(range.group(3));
    int length2 = Integer.parseInt(range.group(4));
    assertThat(start1).isZero();
    assertThat(start2 + length2).as("the signature covers the file to its end").isEqualTo(pdf.length);
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.write(pdf, start1, length1);
    content.write(pdf, start2, length2);
    // between the two ranges: <hex of the CMS, padded with zeros>
    assertThat((char) pdf[length1]).isEqualTo('<');
    assertThat((char) pdf[start2 - 1]).isEqualTo('>');
    byte[] padded = HexFormat.of().parseHex(new String(pdf, length1 + 1, start2 - length1 - 2, StandardCharsets.US_ASCII));
    return new Cms(content.toByteArray(), java.util.Arrays.copyOf(padded, derLength(padded)));
  }

  /** Length of the outer DER SEQUENCE (tag, length octets, content): the rest of /Contents is padding. */
  private static int derLength(byte[] der) {
    assertThat(der[0]).isEqualTo((byte) 0x30);
    int first = der[1] & 0xff;
    if (first < 0x80) {
      return 2 + first;
    }
    int octets = first & 0x7f;
    int length = 0;
    for (int i = 0; i < octets; i++) {
      length = (length << 8) | (der[2 + i] & 0xff);
    }
    return 2 + octets + length;
  }

  @Test
  void bouncyCastleVerifiesTheSignatureTheDigestAndTheChain() throws Exception {
    CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(cms.signedContent()), cms.der());
    assertThat(data.getSignerInfos().size()).isOne();
    SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
    @SuppressWarnings("unchecked")
    X509CertificateHolder certificate = (X509CertificateHolder) data.getCertificates().getMatches(signer.getSID())
        .iterator().next();

    assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(cms.signedContent());
    byte[] signedDigest = ASN1OctetString.getInstance(signer.getSignedAttributes().get(CMSAttributes.messageDigest)
        .getAttrValues().getObjectAt(0)).getOctets();
    assertThat(signedDigest).isEqualTo(digest);
    X509Certificate ca = TestPki.TRUSTED.caCertificate();
    assertThat(certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ca))).isTrue();
    assertThat(certificate.getSubject().toString()).contains("CN=Bambang Suryono");
    // PAdES-BASELINE-T: an RFC 3161 time-stamp token over the signature, as an unsigned attribute
    assertThat(signer.getUnsignedAttributes().get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signatureTimeStampToken))
        .isNotNull();
  }

  @Test
  void bouncyCastleRejectsAChangedDocument() throws Exception {
    byte[] content = cms.signedContent().clone();
    content[content.length / 3] ^= 0x01;
    CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), cms.der());
    SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
    @SuppressWarnings("unchecked")
    X509CertificateHolder certificate = (X509CertificateHolder) data.getCertificates().getMatches(signer.getSID())
        .iterator().next();
    boolean verified;
    try {
      verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
      verified = false;
    }
    assertThat(verified).isFalse();
  }

  @Test
  void opensslVerifiesTheSignatureAgainstTheCaAndItsCrl() throws Exception {
    assumeTrue(Files.isExecutable(OPENSSL), "openssl is not installed at " + OPENSSL);
    Path der = Files.write(work.resolve("signature.der"), cms.der());
    Path content = Files.write(work.resolve("content.bin"), cms.signedContent());
    Path ca = TestPki.TRUSTED.directory().resolve(DevelopmentPki.CA_CERTIFICATE);
    Path crl = work.resolve("ca-crl.pem");
    Files.write(work.resolve("ca.crl"), TestPki.TRUSTED.crl());
    assertThat(run(OPENSSL.toString(), "crl", "-inform", "DER", "-in", work.resolve("ca.crl").toString(),
        "-out", crl.toString()).exitCode()).isZero();

    // openssl reads the CRLs to check against from the CA file
    Path caAndCrl = work.resolve("ca-and-crl.pem");
    Files.writeString(caAndCrl, Files.readString(ca) + Files.readString(crl));

    Result verified = run(OPENSSL.toString(), "cms", "-verify", "-binary", "-inform", "DER", "-in", der.toString(),
        "-content", content.toString(), "-CAfile", caAndCrl.toString(), "-crl_check", "-purpose", "any",
        "-out", work.resolve("out.bin").toString());
    assertThat(verified.exitCode()).as(verified.output()).isZero();
    assertThat(verified.output()).contains("Verification successful");

    byte[] changed = cms.signedContent().clone();
    changed[changed.length / 3] ^= 0x01;
    Files.write(content, changed);
    Result refused = run(OPENSSL.toString(), "cms", "-verify", "-binary", "-inform", "DER", "-in", der.toString(),
        "-content", content.toString(), "-CAfile", ca.toString(), "-purpose", "any", "-out", work.resolve("out2.bin").toString());
    assertThat(refused.exitCode()).as(refused.output()).isNotZero();
  }

  @Test
  void opensslRefusesASignerFromAnotherCa() throws Exception {
    assumeTrue(Files.isExecutable(OPENSSL), "openssl is not installed at " + OPENSSL);
    Cms stranger = extract(TestPki.signedBy(TestPki.STRANGER, "penandatangan1", "Bambang Suryono"));
    Path der = Files.write(work.resolve("stranger.der"), stranger.der());
    Path content = Files.write(work.resolve("stranger.bin"), stranger.signedContent());
    Result refused = run(OPENSSL.toString(), "cms", "-verify", "-binary", "-inform", "DER", "-in", der.toString(),
        "-content", content.toString(), "-CAfile", TestPki.TRUSTED.directory().resolve(DevelopmentPki.CA_CERTIFICATE).toString(),
        "-purpose", "any", "-out", work.resolve("out.bin").toString());
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.output()).containsIgnoringCase("certificate verify error");
  }

  record Result(int exitCode, String output) {}

  private static Result run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
