package id.asn.workflow.web;

import java.time.LocalDate;
import java.util.Set;

/**
 * What exists when the fuzzing starts, so that the requests can aim at real records without ever being valid.
 *
 * @param perbaikanId a usul of Kabupaten Batang waiting for a correction
 * @param perbaikanNomorPeserta its participant number
 * @param verifikasiId a usul of Kabupaten Batang in verification, with every required document
 * @param otherInstansiId a usul of Kabupaten Pekalongan
 * @param daysOff every holiday and cuti bersama on record
 * @param years the years whose calendar is on record
 */
record FuzzTargets(String perbaikanId, String perbaikanNomorPeserta, String verifikasiId, String otherInstansiId,
    Set<LocalDate> daysOff, Set<Integer> years) {}
