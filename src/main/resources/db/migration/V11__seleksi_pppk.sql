-- PPPK recruitment (Lampiran II) on the same period model as CPNS recruitment, and the result tables reshaped so
-- that both kinds share them and H2 ranks a national-size period in well under a minute.

-- 1. The kind of a period. An instansi may run a PNS and a PPPK period in the same year.
alter table seleksi_periode add column jenis varchar(4) default 'PNS' not null;
alter table seleksi_periode drop constraint seleksi_periode_instansi_tahun;
alter table seleksi_periode add constraint seleksi_periode_instansi_tahun_jenis unique (instansi, tahun, jenis);

-- 2. Formasi columns PPPK needs (null for PNS periods): the position's level, which gives its retirement age from
-- the decision table batasUsiaPensiun (stored as resolved at import); whether the position requires a professional
-- certificate (IV.B.1.f; such positions pass the competence selection by rank, V.C.3.b.1); the technical threshold
-- of the position (2023, KepmenPANRB 652/2023).
alter table seleksi_formasi add column jenjang varchar(20);
alter table seleksi_formasi add column batas_usia_pensiun integer;
alter table seleksi_formasi add column sertifikasi_wajib boolean default false not null;
alter table seleksi_formasi add column ambang_teknis integer;

-- 3. Applicant columns PPPK needs (optional in the import): holds a valid professional certificate; an earlier
-- dismissal (IV.B.1.c), whose kind decides whether the exception of IV.B.2 applies.
alter table seleksi_pelamar add column sertifikat_profesi boolean default false not null;
alter table seleksi_pelamar add column pemberhentian varchar(40);

-- 4. PPPK competence and interview scores (V.C, V.D): technical of 450, managerial + socio-cultural of 180,
-- interview of 40.
create table seleksi_nilai_kompetensi (
  periode_id varchar(80) not null references seleksi_periode (id),
  nomor_peserta varchar(40) not null,
  teknis integer not null,
  manajerial_sosial_kultural integer not null,
  wawancara integer not null,
  primary key (periode_id, nomor_peserta)
);

-- The PPPK thresholds of the period's year from the decision table ambangBatasPppk, one row per distinct
-- (certificate required, technical threshold of the position) among the period's formasi; -1 = the formasi gives
-- no technical threshold. A null minimum does not apply.
create table seleksi_ambang_batas_pppk (
  periode_id varchar(80) not null references seleksi_periode (id),
  sertifikasi_wajib boolean not null,
  ambang_teknis_jabatan integer not null,
  teknis integer,
  manajerial_sosial_kultural integer,
  wawancara integer,
  primary key (periode_id, sertifikasi_wajib, ambang_teknis_jabatan)
);

-- 5. The derived result tables, recreated (their rows are recomputed from the data whenever read: the result
-- versions are cleared below). One key, in announcement order (formasi, rank), and no other index: H2 keeps a map
-- per index and its commit walks every one of them, so the former second index and the foreign key's own index
-- cost a third of the ranking's time on a national-size period. Nothing looks a result row up by registration
-- number: the final result carries the SKD scores it shows.
drop table seleksi_hasil_akhir;
drop table seleksi_hasil_skd;

create table seleksi_hasil_skd (
  periode_id varchar(80) not null,
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
  primary key (periode_id, kode_formasi, peringkat, nomor_peserta)
);

-- Final result of either kind. PNS (V.D.4): SKD and SKB integrated (40 % + 60 %, each normalised to 100). PPPK
-- (V.C.3, V.D.3): technical + managerial/socio-cultural + interview. Ranked per formasi; the top N pass.
create table seleksi_hasil_akhir (
  periode_id varchar(80) not null,
  nomor_peserta varchar(40) not null,
  kode_formasi varchar(40) not null,
  twk integer,
  tiu integer,
  tkp integer,
  total_skd integer,
  nilai_skb numeric(5, 2),
  teknis integer,
  manajerial_sosial_kultural integer,
  wawancara integer,
  nilai_akhir numeric(9, 4),
  memenuhi_ambang boolean not null,
  peringkat integer not null,
  lulus boolean not null,
  -- TIDAK_HADIR_SKB | TIDAK_HADIR | DI_BAWAH_AMBANG_BATAS | CADANGAN | SAMA_DI_BATAS; null when passed
  alasan varchar(30),
  primary key (periode_id, kode_formasi, peringkat, nomor_peserta)
);

update seleksi_periode set versi_hasil_skd = null, versi_hasil_akhir = null;

-- 6. The hand-off outbox names the kind, so pengangkatanCpns and pengangkatanPppk each take their own.
alter table seleksi_serah_pengangkatan add column jenis varchar(4) default 'PNS' not null;
