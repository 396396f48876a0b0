-- The instansi's report on the procurement to the Kepala BKN (Lampiran I and II X.A): its letter and the report as
-- it was sent, kept by content hash in the document store.
alter table seleksi_periode add column nomor_laporan_pengadaan varchar(100);
alter table seleksi_periode add column tanggal_laporan_pengadaan date;
alter table seleksi_periode add column sha256_laporan_pengadaan varchar(64);
