package id.asn.workflow.pertek.kanreg;

/** The starting golongan ruang of a PNS by the education the formasi asks for (the decision table golonganRuang). */
public interface GolonganRuangTable {

  String of(String pendidikan);
}
