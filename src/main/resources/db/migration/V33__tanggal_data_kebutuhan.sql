-- The staff data date of a planning, set from processes/tanggal-kebutuhan.dmn when it starts (Peraturan BKN 9/2022:
-- 31 December of the year before) and kept, so that a later version of the table does not move a started planning.
alter table kebutuhan_penyusunan add column tanggal_data date;
update kebutuhan_penyusunan set tanggal_data = cast(cast(tahun - 1 as varchar(4)) || '-12-31' as date);
alter table kebutuhan_penyusunan alter column tanggal_data set not null;
