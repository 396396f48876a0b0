-- The CPNS decree's copy to BKN or the Kanreg, sent before the CPNS takes up duty (Lampiran I VI.A.6.e).
alter table pengangkatan add column tanggal_tembusan_sk_cpns date;
