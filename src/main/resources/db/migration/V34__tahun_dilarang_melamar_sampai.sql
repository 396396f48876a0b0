-- The last budget year a CPNS who resigned during probation is barred from the PNS selection (Lampiran I VI.B.8):
-- the bar's length is a row of processes/tenggat.dmn, so the years barred run from tahun_dilarang_melamar to this.
alter table pengangkatan add column tahun_dilarang_melamar_sampai integer;
update pengangkatan set tahun_dilarang_melamar_sampai = tahun_dilarang_melamar where tahun_dilarang_melamar is not null;
