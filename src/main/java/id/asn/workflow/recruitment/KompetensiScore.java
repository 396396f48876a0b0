package id.asn.workflow.recruitment;

/** One PPPK applicant's competence and interview scores as imported (technical, managerial + socio-cultural, interview). */
record KompetensiScore(String nomorPeserta, int teknis, int manajerialSosialKultural, int wawancara) {}
