-- The PPPK decree is handed to the PPPK, and copied to BKN, before they take up duty (Lampiran II VII.A.3).
alter table pengangkatan add column tanggal_sk_pppk_diserahkan date;
