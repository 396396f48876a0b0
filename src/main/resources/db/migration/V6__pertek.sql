-- The Pertek of each usul that met the requirements: its letter number (from the per-year counter
-- pertek/<year> in penghitung, kept when the usul is returned and redrafted), the unguessable code of its
-- public verification page, the draft the signer saw and the signed file (both stored by SHA-256 in the
-- document store), who signed, with which certificate name, at what level and when.
create table pertek (
  usul_id varchar(36) primary key references usul_ni (id),
  nomor varchar(100) not null unique,
  tahun integer not null,
  urutan bigint not null,
  tanggal date not null,
  kode_verifikasi varchar(32) not null unique,
  nama_instansi varchar(200) not null,
  sha256_konsep varchar(64) not null,
  sha256_ditandatangani varchar(64) unique,
  penandatangan varchar(64),
  nama_penandatangan varchar(200),
  tingkat_tanda_tangan varchar(32),
  waktu_tanda_tangan timestamp with time zone,
  dibuat timestamp with time zone not null,
  diperbarui timestamp with time zone not null,
  constraint pertek_tahun_urutan unique (tahun, urutan),
  constraint pertek_tanda_tangan check (
    (sha256_ditandatangani is null and penandatangan is null and waktu_tanda_tangan is null)
    or (sha256_ditandatangani is not null and penandatangan is not null and waktu_tanda_tangan is not null))
);

create index pertek_sha256_konsep on pertek (sha256_konsep);
