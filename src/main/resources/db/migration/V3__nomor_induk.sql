-- Named counters for numbers that must be gap-free across nodes (NI per prefix, later the Pertek letter
-- number per year). A counter is incremented inside the transaction that uses its value, so the row lock
-- serialises concurrent nodes and a rollback returns the value with everything else.
create table penghitung (
  nama varchar(64) primary key,
  nilai bigint not null
);

-- Every NIP / NI PPPK ever allocated. A number is never deleted: a cancelled one stays, with its reason,
-- so that it is never given again (the primary key refuses it too).
create table nomor_induk (
  nomor varchar(18) primary key,
  prefix varchar(15) not null,
  urutan integer not null,
  jenis_asn varchar(4) not null,
  -- no foreign key to usul_ni: other callers may allocate numbers later
  usul_id varchar(36) not null,
  -- equals usul_id while the number is active, null once cancelled: one active number per usul,
  -- enforced by the database
  usul_aktif varchar(36) unique,
  status varchar(10) not null,
  alasan_batal varchar(500),
  dibuat timestamp with time zone not null,
  dibatalkan timestamp with time zone,
  constraint nomor_induk_prefix_urutan unique (prefix, urutan),
  constraint nomor_induk_urutan check (urutan between 1 and 999),
  constraint nomor_induk_status check (
    (status = 'AKTIF' and usul_aktif is not null and dibatalkan is null)
    or (status = 'BATAL' and usul_aktif is null and alasan_batal is not null and dibatalkan is not null))
);

create index nomor_induk_usul on nomor_induk (usul_id);
