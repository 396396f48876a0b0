-- CPNS recruitment (Lampiran I): one period per instansi and year, run by one pengadaanPns instance. The
-- applicants are data handled in bulk: formasi, applicants, SKD and SKB scores come in by CSV import, the
-- administrative result, the SKD ranking and the final integration are computed over these tables in SQL.

create table seleksi_periode (
  -- the business key of the pengadaanPns instance, e.g. KabBatang-2024
  id varchar(80) primary key,
  instansi varchar(64) not null,
  tahun integer not null,
  status varchar(30) not null,
  -- committee (II.B), set by the PPK
  nomor_sk_panitia varchar(100),
  ketua_panitia varchar(200),
  -- schedule (II.C, III.A.4, IV, V)
  pengumuman_mulai date,
  pengumuman_selesai date,
  batas_pelamaran date,
  seleksi_administrasi date,
  tanggal_skd date,
  tanggal_skb date,
  alamat_lamaran varchar(1000),
  syarat_pelamar varchar(4000),
  pengumuman_terbit date,
  hasil_akhir_diterima date,
  hasil_akhir_diumumkan date,
  -- bumped by every change of the data the results are computed from; a result is recomputed when stale
  versi_data bigint not null,
  versi_hasil_skd bigint,
  versi_hasil_akhir bigint,
  dibuat timestamp with time zone not null,
  constraint seleksi_periode_instansi_tahun unique (instansi, tahun)
);

create table seleksi_panitia (
  periode_id varchar(80) not null references seleksi_periode (id),
  peran varchar(30) not null,
  urutan integer not null,
  nama varchar(200) not null,
  primary key (periode_id, peran, urutan)
);

create table seleksi_formasi (
  periode_id varchar(80) not null references seleksi_periode (id),
  kode_formasi varchar(40) not null,
  jabatan varchar(200) not null,
  unit_kerja varchar(200) not null,
  -- education levels accepted, separated by ';' (e.g. S1;D4)
  kualifikasi_pendidikan varchar(200) not null,
  jumlah integer not null,
  -- 35, or 40 for positions named by Presidential Regulation
  batas_usia integer not null,
  primary key (periode_id, kode_formasi)
);

create table seleksi_pelamar (
  periode_id varchar(80) not null references seleksi_periode (id),
  nomor_peserta varchar(40) not null,
  nik varchar(16) not null,
  nama varchar(200) not null,
  tanggal_lahir date not null,
  jenis_kelamin varchar(1) not null,
  pendidikan varchar(10) not null,
  kode_formasi varchar(40) not null,
  kategori varchar(20) not null,
  tanggal_melamar date,
  -- the administrative check computed from the data (age, education); null reason when it passes
  memenuhi_syarat boolean not null,
  alasan_tms varchar(1000),
  primary key (periode_id, nomor_peserta)
);

create index seleksi_pelamar_formasi on seleksi_pelamar (periode_id, kode_formasi);

-- The committee's decision on an applicant's administrative result, with its reason (V.B.8).
create table seleksi_koreksi_administrasi (
  periode_id varchar(80) not null references seleksi_periode (id),
  nomor_peserta varchar(40) not null,
  lulus boolean not null,
  alasan varchar(1000) not null,
  oleh varchar(64) not null,
  waktu timestamp with time zone not null,
  primary key (periode_id, nomor_peserta)
);

create table seleksi_nilai_skd (
  periode_id varchar(80) not null references seleksi_periode (id),
  nomor_peserta varchar(40) not null,
  twk integer not null,
  tiu integer not null,
  tkp integer not null,
  primary key (periode_id, nomor_peserta)
);

create table seleksi_nilai_skb (
  periode_id varchar(80) not null references seleksi_periode (id),
  nomor_peserta varchar(40) not null,
  nilai_skb numeric(5, 2) not null,
  primary key (periode_id, nomor_peserta)
);

-- The SKD thresholds of the period's year per category, from the decision table ambangBatasSkd; a null
-- minimum does not apply to the category.
create table seleksi_ambang_batas (
  periode_id varchar(80) not null references seleksi_periode (id),
  kategori varchar(20) not null,
  twk integer,
  tiu integer,
  tkp integer,
  total integer,
  primary key (periode_id, kategori)
);

-- SKD result of every applicant who passed the administrative selection (V.C.3).
create table seleksi_hasil_skd (
  periode_id varchar(80) not null references seleksi_periode (id),
  nomor_peserta varchar(40) not null,
  kode_formasi varchar(40) not null,
  twk integer,
  tiu integer,
  tkp integer,
  total integer,
  memenuhi_ambang boolean not null,
  peringkat integer not null,
  lulus boolean not null,
  -- TIDAK_HADIR | DI_BAWAH_AMBANG_BATAS | DI_LUAR_PERINGKAT; null when passed
  alasan varchar(30),
  primary key (periode_id, nomor_peserta)
);

create index seleksi_hasil_skd_formasi on seleksi_hasil_skd (periode_id, kode_formasi, peringkat);

-- Final result: SKD and SKB integrated (40 % + 60 %, each normalised to 100), ranked (V.D.4).
create table seleksi_hasil_akhir (
  periode_id varchar(80) not null references seleksi_periode (id),
  nomor_peserta varchar(40) not null,
  kode_formasi varchar(40) not null,
  total_skd integer not null,
  nilai_skb numeric(5, 2),
  nilai_akhir numeric(9, 4),
  peringkat integer not null,
  lulus boolean not null,
  -- TIDAK_HADIR_SKB | CADANGAN | SAMA_DI_BATAS; null when passed
  alasan varchar(30),
  primary key (periode_id, nomor_peserta)
);

create index seleksi_hasil_akhir_formasi on seleksi_hasil_akhir (periode_id, kode_formasi, peringkat);

-- The last accepted import of each kind: the same content again changes nothing.
create table seleksi_impor (
  periode_id varchar(80) not null references seleksi_periode (id),
  jenis varchar(20) not null,
  sha256 varchar(64) not null,
  jumlah_baris integer not null,
  diimpor timestamp with time zone not null,
  oleh varchar(64) not null,
  primary key (periode_id, jenis)
);

-- Announcements published by the process (III, V.B.6, V.C.2, V.C.3, V.D.2, V.D.3, V.D.4).
create table seleksi_pengumuman (
  periode_id varchar(80) not null references seleksi_periode (id),
  jenis varchar(30) not null,
  tanggal date not null,
  keterangan varchar(4000) not null,
  oleh varchar(64),
  primary key (periode_id, jenis)
);

-- Hand-off of each passing candidate to the CPNS appointment (pengangkatanCpns): an outbox the appointment
-- process takes candidates from; one row per candidate, never twice.
create table seleksi_serah_pengangkatan (
  periode_id varchar(80) not null references seleksi_periode (id),
  nomor_peserta varchar(40) not null,
  kode_formasi varchar(40) not null,
  peringkat integer not null,
  nilai_akhir numeric(9, 4) not null,
  diserahkan timestamp with time zone not null,
  diambil timestamp with time zone,
  primary key (periode_id, nomor_peserta)
);

create table seleksi_riwayat (
  id bigint generated by default as identity primary key,
  periode_id varchar(80) not null references seleksi_periode (id),
  peristiwa varchar(40) not null,
  keterangan varchar(4000) not null,
  oleh varchar(64),
  waktu timestamp with time zone not null
);

create index seleksi_riwayat_periode on seleksi_riwayat (periode_id, waktu);
