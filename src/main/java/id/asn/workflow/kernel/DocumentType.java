package id.asn.workflow.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The documents of a usul NI (Perbup Batang 6/2023 Lampiran I VI.A.2 and VI.A.4.b, Lampiran II VI.2 and VI.4.b), each with the content type its bytes must have and
 * its size limit. The part name of a multipart upload is the enum name.
 */
public enum DocumentType {
  PAS_FOTO("Pas foto", Format.JPEG, 500 * 1024, Requirement.ALWAYS),
  SURAT_LAMARAN("Surat lamaran", Format.PDF, 1024 * 1024, Requirement.ALWAYS),
  IJAZAH("Ijazah (dilegalisir)", Format.PDF, 1024 * 1024, Requirement.ALWAYS),
  /** Not in either Lampiran's list (I VI.A.4.b, II VI.4.b): accepted, never required. */
  TRANSKRIP("Transkrip nilai", Format.PDF, 1024 * 1024, Requirement.OPTIONAL),
  DRH("Daftar riwayat hidup", Format.PDF, 1024 * 1024, Requirement.ALWAYS),
  SURAT_PERNYATAAN("Surat pernyataan 5 poin", Format.PDF, 1024 * 1024, Requirement.ALWAYS),
  SKCK("SKCK", Format.PDF, 1024 * 1024, Requirement.ALWAYS),
  SURAT_SEHAT("Surat keterangan sehat jasmani dan rohani", Format.PDF, 1024 * 1024, Requirement.ALWAYS),
  BEBAS_NAPZA("Surat keterangan bebas NAPZA", Format.PDF, 1024 * 1024, Requirement.ALWAYS),
  PENGALAMAN_KERJA("Bukti pengalaman kerja", Format.PDF, 1024 * 1024, Requirement.OPTIONAL),
  /** Lampiran I VI.A.4.b.9, II VI.4.b.10: the receiving JPT Pratama official's placement statement. */
  PERNYATAAN_PENEMPATAN("Surat pernyataan penempatan JPT Pratama", Format.PDF, 1024 * 1024, Requirement.ALWAYS),
  SK_CALON_PPPK("Keputusan PPK pengangkatan calon PPPK", Format.PDF, 1024 * 1024, Requirement.PPPK_ONLY);

  public enum Format {
    JPEG("image/jpeg"),
    PDF("application/pdf");

    public final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }
  }

  private enum Requirement { ALWAYS, OPTIONAL, PPPK_ONLY }

  private final String label;
  private final Format format;
  private final int maxBytes;
  private final Requirement requirement;

  DocumentType(String label, Format format, int maxBytes, Requirement requirement) {
    this.label = label;
    this.format = format;
    this.maxBytes = maxBytes;
    this.requirement = requirement;
  }

  public String label() {
    return label;
  }

  public Format format() {
    return format;
  }

  public int maxBytes() {
    return maxBytes;
  }

  public boolean isRequiredFor(JenisAsn jenisAsn) {
    return requirement == Requirement.ALWAYS || (requirement == Requirement.PPPK_ONLY && jenisAsn == JenisAsn.PPPK);
  }

  /** Whether a usul of this kind may carry the document at all (SK calon PPPK makes no sense for a PNS). */
  public boolean isAllowedFor(JenisAsn jenisAsn) {
    return requirement != Requirement.PPPK_ONLY || jenisAsn == JenisAsn.PPPK;
  }

  public static List<DocumentType> requiredFor(JenisAsn jenisAsn) {
    return Arrays.stream(values()).filter(t -> t.isRequiredFor(jenisAsn)).toList();
  }

  public static Optional<DocumentType> parse(String name) {
    return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
  }
}
