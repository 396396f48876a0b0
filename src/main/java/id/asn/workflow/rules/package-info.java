/**
 * The rules decrees set, kept as decision tables in {@code processes/}: who changed which table, when and what
 * changed (docs/rules.md). The tables themselves are evaluated by the features' ports in the engine package.
 */
package id.asn.workflow.rules;
