-- A Pertek whose Nomor Induk is cancelled after the candidate left (Lampiran I VI.A.6.g.3, II VI.6.g.3) stays on
-- record and says it is revoked, when and why.
alter table pertek add column dicabut timestamp with time zone;
alter table pertek add column alasan_pencabutan varchar(500);
