-- The call-up announcement (Lampiran I VI.A.1.a-b, II VI.1): who passed, the documents to hand in and the day, date,
-- time and place to attend, published on the instansi's website, in newspapers, on notice boards or otherwise. Its
-- date is the call-up notice from which the documents' 15 working days run.
create table pengangkatan_pengumuman (
  id varchar(36) primary key,
  periode_id varchar(80) not null,
  instansi varchar(40) not null,
  nomor varchar(100) not null,
  tanggal date not null,
  kehadiran_mulai date not null,
  kehadiran_selesai date not null,
  waktu varchar(100) not null,
  tempat varchar(300) not null,
  media varchar(500) not null,
  dibuat timestamp with time zone not null,
  dibuat_oleh varchar(64) not null,
  unique (periode_id, instansi, nomor)
);

alter table pengangkatan add column pengumuman_panggilan_id varchar(36) references pengangkatan_pengumuman (id);
