package id.asn.workflow.signature;

import static id.asn.workflow.signature.PertekLayout.BODY;
import static id.asn.workflow.signature.PertekLayout.SMALL;

import id.asn.workflow.kernel.IndonesianText;
import id.asn.workflow.kernel.JenisAsn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Lays out a Pertek as an A4 PDF: letterhead, title and number, legal bases, the candidate's table, the
 * signature block and the QR code to the public verification page. {@link PertekLayout} places the text on the
 * page, in the fonts {@link PertekFonts} embeds. The output depends only on the content: the same content gives
 * the same bytes (fixed dates and document id), so a redraft of unchanged data stores nothing new.
 */
final class PertekRenderer {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final PertekFonts fonts = new PertekFonts();

  /** The PDF of a Pertek; thread-safe. */
  public byte[] render(PertekContent content) {
    try (PDDocument document = new PDDocument()) {
      document.setVersion(1.7f);
      PertekFonts.Embedded embedded = fonts.embedIn(document);
      describe(document, content);
      try (PertekLayout layout = new PertekLayout(document, embedded)) {
        letter(layout, content);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Pertek " + content.nomor() + " tidak dapat disusun sebagai PDF", e);
    }
  }

  private static void letter(PertekLayout layout, PertekContent c) throws IOException {
    boolean pns = c.jenisAsn() == JenisAsn.PNS;
    letterhead(layout, c.kantor());
    title(layout, c.nomor(), pns);
    legalBases(layout, c.dasarHukum());
    layout.paragraph(opening(c, pns), false, BODY);
    layout.gap(4);
    List<String[]> rows = candidate(c, pns);
    // the last row, the new Nomor Induk, in bold
    layout.table(rows, rows.size() - 1, BODY);
    layout.gap(8);
    layout.paragraph(closing(c, pns), false, BODY);
    layout.gap(14);
    layout.signatureBlock(c.kantor().kota() + ", " + IndonesianText.date(c.tanggal()), c.kantor().jabatanPenandatangan(),
        QrCode.of(c.urlVerifikasi()), c.urlVerifikasi());
  }

  private static void letterhead(PertekLayout layout, PertekContent.Kantor kantor) throws IOException {
    for (int i = 0; i < kantor.kop().size(); i++) {
      layout.centered(kantor.kop().get(i), true, i == 0 ? 14 : 13);
    }
    if (kantor.alamat() != null && !kantor.alamat().isBlank()) {
      layout.centered(kantor.alamat(), false, 9);
    }
    layout.doubleRule();
  }

  private static void title(PertekLayout layout, String nomor, boolean pns) throws IOException {
    layout.gap(6);
    layout.centered("PERSETUJUAN TEKNIS", true, 12.5f);
    layout.centered(pns ? "PENETAPAN NOMOR INDUK PEGAWAI NEGERI SIPIL"
        : "PENETAPAN NOMOR INDUK PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA", true, 11.5f);
    layout.centered("Nomor: " + nomor, false, BODY);
    layout.gap(8);
  }

  private static void legalBases(PertekLayout layout, List<String> bases) throws IOException {
    layout.paragraph("Dasar hukum:", true, BODY);
    for (int i = 0; i < bases.size(); i++) {
      layout.numbered((i + 1) + ".", bases.get(i), SMALL);
    }
    layout.gap(6);
  }

  private static String opening(PertekContent c, boolean pns) {
    return "Berdasarkan usul penetapan Nomor Induk dari " + c.instansi() + " dan hasil verifikasi berkas yang "
        + "dinyatakan Memenuhi Syarat (MS), " + c.kantor().nama() + " memberikan persetujuan teknis penetapan "
        + (pns ? "Nomor Induk Pegawai Negeri Sipil (NIP)" : "Nomor Induk Pegawai Pemerintah dengan Perjanjian Kerja (NI PPPK)")
        + " kepada:";
  }

  /** The candidate's table: label and value, the Nomor Induk last. */
  private static List<String[]> candidate(PertekContent c, boolean pns) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Nama", c.nama()});
    rows.add(new String[] {"Nomor peserta", c.nomorPeserta()});
    rows.add(new String[] {"Tempat, tanggal lahir", c.tempatLahir() + ", " + IndonesianText.date(c.tanggalLahir())});
    rows.add(new String[] {"Jenis kelamin", IndonesianText.gender(c.jenisKelamin())});
    rows.add(new String[] {"Pendidikan", IndonesianText.education(c.pendidikan())});
    rows.add(new String[] {"Jabatan", c.jabatan()});
    rows.add(new String[] {"Unit kerja", c.unitKerja()});
    rows.add(new String[] {"Instansi", c.instansi()});
    rows.add(new String[] {pns ? "TMT CPNS" : "TMT perjanjian kerja", IndonesianText.date(c.tmt())});
    if (pns && c.golonganRuang() != null) {
      rows.add(new String[] {"Golongan ruang", c.golonganRuang()});
    }
    rows.add(new String[] {pns ? "NIP" : "NI PPPK", IndonesianText.nomorInduk(c.nomorInduk(), c.jenisAsn())});
    return rows;
  }

  private static String closing(PertekContent c, boolean pns) {
    return pns
        ? "Persetujuan teknis ini menjadi dasar bagi Pejabat Pembina Kepegawaian " + c.instansi() + " untuk menetapkan "
            + "keputusan pengangkatan yang bersangkutan sebagai Calon Pegawai Negeri Sipil paling lama "
            + c.batasPenetapanHariKerja() + " (" + IndonesianText.words(c.batasPenetapanHariKerja()) + ") "
            + "hari kerja sejak NIP diterima."
        : "Persetujuan teknis ini menjadi dasar bagi Pejabat Pembina Kepegawaian " + c.instansi() + " untuk menetapkan "
            + "keputusan pengangkatan yang bersangkutan sebagai Pegawai Pemerintah dengan Perjanjian Kerja dan "
            + "menandatangani perjanjian kerjanya.";
  }

  private static void describe(PDDocument document, PertekContent c) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle("Persetujuan Teknis Penetapan NI " + c.jenisAsn() + " Nomor " + c.nomor());
    info.setSubject(c.nama() + " - " + c.nomorInduk());
    info.setAuthor(String.join(" ", c.kantor().kop()));
    info.setCreator("asn-workflow");
    info.setProducer("asn-workflow (Apache PDFBox)");
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone(JAKARTA));
    date.clear();
    date.set(c.tanggal().getYear(), c.tanggal().getMonthValue() - 1, c.tanggal().getDayOfMonth());
    info.setCreationDate(date);
    info.setModificationDate(date);
    // a fixed id from the content instead of one from the clock: equal content, equal bytes
    byte[] id = digest(c.toString());
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] digest(String text) {
    try {
      byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      byte[] id = new byte[16];
      System.arraycopy(sha256, 0, id, 0, id.length);
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
