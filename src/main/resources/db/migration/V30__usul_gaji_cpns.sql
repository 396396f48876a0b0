-- The payroll officer's proposal of the CPNS's pay, at most two months after the SPMT (Lampiran I VI.A.10.d).
alter table pengangkatan add column nomor_usul_gaji varchar(100);
alter table pengangkatan add column tanggal_usul_gaji date;
