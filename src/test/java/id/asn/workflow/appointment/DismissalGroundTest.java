package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.DismissalClass.DENGAN_HORMAT;
import static id.asn.workflow.appointment.DismissalClass.DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI;
import static id.asn.workflow.appointment.DismissalClass.TIDAK_DENGAN_HORMAT;
import static id.asn.workflow.appointment.DismissalGround.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** VII.B.3-5: seven honourable grounds, four honourable not at own request, four not honourable. */
class DismissalGroundTest {

  @Test
  void honourable() {
    assertThat(DismissalGround.of(DENGAN_HORMAT)).containsExactly(TIDAK_LULUS_DIKLAT, TIDAK_SEHAT, MENGUNDURKAN_DIRI,
        MENINGGAL_DUNIA, DISIPLIN_SEDANG, TIDAK_BERSEDIA_SUMPAH, PIDANA_TIDAK_BERENCANA);
  }

  @Test
  void honourableNotAtOwnRequest() {
    assertThat(DismissalGround.of(DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI))
        .containsExactly(DISIPLIN_BERAT, KETERANGAN_TIDAK_BENAR, IJAZAH_PALSU, PIDANA_BERENCANA_KURANG_DUA_TAHUN);
  }

  @Test
  void notHonourable() {
    assertThat(DismissalGround.of(TIDAK_DENGAN_HORMAT)).containsExactly(PENYELEWENGAN_PANCASILA_UUD,
        PIDANA_KEJAHATAN_JABATAN, PARTAI_POLITIK, PIDANA_BERENCANA_DUA_TAHUN_ATAU_LEBIH);
  }

  @Test
  void theDisciplineLevelDecidesTheClass() {
    assertThat(DISIPLIN_SEDANG.kelas()).isEqualTo(DENGAN_HORMAT);
    assertThat(DISIPLIN_BERAT.kelas()).isEqualTo(DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI);
  }

  @Test
  void eachGroundCitesThePointOfItsClass() {
    assertThat(MENGUNDURKAN_DIRI.reference()).isEqualTo("VII.B.3.c");
    assertThat(IJAZAH_PALSU.reference()).isEqualTo("VII.B.4.c");
    assertThat(PARTAI_POLITIK.reference()).isEqualTo("VII.B.5.c");
    assertThat(Arrays.stream(values())).allSatisfy(g -> {
      assertThat(g.reference()).startsWith(g.kelas().reference() + ".");
      assertThat(g.label()).isNotBlank();
    });
    assertThat(Arrays.stream(values()).map(DismissalGround::reference).distinct()).hasSize(values().length);
  }

  @Test
  void labelsAreTheRegulationsWords() {
    assertThat(TIDAK_BERSEDIA_SUMPAH.label())
        .isEqualTo("Tidak bersedia mengucapkan sumpah/janji pada saat diangkat menjadi PNS");
    assertThat(DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI.label())
        .isEqualTo("Diberhentikan dengan hormat tidak atas permintaan sendiri");
  }
}
