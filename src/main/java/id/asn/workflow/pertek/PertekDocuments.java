package id.asn.workflow.pertek;

import java.time.LocalDate;

/**
 * The Pertek as a document, as the Kanreg's steps need it: drafted when a usul meets the requirements,
 * signed when the signer approves. The signature package implements it (PDF, PAdES, verification page).
 */
public interface PertekDocuments {

  /**
   * Renders the draft of a usul whose Nomor Induk is set. The first draft takes the next Pertek number of
   * the year; a retried or returned-and-redrafted usul keeps the number it has.
   *
   * @throws IllegalStateException when the usul's Pertek is already signed
   */
  Draft draft(UsulNi usul, String golonganRuang);

  /**
   * Signs the current draft as {@code signer} and stores the signed file. A Pertek already signed is not
   * signed again: the first signature is returned with {@code baru} false.
   *
   * @throws RuntimeException when signing fails (no key for the signer, time-stamp authority down): the
   *     engine retries the step and then raises an incident
   */
  Signed sign(String usulId, String signer);

  /**
   * Marks the usul's Pertek revoked with the reason, as its Nomor Induk is cancelled; the file and its signature stay
   * as they are, and verifying it says it is revoked. Revoking it again, or a usul without a Pertek, changes nothing.
   */
  void revoke(String usulId, String alasan);

  /** {@code konsepUrl}: the draft PDF for the signer's form, relative to the server. */
  record Draft(String nomor, LocalDate tanggal, String konsepUrl) {}

  /** {@code url}: the signed PDF, relative to the server; {@code baru} false when it was signed before. */
  record Signed(String nomor, LocalDate tanggal, String url, String penandatangan, boolean baru) {}
}
