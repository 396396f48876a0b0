package id.asn.workflow.signature;

import id.asn.workflow.identity.UserDirectory;
import id.asn.workflow.pertek.officer.OfficerService;
import id.asn.workflow.pertek.officer.SignerDecree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.springframework.stereotype.Component;

/**
 * Who signs a Pertek as its signature block prints them: the official's name, NIP and position from the decree of
 * the Kepala BKN they sign under (POS step 2 note 2), drawn in the draft's signature field as the signature's
 * appearance.
 */
@Component
class SignerBlock {

  private static final byte[] FONT = PertekFonts.regularFile();

  private final OfficerService officers;
  private final UserDirectory users;

  SignerBlock(OfficerService officers, UserDirectory users) {
    this.officers = officers;
    this.users = users;
  }

  /** The official as printed; without a decree (a Pertek signed before decrees were recorded) the name alone. */
  record Official(String nama, String nip, String jabatan) {

    String text() {
      StringBuilder text = new StringBuilder("oleh:\n").append(nama);
      if (nip != null) {
        text.append("\nNIP ").append(nip);
      }
      if (jabatan != null) {
        text.append('\n').append(jabatan);
      }
      return text.toString();
    }
  }

  Official of(String signerId, LocalDate day) {
    return officers.decreeOn(signerId, day).map(SignerBlock::official)
        .orElseGet(() -> new Official(users.fullName(signerId).orElse(signerId), null, null));
  }

  /** The appearance for a draft with a signature field; null for one without (drafted before the field existed). */
  static PadesSigner.Appearance appearance(byte[] draft, Official official) {
    try (PDDocument document = Loader.loadPDF(draft)) {
      PDAcroForm form = document.getDocumentCatalog().getAcroForm();
      if (form == null || form.getField(PertekLayout.SIGNATURE_FIELD) == null) {
        return null;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Konsep Pertek tidak dapat dibaca", e);
    }
    return new PadesSigner.Appearance(PertekLayout.SIGNATURE_FIELD, official.text(), FONT, PertekLayout.SIGNER_SIZE);
  }

  private static Official official(SignerDecree decree) {
    return new Official(decree.nama(), decree.nip(), decree.jabatan());
  }
}
