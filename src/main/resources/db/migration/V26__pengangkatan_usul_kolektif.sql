-- The collective proposal (covering letter and nominative list) that an appointment's usul NI is sent with
-- (Lampiran I VI.A.4.a, II VI.4.a); set once, when the PPK's letter names the candidate.
alter table pengangkatan add column usul_kolektif_id varchar(36);
