-- Appointment as calon PPPK and as PPPK (Lampiran II VI, VII and VIII.A-B) on the appointment tables of V12: one row
-- per candidate of either kind, run by a pengangkatanCpns (PNS) or pengangkatanPppk (PPPK) instance. The steps both
-- kinds share (call-up, documents, completeness, the usul NI and its outcome, replacement) keep one record.

-- 1. The kind of an appointment, taken from the hand-off outbox (seleksi_serah_pengangkatan.jenis). For PPPK,
-- tmt_cpns holds the TMT the usul NI proposes: the start of the first work agreement.
alter table pengangkatan_cpns add column jenis varchar(4) default 'PNS' not null;

-- 2. PPPK: the PPK's decree as calon PPPK, which the usul NI PPPK carries as SK_CALON_PPPK (VI.3.e, VI.4.b.2).
alter table pengangkatan_cpns add column nomor_sk_calon_pppk varchar(100);
alter table pengangkatan_cpns add column tanggal_sk_calon_pppk date;

-- 3. The day the usul NI was first sent: the Kanreg gives the number within 25 working days of it (VI.6.a);
-- terlambat_nomor_induk is set once when that limit passes without an outcome.
alter table pengangkatan_cpns add column tanggal_usul date;
alter table pengangkatan_cpns add column terlambat_nomor_induk boolean default false not null;

-- 4. PPPK: the work agreement signed by the PPK and the candidate and the appointment decree (collective: the
-- number may be shared), within 30 working days of the NI (VII.A.1-2); both sent to BKN within 30 working days of
-- the NI (VIII.A).
alter table pengangkatan_cpns add column nomor_perjanjian_kerja varchar(100);
alter table pengangkatan_cpns add column tanggal_perjanjian_kerja date;
alter table pengangkatan_cpns add column nomor_sk_pppk varchar(100);
alter table pengangkatan_cpns add column tanggal_sk_pppk date;
alter table pengangkatan_cpns add column tanggal_kirim_bkn date;

-- 5. A formasi of a JPT utama or madya tertentu: a PPPK appointed to it is installed and takes the oath of office
-- (VII.B); other PPPK take none.
alter table seleksi_formasi add column jpt boolean default false not null;
