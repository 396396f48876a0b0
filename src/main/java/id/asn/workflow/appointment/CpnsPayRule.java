package id.asn.workflow.appointment;

/**
 * What {@code processes/gaji-cpns.dmn} sets for the CPNS decrees of a year (Lampiran I VI.A.10.a, VI.A.11): the
 * CPNS pay as a percentage of the PNS base salary; private legal-entity employment counted where it reaches
 * {@code swastaMinimalTahun}, at {@code swastaPersen} % of each year and at most {@code swastaPalingLamaTahun}
 * years; leftover days above {@code pembulatanLebihDariHari} rounded up to a month, the rest dropped.
 */
public record CpnsPayRule(int persenGajiPokok, int swastaMinimalTahun, int swastaPersen, int swastaPalingLamaTahun,
    int pembulatanLebihDariHari) {}
