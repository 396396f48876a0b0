-- A CPNS with a PNS decree becomes PNS by taking the oath, and is dismissed if they refuse it (Lampiran I VII.B.2.g):
-- until the oath the status says only that the decree is set.
update pengangkatan set status = 'SK_PNS' where status = 'PNS';
