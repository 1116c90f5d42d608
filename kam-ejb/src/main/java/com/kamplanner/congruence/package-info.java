/**
 * Organisational congruence: the KA Director's board of everything out of line in the programme (accounts without
 * KAM, team or required sponsor, KAMs over capacity or below their target profile, plans below compliance, stale
 * or waiting, databases with stale sections), each rule one set-based query, and compliance by KAM.
 */
package com.kamplanner.congruence;
