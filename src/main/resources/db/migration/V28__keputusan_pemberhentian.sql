-- The replacement decree's delivery to the Kepala BKN or the Kanreg (Lampiran I VI.A.3.f, II VI.3.h), and the PPK's
-- decree dismissing a CPNS or calon PPPK who left after their decree, with its copy to BKN and to other officials
-- (Lampiran I VI.A.6.g.4, II VI.6.g.4).
alter table pengangkatan add column tanggal_penggantian_disampaikan date;
alter table pengangkatan add column nomor_keputusan_pemberhentian varchar(100);
alter table pengangkatan add column tanggal_keputusan_pemberhentian date;
alter table pengangkatan add column tanggal_tembusan_pemberhentian date;
alter table pengangkatan add column tembusan_pemberhentian_lain varchar(500);
