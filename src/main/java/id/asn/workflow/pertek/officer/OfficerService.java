package id.asn.workflow.pertek.officer;

import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.UserDirectory;
import id.asn.workflow.kernel.FieldChecks;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.numbering.NomorIndukFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may act at the Kanreg: a Tim Pemroses member verifies only with a recorded position from the POS list (step 1
 * note 1); a Pejabat Penandatanganan signs only under a decree of the Kepala BKN that holds on the day (step 2
 * note 2). Administrators record both; the tasks ask before anyone acts.
 */
@Service
public class OfficerService {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private final OfficerRepository repository;
  private final UserDirectory users;
  private final Clock clock;

  OfficerService(OfficerRepository repository, UserDirectory users, Clock clock) {
    this.repository = repository;
    this.users = users;
    this.clock = clock;
  }

  /** The body of {@code PUT /api/admin/tim-pemroses/{userId}}. */
  public record MemberForm(String nip, String jabatan, String namaJabatan) {}

  /** The body of {@code POST /api/admin/penandatangan/{userId}/keputusan}; dates YYYY-MM-DD. */
  public record DecreeForm(String nip, String jabatan, String nomor, String tanggal, String berlakuMulai,
      String berlakuSampai) {}

  /** Records or replaces a member's position; refuses a user outside the group, a bad NIP or position. */
  @Transactional
  public TimPemrosesMember recordMember(String userId, MemberForm form, String by) {
    requireInGroup(userId, Groups.TIM_PEMROSES);
    List<FieldProblem> problems = new ArrayList<>();
    String nip = NomorIndukFormat.pnsNip(form.nip(), "nip", problems);
    TimPemrosesJabatan jabatan = null;
    try {
      jabatan = TimPemrosesJabatan.valueOf(form.jabatan() == null ? "" : form.jabatan().strip());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("jabatan", "pilih salah satu jabatan Tim Pemroses menurut POS: "
          + List.of(TimPemrosesJabatan.values())));
    }
    String namaJabatan = FieldChecks.blankToNull(form.namaJabatan());
    if (jabatan == TimPemrosesJabatan.JABATAN_PELAKSANA && namaJabatan == null) {
      problems.add(new FieldProblem("namaJabatan", "wajib diisi untuk Jabatan Pelaksana yang relevan"));
    } else if (namaJabatan != null && namaJabatan.length() > 200) {
      problems.add(new FieldProblem("namaJabatan", "paling panjang 200 karakter"));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    TimPemrosesMember member = new TimPemrosesMember(userId, name(userId), nip, jabatan,
        jabatan == TimPemrosesJabatan.JABATAN_PELAKSANA ? namaJabatan : null);
    repository.saveMember(member, by, Instant.now(clock));
    return member;
  }

  /** Records a decree; the same number twice for one signer is refused as a conflict. */
  @Transactional
  public SignerDecree recordDecree(String userId, DecreeForm form, String by) {
    requireInGroup(userId, Groups.PEJABAT_PENANDATANGANAN);
    SignerDecree decree = DecreeFormCheck.check(userId, name(userId), form, today());
    if (!repository.insertDecree(decree, by, Instant.now(clock))) {
      throw Refusal.conflict("Keputusan " + decree.nomor() + " sudah tercatat untuk " + userId);
    }
    return decree;
  }

  public List<TimPemrosesMember> members() {
    return repository.members();
  }

  public List<SignerDecree> decrees() {
    return repository.decrees();
  }

  public Optional<TimPemrosesMember> member(String userId) {
    return userId == null ? Optional.empty() : repository.member(userId);
  }

  /** The verifier's record; refused, naming the reason, when no position is recorded. */
  public TimPemrosesMember requireMember(String userId) {
    return member(userId).orElseThrow(() -> new InvalidCompletionException("pemroses", "pengguna " + userId
        + " belum tercatat sebagai anggota Tim Pemroses dengan jabatan menurut POS (Analis Kepegawaian/Pranata SDM "
        + "Aparatur atau Jabatan Pelaksana yang relevan); administrator mencatatnya melalui "
        + "PUT /api/admin/tim-pemroses/" + userId));
  }

  /** The decree the signer acts under today; refused, naming the reason, when none holds. */
  public SignerDecree requireSigner(String userId) {
    LocalDate today = today();
    Optional<SignerDecree> decree = userId == null ? Optional.empty() : repository.decreeOn(userId, today);
    return decree.orElseThrow(() -> new InvalidCompletionException("penandatangan", "pengguna " + userId
        + " tidak memiliki Keputusan Kepala BKN sebagai Pejabat Penandatanganan yang berlaku pada " + today
        + "; administrator mencatatnya melalui POST /api/admin/penandatangan/" + userId + "/keputusan"));
  }

  /** The decree that held on the day a Pertek was signed, for its signature block. */
  public Optional<SignerDecree> decreeOn(String userId, LocalDate day) {
    return repository.decreeOn(userId, day);
  }

  private void requireInGroup(String userId, String group) {
    if (!users.isMember(userId, group)) {
      throw Refusal.invalid("userId", "pengguna " + userId + " tidak ada atau bukan anggota kelompok " + group);
    }
  }

  private String name(String userId) {
    return users.fullName(userId).orElse(userId);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(JAKARTA));
  }
}
