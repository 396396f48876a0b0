-- A collective proposal (Lampiran I VI.A.4.a, II VI.4.a): the covering letter of the PPK or an official of at least
-- JPT Pratama and its nominative list; each candidate in it is still one usul, kept with the letter and the list.
create table usul_kolektif (
  id varchar(36) primary key,
  instansi varchar(40) not null,
  jenis_asn varchar(4) not null,
  nomor_surat varchar(100) not null,
  tanggal_surat date not null,
  pejabat_nama varchar(200) not null,
  pejabat_nip varchar(18) not null,
  pejabat_jabatan varchar(200) not null,
  tingkat_jabatan varchar(20) not null,
  sha256_surat varchar(64) not null,
  sha256_daftar varchar(64) not null,
  dibuat timestamp with time zone not null,
  dibuat_oleh varchar(64) not null
);

create table usul_kolektif_peserta (
  kolektif_id varchar(36) not null references usul_kolektif (id),
  nomor_peserta varchar(40) not null,
  nama varchar(200) not null,
  usul_id varchar(36) unique references usul_ni (id),
  primary key (kolektif_id, nomor_peserta)
);
