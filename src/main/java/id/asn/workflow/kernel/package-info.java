/**
 * The shared kernel: what several features share and none of them owns (the kind of ASN, the document types, the
 * values of a completed task form and their refusal). It depends on no feature; ArchitectureTest guards that.
 */
package id.asn.workflow.kernel;
