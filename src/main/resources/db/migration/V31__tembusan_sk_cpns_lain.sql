-- The other officials the CPNS decree was copied to (Lampiran I VI.A.6.e: "dan pejabat lain yang dipandang perlu").
alter table pengangkatan add column tembusan_sk_cpns_lain varchar(500);
