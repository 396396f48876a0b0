-- The table holds both kinds of appointment since PPPK arrived (V14): it is named for what it holds. Rows, keys
-- and the references to it are kept; the names of its constraint and indexes follow.
alter table pengangkatan_cpns rename to pengangkatan;
alter table pengangkatan rename constraint pengangkatan_cpns_peserta to pengangkatan_peserta;
alter index pengangkatan_cpns_formasi rename to pengangkatan_formasi;
alter index pengangkatan_cpns_usul rename to pengangkatan_usul;
