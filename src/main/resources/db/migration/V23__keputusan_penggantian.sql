-- The PPK's decree naming a replacement, its written report to the chair of the national selection committee and
-- its announcement (Lampiran I VI.A.3.e and VI.A.6.g.2, II VI.3.g and VI.6.g.2), kept on the replacement's row.
alter table pengangkatan add column nomor_keputusan_penggantian varchar(100);
alter table pengangkatan add column tanggal_keputusan_penggantian date;
alter table pengangkatan add column nomor_laporan_penggantian varchar(100);
alter table pengangkatan add column tanggal_laporan_penggantian date;
alter table pengangkatan add column pengumuman_penggantian varchar(500);
