-- The selection a usul rests on (Lampiran I VI.A.5.a, II VI.5.a): period, formasi, final result and rank. Optional:
-- a usul an instansi sends over the API without it has no row, and the pre-check says so.
create table usul_seleksi (
  usul_id varchar(36) primary key references usul_ni (id),
  periode_id varchar(80) not null,
  kode_formasi varchar(40) not null,
  nilai_akhir numeric(9, 4),
  peringkat integer
);
