-- The last day of a usul's correction (BTS) and whether it was counted on provisional holidays,
-- so that the instansi sees it while the usul is in PERBAIKAN.
alter table usul_ni add column batas_perbaikan date;
alter table usul_ni add column batas_perbaikan_sementara boolean;
